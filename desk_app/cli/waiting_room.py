"""Issue 12: the call display, the kiosk, the notice line and the display's role."""

from __future__ import annotations

import sys

from .common import as_staff, command, database_url


def add_commands(sub, dbsub) -> None:
    """Issue 12: the call display, the kiosk, the notice line and the display's role."""
    disp = sub.add_parser("display", help="the call display (full screen)")
    disp.add_argument("--service-point", action="append", default=[], metavar="CODE",
                      help="show only this service point (repeatable; default: all)")
    disp.add_argument("--screen", type=int, help="screen number (0 = the first)")
    disp.add_argument("--database", help="database URL (on PostgreSQL: the display's role)")
    disp.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    disp.add_argument("--silent", action="store_true", help="no chime, no speech")
    command(disp, _display)
    kiosk = sub.add_parser("kiosk", help="the self check-in kiosk (full screen)")
    kiosk.add_argument("--database", help="database URL (default: settings / DESK_DATABASE_URL)")
    kiosk.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    command(kiosk, _kiosk)
    notice = sub.add_parser("notice", help="the notice line of the call displays")
    notice.add_argument("text", nargs="?", default="", help="the notice (empty: clear it)")
    notice.add_argument("--service-point", default="", metavar="CODE",
                        help="only the displays of this service point (default: all)")
    notice.add_argument("--database", help="database URL (default: settings / DESK_DATABASE_URL)")
    notice.add_argument("--login", default="leitung", help="staff login (a shift lead)")
    command(notice, _notice)
    role = dbsub.add_parser("display-role",
                            help="create a PostgreSQL role that reads only the display's views")
    role.add_argument("name", help="role name, e.g. desk_display")
    role.add_argument("--database", help="database URL of an admin (owner of the tables)")
    role.add_argument("--password", help="password of the login role (default: none)")
    role.add_argument("--group", action="store_true",
                      help="a group role (NOLOGIN) for display login roles to join")
    command(role, _display_role)


def _display(args, settings) -> int:
    from desk_app.app_waiting_room import run_display

    url, _ = database_url(args, settings)
    return run_display(settings, url, service_points=[c.upper() for c in args.service_point],
                       screen=args.screen, windowed=args.windowed, silent=args.silent)


def _kiosk(args, settings) -> int:
    from desk_app.app_waiting_room import run_kiosk

    url, _ = database_url(args, settings)
    return run_kiosk(settings, url, windowed=args.windowed)


async def _notice(args, settings) -> int:
    from desk_app.services.display_notice import set_notice

    conn, desk = await as_staff(args, settings)
    try:
        view = await desk.write(set_notice, desk.ctx, args.text, args.service_point)
    finally:
        await conn.db.dispose()
    where = view.scope or "alle Anzeigen"
    print(f"Hinweis für {where}: {view.text}" if view.text else f"Hinweis für {where} gelöscht.")
    return 0


async def _display_role(args, settings) -> int:
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.db_roles import DISPLAY_OBJECTS, grant_display_role

    url, _ = database_url(args, settings)
    db = open_database(url)
    try:
        if not db.backend.has_roles:
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
