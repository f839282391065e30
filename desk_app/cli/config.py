"""`config export` and `config import`: the master data as a TOML file (issue 13)."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import DATABASE_HELP, command, database_url


def add_commands(sub, dbsub) -> None:
    cfg = sub.add_parser("config", help="Stammdaten als TOML-Datei")
    cfgsub = cfg.add_subparsers(dest="config_command", required=True)
    exp = cfgsub.add_parser("export", help="die Stammdaten in DATEI schreiben")
    exp.add_argument("file", type=Path, help="die TOML-Datei, die geschrieben wird")
    exp.add_argument("--database", help=DATABASE_HELP)
    imp = cfgsub.add_parser("import", help="die Stammdaten so einrichten, wie DATEI sagt")
    imp.add_argument("file", type=Path, help="die TOML-Datei (wie `config export` sie schreibt)")
    imp.add_argument("--database", help=DATABASE_HELP)
    imp.add_argument("--dry-run", action="store_true",
                     help="nur zeigen, was sich ändern würde; nichts ändern")
    imp.add_argument("--login", default="admin",
                     help="Anmeldename, unter dem der Import läuft (Standard: admin)")
    command(cfg, _config)


async def _config(args, settings) -> int:
    from desk_app.services import config_file
    from desk_app.services.connect import connect

    url, embedded = database_url(args, settings)
    if args.config_command == "export":
        conn = await connect(url, embedded=embedded)
        try:
            async with conn.db.read() as session:
                data = await config_file.export_config(session)
        finally:
            await conn.db.dispose()
        args.file.write_text(config_file.dumps(data), encoding="utf-8")
        print(f"Stammdaten gespeichert: {args.file}")
        return 0
    try:
        data = config_file.loads(args.file.read_text(encoding="utf-8"))
    except OSError as exc:
        print(f"desk-app: Datei nicht lesbar: {args.file} ({exc.strerror})", file=sys.stderr)
        return 2
    conn = await connect(url, embedded=embedded)
    try:
        ctx = await config_file.import_context(conn.db, args.login, settings.station)
        report = await _config_import(conn.db, ctx, data, args.dry_run)
    finally:
        await conn.db.dispose()
    for line in report.lines():
        print(line)
    print(("Probelauf: " if args.dry_run else "") + f"{report.count} Änderungen.")
    return 0


async def _config_import(db, ctx, data, dry_run: bool):
    from desk_app.services import config_file

    async with db.write_session() as session:
        return await config_file.import_config(session, ctx, data, dry_run=dry_run)
