"""Deployment (issue 19): `settings`, `diagnose`, `setup`, `selfcheck` and the version."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from desk_app.domain.clock import utcnow
from desk_app.settings import load_settings

from .common import command, database_url


def version_line() -> str:
    from desk_app import __version__

    return f"desk-app {__version__} (Python {sys.version.split()[0]})"


def add_commands(sub, dbsub) -> None:
    st = sub.add_parser("settings", help="die geltenden Einstellungen zeigen (Geheimnisse maskiert)")
    st.add_argument("action", nargs="?", choices=["show", "check", "path", "set-password"],
                    default="show", help="show (Standard): zeigen; check: eine Datei prüfen; "
                    "path: wo die Datei liegt; set-password: das Datenbank-Passwort in den "
                    "Schlüsselbund des Systems")
    st.add_argument("--file", type=Path, help="Einstellungsdatei (Standard: DESK_CONFIG oder "
                                              "settings.toml des Benutzers)")
    st.add_argument("--database", help="für set-password: die Datenbank-URL (Standard: Einstellungen)")

    command(st, _settings_command, settings=False)

    diag = sub.add_parser("diagnose", help="ein Diagnosepaket für den Support schreiben (ohne personenbezogene Daten)")
    diag.add_argument("--out", type=Path, help="ZIP-Datei (Standard: "
                                               "desk-app-diagnose-<Zeit>.zip hier)")
    diag.add_argument("--database", help="Datenbank-URL (Standard: Einstellungen)")
    diag.add_argument("--log-lines", type=int, default=200, help="so viele letzte Logzeilen")

    command(diag, _diagnose_command, settings=False)

    setup = sub.add_parser("setup", help="der Einrichtungsdialog: Datenbank, Arbeitsplatz, "
                           "Schalter, Drucker, Sprache (schreibt die Einstellungsdatei)")
    command(setup, _setup_command, settings=False)

    chk = sub.add_parser("selfcheck", help="eine Installation prüfen: Ressourcen, jedes "
                         "Dokument in jeder Sprache, die englische Oberfläche")
    chk.add_argument("--out", type=Path, help="die Musterdokumente (PDF) hierhin schreiben")
    command(chk, _selfcheck_command, settings=False)


def _settings_command(args) -> int:
    import json

    from desk_app.settings import as_dict, config_file, load_settings, read_settings_file

    path = args.file or config_file()
    if args.action == "path":
        print(path)
        return 0
    if args.action == "check":
        read_settings_file(path)
        print(f"{path}: in Ordnung")
        return 0
    settings = load_settings(path)
    if args.action == "set-password":
        import getpass

        from desk_app.services.backend import is_embedded_url
        from desk_app.services.credentials import safe_account, store_password

        url = args.database or settings.database_url
        if not url or is_embedded_url(url):
            print("desk-app: keine PostgreSQL-URL (database_url oder --database)", file=sys.stderr)
            return 2
        password = getpass.getpass("Datenbank-Passwort: ")
        account = store_password(url, password)
        print(f"Passwort im Schlüsselbund gespeichert ({safe_account(account)}). "
              f"In den Einstellungen: database_password_source = \"keyring\"")
        return 0
    shown = as_dict(settings)
    shown["printers"] = dict(shown["printers"])
    print(f"# {path}{'' if path.exists() else ' (nicht vorhanden: Standardwerte)'}")
    print(f"# effektive Datenbank: {_masked_effective(settings)}")
    print(json.dumps(shown, indent=2, ensure_ascii=False, default=str))
    return 0


def _masked_effective(settings) -> str:
    from desk_app.services.database import safe_url

    return safe_url(settings.effective_database_url)


def _diagnose_command(args) -> int:
    from desk_app.diagnose import write_bundle

    settings = load_settings()
    url = None
    try:
        url, _ = database_url(args, settings)
    except ValueError as exc:  # no password: the bundle says so instead of the schema
        print(f"desk-app: {exc}", file=sys.stderr)
    out = args.out or Path(f"desk-app-diagnose-{utcnow():%Y%m%d-%H%M%S}.zip")
    path = asyncio.run(write_bundle(out, settings, url, log_lines=args.log_lines))
    print(f"Diagnosepaket geschrieben: {path}")
    return 0


def _selfcheck_command(args) -> int:
    from desk_app.selfcheck import run_selfcheck

    return run_selfcheck(args.out)


def _setup_command(args) -> int:
    from desk_app.app import run_setup

    return run_setup(load_settings())
