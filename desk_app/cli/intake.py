"""`import` (booked appointments from the booking system's export) and `no-shows`
(issue 17)."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import DATABASE_HELP, as_staff, command


def add_commands(sub, dbsub) -> None:
    _import_parser(sub)
    _no_shows_parser(sub)


def _import_parser(sub) -> None:
    imp = sub.add_parser("import", help="gebuchte Termine importieren (Export als CSV oder .ics)")
    imp.add_argument("file", type=Path, help="die Exportdatei des Buchungssystems (CSV oder .ics)")
    imp.add_argument("--mapping", type=Path, metavar="DATEI",
                     help="TOML-Zuordnung der Spalten und Werte des Exports (Standard: die "
                          "üblichen deutschen und englischen Spaltennamen)")
    imp.add_argument("--dry-run", action="store_true",
                     help="nur prüfen und zeigen, was geschähe; nichts speichern")
    imp.add_argument("--strict", action="store_true",
                     help="alles oder nichts: bei einer fehlerhaften Zeile nichts importieren")
    imp.add_argument("--reject", type=Path, metavar="DATEI",
                     help="wohin die fehlerhaften Zeilen kommen (Standard: "
                          "DATEI.abgelehnt.csv daneben)")
    imp.add_argument("--database", help=DATABASE_HELP)
    imp.add_argument("--login", default="admin",
                     help="Anmeldename, unter dem der Import läuft (Standard: admin)")
    command(imp, _import)


def _no_shows_parser(sub) -> None:
    ns = sub.add_parser("no-shows", help="Termine nach Ablauf der Kulanzzeit als nicht "
                                         "erschienen markieren (für einen geplanten Auftrag; "
                                         "jederzeit und überall gefahrlos)")
    ns.add_argument("--database", help=DATABASE_HELP)
    ns.add_argument("--login", default="admin",
                    help="Anmeldename, unter dem der Auftrag läuft (Standard: admin)")
    command(ns, _no_shows)


async def _import(args, settings) -> int:
    """Exit 0: everything imported; 1: invalid lines (written to the reject file; with
    --strict nothing imported); 2: the file or the mapping cannot be read at all."""
    from desk_app.services.booking_import import import_bookings

    try:
        data = args.file.read_bytes()
        mapping = args.mapping.read_text(encoding="utf-8") if args.mapping else None
    except (OSError, UnicodeDecodeError) as exc:
        print(f"desk-app: Datei nicht lesbar: {getattr(exc, 'filename', None) or args.mapping} "
              f"({getattr(exc, 'strerror', None) or exc})", file=sys.stderr)
        return 2
    conn, desk = await as_staff(args, settings)
    try:
        run = desk.read if args.dry_run else desk.write
        report = await run(import_bookings, desk.ctx, data, filename=args.file.name,
                           mapping=mapping, strict=args.strict, dry_run=args.dry_run,
                           federal_state=desk.federal_state)
    finally:
        await conn.db.dispose()
    print_import_report(report)
    if report.rejected and not args.dry_run:
        from desk_app.services.booking_import.files import reject_path, write_atomically

        target = args.reject or reject_path(args.file)
        write_atomically(target, report.reject_file())
        print(f"Abgelehnte Zeilen mit Gründen: {target}")
    return 1 if report.rejected else 0


def print_import_report(report) -> None:
    if report.dry_run:
        print("Probelauf: nichts wurde gespeichert.")
    elif not report.committed:
        print("--strict: nichts wurde importiert, weil Zeilen fehlerhaft sind.")
    print(("Würde: " if not report.committed else "Buchungen importiert: ") + report.summary()
          + f"; {report.people} Personen in neuen Terminen.")
    for r in report.rejected:
        print(f"  Zeile {r.line}: {' '.join(r.reasons)}")
    for n in report.not_updated:
        print(f"  Zeile {n.line}: Buchung {n.reference} ist geändert, aber schon im Status "
              f"{n.state}: nicht aktualisiert.")
    if report.missing:
        print(f"{len(report.missing)} gespeicherte Buchungen fehlen in der Datei "
              f"(nicht gelöscht):")
        for m in report.missing:
            print(f"  {m.reference} {m.business_day:%d.%m.%Y} {m.time} {m.service_point} ({m.state})")
    for w in report.warnings:
        print(f"  Hinweis: {w}")


async def _no_shows(args, settings) -> int:
    from desk_app.services.no_shows import mark_overdue_no_shows

    conn, desk = await as_staff(args, settings)
    try:
        marked = await desk.write(mark_overdue_no_shows, desk.ctx)
    finally:
        await conn.db.dispose()
    print(f"{len(marked)} Termine als nicht erschienen markiert.")
    return 0
