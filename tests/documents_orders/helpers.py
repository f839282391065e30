"""Set-up for the document order service tests: an office, a person, an order."""

from __future__ import annotations

from desk_app.services import document_orders as docs
from desk_app.services.desk import Desk
from desk_app.services.idempotency import new_key
from tests.services.helpers import Office, office  # noqa: F401  (re-exported)
from tests.support import person


async def applicant(o: Office, family: str = "Muster", given: str = "Erika", **kw):
    """A walk-in at BI; returns (entry_id, applicant_id)."""
    entry = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person(family, given, **kw)])
    return entry.id, entry.members[0].applicant_id


async def order(o: Office, desk: Desk | None = None, *, applicant_id: int,
                entry_id: int | None = None, doc_type="EAT", sp: str = "BI",
                key: str | None = None) -> docs.DocumentOrderView:
    desk = desk or o.clerk
    return await desk.write(docs.order_document, desk.ctx, key=key or new_key(),
                            applicant_id=applicant_id, doc_type=doc_type,
                            collect_service_point_id=o.sp[sp], entry_id=entry_id)


async def act(desk: Desk, fn, *args, key: str | None = None, **kw):
    return await desk.write(fn, desk.ctx, *args, key=key or new_key(), **kw)
