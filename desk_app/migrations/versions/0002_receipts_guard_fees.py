"""receipts are never edited or deleted; the AufenthV fee catalogue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Receipts and their items can only be inserted. Updates and deletes are refused by
triggers, whatever the role, with one exception: the retention purge may anonymise
``receipts.payer_name`` and ``receipt_items.person_label`` (personal data); every other
column is frozen. A wrong receipt is reversed by a cancellation receipt.

The fee catalogue rows are literal here (not imported from the application), so this
migration does the same thing forever; desk_app.services.fees.seed_fee_catalogue adds
the same rows idempotently to a database that lacks them.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FROZEN = {
    "receipts": ("id", "year", "number", "entry_id", "payment_method", "total", "clerk_id",
                 "issued_at", "cancels_receipt_id"),
    "receipt_items": ("id", "receipt_id", "position", "applicant_id", "fee_code",
                      "description", "amount", "exemption_reason"),
}

_FEES = [
    ("AT_ISSUE", "Erteilung Aufenthaltserlaubnis", "100.00", "FEE"),
    ("BLUE_CARD", "Erteilung Blaue Karte EU", "100.00", "FEE"),
    ("AT_EXT_UP3", "Verlängerung Aufenthaltserlaubnis bis 3 Monate", "96.00", "FEE"),
    ("AT_EXT_OVER3", "Verlängerung Aufenthaltserlaubnis über 3 Monate", "93.00", "FEE"),
    ("AT_PURPOSE", "Zweckwechsel Aufenthaltserlaubnis", "98.00", "FEE"),
    ("NE", "Niederlassungserlaubnis", "113.00", "FEE"),
    ("NE_SELF", "Niederlassungserlaubnis selbständige Tätigkeit", "124.00", "FEE"),
    ("NE_HQ", "Niederlassungserlaubnis Hochqualifizierte", "147.00", "FEE"),
    ("EU_LT", "Erlaubnis zum Daueraufenthalt – EU", "109.00", "FEE"),
    ("EXPRESS", "Zuschlag Expressverfahren eAT", "35.00", "SURCHARGE"),
    ("EAT_REISSUE", "Neuausstellung eAT (Verlust, Änderung)", "67.00", "FEE"),
    ("FIKTION", "Fiktionsbescheinigung", "13.00", "FEE"),
    ("OTHER_CERT", "Sonstige Bescheinigung", "18.00", "FEE"),
]
_VALID_FROM = dt.date(2024, 3, 1)


def _pg_statements() -> list[str]:
    out = []
    for table, cols in _FROZEN.items():
        new = ", ".join(f"NEW.{c}" for c in cols)
        old = ", ".join(f"OLD.{c}" for c in cols)
        out += [
            f"""CREATE FUNCTION desk_{table}_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    IF ROW({new}) IS NOT DISTINCT FROM ROW({old}) THEN
                        RETURN NEW;  -- anonymisation of the name only
                    END IF;
                END IF;
                RAISE EXCEPTION '{table} are never edited or deleted (cancel with a cancellation receipt)';
            END $$""",
            f"""CREATE TRIGGER {table}_no_edit BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION desk_{table}_guard()""",
            f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION desk_{table}_guard()""",
        ]
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _pg_statements():
            op.execute(statement)
    else:
        for table, cols in _FROZEN.items():
            msg = f"{table} are never edited or deleted"
            op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {', '.join(cols)} "
                       f"ON {table} BEGIN SELECT RAISE(ABORT, '{msg}'); END")
            op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{msg}'); END")
    fees = sa.table("fee_catalogue", sa.column("code", sa.String), sa.column("description", sa.String),
                    sa.column("amount", sa.Numeric(10, 2)), sa.column("kind", sa.String),
                    sa.column("valid_from", sa.Date), sa.column("valid_to", sa.Date))
    op.bulk_insert(fees, [{"code": c, "description": d, "amount": Decimal(a), "kind": k,
                           "valid_from": _VALID_FROM, "valid_to": None}
                          for c, d, a, k in _FEES])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM fee_catalogue WHERE valid_from = :d").bindparams(d=_VALID_FROM))
    if op.get_bind().dialect.name == "postgresql":
        for table in _FROZEN:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_edit ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS desk_{table}_guard()")
    else:
        for table in _FROZEN:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
