"""The self check-in kiosk's facade: check in by booking reference, walk-ins where the
office allows them, and the wait ticket through the printing desk.

Rules (the kiosk never decides what reception would have to decide):
- only today's BOOKED appointments, from ``early_min`` before their time up to the
  service point's late tolerance; earlier or later: a friendly "please go to reception"
  and nothing changes;
- a second scan of a checked-in booking prints nothing and says so;
- the check-in is committed before the ticket is printed, so a printer that is out of
  paper or offline never loses it: the kiosk shows the number and sends the person to
  reception (whose print queue shows the failed job);
- what the kiosk returns carries no name: the time, the service and the ticket number.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Sequence

from sqlalchemy import bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import business_day, ensure_utc
from desk_app.domain.states import State
from desk_app.models import QueueEntry, Service, ServicePoint
from desk_app.printing.jobs import JobStatus, SpoolerError, queue_problem

from .applicant_input import ApplicantInput
from .desk import Desk
from .waiting_time import entry_estimate

log = logging.getLogger(__name__)

#: the person of a walk-in registered at the kiosk (no name is asked there); reception
#: completes it when the person reaches a counter
KIOSK_WALK_IN_NAME = "Vorsprache Kiosk"


class KioskOutcome(StrEnum):
    CHECKED_IN = "checked_in"
    WALK_IN = "walk_in"
    ALREADY = "already_checked_in"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    OTHER_DAY = "other_day"
    NOT_FOUND = "not_found"
    NOT_POSSIBLE = "not_possible"     # cancelled, no-show, ...: reception decides


@dataclass(frozen=True, slots=True)
class KioskResult:
    outcome: KioskOutcome
    ticket: str | None = None
    scheduled_at: dt.datetime | None = None
    service: str = ""                 # the service's name, or the service point's
    ahead: int | None = None
    wait_minutes: int | None = None   # rounded, as printed
    printed: bool = False
    printer_problem: str | None = None  # German, for the log and reception; kiosk shows its own text
    entry_id: int | None = None

    @property
    def changed(self) -> bool:
        return self.outcome in (KioskOutcome.CHECKED_IN, KioskOutcome.WALK_IN)


@dataclass(frozen=True, slots=True)
class WalkInChoice:
    service_point_id: int
    service_point_code: str
    service_id: int | None
    label: str                        # what the button says (the service's name)


_REFERENCE = re.compile(r"[^A-Z0-9]")


def normalise_reference(raw: str) -> str:
    """What a scanner or the keypad gave, as a booking reference: upper case, without
    spaces, dashes or a scanner's trailing return."""
    return _REFERENCE.sub("", (raw or "").upper())


_BY_REFERENCE = (
    select(QueueEntry.id, QueueEntry.state, QueueEntry.business_day, QueueEntry.scheduled_at,
           QueueEntry.ticket, QueueEntry.service_point_id, ServicePoint.name,
           ServicePoint.late_tolerance_min, Service.name.label("service_name"))
    .join(ServicePoint, ServicePoint.id == QueueEntry.service_point_id)
    .outerjoin(Service, Service.id == QueueEntry.service_id)
    # as the scanner and the keypad give it: upper case, no dashes or spaces
    .where(func.replace(func.replace(func.upper(QueueEntry.booking_reference), "-", ""), " ", "")
           == bindparam("reference"))
)


async def _booking(session: AsyncSession, reference: str):
    async with session.begin():
        return (await session.execute(_BY_REFERENCE, {"reference": reference})).first()




