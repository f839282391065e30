"""The fee catalogue (Gebührenverzeichnis) as dated data, and pricing a family's items.

Amounts from the residence ordinance (AufenthV §§ 44–47, 45c, 49), valid from
``CATALOGUE_VALID_FROM``; a later change is a new row with a later ``valid_from`` (and
the old row's ``valid_to`` set), never an edit of a row receipts were priced with.

Rules: minors pay half of a FEE (§ 50 AufenthV), not of a SURCHARGE; an exemption
prices the item at 0 and keeps its reason, which the receipt prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from desk_app.domain import errors
from desk_app.models import FeeItem

__all__ = [
    "CATALOGUE_VALID_FROM", "FEE_CATALOGUE", "FeeDefinition", "FeeRequest", "PricedItem",
    "UnknownFee", "price_items", "price", "catalogue", "seed_fee_catalogue",
]

CATALOGUE_VALID_FROM = dt.date(2024, 3, 1)
_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class FeeDefinition:
    code: str
    description: str
    amount: Decimal
    kind: str = "FEE"                 # FEE | SURCHARGE
    valid_from: dt.date = CATALOGUE_VALID_FROM
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def _fee(code: str, description: str, amount: str, kind: str = "FEE") -> FeeDefinition:
    return FeeDefinition(code, description, Decimal(amount), kind)


FEE_CATALOGUE: tuple[FeeDefinition, ...] = (
    _fee("AT_ISSUE", "Erteilung Aufenthaltserlaubnis", "100.00"),
    _fee("BLUE_CARD", "Erteilung Blaue Karte EU", "100.00"),
    _fee("AT_EXT_UP3", "Verlängerung Aufenthaltserlaubnis bis 3 Monate", "96.00"),
    _fee("AT_EXT_OVER3", "Verlängerung Aufenthaltserlaubnis über 3 Monate", "93.00"),
    _fee("AT_PURPOSE", "Zweckwechsel Aufenthaltserlaubnis", "98.00"),
    _fee("NE", "Niederlassungserlaubnis", "113.00"),
    _fee("NE_SELF", "Niederlassungserlaubnis selbständige Tätigkeit", "124.00"),
    _fee("NE_HQ", "Niederlassungserlaubnis Hochqualifizierte", "147.00"),
    _fee("EU_LT", "Erlaubnis zum Daueraufenthalt – EU", "109.00"),
    _fee("EXPRESS", "Zuschlag Expressverfahren eAT", "35.00", "SURCHARGE"),
    _fee("EAT_REISSUE", "Neuausstellung eAT (Verlust, Änderung)", "67.00"),
    _fee("FIKTION", "Fiktionsbescheinigung", "13.00"),
    _fee("OTHER_CERT", "Sonstige Bescheinigung", "18.00"),
)


class UnknownFee(errors.DomainError):
    code = "unknown_fee"
    template = "Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis."


@dataclass(frozen=True, slots=True)
class FeeRequest:
    """One fee for one person of the family."""

    fee_code: str
    person_label: str = ""            # printed on the receipt ("Erika Muster")
    applicant_id: int | None = None
    minor: bool = False
    exemption_reason: str | None = None


@dataclass(frozen=True, slots=True)
class PricedItem:
    position: int
    fee_code: str
    description: str
    amount: Decimal
    person_label: str = ""
    applicant_id: int | None = None
    exemption_reason: str | None = None
    full_amount: Decimal = Decimal("0.00")   # the catalogue amount before reductions


def _half(amount: Decimal) -> Decimal:
    return (amount / 2).quantize(_CENT, rounding=ROUND_HALF_UP)


def price_items(definitions: Iterable[FeeDefinition], day: dt.date,
                requests: Sequence[FeeRequest]) -> list[PricedItem]:
    """Prices each request with the catalogue row valid on ``day`` (pure)."""
    valid: dict[str, FeeDefinition] = {}
    for d in definitions:
        if d.valid_on(day) and (d.code not in valid or d.valid_from > valid[d.code].valid_from):
            valid[d.code] = d
    items = []
    for pos, req in enumerate(requests, start=1):
        d = valid.get(req.fee_code)
        if d is None:
            raise UnknownFee(fee_code=req.fee_code, day=day)
        full = d.amount.quantize(_CENT)
        description = d.description
        reason = (req.exemption_reason or "").strip() or None
        if reason:
            amount = Decimal("0.00")
            description = f"{description} – gebührenfrei: {reason}"
        elif req.minor and d.kind == "FEE":
            amount = _half(full)
            description = f"{description} (minderjährig, halbe Gebühr)"
        else:
            amount = full
        items.append(PricedItem(position=pos, fee_code=d.code, description=description[:200],
                                amount=amount, person_label=req.person_label,
                                applicant_id=req.applicant_id, exemption_reason=reason,
                                full_amount=full))
    return items


def _definition(row: FeeItem) -> FeeDefinition:
    return FeeDefinition(row.code, row.description, Decimal(row.amount), row.kind,
                         row.valid_from, row.valid_to)


async def catalogue(session: AsyncSession, day: dt.date | None = None) -> list[FeeDefinition]:
    """The catalogue rows (valid on ``day`` if given), in code order."""
    q = select(FeeItem).order_by(FeeItem.code, FeeItem.valid_from)
    if day is not None:
        q = q.where(FeeItem.valid_from <= day,
                    or_(FeeItem.valid_to.is_(None), FeeItem.valid_to >= day))
    return [_definition(r) for r in (await session.execute(q)).scalars()]


async def price(session: AsyncSession, day: dt.date,
                requests: Sequence[FeeRequest]) -> list[PricedItem]:
    return price_items(await catalogue(session, day), day, requests)


async def seed_fee_catalogue(session: AsyncSession,
                             definitions: Sequence[FeeDefinition] = FEE_CATALOGUE) -> int:
    """Adds the rows that are missing (by code and valid_from); returns how many.
    Idempotent; runs its own transaction."""
    async with session.begin():
        have = {(r.code, r.valid_from) for r in (await session.execute(select(FeeItem))).scalars()}
        added = 0
        for d in definitions:
            if (d.code, d.valid_from) in have:
                continue
            session.add(FeeItem(code=d.code, description=d.description, amount=d.amount,
                                kind=d.kind, valid_from=d.valid_from, valid_to=d.valid_to))
            added += 1
    return added
