"""Statistics through the services, on SQLite and PostgreSQL, against hand-computed
answers (docs/statistics.md): every figure, layouts, periods, edge cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desk_app.domain import errors
from desk_app.domain.states import Action, Outcome
from desk_app.domain.statistics import Block, Layout, Period
from desk_app.services import statistics as stats
from desk_app.services.statistics_facade import StatisticsFacade
from tests.services.helpers import office
from tests.support import DAY, at, person


def _done(e):
    return {m.applicant_id: Outcome.COMPLETED for m in e.members}


async def _read(desk, fn, *args, **kw):
    async def body(session):
        async with session.begin():
            return await fn(session, *args, **kw)
    return await desk.read(body)


async def _day_of_every_kind(o):
    """The fixed data set of docs/statistics.md ("A worked example")."""
    lead, clock, sp = o.lead, o.clock, o.sp
    clock.set(at(7, 0))
    appts = {k: await lead.book(service_point_id=sp["BI"], scheduled_at=at(h, 0),
                                applicants=[person(k)])
             for k, h in (("a", 9), ("b", 9), ("c", 10), ("d", 10), ("e", 11), ("f", 9))}
    einb = await lead.book(service_point_id=sp["EINB"], scheduled_at=at(9, 0),
                           applicants=[person("g")])
    clock.set(at(9, 0))
    for k in ("a", "b", "f"):
        await lead.check_in(appts[k].id)
    await lead.act(appts["e"].id, Action.CANCEL)
    # f: called three times, never answers -> MISSED; waited 5 minutes for the first call
    for minute in (5, 11, 17):
        clock.set(at(9, minute))
        await lead.call_specific(appts["f"].id)
        await lead.act(appts["f"].id, Action.NOT_ANSWERING)
    # a: called 9:10, served until 9:30; b: called 9:20, served until 9:50
    for k, call, end in (("a", 10, 30), ("b", 20, 50)):
        clock.set(at(9, call))
        await lead.call_specific(appts[k].id)
        e = await lead.act(appts[k].id, Action.APPEAR)
        clock.set(at(9, end))
        await lead.act(e.id, Action.FINISH, outcomes=_done(e))
    # walk-ins at 10:00: one served (called 10:30, until 10:40), one leaves at 10:10
    clock.set(at(10, 0))
    w1 = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[person("w1")])
    w2 = await lead.register_walk_in(service_point_id=sp["BI"], applicants=[person("w2")])
    clock.set(at(10, 10))
    await lead.act(w2.id, Action.LEAVE)
    clock.set(at(10, 30))
    await lead.call_specific(w1.id)
    e = await lead.act(w1.id, Action.APPEAR)
    clock.set(at(10, 40))
    await lead.act(e.id, Action.FINISH, outcomes=_done(e))
    # c and d no-show at 11:00; d is let in at 11:05, called 11:15, forwarded to EU at
    # 11:20, called there 11:30 and served until 11:40
    clock.set(at(11, 0))
    await lead.act(appts["c"].id, Action.MARK_NO_SHOW)
    await lead.act(appts["d"].id, Action.MARK_NO_SHOW)
    await lead.act(einb.id, Action.MARK_NO_SHOW)
    clock.set(at(11, 5))
    await lead.act(appts["d"].id, Action.LATE_ARRIVAL, reason="Bus verspätet")
    clock.set(at(11, 15))
    await lead.call_specific(appts["d"].id)
    await lead.act(appts["d"].id, Action.APPEAR)
    clock.set(at(11, 20))
    await lead.act(appts["d"].id, Action.FORWARD, target_service_point_id=sp["EU"])
    clock.set(at(11, 30))
    await o.eu.call_next(service_point_id=sp["EU"])
    e = await o.eu.act(appts["d"].id, Action.APPEAR)
    clock.set(at(11, 40))
    await o.eu.act(e.id, Action.FINISH, outcomes=_done(e))
    return appts


AMT = Layout(name="Amt", title="Terminangebot", exclude=("EINB",), blocks=(
    Block("Allgemein", exclude=("EINB",)),
    Block("DLZ International", include=("BI",), hidden=("appeared",)),
))


async def test_every_figure_of_a_hand_computed_day(db):
    o = await office(db)
    await _day_of_every_kind(o)
    report = await _read(o.lead, stats.statistics_report, Period.week(2026, 48), trend_weeks=3)
    bi = {b.name: b.figures for b in report.service_points}["DLZ Bürgerdienste International"]
    assert bi.counts() == dict(
        appointments=5, appeared=6, appeared_appointments=4, no_show=1, late_admitted=1,
        cancelled=1, missed=1, left=1, walk_ins=2, open=0, forwarded=1, served=4, calls=4,
        documents_ordered=0, documents_handed_out=0)
    assert bi.no_show_rate == Decimal("20.0") and bi.office_rate == Decimal("20")
    assert bi.calls_per_served == Decimal("1.0")
    # waits 5, 10, 10, 20, 30 min; services 10, 10, 20, 30 min (percentile_cont)
    assert bi.wait_median == pytest.approx(10) and bi.wait_p90 == pytest.approx(26)
    assert bi.service_median == pytest.approx(15) and bi.service_p90 == pytest.approx(27)
    # the forwarded entry counts once, at BI, not again at EU
    eu = {b.name: b.figures for b in report.service_points}["EU-Angelegenheiten"]
    assert eu.counts() == {k: 0 for k in eu.counts()} and eu.no_show_rate is None
    assert eu.wait_median is None
    einb = {b.name: b.figures for b in report.service_points}[
        "Einbürgerung und Staatsangehörigkeit"]
    assert (einb.appointments, einb.no_show, einb.office_rate) == (1, 1, Decimal("100"))
    t = report.total
    assert (t.appointments, t.appeared, t.no_show) == (6, 6, 2)
    assert t.no_show_rate == Decimal("33.3")
    # one block over all, the days (Wednesday only) and the hours of arrival
    assert [b.name for b in report.blocks] == ["Gesamt"]
    assert [d for d, _t in report.days] == [DAY]
    hours = dict(report.hours)
    assert hours[9].appeared == 3 and hours[9].wait_median == pytest.approx(10)
    assert hours[10].walk_ins == 2 and hours[11].appeared == 1
    assert [p.key() for p, _t in report.trend] == ["2026-W46", "2026-W47", "2026-W48"]
    assert report.trend[0][1].appointments == 0 and report.trend[2][1].appointments == 6


async def test_a_layout_groups_and_leaves_out_service_points(db):
    o = await office(db)
    await _day_of_every_kind(o)
    report = await _read(o.lead, stats.statistics_report, Period.day(DAY), AMT)
    allg, dlz = report.blocks
    assert (allg.name, allg.figures.appointments, allg.figures.appeared,
            allg.figures.no_show, allg.figures.office_rate) == ("Allgemein", 5, 6, 1, 20)
    assert dlz.hidden == ("appeared",) and dlz.codes == ("BI",)
    assert "Einbürgerung und Staatsangehörigkeit" not in [b.name for b in report.service_points]
    assert report.total.appointments == 5
    assert report.heading() == (
        "Terminangebot 25.11.2026, ohne Einbürgerung und Staatsangehörigkeit")
    only = await _read(o.lead, stats.statistics_report, Period.day(DAY),
                       stats.DEFAULT_LAYOUT.restricted(only=("EINB",)))
    assert [b.name for b in only.service_points] == ["Einbürgerung und Staatsangehörigkeit"]
    assert only.total.appointments == 1
    with pytest.raises(errors.ValidationFailed, match="Unbekannte Dienststelle im Bericht: XX"):
        await _read(o.lead, stats.statistics_report, Period.day(DAY),
                    stats.DEFAULT_LAYOUT.restricted(exclude=("XX",)))


async def test_layouts_are_saved_and_shared(db):
    o = await office(db)
    facade = StatisticsFacade(o.lead)
    await facade.save_layout(AMT)
    again = await StatisticsFacade(o.admin).layouts()
    assert again == [AMT]
    changed = Layout(name="Amt", blocks=(Block("Nur BI", include=("BI",)),))
    await facade.save_layout(changed)
    assert [b.name for b in (await facade.layouts())[0].blocks] == ["Nur BI"]
    with pytest.raises(errors.PermissionDenied):
        await StatisticsFacade(o.clerk).save_layout(AMT)
    with pytest.raises(errors.ValidationFailed, match="Unbekannte Dienststelle"):
        await facade.save_layout(Layout(name="x", blocks=(Block("b", include=("NOPE",)),)))
    with pytest.raises(errors.ValidationFailed, match="gibt es nicht"):
        await facade.report(Period.day(DAY), "Unbekannt")
    assert await facade.delete_layout("Amt") and await facade.layouts() == []


async def test_compare_with_the_previous_period_and_empty_periods(db):
    o = await office(db)
    await _day_of_every_kind(o)
    facade = StatisticsFacade(o.lead)
    report = await facade.report(Period.week(2026, 49), compare=True, trend_weeks=2)
    # nothing in the week: zero everywhere, no rate, no times, no division by zero
    assert report.total.appointments == 0 and report.total.no_show_rate is None
    assert report.total.wait_median is None and report.total.calls_per_served is None
    assert report.previous.period == Period.week(2026, 48)
    assert report.previous.total.appointments == 6
    assert [t.appointments for _p, t in report.trend] == [6, 0]
    month = await facade.report(Period.month(2026, 11), compare=True)
    assert month.total.appointments == 6 and month.previous.period == Period.month(2026, 10)


async def test_iso_week_53_across_a_month_and_a_year(db):
    o = await office(db)
    lead, sp = o.lead, o.sp
    thursday, saturday = dt.date(2026, 12, 31), dt.date(2027, 1, 2)
    for day in (thursday, saturday):
        o.clock.set(at(7, 0, day))
        e = await lead.book(service_point_id=sp["BI"], scheduled_at=at(9, 0, day),
                            applicants=[person("Silvester")])
        o.clock.set(at(9, 30, day))
        await lead.act(e.id, Action.MARK_NO_SHOW)
    week = Period.week(2026, 53)
    assert (week.first, week.last) == (dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    report = await _read(lead, stats.statistics_report, week, trend_weeks=2)
    assert (report.total.appointments, report.total.no_show) == (2, 2)
    assert report.shown_days == (dt.date(2026, 12, 28), saturday)   # the Saturday was busy
    assert [p.key() for p, _t in report.trend] == ["2026-W52", "2026-W53"]
    assert report.trend[1][1].appointments == 2
    december = await _read(lead, stats.statistics_report, Period.month(2026, 12))
    january = await _read(lead, stats.statistics_report, Period.parse_week("2027-W01"))
    assert december.total.appointments == 1 and january.total.appointments == 0
    with pytest.raises(errors.ValidationFailed, match="Kalenderwoche 53 gibt es im Jahr 2027"):
        Period.parse_week("2027-W53")


async def test_documents_ordered_and_handed_out(db):
    from desk_app.models import DocumentOrder
    o = await office(db)
    e = await o.lead.book(service_point_id=o.sp["BI"], scheduled_at=at(9, 0),
                          applicants=[person("Doc")])
    applicant_id = e.members[0].applicant_id
    async with db.write_session() as s:
        async with s.begin():
            for n, (ordered, handed) in enumerate(((at(9, 0), None),
                                                   (at(9, 0), at(10, 0)),
                                                   (at(9, 0) - dt.timedelta(days=30), at(11, 0)))):
                s.add(DocumentOrder(reference=f"9000000{n}", doc_type="EAT", state="ORDERED",
                                    applicant_id=applicant_id, collect_service_point_id=o.sp["BI"],
                                    ordered_at=ordered, handed_out_at=handed, version=1))
    report = await _read(o.lead, stats.statistics_report, Period.day(DAY))
    bi = report.service_points[0].figures
    assert (bi.documents_ordered, bi.documents_handed_out) == (2, 2)
