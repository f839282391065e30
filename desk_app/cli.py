"""Headless commands: db upgrade, seed-demo, queue, and the app itself (run, demo)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
from pathlib import Path

from desk_app.domain.clock import business_day, to_local, utcnow
from desk_app import mail_cli
from desk_app.settings import config_file, data_dir, load_settings


def _date(text: str) -> dt.date:
    """A day as JJJJ-MM-TT, with a German error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ungültiges Datum: {text!r} (erwartet JJJJ-MM-TT, z. B. 2026-11-27)") from None


# argparse's own words, in German like the window (Python's argparse asks gettext for them)
_ARGPARSE_DE = {
    "usage: ": "Aufruf: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ungültige Auswahl: %(value)r (möglich: %(choices)s)",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "expected one argument": "hier fehlt ein Wert",
    "ambiguous option: %(option)s could match %(matches)s":
        "mehrdeutige Option: %(option)s passt zu %(matches)s",
}


def _german_argparse() -> None:
    english = getattr(argparse, "_english_gettext", argparse._)
    argparse._english_gettext = english
    argparse._ = lambda text: _ARGPARSE_DE.get(text, english(text))


DATABASE_HELP = ("Datenbank-URL, z. B. postgresql://user@host/desk oder sqlite:///datei "
                 "(Standard: DESK_DATABASE_URL, die Einstellungen, sonst die eingebettete "
                 "Datei oder, wenn es nur sie gibt, die Demo-Datenbank)")


def _parser() -> argparse.ArgumentParser:
    _german_argparse()
    p = argparse.ArgumentParser(prog="desk-app", description="Schalteranwendung der Ausländerbehörde")
    p.add_argument("--version", action="version", version=_version_line(),
                   help="die Version des Programms")
    sub = p.add_subparsers(dest="command")
    db = sub.add_parser("db", help="Datenbankschema")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    up = dbsub.add_parser("upgrade", help="die Datenbank auf den aktuellen Stand bringen")
    up.add_argument("--database", help=DATABASE_HELP)
    st = dbsub.add_parser("status", help="den Stand des Schemas zeigen")
    st.add_argument("--database", help=DATABASE_HELP)
    _add_db_role_commands(dbsub)
    _add_config_commands(sub)
    _add_password_command(sub)

    seed = sub.add_parser("seed-demo", help="Stammdaten und ein wirklichkeitsnaher Demo-Tag")
    seed.add_argument("--date", type=_date, help="JJJJ-MM-TT (Standard: heute, am Wochenende "
                                                     "der letzte Werktag)")
    seed.add_argument("--database", help=DATABASE_HELP)
    seed.add_argument("--size", type=int, default=400,
                      help="ungefähre Zahl der Vorgänge des Tages (Standard: 400)")

    q = sub.add_parser("queue", help="die Warteschlange eines Tages ausgeben")
    q.add_argument("--date", type=_date, help="JJJJ-MM-TT (Standard: heute; auf der Demo "
                                                "deren Tag)")
    q.add_argument("--service-point", help="Kürzel der Dienststelle, z. B. BI")
    q.add_argument("--database", help=DATABASE_HELP)

    _import_parser(sub)
    _no_shows_parser(sub)
    mail_cli.add_parser(sub)

    _report_parsers(sub)

    pur = sub.add_parser("purge", help="personenbezogene Daten nach der Aufbewahrungsfrist "
                                         "anonymisieren")
    pur.add_argument("--days", type=int, required=True, help="Aufbewahrungsfrist in Tagen")
    pur.add_argument("--database", help=DATABASE_HELP)
    pur.add_argument("--login", default="admin",
                     help="Anmeldename, unter dem die Löschung läuft (Standard: admin)")
    pur.add_argument("--receipt-days", type=int, default=None,
                     help="Aufbewahrungsfrist der Quittungen in Tagen (Standard: Einstellung "
                          "receipt_retention_days); ältere Quittungen verlieren den Namen "
                          "des Zahlenden")

    run = sub.add_parser("run", help="das Programm starten")
    run.add_argument("--database", help=DATABASE_HELP)
    demo = sub.add_parser("demo", help="das Programm auf einem Demo-Tag starten (eingebettete "
                                          "SQLite-Datei)")
    demo.add_argument("--database", help="Datenbank-URL für die Demo (Standard: demo.sqlite3 "
                                         "im Datenverzeichnis)")
    demo.add_argument("--fresh", action="store_true", help="mit einer neuen Demo-Datenbank beginnen")
    for p_ in (run, demo):
        p_.add_argument("--quit-after", type=float, metavar="S", help=argparse.SUPPRESS)
    _add_deployment_commands(sub)

    shot = sub.add_parser("screenshot", help="das Fenster mit Demo-Daten als PNG speichern "
                                               "(ohne Bildschirm)")
    shot.add_argument("--out", required=True, help="die PNG-Datei, die geschrieben wird")
    shot.add_argument("--screen", choices=["counter", "reception", "lead", "statistics", "pickup",
                                           "lead-ops"],
                      default="counter", help="welcher Bildschirm (Standard: counter)")
    shot.add_argument("--database", help="Datenbank-URL (Standard: ein Demo-Tag in einer temporären "
                                              "SQLite-Datei)")
    shot.add_argument("--language", choices=["de", "en"], help="Sprache der Oberfläche (Standard: Einstellungen)")
    shot.add_argument("--font-scale", type=float, default=1.0, help="z. B. 1.5 für 150 %% Schriftgröße")
    shot.add_argument("--width", type=int, default=1500, help="Breite in Pixeln (Standard: 1500)")
    shot.add_argument("--height", type=int, default=900, help="Höhe in Pixeln (Standard: 900)")
    shot.add_argument("--search", help="Text für das Such- bzw. Filterfeld")
    _capacity_parser(sub)
    _add_waiting_room_commands(sub, dbsub)
    return p


