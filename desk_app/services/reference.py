"""Reference data: service points, counters, services and staff (data, not code)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.models import Counter, Service, ServicePoint, StaffMember

from .views import CounterView, ServicePointView, ServiceView, StaffView


async def service_points(session: AsyncSession) -> list[ServicePointView]:
    sps = (await session.execute(select(ServicePoint).where(ServicePoint.active.is_(True))
                                 .order_by(ServicePoint.id))).scalars().all()
    counters = (await session.execute(select(Counter).where(Counter.active.is_(True))
                                      .order_by(Counter.service_point_id, Counter.id))).scalars().all()
    by_sp: dict[int, list[CounterView]] = {}
    for c in counters:
        by_sp.setdefault(c.service_point_id, []).append(
            CounterView(id=c.id, service_point_id=c.service_point_id, name=c.name, room=c.room))
    return [ServicePointView(
        id=sp.id, code=sp.code, name=sp.name, ticket_prefix=sp.ticket_prefix,
        address=sp.address, opening_hours=sp.opening_hours or sp.hours_note, restrict_search=sp.restrict_search,
        is_reception=sp.is_reception, counters=tuple(by_sp.get(sp.id, ())),
        recall_lock_min=sp.recall_lock_min, max_calls=sp.max_calls,
    ) for sp in sps]


async def services(session: AsyncSession) -> list[ServiceView]:
    rows = (await session.execute(select(Service).where(Service.active.is_(True))
                                  .order_by(Service.name))).scalars().all()
    return [ServiceView(
        id=s.id, code=s.code, name=s.name, default_duration_min=s.default_duration_min,
        what_to_bring=tuple(line for line in (s.what_to_bring or "").splitlines() if line.strip()),
        service_point_id=s.service_point_id, fee_code=s.fee_code,
    ) for s in rows]


async def staff(session: AsyncSession) -> list[StaffView]:
    rows = (await session.execute(select(StaffMember).where(StaffMember.active.is_(True))
                                  .order_by(StaffMember.display_name))).scalars().all()
    return [StaffView(id=s.id, login=s.login, display_name=s.display_name, role=s.role)
            for s in rows]


async def staff_by_login(session: AsyncSession, login: str) -> StaffView:
    s = (await session.execute(select(StaffMember).where(StaffMember.login == login))).scalar_one_or_none()
    if s is None or not s.active:
        raise errors.NotFound(what=f"Benutzer {login}")
    return StaffView(id=s.id, login=s.login, display_name=s.display_name, role=s.role)
