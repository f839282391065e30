"""The waiting room's headless commands: the notice line, and the display role's refusal
on SQLite."""

from __future__ import annotations

import asyncio

from desk_app.cli import main
from desk_app.services.call_display import CallDisplayFeed
from desk_app.services.database import open_database


def _notice(url: str) -> str:
    async def read():
        db = open_database(url)
        try:
            return (await CallDisplayFeed(db, on_picture=lambda p: None).refresh()).notice
        finally:
            await db.dispose()
    return asyncio.run(read())


def test_notice_set_and_cleared_from_the_command_line(sqlite_database_url, capsys):
    url = sqlite_database_url
    assert main(["notice", "Heute ist Schalter 5 geschlossen", "--database", url]) == 0
    assert "Hinweis für alle Anzeigen" in capsys.readouterr().out
    assert _notice(url) == "Heute ist Schalter 5 geschlossen"
    assert main(["notice", "", "--database", url]) == 0
    assert _notice(url) == ""
    assert main(["notice", "x", "--database", url, "--login", "sbbi1"]) == 2   # a clerk
    assert "Keine Berechtigung" in capsys.readouterr().err


def test_display_role_needs_postgresql(sqlite_database_url, capsys):
    assert main(["db", "display-role", "desk_display", "--database", sqlite_database_url]) == 2
    assert "nur auf PostgreSQL" in capsys.readouterr().err