def _add_waiting_room_commands(sub, dbsub) -> None:
    """Issue 12: the call display, the kiosk, the notice line and the display's role."""
    disp = sub.add_parser("display", help="the call display (full screen)")
    disp.add_argument("--service-point", action="append", default=[], metavar="CODE",
                      help="show only this service point (repeatable; default: all)")
    disp.add_argument("--screen", type=int, help="screen number (0 = the first)")
    disp.add_argument("--database", help="database URL (on PostgreSQL: the display's role)")
    disp.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    disp.add_argument("--silent", action="store_true", help="no chime, no speech")
    kiosk = sub.add_parser("kiosk", help="the self check-in kiosk (full screen)")
    kiosk.add_argument("--database", help="database URL (default: settings / DESK_DATABASE_URL)")
    kiosk.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    notice = sub.add_parser("notice", help="the notice line of the call displays")
    notice.add_argument("text", nargs="?", default="", help="the notice (empty: clear it)")
    notice.add_argument("--service-point", default="", metavar="CODE",
                        help="only the displays of this service point (default: all)")
    notice.add_argument("--database", help="database URL (default: settings / DESK_DATABASE_URL)")
    notice.add_argument("--login", default="leitung", help="staff login (a shift lead)")
    role = dbsub.add_parser("display-role",
                            help="create a PostgreSQL role that reads only the display's views")
    role.add_argument("name", help="role name, e.g. desk_display")
    role.add_argument("--database", help="database URL of an admin (owner of the tables)")
    role.add_argument("--password", help="password of the login role (default: none)")
    role.add_argument("--group", action="store_true",
                      help="a group role (NOLOGIN) for display login roles to join")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        args = _parser().parse_args(["run", *(argv or [])])
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every command ends with a clear line, not a traceback
        from desk_app.domain.errors import DomainError
        from desk_app.services.database import DatabaseUnavailable
        from desk_app.services.schema import SchemaTooOld

        if isinstance(exc, (DatabaseUnavailable, SchemaTooOld, DomainError, ValueError)):
            print(f"desk-app: {exc}", file=sys.stderr)
            return 2
        raise


def demo_url() -> str:
    from desk_app.services.database_names import DEMO_FILE

    return f"sqlite+aiosqlite:///{data_dir() / DEMO_FILE}"


def _sqlite_path(url: str) -> Path | None:
    return Path(url.split("///", 1)[1]) if url.startswith("sqlite") and "///" in url else None


