"""All settings in one typed object, read from a TOML file and the environment.

Every field of ``Settings`` (and of its tables, e.g. ``[printers]``) is checked against
its type annotation when the file is read: an unknown key or a value of the wrong type
is a ``SettingsError`` that names the file and the line, so an admin rolling out
dozens of workstations sees at once which line of which file is wrong.

A database password never sits in this file: ``database_url`` with a password is
refused. The password comes from the OS keyring (``database_password_source =
"keyring"``, stored with ``desk-app settings set-password``), from a PostgreSQL password
file (``"pgpass"``, the default: libpq's ``~/.pgpass`` / ``%APPDATA%\\postgresql\\pgpass.conf``
or ``database_passfile``), or from single sign-on (``"sso"``: Kerberos/GSSAPI or SSPI, the
server's pg_hba decides). See docs/deployment.md.

A new plain field (str, int, float, bool, or a frozen dataclass of those) needs no code
here: the checks follow the annotations.
"""

from __future__ import annotations

import os
import re
import tomllib
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from pathlib import Path

import platformdirs

APP_NAME = "desk_app"


def data_dir() -> Path:
    return Path(os.environ.get("DESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, "desk_app"))


def config_file() -> Path:
    return Path(os.environ.get("DESK_CONFIG") or
                Path(platformdirs.user_config_dir(APP_NAME, "desk_app")) / "settings.toml")


class SettingsError(ValueError):
    """The settings file is wrong. The message names the file and, where known, the line."""

    def __init__(self, path: Path | str | None, line: int | None, message: str) -> None:
        self.path = Path(path) if path else None
        self.line = line
        where = f"{self.path}" if self.path else "Einstellungen"
        if line:
            where += f", Zeile {line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class PrinterSettings:
    wait_ticket: str = ""        # thermal roll printer (CUPS queue name); "" = ask/default
    slips: str = ""              # A4/A5 printer for slips and confirmations
    receipts: str = ""
    stuck_after_s: int = 60      # a job not completed by then is STUCK


@dataclass(frozen=True)
class MailSettings:
    """The office's mailbox (issue 20): read over IMAP, replies over SMTP, TLS always
    (implicit, or STARTTLS that must succeed). The password is never in this file: it is
    in the keyring (service ``desk_app-mail``, account ``user``; ``desk-app mail
    set-password``). No ``imap_host``: no mailbox, no polling."""

    imap_host: str = ""
    imap_port: int = 993
    imap_starttls: bool = False          # port 143 with STARTTLS; else implicit TLS
    folder: str = "INBOX"
    user: str = ""
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_starttls: bool = False          # port 587 with STARTTLS; else implicit TLS
    from_address: str = ""
    cafile: str = ""                     # the office's CA bundle ("" = the system's)
    poll_interval_s: int = 300           # the running app reads the mailbox this often; 0 = off

    @property
    def configured(self) -> bool:
        return bool(self.imap_host.strip() and self.user.strip())


#: where the database password comes from (never from this file)
PASSWORD_SOURCES = ("pgpass", "keyring", "sso")
LANGUAGES = ("de", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


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
    # the automatic no-show runs this often in the running app (0: off); any number of
    # workstations may run it (one conditional UPDATE, services/no_shows.py)
    auto_no_show_interval_s: int = 60
    alarm_shortcut: str = "Ctrl+Shift+F12"   # the silent alarm (issue 14; shown in F1)
    printers: PrinterSettings = field(default_factory=PrinterSettings)
    # the self check-in kiosk (issue 12): the staff login it acts as is ``login`` (a
    # reception account); check-in from this many minutes before the appointment up to
    # the service point's late tolerance; walk-ins only at these service points (codes)
    kiosk_early_min: int = 30
    kiosk_walk_ins: tuple[str, ...] = ()
    # a read-only replica for statistics and exports ("" = the main database)
    report_database_url: str = ""
    # "pgpass" (the driver reads the password file), "keyring" or "sso"
    database_password_source: str = "pgpass"
    database_passfile: str = ""              # a pgpass file other than the user's default
    schema_check_s: int = 30                 # how often a running workstation checks
                                             # whether the database was upgraded past it
    db_role_prefix: str = "desk_"            # group roles of `desk-app db roles` (PostgreSQL)
    idle_lock_minutes: int = 10              # lock screen after this idle time; 0 = never
    require_pin: bool = False                # embedded database: ask for the PIN at start
    mail: MailSettings = field(default_factory=MailSettings)   # issue 20: the mailbox

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        from desk_app.services.backend import embedded_url

        return embedded_url(data_dir() / "desk_app.sqlite3")

    @property
    def effective_report_database_url(self) -> str:
        """Where reports read: the replica when one is set, else the main database."""
        return self.report_database_url or self.effective_database_url

    @property
    def is_embedded(self) -> bool:
        from desk_app.services.backend import is_embedded_url

        return is_embedded_url(self.effective_database_url)

    @property
    def log_dir(self) -> Path:
        return data_dir() / "logs"


# -- checking ------------------------------------------------------------------------------
def _hints(cls) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _line_of(source: str, table: str | None, key: str) -> int | None:
    """The line of ``key`` (in ``[table]``, or top level) in a TOML text; None if not found.
    Handles plain and quoted keys and dotted keys (``printers.slips = …``)."""
    current: str | None = None
    key_re = re.compile(r'^\s*(?:"([^"]+)"|\'([^\']+)\'|([A-Za-z0-9_.-]+))\s*=')
    header_re = re.compile(r'^\s*\[\s*([^\]]+?)\s*\]')
    for number, line in enumerate(source.splitlines(), start=1):
        header = header_re.match(line)
        if header:
            current = header.group(1).strip().strip('"')
            continue
        m = key_re.match(line)
        if not m:
            continue
        name = next(g for g in m.groups() if g)
        if current == table and name == key:
            return number
        if current is None and table is not None and name == f"{table}.{key}":
            return number
    if table is not None:  # the table itself (e.g. a value where a table belongs)
        for number, line in enumerate(source.splitlines(), start=1):
            header = header_re.match(line)
            if header and header.group(1).strip() == table:
                return number
            m = key_re.match(line)
            if m and next(g for g in m.groups() if g) == table:
                return number
    return None


_TYPE_NAMES = {str: "Text", int: "ganze Zahl", float: "Zahl", bool: "true oder false"}


def _check_value(expected, value) -> bool:
    if expected is bool:
        return isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is str:
        return isinstance(value, str)
    origin = typing.get_origin(expected)
    if origin in (list, tuple):
        (inner, *_rest) = typing.get_args(expected) or (object,)
        return isinstance(value, list) and all(_check_value(inner, v) for v in value)
    return True


def _build(cls, values: dict, *, path: Path | None, source: str, table: str | None):
    hints = _hints(cls)
    known = {f.name: f for f in fields(cls)}
    kwargs = {}
    for key, value in values.items():
        where = f"{table}.{key}" if table else key
        if key not in known:
            raise SettingsError(path, _line_of(source, table, key),
                                f"unbekannte Einstellung '{where}' (bekannt: "
                                f"{', '.join(sorted(known))})")
        expected = hints[key]
        if is_dataclass(expected):
            if not isinstance(value, dict):
                raise SettingsError(path, _line_of(source, table, key),
                                    f"'{where}' muss eine Tabelle [{where}] sein")
            kwargs[key] = _build(expected, value, path=path, source=source, table=where)
            continue
        if not _check_value(expected, value):
            name = _TYPE_NAMES.get(expected, getattr(expected, "__name__", str(expected)))
            raise SettingsError(path, _line_of(source, table, key),
                                f"'{where}' muss {name} sein, nicht {value!r}")
        if expected is float and isinstance(value, int):
            value = float(value)
        if typing.get_origin(expected) is tuple:
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)


def _has_password(url: str) -> bool:
    m = re.match(r"^[a-z0-9+]+://([^@/]*)@", url, re.I)
    return bool(m and ":" in m.group(1))


def validate(settings: Settings, *, path: Path | None = None, source: str = "",
             passwords: bool = True) -> Settings:
    """Checks the values that a type alone cannot (choices, passwords in URLs).
    ``passwords=False``: a URL from the environment or the command line may carry one
    (scripts, tests); the file never may."""
    def fail(key: str, message: str) -> None:
        raise SettingsError(path, _line_of(source, None, key) if source else None, message)

    if settings.language not in LANGUAGES:
        fail("language", f"'language' muss eine von {', '.join(LANGUAGES)} sein, "
                         f"nicht {settings.language!r}")
    if settings.log_level.upper() not in LOG_LEVELS:
        fail("log_level", f"'log_level' muss eine von {', '.join(LOG_LEVELS)} sein")
    if settings.database_password_source not in PASSWORD_SOURCES:
        fail("database_password_source",
             f"'database_password_source' muss eine von {', '.join(PASSWORD_SOURCES)} sein")
    for key in ("database_url", "report_database_url"):
        if passwords and _has_password(getattr(settings, key)):
            fail(key, f"'{key}' enthält ein Passwort. Passwörter gehören nicht in die "
                      f"Einstellungen: Schlüsselbund (desk-app settings set-password), "
                      f"pgpass-Datei oder Single Sign-on (docs/deployment.md)")
    if settings.sqlite_poll_ms <= 0:
        fail("sqlite_poll_ms", "'sqlite_poll_ms' muss größer als 0 sein")
    if settings.schema_check_s <= 0:
        fail("schema_check_s", "'schema_check_s' muss größer als 0 sein")
    if settings.mail.poll_interval_s < 0:
        raise SettingsError(path, _line_of(source, "mail", "poll_interval_s") if source else None,
                            "'mail.poll_interval_s' darf nicht negativ sein (0 = aus)")
    return settings


def read_settings_file(path: Path) -> Settings:
    """The file alone (no environment), checked; SettingsError names file and line."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SettingsError(path, None, f"nicht lesbar ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise SettingsError(path, None, "ist kein UTF-8-Text") from None
    try:
        values = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise SettingsError(path, int(m.group(1)) if m else None,
                            f"kein gültiges TOML ({exc})") from None
    settings = _build(Settings, values, path=path, source=source, table=None)
    return validate(settings, path=path, source=source)


#: environment variables that override a setting (for scripts, tests and kiosks)
ENVIRONMENT = {
    "database_url": "DESK_DATABASE_URL",
    "report_database_url": "DESK_REPORT_DATABASE_URL",
    "station": "DESK_STATION",
    "login": "DESK_LOGIN",
    "language": "DESK_LANGUAGE",
}


def load_settings(path: Path | None = None, **overrides) -> Settings:
    """File first, then DESK_* environment variables, then explicit overrides."""
    path = path or config_file()
    settings = read_settings_file(path) if path.exists() else Settings()
    env = {k: os.environ.get(v) for k, v in ENVIRONMENT.items()}
    settings = replace(settings, **{k: v for k, v in env.items() if v})
    settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    return validate(settings, passwords=False)


# -- showing and writing -------------------------------------------------------------------
SECRET_MARK = "***"


def mask_url(url: str) -> str:
    """A URL with any password replaced (also an unparsable one)."""
    return re.sub(r"^([a-z0-9+]+://[^:@/]*):[^@/]*@", rf"\1:{SECRET_MARK}@", url, flags=re.I)


def as_dict(settings: Settings, *, masked: bool = True) -> dict:
    """The settings as plain values, URLs with passwords masked."""
    def plain(obj) -> dict:
        out = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            if is_dataclass(value):
                value = plain(value)
            elif masked and isinstance(value, str) and f.name.endswith("_url"):
                value = mask_url(value)
            out[f.name] = value
        return out
    return plain(settings)


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def to_toml(settings: Settings, *, only_changed: bool = True) -> str:
    """TOML text for ``settings`` (by default only what differs from the defaults)."""
    defaults = Settings()
    top, tables = [], []
    for f in fields(settings):
        value = getattr(settings, f.name)
        if is_dataclass(value):
            default = getattr(defaults, f.name)
            rows = [f"{g.name} = {_toml_value(getattr(value, g.name))}" for g in fields(value)
                    if not only_changed or getattr(value, g.name) != getattr(default, g.name)]
            if rows:
                tables.append(f"\n[{f.name}]\n" + "\n".join(rows))
            continue
        if only_changed and f.default is not MISSING and value == f.default:
            continue
        top.append(f"{f.name} = {_toml_value(value)}")
    return "\n".join(top) + "\n" + "\n".join(tables) + ("\n" if tables else "")


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Writes the settings file (checked first: what is written can be read back)."""
    path = path or config_file()
    validate(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text("# desk_app settings (docs/deployment.md)\n" + to_toml(settings),
                   encoding="utf-8")
    os.replace(tmp, path)
    return path
