"""A booking's confirmation by e-mail (issue 15 over issue 20's SMTP): booked through the
appointment book, the PDF and the .ics arrive at a real SMTP server (aiosmtpd, TLS)."""

from __future__ import annotations

import email
import email.policy

import pytest

from desk_app.services.applicant_input import ApplicantInput
from desk_app.services.confirmation_mail import ConfirmationMailer, send_confirmation
from desk_app.services.mail_transport import MailAccount, MailUnavailable
from tests.appointments.helpers import MONDAY, book_for, local
from tests.mail.test_answer_with_slot import TOML


async def _booked(db):
    admin, _, clock = await book_for(db, "admin", counter=None)
    await admin.load_capacity(TOML)
    book, desk, _ = await book_for(db, "sbbi1", counter="Schalter I1", clock=clock)
    bi = next(sp for sp in await desk.service_points() if sp.code == "BI")
    free = await book.next_free(service_point_id=bi.id, service_id=None, count=1)
    entry = await book.book(
        service_point_id=bi.id, service_id=free.service_id, starts_at=free.slots[0].starts_at,
        applicants=[ApplicantInput(family_name="Kovalenko", given_name="Olena",
                                   email="olena@x.example", preferred_language="uk")])
    return entry, bi, clock


async def test_a_booking_confirmation_arrives_with_pdf_and_ics(db, smtp_server, certificate):
    from desk_app.services.entry_documents import appointment_confirmation_data

    inbox, port = smtp_server
    entry, bi, clock = await _booked(db)
    data = appointment_confirmation_data(entry, None, bi, office_name="Stadt")
    account = MailAccount(smtp_host="localhost", smtp_port=port,
                          from_address="termine@office.example", cafile=str(certificate))
    mailer = ConfirmationMailer(account, password="", clock=clock)
    message_id = await mailer(data, to=entry.members[0].email, minutes=20)
    (sent,) = inbox.messages
    assert sent.rcpt_tos == ["olena@x.example"]
    msg = email.message_from_bytes(sent.content, policy=email.policy.default)
    assert msg["Message-ID"] == message_id and entry.booking_reference in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    assert "Mo. 30.11.2026, 08:00 Uhr" in body and "Ваш прийом" in body   # German + Ukrainian
    parts = {p.get_content_type(): p for p in msg.iter_attachments()}
    assert parts["application/pdf"].get_filename() == "Terminbestaetigung.pdf"
    assert parts["application/pdf"].get_content().startswith(b"%PDF")
    ics = parts["text/calendar"].get_content()
    ics = ics.encode() if isinstance(ics, str) else ics
    assert b"DTSTART:20261130T070000Z" in ics and entry.booking_reference.encode() in ics
    assert entry.scheduled_at == local(MONDAY, 8)


async def test_no_address_or_no_server_sends_nothing(db, smtp_server, certificate):
    from desk_app.services.entry_documents import appointment_confirmation_data

    inbox, port = smtp_server
    entry, bi, _clock = await _booked(db)
    data = appointment_confirmation_data(entry, None, bi)
    account = MailAccount(smtp_host="localhost", smtp_port=port,
                          from_address="termine@office.example", cafile=str(certificate))
    with pytest.raises(MailUnavailable, match="keine E-Mail-Adresse"):
        await send_confirmation(account, data, to=" ", password="")
    # a certificate nobody vouches for: refused, never sent in the clear
    with pytest.raises(MailUnavailable):
        await send_confirmation(MailAccount(smtp_host="localhost", smtp_port=port,
                                            from_address="termine@office.example"),
                                data, to="olena@x.example", password="")
    assert inbox.messages == []