def _url(args, settings, *, report: bool = False) -> tuple[str, bool]:
    """The database a command works on, named on stderr ("Datenbank: Demo, lokal"), as
    the URL to connect with (the password added from its source, see credentials.py),
    and whether it is the embedded database. ``report``: the reports' replica if set.

    Nothing configured (no --database, DESK_DATABASE_URL or settings) and no embedded
    database made yet, but a demo database there: the command works on the demo, the
    way README shows the commands after `desk-app demo`."""
    from desk_app.services.credentials import url_with_password

    url = getattr(args, "database", None) or (
        settings.effective_report_database_url if report else settings.effective_database_url)
    path = _sqlite_path(url)
    if not getattr(args, "database", None) and not settings.database_url and path is not None \
            and not path.exists() and _sqlite_path(demo_url()).exists():
        url, path = demo_url(), _sqlite_path(demo_url())
    if path is not None:
        from desk_app.private_files import private_dir

        private_dir(path.parent)     # 0700 when made here (issue 18)
    if not getattr(args, "_database_named", False):
        _name_database(url)
        args._database_named = True
    return url_with_password(url, settings.database_password_source,
                             settings.database_passfile), url.startswith("sqlite")


def _name_database(url: str) -> None:
    from desk_app.services.database import safe_url
    from desk_app.services.database_names import describe_database

    print(f"Datenbank: {describe_database(url).german()} ({safe_url(url)})", file=sys.stderr)


def _dispatch(args) -> int:
    if args.command in DEPLOYMENT_COMMANDS:
        return DEPLOYMENT_COMMANDS[args.command](args)
    settings = load_settings()
    if args.command in ("display", "kiosk", "notice") or (
            args.command == "db" and args.db_command == "display-role"):
        return _waiting_room(args, settings)
    if args.command == "db":
        return asyncio.run(_db(args, settings))
    if args.command == "config":
        return asyncio.run(_config(args, settings))
    if args.command == "password":
        return _password(args, settings)
    if args.command == "seed-demo":
        return asyncio.run(_seed(args, settings))
    if args.command == "queue":
        return asyncio.run(_queue(args, settings))
    if args.command == "import":
        return asyncio.run(_import(args, settings))
    if args.command == "no-shows":
        return asyncio.run(_no_shows(args, settings))
    if args.command == "report":
        return asyncio.run(_report(args, settings))
    if args.command == "report-layout":
        return asyncio.run(_report_layout(args, settings))
    if args.command == "purge":
        return asyncio.run(_purge(args, settings))
    if args.command == "capacity":
        return asyncio.run(_capacity(args, settings))
    if args.command == "screenshot":
        from desk_app.app import take_screenshot

        out = take_screenshot(Path(args.out), screen=args.screen, database=args.database,
                              language=args.language or settings.language,
                              font_scale=args.font_scale, size=(args.width, args.height),
                              search=args.search)
        print(f"Bildschirmfoto gespeichert: {out}")
        return 0
    if args.command in ("run", "demo"):
        if args.command == "demo":
            url = args.database or demo_url()
            path = _sqlite_path(url)
            if path is not None and (args.fresh or _demo_is_stale(path)):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            args.database = url
            url, _ = _url(args, settings)
            # on a weekend or holiday the demo is the last working day, at this time of
            # day: its clock runs that far behind the real one
            from desk_app.services.demo import demo_now

            lag = utcnow() - demo_now(utcnow())
            asyncio.run(_ensure_demo_day(url, utcnow() - lag))
            return _start_app(settings, url, clock=(lambda: utcnow() - lag) if lag else None,
                              quit_after=args.quit_after)
        # a fresh workstation (nothing configured, no demo made here): the first-run dialog
        demo_path = _sqlite_path(demo_url())
        ask_first = (not args.database and not os.environ.get("DESK_DATABASE_URL")
                     and not config_file().exists()
                     and not (demo_path is not None and demo_path.exists()))
        if ask_first:
            url = settings.effective_database_url
        else:
            url, embedded = _url(args, settings)
        return _start_app(settings, url, quit_after=args.quit_after, ask_first=ask_first)
    raise SystemExit(f"unknown command {args.command}")


async def _db(args, settings) -> int:
    if args.db_command in ("roles", "login"):
        return await _db_roles(args, settings)
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.schema import schema_status, upgrade

    url, _ = _url(args, settings)
    db = open_database(url)
    try:
        async with unreachable_as_clear_error(db.url):
            if args.db_command == "upgrade":
                status = await upgrade(db, role_prefix=settings.db_role_prefix)
                print(f"Das Schema ist auf Stand {status.database_revision}.")
            else:
                status = await schema_status(db)
                state = {"EMPTY": "leer, noch kein Schema", "CURRENT": "aktuell",
                         "DB_OLDER": "Datenbank älter: `desk-app db upgrade` ausführen",
                         "DB_NEWER": "Datenbank neuer: das Programm aktualisieren"
                         }.get(status.state.value, status.state.value)
                print(f"Datenbank {status.database_revision or '—'}, "
                      f"Programm {status.code_revision} ({state})")
    finally:
        await db.dispose()
    return 0


