"""Statistics in the office's format (docs/statistics.md), for any period and layout.

One read per report part. On PostgreSQL the figures are computed in the database: one
grouped statement with ``count(*) FILTER`` and ``percentile_cont`` over the entries
joined to a VALUES list (group, service point), so overlapping blocks ("Allgemein = all
but Einbürgerung" and "DLZ International" inside it) each get their own medians. On
SQLite the same statement's input is streamed, only the columns needed (durations are
computed by SQLite's julianday), and folded in Python with the same definitions
(desk_app.domain.statistics.classify / percentile).

Every entry counts at its *home* service point: where it entered the queue (its
ticket's service point), or where it is booked if it never got a ticket. A forwarded
entry therefore counts once, at the service point that forwarded it first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.domain.clock import BERLIN, day_bounds_utc, local_to_utc
from desk_app.domain.statistics import (
    DEFAULT_LAYOUT, BlockFigures, Figures, Layout, Period, StatisticsReport, WeeklyReport,
    week_buckets,
)
from desk_app.models import DocumentOrder, ReportLayout, ServicePoint

from .backend import backend_of

TREND_WEEKS = 12


@dataclass(frozen=True)
class PointInfo:
    id: int
    code: str
    name: str


# -- reference --------------------------------------------------------------------------
async def statistics_points(session: AsyncSession) -> list[PointInfo]:
    """The service points a report can cover (not the reception desk), by id."""
    rows = await session.execute(
        select(ServicePoint.id, ServicePoint.code, ServicePoint.name)
        .where(ServicePoint.is_reception.is_(False)).order_by(ServicePoint.id))
    return [PointInfo(*r) for r in rows]


# -- the grouped figures ----------------------------------------------------------------
_HOME = "coalesce(q.ticket_service_point_id, q.service_point_id)"
_APPT = "q.kind <> 'WALK_IN'"
_APPEARED_APPT = (f"{_APPT} AND q.state NOT IN ('CANCELLED', 'NO_SHOW', 'BOOKED') "
                  "AND q.checked_in_at IS NOT NULL")
_WAIT_OK = ("q.first_called_at IS NOT NULL AND q.checked_in_at IS NOT NULL "
            "AND q.first_called_at >= q.checked_in_at")
_SERVICE_OK = ("q.state = 'DONE' AND q.service_started_at IS NOT NULL "
               "AND q.finished_at IS NOT NULL AND q.finished_at >= q.service_started_at")
_WAIT_S = "extract(epoch FROM q.first_called_at - q.checked_in_at)"
_SERVICE_S = "extract(epoch FROM q.finished_at - q.service_started_at)"

_PG_BUCKETS = {
    None: "0",
    "day": "q.business_day",
    "week": "date_trunc('week', q.business_day)::date",
    "hour": ("extract(hour FROM coalesce(q.checked_in_at, q.scheduled_at, q.created_at) "
             "AT TIME ZONE 'Europe/Berlin')::int"),
}

_PG_FIGURES = f"""
SELECT g.grp, {{bucket}} AS bucket,
  count(*) FILTER (WHERE {_APPT} AND q.state <> 'CANCELLED') AS appointments,
  count(*) FILTER (WHERE {_APPEARED_APPT}) AS appeared_appointments,
  count(*) FILTER (WHERE {_APPT} AND q.state = 'NO_SHOW') AS no_show,
  count(*) FILTER (WHERE {_APPEARED_APPT} AND q.late_arrival_at IS NOT NULL) AS late_admitted,
  count(*) FILTER (WHERE {_APPT} AND q.state = 'CANCELLED') AS cancelled,
  count(*) FILTER (WHERE q.state = 'MISSED') AS missed,
  count(*) FILTER (WHERE q.state = 'LEFT') AS left_,
  count(*) FILTER (WHERE q.kind = 'WALK_IN') AS walk_ins,
  count(*) FILTER (WHERE {_APPT} AND q.state = 'BOOKED') AS open_,
  count(*) FILTER (WHERE q.forwarded_from_id IS NOT NULL
                   AND NOT ({_APPT} AND q.state = 'CANCELLED')) AS forwarded,
  count(*) FILTER (WHERE q.state = 'DONE') AS served,
  coalesce(sum(q.call_count) FILTER (WHERE q.state = 'DONE'), 0) AS calls,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY {_WAIT_S}) FILTER (WHERE {_WAIT_OK}) AS w50,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY {_WAIT_S}) FILTER (WHERE {_WAIT_OK}) AS w90,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY {_SERVICE_S}) FILTER (WHERE {_SERVICE_OK}) AS s50,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY {_SERVICE_S}) FILTER (WHERE {_SERVICE_OK}) AS s90
