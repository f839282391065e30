"""Document order services on SQLite and PostgreSQL: the life cycle through the database,
scan input, pickup rules, permissions, idempotent retries, audit and change-log rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.domain import errors
from desk_app.domain.document_orders import (
    CannotCancelOrder, CannotHandOut, CannotInvalidate, CannotMarkArrived,
    ChildCollectedByParent, DocState, DocType, DocumentOrderChanged, PowerOfAttorneyRequired,
    ReferenceCheckDigitWrong, ReferenceMalformed, ReferenceMissing, WrongCollectionPoint,
)
from desk_app.models import AuditEvent, DocumentOrder
from desk_app.printing.barcode import make_reference, validate_reference
from desk_app.printing.data import DocumentType
from desk_app.services import document_orders as docs
from tests.services.helpers import change_rows, count
from tests.support import at

from .helpers import act, applicant, office, order


def wrong_digit(reference: str) -> str:
    return reference[:-1] + str((int(reference[-1]) + 1) % 10)


async def doc_audit(db, order_id):
    async with db.read() as s:
        return list((await s.execute(select(AuditEvent).where(
            AuditEvent.entity == "document_order", AuditEvent.entity_id == order_id)
            .order_by(AuditEvent.id))).scalars())


async def arrived(o, **kw):
    entry_id, applicant_id = await applicant(o, **kw)
    v = await order(o, applicant_id=applicant_id, entry_id=entry_id)
    return await act(o.clerk, docs.mark_arrived, v.id)


# -- ordering --------------------------------------------------------------------------------
async def test_order_document_creates_an_ordered_record_with_a_checked_reference(db):
    o = await office(db, now=at(9))
    entry_id, applicant_id = await applicant(o, file_number="AZ 3-1/26")
    first = await order(o, applicant_id=applicant_id, entry_id=entry_id)
    second = await order(o, applicant_id=applicant_id, doc_type=DocumentType.TRAVEL_DOCUMENT)
    assert first.state == DocState.ORDERED and first.doc_type == DocType.EAT
    assert second.doc_type == DocType.TRAVEL_DOC and second.entry_id is None
    assert (first.reference, second.reference) == (make_reference(1), make_reference(2))
    assert validate_reference(first.reference) and len(first.reference) == 12
    assert (first.family_name, first.given_name, first.file_number) == ("Muster", "Erika", "AZ 3-1/26")
    assert first.collect_service_point_id == o.sp["BI"]
    assert first.collect_service_point_name == "DLZ Bürgerdienste International"
    assert first.ordered_at == at(9) and first.version == 1 and not first.replayed
    rows = await doc_audit(db, first.id)
    assert [(r.action, r.from_state, r.to_state, r.detail, r.staff_id) for r in rows] == [
        ("order_document", None, "ORDERED", "EAT", o.staff["sbbi1"][0])]


async def test_order_writes_a_change_row_for_the_collection_point(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    before = max([c.id for c in await change_rows(db)] or [0])
    v = await order(o, applicant_id=applicant_id)
    changes = await change_rows(db, before)
    assert [(c.entity, c.entity_id, c.op, c.service_point_id) for c in changes] == [
        ("document_order", v.id, "order_document", o.sp["BI"])]


@pytest.mark.parametrize("who", ["reception"])
async def test_order_needs_serve_permission(db, who):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    with pytest.raises(errors.PermissionDenied):
        await order(o, getattr(o, who), applicant_id=applicant_id)
    assert await count(db, DocumentOrder) == 0


async def test_order_refuses_bad_input(db):
    o = await office(db, now=at(9))
    entry_id, applicant_id = await applicant(o)
    other_entry, other_applicant = await applicant(o, "Anders", "Anna")
    with pytest.raises(errors.NotFound):
        await order(o, applicant_id=999999)
    with pytest.raises(errors.ValidationFailed, match="Dokumentart"):
        await order(o, applicant_id=applicant_id, doc_type="PASSPORT")
    with pytest.raises(errors.ValidationFailed, match="Infotheke"):
        await order(o, applicant_id=applicant_id, sp="INFO")
    with pytest.raises(errors.ValidationFailed, match="gehört nicht"):
        await order(o, applicant_id=applicant_id, entry_id=other_entry)
    with pytest.raises(errors.NotFound):
        await order(o, applicant_id=applicant_id, entry_id=999999)
    assert await count(db, DocumentOrder) == 0
    # nothing was taken from the reference counter by the refused orders
    v = await order(o, applicant_id=applicant_id)
    assert v.reference == make_reference(1)


# -- the life cycle through the database ------------------------------------------------
async def test_full_life_cycle_scan_and_hand_out(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    assert v.state == DocState.ARRIVED and v.arrived_at == at(9) and v.version == 2
    o.clock.set(at(11))
    scanned = await o.clerk.read(docs.find_by_scan, f"  {v.reference}\r\n")
    assert scanned.id == v.id
    done = await act(o.clerk, docs.hand_out, v.id, expected_version=scanned.version)
    assert done.state == DocState.HANDED_OUT
    assert done.handed_out_at == at(11) and done.closed_at == at(11) and done.version == 3
    rows = await doc_audit(db, v.id)
    assert [(r.action, r.from_state, r.to_state, r.detail) for r in rows] == [
        ("order_document", None, "ORDERED", "EAT"), ("arrive", "ORDERED", "ARRIVED", None),
        ("hand_out", "ARRIVED", "HANDED_OUT", "applicant")]


async def test_arrival_records_the_card_number(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id)
    v = await act(o.clerk, docs.mark_arrived, v.id, card_number=" l01x00t47 ")
    assert v.card_number == "L01X00T47"


async def test_cancel_an_ordered_document(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id)
    c = await act(o.clerk, docs.cancel, v.id)
    assert c.state == DocState.CANCELLED and c.closed_at == at(9)


async def test_forbidden_transitions_through_the_services(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    ordered = await order(o, applicant_id=applicant_id)
    with pytest.raises(CannotHandOut, match="Bestellt"):
        await act(o.clerk, docs.hand_out, ordered.id)
    cancelled = await act(o.clerk, docs.cancel, (await order(o, applicant_id=applicant_id)).id)
    for fn, error in ((docs.mark_arrived, CannotMarkArrived), (docs.hand_out, CannotHandOut),
                      (docs.cancel, CannotCancelOrder)):
        with pytest.raises(error, match="Storniert"):
            await act(o.clerk, fn, cancelled.id)
    here = await act(o.clerk, docs.mark_arrived, ordered.id)
    with pytest.raises(CannotMarkArrived, match="Eingetroffen"):
        await act(o.clerk, docs.mark_arrived, here.id)
    with pytest.raises(CannotCancelOrder, match="Eingetroffen"):
        await act(o.clerk, docs.cancel, here.id)
    out = await act(o.clerk, docs.hand_out, here.id)
    for fn, error in ((docs.mark_arrived, CannotMarkArrived), (docs.hand_out, CannotHandOut),
                      (docs.cancel, CannotCancelOrder)):
        with pytest.raises(error, match="Ausgehändigt"):
            await act(o.clerk, fn, out.id)
    # refused actions leave no trace
    assert len(await doc_audit(db, out.id)) == 3
    assert (await o.clerk.read(docs.get_order, out.id)).version == out.version


async def test_stale_version_is_refused(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    with pytest.raises(DocumentOrderChanged, match=v.reference):
        await act(o.clerk, docs.hand_out, v.id, expected_version=v.version - 1)
    assert (await o.clerk.read(docs.get_order, v.id)).state == DocState.ARRIVED


async def test_reception_may_neither_hand_out_nor_cancel(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    with pytest.raises(errors.PermissionDenied):
        await act(o.reception, docs.hand_out, v.id)
    with pytest.raises(errors.PermissionDenied):
        await act(o.reception, docs.mark_arrived_batch, [v.reference])


async def test_hand_out_only_at_the_collection_point(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    with pytest.raises(WrongCollectionPoint, match="DLZ Bürgerdienste International"):
        await act(o.eu, docs.hand_out, v.id)
    assert (await act(o.lead, docs.hand_out, v.id)).state == DocState.HANDED_OUT


# -- scanning ------------------------------------------------------------------------------
async def test_scan_with_a_wrong_check_digit_says_so(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    with pytest.raises(ReferenceCheckDigitWrong) as info:
        await o.clerk.read(docs.find_by_scan, wrong_digit(v.reference) + "\n")
    message = str(info.value)
    assert "Prüfziffer" in message and "erneut" not in message and "noch einmal" in message
    assert info.value.code == "reference_check_digit_wrong"


async def test_scan_of_a_swapped_pair_of_digits_is_caught(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    ref = v.reference
    i = next(i for i in range(10) if ref[i] != ref[i + 1])
    swapped = ref[:i] + ref[i + 1] + ref[i] + ref[i + 2:]
    with pytest.raises(ReferenceCheckDigitWrong):
        await o.clerk.read(docs.find_by_scan, swapped)


@pytest.mark.parametrize("text,error", [
    ("", ReferenceMissing), ("\r\n", ReferenceMissing), ("12345", ReferenceMalformed),
    ("T3KX9PQA", ReferenceMalformed),
])
async def test_scan_malformed_input(db, text, error):
    o = await office(db, now=at(9))
    with pytest.raises(error):
        await o.clerk.read(docs.find_by_scan, text)


async def test_scan_of_an_unknown_reference(db):
    o = await office(db, now=at(9))
    with pytest.raises(errors.NotFound, match=make_reference(4242)):
        await o.clerk.read(docs.find_by_scan, make_reference(4242))


async def test_scan_accepts_the_printed_grouping(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    grouped = " ".join(v.reference[i:i + 4] for i in range(0, 12, 4))
    assert (await o.clerk.read(docs.find_by_scan, grouped + "\n")).id == v.id


# -- pickup rules --------------------------------------------------------------------------
async def test_third_party_without_power_of_attorney_is_refused(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    with pytest.raises(PowerOfAttorneyRequired, match="Vollmacht"):
        await act(o.clerk, docs.hand_out, v.id, collected_by="Max Mustermann")
    with pytest.raises(PowerOfAttorneyRequired):
        await act(o.clerk, docs.hand_out, v.id, collected_by="Max Mustermann",
                  power_of_attorney=False)
    still = await o.clerk.read(docs.get_order, v.id)
    assert still.state == DocState.ARRIVED and still.version == v.version
    done = await act(o.clerk, docs.hand_out, v.id, collected_by="Max Mustermann",
                     power_of_attorney=True)
    assert done.state == DocState.HANDED_OUT
    assert (await doc_audit(db, v.id))[-1].detail == "power_of_attorney"


async def test_child_is_collected_by_a_parent(db):
    o = await office(db, now=at(9))
    v = await arrived(o, family="Kind", given="Klein", birth_date="03.04.2015")
    with pytest.raises(ChildCollectedByParent, match="16"):
        await act(o.clerk, docs.hand_out, v.id)
    done = await act(o.clerk, docs.hand_out, v.id, collected_by="Mutter Kind", by_parent=True)
    assert done.state == DocState.HANDED_OUT
    assert (await doc_audit(db, v.id))[-1].detail == "parent"


async def test_audit_rows_carry_no_names(db):
    o = await office(db, now=at(9))
    v = await arrived(o, family="Geheimfamilie", given="Zzyzx", file_number="AZ-SECRET-9")
    await act(o.clerk, docs.hand_out, v.id, collected_by="Bevollmächtigter Qwxyz",
              power_of_attorney=True)
    for row in await doc_audit(db, v.id):
        text = " ".join(str(getattr(row, c) or "") for c in
                        ("action", "entity", "from_state", "to_state", "detail", "station"))
        for secret in ("Geheimfamilie", "Zzyzx", "AZ-SECRET-9", "Qwxyz", v.reference):
            assert secret not in text


# -- the Bundesdruckerei's delivery ------------------------------------------------------
async def test_delivery_batch_marks_ordered_ones_and_reports_the_rest(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    a, b, c, d = [await order(o, applicant_id=applicant_id) for _ in range(4)]
    await act(o.clerk, docs.cancel, c.id)
    await act(o.clerk, docs.mark_arrived, d.id)
    o.clock.set(at(10))
    before = max(x.id for x in await change_rows(db))
    result = await act(o.clerk, docs.mark_arrived_batch,
                       [a.reference + "\n", f" {b.reference}", a.reference, c.reference,
                        d.reference, wrong_digit(b.reference), make_reference(999), "xyz"])
    assert [v.id for v in result.arrived] == [a.id, b.id]
    assert all(v.state == DocState.ARRIVED and v.arrived_at == at(10) for v in result.arrived)
    problems = {p.reference: p.code for p in result.problems}
    assert problems == {
        wrong_digit(b.reference): "reference_check_digit_wrong", "xyz": "reference_malformed",
        c.reference: "cannot_document_arrive", d.reference: "cannot_document_arrive",
        make_reference(999): "not_found"}
    assert all(p.message for p in result.problems)
    changes = await change_rows(db, before)
    assert sorted((ch.entity_id, ch.op) for ch in changes) == [(a.id, "arrive"), (b.id, "arrive")]
    assert [r.detail for r in await doc_audit(db, a.id)][-1] == "delivery"


async def test_delivery_batch_retry_is_applied_once(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    a = await order(o, applicant_id=applicant_id)
    first = await act(o.clerk, docs.mark_arrived_batch, [a.reference, "1"], key="delivery-1")
    before = max(x.id for x in await change_rows(db))
    again = await act(o.clerk, docs.mark_arrived_batch, [a.reference, "1"], key="delivery-1")
    assert again.replayed and not first.replayed
    assert [v.id for v in again.arrived] == [a.id] and again.problems == first.problems
    assert await change_rows(db, before) == []
    assert len(await doc_audit(db, a.id)) == 2


# -- idempotency ----------------------------------------------------------------------------
async def test_order_retry_with_the_same_key_is_applied_once(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    first = await order(o, applicant_id=applicant_id, key="order-key-1")
    again = await order(o, applicant_id=applicant_id, key="order-key-1")
    assert again.replayed and dataclasses.replace(again, replayed=False) == first
    assert await count(db, DocumentOrder) == 1
    nxt = await order(o, applicant_id=applicant_id)
    assert nxt.reference == make_reference(2)          # no number was used up by the retry


async def test_transition_retries_are_applied_once(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    v = await order(o, applicant_id=applicant_id)
    a1 = await act(o.clerk, docs.mark_arrived, v.id, key="arr-1")
    a2 = await act(o.clerk, docs.mark_arrived, v.id, key="arr-1")
    assert a2.replayed and a2.state == DocState.ARRIVED and a2.version == a1.version
    h1 = await act(o.clerk, docs.hand_out, v.id, key="out-1")
    h2 = await act(o.clerk, docs.hand_out, v.id, key="out-1")
    assert h2.replayed and h2.version == h1.version
    c = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.cancel, c.id, key="cancel-1")
    assert (await act(o.clerk, docs.cancel, c.id, key="cancel-1")).replayed
    assert [r.action for r in await doc_audit(db, v.id)] == ["order_document", "arrive", "hand_out"]


# -- not collected in time ------------------------------------------------------------------
async def test_invalidate_uncollected_after_the_deadline(db):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    old = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.mark_arrived, old.id)
    ordered_only = await order(o, applicant_id=applicant_id)
    day = at(9).date()
    o.clock.set(at(9, day=day + dt.timedelta(days=30)))
    recent = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.mark_arrived, recent.id)
    collected = await order(o, applicant_id=applicant_id)
    await act(o.clerk, docs.mark_arrived, collected.id)
    await act(o.clerk, docs.hand_out, collected.id)
    o.clock.set(at(8, day=day + dt.timedelta(days=90)))
    with pytest.raises(errors.PermissionDenied):
        await act(o.clerk, docs.invalidate_uncollected, older_than_days=90)
    with pytest.raises(errors.ValidationFailed):
        await act(o.lead, docs.invalidate_uncollected, older_than_days=0)
    gone = await act(o.lead, docs.invalidate_uncollected, older_than_days=90, key="inv-1")
    assert [v.id for v in gone] == [old.id]
    assert gone[0].state == DocState.INVALIDATED and gone[0].closed_at == o.clock.now
    again = await act(o.lead, docs.invalidate_uncollected, older_than_days=90, key="inv-1")
    assert [v.id for v in again] == [old.id] and again[0].replayed
    states = {v.id: v.state for v in await o.clerk.read(docs.orders_for_applicant, applicant_id)}
    assert states == {old.id: DocState.INVALIDATED, ordered_only.id: DocState.ORDERED,
                      recent.id: DocState.ARRIVED, collected.id: DocState.HANDED_OUT}
    with pytest.raises(CannotHandOut, match="Vernichtet"):
        await act(o.clerk, docs.hand_out, old.id)
    assert (await doc_audit(db, old.id))[-1].detail == "uncollected"
    # an admin may too
    o.clock.set(at(8, day=day + dt.timedelta(days=121)))
    assert [v.id for v in await act(o.admin, docs.invalidate_uncollected, older_than_days=90)] \
        == [recent.id]


async def test_invalidate_counts_berlin_days(db):
    o = await office(db, now=at(9))
    v = await arrived(o)
    o.clock.set(at(23, 59, day=at(9).date() + dt.timedelta(days=6)))
    assert await act(o.lead, docs.invalidate_uncollected, older_than_days=7) == []
    o.clock.set(at(0, 1, day=at(9).date() + dt.timedelta(days=7)))
    assert [x.id for x in await act(o.lead, docs.invalidate_uncollected, older_than_days=7)] \
        == [v.id]


# -- lists ----------------------------------------------------------------------------------
async def test_lists_for_an_applicant_and_a_service_point(db):
    o = await office(db, now=at(9))
    _, erika = await applicant(o)
    _, anna = await applicant(o, "Anders", "Anna")
    e1 = await order(o, applicant_id=erika)
    o.clock.advance(minutes=5)
    e2 = await order(o, applicant_id=erika, doc_type="TRAVEL_DOC")
    a1 = await order(o, applicant_id=anna)
    eu = await order(o, o.eu, applicant_id=anna, sp="EU")
    await act(o.clerk, docs.mark_arrived, a1.id)
    await act(o.clerk, docs.cancel, e2.id)
    mine = await o.clerk.read(docs.orders_for_applicant, erika)
    assert [v.id for v in mine] == [e2.id, e1.id]
    pending = await o.clerk.read(docs.pending_at_service_point, o.sp["BI"])
    assert [v.id for v in pending] == [a1.id, e1.id]                # arrived first
    only_arrived = await o.clerk.read(docs.pending_at_service_point, o.sp["BI"],
                                      [DocState.ARRIVED])
    assert [v.id for v in only_arrived] == [a1.id]
    assert [v.id for v in await o.eu.read(docs.pending_at_service_point, o.sp["EU"])] == [eu.id]
    assert await o.clerk.read(docs.orders_for_applicant, 999999) == []


async def test_orders_by_id_reads_all_ids_in_one_query(db):
    """The pickup desk's change feed asks for several orders at once: one SELECT for all
    of them (not one per id), through the UI's facade, with the ids not found."""
    from sqlalchemy import event

    from desk_app.services.document_desk import DocumentDesk

    o = await office(db, now=at(9))
    _, erika = await applicant(o)
    _, anna = await applicant(o, "Anders", "Anna")
    first = await order(o, applicant_id=erika)
    second = await order(o, applicant_id=anna, doc_type="TRAVEL_DOC")
    third = await act(o.clerk, docs.mark_arrived, (await order(o, applicant_id=anna)).id)
    selects: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    engine = db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        views, missing = await DocumentDesk(o.clerk).orders_by_id(
            [third.id, 999_999, first.id, second.id, first.id])
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(selects) == 1, selects
    assert [v.id for v in views] == sorted([first.id, second.id, third.id])
    assert missing == [999_999]
    assert {v.id: v for v in views}[third.id].state == DocState.ARRIVED
    assert {v.id: v.doc_type for v in views}[second.id] == DocType.TRAVEL_DOC
    assert await DocumentDesk(o.clerk).orders_by_id([]) == ([], [])
