"""Weekly statistics in the office's format, per service point and per day."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain.statistics import Tally, WeeklyReport, iso_week_bounds, tally_entry
from desk_app.models import QueueEntry, ServicePoint

Q = QueueEntry


async def weekly_report(session: AsyncSession, year: int, week: int) -> WeeklyReport:
    first, last = iso_week_bounds(year, week)
    rows = await (await session.connection()).execute(
        select(Q.kind, Q.state, Q.checked_in_at.is_not(None), Q.business_day, ServicePoint.name,
               ServicePoint.id)
        .join(ServicePoint, ServicePoint.id == Q.service_point_id)
        .where(Q.business_day >= first, Q.business_day <= last))
    report = WeeklyReport(year=year, week=week, first_day=first, last_day=last)
    by_sp: dict[tuple[int, str], Tally] = defaultdict(Tally)
    by_day: dict = defaultdict(Tally)
    for kind, state, checked_in, day, sp_name, sp_id in rows:
        t = tally_entry(kind, state, bool(checked_in))
        by_sp[(sp_id, sp_name)].add(t)
        by_day[day].add(t)
        report.total.add(t)
    sps = (await session.execute(select(ServicePoint.id, ServicePoint.name).where(
        ServicePoint.is_reception.is_(False)).order_by(ServicePoint.id))).all()
    report.rows = [(name, by_sp.get((sp_id, name), Tally())) for sp_id, name in sps]
    report.days = sorted(by_day.items())
    return report