FROM queue_entries q
JOIN (VALUES {{groups}}) AS g(grp, sp) ON g.sp = {_HOME}
WHERE q.business_day BETWEEN :first AND :last
GROUP BY 1, 2
"""

_COUNT_COLUMNS = ("appointments", "appeared_appointments", "no_show", "late_admitted",
                  "cancelled", "missed", "left", "walk_ins", "open", "forwarded", "served",
                  "calls")


def _minutes(seconds) -> float | None:
    return None if seconds is None else float(seconds) / 60.0


async def _figures_pg(session, period: Period, groups: list[list[int]], bucket: str | None
                      ) -> dict[tuple[int, object], Figures]:
    pairs = [(g, sp) for g, sps in enumerate(groups) for sp in sps]
    if not pairs:
        return {}
    values = ", ".join(f"({int(g)}, {int(sp)})" for g, sp in pairs)
    sql = text(_PG_FIGURES.format(bucket=_PG_BUCKETS[bucket], groups=values))
    rows = await (await session.connection()).execute(
        sql, {"first": period.first, "last": period.last})
    out: dict[tuple[int, object], Figures] = {}
    for row in rows:
        grp, key, *counts = row[:2 + len(_COUNT_COLUMNS)]
        w50, w90, s50, s90 = row[2 + len(_COUNT_COLUMNS):]
        t = Figures(**dict(zip(_COUNT_COLUMNS, (int(c) for c in counts))))
        t.appeared = t.appeared_appointments + t.walk_ins
        t.wait_median, t.wait_p90 = _minutes(w50), _minutes(w90)
        t.service_median, t.service_p90 = _minutes(s50), _minutes(s90)
        out[(grp, key if bucket else None)] = t
    return out


_SQLITE_BUCKETS = {
    None: "0",
    "day": "q.business_day",
    "week": "date(q.business_day, '-' || ((CAST(strftime('%w', q.business_day) AS INTEGER) + 6) % 7)"
            " || ' days')",
    # the Berlin hour: the UTC hour plus the day's offset (tz, from Python's zoneinfo)
    "hour": ("(CAST(strftime('%H', coalesce(q.checked_in_at, q.scheduled_at, q.created_at)) "
             "AS INTEGER) + tz.off) % 24"),
}
_SQLITE_WAIT_S = "(julianday(q.first_called_at) - julianday(q.checked_in_at)) * 86400.0"
_SQLITE_SERVICE_S = "(julianday(q.finished_at) - julianday(q.service_started_at)) * 86400.0"

_SQLITE_COUNTS = _PG_FIGURES.split("  percentile_cont(0.5)")[0].rstrip().rstrip(",") + """
FROM queue_entries q CROSS JOIN g{tz_join}
WHERE q.business_day BETWEEN :first AND :last AND g.sp = {home}
GROUP BY 1, 2
""".replace("{home}", _HOME)
# CROSS JOIN: SQLite keeps the entries of the period (by the day index) as the outer loop
# and looks each one's groups up, instead of a range search per (group, service point)

#: the ranks around the median and the 90th percentile of each (group, bucket, measure),
#: picked by window functions over one scan: only those rows leave SQLite
_SQLITE_RANKS = """
WITH g(grp, sp) AS (VALUES {groups}){tz_cte},
e AS (SELECT g.grp AS grp, {bucket} AS bucket,
             CASE WHEN """ + _WAIT_OK + """ THEN """ + _SQLITE_WAIT_S + """ END AS w,
             CASE WHEN """ + _SERVICE_OK + """ THEN """ + _SQLITE_SERVICE_S + """ END AS s
      FROM queue_entries q CROSS JOIN g{tz_join}
      WHERE q.business_day BETWEEN :first AND :last AND g.sp = """ + _HOME + """
        AND q.first_called_at IS NOT NULL),
