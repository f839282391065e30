"""What the command groups share: the German argparse, the database a command works on,
signing in as a staff member, and how a command names its handler."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Callable

from desk_app.domain.clock import business_day, utcnow
from desk_app.settings import data_dir


def command(parser: argparse.ArgumentParser, handler: Callable, *,
            settings: bool = True) -> argparse.ArgumentParser:
    """``handler`` runs ``parser``'s command: ``handler(args, settings)``, or
    ``handler(args)`` with ``settings=False`` (commands that load no settings or load
    them themselves). It returns the exit code, or a coroutine that returns it."""
    parser.set_defaults(handler=handler, with_settings=settings)
    return parser


def parse_day(text: str) -> dt.date:
    """A day as JJJJ-MM-TT, with a German error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ungültiges Datum: {text!r} (erwartet JJJJ-MM-TT, z. B. 2026-11-27)") from None


_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


def parse_week(text: str) -> tuple[int, int]:
    """An ISO week as JJJJ-Www (year, week), with a German error."""
    m = _WEEK.match(text or "")
    if m:
        year, week = int(m.group(1)), int(m.group(2))
        try:
            dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            pass
        else:
            return year, week
    raise argparse.ArgumentTypeError(
        f"ungültige Woche: {text!r} (erwartet JJJJ-Www, z. B. 2026-W49)")


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


def german_argparse() -> None:
    english = getattr(argparse, "_english_gettext", argparse._)
    argparse._english_gettext = english
    argparse._ = lambda text: _ARGPARSE_DE.get(text, english(text))


DATABASE_HELP = ("Datenbank-URL, z. B. postgresql://user@host/desk oder sqlite:///datei "
                 "(Standard: DESK_DATABASE_URL, die Einstellungen, sonst die eingebettete "
                 "Datei oder, wenn es nur sie gibt, die Demo-Datenbank)")


def demo_url() -> str:
    from desk_app.services.backend import embedded_url
    from desk_app.services.database_names import DEMO_FILE

    return embedded_url(data_dir() / DEMO_FILE)


def embedded_path(url: str) -> Path | None:
    from desk_app.services.backend import embedded_file

    return embedded_file(url)


def database_url(args, settings, *, report: bool = False) -> tuple[str, bool]:
    """The database a command works on, named on stderr ("Datenbank: Demo, lokal"), as
    the URL to connect with (the password added from its source, see credentials.py),
    and whether it is the embedded database. ``report``: the reports' replica if set.

    Nothing configured (no --database, DESK_DATABASE_URL or settings) and no embedded
    database made yet, but a demo database there: the command works on the demo, the
    way README shows the commands after `desk-app demo`."""
    from desk_app.services.backend import is_embedded_url
    from desk_app.services.credentials import url_with_password

    url = getattr(args, "database", None) or (
        settings.effective_report_database_url if report else settings.effective_database_url)
    path = embedded_path(url)
    if not getattr(args, "database", None) and not settings.database_url and path is not None \
            and not path.exists() and embedded_path(demo_url()).exists():
        url, path = demo_url(), embedded_path(demo_url())
    if path is not None:
        from desk_app.private_files import private_dir

        private_dir(path.parent)     # 0700 when made here (issue 18)
    if not getattr(args, "_database_named", False):
        name_database(url)
        args._database_named = True
    return url_with_password(url, settings.database_password_source,
                             settings.database_passfile), is_embedded_url(url)


def name_database(url: str) -> None:
    from desk_app.services.database import safe_url
    from desk_app.services.database_names import describe_database

    print(f"Datenbank: {describe_database(url).german()} ({safe_url(url)})", file=sys.stderr)


async def as_staff(args, settings):
    from desk_app.domain.roles import Actor, Role
    from desk_app.services import reference
    from desk_app.services.connect import connect
    from desk_app.services.context import Context
    from desk_app.services.desk import Desk

    url, embedded = database_url(args, settings)
    conn = await connect(url, embedded=embedded)
    async with conn.db.read() as session:
        staff = await reference.staff_by_login(session, args.login)
    actor = Actor(staff_id=staff.id, role=Role(staff.role), station=settings.station)
    desk = Desk(conn.db, Context(actor=actor))
    desk.federal_state = settings.federal_state or desk.federal_state
    desk.take_slots = True   # no booking beyond a slot's capacity (issue 15)
    return conn, desk


def default_day(url: str) -> dt.date:
    """Today; on the demo database the demo's day (a weekend demo shows Friday)."""
    from desk_app.services.database_names import describe_database
    from desk_app.services.demo import demo_now

    if describe_database(url).kind == "demo":
        return business_day(demo_now(utcnow()))
    return business_day(utcnow())