async def _seed(args, settings) -> int:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day

    url, embedded = _url(args, settings)
    conn = await connect(url, embedded=True)  # seeding is an admin task: it may migrate
    try:
        from desk_app.services.demo import demo_now

        now = demo_now(utcnow()) if args.date is None else utcnow()
        day = args.date or business_day(now)
        summary = await seed_demo_day(conn.db, day, now=now, size=args.size)
        print(f"Demo-Tag {day:%d.%m.%Y}: {summary.entries} Vorgänge, Stand "
              f"{to_local(summary.as_of):%H:%M} Uhr, in {conn.db.display_url}")
    finally:
        await conn.db.dispose()
    return 0


DEMO_STALE_AFTER_S = 30 * 60


def _demo_is_stale(path: Path) -> bool:
    """A demo database last changed more than 30 minutes ago (or on another day) shows
    waits that grew while nobody looked: the demo starts with a new day instead."""
    import time

    newest = max((p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists()),
                 default=None)
    if newest is None:
        return False
    changed = dt.datetime.fromtimestamp(newest, dt.timezone.utc)
    return (time.time() - newest > DEMO_STALE_AFTER_S
            or business_day(changed) != business_day(utcnow()))


async def _ensure_demo_day(url: str, now: dt.datetime) -> None:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day
    from desk_app.services import queue_read

    conn = await connect(url, embedded=True)
    try:
        day = business_day(now)
        async with conn.db.read() as session:
            existing = await queue_read.day_queue(session, day)
        if not existing:
            summary = await seed_demo_day(conn.db, day, now=now)
            if day != business_day(utcnow()):
                print(f"Heute ist kein Arbeitstag: die Demo zeigt {day:%d.%m.%Y}.")
            print(f"Demo-Tag angelegt: {summary.entries} Vorgänge und {summary.documents} "
                  f"Dokumente, Stand {to_local(summary.as_of):%H:%M} Uhr.")
    finally:
        await conn.db.dispose()


async def _queue(args, settings) -> int:
    from sqlalchemy import select

    from desk_app.models import ServicePoint
    from desk_app.services import queue_read
    from desk_app.services.connect import connect

    url, embedded = _url(args, settings)
    conn = await connect(url, embedded=embedded)
    try:
        day = args.date or _default_day(url)
        async with conn.db.read() as session:
            sp_id = None
            if args.service_point:
                sp_id = await session.scalar(select(ServicePoint.id).where(
                    ServicePoint.code == args.service_point.upper()))
                if sp_id is None:
                    print(f"desk-app: Dienststelle {args.service_point} unbekannt", file=sys.stderr)
                    return 2
            entries = await queue_read.day_queue(session, day, sp_id)
        print_queue(entries)
    finally:
        await conn.db.dispose()
    return 0


def _default_day(url: str) -> dt.date:
    """Today; on the demo database the demo's day (a weekend demo shows Friday)."""
    from desk_app.services.database_names import describe_database
    from desk_app.services.demo import demo_now

    if describe_database(url).kind == "demo":
        return business_day(demo_now(utcnow()))
    return business_day(utcnow())


async def _as_staff(args, settings):
    from desk_app.domain.roles import Actor, Role
    from desk_app.services import reference
    from desk_app.services.connect import connect
    from desk_app.services.context import Context
    from desk_app.services.desk import Desk

    url, embedded = _url(args, settings)
    conn = await connect(url, embedded=embedded)
    async with conn.db.read() as session:
        staff = await reference.staff_by_login(session, args.login)
    actor = Actor(staff_id=staff.id, role=Role(staff.role), station=settings.station)
    desk = Desk(conn.db, Context(actor=actor))
    desk.federal_state = settings.federal_state or desk.federal_state
    desk.take_slots = True   # no booking beyond a slot's capacity (issue 15)
    return conn, desk


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


def _no_shows_parser(sub) -> None:
    ns = sub.add_parser("no-shows", help="Termine nach Ablauf der Kulanzzeit als nicht "
                                         "erschienen markieren (für einen geplanten Auftrag; "
                                         "jederzeit und überall gefahrlos)")
    ns.add_argument("--database", help=DATABASE_HELP)
    ns.add_argument("--login", default="admin",
                    help="Anmeldename, unter dem der Auftrag läuft (Standard: admin)")


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
    conn, desk = await _as_staff(args, settings)
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

    conn, desk = await _as_staff(args, settings)
    try:
        marked = await desk.write(mark_overdue_no_shows, desk.ctx)
    finally:
        await conn.db.dispose()
    print(f"{len(marked)} Termine als nicht erschienen markiert.")
    return 0