v AS (SELECT grp, bucket, 0 AS m, w AS x FROM e WHERE w IS NOT NULL
      UNION ALL SELECT grp, bucket, 1, s FROM e WHERE s IS NOT NULL),
r AS (SELECT grp, bucket, m, x,
             row_number() OVER (PARTITION BY grp, bucket, m ORDER BY x) - 1 AS i,
             count(*) OVER (PARTITION BY grp, bucket, m) AS n FROM v)
SELECT grp, bucket, m, i, n, x FROM r
WHERE i IN (CAST((n - 1) * 0.5 AS INTEGER), CAST((n - 1) * 0.5 AS INTEGER) + 1,
            CAST((n - 1) * 0.9 AS INTEGER), CAST((n - 1) * 0.9 AS INTEGER) + 1)
"""


def _interpolate(ranked: dict[int, float], n: int, q: float) -> float | None:
    """percentile_cont from the two ranks around (n - 1) * q."""
    if n <= 0:
        return None
    pos = (n - 1) * q
    lo = int(pos)
    hi = min(lo + 1, n - 1)
    return ranked[lo] + (ranked[hi] - ranked[lo]) * (pos - lo)


def _sqlite_key(bucket: str | None, raw):
    if bucket is None:
        return None
    if bucket in ("day", "week") and isinstance(raw, str):
        return dt.date.fromisoformat(raw)
    return raw


async def _figures_sqlite(session, period: Period, groups: list[list[int]],
                          bucket: str | None) -> dict[tuple[int, object], Figures]:
    """The same figures computed inside SQLite: the counts by one grouped statement with
    FILTER, the medians and 90th percentiles from the two ranks around them (window
    functions); only result rows are read."""
    pairs = [(g, sp) for g, sps in enumerate(groups) for sp in sps]
    if not pairs:
        return {}
    values = ", ".join(f"({int(g)}, {int(sp)})" for g, sp in pairs)
    tz_cte = tz_join = ""
    if bucket == "hour":
        offsets = ", ".join(
            f"('{d.isoformat()}', {int(local_to_utc(d, dt.time(12)).astimezone(BERLIN).utcoffset().total_seconds() // 3600)})"
            for d in period.dates())
        tz_cte = f", tz(day, off) AS (VALUES {offsets})"
        tz_join = " JOIN tz ON tz.day = q.business_day"
    conn = await session.connection()
    params = {"first": period.first.isoformat(), "last": period.last.isoformat()}
    counts_sql = ("WITH g(grp, sp) AS (VALUES " + values + ")" + tz_cte + "\n"
                  + _SQLITE_COUNTS.format(bucket=_SQLITE_BUCKETS[bucket], tz_join=tz_join))
    out: dict[tuple[int, object], Figures] = {}
    for row in await conn.execute(text(counts_sql), params):
        grp, raw, *counts = row
        t = Figures(**dict(zip(_COUNT_COLUMNS, (int(c or 0) for c in counts))))
        t.appeared = t.appeared_appointments + t.walk_ins
        out[(grp, _sqlite_key(bucket, raw))] = t
    sql = _SQLITE_RANKS.format(groups=values, tz_cte=tz_cte, tz_join=tz_join,
                               bucket=_SQLITE_BUCKETS[bucket])
    ranks: dict[tuple, tuple[int, dict[int, float]]] = {}
    for grp, raw, m, i, n, x in await conn.execute(text(sql), params):
        ranks.setdefault((grp, _sqlite_key(bucket, raw), m), (n, {}))[1][i] = float(x)
    measures = (("wait_median", "wait_p90"), ("service_median", "service_p90"))
    for (grp, key, m), (n, ranked) in ranks.items():
        t = out.get((grp, key))
        if t is None:
            continue
        setattr(t, measures[m][0], _minutes(_interpolate(ranked, n, 0.5)))
        setattr(t, measures[m][1], _minutes(_interpolate(ranked, n, 0.9)))
    return out


async def grouped_figures(session: AsyncSession, period: Period, groups: list[list[int]],
                          bucket: str | None = None) -> dict[tuple[int, object], Figures]:
    """Figures per (group index, bucket) for groups of service point ids; ``bucket`` is
    None, "day", "week" (its Monday) or "hour" (local hour of arrival)."""
    if backend_of(await session.connection()).has_percentiles:
        return await _figures_pg(session, period, groups, bucket)
    return await _figures_sqlite(session, period, groups, bucket)


async def _documents(session, period: Period, groups: list[list[int]]
                     ) -> dict[int, tuple[int, int]]:
    """Documents ordered and handed out in the period, per group (by the service point
    where they are collected)."""
    start, _ = day_bounds_utc(period.first)
    _, end = day_bounds_utc(period.last)
    out: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for column, index in ((DocumentOrder.ordered_at, 0), (DocumentOrder.handed_out_at, 1)):
        rows = await session.execute(
            select(DocumentOrder.collect_service_point_id, func.count())
            .where(column >= start, column < end)
            .group_by(DocumentOrder.collect_service_point_id))
        per_sp = dict(rows.all())
        for g, sps in enumerate(groups):
            out[g][index] += sum(per_sp.get(sp, 0) for sp in sps)
    return {g: (v[0], v[1]) for g, v in out.items()}


# -- the report -------------------------------------------------------------------------
def _check_codes(layout: Layout, points: list[PointInfo]) -> None:
    known = {p.code for p in points}
    for code in sorted(layout.codes() - known):
        raise errors.ValidationFailed(message="Unbekannte Dienststelle im Bericht: {code}.", error_code="report_service_point_unknown",
                                      code=code)


async def statistics_report(session: AsyncSession, period: Period,
                            layout: Layout = DEFAULT_LAYOUT, *, trend_weeks: int = 0,
                            compare: bool = False, hours: bool = True,
                            days: bool = True) -> StatisticsReport:
    """The office's table (blocks), the detail per service point, per day and per hour;
    with ``trend_weeks`` the weekly trend ending with the period; with ``compare`` the
    previous period's report (without trend) in ``previous``."""
    points = await statistics_points(session)
    _check_codes(layout, points)
    by_code = {p.code: p for p in points}
    universe = layout.universe([p.code for p in points])
    blocks = list(layout.blocks) or list(DEFAULT_LAYOUT.blocks)
    block_codes = [b.members(universe) for b in blocks]
    groups = ([[by_code[c].id for c in codes] for codes in block_codes]
              + [[by_code[c].id] for c in universe]
              + [[by_code[c].id for c in universe]])
    total_g = len(groups) - 1
    main = await grouped_figures(session, period, groups)
    docs = await _documents(session, period, groups)

    def fig(g: int) -> Figures:
        t = main.get((g, None)) or Figures()
        t.documents_ordered, t.documents_handed_out = docs.get(g, (0, 0))
        return t

    report = StatisticsReport(period=period, layout=layout)
    report.blocks = [BlockFigures(b.name, tuple(codes), fig(i), b.hidden)
                     for i, (b, codes) in enumerate(zip(blocks, block_codes))]
    report.service_points = [BlockFigures(by_code[c].name, (c,), fig(len(blocks) + k))
                             for k, c in enumerate(universe)]
    report.total = fig(total_g)
    report.excluded_names = tuple(by_code[c].name for c in layout.exclude)
    only_total = [groups[total_g]]
    if days:
        by_day = await grouped_figures(session, period, only_total, "day")
        report.days = sorted((key, t) for (_g, key), t in by_day.items())
    if hours:
        by_hour = await grouped_figures(session, period, only_total, "hour")
        report.hours = sorted((int(key), t) for (_g, key), t in by_hour.items())
    if trend_weeks:
        report.trend = await weekly_trend(session, period, layout, weeks=trend_weeks,
                                          _groups=only_total)
    if compare:
        report.previous = await statistics_report(session, period.previous(), layout,
                                                  hours=False, days=False)
    return report


