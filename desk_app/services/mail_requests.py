"""The mailbox worklist (issue 20): messages become requests, joined per person and
concern, routed by the admin's rules, completed or asked for what is missing, answered,
bounces flagged. One transaction per use case; plain dataclasses out.

By concern: ``mail_records`` (the dataclasses, errors, stored rules), ``mail_ingest``
(reading messages in), here the clerk's reads and actions, the figures and the facade;
every name of the other two is re-exported (the import path of the earlier module).
"""

from __future__ import annotations

import datetime as dt
from statistics import median
from typing import Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import mail_requests as mr
from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require
from desk_app.models import AppointmentRequest

from .changes import Change, record_changes
from .context import Context
from .database import Database
from .mail_ingest import flag_undeliverable, ingest, known_uids  # noqa: F401 - re-exported
from .mail_records import (  # noqa: F401 - re-exported
    CALL_OR_POST, ENTITY, OPEN, FetchedMessage, IngestResult, MailUnavailable, NothingMissing,
    RequestNotFound, RequestRow, _row, load_rules, replace_rules,
)

# -- the clerk's actions ------------------------------------------------------------------
_LIST_COLUMNS = ("id", "status", "concern", "given_name", "family_name", "birth_date",
                 "file_number", "nationality", "email", "phone", "language",
                 "service_point_code", "route_reason", "route_confirmed", "misaddressed",
                 "missing", "recognised", "is_form", "subject", "message_count",
                 "first_received_at", "last_received_at", "undeliverable", "note", "entry_id")


async def worklist(session: AsyncSession, *, service_point: str | None = None,
                   limit: int = 10_000) -> list[RequestRow]:
    """The open requests, oldest first, without the messages' texts (request() reads
    one in full): plain columns, no ORM objects, so 5,000 lines read quickly."""
    cols = [getattr(AppointmentRequest, c) for c in _LIST_COLUMNS]
    q = select(*cols).where(AppointmentRequest.status.in_(OPEN))
    if service_point:
        q = q.where(AppointmentRequest.service_point_code == service_point)
    q = q.order_by(AppointmentRequest.first_received_at, AppointmentRequest.id).limit(limit)
    out = []
    labels = {str(c): mr.CONCERN_LABELS[c] for c in mr.Concern}
    for (rid, status, concern, given, family, birth, fn, nat, mail, phone, lang, sp, reason,
         confirmed, mis, missing, recognised, is_form, subject, count, first, last, undeliv,
         note, entry_id) in (await session.execute(q)).all():
        out.append(RequestRow(
            id=rid, status=status, concern=concern,
            concern_label=labels.get(concern, labels["sonstiges"]),
            name=f"{given} {family}".strip(), birth_date=birth, file_number=fn,
            nationality=nat, email=mail, phone=phone, language=lang, service_point=sp,
            route_reason=reason, route_confirmed=bool(confirmed), misaddressed=bool(mis),
            missing=tuple(x for x in missing.split(",") if x),
            recognised=tuple(x for x in recognised.split(",") if x), is_form=bool(is_form),
            subject=subject, text="", message_count=count, first_received_at=first,
            last_received_at=last, undeliverable=bool(undeliv), note=note, entry_id=entry_id,
            given_name=given, family_name=family))
    return out


async def get_request(session: AsyncSession, request_id: int) -> RequestRow:
    return _row(await _load(session, request_id))


async def _load(session: AsyncSession, request_id: int) -> AppointmentRequest:
    r = await session.get(AppointmentRequest, request_id)
    if r is None:
        raise RequestNotFound(request_id=request_id)
    return r


async def confirm_route(session: AsyncSession, request_id: int, *,
                        service_point: str | None = None) -> RequestRow:
    """"Falsch adressiert": confirm the route (None) or correct it to another service point."""
    r = await _load(session, request_id)
    if service_point and service_point != r.service_point_code:
        r.route_reason = f"korrigiert von {r.service_point_code} (vorher: {r.route_reason})"
        r.service_point_code = service_point
        r.misaddressed = True
    r.route_confirmed = True
    return _row(r)


async def mark_asked(session: AsyncSession, request_id: int, *, message_id: str,
                     now: dt.datetime) -> RequestRow:
    r = await _load(session, request_id)
    if not r.missing:
        raise NothingMissing(request_id=request_id)
    r.status = "asked"
    r.asked_at = now
    r.outgoing_message_id = message_id
    r.note = "Angaben nachgefragt"
    return _row(r)


async def mark_answered(session: AsyncSession, request_id: int, *, message_id: str,
                        entry_id: int | None, now: dt.datetime) -> RequestRow:
    r = await _load(session, request_id)
    r.status = "answered"
    r.answered_at = now
    r.outgoing_message_id = message_id
    r.entry_id = entry_id
    r.note = ""
    return _row(r)