def _report_parsers(sub) -> None:
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
    url, embedded = _url(args, settings, report=True)
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
        url, embedded = _url(args, settings)
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
    conn, desk = await _as_staff(args, settings)
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


async def _purge(args, settings) -> int:
    from desk_app.services.retention import purge, settle_after_purge

    receipt_days = args.receipt_days or settings.receipt_retention_days
    conn, desk = await _as_staff(args, settings)
    try:
        result = await desk.write(purge, desk.ctx, days=args.days, receipt_days=receipt_days)
        await settle_after_purge(conn.db)
    finally:
        await conn.db.dispose()
    print(f"{result.applicants} Personen anonymisiert (letzter Termin vor dem {result.cutoff:%d.%m.%Y}), "
          f"{result.print_jobs} gespeicherte Druckaufträge gelöscht, "
          f"{result.receipts} Quittungen ohne Namen (ausgestellt bis {result.receipt_cutoff:%d.%m.%Y}).")
    return 0


# -- db roles / db login (issue 13) ---------------------------------------------------
def _add_db_role_commands(dbsub) -> None:
    roles = dbsub.add_parser("roles", help="PostgreSQL: Gruppenrollen mit geringsten Rechten, "
                             "Tabellen gehören der Eigentümerrolle, Zeilenschutz für "
                             "beschränkte Dienststellen")
    roles.add_argument("--database", help=DATABASE_HELP)
    roles.add_argument("--prefix", help="Präfix der Rollennamen (Standard: Einstellungen, desk_)")
    login = dbsub.add_parser("login", help="PostgreSQL: eine eigene Datenbank-Anmeldung für "
                             "eine Mitarbeiterin oder einen Mitarbeiter")
    login.add_argument("login", help="die Kennung des Mitarbeiters (Stammdaten)")
    login.add_argument("--database", help=DATABASE_HELP)
    login.add_argument("--prefix", help="Präfix der Rollennamen (Standard: Einstellungen, desk_)")
    login.add_argument("--password", action="store_true",
                       help="nach einem Passwort fragen (sonst entscheiden Kerberos/GSSAPI "
                            "oder pg_hba)")


async def _db_roles(args, settings) -> int:
    import getpass

    from sqlalchemy import select

    from desk_app.models import StaffMember
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.db_roles import RoleNames, create_login, create_roles

    url, embedded = _url(args, settings)
    if embedded:
        print("desk-app: Rollen gibt es nur auf PostgreSQL.", file=sys.stderr)
        return 2
    names = RoleNames(args.prefix or settings.db_role_prefix)
    db = open_database(url)
    try:
        async with unreachable_as_clear_error(db.url):
            async with db.engine.begin() as conn:
                if args.db_command == "roles":
                    done = await create_roles(conn, names)
                    print(f"Rollen {names.prefix}… in {db.display_url} eingerichtet "
                          f"({len(done)} Anweisungen).")
                    return 0
                role = await conn.scalar(select(StaffMember.role).where(
                    StaffMember.login == args.login, StaffMember.active.is_(True)))
                if role is None:
                    print(f"desk-app: kein aktiver Mitarbeiter {args.login}", file=sys.stderr)
                    return 2
                password = getpass.getpass("Passwort: ") if args.password else None
                await create_login(conn, args.login, role, names, password=password)
                print(f"Anmeldung {args.login} ({names.for_staff_role(role)}) eingerichtet.")
                return 0
    finally:
        await db.dispose()


# -- config export / import (issue 13) -------------------------------------------------
def _add_password_command(sub) -> None:
    pw = sub.add_parser("password", help="PostgreSQL: das Datenbank-Passwort dieser Person im "
                        "Schlüsselbund des Betriebssystems ablegen (nie in einer Datei)")
    pw.add_argument("--database", help=DATABASE_HELP)
    pw.add_argument("--login", help="Datenbank-Anmeldung (Standard: die der Einstellungen)")
    pw.add_argument("--forget", action="store_true", help="das Passwort aus dem Schlüsselbund "
                                                          "entfernen")