async def weekly_trend(session: AsyncSession, period: Period, layout: Layout = DEFAULT_LAYOUT,
                       *, weeks: int = TREND_WEEKS, _groups: list[list[int]] | None = None
                       ) -> list[tuple[Period, Figures]]:
    """The ``weeks`` ISO weeks ending with the period's last week, over the layout's
    service points (every week listed, empty ones as zero): one grouped read."""
    if _groups is None:
        points = await statistics_points(session)
        _check_codes(layout, points)
        by_code = {p.code: p.id for p in points}
        _groups = [[by_code[c] for c in layout.universe([p.code for p in points])]]
    buckets = week_buckets(period, weeks)
    span = Period(buckets[0].first, buckets[-1].last)
    found = await grouped_figures(session, span, _groups, "week")
    by_monday = {key: t for (_g, key), t in found.items()}
    return [(w, by_monday.get(w.first) or Figures()) for w in buckets]


# -- saved layouts ----------------------------------------------------------------------
async def list_layouts(session: AsyncSession) -> list[Layout]:
    rows = await session.execute(select(ReportLayout.name, ReportLayout.definition)
                                 .order_by(ReportLayout.name))
    return [Layout.from_json(name, definition) for name, definition in rows]


async def get_layout(session: AsyncSession, name: str | None) -> Layout:
    """The saved layout of that name; DEFAULT_LAYOUT for None or ""."""
    if not name:
        return DEFAULT_LAYOUT
    definition = await session.scalar(select(ReportLayout.definition)
                                      .where(ReportLayout.name == name))
    if definition is None:
        raise errors.ValidationFailed(message="Bericht-Layout „{name}“ gibt es nicht.", error_code="report_layout_unknown",
                                      name=name)
    return Layout.from_json(name, definition)