async def figures(session: AsyncSession, *, start: dt.datetime,
                  end: dt.datetime) -> mr.WorklistFigures:
    """The office's figures for requests first received in [start, end)."""
    from desk_app.domain.clock import to_local

    rows = (await session.execute(select(
        AppointmentRequest.first_received_at, AppointmentRequest.missing,
        AppointmentRequest.asked_at, AppointmentRequest.misaddressed,
        AppointmentRequest.undeliverable, AppointmentRequest.answered_at).where(
            AppointmentRequest.first_received_at >= start,
            AppointmentRequest.first_received_at < end))).all()
    per_week: dict[str, int] = {}
    per_month: dict[str, int] = {}
    hours = []
    incomplete = misaddressed = undeliverable = answered = 0
    for first, missing, asked, mis, undeliv, answered_at in rows:
        local = to_local(first)
        iso = local.isocalendar()
        wk = f"{iso.year}-W{iso.week:02d}"
        per_week[wk] = per_week.get(wk, 0) + 1
        mon = local.strftime("%Y-%m")
        per_month[mon] = per_month.get(mon, 0) + 1
        incomplete += bool(missing or asked)
        misaddressed += bool(mis)
        undeliverable += bool(undeliv)
        if answered_at is not None:
            answered += 1
            hours.append((answered_at - first).total_seconds() / 3600)
    return mr.WorklistFigures(requests=len(rows), incomplete=incomplete,
                              misaddressed=misaddressed, undeliverable=undeliverable,
                              answered=answered,
                              median_hours_to_answer=median(hours) if hours else None,
                              per_week=dict(sorted(per_week.items())),
                              per_month=dict(sorted(per_month.items())))


# -- facade --------------------------------------------------------------------------------
class RequestDesk:
    """What the worklist screen and the CLI call: one transaction per call. Each call
    checks ``ctx``'s actor's permission itself (the screen being shown only to those
    who may book is no check): the worklist, its actions and reading mail in need
    BOOK; the routing rules ADMINISTER. ``clock``: ``ctx.now`` unless given."""

    def __init__(self, db: Database, *, ctx: Context,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        self.db = db
        self.ctx = ctx
        self.clock = clock or ctx.now

    def require(self, permission: Permission = Permission.BOOK) -> None:
        """Raises PermissionDenied unless the actor holds ``permission``; callers that
        send mail check this before sending (the mark afterwards checks again)."""
        require(self.ctx.policy, self.ctx.actor, permission)

    async def _write(self, fn, *args, note: str | None = None,
                     permission: Permission = Permission.BOOK, **kw):
        """One transaction; ``note``: what changed goes into the change feed (entity
        ENTITY), so every workstation's worklist reloads."""
        self.require(permission)
        async with self.db.write_session() as session:
            async with session.begin():
                result = await fn(session, *args, **kw)
                if note is not None and getattr(result, "read", 1):
                    await record_changes(session, [Change(ENTITY, getattr(result, "id", 0),
                                                          note)], self.clock())
                return result

    async def _read(self, fn, *args, permission: Permission = Permission.BOOK, **kw):
        self.require(permission)
        async with self.db.read_session() as session:
            async with session.begin():
                return await fn(session, *args, **kw)

    async def ingest(self, *, mailbox: str, uid_validity: int,
                     messages: Sequence[FetchedMessage]) -> IngestResult:
        return await self._write(ingest, mailbox=mailbox, uid_validity=uid_validity,
                                 messages=messages, now=self.clock(), note="mail_ingest")

    async def highest_uid(self, mailbox: str, uid_validity: int) -> int:
        return await self._read(known_uids, mailbox, uid_validity)

    async def worklist(self, *, service_point: str | None = None) -> list[RequestRow]:
        return await self._read(worklist, service_point=service_point)

    async def request(self, request_id: int) -> RequestRow:
        return await self._read(get_request, request_id)

    async def confirm_route(self, request_id: int, service_point: str | None = None):
        return await self._write(confirm_route, request_id, service_point=service_point,
                                 note="request_route")

    async def mark_asked(self, request_id: int, *, message_id: str) -> RequestRow:
        return await self._write(mark_asked, request_id, message_id=message_id,
                                 now=self.clock(), note="request_asked")

    async def mark_answered(self, request_id: int, *, message_id: str,
                            entry_id: int | None) -> RequestRow:
        return await self._write(mark_answered, request_id, message_id=message_id,
                                 entry_id=entry_id, now=self.clock(), note="request_answered")

    async def rules(self) -> list[mr.RoutingRule]:
        return await self._read(load_rules, permission=Permission.ADMINISTER)

    async def replace_rules(self, rules: Iterable[mr.RoutingRule]) -> int:
        return await self._write(replace_rules, list(rules), permission=Permission.ADMINISTER)

    async def figures(self, *, start: dt.datetime, end: dt.datetime) -> mr.WorklistFigures:
        return await self._read(figures, start=start, end=end)
