"""The commands work on the demo database the way README shows them, name the database
they use, and speak German (issue 10)."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

import pytest

from desk_app import cli
from desk_app.domain.clock import business_day, utcnow
from desk_app.services.database_names import describe_database


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.delenv("DESK_DATABASE_URL", raising=False)
    return tmp_path


def test_commands_after_the_demo_use_the_demo_database(home, capsys):
    assert cli.main(["seed-demo", "--database", cli.demo_url(), "--size", "60"]) == 0
    capsys.readouterr()
    assert cli.main(["queue"]) == 0
    out, err = capsys.readouterr()
    assert "Datenbank: Demo, lokal" in err
    lines = out.strip().splitlines()
    assert int(lines[-1].split()[0]) >= 40, lines[-1]  # not "0 Vorgänge" from a new file
    # German state labels (which states a demo day shows depends on the hour it is run)
    german = (" Wartend ", " Gebucht ", " Erledigt ", " Aufgerufen ", " In Bearbeitung ")
    assert any(label in line for line in lines for label in german), lines[:5]
    assert not any(s in out for s in ("WAITING", "BOOKED", "DONE", "CALLED", "IN_SERVICE"))
    assert not (home / "data" / "desk_app.sqlite3").exists()
    sample = resources.files("desk_app.resources.sample") / "bookings.csv"
    with resources.as_file(sample) as path:
        assert cli.main(["import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "importiert" in out and "Datenbank: Demo, lokal" in err


def test_a_configured_database_wins_over_the_demo(home, capsys, monkeypatch):
    assert cli.main(["seed-demo", "--database", cli.demo_url(), "--size", "20"]) == 0
    other = f"sqlite+aiosqlite:///{home / 'office.sqlite3'}"
    monkeypatch.setenv("DESK_DATABASE_URL", other)
    capsys.readouterr()
    assert cli.main(["queue"]) == 0
    out, err = capsys.readouterr()
    assert "Datenbank: lokal (office.sqlite3)" in err and out.strip().endswith("0 Vorgänge")


def test_database_names_read_as_a_person_would_say_them():
    assert describe_database("sqlite+aiosqlite:////x/demo.sqlite3").german() == "Demo, lokal"
    assert describe_database("sqlite+aiosqlite:////x/desk_app.sqlite3").german() == \
        "lokal (desk_app.sqlite3)"
    assert describe_database("postgresql+asyncpg://clerk:secret@db-server/desk").german() == \
        "desk auf db-server"


def test_names_are_shortened_at_a_word_boundary():
    name = "Wolfeschlegelsteinhausenbergerdorff-Schmidt von Hohenzollern-Sigmaringen, Hubert"
    short = cli.shorten(name, 60)
    assert len(short) <= 60 and short.endswith("…")
    assert name.startswith(short[:-1]) and name[len(short) - 1] in " ,"
    assert cli.shorten("Kurz", 60) == "Kurz"


# words that give an English help text away (none of them is a German word)
_ENGLISH = {"the", "of", "for", "with", "and", "that", "this", "its", "instead", "default",
            "only", "from", "per", "print", "load", "create", "screen", "no", "into",
            "which", "when", "name", "number", "role", "reads"}


def _help_texts():
    """(label, help) of every command, subcommand, option and argument."""
    parser = cli._parser()
    texts = []
    for action in parser._subparsers._group_actions:
        texts += [(c.dest, c.help) for c in action._choices_actions]
        for name, sub in action.choices.items():
            subs = [(name, sub)]
            for a in sub._actions:
                if hasattr(a, "choices") and isinstance(a.choices, dict):
                    subs += [(f"{name} {n}", s) for n, s in a.choices.items()]
                    texts += [(f"{name} {c.dest}", c.help) for c in a._choices_actions]
            for label, p in subs:
                for a in p._actions:
                    if a.option_strings:
                        texts.append((f"{label} {a.option_strings[0]}", a.help))
                    elif a.dest not in ("db_command",) and not isinstance(a.choices, dict):
                        texts.append((f"{label} {a.dest}", a.help))
    return texts


def test_every_option_has_help_text():
    texts = _help_texts()
    assert len(texts) > 100
    missing = [label for label, text in texts if text is None]
    assert not missing, missing


def test_every_help_text_is_german():
    texts = _help_texts()
    assert any(label == "capacity offer --week" for label, _ in texts)
    english = []
    for label, text in texts:
        prose = re.sub(r"-*\w+(-\w+)+|--\w+", "", text or "")  # options, command names
        words = set(re.findall(r"[^\W\d_]+", prose))  # case kept: "Name" is German
        if words & _ENGLISH:
            english.append(f"{label}: {text}")
    assert not english, english


def test_the_cli_speaks_german(home, capsys):
    with pytest.raises(SystemExit):
        cli.main(["queue", "--date", "2026-13-01"])
    err = capsys.readouterr().err
    assert "Fehler" in err and "ungültiges Datum" in err and "error" not in err
    with pytest.raises(SystemExit):
        cli.main(["queue", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: ") and "diese Hilfe zeigen" in out and "Optionen" in out


@pytest.mark.parametrize("week", ["2026-W99", "99", "2026-34", "KW 34"])
def test_a_wrong_week_says_the_expected_form_in_german(home, capsys, week):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["capacity", "offer", "--week", week])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert "Fehler" in last and "ungültige Woche" in last and repr(week) in last
    assert "JJJJ-Www" in last and "2026-W49" in last
    assert "Invalid" not in err and "unpack" not in err and "Traceback" not in err


def test_a_week_is_read_as_year_and_week():
    from desk_app.cli.common import parse_week

    assert parse_week("2026-W49") == (2026, 49)
    assert parse_week("2026-w01") == (2026, 1)
    assert parse_week("2020-W53") == (2020, 53)  # 2020 has 53 ISO weeks


def _placeholders():
    """(label, metavar shown) of every option that takes a value."""
    parser = cli._parser()
    shown = []

    def walk(p, label):
        for a in p._actions:
            if hasattr(a, "choices") and isinstance(a.choices, dict):
                for name, sub in a.choices.items():
                    walk(sub, f"{label} {name}".strip())
            elif a.option_strings and a.nargs != 0:
                shown.append((f"{label} {a.option_strings[0]}",
                              a.metavar or a.dest.upper()))
    walk(parser, "")
    return shown


def test_option_placeholders_are_german():
    """Issue 10: `--database URL`, not argparse's English `--database DATABASE`."""
    shown = dict(_placeholders())
    assert shown["queue --database"] == "URL"
    assert shown["import --login"] == "ANMELDENAME"
    english = {label: m for label, m in shown.items()
               if m in ("DATABASE", "LOGIN", "FILE", "MAPPING", "OUTPUT")}
    assert not english, english


