"""Fee receipts (Quittungen): numbered per office and year, gapless, never edited.

- The number comes from the named counter ``receipt:{year}`` (desk_app.services.changes.
  next_sequence_values), taken in the receipt's own transaction under a row lock: a
  rolled-back receipt gives its number back, concurrent workstations queue on the lock,
  and the unique (year, number) constraint is the last guard. One database is one office.
- The year is the Europe/Berlin business day's year of the moment of issue.
- Items are priced from the dated fee catalogue, one line per fee and family member.
- A wrong receipt is reversed by a cancellation receipt (Stornobeleg): its own number,
  the original's items negated, a reference to the original. An original can be
  cancelled once (unique ``cancels_receipt_id``), a cancellation never.
- Receipts and items are never updated or deleted: migration 0002 puts triggers on both
  tables.
- ``issue_batch`` issues many receipts in ONE transaction (one idempotency key for the
  batch): all numbers reserved at once, gapless and in request order; receipts, items
  and audit rows written with bulk inserts; an invalid request anywhere issues nothing.
  ``issue_receipt``, ``cancel_receipt`` and ``issue_batch`` share the inner ``_issue``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.text_input import check_text
from desk_app.models import AuditEvent, QueueEntry, Receipt, ReceiptItem, StaffMember

from . import idempotency
from .changes import Change, next_sequence_values, record_changes
from .context import Context
from .fees import FeeRequest, PricedItem, catalogue, price, price_items

__all__ = [
    "PAYMENT_METHODS", "ReceiptItemView", "ReceiptView", "ReceiptsDisabled", "AlreadyCancelled",
    "CannotCancelCancellation", "format_number", "issue_receipt", "cancel_receipt",
    "get_receipt", "list_receipts", "receipt_document", "EntryReceipt", "entry_receipts",
    "ReceiptRequest", "BatchRequestInvalid", "issue_batch",
]

PAYMENT_METHODS = ("cash", "card")


class ReceiptsDisabled(errors.DomainError):
    code = "receipts_disabled"
    template = "Quittungen sind in dieser Dienststelle ausgeschaltet."


class AlreadyCancelled(errors.DomainError):
    code = "receipt_already_cancelled"
    template = "Quittung {number} ist bereits storniert (Storno {by})."


class CannotCancelCancellation(errors.DomainError):
    code = "cannot_cancel_cancellation"
    template = "Quittung {number} ist selbst ein Storno und kann nicht storniert werden."


class BatchRequestInvalid(errors.ValidationFailed):
    """A request of a batch is invalid; nothing of the batch was issued."""
    code = "receipt_batch_invalid"
    template = ("Quittung {position} von {count} im Stapel: {message} "
                "Es wurde keine Quittung des Stapels ausgestellt.")


def format_number(year: int, number: int) -> str:
    return f"{year}-{number:06d}"


@dataclass(frozen=True)
class ReceiptItemView:
    position: int
    fee_code: str
    description: str
    amount: Decimal
    person_label: str
    applicant_id: int | None
    exemption_reason: str | None


@dataclass(frozen=True)
class ReceiptView:
    id: int
    year: int
    number: int
    entry_id: int | None
    payer_name: str
    payment_method: str
    total: Decimal
    clerk_id: int | None
    clerk_name: str
    issued_at: dt.datetime
    items: tuple[ReceiptItemView, ...]
    cancels_receipt_id: int | None = None
    cancels_number: str | None = None

    @property
    def display_number(self) -> str:
        return format_number(self.year, self.number)

    @property
    def is_cancellation(self) -> bool:
        return self.cancels_receipt_id is not None


@dataclass(frozen=True)
class EntryReceipt:
    """A receipt of an entry, and whether it has been cancelled (``cancelled_by``: the
    number of its cancellation receipt). A cancellation receipt is never cancelled."""

    receipt: ReceiptView
    cancelled: bool
    cancelled_by: str | None = None

    @property
    def cancellable(self) -> bool:
        return not self.cancelled and not self.receipt.is_cancellation


@dataclass(frozen=True)
class ReceiptRequest:
    """One receipt of a batch (``issue_batch``): the arguments of ``issue_receipt``."""

    payer_name: str
    payment_method: str
    fees: Sequence[FeeRequest]
    entry_id: int | None = None


@dataclass(frozen=True)
class _Draft:
    """A priced receipt about to be numbered and written (``_issue``)."""

    payer_name: str
    payment_method: str
    entry_id: int | None
    items: Sequence[PricedItem]
    cancels_id: int | None = None
    cancels_number: str | None = None

    @property
    def sign(self) -> int:
        return -1 if self.cancels_id is not None else 1


async def _clerk_name(session: AsyncSession, clerk_id: int | None) -> str:
    if clerk_id is None:
        return ""
    clerk = await session.get(StaffMember, clerk_id)
    return clerk.display_name if clerk else ""


async def _view(session: AsyncSession, r: Receipt) -> ReceiptView:
    clerk_name = await _clerk_name(session, r.clerk_id)
    cancels_number = None
    if r.cancels_receipt_id is not None:
        orig = await session.get(Receipt, r.cancels_receipt_id)
        cancels_number = format_number(orig.year, orig.number) if orig else None
    items = tuple(ReceiptItemView(position=i.position, fee_code=i.fee_code,
                                  description=i.description, amount=Decimal(i.amount),
                                  person_label=i.person_label, applicant_id=i.applicant_id,
                                  exemption_reason=i.exemption_reason)
                  for i in sorted(r.items, key=lambda i: i.position))
    return ReceiptView(id=r.id, year=r.year, number=r.number, entry_id=r.entry_id,
                       payer_name=r.payer_name, payment_method=r.payment_method,
                       total=Decimal(r.total), clerk_id=r.clerk_id, clerk_name=clerk_name,
                       issued_at=r.issued_at, items=items,
                       cancels_receipt_id=r.cancels_receipt_id, cancels_number=cancels_number)


async def _load(session: AsyncSession, receipt_id: int) -> Receipt:
    r = (await session.execute(select(Receipt).options(selectinload(Receipt.items))
                               .where(Receipt.id == receipt_id))).scalar_one_or_none()
    if r is None:
        raise errors.NotFound(what=f"Quittung {receipt_id}")
    return r


async def _load_many(session: AsyncSession, receipt_ids: Sequence[int]) -> list[ReceiptView]:
    """The views of ``receipt_ids``, in that order."""
    rows = (await session.execute(select(Receipt).options(selectinload(Receipt.items))
                                  .where(Receipt.id.in_(receipt_ids)))).scalars().all()
    by_id = {r.id: r for r in rows}
    return [await _view(session, by_id[i]) for i in receipt_ids]


def _checked_payer(payer_name: str, payment_method: str, fees: Sequence[FeeRequest]) -> str:
    """Validates a receipt's arguments; returns the payer's name, stripped."""
    if payment_method not in PAYMENT_METHODS:
        raise errors.ValidationFailed(message="Unbekannte Zahlungsart {method}.", error_code="payment_method_unknown",
                                      method=repr(payment_method))
    if not fees:
        raise errors.ValidationFailed(message="Eine Quittung braucht mindestens eine Gebühr.", error_code="receipt_without_fee")
    if not (payer_name or "").strip():
        raise errors.ValidationFailed(message="Bitte den Namen des Zahlenden angeben.", error_code="payer_name_missing")
    check_text(payer_name, "Name des Zahlenden")
    for fee in fees:
        check_text(fee.person_label, "Person")
        check_text(fee.exemption_reason, "Grund der Gebührenbefreiung")
    return payer_name.strip()


async def _missing_entries(session: AsyncSession, entry_ids: set[int]) -> set[int]:
    if not entry_ids:
        return set()
    found = (await session.execute(select(QueueEntry.id).where(
        QueueEntry.id.in_(entry_ids)))).scalars()
    return entry_ids - set(found)


def _unknown_entry(entry_id: int) -> errors.ValidationFailed:
    return errors.ValidationFailed(message="Vorgang {entry_id} gibt es nicht.", error_code="entry_unknown", entry_id=entry_id)


async def _issue(session: AsyncSession, ctx: Context, now: dt.datetime, drafts: Sequence[_Draft],
                 *, action: str, key: str, result: str) -> list[ReceiptView]:
    """Numbers and writes priced receipts inside the caller's open transaction: numbers
    ``receipt:{year}`` reserved at once (gapless, in ``drafts`` order), receipts and
    items as bulk inserts, the idempotency key (``{result: ids}``, ``result`` being
    "receipt_id" for one receipt or "receipt_ids"), one audit row per receipt (ids and
    codes only) and the change-log rows. Returns the views in ``drafts`` order."""
    n = len(drafts)
    year = business_day(now).year
    clerk_id = ctx.actor.staff_id
    clerk_name = await _clerk_name(session, clerk_id)
    totals = [sum((d.sign * i.amount for i in d.items), Decimal("0.00")) for d in drafts]
    # Everything else first; the numbered counter last, so its lock is held briefly.
    first = await next_sequence_values(session, f"receipt:{year}", count=n) - n + 1
    numbers = [first + k for k in range(n)]
    rows = [{"year": year, "number": numbers[k], "entry_id": d.entry_id,
             "payer_name": d.payer_name, "payment_method": d.payment_method,
             "total": totals[k], "clerk_id": clerk_id, "issued_at": now,
             "cancels_receipt_id": d.cancels_id} for k, d in enumerate(drafts)]
    # Core inserts of the tables (not ORM bulk inserts, which insert row by row where they
    # must return ids in order); RETURNING number pairs each id with its receipt.
    receipts_t, items_t = Receipt.__table__, ReceiptItem.__table__
    returned = await session.execute(
        insert(receipts_t).returning(receipts_t.c.id, receipts_t.c.number), rows)
    id_of = {number: rid for rid, number in returned.all()}
    ids = [id_of[number] for number in numbers]
    await session.execute(insert(items_t), [
        {"receipt_id": ids[k], "position": i.position, "applicant_id": i.applicant_id,
         "person_label": i.person_label, "fee_code": i.fee_code, "description": i.description,
         "amount": d.sign * i.amount, "exemption_reason": i.exemption_reason}
        for k, d in enumerate(drafts) for i in d.items])
    await idempotency.remember(session, key, action, now,
                               {"receipt_id": ids[0]} if result == "receipt_id" else {result: ids})
    await session.execute(insert(AuditEvent.__table__), [
        {"at": now, "staff_id": clerk_id, "station": ctx.actor.station, "action": action,
         "entity": "receipt", "entity_id": ids[k], "from_state": None, "to_state": None,
         # a cancellation names the receipt it cancels
         "detail": d.cancels_number or format_number(year, numbers[k])}
        for k, d in enumerate(drafts)])
    changes = []
    for k, d in enumerate(drafts):
        changes.append(Change("receipt", ids[k], action))
        if d.cancels_id is not None:
            changes.append(Change("receipt", d.cancels_id, "cancelled"))
    await record_changes(session, changes, now)
    return [ReceiptView(
        id=ids[k], year=year, number=numbers[k], entry_id=d.entry_id, payer_name=d.payer_name,
        payment_method=d.payment_method, total=totals[k], clerk_id=clerk_id,
        clerk_name=clerk_name, issued_at=now,
        items=tuple(ReceiptItemView(position=i.position, fee_code=i.fee_code,
                                    description=i.description, amount=d.sign * i.amount,
                                    person_label=i.person_label, applicant_id=i.applicant_id,
                                    exemption_reason=i.exemption_reason)
                    for i in sorted(d.items, key=lambda i: i.position)),
        cancels_receipt_id=d.cancels_id, cancels_number=d.cancels_number)
        for k, d in enumerate(drafts)]


async def issue_receipt(session: AsyncSession, ctx: Context, *, key: str, payer_name: str,
                        payment_method: str, fees: Sequence[FeeRequest],
                        entry_id: int | None = None) -> ReceiptView:
    """Prices ``fees`` with the catalogue of today's business day and issues a numbered
    receipt. The same ``key`` again returns the receipt made the first time."""
    payer_name = _checked_payer(payer_name, payment_method, fees)
    async with session.begin():
        await idempotency.hold_key(session, key)
        done = await idempotency.previous_result(session, key)
        if done is not None:
            return await _view(session, await _load(session, done["receipt_id"]))
        if entry_id is not None and await _missing_entries(session, {entry_id}):
            raise _unknown_entry(entry_id)
        now = ctx.now()
        items = await price(session, business_day(now), fees)
        draft = _Draft(payer_name=payer_name, payment_method=payment_method, entry_id=entry_id,
                       items=items)
        (view,) = await _issue(session, ctx, now, [draft], action="issue_receipt", key=key,
                               result="receipt_id")
        return view


async def issue_batch(session: AsyncSession, ctx: Context, requests: Sequence[ReceiptRequest],
                      *, key: str) -> list[ReceiptView]:
    """Issues many receipts in ONE transaction, numbered gapless in ``requests`` order
    and priced with the catalogue of today's business day. All or nothing: an invalid
    request anywhere raises BatchRequestInvalid (naming its position, counted from 1)
    and issues nothing. The same ``key`` again returns the receipts made the first time
    (nothing doubled)."""
    requests = list(requests)
    count = len(requests)
    if not count:
        raise errors.ValidationFailed(message="Der Stapel enthält keine Quittung.", error_code="receipt_batch_empty")

    def invalid(position: int, exc: errors.DomainError) -> BatchRequestInvalid:
        return BatchRequestInvalid(position=position, count=count, message=str(exc))

    payers = []
    for pos, r in enumerate(requests, start=1):
        try:
            payers.append(_checked_payer(r.payer_name, r.payment_method, r.fees))
        except errors.ValidationFailed as exc:
            raise invalid(pos, exc) from exc
    async with session.begin():
        await idempotency.hold_key(session, key)
        done = await idempotency.previous_result(session, key)
        if done is not None:
            if "receipt_ids" not in done:
                raise errors.ValidationFailed(
                    message="Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.", error_code="receipt_key_not_a_batch")
            return await _load_many(session, done["receipt_ids"])
        missing = await _missing_entries(session, {r.entry_id for r in requests
                                                   if r.entry_id is not None})
        now = ctx.now()
        day = business_day(now)
        definitions = await catalogue(session, day)
        drafts = []
        for pos, (r, payer) in enumerate(zip(requests, payers), start=1):
            if r.entry_id in missing:
                raise invalid(pos, _unknown_entry(r.entry_id))
            try:
                items = price_items(definitions, day, r.fees)
            except errors.DomainError as exc:
                raise invalid(pos, exc) from exc
            drafts.append(_Draft(payer_name=payer, payment_method=r.payment_method,
                                 entry_id=r.entry_id, items=items))
        return await _issue(session, ctx, now, drafts, action="issue_receipt", key=key,
                            result="receipt_ids")


async def cancel_receipt(session: AsyncSession, ctx: Context, receipt_id: int, *,
                         key: str) -> ReceiptView:
    """Issues the cancellation receipt of ``receipt_id`` (same payer, method and items,
    negated). The same ``key`` again returns it; a second cancellation is refused."""
    async with session.begin():
        await idempotency.hold_key(session, key)
        done = await idempotency.previous_result(session, key)
        if done is not None:
            return await _view(session, await _load(session, done["receipt_id"]))
        orig = await _load(session, receipt_id)
        if orig.cancels_receipt_id is not None:
            raise CannotCancelCancellation(number=format_number(orig.year, orig.number))
        prior = (await session.execute(select(Receipt).where(
            Receipt.cancels_receipt_id == orig.id))).scalar_one_or_none()
        if prior is not None:
            raise AlreadyCancelled(number=format_number(orig.year, orig.number),
                                   by=format_number(prior.year, prior.number))
        now = ctx.now()
        items = [PricedItem(position=i.position, fee_code=i.fee_code, description=i.description,
                            amount=Decimal(i.amount), person_label=i.person_label,
                            applicant_id=i.applicant_id, exemption_reason=i.exemption_reason)
                 for i in sorted(orig.items, key=lambda i: i.position)]
        draft = _Draft(payer_name=orig.payer_name, payment_method=orig.payment_method,
                       entry_id=orig.entry_id, items=items, cancels_id=orig.id,
                       cancels_number=format_number(orig.year, orig.number))
        (view,) = await _issue(session, ctx, now, [draft], action="cancel_receipt", key=key,
                               result="receipt_id")
        return view


async def get_receipt(session: AsyncSession, receipt_id: int) -> ReceiptView:
    async with session.begin():
        return await _view(session, await _load(session, receipt_id))


async def list_receipts(session: AsyncSession, year: int) -> list[ReceiptView]:
    async with session.begin():
        rows = (await session.execute(select(Receipt).options(selectinload(Receipt.items))
                                      .where(Receipt.year == year).order_by(Receipt.number))).scalars().all()
        return [await _view(session, r) for r in rows]


async def entry_receipts(session: AsyncSession, entry_id: int) -> list[EntryReceipt]:
    """The receipts issued for ``entry_id`` (cancellation receipts included), newest
    first, each with whether it has been cancelled."""
    async with session.begin():
        rows = (await session.execute(
            select(Receipt).options(selectinload(Receipt.items))
            .where(Receipt.entry_id == entry_id)
            .order_by(Receipt.issued_at.desc(), Receipt.id.desc()))).scalars().all()
        # a cancellation carries its original's entry (cancel_receipt), so it is among rows
        by_original = {r.cancels_receipt_id: r for r in rows if r.cancels_receipt_id is not None}
        result = []
        for r in rows:
            c = by_original.get(r.id)
            result.append(EntryReceipt(
                receipt=await _view(session, r), cancelled=c is not None,
                cancelled_by=format_number(c.year, c.number) if c is not None else None))
        return result


def receipt_document(view: ReceiptView, *, office_name: str, office_address: str, place: str,
                     language: str | None = None, paper: str = "a5", copy: bool = False):
    """The printable FeeReceiptData of a receipt (desk_app.printing renders it).

    Exempt items print their reason in the description and 0,00 €; a cancellation
    receipt passes the original's amounts, which the layout prints negated.
    """
    from desk_app.printing.data import FeeItem, FeeReceiptData, PaperFormat, PaymentMethod

    items = tuple(FeeItem(description=i.description, amount=abs(i.amount),
                          person=i.person_label or None) for i in view.items)
    return FeeReceiptData(
        receipt_number=view.display_number, office_name=office_name,
        office_address=office_address, payer_name=view.payer_name, items=items,
        payment_method=PaymentMethod(view.payment_method), clerk_name=view.clerk_name,
        place=place, issued_at=view.issued_at, cancels_receipt_number=view.cancels_number,
        paper=PaperFormat(paper), language=language, copy=copy)
