"""The program itself (`run`, `demo`, `screenshot`) and the demo day (`seed-demo`)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
from pathlib import Path

from desk_app.domain.clock import business_day, to_local, utcnow
from desk_app.settings import config_file

from .common import DATABASE_HELP, command, database_url, demo_url, embedded_path, parse_day


def add_commands(sub, dbsub) -> None:
    seed = sub.add_parser("seed-demo", help="Stammdaten und ein wirklichkeitsnaher Demo-Tag")
    seed.add_argument("--date", type=parse_day, help="JJJJ-MM-TT (Standard: heute, am "
                                                       "Wochenende der letzte Werktag)")
    seed.add_argument("--database", help=DATABASE_HELP)
    seed.add_argument("--size", type=int, default=400,
                      help="ungefähre Zahl der Vorgänge des Tages (Standard: 400)")
    command(seed, _seed)
    run = sub.add_parser("run", help="das Programm starten")
    run.add_argument("--database", help=DATABASE_HELP)
    command(run, _run)
    demo = sub.add_parser("demo", help="das Programm auf einem Demo-Tag starten (eingebettete "
                                          "SQLite-Datei)")
    demo.add_argument("--database", help="Datenbank-URL für die Demo (Standard: demo.sqlite3 "
                                         "im Datenverzeichnis)")
    demo.add_argument("--fresh", action="store_true", help="mit einer neuen Demo-Datenbank beginnen")
    command(demo, _demo)
    for p_ in (run, demo):
        p_.add_argument("--quit-after", type=float, metavar="S", help=argparse.SUPPRESS)
    shot = sub.add_parser("screenshot", help="das Fenster mit Demo-Daten als PNG speichern "
                                               "(ohne Bildschirm)")
    shot.add_argument("--out", required=True, help="die PNG-Datei, die geschrieben wird")
    from desk_app.ui.screenshot import SCREENS

    shot.add_argument("--screen", choices=list(SCREENS),
                      default="counter", help="welcher Bildschirm (Standard: counter)")
    shot.add_argument("--database", help="Datenbank-URL (Standard: ein Demo-Tag in einer temporären "
                                              "SQLite-Datei)")
    shot.add_argument("--language", choices=["de", "en"], help="Sprache der Oberfläche (Standard: Einstellungen)")
    shot.add_argument("--font-scale", type=float, default=1.0, help="z. B. 1.5 für 150 %% Schriftgröße")
    shot.add_argument("--width", type=int, default=1500, help="Breite in Pixeln (Standard: 1500)")
    shot.add_argument("--height", type=int, default=900, help="Höhe in Pixeln (Standard: 900)")
    shot.add_argument("--search", help="Text für das Such- bzw. Filterfeld")
    command(shot, _screenshot)


def _run(args, settings) -> int:
    # a fresh workstation (nothing configured, no demo made here): the first-run dialog
    demo_path = embedded_path(demo_url())
    ask_first = (not args.database and not os.environ.get("DESK_DATABASE_URL")
                 and not config_file().exists()
                 and not (demo_path is not None and demo_path.exists()))
    if ask_first:
        url = settings.effective_database_url
    else:
        url, _ = database_url(args, settings)
    return start_app(settings, url, quit_after=args.quit_after, ask_first=ask_first)


def _demo(args, settings) -> int:
    url = args.database or demo_url()
    path = embedded_path(url)
    if path is not None and (args.fresh or _demo_is_stale(path)):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    args.database = url
    url, _ = database_url(args, settings)
    # on a weekend or holiday the demo is the last working day, at this time of
    # day: its clock runs that far behind the real one
    from desk_app.services.demo import demo_now

    lag = utcnow() - demo_now(utcnow())
    asyncio.run(_ensure_demo_day(url, utcnow() - lag))
    return start_app(settings, url, clock=(lambda: utcnow() - lag) if lag else None,
                     quit_after=args.quit_after)


def _screenshot(args, settings) -> int:
    from desk_app.app import take_screenshot

    out = take_screenshot(Path(args.out), screen=args.screen, database=args.database,
                          language=args.language or settings.language,
                          font_scale=args.font_scale, size=(args.width, args.height),
                          search=args.search)
    print(f"Bildschirmfoto gespeichert: {out}")
    return 0


def start_app(settings, url, clock=None, quit_after: float | None = None,
              ask_first: bool = False) -> int:
    try:
        from desk_app.app import run_app
    except ImportError as exc:  # the window is not built yet: print the queue instead
        print(f"(Fenster nicht verfügbar: {exc}; zeige die Warteschlange)")
        from .queue import queue_command

        return asyncio.run(queue_command(
            argparse.Namespace(date=None, service_point=None, database=url), settings))
    return run_app(settings, url, clock=clock, quit_after=quit_after, ask_first=ask_first)


async def _seed(args, settings) -> int:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day

    url, embedded = database_url(args, settings)
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
