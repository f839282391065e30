"""`db upgrade`, `db status`, `db roles`, `db login` (issue 13) and `password`."""

from __future__ import annotations

import sys

from .common import DATABASE_HELP, command, database_url


def add_commands(sub, dbsub) -> None:
    up = dbsub.add_parser("upgrade", help="die Datenbank auf den aktuellen Stand bringen")
    up.add_argument("--database", help=DATABASE_HELP)
    st = dbsub.add_parser("status", help="den Stand des Schemas zeigen")
    st.add_argument("--database", help=DATABASE_HELP)
    for parser in (up, st):
        command(parser, _db)
    _add_db_role_commands(dbsub)
    _add_password_command(sub)


async def _db(args, settings) -> int:
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.schema import schema_status, upgrade

    url, _ = database_url(args, settings)
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


# -- db roles / db login (issue 13) ---------------------------------------------------
def _add_db_role_commands(dbsub) -> None:
    roles = dbsub.add_parser("roles", help="PostgreSQL: Gruppenrollen mit geringsten Rechten, "
                             "Tabellen gehören der Eigentümerrolle, Zeilenschutz für "
                             "beschränkte Dienststellen")
    roles.add_argument("--database", help=DATABASE_HELP)
    roles.add_argument("--prefix", help="Präfix der Rollennamen (Standard: Einstellungen, desk_)")
    command(roles, _db_roles)
    login = dbsub.add_parser("login", help="PostgreSQL: eine eigene Datenbank-Anmeldung für "
                             "eine Mitarbeiterin oder einen Mitarbeiter")
    login.add_argument("login", help="die Kennung des Mitarbeiters (Stammdaten)")
    login.add_argument("--database", help=DATABASE_HELP)
    login.add_argument("--prefix", help="Präfix der Rollennamen (Standard: Einstellungen, desk_)")
    login.add_argument("--password", action="store_true",
                       help="nach einem Passwort fragen (sonst entscheiden Kerberos/GSSAPI "
                            "oder pg_hba)")
    command(login, _db_roles)


async def _db_roles(args, settings) -> int:
    import getpass

    from sqlalchemy import select

    from desk_app.models import StaffMember
    from desk_app.services.connect import unreachable_as_clear_error
    from desk_app.services.database import open_database
    from desk_app.services.db_roles import RoleNames, create_login, create_roles

    url, embedded = database_url(args, settings)
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


def _add_password_command(sub) -> None:
    pw = sub.add_parser("password", help="PostgreSQL: das Datenbank-Passwort dieser Person im "
                        "Schlüsselbund des Betriebssystems ablegen (nie in einer Datei)")
    pw.add_argument("--database", help=DATABASE_HELP)
    pw.add_argument("--login", help="Datenbank-Anmeldung (Standard: die der Einstellungen)")
    pw.add_argument("--forget", action="store_true", help="das Passwort aus dem Schlüsselbund "
                                                          "entfernen")
    command(pw, _password)


def _password(args, settings) -> int:
    import getpass

    from desk_app.services.sign_in import forget_password, store_password

    url, embedded = database_url(args, settings)
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
