"""The confirmation of a booking: the printed Terminbestätigung (through DocumentOutput,
a printer or a PDF) and the .ics saved beside it. ``Confirmer`` does both for a new
booking and for a rescheduled one (the Folgetermin dialog, "Termin verschieben" and the
calendar's drag or Strg+X/Strg+V). With a mailer (services.confirmation_mail, from the
settings' [mail] SMTP account) the confirmation is then also sent by e-mail, PDF and .ics
attached, to every distinct address of the booking's people, a mail each (issue 15;
services.confirmation_mail.confirmation_recipients says why); a mail that cannot be sent
is a message, never a lost booking or print."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from desk_app.domain import errors
from desk_app.domain.clock import to_local
from desk_app.services.appointment_book import confirmation_recipients
from desk_app.services.document_output import appointment_confirmation_data
from desk_app.services.views import EntryView

from ..error_messages import message_for
from ..operation import Operations

translate = QCoreApplication.translate


def confirmation_data(entry: EntryView, service, service_point, office_name: str = ""):
    return appointment_confirmation_data(entry, service, service_point,
                                         office_name=office_name)


def save_ics(data, directory: Path, *, minutes: int = 20, now=None) -> Path:
    """Writes the appointment's .ics under ``directory/<date>/`` and returns the path."""
    from desk_app.printing.ics import ics_attachment

    attachment = ics_attachment(data, minutes=minutes, now=now)
    folder = Path(directory) / to_local(data.appointment_at).strftime("%Y-%m-%d")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / re.sub(r"[^A-Za-z0-9_.-]", "_", attachment.filename)
    tmp = path.with_suffix(".ics.part")
    tmp.write_bytes(attachment.content)
    tmp.replace(path)
    return path


@dataclass
class Confirmed:
    output: object | None = None     # DocumentOutput's result (printer or PDF path)
    ics: Path | None = None
    mailed_to: tuple[str, ...] = ()  # the addresses the confirmation was sent to
    not_mailed_to: tuple[str, ...] = ()   # the ones it could not be sent to
    mail_error: str | None = None    # why not (the booking and print stand)

    def mail_text(self) -> str | None:
        """The line for the status: sent to whom, and why not to whom; None without a
        mail."""
        lines = []
        if self.mailed_to:
            lines.append(translate("AppointmentBook", "Bestätigung per E-Mail an {address} "
                                   "gesendet").format(address=", ".join(self.mailed_to)))
        if self.mail_error is not None:
            failed = ", ".join(self.not_mailed_to)
            lines.append(translate("AppointmentBook", "Bestätigung NICHT per E-Mail gesendet "
                                   "({address}): {reason} Die Buchung gilt; bitte die "
                                   "Bestätigung mitgeben oder per Post senden.").format(
                address=failed, reason=self.mail_error))
        return ". ".join(lines) or None


class Confirmer:
    """Prints (or saves as PDF) an entry's appointment confirmation and saves its .ics.
    ``services``/``service_points``: the reference data (names, address, what to bring).
    ``mailer``: ``await mailer(data, to=..., minutes=...)`` (ConfirmationMailer), or None
    (no SMTP account configured: printed only)."""

    def __init__(self, output, ics_dir: Path | None, *, services: Sequence = (),
                 service_points: Sequence = (), office_name: str = "",
                 mailer=None) -> None:
        self.output = output
        self.mailer = mailer
        self.ics_dir = Path(ics_dir) if ics_dir else None
        self.services = list(services)
        self.service_points = {sp.id: sp for sp in service_points}
        self.office_name = office_name
        self.ops = Operations()     # the e-mail's failure becomes the result's mail_error

    def set_reference(self, services: Sequence, service_points: Sequence) -> None:
        self.services = list(services)
        self.service_points = {sp.id: sp for sp in service_points}

    async def confirm(self, entry: EntryView) -> Confirmed:
        service = next((s for s in self.services if s.id == entry.service_id), None)
        data = confirmation_data(entry, service, self.service_points.get(entry.service_point_id),
                                 self.office_name)
        done = Confirmed()
        if self.output is not None:
            # one job per entry and time: a retry is not printed twice, a new time
            # (rescheduled) is (the print desk's default key is per entry only)
            key = f"appointment_confirmation:entry:{entry.id}:{int(entry.scheduled_at.timestamp())}"
            done.output = await self.output.output(
                data, label=entry.booking_reference or str(entry.id), entity="entry",
                entity_id=entry.id, key=key)
        minutes = service.default_duration_min if service else 20
        if self.ics_dir is not None:
            done.ics = save_ics(data, self.ics_dir, minutes=minutes)
        if self.mailer is not None:     # every person's own address, a mail each
            for address in confirmation_recipients(entry.members):
                await self._mail(done, data, address, minutes)
        return done

    async def _mail(self, done: Confirmed, data, address: str, minutes: int) -> None:
        """After the print: the booking is stored and printed whatever happens here."""
        def mail_error(exc: BaseException) -> str:
            return (message_for(exc) if isinstance(exc, errors.DomainError)
                    else translate("AppointmentBook", "Fehler {kind}.").format(
                        kind=type(exc).__name__))

        def keep(text: str, _error: bool) -> None:
            done.mail_error = text      # a line of the result, not a message of its own

        mailed = await self.ops.read(lambda: self.mailer(data, to=address, minutes=minutes),
                                     what="confirmation e-mail", message_for=mail_error,
                                     tell=keep)
        if mailed:
            done.mailed_to += (address,)
        else:
            done.not_mailed_to += (address,)