def _password(args, settings) -> int:
    import getpass

    from desk_app.services.sign_in import forget_password, store_password

    url, embedded = _url(args, settings)
    login = args.login or settings.login
    if embedded or not login:
        print("desk-app: nur für PostgreSQL mit einer Anmeldung (--login oder Einstellungen).",
              file=sys.stderr)
        return 2
    if args.forget:
        forget_password(url, login)
        print(f"Passwort für {login} aus dem Schlüsselbund entfernt.")
        return 0
    store_password(url, login, getpass.getpass(f"Passwort für {login}: "))
    print(f"Passwort für {login} im Schlüsselbund gespeichert.")
    return 0


def _add_config_commands(sub) -> None:
    cfg = sub.add_parser("config", help="Stammdaten als TOML-Datei")
    cfgsub = cfg.add_subparsers(dest="config_command", required=True)
    exp = cfgsub.add_parser("export", help="die Stammdaten in DATEI schreiben")
    exp.add_argument("file", type=Path, help="die TOML-Datei, die geschrieben wird")
    exp.add_argument("--database", help=DATABASE_HELP)
    imp = cfgsub.add_parser("import", help="die Stammdaten so einrichten, wie DATEI sagt")
    imp.add_argument("file", type=Path, help="die TOML-Datei (wie `config export` sie schreibt)")
    imp.add_argument("--database", help=DATABASE_HELP)
    imp.add_argument("--dry-run", action="store_true",
                     help="nur zeigen, was sich ändern würde; nichts ändern")
    imp.add_argument("--login", default="admin",
                     help="Anmeldename, unter dem der Import läuft (Standard: admin)")


async def _config(args, settings) -> int:
    from desk_app.services import config_file
    from desk_app.services.connect import connect

    url, embedded = _url(args, settings)
    if args.config_command == "export":
        conn = await connect(url, embedded=embedded)
        try:
            async with conn.db.read() as session:
                data = await config_file.export_config(session)
        finally:
            await conn.db.dispose()
        args.file.write_text(config_file.dumps(data), encoding="utf-8")
        print(f"Stammdaten gespeichert: {args.file}")
        return 0
    try:
        data = config_file.loads(args.file.read_text(encoding="utf-8"))
    except OSError as exc:
        print(f"desk-app: Datei nicht lesbar: {args.file} ({exc.strerror})", file=sys.stderr)
        return 2
    conn = await connect(url, embedded=embedded)
    try:
        ctx = await config_file.import_context(conn.db, args.login, settings.station)
        report = await _config_import(conn.db, ctx, data, args.dry_run)
    finally:
        await conn.db.dispose()
    for line in report.lines():
        print(line)
    print(("Probelauf: " if args.dry_run else "") + f"{report.count} Änderungen.")
    return 0


async def _config_import(db, ctx, data, dry_run: bool):
    from desk_app.services import config_file

    async with db.write_session() as session:
        return await config_file.import_config(session, ctx, data, dry_run=dry_run)


STATE_LABELS_DE = {
    "BOOKED": "Gebucht", "WAITING": "Wartend", "CALLED": "Aufgerufen",
    "IN_SERVICE": "In Bearbeitung", "PARKED": "Geparkt", "DONE": "Erledigt",
    "NO_SHOW": "Nicht erschienen", "CANCELLED": "Storniert", "LEFT": "Gegangen",
    "MISSED": "Verpasst",
}


def shorten(text: str, width: int) -> str:
    """At most ``width`` characters, cut at a word boundary with "…", never mid-word."""
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    space = max(cut.rfind(" "), cut.rfind(","))
    if space >= width // 3:
        cut = cut[:space]
    return cut.rstrip(" ,-") + "…"


def _waiting_room(args, settings) -> int:
    """Issue 12's commands: display, kiosk, notice, db display-role."""
    url, embedded = _url(args, settings)
    if args.command == "display":
        from desk_app.app_waiting_room import run_display

        return run_display(settings, url, service_points=[c.upper() for c in args.service_point],
                           screen=args.screen, windowed=args.windowed, silent=args.silent)
    if args.command == "kiosk":
        from desk_app.app_waiting_room import run_kiosk

        return run_kiosk(settings, url, windowed=args.windowed)
    if args.command == "notice":
        return asyncio.run(_notice(args, settings))
    return asyncio.run(_display_role(args, url))


