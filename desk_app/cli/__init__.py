"""Headless commands (`desk-app …`), one module per command group.

A group is a module with ``add_commands(sub, dbsub)``: it adds its sub-commands to
``sub`` (`desk-app X`) or ``dbsub`` (`desk-app db X`) and names each one's handler with
``common.command(parser, handler)``. Registering a group is one line in
``COMMAND_GROUPS`` below; nothing else needs to know of it.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import sys

from desk_app.settings import load_settings

from . import (capacity, config, deployment, intake, mail, purge, queue, reports, schema,
               start, waiting_room)
from .common import as_staff, demo_url, german_argparse
from .queue import print_queue, shorten

__all__ = ["COMMAND_GROUPS", "as_staff", "demo_url", "main", "print_queue", "shorten"]

#: the command groups, in the order `desk-app --help` lists their commands
COMMAND_GROUPS = (
    schema,
    config,
    start,
    queue,
    intake,
    reports,
    purge,
    deployment,
    capacity,
    waiting_room,
    mail,
)


def _parser() -> argparse.ArgumentParser:
    german_argparse()
    p = argparse.ArgumentParser(prog="desk-app", description="Schalteranwendung der Ausländerbehörde")
    p.add_argument("--version", action="version", version=deployment.version_line(),
                   help="die Version des Programms")
    sub = p.add_subparsers(dest="command")
    db = sub.add_parser("db", help="Datenbankschema")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    for group in COMMAND_GROUPS:
        group.add_commands(sub, dbsub)
    _german_placeholders(p)
    return p


#: the placeholders argparse would print in English (its default is the option's name)
_PLACEHOLDERS = {"database": "URL", "login": "ANMELDENAME", "file": "DATEI",
                 "mapping": "DATEI", "name": "NAME", "output": "DATEI"}


def _german_placeholders(parser: argparse.ArgumentParser) -> None:
    """Every command's options show German placeholders (``--database URL``, not
    ``--database DATABASE``); an option's own metavar wins."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _german_placeholders(sub)
        elif action.option_strings and action.metavar is None and action.nargs != 0 \
                and action.dest in _PLACEHOLDERS:
            action.metavar = _PLACEHOLDERS[action.dest]


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


def _dispatch(args) -> int:
    """Runs the handler ``common.command`` named (a coroutine in a new event loop)."""
    result = args.handler(args, load_settings()) if args.with_settings else args.handler(args)
    return asyncio.run(result) if inspect.iscoroutine(result) else result
