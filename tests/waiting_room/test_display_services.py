"""The call display's feed, the notice line and the kiosk facade, on both databases;
the display's database role on PostgreSQL."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid

import pytest
from sqlalchemy import text

from desk_app.domain import errors
from desk_app.domain.states import Action, State
from desk_app.services import display_notice
from desk_app.services.call_display import CallDisplayFeed
from desk_app.services.kiosk import KioskDesk, KioskOutcome, WalkInChoice
from desk_app.services.printing_desk import PrintDesk
from tests.printing_backend.conftest import FakeSpooler
from tests.services.helpers import office
from tests.support import at, person


async def test_feed_shows_calls_newest_first_and_a_recall_as_a_new_call(db):
    o = await office(db)
    sp = o.sp["BI"]
    a = await o.reception.register_walk_in(service_point_id=sp, applicants=[person("Geheim")])
    b = await o.reception.register_walk_in(service_point_id=sp, applicants=[person("Zweite")])
    await o.reception.register_walk_in(service_point_id=o.sp["EU"], applicants=[person("Eu")])
    pictures = []
    feed = CallDisplayFeed(db, on_picture=pictures.append, clock=o.clock)
    first = await feed.refresh()
    assert first.calls == ()
    o.clock.set(at(8, 30))
    called = await o.clerk.call_next(service_point_id=sp)
    assert called.id == a.id
    pic = await feed.refresh()
    assert [(c.ticket, c.counter, c.room, c.call_count) for c in pic.calls] == [
        (a.ticket, "Schalter I1", "Raum I.01", 1)]
    o.clock.set(at(8, 33))
    await o.clerk.act(a.id, Action.NOT_ANSWERING)
    o.clock.set(at(8, 34))
    await o.clerk2.call_next(service_point_id=sp)          # b at counter I2
    o.clock.set(at(8, 40))
    # the recall lock is 5 minutes: call a again at 08:40
    again = await o.clerk.call_next(service_point_id=sp)
    assert again.id == a.id and again.call_count == 2
    pic = await feed.refresh()
    assert [c.ticket for c in pic.calls] == [a.ticket, b.ticket]
    assert pic.calls[0].key != first_key(pictures, a.ticket)   # a new call time: announced again
    texts = repr(pic)
    assert "Geheim" not in texts and "Zweite" not in texts
    eu_only = CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock, service_points=["EU"])
    assert (await eu_only.refresh()).calls == ()


async def test_a_closed_counter_shows_on_the_displays_of_its_service_point(db):
    from desk_app.domain.lead import Presence
    from desk_app.services.call_display import ClosedCounter
    from desk_app.services.lead_facade import LeadOps

    o = await office(db)
    pictures = []
    feed = CallDisplayFeed(db, on_picture=pictures.append, clock=o.clock)
    eu_only = CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock, service_points=["EU"])
    assert (await feed.refresh()).closed == ()
    await LeadOps(o.clerk).set_presence(Presence.CLOSED, reason="Krankheit Frau Geheim")
    await LeadOps(o.clerk2).set_presence(Presence.BREAK, reason="Mittagspause")
    pic = await feed.refresh()
    assert pic.closed == (ClosedCounter("Schalter I1", "Raum I.01", "BI"),)
    assert len(pictures) == 2                         # the closed counter alone is news
    assert "Geheim" not in repr(pic) and "Krankheit" not in repr(pic)
    assert (await eu_only.refresh()).closed == ()     # another service point's display
    await LeadOps(o.lead).set_presence(Presence.CLOSED, counter_id=o.counter["Schalter E1"])
    assert [c.counter for c in (await eu_only.refresh()).closed] == ["Schalter E1"]
    assert [c.counter for c in (await feed.refresh()).closed] == ["Schalter E1", "Schalter I1"]
    await LeadOps(o.clerk).set_presence(Presence.AT_COUNTER)
    assert [c.counter for c in (await feed.refresh()).closed] == ["Schalter E1"]


def first_key(pictures, ticket):
    for p in pictures:
        for c in p.calls:
            if c.ticket == ticket:
                return c.key
    return None


async def test_notice_is_set_by_a_shift_lead_only_and_shown_by_scope(db):
    o = await office(db)
    with pytest.raises(errors.PermissionDenied):
        await o.clerk.write(display_notice.set_notice, o.clerk.ctx, "Hallo")
    await o.lead.write(display_notice.set_notice, o.lead.ctx, "Heute ist Schalter 5\ngeschlossen")
    await o.lead.write(display_notice.set_notice, o.lead.ctx, "Nur EU", "eu")
    with pytest.raises(errors.ValidationFailed):
        await o.lead.write(display_notice.set_notice, o.lead.ctx, "x" * 301)
    bi = await CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock,
                               service_points=["BI"]).refresh()
    assert bi.notice == "Heute ist Schalter 5 geschlossen"
    eu = await CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock,
                               service_points=["EU"]).refresh()
    assert eu.notice == "Heute ist Schalter 5 geschlossen · Nur EU"
    await o.lead.write(display_notice.set_notice, o.lead.ctx, "")
    assert (await CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock,
                                  service_points=["BI"]).refresh()).notice == ""


async def test_feed_runs_live_and_reports_the_lost_database(db):
    o = await office(db)
    pictures, status = [], []
    feed = CallDisplayFeed(db, on_picture=pictures.append, clock=o.clock,
                           on_status=lambda online, last: status.append(online),
                           poll_interval=0.05, estimate_interval=0.1)
    await feed.start()
    try:
        for _ in range(200):
            if status:
                break
            await asyncio.sleep(0.02)
        e = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person("X")])
        await o.clerk.call_next(service_point_id=o.sp["BI"])
        for _ in range(250):
            if pictures and pictures[-1].calls and pictures[-1].calls[0].ticket == e.ticket:
                break
            await asyncio.sleep(0.02)
        assert pictures[-1].calls[0].ticket == e.ticket
        assert status[0] is True
        # no call, only people waiting: the estimates renew on their own
        for name in ("W1", "W2"):
            await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                               applicants=[person(name)])

        def bi_waiting():
            return {x.service_point: x.waiting for x in pictures[-1].estimates}.get("BI")
        for _ in range(250):
            if bi_waiting() == 2:
                break
            await asyncio.sleep(0.02)
        assert bi_waiting() == 2 and pictures[-1].calls[0].ticket == e.ticket
    finally:
        await feed.stop()


# -- the kiosk ----------------------------------------------------------------------------
def _kiosk(o, spooler, *, walk_ins=("BI",)):
    from desk_app.settings import PrinterSettings

    printing = PrintDesk(o.db, o.reception.ctx, spooler,
                         printers=PrinterSettings(wait_ticket="Kiosk"))
    return KioskDesk(o.reception, printing, early_min=30, walk_in_service_points=walk_ins)


async def test_kiosk_check_in_prints_once_and_refuses_too_early(db):
    o = await office(db)
    spooler = FakeSpooler()
    spooler.add("Kiosk")
    kiosk = _kiosk(o, spooler)
    booked = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(10, 20),
                                    applicants=[person("Geheim")])
    o.clock.set(at(9, 40))     # 40 minutes early: reception, nothing changes
    early = await kiosk.check_in(booked.booking_reference)
    assert early.outcome is KioskOutcome.TOO_EARLY and not spooler.submitted
    assert (await o.reception.entry(booked.id)).state is State.BOOKED
    o.clock.set(at(10, 5))
    done = await kiosk.check_in(" " + booked.booking_reference.lower() + "\r")
    assert done.outcome is KioskOutcome.CHECKED_IN and done.printed and done.ticket
    assert done.service and "Geheim" not in repr(done)
    assert len(spooler.submitted) == 1
    again = await kiosk.check_in(booked.booking_reference)
    assert again.outcome is KioskOutcome.ALREADY and len(spooler.submitted) == 1
    assert (await kiosk.check_in("TNOTHERE")).outcome is KioskOutcome.NOT_FOUND
    late = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(9, 50),
                                  applicants=[person("Spaet")])
    assert (await kiosk.check_in(late.booking_reference)).outcome is KioskOutcome.TOO_LATE
    assert (await o.reception.entry(late.id)).state is State.BOOKED


async def test_kiosk_printer_out_of_paper_keeps_the_check_in(db):
    o = await office(db)
    spooler = FakeSpooler()
    spooler.add("Kiosk", enabled=False)    # paused: out of paper
    kiosk = _kiosk(o, spooler)
    booked = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8, 10),
                                    applicants=[person("P")])
    r = await kiosk.check_in(booked.booking_reference)
    assert r.outcome is KioskOutcome.CHECKED_IN and not r.printed and r.printer_problem
    assert (await o.reception.entry(booked.id)).state is State.WAITING
    assert not spooler.submitted


async def test_kiosk_walk_in_only_where_allowed(db):
    o = await office(db)
    spooler = FakeSpooler()
    spooler.add("Kiosk")
    kiosk = _kiosk(o, spooler, walk_ins=("BI",))
    choices = await kiosk.walk_in_choices()
    assert choices and {c.service_point_code for c in choices} == {"BI"}
    r = await kiosk.walk_in(choices[0], language="tr")
    assert r.outcome is KioskOutcome.WALK_IN and r.ticket and r.printed
    refused = await kiosk.walk_in(WalkInChoice(o.sp["EU"], "EU", None, "EU"))
    assert refused.outcome is KioskOutcome.NOT_POSSIBLE and len(spooler.submitted) == 1


# -- the display's role ---------------------------------------------------------------------
@pytest.mark.postgres
async def test_display_role_reads_the_views_and_nothing_personal(pg_database_url, open_db):
    from sqlalchemy.engine import make_url

    from desk_app.services.db_roles import DISPLAY_OBJECTS, grant_display_role
    from tests.conftest import pg_admin

    admin = open_db(pg_database_url)
    o = await office(admin)
    e = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                           applicants=[person("Geheim", email="g@example.org")])
    await o.clerk.call_next(service_point_id=o.sp["BI"])
    role = f"desk_display_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    try:
        async with admin.engine.begin() as conn:
            await grant_display_role(conn, role, password=password)
        url = make_url(pg_database_url).set(username=role, password=password)
        display_db = open_db(url.render_as_string(hide_password=False))
        pic = await CallDisplayFeed(display_db, on_picture=lambda p: None,
                                    clock=o.clock).refresh(with_estimates=True)
        assert [c.ticket for c in pic.calls] == [e.ticket]
        assert [x.service_point for x in pic.estimates] == ["BI"]
        from desk_app.domain.lead import Presence
        from desk_app.services.lead_facade import LeadOps
        await LeadOps(o.clerk).set_presence(Presence.CLOSED, reason="Geheimer Grund")
        closed = await CallDisplayFeed(display_db, on_picture=lambda p: None,
                                       clock=o.clock).refresh()
        assert [(c.counter, c.service_point) for c in closed.closed] == [("Schalter I1", "BI")]
        async with display_db.engine.connect() as conn:
            columns = set((await conn.execute(text(
                "SELECT table_name || '.' || column_name FROM information_schema.columns "
                "WHERE table_name = ANY(:t)"), {"t": list(DISPLAY_OBJECTS)})).scalars())
            readable = set((await conn.execute(text(
                "SELECT table_name FROM information_schema.table_privileges "
                "WHERE grantee = current_user AND privilege_type = 'SELECT'"))).scalars())
        assert readable == set(DISPLAY_OBJECTS)
        personal = ("name", "email", "phone", "birth", "note", "reason", "file_number",
                    "nationality", "payer", "collected")
        assert not [c for c in columns if any(p in c.split(".")[1] for p in personal)]
        for table in ("applicants", "queue_entries", "entry_applicants", "staff", "receipts",
                      "audit_events", "document_orders", "change_log", "print_jobs"):
            async with display_db.engine.connect() as conn:
                with pytest.raises(Exception, match="permission denied"):
                    await conn.execute(text(f"SELECT * FROM {table} LIMIT 1"))
        async with display_db.engine.connect() as conn:
            with pytest.raises(Exception, match="permission denied"):
                await conn.execute(text("INSERT INTO display_notices VALUES ('', 'x', now())"))
        await display_db.dispose()
    finally:
        await admin.dispose()
        dbname = make_url(pg_database_url).database
        from tests.conftest import _pg_dsn
        import asyncpg
        conn = await asyncpg.connect(_pg_dsn(dbname))
        try:
            await conn.execute(f'DROP OWNED BY "{role}"')
        finally:
            await conn.close()
        pg_admin(f'DROP ROLE IF EXISTS "{role}"')


async def test_kiosk_finds_a_reference_with_dashes_as_scanned_or_typed(db):
    o = await office(db)
    spooler = FakeSpooler()
    spooler.add("Kiosk")
    booked = await o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8, 5),
                                    booking_reference="T-2026-0042", applicants=[person("D")])
    r = await _kiosk(o, spooler).check_in("t 2026 0042")
    assert r.outcome is KioskOutcome.CHECKED_IN and r.entry_id == booked.id


# -- the read after a NOTIFY (issue 12's latency) ---------------------------------------------
@pytest.mark.postgres
async def test_a_picture_is_one_statement_on_the_listener_with_a_plan_kept(pg_database_url,
                                                                          open_db):
    """Between a NOTIFY and the repaint the display sends one statement (calls, closed
    counters and notices together), and PostgreSQL keeps a generic plan for it instead
    of planning it again at every read."""
    from desk_app.domain.lead import Presence
    from desk_app.services.lead_facade import LeadOps

    db = open_db(pg_database_url)
    o = await office(db)
    e = await o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                           applicants=[person("Geheim")])
    await o.clerk2.call_next(service_point_id=o.sp["BI"])
    await LeadOps(o.clerk).set_presence(Presence.CLOSED, reason="Geheimer Grund")
    await o.lead.write(display_notice.set_notice, o.lead.ctx, "Heute geschlossen: I1")
    for codes in ([], ["BI"]):
        feed = CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock,
                               service_points=codes)
        listening = asyncio.create_task(feed.listener.run())
        try:
            for _ in range(200):
                if feed.listener.connected:
                    break
                await asyncio.sleep(0.05)
            statements = []
            fetch = feed.listener.fetch

            async def counted(sql, *args, **kw):
                statements.append(sql)
                return await fetch(sql, *args, **kw)
            feed.listener.fetch = counted
            for _ in range(8):
                pic = await feed.refresh()
            assert feed.plain_reads == 8 and len(statements) == 8   # one statement per read
            assert [c.ticket for c in pic.calls] == [e.ticket]
            assert [c.counter for c in pic.closed] == ["Schalter I1"]
            assert pic.notice == "Heute geschlossen: I1"
            (generic, custom), = [tuple(r) for r in await fetch(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                "WHERE statement = $1", statements[0])]
            assert generic >= 3 and custom <= 5, (generic, custom)
        finally:
            listening.cancel()
            await asyncio.gather(listening, return_exceptions=True)
            if feed.listener.connection is not None:
                await feed.listener.connection.close()


def test_settle_heap_takes_what_start_up_made_out_of_full_collections():
    """run_display calls it after the window started (issue 12: a full collection
    walking Qt's and the driver's objects held a call's repaint back for 91 ms)."""
    import gc

    from desk_app.app_waiting_room import settle_heap

    before = gc.get_freeze_count()
    kept = object.__new__(type("Kept", (), {}))      # a start-up object, tracked by gc
    try:
        settle_heap()
        assert gc.get_freeze_count() > before
        assert not any(o is kept for o in gc.get_objects())   # no longer walked
    finally:
        gc.unfreeze()
