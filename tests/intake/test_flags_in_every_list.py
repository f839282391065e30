"""Issue 17, "an icon with a tooltip in every list": the views of the calendar's bookings
(BookingView), the pickup list (DocumentOrderView) and the pickup-needs list (PickupNeed)
carry their people's data-quality flags, read with the listing in the same statement as
the queue's (the possible duplicate, the stored "nicht zustellbar", and what ``assess``
finds). SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import event, update

from desk_app.domain.data_quality import Quality
from desk_app.models import Applicant
from desk_app.services import document_orders as docs
from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.document_desk import DocumentDesk
from desk_app.services.idempotency import new_key
from tests.intake.test_flags_and_no_shows import LINES, TOMORROW, _import

DUP = Quality.POSSIBLE_DUPLICATE
#: what the people of LINES have (see test_flags_and_no_shows), and Carla's bounce
EXPECTED = {
    "Q1": {DUP, Quality.UNDELIVERABLE},
    "Q2": {Quality.BIRTH_DATE_PARTIAL, Quality.NATIONALITY_MISSING, Quality.INVALID_EMAIL,
           Quality.INVALID_PHONE, Quality.NO_FILE_NUMBER},
    "Q3": {DUP, Quality.BIRTH_DATE_MISSING, Quality.NO_CONTACT},
    "Q4": {DUP, Quality.NO_CONTACT, Quality.NO_FILE_NUMBER},
}


async def _day(db):
    """The day of LINES; Carla's (Q1's) mail bounced (stored on her, issue 20)."""
    desk = await _import(db, LINES)
    views = {v.booking_reference: v for v in await desk.day_queue(TOMORROW)}
    async with db.write_session() as s, s.begin():
        await s.execute(update(Applicant).where(
            Applicant.id == views["Q1"].members[0].applicant_id).values(
                quality="undeliverable"))
    return desk, views


async def _arrived(desk, entry):
    """A document for the entry's first person, arrived at the entry's service point."""
    order = await desk.write(docs.order_document, desk.ctx, key=new_key(),
                             applicant_id=entry.members[0].applicant_id, doc_type="EAT",
                             collect_service_point_id=entry.service_point_id,
                             entry_id=entry.id)
    return await desk.write(docs.mark_arrived, desk.ctx, order.id, key=new_key())


async def test_the_calendars_bookings_carry_the_flags(db):
    desk, views = await _day(db)
    year, week, _ = TOMORROW.isocalendar()
    calendar = await AppointmentBook(desk).week(
        service_point_id=views["Q1"].service_point_id, year=year, week=week)
    bookings = {b.booking_reference: b for s in calendar.slots for b in s.bookings}
    assert set(bookings) == {"Q1", "Q2", "Q3", "Q4"}        # BI's; Q5-Q7 are EU's
    assert {ref: set(b.quality) for ref, b in bookings.items()} == EXPECTED
    # each person with their own flags, in the order of the booking, as the queue has them
    assert bookings["Q3"].members == views["Q3"].members
    assert bookings["Q1"].names == "Clean, Carla" and bookings["Q1"].persons == 1


async def test_the_pickup_list_and_the_pickup_needs_carry_the_flags(db):
    desk, views = await _day(db)
    for ref in ("Q1", "Q2", "Q3"):
        await _arrived(desk, views[ref])
    sp = views["Q1"].service_point_id
    pending = await DocumentDesk(desk).pending(sp)
    by_name = {o.family_name: o for o in pending}
    assert set(by_name["Clean"].quality) == EXPECTED["Q1"]
    assert set(by_name["Partial"].quality) == EXPECTED["Q2"]
    assert set(by_name["Twin"].quality) == EXPECTED["Q3"]
    assert by_name["Twin"].members == views["Q3"].members
    # the view a write returns reads the same (one order, by id)
    order = await docs_view(desk, by_name["Twin"].id)
    assert order.person == by_name["Twin"].person
    needs = {n.family_name: n for n in await AppointmentBook(desk).pickup_needs(
        service_point_id=sp)}
    assert {name: set(n.quality) for name, n in needs.items()} == {
        "Clean": EXPECTED["Q1"], "Partial": EXPECTED["Q2"], "Twin": EXPECTED["Q3"]}
    assert needs["Twin"].person.applicant_id == needs["Twin"].applicant_id


async def docs_view(desk, order_id):
    return await desk.read(docs.get_order, order_id)


async def test_one_statement_for_the_lists_however_many_rows(db):
    """The flags come with the listing: the same number of statements for one row as
    for three (no query per row)."""
    desk, views = await _day(db)
    sp = views["Q1"].service_point_id
    year, week, _ = TOMORROW.isocalendar()
    book, documents = AppointmentBook(desk), DocumentDesk(desk)
    reads = (lambda: documents.pending(sp), lambda: book.pickup_needs(service_point_id=sp),
             lambda: book.week(service_point_id=sp, year=year, week=week))
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    async def counts() -> list[int]:
        found = []
        for read in reads:
            statements.clear()
            await read()
            found.append(len(statements))
        return found

    event.listen(db.engine.sync_engine, "before_cursor_execute", seen)
    try:
        await _arrived(desk, views["Q1"])
        few = await counts()
        for ref in ("Q2", "Q3", "Q4"):
            await _arrived(desk, views[ref])
        # twice the bookings, an hour later (as in test_duplicate_in_lists)
        await _import(db, LINES.replace("Q", "R").replace(";10:00;", ";11:00;")
                      .replace(";9:", ";10:"))
        many = await counts()
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", seen)
    assert len(await documents.pending(sp)) == 4
    week_view = await book.week(service_point_id=sp, year=year, week=week)
    assert sum(len(s.bookings) for s in week_view.slots) == 8
    assert many == few
