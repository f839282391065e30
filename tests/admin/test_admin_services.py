"""Every admin change through the services, on SQLite and PostgreSQL: validated per
field, audited with field names only, in the change log, deactivated never deleted."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk_app.domain import errors
from desk_app.domain.admin_rules import InvalidFields, parse_opening_hours
from desk_app.models import AuditEvent, ChangeLog, ServicePoint
from desk_app.services import admin, fees
from desk_app.services.changes import changes_after, last_change_id
from desk_app.services.sign_in import PinRequired, WrongPin, sign_in_embedded
from tests.support import Clock, at, desk_for

HOURS = {"Mo": "07:30–12:00, 13:00–15:30", "Di": "07:30-12:00", "Mi": "", "Do": "07:30–12:00",
         "Fr": "", "Sa": "", "So": ""}


async def _admin(db):
    return await desk_for(db, "admin", clock=Clock(at(9, 0)))


async def _audit(db, entity):
    async with db.read() as s:
        return (await s.execute(select(AuditEvent).where(AuditEvent.entity == entity)
                                .order_by(AuditEvent.id))).scalars().all()


async def test_service_point_created_changed_deactivated(db):
    desk = await _admin(db)
    before = await desk.read(last_change_id)
    new = admin.ServicePointRecord(id=None, code="NEU", name="Neue Dienststelle",
                                   ticket_prefix="N", address="Rathaus 1")
    sp = await desk.write(admin.save_service_point, desk.ctx, new, opening_hours=HOURS)
    assert sp.id and sp.active
    assert sp.opening_hours == "Mo 07:30–12:00, 13:00–15:30 · Di, Do 07:30–12:00"
    assert parse_opening_hours(sp.opening_hours)["Di"] == "07:30–12:00"
    changed = await desk.write(admin.save_service_point, desk.ctx,
                               replace(sp, recall_lock_min=9, max_calls=4))
    assert (changed.recall_lock_min, changed.max_calls) == (9, 4)
    off = await desk.write(admin.set_service_point_active, desk.ctx, sp.id, False)
    assert off.active is False
    async with db.read() as s:  # deactivated, still there
        assert await s.scalar(select(func.count()).where(ServicePoint.code == "NEU")) == 1
    rows = await _audit(db, "service_point")
    assert [(r.action, r.detail) for r in rows[-3:]] == [
        ("admin_create", None), ("admin_update", "max_calls,recall_lock_min"),
        ("admin_deactivate", "active")]
    assert all("Neue" not in (r.detail or "") for r in rows)   # labels, never values
    changes = [c for c in await desk.read(changes_after, before)]
    assert [(c.entity, c.entity_id, c.op) for c in changes] == [
        ("service_point", sp.id, "admin_create"), ("service_point", sp.id, "admin_update"),
        ("service_point", sp.id, "admin_deactivate")]


async def test_service_point_validation_names_each_field(db):
    desk = await _admin(db)
    bad = admin.ServicePointRecord(id=None, code="bi x", name="", ticket_prefix="I",
                                   late_tolerance_min=30, late_limit_min=20, max_calls=0)
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.save_service_point, desk.ctx, bad,
                         opening_hours={"Mo": "bis mittags"})
    f = caught.value.fields
    assert set(f) == {"code", "name", "ticket_prefix", "late_limit_min", "max_calls", "hours_Mo"}
    assert str(f["name"]) == "Pflichtfeld."
    assert str(f["ticket_prefix"]) == "Schon vergeben."          # I is BI's prefix
    assert str(f["max_calls"]) == "Eine ganze Zahl von 1 bis 20."
    assert str(f["late_limit_min"]) == "Die Grenze muss größer als die Toleranz sein."
    assert await _audit(db, "service_point") == []


async def test_only_admins_administer(db):
    clerk = await desk_for(db, "sbbi1")
    with pytest.raises(errors.PermissionDenied):
        await clerk.write(admin.save_counter, clerk.ctx,
                          admin.CounterRecord(id=None, service_point_id=1, name="X"))


async def test_counter_and_service_and_staff(db):
    desk = await _admin(db)
    sps = {sp.code: sp.id for sp in await desk.read(admin.list_service_points)}
    counter = await desk.write(admin.save_counter, desk.ctx, admin.CounterRecord(
        id=None, service_point_id=sps["EU"], name="Schalter E9", room="Raum 9"))
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.save_counter, desk.ctx, admin.CounterRecord(
            id=None, service_point_id=sps["EU"], name="Schalter E9"))
    assert str(caught.value.fields["name"]) == "Schon vergeben."
    moved = await desk.write(admin.save_counter, desk.ctx, replace(counter, room="Raum 10"))
    assert moved.room == "Raum 10"
    assert (await desk.write(admin.set_counter_active, desk.ctx, counter.id, False)).active is False

    service = await desk.write(admin.save_service, desk.ctx, admin.ServiceRecord(
        id=None, code="TEST", name="Testleistung", default_duration_min=25,
        what_to_bring="Pass\n\n  Foto ", fee_code="FIKTION",
        service_point_ids=(sps["EU"], sps["BI"])))
    assert service.what_to_bring == "Pass\nFoto"
    assert set(service.service_point_ids) == {sps["EU"], sps["BI"]}
    narrowed = await desk.write(admin.save_service, desk.ctx,
                                replace(service, service_point_ids=(sps["EU"],)))
    assert narrowed.service_point_ids == (sps["EU"],)
    listed = {s.code: s for s in await desk.read(admin.list_services)}
    assert listed["TEST"].service_point_ids == (sps["EU"],)
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.save_service, desk.ctx, replace(service, fee_code="NOPE"))
    assert str(caught.value.fields["fee_code"]) == "Unbekannt: NOPE."
    assert (await desk.write(admin.set_service_active, desk.ctx, service.id, False)).active is False

    person = await desk.write(admin.save_staff, desk.ctx, admin.StaffRecord(
        id=None, login="neu.kollege", display_name="Herr Neu", role="CLERK",
        service_point_ids=(sps["ASYL"],)))
    assert person.service_point_ids == (sps["ASYL"],)
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.save_staff, desk.ctx, replace(person, id=None, role="BOSS",
                                                            login="Neu Kollege"))
    assert set(caught.value.fields) == {"login", "role"}
    off = await desk.write(admin.set_staff_active, desk.ctx, person.id, False)
    assert off.active is False
    admin_id = desk.ctx.actor.staff_id
    with pytest.raises(InvalidFields):       # the last admin stays
        await desk.write(admin.set_staff_active, desk.ctx, admin_id, False)
    entities = {r.entity for r in await _audit(db, "counter")} | {
        r.entity for r in await _audit(db, "service")} | {r.entity for r in await _audit(db, "staff")}
    assert entities == {"counter", "service", "staff"}


async def test_fee_price_from_a_date_never_edits_the_past(db):
    desk = await _admin(db)   # clock: 25.11.2026
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.add_fee_price, desk.ctx, code="FIKTION",
                         description="Fiktionsbescheinigung", amount="15,00",
                         valid_from=dt.date(2026, 1, 1))
    assert "frühestens ab heute" in str(caught.value.fields["valid_from"])
    new = await desk.write(admin.add_fee_price, desk.ctx, code="FIKTION",
                           description="Fiktionsbescheinigung", amount="15,00",
                           valid_from=dt.date(2027, 1, 1))
    assert new.amount == Decimal("15.00")
    rows = [f for f in await desk.read(admin.list_fees) if f.code == "FIKTION"]
    assert [(f.amount, f.valid_from, f.valid_to) for f in rows] == [
        (Decimal("13.00"), dt.date(2024, 3, 1), dt.date(2026, 12, 31)),
        (Decimal("15.00"), dt.date(2027, 1, 1), None)]
    async with db.read() as s:
        today = await fees.price(s, dt.date(2026, 12, 31), [fees.FeeRequest("FIKTION")])
        later = await fees.price(s, dt.date(2027, 1, 2), [fees.FeeRequest("FIKTION")])
    assert (today[0].amount, later[0].amount) == (Decimal("13.00"), Decimal("15.00"))
    with pytest.raises(InvalidFields) as caught:
        await desk.write(admin.add_fee_price, desk.ctx, code="FIKTION", description="x",
                         amount="-1", valid_from=dt.date(2027, 1, 1))
    assert set(caught.value.fields) == {"amount", "valid_from"}


async def test_role_permissions_are_data(db):
    desk = await _admin(db)
    stored = await desk.read(admin.role_permissions)
    assert stored == admin.default_permissions()
    await desk.write(admin.set_role_permissions, desk.ctx, "CLERK",
                     sorted(stored["CLERK"] | {"call_specific"}))
    async with db.read() as s:
        policy = await admin.load_policy(s)
    from desk_app.domain.roles import Permission, Role
    assert policy.allows(Role.CLERK, Permission.CALL_SPECIFIC)
    assert not policy.allows(Role.RECEPTION, Permission.CALL_SPECIFIC)
    with pytest.raises(InvalidFields):
        await desk.write(admin.set_role_permissions, desk.ctx, "CLERK", ["fly"])
    with pytest.raises(InvalidFields):
        await desk.write(admin.set_role_permissions, desk.ctx, "ADMIN", ["book"])
    rows = await _audit(db, "role_permission")
    assert [(r.action, r.detail) for r in rows] == [("admin_permissions", "call_specific")]


async def test_pin_sign_in_on_the_embedded_database(db):
    desk = await _admin(db)
    person = await desk.write(admin.save_staff, desk.ctx, admin.StaffRecord(
        id=None, login="pin.user", display_name="Frau PIN", role="CLERK"))
    async with db.read() as s:
        signed = await sign_in_embedded(s, "pin.user")
    assert signed.staff_id == person.id and not signed.pin_set
    await desk.write(admin.set_staff_pin, desk.ctx, person.id, "4711")
    async with db.read() as s:
        with pytest.raises(PinRequired):
            await sign_in_embedded(s, "pin.user")
        with pytest.raises(WrongPin):
            await sign_in_embedded(s, "pin.user", "4712")
        assert (await sign_in_embedded(s, "PIN.USER", "4711")).pin_set
        stored = (await s.execute(select(func.max(ChangeLog.id)))).scalar()
    assert stored is not None
    with pytest.raises(InvalidFields):
        await desk.write(admin.set_staff_pin, desk.ctx, person.id, "12")


async def test_a_receipts_payer_changes_only_to_the_anonymous_value(db):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError
    from desk_app.services import receipts

    lead = await desk_for(db, "leitung", clock=Clock(at(9, 0)))
    r = await lead.write(receipts.issue_receipt, lead.ctx, key="payer-1", payer_name="Erika Muster",
                         payment_method="cash", fees=[fees.FeeRequest("FIKTION")])
    with pytest.raises(DBAPIError):
        async with db.engine.begin() as conn:
            await conn.execute(text("UPDATE receipts SET payer_name = 'Max' WHERE id = :r"),
                               {"r": r.id})
    async with db.engine.begin() as conn:
        await conn.execute(text("UPDATE receipts SET payer_name = '—' WHERE id = :r"), {"r": r.id})
        assert (await conn.execute(text("SELECT payer_name FROM receipts WHERE id = :r"),
                                   {"r": r.id})).scalar() == "—"


async def test_receipt_payers_anonymised_after_their_retention(db):
    from desk_app.services import receipts
    from desk_app.services.retention import anonymise_receipts

    clock = Clock(at(9, 0))
    lead = await desk_for(db, "leitung", clock=clock)
    old = await lead.write(receipts.issue_receipt, lead.ctx, key="old-1", payer_name="Erika Alt",
                           payment_method="cash", fees=[fees.FeeRequest("FIKTION")])
    clock.advance(minutes=60 * 24 * 40)
    new = await lead.write(receipts.issue_receipt, lead.ctx, key="new-1", payer_name="Max Neu",
                           payment_method="cash", fees=[fees.FeeRequest("FIKTION")])
    boss = await desk_for(db, "admin", clock=clock)
    with pytest.raises(errors.PermissionDenied):
        await lead.write(anonymise_receipts, lead.ctx, days=30)
    result = await boss.write(anonymise_receipts, boss.ctx, days=30)
    assert result.receipts == 1
    async with db.read() as s:
        got = {r.id: (r.payer_name, r.total) for r in await receipts._load_many(s, [old.id, new.id])}
    assert got[old.id] == ("—", old.total) and got[new.id] == ("Max Neu", new.total)
    assert (await boss.write(anonymise_receipts, boss.ctx, days=30)).receipts == 0