def _may_edit_layouts(ctx) -> None:
    from desk_app.domain.roles import Role

    if ctx.actor.role not in (Role.SHIFT_LEAD, Role.ADMIN):
        raise errors.PermissionDenied(permission="report_layouts")


async def save_layout(session: AsyncSession, ctx, layout: Layout) -> Layout:
    """Creates or replaces the layout of that name (one transaction)."""
    _may_edit_layouts(ctx)
    name = layout.name.strip()
    if not name or len(name) > 100:
        raise errors.ValidationFailed(message="Bitte dem Layout einen Namen geben "
                                      "(höchstens 100 Zeichen).", error_code="report_layout_name")
    if not layout.blocks:
        raise errors.ValidationFailed(message="Ein Layout braucht mindestens einen Block.", error_code="report_layout_empty")
    async with session.begin():
        _check_codes(layout, await statistics_points(session))
        row = await session.scalar(select(ReportLayout).where(ReportLayout.name == name))
        if row is None:
            row = ReportLayout(name=name, definition="", updated_at=ctx.now())
            session.add(row)
        row.definition = layout.to_json()
        row.updated_at = ctx.now()
    return Layout.from_json(name, layout.to_json())


async def delete_layout(session: AsyncSession, ctx, name: str) -> bool:
    _may_edit_layouts(ctx)
    async with session.begin():
        row = await session.scalar(select(ReportLayout).where(ReportLayout.name == name))
        if row is None:
            return False
        await session.delete(row)
    return True


# -- issue 2's weekly report (the per-service-point table) ------------------------------
async def weekly_report(session: AsyncSession, year: int, week: int) -> WeeklyReport:
    period = Period.week(year, week)
    rep = await statistics_report(session, period, hours=False)
    report = WeeklyReport(year=year, week=week, first_day=period.first, last_day=period.last)
    report.rows = [(b.name, b.figures) for b in rep.service_points]
    report.days = rep.days
    report.total = rep.total
    return report
