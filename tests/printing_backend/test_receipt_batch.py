"""Receipts issued in a batch (receipts.issue_batch via ReceiptDesk.issue_batch) on SQLite
and PostgreSQL: one transaction, numbers gapless and in request order (continuing the
single-issue sequence), one key for the whole batch, all or nothing, never edited."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, update

from desk_app.domain import errors
from desk_app.models import AuditEvent, ChangeLog, IdempotencyKey, Receipt, ReceiptItem
from desk_app.services.fees import FeeRequest
from desk_app.services.printing_desk import ReceiptDesk, render_receipts_batch
from desk_app.services.receipts import BatchRequestInvalid, ReceiptRequest, ReceiptsDisabled
from tests.support import Clock, at, desk_for

FAMILY = [FeeRequest("AT_ISSUE", "Ayşe Yılmaz"),
          FeeRequest("AT_ISSUE", "Emre Yılmaz", minor=True),
          FeeRequest("FIKTION", "Elif Yılmaz", exemption_reason="Kind unter 6 Jahren")]


async def _receipt_desk(db, enabled=True) -> ReceiptDesk:
    desk = await desk_for(db, "sbbi1", clock=Clock(at(9, 0)))
    return ReceiptDesk(db, desk.ctx, enabled=enabled, office_name="Ausländerbehörde",
                       office_address="Ruppertstraße 19\n80337 München", place="München")


def _requests(n: int, start: int = 0) -> list[ReceiptRequest]:
    return [ReceiptRequest(payer_name=f"Payer {start + i}", payment_method="cash" if i % 2 else "card",
                           fees=FAMILY if i % 3 == 0 else [FeeRequest("NE_HQ", f"P{start + i}")])
            for i in range(n)]


async def _counts(db) -> dict[str, int]:
    async with db.read() as s:
        return {m.__tablename__: (await s.execute(select(func.count()).select_from(m))).scalar_one()
                for m in (Receipt, ReceiptItem, AuditEvent, ChangeLog, IdempotencyKey)}


async def test_batch_numbers_gapless_in_order_between_single_issues(db):
    rd = await _receipt_desk(db)
    before = await rd.issue(payer_name="Vorher", payment_method="cash", fees=[FeeRequest("FIKTION")])
    views = await rd.issue_batch(_requests(25), key="batch-1")
    after = await rd.issue(payer_name="Nachher", payment_method="cash", fees=[FeeRequest("FIKTION")])
    assert before.number == 1
    assert [v.number for v in views] == list(range(2, 27))
    assert [v.payer_name for v in views] == [f"Payer {i}" for i in range(25)]
    assert after.number == 27
    assert len({v.id for v in views}) == 25
    first, second = views[0], views[1]
    assert first.total == Decimal("150.00") and second.total == Decimal("147.00")
    assert [i.person_label for i in first.items] == ["Ayşe Yılmaz", "Emre Yılmaz", "Elif Yılmaz"]
    assert first.clerk_name and first.display_number == "2026-000002"
    # what was returned is what was stored
    for v in (views[0], views[7], views[-1]):
        assert await rd.get(v.id) == v
    async with db.read() as s:
        audits = (await s.execute(select(AuditEvent).where(AuditEvent.entity == "receipt")
                                  .order_by(AuditEvent.id))).scalars().all()
        logged = (await s.execute(select(ChangeLog.entity_id).where(ChangeLog.entity == "receipt")
                                  .order_by(ChangeLog.id))).scalars().all()
    assert [a.entity_id for a in audits] == [before.id, *(v.id for v in views), after.id]
    assert [a.detail for a in audits[1:-1]] == [v.display_number for v in views]
    assert all(a.action == "issue_receipt" for a in audits)
    assert logged == [before.id, *(v.id for v in views), after.id]
    # batch receipts print like any other, in one PDF
    assert render_receipts_batch([rd.document(v) for v in views[:3]]).startswith(b"%PDF")


async def test_retried_batch_key_returns_the_same_receipts(db):
    rd = await _receipt_desk(db)
    a = await rd.issue_batch(_requests(10), key="batch-retry")
    counts = await _counts(db)
    b = await rd.issue_batch(_requests(10), key="batch-retry")
    assert b == a
    assert await _counts(db) == counts                    # nothing doubled
    nxt = await rd.issue_batch(_requests(3), key="batch-next")
    assert [v.number for v in nxt] == [11, 12, 13]
    single = await rd.issue(payer_name="X", payment_method="cash", fees=FAMILY, key="one")
    assert single.number == 14
    with pytest.raises(errors.ValidationFailed, match="einzelnen Quittung"):
        await rd.issue_batch(_requests(2), key="one")     # a single receipt's key is no batch


@pytest.mark.parametrize("bad, position, words", [
    (ReceiptRequest(payer_name=" ", payment_method="cash", fees=FAMILY), 4, "Namen des Zahlenden"),
    (ReceiptRequest(payer_name="X", payment_method="bitcoin", fees=FAMILY), 1, "Zahlungsart"),
    (ReceiptRequest(payer_name="X", payment_method="cash", fees=[]), 6, "mindestens eine Gebühr"),
    (ReceiptRequest(payer_name="X", payment_method="cash", fees=[FeeRequest("NOPE")]), 6, "NOPE"),
    (ReceiptRequest(payer_name="X", payment_method="cash", fees=FAMILY, entry_id=987654), 3,
     "Vorgang 987654"),
])
async def test_invalid_request_anywhere_issues_nothing(db, bad, position, words):
    rd = await _receipt_desk(db)
    await rd.issue(payer_name="Vorher", payment_method="cash", fees=[FeeRequest("FIKTION")])
    counts = await _counts(db)
    requests = _requests(6)
    requests[position - 1] = bad
    with pytest.raises(BatchRequestInvalid) as info:
        await rd.issue_batch(requests, key="bad-batch")
    message = str(info.value)
    assert message.startswith(f"Quittung {position} von 6 im Stapel:"), message
    assert words in message and "keine Quittung des Stapels ausgestellt" in message
    assert info.value.params["position"] == position
    assert isinstance(info.value, errors.ValidationFailed)
    assert await _counts(db) == counts
    # no number was used up, and the key is free for the corrected batch
    requests[position - 1] = ReceiptRequest(payer_name="X", payment_method="cash", fees=FAMILY)
    views = await rd.issue_batch(requests, key="bad-batch")
    assert [v.number for v in views] == list(range(2, 8))


async def test_empty_batch_and_receipts_switched_off(db):
    rd = await _receipt_desk(db)
    with pytest.raises(errors.ValidationFailed, match="keine Quittung"):
        await rd.issue_batch([], key="empty")
    off = await _receipt_desk(db, enabled=False)
    with pytest.raises(ReceiptsDisabled):
        await off.issue_batch(_requests(2))


async def test_batch_receipts_can_be_cancelled_and_are_never_edited(db):
    rd = await _receipt_desk(db)
    views = await rd.issue_batch(_requests(4), key="batch-guard")
    storno = await rd.cancel(views[2].id)
    assert storno.number == 5 and storno.cancels_number == views[2].display_number
    assert storno.total == -views[2].total
    r = views[0]
    for stmt in (update(Receipt).where(Receipt.id == r.id).values(total=Decimal("1.00")),
                 update(Receipt).where(Receipt.id == r.id).values(number=99),
                 update(ReceiptItem).where(ReceiptItem.receipt_id == r.id).values(amount=0),
                 delete(ReceiptItem).where(ReceiptItem.receipt_id == r.id),
                 delete(Receipt).where(Receipt.id == r.id)):
        async with db.write_session() as s:
            with pytest.raises(Exception, match="never edited"):
                async with s.begin():
                    await s.execute(stmt)
    assert await rd.get(r.id) == r
