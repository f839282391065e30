"""A booking's confirmation by e-mail (issue 15, over issue 20's SMTP): the printed
Terminbestätigung as PDF and the .ics attached, the text in German and the applicant's
language, sent over TLS (mail_transport.send). Qt-free; the booking screens pass the
confirmation's data (ui/booking/confirmation.confirmation_data)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING

# the mail modules (smtplib, imaplib, the e-mail parsers) load when a mail is made: the
# appointment book imports this module for confirmation_recipients at every start
if TYPE_CHECKING:
    from . import mail_transport as mt

log = logging.getLogger(__name__)
PDF_NAME = "Terminbestaetigung.pdf"


def confirmation_recipients(members) -> list[str]:
    """Every distinct address of a booking's people, in their order (case and spaces do
    not make another address). Each gets a mail of its own: one To per mail shows no
    member another's address, and a refused address does not stop the others' mail."""
    seen: set[str] = set()
    addresses = []
    for member in members:
        address = (getattr(member, "email", None) or "").strip()
        if address and address.casefold() not in seen:
            seen.add(address.casefold())
            addresses.append(address)
    return addresses


def confirmation_message(account: mt.MailAccount, data, *, to: str, minutes: int = 20,
                         now: dt.datetime | None = None):
    """The e-mail (an EmailMessage) for ``data`` (AppointmentConfirmationData)."""
    from desk_app.domain import mail_texts
    from desk_app.printing import render_appointment_confirmation
    from desk_app.printing.ics import ics_attachment

    from . import mail_transport as mt
    from .request_answering import when_text

    where = ", ".join(x for x in (data.service_point, data.address) if x)
    subject, body = mail_texts.booking_confirmation_mail(
        when=when_text(data.appointment_at), where=where, reference=data.booking_reference,
        language=data.language or "de")
    ics = ics_attachment(data, minutes=minutes, now=now)
    return mt.build_mail(account, to=to, subject=subject, body=body, now=now, attachments=[
        (PDF_NAME, "application/pdf", render_appointment_confirmation(data)),
        (ics.filename, "text/calendar", ics.content)])


async def send_confirmation(account: mt.MailAccount, data, *, to: str, minutes: int = 20,
                            password: str | None = None,
                            now: dt.datetime | None = None) -> str:
    """Sends the confirmation; returns its Message-ID. MailUnavailable when the server
    cannot be reached or refuses (nothing was sent then)."""
    from . import mail_transport as mt

    to = (to or "").strip()
    if not to:
        raise mt.MailUnavailable(detail="keine E-Mail-Adresse")
    msg = confirmation_message(account, data, to=to, minutes=minutes, now=now)
    pw = password if password is not None else mt.password_for(account)
    await asyncio.to_thread(mt.send, account, pw, msg)
    log.info("appointment confirmation sent by e-mail")
    return msg["Message-ID"]


class ConfirmationMailer:
    """What a booking screen holds: ``await mailer(data, to=..., minutes=...)``."""

    def __init__(self, account: mt.MailAccount, *, password: str | None = None,
                 clock=None) -> None:
        self.account = account
        self.password = password
        self.clock = clock

    async def __call__(self, data, *, to: str, minutes: int = 20) -> str:
        return await send_confirmation(self.account, data, to=to, minutes=minutes,
                                       password=self.password,
                                       now=self.clock() if self.clock else None)


def mailer_from_settings(mail, *, clock=None) -> ConfirmationMailer | None:
    """The booking screens' mailer from the settings' ``[mail]`` SMTP account
    (``settings.MailSettings``; the password from the keyring when sending, none without
    a ``user``: an office relay without login); None when no SMTP server and sender are
    configured (then confirmations are only printed)."""
    if mail is None or not mail.smtp_host.strip():
        return None
    sender = (mail.from_address or mail.user).strip()
    if not sender:
        return None
    from . import mail_transport as mt

    account = mt.MailAccount(
        smtp_host=mail.smtp_host.strip(), smtp_port=mail.smtp_port,
        smtp_starttls=mail.smtp_starttls, user=mail.user.strip(), from_address=sender,
        cafile=mail.cafile)
    return ConfirmationMailer(account, password=None if account.user else "", clock=clock)
