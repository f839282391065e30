"""What the statistics screen calls (it never touches sessions or queries): reports,
the saved layouts, and the exports as bytes. One read per call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.statistics import Layout, Period, StatisticsReport

from . import statistics as stats
from .desk import Desk

FORMATS = ("pdf", "csv", "xlsx")


@dataclass(frozen=True)
class PointChoice:
    code: str
    name: str


class StatisticsFacade:
    def __init__(self, desk: Desk, *, office_name: str = "") -> None:
        self.desk = desk
        self.office_name = office_name

    def now(self) -> dt.datetime:
        return self.desk.ctx.now()

    async def _read(self, fn, *args, report: bool = False, **kwargs):
        async def body(session):
            async with session.begin():
                return await fn(session, *args, **kwargs)
        # reports go to the read-only replica when the settings name one
        # (report_database_url, issue 19), so a year's report never slows the counters
        return await (self.desk.report_read(body) if report else self.desk.read(body))

    async def report(self, period: Period, layout_name: str | None = None, *,
                     compare: bool = False, trend_weeks: int = stats.TREND_WEEKS,
                     exclude: tuple[str, ...] = ()) -> StatisticsReport:
        """The report of the period under the saved layout (None: one block over all)."""
        async def body(session):
            layout = await stats.get_layout(session, layout_name)
            if exclude:
                layout = layout.restricted(exclude=exclude)
            return await stats.statistics_report(session, period, layout,
                                                 trend_weeks=trend_weeks, compare=compare)
        return await self._read(body, report=True)

    async def trend(self, period: Period, layout_name: str | None = None, *,
                    weeks: int = stats.TREND_WEEKS, exclude: tuple[str, ...] = ()):
        """The weekly trend ending with the period: [(week, Figures)], oldest first."""
        async def body(session):
            layout = await stats.get_layout(session, layout_name)
            if exclude:
                layout = layout.restricted(exclude=exclude)
            return await stats.weekly_trend(session, period, layout, weeks=weeks)
        return await self._read(body, report=True)

    async def requests(self, period: Period):
        """The mailbox worklist's figures of the period (issue 20): WorklistFigures."""
        from desk_app.domain.clock import local_to_utc

        from . import mail_requests

        start = local_to_utc(period.first, dt.time(0))
        end = local_to_utc(period.last + dt.timedelta(days=1), dt.time(0))
        return await self._read(mail_requests.figures, start=start, end=end)

    async def layouts(self) -> list[Layout]:
        return await self._read(stats.list_layouts)

    async def service_points(self) -> list[PointChoice]:
        return [PointChoice(p.code, p.name) for p in await self._read(stats.statistics_points)]

    async def save_layout(self, layout: Layout) -> Layout:
        return await self.desk.write(stats.save_layout, self.desk.ctx, layout)

    async def delete_layout(self, name: str) -> bool:
        return await self.desk.write(stats.delete_layout, self.desk.ctx, name)

    def export(self, report: StatisticsReport, fmt: str) -> bytes:
        """The report as PDF, CSV or XLSX bytes (pure; no database)."""
        from desk_app.printing.statistics_export import export

        return export(report, fmt, office_name=self.office_name, created_at=self.now())
