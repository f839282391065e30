"""`purge`: personal data anonymised after the retention period (issue 18)."""

from __future__ import annotations

from .common import DATABASE_HELP, as_staff, command


def add_commands(sub, dbsub) -> None:
    pur = sub.add_parser("purge", help="personenbezogene Daten nach der Aufbewahrungsfrist "
                                         "anonymisieren")
    pur.add_argument("--days", type=int, required=True, help="Aufbewahrungsfrist in Tagen")
    pur.add_argument("--database", help=DATABASE_HELP)
    pur.add_argument("--login", default="admin",
                     help="Anmeldename, unter dem die Löschung läuft (Standard: admin)")
    pur.add_argument("--receipt-days", type=int, default=None,
                     help="Aufbewahrungsfrist der Quittungen in Tagen (Standard: Einstellung "
                          "receipt_retention_days); ältere Quittungen verlieren den Namen "
                          "des Zahlenden")
    command(pur, _purge)


async def _purge(args, settings) -> int:
    from desk_app.services.retention import purge, settle_after_purge

    receipt_days = args.receipt_days or settings.receipt_retention_days
    conn, desk = await as_staff(args, settings)
    try:
        result = await desk.write(purge, desk.ctx, days=args.days, receipt_days=receipt_days)
        await settle_after_purge(conn.db)
    finally:
        await conn.db.dispose()
    print(f"{result.applicants} Personen anonymisiert (letzter Termin vor dem {result.cutoff:%d.%m.%Y}), "
          f"{result.print_jobs} gespeicherte Druckaufträge gelöscht, "
          f"{result.receipts} Quittungen ohne Namen (ausgestellt bis {result.receipt_cutoff:%d.%m.%Y}).")
    return 0
