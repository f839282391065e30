"""Answering with a slot through the appointment book: booked, and the confirmation with
the PDF and the .ics arrives at a real SMTP server (TLS)."""

from __future__ import annotations

import email
import email.policy

from desk_app.services.mail_requests import FetchedMessage, RequestDesk
from desk_app.services.request_answering import RequestAnswering
from tests.appointments.helpers import MONDAY, book_for, local
from tests.mail.test_worklist_services import form
from tests.mail.actors import acting

TOML = """
[[service_point]]
code = "BI"
overbooking_percent = 0
[[service_point.hours]]
days = "Mo-Fr"
opens = "08:00"
closes = "12:00"
slot_minutes = 20
counters = 2
"""


async def test_answer_with_slot_books_and_mails_pdf_and_ics(db, smtp_server, certificate):
    from desk_app.services.mail_transport import MailAccount

    inbox, port = smtp_server
    admin, _, clock = await book_for(db, "admin", counter=None)
    await admin.load_capacity(TOML)
    book, _desk, _ = await book_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    requests = RequestDesk(db, ctx=acting(clock))
    await requests.ingest(mailbox="INBOX", uid_validity=1, messages=[
        FetchedMessage(1, form(1, file_number="I-2019-4711"))])
    (row,) = await requests.worklist()
    assert row.missing == ()
    account = MailAccount(smtp_host="localhost", smtp_port=port,
                          from_address="termine@office.example", cafile=str(certificate))
    answering = RequestAnswering(requests, book, account, password="")
    offer = await answering.next_slot(row)
    assert offer.starts_at == local(MONDAY, 8)
    done = await answering.answer_with_slot(row, offer)
    assert done.status == "answered" and done.entry_id is not None
    entry = await book.desk.entry(done.entry_id)
    assert entry.scheduled_at == local(MONDAY, 8) and entry.members[0].family_name == "Yılmaz"
    msg = email.message_from_bytes(inbox.messages[-1].content, policy=email.policy.default)
    assert msg["To"] == "ay@x.example"
    body = msg.get_body(("plain",)).get_content()
    assert "Mo. 30.11.2026, 08:00 Uhr" in body and "randevunuz" in body
    parts = {p.get_content_type(): p for p in msg.iter_attachments()}
    assert parts["application/pdf"].get_content().startswith(b"%PDF")
    ics = parts["text/calendar"].get_content()
    ics = ics.encode() if isinstance(ics, str) else ics
    assert b"BEGIN:VCALENDAR" in ics and b"DTSTART:20261130T070000Z" in ics
