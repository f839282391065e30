"""Reading the office's mailbox into the worklist (issue 20, Must 1): the one use case
that both `desk-app mail poll` and the running app's timer call.

The account comes from the settings' ``[mail]`` table (``settings.MailSettings``), the
password from the keyring (``mail_transport.password_for``), never from the file.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable

from desk_app.domain.roles import Actor, Role
from desk_app.settings import MailSettings

from . import mail_transport as mt
from .context import Context
from .database import Database
from .mail_requests import IngestResult, RequestDesk

log = logging.getLogger(__name__)


def account_from_settings(mail: MailSettings) -> mt.MailAccount | None:
    """The account to read and send with; None when no mailbox is configured."""
    if not mail.configured:
        return None
    return mt.MailAccount(
        imap_host=mail.imap_host.strip(), imap_port=mail.imap_port,
        imap_starttls=mail.imap_starttls, smtp_host=mail.smtp_host.strip(),
        smtp_port=mail.smtp_port, smtp_starttls=mail.smtp_starttls, user=mail.user.strip(),
        from_address=mail.from_address.strip(), mailbox=mail.folder or "INBOX",
        cafile=mail.cafile)


@dataclass(frozen=True)
class PollReport:
    """What one poll did (counts only: no personal data)."""

    mailbox: str
    result: IngestResult

    def german(self) -> str:
        r = self.result
        return (f"Postfach {self.mailbox}: {r.read} Nachrichten gelesen "
                f"({r.skipped} schon gelesen), {r.new_requests} neue Anfragen, "
                f"{r.joined} zu bestehenden, {r.answers} Antworten, {r.bounces} "
                f"unzustellbare Rückläufer.")


async def poll_once(requests: RequestDesk, account: mt.MailAccount, *,
                    password: str | None = None) -> PollReport:
    """Reads what is new in the mailbox once; the password from the keyring unless given."""
    result = await mt.poll(requests, account, password=password)
    log.info("mailbox polled: read=%d skipped=%d new=%d joined=%d answers=%d bounces=%d",
             result.read, result.skipped, result.new_requests, result.joined,
             result.answers, result.bounces)
    return PollReport(account.mailbox, result)


def scheduled_job(clock: Callable[[], dt.datetime]) -> Context:
    """Who reads the mailbox in for `desk-app mail poll` (a scheduled job, nobody signed
    in): no staff member, a clerk's permissions (reading mail in needs BOOK)."""
    return Context(actor=Actor(staff_id=None, role=Role.CLERK, station="mail-poll"),
                   clock=clock)


async def poll_database(db: Database, mail: MailSettings, *,
                        ctx: Context, password: str | None = None) -> PollReport | None:
    """`desk-app mail poll`: None when no mailbox is configured."""
    account = account_from_settings(mail)
    if account is None:
        return None
    return await poll_once(RequestDesk(db, ctx=ctx), account, password=password)


def store_password(mail: MailSettings, password: str) -> None:
    import keyring

    keyring.set_password(mt.KEYRING_SERVICE, mail.user.strip(), password)
    log.info("mail password stored in the keyring")
