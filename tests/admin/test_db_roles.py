"""The database enforces the desk roles (``desk-app db roles``), with REAL PostgreSQL login
roles on the shared cluster: random names, dropped afterwards. One test per refusal, and
the positive path (each role's own work goes through) so the grants are not simply "none".

The actor in each Context claims ADMIN on purpose where a refusal is tested: a thick
client can be modified, so the database, not the service's permission check, must say no.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from desk_app.domain.roles import Role
from desk_app.services import admin, receipts
from desk_app.services.context import Context
from desk_app.services.fees import FeeRequest
from desk_app.services.sign_in import sign_in_postgres
from tests.admin.pg_office import USERS, _counter, _refused, _refuses, _sql
from tests.support import Clock, DAY, at, person

pytestmark = pytest.mark.postgres

# -- the positive path -----------------------------------------------------------------
async def test_each_person_signs_in_as_their_staff_record(office):
    for key in USERS:
        db = office.db_as(key)
        async with db.read() as s:
            signed = await sign_in_postgres(s)
        assert (signed.staff_id, signed.role) == office.staff[key]


async def test_each_role_does_its_own_work(office):
    reception = office.desk_as("reception")
    walk_in = await reception.register_walk_in(service_point_id=office.sp["BI"],
                                               applicants=[person("Neu")])
    clerk = office.desk_as("clerk", counter_id=await _counter(office, "Schalter I1"))
    called = await clerk.call_next(service_point_id=office.sp["BI"])
    assert called.state.value == "CALLED"
    await clerk.write(receipts.issue_receipt, clerk.ctx, key="r2", payer_name="Max Muster",
                      payment_method="card", fees=[FeeRequest("FIKTION")])
    lead = office.desk_as("lead")
    moved = await lead.reassign(walk_in.id, reason="Vertretung",
                                counter_id=await _counter(office, "Schalter I2"))
    assert moved.id == walk_in.id
    boss = office.desk_as("admin")
    sp = next(s for s in await boss.read(admin.list_service_points) if s.code == "BI")
    assert (await boss.write(admin.save_service_point, boss.ctx,
                             replace(sp, recall_lock_min=7))).recall_lock_min == 7
    rows = await _sql(office, "admin", "SELECT desk_anonymise_receipt(:r)", r=office.receipt_id)
    assert rows
    payer = await _sql(office, "admin", "SELECT payer_name FROM receipts WHERE id = :r",
                       r=office.receipt_id)
    assert payer == [("—",)]


# -- forbidden services: the service's own check is bypassed (actor claims ADMIN) ------
@pytest.mark.parametrize("key", ["clerk", "reception", "lead"])
async def test_only_admin_changes_reference_data(office, key):
    desk = office.desk_as(key, role=Role.ADMIN)
    sp = next(s for s in await desk.read(admin.list_service_points) if s.code == "BI")
    with pytest.raises(ProgrammingError) as caught:
        await desk.write(admin.save_service_point, desk.ctx, replace(sp, recall_lock_min=1))
    assert _refused(caught.value)


async def test_clerk_cannot_reassign(office):
    await _refuses(office, "clerk", "UPDATE queue_entries SET reassign_reason = 'x', "
                   "assigned_counter_id = NULL WHERE id = :e", e=office.entries["bi"])


async def test_reception_cannot_call(office):
    await _refuses(office, "reception", "UPDATE queue_entries SET called_at = now(), "
                   "counter_id = 1 WHERE id = :e", e=office.entries["bi"])


async def test_reception_cannot_issue_receipts(office):
    desk = office.desk_as("reception", role=Role.ADMIN)
    with pytest.raises(ProgrammingError) as caught:
        await desk.write(receipts.issue_receipt, desk.ctx, key="r3", payer_name="X",
                         payment_method="cash", fees=[FeeRequest("FIKTION")])
    assert _refused(caught.value)


@pytest.mark.parametrize("key", ["clerk", "reception", "lead"])
async def test_only_admin_purges(office, key):
    await _refuses(office, key, "UPDATE applicants SET anonymized_at = now()")


@pytest.mark.parametrize("key", ["clerk", "reception", "lead"])
async def test_only_admin_anonymises_receipts_through_the_function(office, key):
    await _refuses(office, key, "SELECT desk_anonymise_receipt(:r)", r=office.receipt_id)


async def test_display_reads_no_table(office):
    for table in ("queue_entries", "applicants", "staff", "audit_events"):
        await _refuses(office, "display", f"SELECT count(*) FROM {table}")


async def test_display_reads_the_closed_counters_view_not_the_states(office):
    rows = await _sql(office, "display", "SELECT counter, room, service_point FROM "
                                         "closed_counters_view")
    assert rows == []       # no counter closed; readable all the same
    await _refuses(office, "display", "SELECT count(*) FROM counter_states")


# -- DDL, triggers, replication role ---------------------------------------------------
WORKERS = ["clerk", "reception", "lead", "admin"]


@pytest.mark.parametrize("key", WORKERS)
async def test_no_ddl(office, key):
    await _refuses(office, key, "CREATE TABLE sneaky (id int)")
    await _refuses(office, key, "ALTER TABLE audit_events ADD COLUMN note text")
    await _refuses(office, key, "CREATE TEMP TABLE sneaky (id int)")


@pytest.mark.parametrize("key", WORKERS)
async def test_no_disable_trigger(office, key):
    await _refuses(office, key, "ALTER TABLE audit_events DISABLE TRIGGER USER")
    await _refuses(office, key, "ALTER TABLE receipts DISABLE TRIGGER receipts_no_edit")


@pytest.mark.parametrize("key", WORKERS)
async def test_no_drop_trigger(office, key):
    await _refuses(office, key, "DROP TRIGGER receipts_no_edit ON receipts")
    await _refuses(office, key, "DROP TRIGGER audit_events_no_update ON audit_events")


@pytest.mark.parametrize("key", WORKERS)
async def test_no_session_replication_role(office, key):
    await _refuses(office, key, "SET session_replication_role = replica")


# -- audit rows and receipts are insert-only -------------------------------------------
@pytest.mark.parametrize("key", WORKERS)
@pytest.mark.parametrize("sql", [
    "UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events",
    "TRUNCATE audit_events",
    "UPDATE receipts SET total = 0", "DELETE FROM receipts", "TRUNCATE receipts CASCADE",
    "UPDATE receipt_items SET amount = 0", "DELETE FROM receipt_items",
])
async def test_audit_and_receipts_are_insert_only(office, key, sql):
    await _refuses(office, key, sql)


@pytest.mark.parametrize("key", WORKERS)
async def test_payer_only_to_the_anonymous_value(office, key):
    await _refuses(office, key, "UPDATE receipts SET payer_name = 'Someone Else' WHERE id = :r",
                   r=office.receipt_id)


async def test_payer_only_to_the_anonymous_value_even_for_the_owner(office):
    """The table owner (db upgrade's role) has every privilege; the trigger still refuses."""
    db = office._open(office.url, pool_size=1)   # the superuser, switching to the owner
    with pytest.raises(DBAPIError) as caught:
        async with db.engine.begin() as conn:
            await conn.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
            await conn.execute(text("UPDATE receipts SET payer_name = 'Someone Else' "
                                    "WHERE id = :r"), {"r": office.receipt_id})
    assert "never edited" in str(caught.value)
    async with db.engine.begin() as conn:
        await conn.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
        await conn.execute(text("UPDATE receipts SET payer_name = '—' WHERE id = :r"),
                           {"r": office.receipt_id})


# -- need-to-know by row-level security -----------------------------------------------
async def test_restricted_service_point_rows_are_hidden(office):
    asyl, bi = office.entries["asyl"], office.entries["bi"]
    q = "SELECT id FROM queue_entries WHERE id IN (:a, :b) ORDER BY id"
    assert await _sql(office, "clerk", q, a=asyl, b=bi) == [(bi,)]
    assert await _sql(office, "reception", q, a=asyl, b=bi) == [(bi,)]
    assert sorted(await _sql(office, "clerk_asyl", q, a=asyl, b=bi)) == sorted([(asyl,), (bi,)])
    assert sorted(await _sql(office, "lead", q, a=asyl, b=bi)) == sorted([(asyl,), (bi,)])
    names = "SELECT family_name FROM applicants WHERE family_name = 'Geheim'"
    assert await _sql(office, "clerk", names) == []
    assert await _sql(office, "clerk_asyl", names) == [("Geheim",)]
    # and the clerk's desk (its own need-to-know filter bypassed: actor claims ADMIN)
    desk = office.desk_as("clerk", role=Role.ADMIN)
    assert asyl not in {e.id for e in await desk.day_queue(DAY)}
    assert await desk.search("Geheim") == []


async def test_restricted_rows_cannot_be_changed_from_outside(office):
    rows = await _sql(office, "clerk", "UPDATE queue_entries SET notes = 'x' WHERE id = :a "
                      "RETURNING id", a=office.entries["asyl"])
    assert rows == []


async def test_the_cli_runs_again_idempotently(office, monkeypatch, tmp_path, capsys):
    """``desk-app db roles`` a second time (after an upgrade, say) changes nothing that
    matters: the refusals hold and the roles' own work still goes through."""
    import asyncio

    from desk_app.cli import main

    monkeypatch.setenv("DESK_CONFIG", str(tmp_path / "none.toml"))
    args = ["db", "roles", "--database", office.url, "--prefix", office.names.prefix]
    assert await asyncio.to_thread(main, args) == 0
    assert "eingerichtet" in capsys.readouterr().out
    await _refuses(office, "clerk", "DELETE FROM audit_events")
    rows = await _sql(office, "clerk", "SELECT count(*) FROM service_points")
    assert rows[0][0] > 0


async def test_the_lock_screen_on_postgres_is_the_signed_in_person(office):
    from desk_app.services.sign_in import PinRequired, SignInFacade

    facade = SignInFacade(office.db_as("clerk"))
    # a different person: an engine of their own, as their own login (never the clerk's)
    other = await facade.sign_in(office.logins["lead"], "x")
    try:
        assert (other.staff_id, other.role) == office.staff["lead"]
        async with other.database.read() as s:
            assert await s.scalar(text("SELECT session_user")) == office.logins["lead"]
    finally:
        await other.database.dispose()
    with pytest.raises(PinRequired):
        await facade.sign_in(office.logins["clerk"], "")
    # the shared test cluster trusts 127.0.0.1 (no password check there): the database,
    # not the program, decides; docs/SIGN_IN.md has pg_hba for password or GSSAPI
    signed = await facade.sign_in(office.logins["clerk"], "any")
    assert signed.staff_id == office.staff["clerk"][0]


async def test_the_receipt_purge_runs_as_admin_only(office):
    import datetime as dt

    from desk_app.services.retention import anonymise_receipts

    def desk(key, role=None):
        d = office.desk_as(key, role=role)
        d.ctx = Context(actor=d.ctx.actor, clock=Clock(at(9, 0) + dt.timedelta(days=400)))
        return d

    clerk = desk("clerk", role=Role.ADMIN)       # the service's check bypassed
    with pytest.raises(ProgrammingError) as caught:
        await clerk.write(anonymise_receipts, clerk.ctx, days=30)
    assert _refused(caught.value)
    boss = desk("admin")
    await boss.write(anonymise_receipts, boss.ctx, days=30)
    rows = await _sql(office, "admin", "SELECT count(*) FROM receipts WHERE payer_name <> '—'")
    assert rows == [(0,)]
