"""The mailbox worklist's records (issue 20): the plain dataclasses the use cases return,
their errors, and the admin's routing rules as stored. Shared by ``mail_ingest`` and
``mail_requests`` (which re-exports every name here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import mail_requests as mr
from desk_app.domain.errors import DomainError
from desk_app.models import AppointmentRequest, RoutingRuleRow

OPEN = ("open", "asked")
CALL_OR_POST = "anrufen oder per Post"
ENTITY = "appointment_request"     # the worklist's entity in the change feed


class RequestNotFound(DomainError):
    code = "request_not_found"
    template = "Die Anfrage {request_id} gibt es nicht (mehr)."


class NothingMissing(DomainError):
    code = "request_nothing_missing"
    template = "Der Anfrage {request_id} fehlt nichts; es gibt nichts nachzufragen."


class MailUnavailable(DomainError):
    code = "mail_unavailable"
    template = "Das Postfach oder der Mailserver ist nicht erreichbar ({detail})."


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes


@dataclass(frozen=True)
class IngestResult:
    read: int              # messages claimed by this call
    skipped: int           # already read (by this or another workstation)
    new_requests: int
    joined: int
    answers: int
    bounces: int


@dataclass(frozen=True)
class RequestRow:
    id: int
    status: str
    concern: str
    concern_label: str
    name: str
    birth_date: str
    file_number: str
    nationality: str
    email: str
    phone: str
    language: str
    service_point: str
    route_reason: str
    route_confirmed: bool
    misaddressed: bool
    missing: tuple[str, ...]
    recognised: tuple[str, ...]
    is_form: bool
    subject: str
    text: str
    message_count: int
    first_received_at: dt.datetime
    last_received_at: dt.datetime
    undeliverable: bool
    note: str
    entry_id: int | None
    given_name: str = ""
    family_name: str = ""


def _row(r: AppointmentRequest, *, with_text: bool = True) -> RequestRow:
    concern = mr.Concern(r.concern) if r.concern in mr.Concern._value2member_map_ else mr.Concern.OTHER
    return RequestRow(
        id=r.id, status=r.status, concern=r.concern, concern_label=mr.CONCERN_LABELS[concern],
        name=" ".join(p for p in (r.given_name, r.family_name) if p), birth_date=r.birth_date,
        file_number=r.file_number, nationality=r.nationality, email=r.email, phone=r.phone,
        language=r.language, service_point=r.service_point_code, route_reason=r.route_reason,
        route_confirmed=r.route_confirmed, misaddressed=r.misaddressed,
        missing=tuple(x for x in r.missing.split(",") if x),
        recognised=tuple(x for x in r.recognised.split(",") if x), is_form=r.is_form,
        subject=r.subject, text=r.text if with_text else "", message_count=r.message_count,
        first_received_at=r.first_received_at, last_received_at=r.last_received_at,
        undeliverable=r.undeliverable, note=r.note, entry_id=r.entry_id,
        given_name=r.given_name, family_name=r.family_name)


# -- rules -------------------------------------------------------------------------------
async def load_rules(session: AsyncSession) -> list[mr.RoutingRule]:
    rows = (await session.execute(select(RoutingRuleRow))).scalars().all()
    if not rows:
        return list(mr.DEFAULT_RULES)
    return [mr.RoutingRule(mr.RuleKind(r.kind), r.pattern, r.service_point_code, r.priority)
            for r in rows]


async def replace_rules(session: AsyncSession, rules: Sequence[mr.RoutingRule]) -> int:
    """The admin's edit: the whole rule set at once."""
    from sqlalchemy import delete

    await session.execute(delete(RoutingRuleRow))
    for r in rules:
        session.add(RoutingRuleRow(kind=str(r.kind), pattern=r.pattern[:200],
                                   service_point_code=r.service_point, priority=r.priority))
    return len(rules)
