"""The office's own table for KW 34/2021, reproduced exactly through the services:

| | Allgemein | DLZ International |
| Termine | 1958 | 944 |
| Erschienen | 1795 | — |
| Nicht erschienen | 234 | 123 |
| Ausfallquote | 12 % | 13 % |

"Terminangebot KW 34 (23.08. – 27.08.), ohne Einbürgerung". The week is booked through
the import, checked in, marked no-show and walked in through the real services:
Allgemein is every service point but Einbürgerung (DLZ International = BI inside it);
1,724 appointments appeared plus 71 walk-ins = 1,795 (> 1,958 − 234). Einbürgerung's
own appointments and cancelled bookings must not count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.states import Action
from desk_app.domain.statistics import Block, Layout, Period
from desk_app.printing.statistics_export import to_csv
from desk_app.printing.weekly_statistics import cell_text
from desk_app.services.booking_import import import_bookings
from desk_app.services.statistics_facade import StatisticsFacade
from tests.services.helpers import office
from tests.support import at

WEEK = [dt.date(2021, 8, 23) + dt.timedelta(days=i) for i in range(5)]
HEADER = ("Buchungsnummer;Datum;Uhrzeit;Dienststelle;Dienstleistung;Familienname;Vorname;"
          "Geburtsdatum;Staatsangehörigkeit;Aktenzeichen;E-Mail;Telefon;Sprache\n")
#: (code, appointments, no-shows) per service point of the week
PLAN = (("BI", 944, 123), ("EU", 400, 41), ("VISA", 350, 40), ("HUM", 264, 30),
        ("EINB", 40, 6))
CANCELLED_BI = 5
WALK_INS_EU = 71

AMT = Layout(name="Terminangebot", title="Terminangebot", exclude=("EINB",), blocks=(
    Block("Allgemein", exclude=("EINB",)),
    Block("DLZ International", include=("BI",), hidden=("appeared",)),
))


def _bookings() -> tuple[bytes, dict[str, list[str]]]:
    """The week's bookings as the import's CSV; which references end as no-show."""
    lines, no_show, cancel = [HEADER], [], []
    n = 0
    for code, count, absent in PLAN:
        extra = CANCELLED_BI if code == "BI" else 0
        for i in range(count + extra):
            day = WEEK[i % 5]
            minute = 7 * 60 + 30 + (i // 5) % 270   # within every weekday's opening hours
            ref = f"K{n:05d}"
            n += 1
            lines.append(f"{ref};{day:%d.%m.%Y};{minute // 60:02d}:{minute % 60:02d};"
                         f"{code};;Person{n};Test;;;;;;\n")
            if i < absent:
                no_show.append(ref)
            elif i >= count:
                cancel.append(ref)
    return "".join(lines).encode(), {"no_show": no_show, "cancel": cancel}


async def _build_week(o) -> None:
    data, fate = _bookings()
    o.clock.set(at(7, 0, dt.date(2021, 8, 20)))
    result = await o.lead.write(import_bookings, o.lead.ctx, data)
    assert result.imported == sum(c for _s, c, _n in PLAN) + CANCELLED_BI
    absent, cancel = set(fate["no_show"]), set(fate["cancel"])
    for day in WEEK:
        o.clock.set(at(7, 30, day))
        entries = await o.lead.day_queue(day)
        for e in entries:
            if e.booking_reference in cancel:
                await o.lead.act(e.id, Action.CANCEL)
            elif e.booking_reference not in absent:
                await o.lead.check_in(e.id)
        if day == WEEK[2]:
            for _ in range(WALK_INS_EU):
                await o.lead.register_walk_in(service_point_id=o.sp["EU"],
                                              applicants=[_walk_in()])
        o.clock.set(at(18, 0, day))
        await o.lead.mark_overdue_no_shows()


def _walk_in():
    from tests.support import person
    return person("Vorsprache")


async def test_kw34_reproduces_the_office_table(db):
    o = await office(db)
    await _build_week(o)
    facade = StatisticsFacade(o.lead)
    await facade.save_layout(AMT)
    report = await facade.report(Period.parse_week("2021-W34"), "Terminangebot")
    table = {b.name: [("—" if attr in b.hidden else cell_text(b.figures, attr))
                      for attr in ("appointments", "appeared", "no_show", "office_rate")]
             for b in report.blocks}
    assert table == {"Allgemein": ["1.958", "1.795", "234", "12 %"],
                     "DLZ International": ["944", "—", "123", "13 %"]}
    allg = report.blocks[0].figures
    assert (allg.appointments, allg.appeared, allg.no_show) == (1958, 1795, 234)
    assert allg.appeared > allg.appointments - allg.no_show      # walk-ins count
    assert allg.cancelled == CANCELLED_BI
    assert report.heading() == ("Terminangebot KW 34 (23.08. – 27.08.2021), "
                                "ohne Einbürgerung und Staatsangehörigkeit")
    text = to_csv(report).decode("utf-8-sig")
    assert "Amt;Allgemein;23.08.2021;29.08.2021;1958;1795;234;12,0;12;" in text
    assert "Amt;DLZ International;23.08.2021;29.08.2021;944;;123;13,0;13;" in text
