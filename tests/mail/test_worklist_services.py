"""Ingest, joining, answers, bounces, routes and figures on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
from email.message import EmailMessage

from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from tests.mail.corpus import build
from tests.mail.test_parsing import dsn
from tests.mail.actors import acting

NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone.utc)


def form(n: int, *, concern="Verlängerung Aufenthaltstitel", category="Aufenthaltstitel",
         family="Yılmaz", dob="03.04.1988", file_number="", sender="ay@x.example",
         department="", date=NOW) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Ayşe {family} <{sender}>"
    msg["Subject"] = f"Kontaktformular: {concern}"
    msg["Message-ID"] = f"<f{n}@x.example>"
    msg["X-Kontaktformular"] = "terminanfrage"
    msg["Date"] = date.strftime("%a, %d %b %Y %H:%M:%S +0000")
    lines = [f"Anliegen: {concern}", f"Kategorie: {category}", "Vorname: Ayşe",
             f"Nachname: {family}", f"Geburtsdatum: {dob}", f"E-Mail: {sender}", "Sprache: tr"]
    if file_number:
        lines.append(f"Aktenzeichen: {file_number}")
    if department:
        lines.append(f"Abteilung: {department}")
    lines.append("Nachricht: Bitte Termin")
    msg.set_content("\n".join(lines))
    return msg.as_bytes()


def desk(db):
    return RequestDesk(db, ctx=acting(lambda: NOW))


async def test_ingest_routes_flags_and_reads_once(db):
    d = desk(db)
    msgs = [FetchedMessage(1, form(1)), FetchedMessage(2, form(2, family="Petrov",
            sender="iv@x.example", file_number="S-2020-1234", concern="Einbürgerung",
            category="Einbürgerung", department="BI"))]
    result = await d.ingest(mailbox="INBOX", uid_validity=77, messages=msgs)
    assert (result.read, result.new_requests) == (2, 2)
    again = await d.ingest(mailbox="INBOX", uid_validity=77, messages=msgs)
    assert (again.read, again.skipped) == (0, 2)
    # a new UIDVALIDITY is a new mailbox generation: read again
    assert (await d.ingest(mailbox="INBOX", uid_validity=78, messages=msgs[:1])).read == 1
    rows = {r.name: r for r in await d.worklist()}
    ay = rows["Ayşe Yılmaz"]
    assert ay.missing == ("file_number",) and ay.service_point == "BI"
    assert ay.message_count == 2   # the UIDVALIDITY 78 copy joined the same request
    pe = rows["Ayşe Petrov"]
    assert pe.service_point == "EINB" and "»S«" in pe.route_reason and pe.misaddressed
    assert await d.highest_uid("INBOX", 77) == 2


async def test_two_workstations_polling_at_once_read_each_message_once(db, open_db,
                                                                         database_url):
    other = RequestDesk(open_db(database_url), ctx=acting(lambda: NOW))
    msgs = [FetchedMessage(i, m.raw) for i, m in enumerate(build(60, seed=3), start=1)]
    a, b = await asyncio.gather(
        desk(db).ingest(mailbox="INBOX", uid_validity=1, messages=msgs),
        other.ingest(mailbox="INBOX", uid_validity=1, messages=msgs),
        return_exceptions=True)
    done = [r for r in (a, b) if not isinstance(r, BaseException)]
    # SQLite serialises writers: the second may fail "database is locked" and retry later;
    # what matters: no message read twice, none lost
    assert sum(r.read for r in done) == 60
    if len(done) == 1:
        retry = await other.ingest(mailbox="INBOX", uid_validity=1, messages=msgs)
        assert retry.read == 0
    assert len(await desk(db).worklist()) == 60


async def test_repeated_messages_join_one_request(db):
    d = desk(db)
    msgs = [FetchedMessage(i, form(i, date=NOW + dt.timedelta(hours=i))) for i in range(1, 6)]
    # the same person by file number from another address, and by address without a name
    msgs.append(FetchedMessage(6, form(6, family="Yilmaz-Neu", dob="", sender="other@x.example",
                                       file_number="I-2019-4711")))
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=msgs)
    msgs2 = [FetchedMessage(7, form(7, dob="", file_number="I-2019-4711",
                                    sender="third@x.example", family="Xu"))]
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=msgs2)
    rows = await d.worklist()
    assert sorted(r.message_count for r in rows) == [2, 5]
    # a different concern of the same person is its own request
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(
        8, form(8, concern="Einbürgerung", category="Einbürgerung"))])
    assert len(await d.worklist()) == 3


async def test_answer_joins_the_asked_request_and_completes_it(db):
    d = desk(db)
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(1, form(1))])
    (row,) = await d.worklist()
    asked = await d.mark_asked(row.id, message_id="<ask1@office.example>")
    assert asked.status == "asked"
    reply = EmailMessage()
    reply["From"] = "ay@x.example"
    reply["Subject"] = f"Re: Ihre Terminanfrage: fehlende Angaben [Anfrage #{row.id}]"
    reply["In-Reply-To"] = "<ask1@office.example>"
    reply.set_content("Mein Aktenzeichen ist I-2018-55555.\n\n> zitierter Text")
    res = await d.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(2, reply.as_bytes())])
    assert res.answers == 1 and res.new_requests == 0
    after = await d.request(row.id)
    assert after.file_number == "I-2018-55555" and after.missing == ()
    assert after.status == "open" and after.message_count == 2


async def test_bounce_flags_undeliverable_and_returns_to_worklist(db):
    d = desk(db)
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(1, form(1, file_number="I-2019-111"))])
    (row,) = await d.worklist()
    await d.mark_answered(row.id, message_id="<conf1@office.example>", entry_id=None)
    assert await d.worklist() == []
    res = await d.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(2, dsn("<conf1@office.example>", "ay@x.example"))])
    assert res.bounces == 1
    (back,) = await d.worklist()
    assert back.id == row.id and back.undeliverable and back.note == "anrufen oder per Post"


async def test_falsch_adressiert_confirm_or_correct(db):
    d = desk(db)
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(1, form(1))])
    (row,) = await d.worklist()
    ok = await d.confirm_route(row.id)
    assert ok.route_confirmed and not ok.misaddressed and ok.service_point == "BI"
    moved = await d.confirm_route(row.id, "HUM")
    assert moved.service_point == "HUM" and moved.misaddressed and "korrigiert" in moved.route_reason


async def test_admin_rules_replace_the_defaults(db):
    from desk_app.domain.mail_requests import RoutingRule, RuleKind
    from desk_app.domain.roles import Role

    d = desk(db)
    admin = RequestDesk(db, ctx=acting(lambda: NOW, Role.ADMIN))
    await admin.replace_rules([RoutingRule(RuleKind.WORD, "verlängerung", "EU")])
    assert [r.service_point for r in await admin.rules()] == ["EU"]
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(1, form(1))])
    (row,) = await d.worklist()
    assert row.service_point == "EU" and "verlängerung" in row.route_reason


async def test_figures(db):
    d = desk(db)
    msgs = [FetchedMessage(1, form(1)), FetchedMessage(2, form(
        2, family="B", sender="b@x.example", file_number="I-2019-222", department="EU")),
        FetchedMessage(3, form(3, family="C", sender="c@x.example", file_number="I-2019-333",
                               date=NOW + dt.timedelta(days=8)))]
    await d.ingest(mailbox="INBOX", uid_validity=1, messages=msgs)
    rows = {r.name: r for r in await d.worklist()}
    later = RequestDesk(db, ctx=acting(lambda: NOW + dt.timedelta(hours=6)))
    await later.mark_answered(rows["Ayşe B"].id, message_id="<x@o>", entry_id=None)
    f = await d.figures(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=30))
    assert f.requests == 3 and f.incomplete == 1 and f.misaddressed == 1
    assert f.answered == 1 and f.median_hours_to_answer == 6.0
    assert f.per_week == {"2026-W49": 2, "2026-W50": 1}
    assert f.per_month == {"2026-11": 2, "2026-12": 1}


async def test_the_services_refuse_a_role_without_the_permission(db, smtp_server,
                                                                 certificate):
    """RequestDesk, Worklist and RequestAnswering check the actor's permission themselves:
    a role without BOOK reads, routes, asks or answers nothing, and no mail goes out;
    the routing rules need ADMINISTER."""
    import pytest

    from desk_app.domain import errors
    from desk_app.domain.mail_requests import RoutingRule, RuleKind
    from desk_app.domain.roles import Permission, Role, RolePolicy
    from desk_app.services.mail_transport import MailAccount, ask_missing, poll
    from desk_app.services.request_answering import RequestAnswering, SlotOffer, Worklist

    inbox, port = smtp_server
    allowed = desk(db)
    await allowed.ingest(mailbox="INBOX", uid_validity=1,
                         messages=[FetchedMessage(1, form(1))])   # no file number: missing
    (row,) = await allowed.worklist()
    assert row.missing
    policy = RolePolicy()
    policy = RolePolicy({**policy.grants,
                         Role.CLERK: policy.grants[Role.CLERK] - {Permission.BOOK}})
    refused = RequestDesk(db, ctx=acting(lambda: NOW, Role.CLERK, policy=policy))
    account = MailAccount(smtp_host="localhost", smtp_port=port,
                          from_address="termine@office.example", cafile=str(certificate))
    # the appointment book is never reached: the check comes first
    worklist = Worklist(refused, RequestAnswering(refused, None, account, password=""))
    offer = SlotOffer(1, None, NOW, "", "")
    calls = [
        refused.worklist(), refused.request(row.id), refused.confirm_route(row.id, "HUM"),
        refused.mark_asked(row.id, message_id="<a@o>"),
        refused.mark_answered(row.id, message_id="<a@o>", entry_id=None),
        refused.ingest(mailbox="INBOX", uid_validity=1, messages=[FetchedMessage(2, form(2))]),
        refused.highest_uid("INBOX", 1), refused.figures(start=NOW, end=NOW),
        poll(refused, MailAccount(imap_host="127.0.0.1", imap_port=1), password="x"),
        ask_missing(refused, account, row, password=""),
        worklist.rows(), worklist.request(row.id), worklist.confirm_route(row.id),
        worklist.ask_missing(row), worklist.next_slot(row), worklist.service_point_codes(),
        worklist.answer_with_slot(row, offer)]
    for call in calls:
        with pytest.raises(errors.PermissionDenied):
            await call
    assert inbox.messages == []
    # a clerk (with BOOK) may not change the routing rules; nothing changed
    with pytest.raises(errors.PermissionDenied):
        await allowed.replace_rules([RoutingRule(RuleKind.WORD, "x", "EU")])
    with pytest.raises(errors.PermissionDenied):
        await allowed.rules()
    (after,) = await allowed.worklist()
    assert (after.status, after.service_point, after.route_confirmed) == (
        row.status, row.service_point, row.route_confirmed)
    assert (await allowed.highest_uid("INBOX", 1)) == 1
