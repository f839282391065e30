"""`capacity`: the appointment book's capacity, offer, allowance and closing days
(issue 15)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from desk_app.domain.clock import business_day, to_local, utcnow

from desk_app.domain.capacity import WEEKDAYS_DE

from .common import DATABASE_HELP, as_staff, command, parse_day, parse_week


def add_commands(sub, dbsub) -> None:
    cap = sub.add_parser("capacity", help="das Terminbuch: Kapazität, Angebot, Schließtage")
    csub = cap.add_subparsers(dest="capacity_command", required=True)
    load = csub.add_parser("load", help="die Kapazität (Öffnungszeiten, Überbuchung, Sperrzeiten) aus TOML laden")
    load.add_argument("file", type=Path, help="TOML-Datei mit der Kapazität")
    exp = csub.add_parser("export", help="die geltende Kapazität als TOML ausgeben")
    offer = csub.add_parser("offer", help='das Terminangebot der Woche je Dienststelle ("Terminangebot KW 34")')
    offer.add_argument("--week", type=parse_week, metavar="JJJJ-Www",
                       help="ISO-Kalenderwoche, z. B. 2026-W49 (Standard: nächste Woche)")
    allow = csub.add_parser("allowance", help="Ausfallquote, empfohlene Überbuchung und ihre Wirkung")
    allow.add_argument("--weeks", type=int, default=6,
                       help="so viele Wochen zurück messen (Standard: 6)")
    allow.add_argument("--set", type=int, metavar="PROZENT", help="die Überbuchung in Prozent einstellen")
    close = csub.add_parser("close-day", help="eine Dienststelle oder ein Schalter schließt: die Termine verlegen")
    close.add_argument("--date", type=parse_day, required=True, help="JJJJ-MM-TT")
    close.add_argument("--reason", required=True, help="Grund der Schließung")
    close.add_argument("--counter", help="Name des Schalters (Standard: die ganze Dienststelle)")
    csub.add_parser("pickups", help="eingetroffene Dokumente, die noch einen Abholtermin brauchen")
    for p in (load, exp, offer, allow, close):
        p.add_argument("--service-point", metavar="KÜRZEL", help="Kürzel der Dienststelle, z. B. BI")
    for p in csub.choices.values():
        p.add_argument("--database", help=DATABASE_HELP)
        p.add_argument("--login", default="admin", help="Anmeldename, unter dem der Befehl läuft (Standard: admin)")
    command(cap, _capacity)


async def _capacity(args, settings) -> int:
    from desk_app.services.appointment_book import AppointmentBook

    conn, desk = await as_staff(args, settings)
    book = AppointmentBook(desk, federal_state=settings.federal_state)
    try:
        sps = [sp for sp in await desk.service_points() if not sp.is_reception]
        code = getattr(args, "service_point", None)
        chosen = [sp for sp in sps if code is None or sp.code == code.upper()]
        if code and not chosen:
            print(f"desk-app: Dienststelle {code} unbekannt", file=sys.stderr)
            return 2
        command = args.capacity_command
        if command == "load":
            result = await book.load_capacity(args.file.read_text(encoding="utf-8"))
            print(f"{result['hours']} Öffnungszeiten-Regeln und {result['blocked']} "
                  "Sperrzeiten geladen.")
        elif command == "export":
            print(await book.export_capacity())
        elif command == "offer":
            if args.week:
                year, week = args.week
            else:
                year, week, _ = (business_day(utcnow()) + dt.timedelta(weeks=1)).isocalendar()
            for sp in chosen:
                o = await book.offer(service_point_id=sp.id, year=year, week=week)
                print(f"{o.title} · {sp.name}: {o.offered} Plätze angeboten, {o.booked} gebucht "
                      f"({o.booked_percent} %)")
                for d in o.days:
                    if d.offered or d.holiday:
                        extra = f"  ({d.holiday})" if d.holiday else ""
                        print(f"   {WEEKDAYS_DE[d.day.weekday()]} {d.day:%d.%m.}  {d.booked:>4} / {d.offered:<4}{extra}")
        elif command == "allowance":
            for sp in chosen:
                if args.set is not None:
                    await book.set_allowance(service_point_id=sp.id, percent=args.set)
                r = await book.allowance(service_point_id=sp.id, weeks=args.weeks)
                rate = "–" if r.rate is None else f"{r.rate * 100:.1f} %".replace(".", ",")
                print(f"{sp.code}: Überbuchung {r.percent} % · Ausfallquote der letzten "
                      f"{r.weeks} Wochen {rate} · empfohlen {r.suggested} %")
                for label, e in (("eingestellt", r.current), ("empfohlen", r.with_suggested)):
                    print(f"   mit {e.percent:>2} % ({label}): {e.extra_bookings} Plätze mehr, "
                          f"{e.turned_away:g} abgewiesen, {e.left_empty:g} leer "
                          f"(ohne: {e.left_empty_without} leer)")
        elif command == "close-day":
            if len(chosen) != 1:
                print("desk-app: --service-point angeben", file=sys.stderr)
                return 2
            sp = chosen[0]
            counter_id = None
            if args.counter:
                counter_id = next((c.id for c in sp.counters if c.name == args.counter), None)
                if counter_id is None:
                    print(f"desk-app: Schalter {args.counter} unbekannt", file=sys.stderr)
                    return 2
            result = await book.move_day(service_point_id=sp.id, day=args.date,
                                         reason=args.reason, counter_id=counter_id)
            print(f"{len(result.moved)} Termine verlegt, {len(result.not_moved)} ohne freien "
                  "Termin. Zu benachrichtigen:")
            for p in (*result.moved, *result.not_moved):
                new = to_local(p.new_at).strftime("%d.%m.%Y %H:%M") if p.new_at else "NEU BUCHEN"
                contact = p.email or p.phone or "keine Kontaktdaten"
                print(f"   {p.booking_reference}  {p.names}  {to_local(p.old_at):%d.%m. %H:%M} "
                      f"-> {new}  [{p.language or 'de'}] {contact}")
        elif command == "pickups":
            for n in await book.pickup_needs():
                print(f"   {n.reference}  {n.doc_type:<10} {n.family_name}, {n.given_name}")
        return 0
    finally:
        await conn.db.dispose()