class KioskDesk:
    """The kiosk's facade. ``print_desk``: a PrintDesk (None: no printer, e.g. a demo).
    ``walk_in_service_points``: codes where the office allows walk-ins at the kiosk."""

    def __init__(self, desk: Desk, print_desk: Any = None, *, early_min: int = 30,
                 walk_in_service_points: Sequence[str] = (), office_name: str = "") -> None:
        self.desk = desk
        self.print_desk = print_desk
        self.early = dt.timedelta(minutes=early_min)
        self.walk_in_codes = tuple(c.upper() for c in walk_in_service_points)
        self.office_name = office_name

    async def walk_in_choices(self) -> list[WalkInChoice]:
        if not self.walk_in_codes:
            return []
        points = {sp.code: sp for sp in await self.desk.service_points()}
        services = await self.desk.services()
        out = []
        for code in self.walk_in_codes:
            sp = points.get(code)
            if sp is None:
                continue
            own = [s for s in services if s.service_point_id == sp.id]
            if own:
                out += [WalkInChoice(sp.id, sp.code, s.id, s.name) for s in own]
            else:
                out.append(WalkInChoice(sp.id, sp.code, None, sp.name))
        return out

    async def check_in(self, raw_reference: str, *, language: str | None = None) -> KioskResult:
        reference = normalise_reference(raw_reference)
        if not reference:
            return KioskResult(KioskOutcome.NOT_FOUND)
        row = await self.desk.read(_booking, reference)
        if row is None:
            return KioskResult(KioskOutcome.NOT_FOUND)
        now = self.desk.ctx.now()
        scheduled = ensure_utc(row.scheduled_at) if row.scheduled_at else None
        service = row.service_name or row.name
        base = dict(scheduled_at=scheduled, service=service, entry_id=row.id)
        state = State(row.state)
        if row.business_day != business_day(now):
            return KioskResult(KioskOutcome.OTHER_DAY, **base)
        if state is not State.BOOKED:
            if state in (State.WAITING, State.CALLED, State.IN_SERVICE, State.PARKED):
                return KioskResult(KioskOutcome.ALREADY, ticket=row.ticket, **base)
            return KioskResult(KioskOutcome.NOT_POSSIBLE, **base)
        if scheduled is not None and now < scheduled - self.early:
            return KioskResult(KioskOutcome.TOO_EARLY, **base)
        if scheduled is not None and now > scheduled + dt.timedelta(minutes=row.late_tolerance_min):
            return KioskResult(KioskOutcome.TOO_LATE, **base)
        try:
            view = await self.desk.check_in(row.id, key=f"kiosk-check-in-{row.id}")
        except errors.InvalidTransition:
            return KioskResult(KioskOutcome.ALREADY, **base)
        except errors.DomainError as exc:   # late by a second, or anything reception decides
            log.info("kiosk check-in refused: %s", exc.code)
            return KioskResult(KioskOutcome.NOT_POSSIBLE, **base)
        return await self._ticket(KioskOutcome.CHECKED_IN, view, base, language)

    async def walk_in(self, choice: WalkInChoice, *, language: str | None = None) -> KioskResult:
        if choice.service_point_code not in self.walk_in_codes:
            return KioskResult(KioskOutcome.NOT_POSSIBLE)
        view = await self.desk.register_walk_in(
            service_point_id=choice.service_point_id, service_id=choice.service_id,
            applicants=[ApplicantInput(family_name=KIOSK_WALK_IN_NAME,
                                       preferred_language=language)])
        return await self._ticket(KioskOutcome.WALK_IN, view,
                                  dict(scheduled_at=None, service=choice.label,
                                       entry_id=view.id), language)

    async def _ticket(self, outcome: KioskOutcome, view, base: dict,
                      language: str | None) -> KioskResult:
        now = self.desk.ctx.now()
        try:
            estimate = await self.desk.read(entry_estimate, view.id, now)
        except Exception:  # the ticket prints without an estimate rather than not at all
            log.exception("kiosk: no estimate")
            estimate = None
        ahead = estimate.ahead if estimate else 0
        minutes = estimate.shown_minutes if estimate else None
        printed, problem = await self._print(view, ahead, minutes, language, now)
        return KioskResult(outcome, ticket=view.ticket, ahead=ahead, wait_minutes=minutes,
                           printed=printed, printer_problem=problem, **base)

    async def _print(self, view, ahead: int, minutes: int | None, language: str | None,
                     now: dt.datetime) -> tuple[bool, str | None]:
        if self.print_desk is None:
            return False, "Kein Drucker eingerichtet."
        from desk_app.printing import WaitTicketData

        data = WaitTicketData(ticket_number=view.ticket or "", service_point=view.service_point_name,
                              issued_at=now, waiting_ahead=ahead, estimated_wait_minutes=minutes,
                              office_name=self.office_name,
                              language=language if language and language != "de" else None)
        printer = self.print_desk.printer_for("wait_ticket")
        try:   # a paused queue (out of paper, offline) takes the job but prints nothing
            queue = await self.print_desk.spooler.queue_state(printer) if printer else None
        except SpoolerError as exc:
            queue, problem = None, exc.message
        else:
            problem = None
            if queue is not None:
                problem = queue_problem(queue) or (
                    None if queue.enabled else f"Drucker {printer} ist angehalten.")
        if problem is not None:
            log.warning("kiosk: ticket %s not printed: %s", view.ticket, problem)
            return False, problem
        try:
            job = await self.print_desk.print_document(data, entity="entry", entity_id=view.id)
        except Exception as exc:
            log.exception("kiosk: printing failed")
            return False, type(exc).__name__
        if job.status in (JobStatus.FAILED, JobStatus.STUCK) or not printer:
            return False, job.error or "Druck fehlgeschlagen."
        return True, None
