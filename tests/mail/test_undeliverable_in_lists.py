"""The stored "nicht zustellbar" (issue 20) in the queue lists: EntryView/MemberView.quality
carries it, read with the listing (day and few ids), and on the view an action returns
(PostgreSQL: the one-statement write). A re-import that changes the line keeps it unless
the e-mail address changed. SQLite and PostgreSQL."""

from __future__ import annotations

from desk_app.domain.data_quality import Quality
from desk_app.domain.states import Action
from desk_app.services.booking_import import import_bookings
from desk_app.services.intake import Intake
from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from tests.intake.test_flags_and_no_shows import HEADER, LINES, TOMORROW, _import
from tests.mail.actors import acting
from tests.mail.test_parsing import dsn
from tests.mail.test_worklist_services import NOW, form

UNDELIVERABLE = Quality.UNDELIVERABLE


async def _bounced(db):
    """The day of LINES, with a bounce of Carla's (Q1's) address."""
    desk = await _import(db, LINES)
    requests = RequestDesk(db, ctx=acting(lambda: NOW))
    await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1, family="Clean", sender="carla@example.org",
                               file_number="I-2019-4711"))])
    (request,) = await requests.worklist()
    await requests.mark_answered(request.id, message_id="<out1@office.example>",
                                 entry_id=None)
    result = await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(2, dsn("<out1@office.example>", "carla@example.org"))])
    assert result.bounces == 1
    return desk


def _by_ref(views):
    return {v.booking_reference: v for v in views}


def _flagged(views):
    return {ref for ref, v in views.items() if UNDELIVERABLE in v.quality}


async def test_the_queue_lists_show_the_stored_flag(db):
    desk = await _bounced(db)
    views = _by_ref(await desk.day_queue(TOMORROW))
    assert _flagged(views) == {"Q1"}
    assert views["Q1"].members[0].undeliverable is True
    assert UNDELIVERABLE in views["Q1"].members[0].quality
    assert Quality.POSSIBLE_DUPLICATE in views["Q1"].quality     # the others stay
    few = _by_ref(await desk.entries([v.id for v in views.values()]))
    assert _flagged(few) == {"Q1"}
    # the view an action returns (PostgreSQL: one statement) says the same
    desk.ctx.clock.set(views["Q1"].scheduled_at)
    checked_in = await desk.act(views["Q1"].id, Action.CHECK_IN)
    assert checked_in.members[0].undeliverable and UNDELIVERABLE in checked_in.quality
    other = await desk.act(views["Q2"].id, Action.CHECK_IN)
    assert not other.members[0].undeliverable


async def _reimport(desk, text: str):
    report = await desk.write(import_bookings, desk.ctx, (HEADER + text).encode())
    assert report.rejected == (), report.rejected
    return report


async def test_a_changed_import_line_keeps_the_flag_unless_the_address_changed(db):
    desk = await _bounced(db)
    intake = Intake(desk)
    moved = LINES.replace("Q1;26.11.2026;9:00;", "Q1;26.11.2026;9:05;")
    assert (await _reimport(desk, moved)).updated == ("Q1",)
    views = _by_ref(await desk.day_queue(TOMORROW))
    assert _flagged(views) == {"Q1"}
    rows = {r.booking_reference: r for r in await intake.bookings(TOMORROW)}
    assert UNDELIVERABLE in rows["Q1"].flags
    # the same address in other case is the same address
    upper = moved.replace("carla@example.org", "Carla@Example.org").replace(
        "0151 2345678", "0151 2345679")
    assert (await _reimport(desk, upper)).updated == ("Q1",)
    assert _flagged(_by_ref(await desk.day_queue(TOMORROW))) == {"Q1"}
    # a new address clears it
    new = moved.replace("carla@example.org", "carla.neu@example.org")
    assert (await _reimport(desk, new)).updated == ("Q1",)
    assert _flagged(_by_ref(await desk.day_queue(TOMORROW))) == set()
    rows = {r.booking_reference: r for r in await intake.bookings(TOMORROW)}
    assert UNDELIVERABLE not in rows["Q1"].flags
