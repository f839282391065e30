"""A bounce sets issue 17's data-quality flag "nicht zustellbar" on the applicant whose
address bounced; it stays until the address is changed (SQLite and PostgreSQL)."""

from __future__ import annotations

from desk_app.domain.data_quality import ACTIONABLE, Quality, from_storage, to_storage
from desk_app.services.intake import Intake, PersonCompletion
from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from tests.intake.test_flags_and_no_shows import LINES, TOMORROW, _import
from tests.mail.test_parsing import dsn
from tests.mail.test_worklist_services import NOW, form
from tests.mail.actors import acting


def test_the_flag_is_stored_and_actionable():
    assert Quality.UNDELIVERABLE in ACTIONABLE
    stored = to_storage({Quality.UNDELIVERABLE, Quality.NO_FILE_NUMBER})
    assert from_storage(stored) == {Quality.UNDELIVERABLE, Quality.NO_FILE_NUMBER}


async def test_a_bounce_flags_the_applicant_until_the_address_changes(db):
    desk = await _import(db, LINES)
    intake = Intake(desk)
    rows = {r.booking_reference: r for r in await intake.bookings(TOMORROW)}
    assert Quality.UNDELIVERABLE not in rows["Q1"].flags
    requests = RequestDesk(db, ctx=acting(lambda: NOW))
    # the request comes from Carla's address, written in another case
    await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1, family="Clean", sender="Carla@Example.org",
                               file_number="I-2019-4711"))])
    (request,) = await requests.worklist()
    await requests.mark_answered(request.id, message_id="<out1@office.example>",
                                 entry_id=None)
    result = await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(2, dsn("<out1@office.example>", "carla@example.org"))])
    assert result.bounces == 1
    rows = {r.booking_reference: r for r in await intake.bookings(TOMORROW)}
    assert Quality.UNDELIVERABLE in rows["Q1"].actionable
    assert all(Quality.UNDELIVERABLE not in rows[k].flags for k in rows if k != "Q1")
    (back,) = await requests.worklist()
    assert back.undeliverable and back.note == "anrufen oder per Post"
    # a second bounce of the same address changes nothing more
    again = await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(3, dsn("<out1@office.example>", "carla@example.org"))])
    assert again.bounces == 1
    # completing other data keeps the flag; a new address clears it
    kept = await intake.complete(rows["Q1"].applicant_id, PersonCompletion(phone="030 1234567"))
    assert Quality.UNDELIVERABLE in kept.flags
    cleared = await intake.complete(rows["Q1"].applicant_id,
                                    PersonCompletion(email="carla.neu@example.org"))
    assert Quality.UNDELIVERABLE not in cleared.flags
