"""Fee catalogue and receipts on SQLite and PostgreSQL: pricing, numbering (gapless, per
year, race-free under 20 workstations), cancellation, never edited (DB triggers)."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, text, update

from desk_app.domain import errors
from desk_app.models import FeeItem, Receipt, ReceiptItem
from desk_app.services.fees import (
    FEE_CATALOGUE, FeeDefinition, FeeRequest, UnknownFee, catalogue, price_items,
    seed_fee_catalogue,
)
from desk_app.services.printing_desk import ReceiptDesk
from desk_app.services.receipts import (
    AlreadyCancelled, CannotCancelCancellation, ReceiptsDisabled,
)
from tests.support import Clock, at, desk_for

DAY = dt.date(2026, 11, 25)
AMOUNTS = {"AT_ISSUE": 100, "BLUE_CARD": 100, "AT_EXT_UP3": 96, "AT_EXT_OVER3": 93,
           "AT_PURPOSE": 98, "NE": 113, "NE_SELF": 124, "NE_HQ": 147, "EU_LT": 109,
           "EXPRESS": 35, "EAT_REISSUE": 67, "FIKTION": 13, "OTHER_CERT": 18}


# -- pricing (pure) -------------------------------------------------------------------------
def test_catalogue_has_the_ordinance_amounts():
    assert {d.code: int(d.amount) for d in FEE_CATALOGUE} == AMOUNTS


def test_family_items_minor_half_exemption_zero_with_reason():
    items = price_items(FEE_CATALOGUE, DAY, [
        FeeRequest("NE", "Ayşe Yılmaz"),
        FeeRequest("AT_ISSUE", "Emre Yılmaz", minor=True),
        FeeRequest("EXPRESS", "Emre Yılmaz", minor=True),     # a surcharge is not halved
        FeeRequest("AT_EXT_OVER3", "Elif Yılmaz", exemption_reason="§ 52 Abs. 7 AufenthV"),
    ])
    assert [i.amount for i in items] == [Decimal("113.00"), Decimal("50.00"), Decimal("35.00"),
                                         Decimal("0.00")]
    assert [i.position for i in items] == [1, 2, 3, 4]
    assert "gebührenfrei: § 52 Abs. 7 AufenthV" in items[3].description
    assert items[3].exemption_reason == "§ 52 Abs. 7 AufenthV" and items[3].full_amount == 93


def test_valid_from_picks_the_amount_of_the_day():
    later = FeeDefinition("FIKTION", "Fiktionsbescheinigung", Decimal("15.00"),
                          valid_from=dt.date(2027, 1, 1))
    cat = [*FEE_CATALOGUE, later]
    assert price_items(cat, dt.date(2026, 12, 31), [FeeRequest("FIKTION")])[0].amount == 13
    assert price_items(cat, dt.date(2027, 1, 1), [FeeRequest("FIKTION")])[0].amount == 15
    with pytest.raises(UnknownFee):
        price_items(FEE_CATALOGUE, dt.date(2020, 1, 1), [FeeRequest("NE")])


# -- the catalogue in the database -----------------------------------------------------------
async def test_catalogue_is_seeded_by_the_migration_and_seeding_is_idempotent(db):
    async with db.read() as s:
        assert {d.code: int(d.amount) for d in await catalogue(s, DAY)} == AMOUNTS
    async with db.write_session() as s:
        assert await seed_fee_catalogue(s) == 0
    async with db.write_session() as s:
        await s.execute(delete(FeeItem).where(FeeItem.code == "NE"))
        await s.commit()
    async with db.write_session() as s:
        assert await seed_fee_catalogue(s) == 1


# -- receipts --------------------------------------------------------------------------------
async def _receipt_desk(db, login="sbbi1", clock=None, enabled=True) -> ReceiptDesk:
    desk = await desk_for(db, login, clock=clock or Clock(at(9, 0)))
    return ReceiptDesk(db, desk.ctx, enabled=enabled, office_name="Ausländerbehörde",
                       office_address="Ruppertstraße 19\n80337 München", place="München")


FAMILY = [FeeRequest("AT_ISSUE", "Ayşe Yılmaz", applicant_id=None),
          FeeRequest("AT_ISSUE", "Emre Yılmaz", minor=True),
          FeeRequest("FIKTION", "Elif Yılmaz", exemption_reason="Kind unter 6 Jahren")]


async def test_issue_receipt_numbers_items_total(db):
    rd = await _receipt_desk(db)
    r1 = await rd.issue(payer_name="Yılmaz, Ayşe", payment_method="card", fees=FAMILY)
    r2 = await rd.issue(payer_name="Muster, Erika", payment_method="cash",
                        fees=[FeeRequest("NE_HQ", "Erika Muster")])
    assert (r1.year, r1.number, r1.display_number) == (2026, 1, "2026-000001")
    assert r2.number == 2
    assert r1.total == Decimal("150.00") and r2.total == Decimal("147.00")
    assert [i.person_label for i in r1.items] == ["Ayşe Yılmaz", "Emre Yılmaz", "Elif Yılmaz"]
    assert r1.clerk_name and r1.payment_method == "card"


async def test_same_key_returns_the_same_receipt(db):
    rd = await _receipt_desk(db)
    a = await rd.issue(payer_name="X", payment_method="cash", fees=FAMILY, key="rk1")
    b = await rd.issue(payer_name="X", payment_method="cash", fees=FAMILY, key="rk1")
    assert a.id == b.id and a.number == b.number
    c = await rd.issue(payer_name="X", payment_method="cash", fees=FAMILY)
    assert c.number == a.number + 1


async def test_numbers_restart_each_year_berlin_time(db):
    clock = Clock(dt.datetime(2026, 12, 31, 22, 30, tzinfo=dt.timezone.utc))  # 23:30 Berlin
    rd = await _receipt_desk(db, clock=clock)
    a = await rd.issue(payer_name="X", payment_method="cash", fees=[FeeRequest("FIKTION")])
    clock.advance(minutes=60)                                                   # 00:30 Berlin
    b = await rd.issue(payer_name="X", payment_method="cash", fees=[FeeRequest("FIKTION")])
    assert (a.year, a.number) == (2026, 1) and (b.year, b.number) == (2027, 1)


async def test_failed_issue_leaves_no_gap(db):
    rd = await _receipt_desk(db)
    await rd.issue(payer_name="X", payment_method="cash", fees=[FeeRequest("FIKTION")])
    with pytest.raises(UnknownFee):
        await rd.issue(payer_name="X", payment_method="cash", fees=[FeeRequest("NOPE")])
    with pytest.raises(errors.ValidationFailed):
        await rd.issue(payer_name=" ", payment_method="cash", fees=[FeeRequest("FIKTION")])
    r = await rd.issue(payer_name="X", payment_method="cash", fees=[FeeRequest("FIKTION")])
    assert r.number == 2


async def test_cancellation_reverses_once(db):
    rd = await _receipt_desk(db)
    orig = await rd.issue(payer_name="Yılmaz, Ayşe", payment_method="card", fees=FAMILY)
    storno = await rd.cancel(orig.id, key="st1")
    assert storno.number == orig.number + 1 and storno.cancels_receipt_id == orig.id
    assert storno.cancels_number == orig.display_number
    assert storno.total == -orig.total
    assert [i.amount for i in storno.items] == [-i.amount for i in orig.items]
    assert (await rd.cancel(orig.id, key="st1")).id == storno.id   # retried: same storno
    with pytest.raises(AlreadyCancelled):
        await rd.cancel(orig.id)
    with pytest.raises(CannotCancelCancellation):
        await rd.cancel(storno.id)


async def test_concurrent_cancellations_make_one_storno(db):
    rd = await _receipt_desk(db)
    orig = await rd.issue(payer_name="X", payment_method="cash", fees=FAMILY)
    results = await asyncio.gather(*(rd.cancel(orig.id) for _ in range(4)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    assert len(ok) == 1, results
    assert all(isinstance(r, AlreadyCancelled) for r in results if isinstance(r, Exception))


async def test_receipts_switched_off(db):
    rd = await _receipt_desk(db, enabled=False)
    with pytest.raises(ReceiptsDisabled):
        await rd.issue(payer_name="X", payment_method="cash", fees=FAMILY)


async def test_receipts_are_never_edited_or_deleted_db_guard(db):
    rd = await _receipt_desk(db)
    r = await rd.issue(payer_name="Yılmaz, Ayşe", payment_method="cash", fees=FAMILY)
    for stmt in (update(Receipt).where(Receipt.id == r.id).values(total=Decimal("1.00")),
                 update(ReceiptItem).where(ReceiptItem.receipt_id == r.id).values(amount=0),
                 delete(ReceiptItem).where(ReceiptItem.receipt_id == r.id),
                 delete(Receipt).where(Receipt.id == r.id)):
        async with db.write_session() as s:
            with pytest.raises(Exception, match="never edited"):
                async with s.begin():
                    await s.execute(stmt)
    if db.is_postgres:
        async with db.write_session() as s:
            with pytest.raises(Exception, match="never edited"):
                async with s.begin():
                    await s.execute(text("TRUNCATE receipt_items"))
    # the retention purge may anonymise the name to the fixed anonymous value (migration
    # 0010), and nothing else
    async with db.write_session() as s:
        with pytest.raises(Exception, match="anonymised|anonymises"):
            async with s.begin():
                await s.execute(update(Receipt).where(Receipt.id == r.id).values(payer_name="***"))
    async with db.write_session() as s, s.begin():
        await s.execute(update(Receipt).where(Receipt.id == r.id).values(payer_name="—"))
        await s.execute(update(ReceiptItem).where(ReceiptItem.receipt_id == r.id)
                        .values(person_label="—"))
    assert (await rd.get(r.id)).payer_name == "—"


def test_receipt_document_prints_fields_and_words(tmp_path):
    from desk_app.printing import render_fee_receipt
    from desk_app.services.receipts import ReceiptItemView, ReceiptView, receipt_document
    from tests.printing.conftest import pdf_text

    items = (ReceiptItemView(1, "NE_HQ", "Niederlassungserlaubnis Hochqualifizierte",
                             Decimal("147.00"), "Erika Muster", None, None),
             ReceiptItemView(2, "FIKTION", "Fiktionsbescheinigung – gebührenfrei: Kind unter 6",
                             Decimal("0.00"), "Max Muster", None, "Kind unter 6"))
    view = ReceiptView(id=1, year=2026, number=17, entry_id=None, payer_name="Muster, Erika",
                       payment_method="cash", total=Decimal("147.00"), clerk_id=1,
                       clerk_name="Sachbearbeitung BI 1",
                       issued_at=dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc),
                       items=items)
    data = receipt_document(view, office_name="Ausländerbehörde", office_address="Ruppertstraße 19",
                            place="München")
    pdf = render_fee_receipt(data)
    (tmp_path / "receipt.pdf").write_bytes(pdf)
    t = pdf_text(pdf)
    for expected in ("2026-000017", "Muster, Erika", "Erika Muster", "Max Muster", "147,00",
                     "gebührenfrei: Kind unter 6", "einhundertsiebenundvierzig Euro",
                     "Sachbearbeitung BI 1", "München, 25.11.2026", "Ausländerbehörde"):
        assert expected in t, expected
    storno = receipt_document(
        ReceiptView(**{**view.__dict__, "id": 2, "number": 18, "cancels_receipt_id": 1,
                       "cancels_number": "2026-000017", "total": Decimal("-147.00"),
                       "items": tuple(ReceiptItemView(**{**i.__dict__, "amount": -i.amount})
                                      for i in items)}),
        office_name="Ausländerbehörde", office_address="", place="München")
    t2 = pdf_text(render_fee_receipt(storno))
    assert "2026-000018" in t2 and "2026-000017" in t2 and "-147,00" in t2


# -- 20 workstations at once (PostgreSQL) ------------------------------------------------------
@pytest.mark.postgres
async def test_receipt_numbers_gapless_under_20_concurrent_workstations(pg_database_url, open_db):
    n_stations, rounds = 20, 5
    dbs = [open_db(pg_database_url, pool_size=1) for _ in range(n_stations)]
    desks = [await _receipt_desk(d, login="sbbi1" if i % 2 else "sbbi2") for i, d in enumerate(dbs)]
    for d in dbs:  # connect every engine before the race
        async with d.read() as s:
            await s.execute(text("SELECT 1"))
    barrier = asyncio.Barrier(n_stations)

    async def station(i: int) -> list[int]:
        got = []
        for r in range(rounds):
            await barrier.wait()
            if r == 2 and i % 5 == 0:   # some stations cancel a receipt amid the race
                view = await desks[i].cancel(got[0])
            else:
                view = await desks[i].issue(payer_name=f"Payer {i}", payment_method="cash",
                                            fees=[FeeRequest("FIKTION", f"P{i}")])
            got.append(view.id)
        return got

    await asyncio.gather(*(station(i) for i in range(n_stations)))
    async with dbs[0].read() as s:
        numbers = sorted((await s.execute(select(Receipt.number).where(Receipt.year == 2026))).scalars())
        storno = (await s.execute(select(Receipt).where(Receipt.cancels_receipt_id.is_not(None)))).scalars().all()
    assert numbers == list(range(1, n_stations * rounds + 1))     # gapless, no duplicates
    assert len(storno) == 4


async def test_receipts_of_an_entry_newest_first_with_cancellation(db):
    from desk_app.services.receipts import EntryReceipt
    from tests.support import ids, person

    clock = Clock(at(9, 0))
    desk = await desk_for(db, "sbbi1", clock=clock)
    rd = ReceiptDesk(db, desk.ctx, enabled=True)
    sp = (await ids(db))["sp"]["BI"]
    one = await desk.register_walk_in(service_point_id=sp, applicants=[person("Haddad", "Omar")])
    other = await desk.register_walk_in(service_point_id=sp, applicants=[person("Kaya", "Ali")])
    assert await rd.of_entry(one.id) == []

    first = await rd.issue(payer_name="Omar Haddad", payment_method="cash",
                           fees=[FeeRequest("FIKTION")], entry_id=one.id)
    await rd.issue(payer_name="Ali Kaya", payment_method="cash", fees=[FeeRequest("NE")],
                   entry_id=other.id)
    second = await rd.issue(payer_name="Omar Haddad", payment_method="card",
                            fees=[FeeRequest("NE")], entry_id=one.id)   # same minute as first
    rows = await rd.of_entry(one.id)
    assert all(isinstance(r, EntryReceipt) for r in rows)
    assert [r.receipt.id for r in rows] == [second.id, first.id]
    assert [(r.cancelled, r.cancellable) for r in rows] == [(False, True), (False, True)]

    clock.advance(minutes=5)
    storno = await rd.cancel(second.id)
    rows = await rd.of_entry(one.id)
    assert [r.receipt.id for r in rows] == [storno.id, second.id, first.id]
    assert rows[0].receipt.is_cancellation and not rows[0].cancelled and not rows[0].cancellable
    assert rows[1].cancelled and rows[1].cancelled_by == storno.display_number
    assert not rows[1].cancellable
    assert rows[2].cancellable and rows[2].cancelled_by is None
    assert rows[1].receipt.total == Decimal("113.00") and rows[0].receipt.total == Decimal("-113.00")
    assert [r.receipt.payer_name for r in await rd.of_entry(other.id)] == ["Ali Kaya"]
