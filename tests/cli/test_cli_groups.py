"""The cli package: a command group is one module with ``add_commands`` and one line in
``COMMAND_GROUPS``; every command names the handler that runs it."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

from desk_app import cli
from desk_app.cli.common import command


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = (), inherited=None):
    """(command words, handler) for every command that has no sub-commands."""
    handler = parser._defaults.get("handler", inherited)
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, handler
        return
    for action in subs:
        for name, sub in action.choices.items():
            yield from _leaves(sub, (*path, name), handler)


def test_every_group_module_is_registered_once():
    modules = {m.name for m in pkgutil.iter_modules(cli.__path__)} - {"__main__"}
    groups = {name for name in modules
              if hasattr(importlib.import_module(f"desk_app.cli.{name}"), "add_commands")}
    registered = [g.__name__.rsplit(".", 1)[1] for g in cli.COMMAND_GROUPS]
    assert sorted(registered) == sorted(groups)
    assert len(set(registered)) == len(registered)


def test_every_command_has_a_handler():
    leaves = dict(_leaves(cli._parser()))
    assert ("db", "upgrade") in leaves and ("report-layout", "save") in leaves and ("notice",) in leaves
    assert [words for words, handler in leaves.items() if not callable(handler)] == []


def test_a_new_group_is_one_line(monkeypatch, capsys):
    """A group added the way `desk-app mail` was: a module with add_commands, one line to register."""
    class MailGroup:
        __name__ = "desk_app.cli.example"

        @staticmethod
        def add_commands(sub, dbsub):
            mail = sub.add_parser("example", help="Beispiel")
            mailsub = mail.add_subparsers(dest="example_command", required=True)
            command(mailsub.add_parser("poll", help="abholen"), MailGroup.poll, settings=False)

        @staticmethod
        async def poll(args) -> int:
            print(f"poll {args.command} {args.example_command}")
            return 7

    monkeypatch.setattr(cli, "COMMAND_GROUPS", (*cli.COMMAND_GROUPS, MailGroup))
    assert cli.main(["example", "poll"]) == 7          # a coroutine handler runs to its end
    assert capsys.readouterr().out == "poll example poll\n"
