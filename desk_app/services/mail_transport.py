"""IMAP and SMTP for the mailbox worklist (issue 20), over TLS only.

IMAP: the mailbox is opened read-only (EXAMINE) and messages are fetched with BODY.PEEK,
so nothing is marked, moved or deleted; only UIDs above the highest one already read in
this UIDVALIDITY are fetched. The blocking clients run in a worker thread.

Credentials: the password comes from the system keyring (service ``desk_app-mail``, the
account's user name) unless the caller passes one (tests).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import imaplib
import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Sequence

from desk_app.domain import mail_texts

from .mail_requests import FetchedMessage, MailUnavailable, RequestDesk, RequestRow

log = logging.getLogger(__name__)
KEYRING_SERVICE = "desk_app-mail"


@dataclass(frozen=True)
class MailAccount:
    imap_host: str = ""
    imap_port: int = 993
    imap_starttls: bool = False          # port 143 style; else implicit TLS
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_starttls: bool = False          # port 587 style; else implicit TLS
    user: str = ""
    from_address: str = ""
    mailbox: str = "INBOX"
    cafile: str = ""                     # a CA bundle of the office (tests: the self-signed cert)


def password_for(account: MailAccount) -> str:
    try:
        import keyring
    except ImportError as exc:
        raise MailUnavailable(detail="kein Schlüsselbund (keyring) installiert") from exc
    secret = keyring.get_password(KEYRING_SERVICE, account.user)
    if not secret:
        raise MailUnavailable(detail="kein Passwort im Schlüsselbund")
    return secret


def _tls(account: MailAccount) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=account.cafile or None)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _uid_validity(imap: imaplib.IMAP4) -> int:
    typ, data = imap.response("UIDVALIDITY")
    if data and data[0]:
        return int(data[0])
    typ, data = imap.status(_quote(imap._desk_mailbox), "(UIDVALIDITY)")  # type: ignore[attr-defined]
    m = re.search(rb"UIDVALIDITY (\d+)", data[0] or b"")
    if not m:
        raise MailUnavailable(detail="UIDVALIDITY fehlt")
    return int(m.group(1))


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _connect(account: MailAccount) -> imaplib.IMAP4:
    """A TLS connection: implicit, or STARTTLS that must succeed (never plain text)."""
    try:
        if not account.imap_starttls:
            return imaplib.IMAP4_SSL(account.imap_host, account.imap_port,
                                     ssl_context=_tls(account), timeout=30)
        imap = imaplib.IMAP4(account.imap_host, account.imap_port, timeout=30)
        try:
            imap.starttls(ssl_context=_tls(account))
        except Exception:
            imap.shutdown()
            raise
        return imap
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailUnavailable(detail=type(exc).__name__) from exc


def fetch_new(account: MailAccount, password: str, after_uid: dict[int, int],
              batch: int = 200) -> tuple[int, list[FetchedMessage]]:
    """(UIDVALIDITY, messages with UID above the highest known for it). Blocking."""
    imap = _connect(account)
    try:
        imap.login(account.user, password)
        imap._desk_mailbox = account.mailbox  # type: ignore[attr-defined]
        typ, _ = imap.select(_quote(account.mailbox), readonly=True)
        if typ != "OK":
            raise MailUnavailable(detail="Postfach nicht gefunden")
        validity = _uid_validity(imap)
        start = after_uid.get(validity, 0) + 1
        typ, data = imap.uid("SEARCH", None, f"UID {start}:*")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) >= start)
        messages: list[FetchedMessage] = []
        for i in range(0, len(uids), batch):
            chunk = uids[i:i + batch]
            typ, data = imap.uid("FETCH", ",".join(map(str, chunk)), "(UID BODY.PEEK[])")
            for item in data:
                if not isinstance(item, tuple):
                    continue
                m = re.search(rb"UID (\d+)", item[0])
                if m:
                    messages.append(FetchedMessage(int(m.group(1)), item[1]))
        return validity, messages
    except imaplib.IMAP4.error as exc:
        raise MailUnavailable(detail=type(exc).__name__) from exc
    finally:
        try:
            imap.logout()
        except Exception:  # noqa: BLE001 - the connection may already be gone
            pass


async def poll(desk: RequestDesk, account: MailAccount, *, password: str | None = None):
    """Reads the new messages into the worklist; returns the IngestResult."""
    desk.require()          # before the mailbox is read (ingest checks again)
    pw = password if password is not None else password_for(account)
    # the highest UID read belongs to a UIDVALIDITY, which only the server knows
    known: dict[int, int] = {}
    validity = await asyncio.to_thread(_validity_only, account, pw)
    known[validity] = await desk.highest_uid(account.mailbox, validity)
    validity, messages = await asyncio.to_thread(fetch_new, account, pw, known)
    return await desk.ingest(mailbox=account.mailbox, uid_validity=validity, messages=messages)


def _validity_only(account: MailAccount, password: str) -> int:
    imap = _connect(account)
    try:
        imap.login(account.user, password)
        imap._desk_mailbox = account.mailbox  # type: ignore[attr-defined]
        imap.select(_quote(account.mailbox), readonly=True)
        return _uid_validity(imap)
    except imaplib.IMAP4.error as exc:
        raise MailUnavailable(detail=type(exc).__name__) from exc
    finally:
        try:
            imap.logout()
        except Exception:  # noqa: BLE001
            pass


# -- sending ------------------------------------------------------------------------------
def build_mail(account: MailAccount, *, to: str, subject: str, body: str,
               attachments: Sequence[tuple[str, str, bytes]] = (),
               now: dt.datetime | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = account.from_address
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now or dt.datetime.now(dt.timezone.utc))
    domain = account.from_address.rpartition("@")[2] or "localhost"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(body)
    for filename, ctype, data in attachments:
        main, _, sub = ctype.partition("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return msg


def send(account: MailAccount, password: str, msg: EmailMessage) -> None:
    """Blocking; TLS always (implicit, or STARTTLS that must succeed)."""
    try:
        if account.smtp_starttls:
            with smtplib.SMTP(account.smtp_host, account.smtp_port, timeout=30) as smtp:
                smtp.starttls(context=_tls(account))
                if password:
                    smtp.login(account.user, password)
                smtp.send_message(msg)
        else:
            with smtplib.SMTP_SSL(account.smtp_host, account.smtp_port, timeout=30,
                                  context=_tls(account)) as smtp:
                if password:
                    smtp.login(account.user, password)
                smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailUnavailable(detail=type(exc).__name__) from exc


async def ask_missing(desk: RequestDesk, account: MailAccount, request: RequestRow, *,
                      password: str | None = None) -> RequestRow:
    """The one-key reply: asks for exactly what is missing, in German and the
    applicant's language; the answer joins this request by its Message-ID or subject."""
    desk.require()          # before anything is sent (mark_asked checks again)
    subject, body = mail_texts.missing_reply(request.id, request.missing, request.language)
    msg = build_mail(account, to=request.email, subject=subject, body=body,
                     now=desk.clock())
    pw = password if password is not None else password_for(account)
    await asyncio.to_thread(send, account, pw, msg)
    return await desk.mark_asked(request.id, message_id=msg["Message-ID"])


async def send_confirmation(desk: RequestDesk, account: MailAccount, request: RequestRow, *,
                            when: str, where: str, pdf: bytes, ics: bytes, ics_name: str,
                            entry_id: int | None, password: str | None = None) -> RequestRow:
    desk.require()          # before anything is sent (mark_answered checks again)
    subject, body = mail_texts.confirmation_mail(request.id, when=when, where=where,
                                                 language=request.language)
    msg = build_mail(account, to=request.email, subject=subject, body=body,
                     attachments=[("Terminbestaetigung.pdf", "application/pdf", pdf),
                                  (ics_name, "text/calendar", ics)], now=desk.clock())
    pw = password if password is not None else password_for(account)
    await asyncio.to_thread(send, account, pw, msg)
    return await desk.mark_answered(request.id, message_id=msg["Message-ID"],
                                    entry_id=entry_id)