async def _notice(args, settings) -> int:
    from desk_app.services.display_notice import set_notice

    conn, desk = await _as_staff(args, settings)
    try:
        view = await desk.write(set_notice, desk.ctx, args.text, args.service_point)
    finally:
        await conn.db.dispose()
    where = view.scope or "alle Anzeigen"
    print(f"Hinweis für {where}: {view.text}" if view.text else f"Hinweis für {where} gelöscht.")
    return 0


async def _display_role(args, url: str) -> int:
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.db_roles import DISPLAY_OBJECTS, grant_display_role

    db = open_database(url)
    try:
        if not db.is_postgres:
            print("desk-app: Datenbankrollen gibt es nur auf PostgreSQL.", file=sys.stderr)
            return 2
        async with unreachable_as_clear_error(db.url):
            async with db.engine.begin() as conn:
                done = await grant_display_role(conn, args.name, login=not args.group,
                                                password=args.password)
    finally:
        await db.dispose()
    for sql in done:
        print(sql + ";")
    print(f"Rolle {args.name} liest nur {', '.join(DISPLAY_OBJECTS)}.")
    return 0


def print_queue(entries) -> None:
    for e in entries:
        at = to_local(e.scheduled_at).strftime("%H:%M") if e.scheduled_at else "ohne "
        state = STATE_LABELS_DE.get(e.state.value, e.state.value)
        print(f"{at}  {e.ticket or '     ':7} {state:16} {shorten(e.service_point_name, 32):32}  "
              f"{shorten(e.names, 60)}")
    print(f"{len(entries)} Vorgänge")


def _start_app(settings, url, clock=None, quit_after: float | None = None,
               ask_first: bool = False) -> int:
    try:
        from desk_app.app import run_app
    except ImportError as exc:  # the window is not built yet: print the queue instead
        print(f"(Fenster nicht verfügbar: {exc}; zeige die Warteschlange)")
        return asyncio.run(_queue(argparse.Namespace(date=None, service_point=None, database=url), settings))
    return run_app(settings, url, clock=clock, quit_after=quit_after, ask_first=ask_first)


# -- deployment (issue 19): version, settings, diagnose, selfcheck ---------------------------
def _version_line() -> str:
    from desk_app import __version__

    return f"desk-app {__version__} (Python {sys.version.split()[0]})"


def _add_deployment_commands(sub) -> None:
    st = sub.add_parser("settings", help="die geltenden Einstellungen zeigen (Geheimnisse maskiert)")
    st.add_argument("action", nargs="?", choices=["show", "check", "path", "set-password"],
                    default="show", help="show (Standard): zeigen; check: eine Datei prüfen; "
                    "path: wo die Datei liegt; set-password: das Datenbank-Passwort in den "
                    "Schlüsselbund des Systems")
    st.add_argument("--file", type=Path, help="Einstellungsdatei (Standard: DESK_CONFIG oder "
                                              "settings.toml des Benutzers)")
    st.add_argument("--database", help="für set-password: die Datenbank-URL (Standard: Einstellungen)")

    diag = sub.add_parser("diagnose", help="ein Diagnosepaket für den Support schreiben (ohne personenbezogene Daten)")
    diag.add_argument("--out", type=Path, help="ZIP-Datei (Standard: "
                                               "desk-app-diagnose-<Zeit>.zip hier)")
    diag.add_argument("--database", help="Datenbank-URL (Standard: Einstellungen)")
    diag.add_argument("--log-lines", type=int, default=200, help="so viele letzte Logzeilen")

    sub.add_parser("setup", help="der Einrichtungsdialog: Datenbank, Arbeitsplatz, "
                                 "Schalter, Drucker, Sprache (schreibt die Einstellungsdatei)")

    chk = sub.add_parser("selfcheck", help="eine Installation prüfen: Ressourcen, jedes "
                         "Dokument in jeder Sprache, die englische Oberfläche")
    chk.add_argument("--out", type=Path, help="die Musterdokumente (PDF) hierhin schreiben")


