"""`desk-app diagnose` (issue 19, item 8): versions, masked settings, the schema state
and the last log lines, and no personal data, checked against a database full of people
on both backends."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from sqlalchemy import select

from desk_app import __version__
from desk_app.diagnose import write_bundle
from desk_app.models import Applicant
from desk_app.services.demo import seed_demo_day
from desk_app.services.schema import code_head
from desk_app.settings import PrinterSettings, Settings

ROOT = Path(__file__).resolve().parents[2]


def _bundle_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


async def test_bundle_has_versions_settings_schema_log_and_no_personal_data(
        database_url, db, tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    now = dt.datetime.now(dt.timezone.utc)
    await seed_demo_day(db, now.date(), now=now, size=120)
    async with db.read() as s:
        people = (await s.execute(select(Applicant.family_name, Applicant.given_name,
                                         Applicant.email, Applicant.phone,
                                         Applicant.file_number))).all()
    assert len(people) > 50
    settings = Settings(database_url="postgresql://desk@db1,db2/desk", login="sbbi1",
                        station="AB-I1-PC", printers=PrinterSettings(slips="A4-Flur"))
    log_dir = settings.log_dir
    log_dir.mkdir(parents=True)
    (log_dir / "desk_app.log").write_text(
        "".join(f"2026-11-29 09:{i % 60:02d}:00 INFO desk_app.services.desk: entry {i} called\n"
                for i in range(500))
        + "2026-11-29 10:00:00 WARNING x: could not reach postgresql://desk:hunter2@db1/desk\n",
        encoding="utf-8")
    out = await write_bundle(tmp_path / "bundle.zip", settings, database_url, log_lines=50)
    parts = _bundle_text(out)
    assert set(parts) == {"versions.txt", "settings.json", "schema.txt", "log-tail.txt",
                          "README.txt"}
    assert f"desk_app {__version__}" in parts["versions.txt"]
    assert "SQLAlchemy " in parts["versions.txt"] and "PySide6-Essentials" in parts["versions.txt"]
    shown = json.loads(parts["settings.json"])
    assert shown["station"] == "AB-I1-PC" and shown["printers"]["slips"] == "A4-Flur"
    assert shown["login"] == "(gesetzt)"
    assert f"program schema {code_head()}" in parts["schema.txt"]
    assert f"database schema {code_head()}" in parts["schema.txt"]
    assert "state CURRENT" in parts["schema.txt"]
    log_lines = parts["log-tail.txt"].splitlines()
    assert len(log_lines) == 50 and "entry 499 called" in parts["log-tail.txt"]
    everything = "\n".join(parts.values())
    assert "hunter2" not in everything and "postgresql://desk:***@db1/desk" in everything
    assert "sbbi1" not in everything
    leaked = {v for row in people for v in row
              if v and len(v) >= 4 and v in everything}
    assert not leaked, f"personal data in the bundle: {sorted(leaked)[:5]}"


async def test_bundle_when_the_database_is_unreachable(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    out = await write_bundle(tmp_path / "b.zip", Settings(),
                             "postgresql://nobody@127.0.0.1:1/desk", log_lines=10)
    parts = _bundle_text(out)
    assert "error DatabaseUnavailable" in parts["schema.txt"]
    assert "(no log at" in parts["log-tail.txt"]


def test_cli_diagnose_writes_the_zip(tmp_path):
    env = {**os.environ, "DESK_DATA_DIR": str(tmp_path / "data"),
           "DESK_CONFIG": str(tmp_path / "none.toml"),
           "DESK_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'd.sqlite3'}"}
    result = subprocess.run([sys.executable, "-m", "desk_app.cli", "diagnose", "--out",
                             str(tmp_path / "x.zip")], cwd=ROOT, capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    parts = _bundle_text(tmp_path / "x.zip")
    assert "state EMPTY" in parts["schema.txt"]   # diagnose never migrates
