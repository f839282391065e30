"""What a counter's queues can be made of (issue 14, "calling across queues"): each
calling service point with the services it offers, so that the shift lead can assign a
whole service point or one of its services. Read-only, Qt-free; plain data out.
(services/lead_ops.py holds the assignments themselves and call next across them.)"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.models import Service, ServicePoint, ServicePointService


@dataclasses.dataclass(frozen=True, slots=True)
class QueueChoice:
    """A service point a counter may call from, and its services: (id, name) by name."""
    service_point_id: int
    name: str
    services: tuple[tuple[int, str], ...] = ()


async def queue_choices(session: AsyncSession) -> list[QueueChoice]:
    """The active calling service points (not the reception) in their usual order, each
    with the active services it offers."""
    sps = (await session.execute(
        select(ServicePoint.id, ServicePoint.name)
        .where(ServicePoint.active.is_(True), ServicePoint.is_reception.is_(False))
        .order_by(ServicePoint.id))).all()
    offered = (await session.execute(
        select(ServicePointService.service_point_id, Service.id, Service.name)
        .join(Service, Service.id == ServicePointService.service_id)
        .where(Service.active.is_(True))
        .order_by(Service.name, Service.id))).all()
    by_sp: dict[int, list[tuple[int, str]]] = {}
    for sp_id, service_id, name in offered:
        by_sp.setdefault(sp_id, []).append((service_id, name))
    return [QueueChoice(sp_id, name, tuple(by_sp.get(sp_id, ()))) for sp_id, name in sps]
