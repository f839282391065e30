"""`report` and `report-layout`: the statistics in the office's format (issue 16)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from desk_app.domain.clock import business_day, utcnow

from .common import DATABASE_HELP, as_staff, command, database_url


def add_commands(sub, dbsub) -> None:
    """`report` and `report-layout` (issue 16)."""
    login_help = "Anmeldename, unter dem der Befehl läuft (Standard: admin)"
    rep = sub.add_parser("report", help="Statistik im Format des Amts (Termine, "
                         "Erschienen, Nicht erschienen, Ausfallquote, Wartezeiten)")
    when = rep.add_mutually_exclusive_group()
    when.add_argument("--week", help="ISO-Kalenderwoche, z. B. 2021-W34 (Standard: diese Woche)")
    when.add_argument("--month", help="Monat, z. B. 2021-08")
    when.add_argument("--day", help="ein Tag, JJJJ-MM-TT")
    when.add_argument("--from", dest="date_from", help="erster Tag eines Zeitraums, JJJJ-MM-TT")
    rep.add_argument("--to", dest="date_to", help="letzter Tag des Zeitraums (mit --from)")
    rep.add_argument("--layout", help="ein gespeichertes Layout (desk-app report-layout list)")
    rep.add_argument("--service-point", action="append", default=[], metavar="KÜRZEL",
                     help="nur diese Dienststellen (wiederholbar oder KÜRZEL,KÜRZEL)")
    rep.add_argument("--exclude", action="append", default=[], metavar="KÜRZEL",
                     help="diese Dienststellen auslassen (wiederholbar oder KÜRZEL,KÜRZEL)")
    rep.add_argument("--format", choices=["pdf", "csv", "xlsx"],
                     help="den Bericht als Datei schreiben")
    rep.add_argument("--out", type=Path, metavar="DATEI", help="die Datei zu --format")
    rep.add_argument("--pdf", type=Path, metavar="DATEI", help="wie --format pdf --out DATEI")
    rep.add_argument("--trend", type=int, default=12, help="Wochen im Verlauf (Standard 12)")
    rep.add_argument("--database", help=DATABASE_HELP)

    command(rep, _report)

    lay = sub.add_parser("report-layout",
                         help="gespeicherte Statistik-Layouts (Blöcke von Dienststellen)")
    laysub = lay.add_subparsers(dest="layout_command", required=True)
    ls = laysub.add_parser("list", help="die gespeicherten Layouts")
    ls.add_argument("--database", help=DATABASE_HELP)
    sv = laysub.add_parser("save", help="ein Layout anlegen oder ersetzen")
    sv.add_argument("name", help="Name des Layouts")
    sv.add_argument("--block", action="append", required=True, metavar="NAME=SPEC",
                    help='ein Block: "Allgemein=-EINB" (alle außer), '
                         '"DLZ International=BI,!appeared" (nur BI; Erschienen als —)')
    sv.add_argument("--exclude", action="append", default=[], metavar="KÜRZEL",
                    help="Dienststellen aus dem ganzen Bericht auslassen (Titel: ohne …)")
    sv.add_argument("--title", default="", help='z. B. "Terminangebot"')
    sv.add_argument("--database", help=DATABASE_HELP)
    sv.add_argument("--login", default="admin", help=login_help)
    rm = laysub.add_parser("delete", help="ein Layout löschen")
    rm.add_argument("name", help="Name des Layouts")
    rm.add_argument("--database", help=DATABASE_HELP)
    rm.add_argument("--login", default="admin", help=login_help)
    command(lay, _report_layout)


def _codes(values: list[str]) -> tuple[str, ...]:
    return tuple(c.strip() for v in values for c in v.split(",") if c.strip())


def _report_period(args):
    from desk_app.domain.errors import ValidationFailed
    from desk_app.domain.statistics import Period

    def day(text: str):
        try:
            return dt.date.fromisoformat(text)
        except (TypeError, ValueError):
            raise ValidationFailed(message="Datum als JJJJ-MM-TT angeben, z. B. 2021-08-23.") from None

    if args.date_to and not args.date_from:
        raise ValidationFailed(message="--to nur zusammen mit --from angeben.")
    if args.week:
        return Period.parse_week(args.week)
    if args.month:
        return Period.parse_month(args.month)
    if args.day:
        return Period.day(day(args.day))
    if args.date_from:
        return Period(day(args.date_from), day(args.date_to or args.date_from))
    return Period.week_of(business_day(utcnow()))


async def _report(args, settings) -> int:
    from desk_app.printing.statistics_export import export
    from desk_app.printing.weekly_statistics import cell_text
    from desk_app.services import statistics as stats
    from desk_app.services.connect import connect

    fmt, out = args.format, args.out
    if args.pdf:
        fmt, out = fmt or "pdf", out or args.pdf
    if fmt and not out:
        print("desk-app: --format braucht --out DATEI", file=sys.stderr)
        return 2
    if out and not fmt:
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("pdf", "csv", "xlsx"):
            print("desk-app: Format angeben: --format pdf|csv|xlsx", file=sys.stderr)
            return 2
    period = _report_period(args)
    # statistics read from the replica when the settings name one (report_database_url)
    url, embedded = database_url(args, settings, report=True)
    conn = await connect(url, embedded=embedded)
    try:
        async with conn.db.read() as session:
            layout = await stats.get_layout(session, args.layout)
            layout = layout.restricted(only=_codes(args.service_point),
                                       exclude=_codes(args.exclude))
            report = await stats.statistics_report(session, period, layout,
                                                   trend_weeks=args.trend if fmt else 0)
    finally:
        await conn.db.dispose()
    print(report.heading())
    names = [b.name for b in report.blocks]
    print(f"{'':18}" + "".join(f"{n[:24]:>26}" for n in names))
    for label, attr in (("Termine", "appointments"), ("Erschienen", "appeared"),
                        ("Nicht erschienen", "no_show"), ("Ausfallquote", "office_rate")):
        cells = ["—" if attr in b.hidden or (attr == "office_rate" and "rate" in b.hidden)
                 else cell_text(b.figures, attr) for b in report.blocks]
        print(f"{label:18}" + "".join(f"{c:>26}" for c in cells))
    t = report.total
    print(f"Wartezeit Median {cell_text(t, 'wait_median')} min, 90 % {cell_text(t, 'wait_p90')} min · "
          f"Bearbeitung Median {cell_text(t, 'service_median')} min · "
          f"Vorsprachen ohne Termin: {t.walk_ins} · Aufruf verpasst: {t.missed} · "
          f"storniert: {t.cancelled} · noch offen: {t.open}")
    if fmt:
        data = export(report, fmt, office_name=settings.office_name, created_at=utcnow())
        try:
            from desk_app.private_files import write_private

            write_private(out, data)
        except OSError as exc:
            print(f"desk-app: Datei nicht geschrieben: {out} ({exc.strerror})", file=sys.stderr)
            return 2
        print(f"{fmt.upper()} gespeichert: {out}")
    return 0


async def _report_layout(args, settings) -> int:
    from desk_app.domain.statistics import Layout, parse_block
    from desk_app.services import statistics as stats
    from desk_app.services.connect import connect

    if args.layout_command == "list":
        url, embedded = database_url(args, settings)
        conn = await connect(url, embedded=embedded)
        try:
            async with conn.db.read() as session:
                layouts = await stats.list_layouts(session)
        finally:
            await conn.db.dispose()
        for layout in layouts:
            blocks = "; ".join(f"{b.name} = {b.describe()}" for b in layout.blocks)
            without = f" (ohne {', '.join(layout.exclude)})" if layout.exclude else ""
            print(f"{layout.name}{without}: {blocks}")
        if not layouts:
            print("Keine Layouts gespeichert.")
        return 0
    conn, desk = await as_staff(args, settings)
    try:
        if args.layout_command == "save":
            layout = Layout(name=args.name, title=args.title, exclude=_codes(args.exclude),
                            blocks=tuple(parse_block(b) for b in args.block))
            await desk.write(stats.save_layout, desk.ctx, layout)
            print(f"Layout gespeichert: {args.name}")
        else:
            if not await desk.write(stats.delete_layout, desk.ctx, args.name):
                print(f"desk-app: Layout „{args.name}“ gibt es nicht.", file=sys.stderr)
                return 2
            print(f"Layout gelöscht: {args.name}")
    finally:
        await conn.db.dispose()
    return 0
