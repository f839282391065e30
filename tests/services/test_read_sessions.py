"""One-statement reads (what a workstation reads after every change elsewhere) run
without a transaction on PostgreSQL: no BEGIN and COMMIT round trips. Ordinary reads
keep their transaction (one snapshot for several statements)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from tests.services.helpers import office
from tests.support import at, person

TX_STARTED = text("SELECT CAST(transaction_timestamp() AS TEXT)")


async def _two_statements(session) -> tuple[str, str]:
    async with session.begin():
        first = await session.scalar(TX_STARTED)
        await asyncio.sleep(0.02)
        second = await session.scalar(TX_STARTED)
    return first, second


async def test_single_statement_reads_run_in_autocommit_on_postgres(pg_database_url, open_db):
    db = open_db(pg_database_url)
    async with db.single_read_session() as session:
        first, second = await _two_statements(session)
    assert first != second          # each statement its own transaction
    async with db.read_session() as session:
        first, second = await _two_statements(session)
    assert first == second          # an ordinary read is one snapshot


async def test_the_catch_up_read_sees_what_was_just_committed(db):
    o = await office(db, now=at(9))
    w = await o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person()])
    called = await o.clerk.call_next(service_point_id=o.sp["BI"])
    [seen] = await o.lead.entries([w.id])
    assert seen == called and seen.counter_name == "Schalter I1"
    assert await o.lead.entry(w.id) == called
