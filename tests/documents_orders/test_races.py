"""Races between workstations (one engine each, started together behind a Barrier):
references stay unique and gapless, and a document is handed out exactly once."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from desk_app.domain import errors
from desk_app.domain.document_orders import CannotHandOut, DocState
from desk_app.models import AuditEvent, DocumentOrder
from desk_app.printing.barcode import make_reference
from desk_app.services import document_orders as docs
from tests.support import Clock, at, desk_for

from .helpers import act, applicant, office


def size(db, pg: int, lite: int) -> int:
    return pg if db.is_postgres else lite


async def clerks(open_db, url, n: int, clock) -> list:
    """n clerks of BI, each on its own engine, warmed up before the race."""
    desks = []
    for i in range(n):
        d = await desk_for(open_db(url, pool_size=1), "sbbi1", counter=f"Schalter I{i % 6 + 1}",
                           clock=clock, station=f"ws{i:02d}")
        await d.read(docs.orders_for_applicant, 0)
        desks.append(d)
    return desks


async def together(desks, action):
    barrier = asyncio.Barrier(len(desks))

    async def one(d):
        await barrier.wait()
        try:
            return await action(d)
        except errors.DomainError as exc:
            return exc

    return await asyncio.gather(*(one(d) for d in desks))


async def test_concurrent_orders_get_unique_gapless_references(db, open_db, database_url):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    n, rounds = size(db, 16, 4), size(db, 5, 2)
    desks = await clerks(open_db, database_url, n, o.clock)
    made = []
    for _ in range(rounds):
        results = await together(desks, lambda d: act(
            d, docs.order_document, applicant_id=applicant_id, doc_type="EAT",
            collect_service_point_id=o.sp["BI"]))
        assert not [r for r in results if isinstance(r, Exception)], results
        made += [r.reference for r in results]
    assert sorted(made) == [make_reference(i) for i in range(1, n * rounds + 1)]


async def test_one_document_is_handed_out_exactly_once(db, open_db, database_url):
    o = await office(db, now=at(9))
    _, applicant_id = await applicant(o)
    n, rounds = size(db, 12, 4), size(db, 6, 2)
    desks = await clerks(open_db, database_url, n, Clock(at(10)))
    for _ in range(rounds):
        v = await act(o.clerk, docs.order_document, applicant_id=applicant_id, doc_type="EAT",
                      collect_service_point_id=o.sp["BI"])
        await act(o.clerk, docs.mark_arrived, v.id)
        results = await together(desks, lambda d: act(d, docs.hand_out, v.id))
        wins = [r for r in results if not isinstance(r, Exception)]
        losses = [r for r in results if isinstance(r, Exception)]
        assert len(wins) == 1, results
        assert wins[0].state == DocState.HANDED_OUT
        assert all(type(e) is CannotHandOut and "Ausgehändigt" in str(e) for e in losses), losses
        async with db.read() as s:
            hand_outs = await s.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.entity == "document_order", AuditEvent.entity_id == v.id,
                AuditEvent.action == "hand_out"))
            version = await s.scalar(select(DocumentOrder.version).where(DocumentOrder.id == v.id))
        assert hand_outs == 1 and version == 3