def _settings_command(args) -> int:
    import json

    from desk_app.settings import as_dict, config_file, load_settings, read_settings_file

    path = args.file or config_file()
    if args.action == "path":
        print(path)
        return 0
    if args.action == "check":
        read_settings_file(path)
        print(f"{path}: in Ordnung")
        return 0
    settings = load_settings(path)
    if args.action == "set-password":
        import getpass

        from desk_app.services.credentials import safe_account, store_password

        url = args.database or settings.database_url
        if not url or url.startswith("sqlite"):
            print("desk-app: keine PostgreSQL-URL (database_url oder --database)", file=sys.stderr)
            return 2
        password = getpass.getpass("Datenbank-Passwort: ")
        account = store_password(url, password)
        print(f"Passwort im Schlüsselbund gespeichert ({safe_account(account)}). "
              f"In den Einstellungen: database_password_source = \"keyring\"")
        return 0
    shown = as_dict(settings)
    shown["printers"] = dict(shown["printers"])
    print(f"# {path}{'' if path.exists() else ' (nicht vorhanden: Standardwerte)'}")
    print(f"# effektive Datenbank: {_masked_effective(settings)}")
    print(json.dumps(shown, indent=2, ensure_ascii=False, default=str))
    return 0


def _masked_effective(settings) -> str:
    from desk_app.services.database import safe_url

    return safe_url(settings.effective_database_url)


def _diagnose_command(args) -> int:
    from desk_app.diagnose import write_bundle

    settings = load_settings()
    url = None
    try:
        url, _ = _url(args, settings)
    except ValueError as exc:  # no password: the bundle says so instead of the schema
        print(f"desk-app: {exc}", file=sys.stderr)
    out = args.out or Path(f"desk-app-diagnose-{utcnow():%Y%m%d-%H%M%S}.zip")
    path = asyncio.run(write_bundle(out, settings, url, log_lines=args.log_lines))
    print(f"Diagnosepaket geschrieben: {path}")
    return 0


def _selfcheck_command(args) -> int:
    from desk_app.selfcheck import run_selfcheck

    return run_selfcheck(args.out)


def _setup_command(args) -> int:
    from desk_app.app import run_setup

    return run_setup(load_settings())


DEPLOYMENT_COMMANDS = {
    "setup": _setup_command,
    "settings": _settings_command,
    "diagnose": _diagnose_command,
    "selfcheck": _selfcheck_command,
    **mail_cli.COMMANDS,
}



# -- the appointment book (issue 15) --------------------------------------------------------
def _capacity_parser(sub) -> None:
    cap = sub.add_parser("capacity", help="the appointment book: capacity, offer, closing days")
    csub = cap.add_subparsers(dest="capacity_command", required=True)
    load = csub.add_parser("load", help="load capacity (hours, allowance, blocked times) from TOML")
    load.add_argument("file", type=Path, help="TOML-Datei mit der Kapazität")
    exp = csub.add_parser("export", help="print the capacity in force as TOML")
    offer = csub.add_parser("offer", help='the week\'s offer per service point ("Terminangebot KW 34")')
    offer.add_argument("--week", help="ISO week, e.g. 2026-W34 (default: next week)")
    allow = csub.add_parser("allowance", help="no-show rate, suggested allowance and its effect")
    allow.add_argument("--weeks", type=int, default=6,
                       help="so viele Wochen zurück messen (Standard: 6)")
    allow.add_argument("--set", type=int, metavar="PERCENT", help="set the allowance")
    close = csub.add_parser("close-day", help="a closing service point or counter: move its bookings")
    close.add_argument("--date", type=_date, required=True, help="JJJJ-MM-TT")
    close.add_argument("--reason", required=True, help="Grund der Schließung")
    close.add_argument("--counter", help="counter name (default: the whole service point)")
    csub.add_parser("pickups", help="arrived documents that still need a pickup appointment")
    for p in (load, exp, offer, allow, close):
        p.add_argument("--service-point", help="service point code, e.g. BI")
    for p in csub.choices.values():
        p.add_argument("--database", help=DATABASE_HELP)
        p.add_argument("--login", default="admin", help="staff login the command runs as")


async def _capacity(args, settings) -> int:
    from desk_app.services.appointment_book import AppointmentBook

    conn, desk = await _as_staff(args, settings)
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
                year, week = (int(x) for x in args.week.upper().split("-W"))
            else:
                year, week, _ = (business_day(utcnow()) + dt.timedelta(weeks=1)).isocalendar()
            for sp in chosen:
                o = await book.offer(service_point_id=sp.id, year=year, week=week)
                print(f"{o.title} · {sp.name}: {o.offered} Plätze angeboten, {o.booked} gebucht "
                      f"({o.booked_percent} %)")
                for d in o.days:
                    if d.offered or d.holiday:
                        extra = f"  ({d.holiday})" if d.holiday else ""
                        print(f"   {d.day:%a %d.%m.}  {d.booked:>4} / {d.offered:<4}{extra}")
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


if __name__ == "__main__":
    sys.exit(main())
