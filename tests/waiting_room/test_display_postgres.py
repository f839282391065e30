"""The call display's window on PostgreSQL, running as the display's own login role
(random name, dropped afterwards): live by LISTEN, and a real outage of its connection
(its backends terminated, its login refused) shows the banner, which clears when it may
log in again, with the call made meanwhile caught up; a closed counter shows and goes."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.engine import make_url

from desk_app.services.call_display import CallDisplayFeed
from desk_app.ui.display.announcer import Announcer
from desk_app.ui.display.window import DisplayWindow
from tests.conftest import _pg_dsn, pg_admin
from tests.services.helpers import office
from tests.support import person

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


@pytest.fixture
def display_role(pg_database_url, run):
    from desk_app.services.database import open_database
    from desk_app.services.db_roles import grant_display_role

    role = f"desk_display_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    admin = open_database(pg_database_url)

    async def grant():
        async with admin.engine.begin() as conn:
            await grant_display_role(conn, role, password=password)
    run(grant())
    url = make_url(pg_database_url).set(username=role, password=password)
    yield role, url.render_as_string(hide_password=False)
    run(admin.dispose())
    dbname = make_url(pg_database_url).database
    pg_admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")

    import asyncio
    import concurrent.futures

    import asyncpg

    async def drop_owned():
        conn = await asyncpg.connect(_pg_dsn(dbname))
        try:
            await conn.execute(f'DROP OWNED BY "{role}"')
        finally:
            await conn.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, drop_owned()).result(timeout=60)
    pg_admin(f'DROP ROLE IF EXISTS "{role}"')


def test_display_as_its_role_is_live_and_survives_an_outage(qtbot, run, pg_database_url,
                                                            display_role):
    from desk_app.services.database import open_database

    role, url = display_role
    admin = open_database(pg_database_url)
    o = run(office(admin))
    display_db = open_database(url, pool_size=1)
    feed = CallDisplayFeed(display_db, on_picture=lambda p: None, clock=o.clock)
    window = DisplayWindow(feed, Announcer(enabled=False), clock=o.clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    try:
        run(window.start())
        qtbot.waitUntil(lambda: feed.online is True, timeout=10000)
        e = run(o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                             applicants=[person("Geheim")]))
        run(o.clerk.call_next(service_point_id=o.sp["BI"]))
        qtbot.waitUntil(lambda: window.number.text() == e.ticket, timeout=10000)
        assert feed.listener.notifications >= 1       # woken by NOTIFY, not by a poll
        assert feed.plain_reads >= 1                  # read on the LISTEN connection
        eu = CallDisplayFeed(display_db, on_picture=lambda p: None, clock=o.clock,
                             service_points=["EU"])
        eu.listener = feed.listener                   # the filtered statement, same way
        assert run(eu.refresh()).calls == () and eu.plain_reads == 1
        # a closed counter (issue 14), live by NOTIFY, read through the role's view
        from desk_app.domain.lead import Presence
        from desk_app.services.lead_facade import LeadOps
        reads = feed.plain_reads
        run(LeadOps(o.clerk2).set_presence(Presence.CLOSED, reason="Geheimer Grund"))
        qtbot.waitUntil(lambda: window.closed.isVisible(), timeout=10000)
        assert window.closed.text() == "Geschlossen: Schalter I2 (Raum I.02)"
        assert feed.plain_reads > reads
        run(LeadOps(o.clerk2).set_presence(Presence.AT_COUNTER))
        qtbot.waitUntil(lambda: window.closed.isHidden(), timeout=10000)
        # the outage: its backends die and it may not log in again for a while
        pg_admin(f'ALTER ROLE "{role}" NOLOGIN',
                 f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
        qtbot.waitUntil(lambda: window.offline, timeout=15000)
        assert "Keine Verbindung" in window.banner.text()
        f = run(o.reception.register_walk_in(service_point_id=o.sp["BI"],
                                             applicants=[person("Zweite")]))
        run(o.clerk2.call_next(service_point_id=o.sp["BI"]))
        assert window.number.text() == e.ticket      # nothing new while offline
        pg_admin(f'ALTER ROLE "{role}" LOGIN')
        qtbot.waitUntil(lambda: not window.offline and window.number.text() == f.ticket,
                        timeout=30000)
    finally:
        run(window.shutdown())
        run(display_db.dispose())
        run(admin.dispose())
