"""`desk-app mail …` (issue 20): read the office's mailbox into the worklist once (for a
scheduled job, or to try the settings), and store the mailbox password in the keyring."""

from __future__ import annotations

import asyncio
import sys

from . import common

DATABASE_HELP = ("Datenbank-URL (Standard: Einstellungen bzw. DESK_DATABASE_URL; "
                 "ohne Angabe die eingebettete Datenbank)")


def add_commands(sub, dbsub) -> None:
    mail = sub.add_parser("mail", help="das Postfach der Terminanfragen (Einstellungen [mail])")
    msub = mail.add_subparsers(dest="mail_command", required=True)
    poll = msub.add_parser("poll", help="neue Nachrichten einmal in die Arbeitsliste lesen "
                                        "(nichts wird im Postfach gelöscht)")
    poll.add_argument("--database", help=DATABASE_HELP)
    msub.add_parser("set-password", help="das Passwort des Postfachs im Schlüsselbund "
                                         "speichern (nie in der Einstellungsdatei)")
    common.command(mail, lambda args, settings: run(args, settings=settings))


def run(args, *, settings=None, password: str | None = None) -> int:
    """Exit 0: done; 1: no mailbox configured; 2: mailbox or database not reachable."""
    from desk_app.settings import load_settings

    settings = settings or load_settings()
    if args.mail_command == "set-password":
        return _set_password(settings)
    return asyncio.run(_poll(args, settings, password))


def _set_password(settings) -> int:
    import getpass

    from desk_app.services.mail_polling import store_password

    if not settings.mail.user.strip():
        print("desk-app: kein Postfach eingerichtet ([mail] user in den Einstellungen)",
              file=sys.stderr)
        return 1
    store_password(settings.mail, getpass.getpass("Passwort des Postfachs: "))
    print(f"Passwort des Postfachs {settings.mail.user} im Schlüsselbund gespeichert.")
    return 0


async def _poll(args, settings, password: str | None) -> int:
    from desk_app.domain.clock import utcnow
    from desk_app.domain.errors import DomainError
    from desk_app.services.connect import connect
    from desk_app.services.credentials import url_with_password
    from desk_app.services.database import safe_url
    from desk_app.services.database_names import describe_database
    from desk_app.services.backend import is_embedded_url
    from desk_app.services.mail_polling import poll_database, scheduled_job

    if not settings.mail.configured:
        print("desk-app: kein Postfach eingerichtet (Einstellungen [mail]: imap_host und "
              "user)", file=sys.stderr)
        return 1
    url = args.database or settings.effective_database_url
    print(f"Datenbank: {describe_database(url).german()} ({safe_url(url)})")
    conn = await connect(url_with_password(url, settings.database_password_source,
                                           settings.database_passfile),
                         embedded=is_embedded_url(url))
    try:
        report = await poll_database(conn.db, settings.mail, ctx=scheduled_job(utcnow),
                                     password=password)
    except DomainError as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return 2
    finally:
        await conn.db.dispose()
    print(report.german())
    return 0

