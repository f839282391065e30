"""`queue`: a day's queue as text."""

from __future__ import annotations

import sys

from desk_app.domain.clock import to_local

from .common import DATABASE_HELP, command, database_url, default_day, parse_day


def add_commands(sub, dbsub) -> None:
    q = sub.add_parser("queue", help="die Warteschlange eines Tages ausgeben")
    q.add_argument("--date", type=parse_day, help="JJJJ-MM-TT (Standard: heute; auf der Demo "
                                                    "deren Tag)")
    q.add_argument("--service-point", help="Kürzel der Dienststelle, z. B. BI")
    q.add_argument("--database", help=DATABASE_HELP)
    command(q, queue_command)


async def queue_command(args, settings) -> int:
    from sqlalchemy import select

    from desk_app.models import ServicePoint
    from desk_app.services import queue_read
    from desk_app.services.connect import connect

    url, embedded = database_url(args, settings)
    conn = await connect(url, embedded=embedded)
    try:
        day = args.date or default_day(url)
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


def print_queue(entries) -> None:
    for e in entries:
        at = to_local(e.scheduled_at).strftime("%H:%M") if e.scheduled_at else "ohne "
        state = STATE_LABELS_DE.get(e.state.value, e.state.value)
        print(f"{at}  {e.ticket or '     ':7} {state:16} {shorten(e.service_point_name, 32):32}  "
              f"{shorten(e.names, 60)}")
    print(f"{len(entries)} Vorgänge")
