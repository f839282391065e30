"""What the administration services share: the records they take and return (plain,
frozen), the permission check and the log of a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.roles import Permission
from desk_app.domain.transitions import require

from .changes import Change, audit, record_changes
from .context import Context


@dataclass(frozen=True)
class ServicePointRecord:
    id: int | None
    code: str
    name: str
    ticket_prefix: str
    address: str = ""
    opening_hours: str = ""          # the typed hours as text, see domain/opening_hours.py
    hours_note: str = ""             # shown instead where there are no typed hours (0018)
    grace_period_min: int = 15
    late_tolerance_min: int = 10
    late_limit_min: int = 30
    recall_lock_min: int = 5
    max_calls: int = 3
    walk_in_offset_min: int = 10
    restrict_search: bool = False
    is_reception: bool = False
    active: bool = True


@dataclass(frozen=True)
class CounterRecord:
    id: int | None
    service_point_id: int
    name: str
    room: str = ""
    active: bool = True


@dataclass(frozen=True)
class ServiceRecord:
    id: int | None
    code: str
    name: str
    default_duration_min: int = 20
    what_to_bring: str = ""          # one item per line
    fee_code: str | None = None
    service_point_ids: tuple[int, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class StaffRecord:
    id: int | None
    login: str
    display_name: str
    role: str
    active: bool = True
    service_point_ids: tuple[int, ...] = ()   # restricted service points (need-to-know)
    has_pin: bool = False


@dataclass(frozen=True)
class FeeRecord:
    id: int | None
    code: str
    description: str
    amount: Decimal
    kind: str = "FEE"
    valid_from: dt.date = dt.date(2024, 3, 1)
    valid_to: dt.date | None = None


def require_admin(ctx: Context) -> None:
    require(ctx.policy, ctx.actor, Permission.ADMINISTER)


async def log_admin(session: AsyncSession, ctx: Context, action: str, entity: str,
                    entity_id: int, changed: Sequence[str] = (),
                    service_point_id: int | None = None) -> None:
    """Audits (field names only, never values) and appends to the change log."""
    now = ctx.now()
    await audit(session, ctx.actor, now, action=action, entity=entity, entity_id=entity_id,
                detail=",".join(changed)[:64] or None)
    await record_changes(session, [Change(entity, entity_id, action,
                                           service_point_id=service_point_id)], now)