def test_no_shows_marks_overdue_bookings_for_a_scheduled_job(home, capsys):
    """Issue 17: `desk-app no-shows` marks the bookings past their grace period, once."""
    import asyncio

    from desk_app.services.database import open_database

    assert cli.main(["seed-demo", "--database", cli.demo_url(), "--size", "60"]) == 0
    capsys.readouterr()

    async def no_shows() -> int:
        from sqlalchemy import func, select

        from desk_app.models import QueueEntry

        db = open_database(cli.demo_url())
        try:
            async with db.read() as s:
                return (await s.execute(select(func.count()).select_from(QueueEntry)
                                        .where(QueueEntry.state == "NO_SHOW"))).scalar_one()
        finally:
            await db.dispose()

    async def one_overdue() -> None:
        """A booking of the demo's day at that day's earliest appointment, an hour before
        it: past its grace whatever the hour the test runs (the demo's clock decides)."""
        from sqlalchemy import func, select, update

        from desk_app.models import QueueEntry

        db = open_database(cli.demo_url())
        try:
            async with db.write_session() as s, s.begin():
                first = (await s.execute(select(func.min(QueueEntry.scheduled_at)))).scalar_one()
                booked = (await s.execute(select(QueueEntry.id).where(
                    QueueEntry.state == "BOOKED").limit(1))).scalar_one_or_none()
                if booked is None:
                    # Started late at night the demo day has no bookings ahead (its slots
                    # end at 23:50); turn one of its entries back into a booking.
                    booked = (await s.execute(select(QueueEntry.id).limit(1))).scalar_one()
                await s.execute(update(QueueEntry).where(QueueEntry.id == booked)
                                .values(state="BOOKED",
                                        scheduled_at=first - dt.timedelta(hours=1)))
        finally:
            await db.dispose()

    asyncio.run(one_overdue())
    before = asyncio.run(no_shows())
    assert cli.main(["no-shows"]) == 0
    out, err = capsys.readouterr()
    assert "Datenbank: Demo, lokal" in err
    marked = asyncio.run(no_shows()) - before
    assert marked > 0                     # a living demo has bookings past their grace
    assert out.strip() == f"{marked} Termine als nicht erschienen markiert."
    assert cli.main(["no-shows"]) == 0                    # idempotent: nothing left to mark
    assert capsys.readouterr().out.strip() == "0 Termine als nicht erschienen markiert."
