"""Headless commands: db upgrade, seed-demo, queue, and the app itself (run, demo)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from pathlib import Path

from desk_app.domain.clock import business_day, to_local, utcnow
from desk_app.settings import data_dir, load_settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desk-app", description="Counter application of the Ausländerbehörde")
    sub = p.add_subparsers(dest="command")
    db = sub.add_parser("db", help="database schema")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    up = dbsub.add_parser("upgrade", help="migrate the database to the current schema")
    up.add_argument("--database", help="database URL (default: settings / DESK_DATABASE_URL)")
    st = dbsub.add_parser("status", help="show the schema state")
    st.add_argument("--database")

    seed = sub.add_parser("seed-demo", help="reference data and a realistic demo day")
    seed.add_argument("--date", type=dt.date.fromisoformat, help="YYYY-MM-DD (default: today)")
    seed.add_argument("--database")
    seed.add_argument("--size", type=int, default=400)

    q = sub.add_parser("queue", help="print a day's queue")
    q.add_argument("--date", type=dt.date.fromisoformat)
    q.add_argument("--service-point", help="service point code, e.g. BI")
    q.add_argument("--database")

    run = sub.add_parser("run", help="start the application")
    run.add_argument("--database")
    demo = sub.add_parser("demo", help="start the application on a demo day (embedded SQLite)")
    demo.add_argument("--database")
    demo.add_argument("--fresh", action="store_true", help="start from an empty demo database")
    return p


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


def _url(args, settings) -> tuple[str, bool]:
    url = getattr(args, "database", None) or settings.effective_database_url
    if url.startswith("sqlite") and "///" in url:
        Path(url.split("///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
    return url, url.startswith("sqlite")


def _dispatch(args) -> int:
    settings = load_settings()
    if args.command == "db":
        return asyncio.run(_db(args, settings))
    if args.command == "seed-demo":
        return asyncio.run(_seed(args, settings))
    if args.command == "queue":
        return asyncio.run(_queue(args, settings))
    if args.command in ("run", "demo"):
        if args.command == "demo":
            url = args.database or f"sqlite+aiosqlite:///{data_dir() / 'demo.sqlite3'}"
            if args.fresh and url.startswith("sqlite"):
                for suffix in ("", "-wal", "-shm"):
                    Path(url.split("///", 1)[1] + suffix).unlink(missing_ok=True)
            args.database = url
            url, _ = _url(args, settings)
            asyncio.run(_ensure_demo_day(url))
        url, embedded = _url(args, settings)
        return _start_app(settings, url)
    raise SystemExit(f"unknown command {args.command}")


async def _db(args, settings) -> int:
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.schema import schema_status, upgrade

    url, _ = _url(args, settings)
    db = open_database(url)
    try:
        async with unreachable_as_clear_error(db.url):
            if args.db_command == "upgrade":
                status = await upgrade(db)
                print(f"Schema von {db.display_url} ist auf Stand {status.database_revision}.")
            else:
                status = await schema_status(db)
                print(f"{db.display_url}: Datenbank {status.database_revision or '—'}, "
                      f"Programm {status.code_revision} ({status.state.value})")
    finally:
        await db.dispose()
    return 0


async def _seed(args, settings) -> int:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day

    url, embedded = _url(args, settings)
    conn = await connect(url, embedded=True)  # seeding is an admin task: it may migrate
    try:
        day = args.date or business_day(utcnow())
        summary = await seed_demo_day(conn.db, day, now=utcnow(), size=args.size)
        print(f"Demo-Tag {day:%d.%m.%Y}: {summary.entries} Vorgänge, Stand "
              f"{to_local(summary.as_of):%H:%M} Uhr, in {conn.db.display_url}")
    finally:
        await conn.db.dispose()
    return 0


async def _ensure_demo_day(url: str) -> None:
    from desk_app.services.connect import connect
    from desk_app.services.demo import seed_demo_day
    from desk_app.services import queue_read

    conn = await connect(url, embedded=True)
    try:
        day = business_day(utcnow())
        async with conn.db.read() as session:
            existing = await queue_read.day_queue(session, day)
        if not existing:
            summary = await seed_demo_day(conn.db, day, now=utcnow())
            print(f"Demo-Tag angelegt: {summary.entries} Vorgänge.")
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
        day = args.date or business_day(utcnow())
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


def print_queue(entries) -> None:
    for e in entries:
        at = to_local(e.scheduled_at).strftime("%H:%M") if e.scheduled_at else "ohne "
        print(f"{at}  {e.ticket or '     ':7} {e.state.value:10} {e.service_point_name[:28]:28}  {e.names[:60]}")
    print(f"{len(entries)} Vorgänge")


def _start_app(settings, url: str) -> int:
    try:
        from desk_app.app import run_app
    except ImportError as exc:  # the window is not built yet: print the queue instead
        print(f"(Fenster nicht verfügbar: {exc}; zeige die Warteschlange)")
        return asyncio.run(_queue(argparse.Namespace(date=None, service_point=None, database=url), settings))
    return run_app(settings, url)


if __name__ == "__main__":
    sys.exit(main())
