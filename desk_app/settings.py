"""All settings in one typed object, read from a TOML file and the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

APP_NAME = "desk_app"


def data_dir() -> Path:
    return Path(os.environ.get("DESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, "desk_app"))


def config_file() -> Path:
    return Path(os.environ.get("DESK_CONFIG") or
                Path(platformdirs.user_config_dir(APP_NAME, "desk_app")) / "settings.toml")


@dataclass(frozen=True)
class PrinterSettings:
    wait_ticket: str = ""        # thermal roll printer (CUPS queue name); "" = ask/default
    slips: str = ""              # A4/A5 printer for slips and confirmations
    receipts: str = ""
    stuck_after_s: int = 60      # a job not completed by then is STUCK


@dataclass(frozen=True)
class Settings:
    database_url: str = ""                   # empty: the embedded SQLite file
    station: str = field(default_factory=lambda: os.uname().nodename if hasattr(os, "uname") else "station")
    login: str = ""                          # staff login of this workstation's user
    service_point: str = ""                  # service point code
    counter: str = ""                        # counter name
    language: str = "de"                     # UI language: de or en
    receipts_enabled: bool = False           # fee receipts are optional per office
    office_name: str = "Landeshauptstadt – Ausländerbehörde"
    sqlite_poll_ms: int = 500
    log_level: str = "INFO"
    federal_state: str = "NW"                # public holidays of the appointment book
    # accounting retention of receipts: the purge keeps the payer's name this many days
    receipt_retention_days: int = 3653
    printers: PrinterSettings = field(default_factory=PrinterSettings)
    # the self check-in kiosk (issue 12): the staff login it acts as is ``login`` (a
    # reception account); check-in from this many minutes before the appointment up to
    # the service point's late tolerance; walk-ins only at these service points (codes)
    kiosk_early_min: int = 30
    kiosk_walk_ins: tuple[str, ...] = ()

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{data_dir() / 'desk_app.sqlite3'}"

    @property
    def is_embedded(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    @property
    def log_dir(self) -> Path:
        return data_dir() / "logs"


def load_settings(path: Path | None = None, **overrides) -> Settings:
    """File first, then DESK_* environment variables, then explicit overrides."""
    values: dict = {}
    path = path or config_file()
    if path.exists():
        with path.open("rb") as fh:
            values = tomllib.load(fh)
    printers = PrinterSettings(**values.pop("printers", {}))
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown settings in {path}: {', '.join(sorted(unknown))}")
    if "kiosk_walk_ins" in values:
        values["kiosk_walk_ins"] = tuple(values["kiosk_walk_ins"])
    settings = Settings(**values, printers=printers)
    env = {
        "database_url": os.environ.get("DESK_DATABASE_URL"),
        "station": os.environ.get("DESK_STATION"),
        "login": os.environ.get("DESK_LOGIN"),
        "language": os.environ.get("DESK_LANGUAGE"),
    }
    settings = replace(settings, **{k: v for k, v in env.items() if v})
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
