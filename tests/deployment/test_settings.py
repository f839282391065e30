"""Settings an admin can trust (issue 19, item 3): typed, validated, errors name the
file and the line; no password in the file; `desk-app settings` masks secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from desk_app.settings import (PrinterSettings, Settings, SettingsError, as_dict, load_settings,
                               read_settings_file, save_settings)

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_file_is_read_with_its_types(tmp_path):
    path = write(tmp_path, """
database_url = "postgresql://desk@db1,db2/desk?target_session_attrs=read-write"
report_database_url = "postgresql://report@db3/desk"
station = "AB-I1-PC"
counter = "Schalter I1"
language = "en"
receipts_enabled = true
sqlite_poll_ms = 250
database_password_source = "keyring"

[printers]
wait_ticket = "Bon-I1"
stuck_after_s = 90
""")
    s = read_settings_file(path)
    assert s.station == "AB-I1-PC" and s.language == "en" and s.receipts_enabled is True
    assert s.sqlite_poll_ms == 250 and s.database_password_source == "keyring"
    assert s.printers == PrinterSettings(wait_ticket="Bon-I1", stuck_after_s=90)
    assert s.effective_report_database_url == "postgresql://report@db3/desk"


def test_defaults_are_kept():
    s = Settings()
    assert (s.database_url, s.language, s.receipts_enabled, s.sqlite_poll_ms, s.log_level) == \
        ("", "de", False, 500, "INFO")
    assert s.printers.stuck_after_s == 60 and s.report_database_url == ""
    assert s.effective_report_database_url == s.effective_database_url


@pytest.mark.parametrize("text, line, words", [
    ('station = "A"\ncountr = "I1"\n', 2, ["unbekannte Einstellung 'countr'"]),
    ('station = "A"\n\n[printers]\nslips = "x"\nwait_tiket = "y"\n', 5,
     ["'printers.wait_tiket'"]),
    ('sqlite_poll_ms = "fast"\n', 1, ["'sqlite_poll_ms' muss ganze Zahl sein", "'fast'"]),
    ('station = "A"\nreceipts_enabled = "yes"\n', 2, ["'receipts_enabled' muss true oder false"]),
    ('station = 5\n', 1, ["'station' muss Text sein"]),
    ('\n\n[printers]\nstuck_after_s = 1.5\n', 4, ["'printers.stuck_after_s' muss ganze Zahl"]),
    ('printers = "DeskPDF"\n', 1, ["muss eine Tabelle [printers] sein"]),
    ('language = "fr"\n', 1, ["'language' muss eine von de, en"]),
    ('\ndatabase_url = "postgresql://desk:geheim@db1/desk"\n', 2, ["enthält ein Passwort"]),
    ('station = "A"\nstation "B"\n', 2, ["kein gültiges TOML"]),
])
def test_errors_name_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(SettingsError) as info:
        read_settings_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}, Zeile {line}: "), message
    assert info.value.line == line
    for word in words:
        assert word in message
    assert "geheim" not in message


def test_environment_overrides_the_file(tmp_path, monkeypatch):
    path = write(tmp_path, 'station = "file"\nlanguage = "de"\n')
    monkeypatch.setenv("DESK_STATION", "env")
    monkeypatch.setenv("DESK_REPORT_DATABASE_URL", "postgresql://r@replica/desk")
    s = load_settings(path)
    assert s.station == "env" and s.report_database_url == "postgresql://r@replica/desk"


def test_save_and_read_back_every_field(tmp_path):
    s = Settings(database_url="postgresql://desk@db/desk", station="X", counter="Schalter \"3\"",
                 receipts_enabled=True, sqlite_poll_ms=300, language="en",
                 printers=PrinterSettings(slips="A4", stuck_after_s=30))
    path = save_settings(s, tmp_path / "sub" / "settings.toml")
    assert read_settings_file(path) == s
    # every field of Settings survives a round trip (a field added later too)
    for f in fields(Settings):
        assert getattr(read_settings_file(path), f.name) == getattr(s, f.name)


def test_masking():
    s = Settings(database_url="postgresql://desk@db/desk",
                 report_database_url="postgresql://r@db/desk")
    shown = as_dict(s)
    assert shown["database_url"] == "postgresql://desk@db/desk"
    from dataclasses import replace
    leaky = replace(s, report_database_url="postgresql://r:secret@db/desk")  # e.g. from env
    assert as_dict(leaky)["report_database_url"] == "postgresql://r:***@db/desk"


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desk_app.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_cli_version_and_settings(tmp_path):
    version = _cli("--version")
    from desk_app import __version__
    assert version.returncode == 0 and f"desk-app {__version__}" in version.stdout
    path = write(tmp_path, 'station = "AB-I1-PC"\n[printers]\nslips = "A4-Flur"\n')
    shown = _cli("settings", env={"DESK_CONFIG": str(path),
                                  "DESK_DATABASE_URL": "postgresql://u:topsecret@db/desk"})
    assert shown.returncode == 0, shown.stderr
    assert "AB-I1-PC" in shown.stdout and "A4-Flur" in shown.stdout
    assert "topsecret" not in shown.stdout and "postgresql://u:***@db/desk" in shown.stdout
    bad = write(tmp_path, 'station = "A"\nstatoin = "B"\n')
    checked = _cli("settings", "check", "--file", str(bad))
    assert checked.returncode == 2
    assert f"{bad}, Zeile 2: unbekannte Einstellung 'statoin'" in checked.stderr
    assert "Traceback" not in checked.stderr
