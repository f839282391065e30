"""Issue 12: the call display, the kiosk, the notice line and the display's role."""

from __future__ import annotations

import sys

from .common import as_staff, command, database_url


def add_commands(sub, dbsub) -> None:
    """Issue 12: the call display, the kiosk, the notice line and the display's role."""
    disp = sub.add_parser("display", help="die Aufrufanzeige (Vollbild)")
    disp.add_argument("--service-point", action="append", default=[], metavar="KÜRZEL",
                      help="nur diese Dienststelle zeigen (wiederholbar; Standard: alle)")
    disp.add_argument("--screen", type=int, metavar="NR", help="Nummer des Bildschirms (0 = der erste)")
    disp.add_argument("--database", help="Datenbank-URL (auf PostgreSQL: die Rolle der Anzeige)")
    disp.add_argument("--windowed", action="store_true", help="ein Fenster statt Vollbild")
    disp.add_argument("--silent", action="store_true", help="ohne Gong und ohne Ansage")
    command(disp, _display)
    kiosk = sub.add_parser("kiosk", help="das Anmeldeterminal zum Selbst-Einchecken (Vollbild)")
    kiosk.add_argument("--database", help="Datenbank-URL (Standard: Einstellungen / DESK_DATABASE_URL)")
    kiosk.add_argument("--windowed", action="store_true", help="ein Fenster statt Vollbild")
    command(kiosk, _kiosk)
    notice = sub.add_parser("notice", help="die Hinweiszeile der Aufrufanzeigen")
    notice.add_argument("text", nargs="?", default="", help="der Hinweis (leer: ihn löschen)")
    notice.add_argument("--service-point", default="", metavar="KÜRZEL",
                        help="nur die Anzeigen dieser Dienststelle (Standard: alle)")
    notice.add_argument("--database", help="Datenbank-URL (Standard: Einstellungen / DESK_DATABASE_URL)")
    notice.add_argument("--login", default="leitung", help="Anmeldename (einer Schichtleitung)")
    command(notice, _notice)
    role = dbsub.add_parser("display-role",
                            help="eine PostgreSQL-Rolle anlegen, die nur die Sichten der Anzeige liest")
    role.add_argument("name", help="Name der Rolle, z. B. desk_display")
    role.add_argument("--database", help="Datenbank-URL eines Admins (Eigentümer der Tabellen)")
    role.add_argument("--password", help="Passwort der Anmelderolle (Standard: keins)")
    role.add_argument("--group", action="store_true",
                      help="eine Gruppenrolle (NOLOGIN), der die Anmelderollen der Anzeigen beitreten")
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
