"""Orders in the database for the pickup tests, and synthetic views for the model."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desk_app.domain.document_orders import DocState, DocType
from desk_app.printing.barcode import make_reference
from desk_app.services import document_orders as docs
from desk_app.services.document_orders import DocumentOrderView
from desk_app.services.idempotency import new_key
from tests.support import person


async def applicant(o, family="Muster", given="Erika", sp="BI", **kw):
    entry = await o.reception.register_walk_in(service_point_id=o.sp[sp],
                                               applicants=[person(family, given, **kw)])
    return entry, entry.members[0].applicant_id


async def ordered(o, family="Muster", given="Erika", *, doc_type="EAT", sp="BI", **kw):
    entry, applicant_id = await applicant(o, family, given, **kw)
    return await o.clerk.write(docs.order_document, o.clerk.ctx, key=new_key(),
                               applicant_id=applicant_id, doc_type=doc_type,
                               collect_service_point_id=o.sp[sp], entry_id=entry.id)


async def arrived(o, family="Muster", given="Erika", **kw):
    v = await ordered(o, family, given, **kw)
    return await o.clerk.write(docs.mark_arrived, o.clerk.ctx, v.id, key=new_key())


def wrong_digit(reference: str) -> str:
    return reference[:-1] + str((int(reference[-1]) + 1) % 10)


BASE = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def view(i: int, *, state=DocState.ARRIVED, family="Muster", given="Erika", version=1,
         days: int = 0, **kw) -> DocumentOrderView:
    values = dict(
        id=i, reference=make_reference(i), doc_type=DocType.EAT, state=state, applicant_id=i,
        family_name=family, given_name=given, birth_date="1985-08-12",
        file_number=f"AZ 3-{i}/26", preferred_language=None, entry_id=None,
        collect_service_point_id=1, collect_service_point_name="DLZ Bürgerdienste International",
        card_number=None, ordered_at=BASE + dt.timedelta(days=days),
        arrived_at=BASE + dt.timedelta(days=days + 30) if state != DocState.ORDERED else None,
        handed_out_at=None, closed_at=None, version=version)
    values.update(kw)
    return DocumentOrderView(**values)


def changed(v: DocumentOrderView, **kw) -> DocumentOrderView:
    kw.setdefault("version", v.version + 1)
    return dataclasses.replace(v, **kw)
