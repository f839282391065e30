"""administration and sign-in: role permissions as data, the service points that offer a
service, need-to-know assignments, PINs, deactivatable services; a receipt's payer can only
be anonymised

Revision ID: 0010
Revises: 0011
Create Date: 2026-11-29

- ``role_permissions``: which role holds which permission (was code only); seeded with the
  defaults of desk_app.domain.roles, literal here so this migration never changes.
- ``service_point_services``: the service points that offer a service (many to many); the
  existing ``services.service_point_id`` rows are copied in.
- ``staff_service_points``: the restricted service points (need-to-know) a staff member
  works at; row-level security on PostgreSQL reads it (``desk-app db roles``).
- ``staff.pin_hash`` (argon2, optional, the embedded database's sign-in) and
  ``services.active`` (deactivated, never deleted).
- Receipts: ``payer_name`` (and an item's ``person_label``) may change only to the
  anonymous value '—', on both databases, whatever the role; on PostgreSQL the purge does
  it through ``desk_anonymise_receipt(id)``, a SECURITY DEFINER function that ``desk-app db
  roles`` gives to the admin group only (no workstation role may UPDATE receipts at all).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None

ANONYMOUS = "—"

_DEFAULTS = {
    "CLERK": ("book", "check_in", "register_walk_in", "call", "serve", "mark_no_show",
              "cancel", "leave", "reinstate"),
    "RECEPTION": ("book", "check_in", "register_walk_in", "mark_no_show", "cancel", "leave",
                  "view_all_service_points"),
    "SHIFT_LEAD": ("book", "check_in", "register_walk_in", "call", "call_specific", "serve",
                   "mark_no_show", "cancel", "leave", "reinstate", "late_arrival", "reassign",
                   "view_all_service_points"),
    "ADMIN": ("book", "check_in", "register_walk_in", "call", "call_specific", "serve",
              "mark_no_show", "cancel", "leave", "reinstate", "late_arrival", "reassign",
              "view_all_service_points", "administer"),
}

_FROZEN = {
    "receipts": ("payer_name", ("id", "year", "number", "entry_id", "payment_method", "total",
                                "clerk_id", "issued_at", "cancels_receipt_id")),
    "receipt_items": ("person_label", ("id", "receipt_id", "position", "applicant_id",
                                       "fee_code", "description", "amount",
                                       "exemption_reason")),
}


def _pg_guard(table: str, name_col: str, cols: tuple[str, ...]) -> str:
    new = ", ".join(f"NEW.{c}" for c in cols)
    old = ", ".join(f"OLD.{c}" for c in cols)
    return f"""CREATE OR REPLACE FUNCTION desk_{table}_guard() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF ROW({new}) IS NOT DISTINCT FROM ROW({old})
               AND (NEW.{name_col} IS NOT DISTINCT FROM OLD.{name_col}
                    OR NEW.{name_col} = '{ANONYMOUS}') THEN
                RETURN NEW;  -- the purge's anonymisation of the name, and nothing else
            END IF;
        END IF;
        RAISE EXCEPTION '{table} are never edited or deleted (cancel with a cancellation receipt; only the purge anonymises the name)';
    END $$"""


_PG_ANONYMISE = f"""
CREATE FUNCTION desk_anonymise_receipt(receipt integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    UPDATE receipts SET payer_name = '{ANONYMOUS}' WHERE id = receipt;
    UPDATE receipt_items SET person_label = '{ANONYMOUS}' WHERE receipt_id = receipt;
$$"""


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "role_permissions",
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("permission", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("role", "permission", name=op.f("pk_role_permissions")),
    )
    op.create_table(
        "service_point_services",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["service_id"], ["services.id"],
                                name=op.f("fk_service_point_services_service_id_services")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_service_point_services_service_point_id_service_points")),
        sa.PrimaryKeyConstraint("service_id", "service_point_id",
                                name=op.f("pk_service_point_services")),
    )
    op.create_table(
        "staff_service_points",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_staff_service_points_staff_id_staff")),
        sa.ForeignKeyConstraint(["service_point_id"], ["service_points.id"],
                                name=op.f("fk_staff_service_points_service_point_id_service_points")),
        sa.PrimaryKeyConstraint("staff_id", "service_point_id",
                                name=op.f("pk_staff_service_points")),
    )
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
    with op.batch_alter_table("services") as batch:
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
    rp = sa.table("role_permissions", sa.column("role", sa.String),
                  sa.column("permission", sa.String))
    op.bulk_insert(rp, [{"role": r, "permission": p}
                        for r, perms in _DEFAULTS.items() for p in perms])
    op.execute("INSERT INTO service_point_services (service_id, service_point_id) "
               "SELECT id, service_point_id FROM services WHERE service_point_id IS NOT NULL")
    if bind.dialect.name == "postgresql":
        for table, (name_col, cols) in _FROZEN.items():
            op.execute(_pg_guard(table, name_col, cols))
        op.execute(_PG_ANONYMISE)
        op.execute("REVOKE ALL ON FUNCTION desk_anonymise_receipt(integer) FROM PUBLIC")
    else:
        for table, (name_col, _cols) in _FROZEN.items():
            op.execute(f"CREATE TRIGGER {table}_anonymous_only BEFORE UPDATE OF {name_col} "
                       f"ON {table} WHEN NEW.{name_col} IS NOT OLD.{name_col} "
                       f"AND NEW.{name_col} <> '{ANONYMOUS}' "
                       f"BEGIN SELECT RAISE(ABORT, '{table}: the name may only be anonymised'); END")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS desk_anonymise_receipt(integer)")
        # back to 0002's guard: any name may be written
        for table, (_name_col, cols) in _FROZEN.items():
            new = ", ".join(f"NEW.{c}" for c in cols)
            old = ", ".join(f"OLD.{c}" for c in cols)
            op.execute(f"""CREATE OR REPLACE FUNCTION desk_{table}_guard() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    IF ROW({new}) IS NOT DISTINCT FROM ROW({old}) THEN
                        RETURN NEW;
                    END IF;
                END IF;
                RAISE EXCEPTION '{table} are never edited or deleted (cancel with a cancellation receipt)';
            END $$""")
    else:
        for table in _FROZEN:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_anonymous_only")
    with op.batch_alter_table("services") as batch:
        batch.drop_column("active")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("pin_hash")
    op.drop_table("staff_service_points")
    op.drop_table("service_point_services")
    op.drop_table("role_permissions")
