"""The upgrade drill in the real window: it turns read-only and says why."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from desk_app.services.database import open_database

pytestmark = pytest.mark.gui


def test_window_turns_read_only_after_an_upgrade(qtbot, run, sqlite_database_url, tmp_path):
    from desk_app.app import close_session, open_session
    from desk_app.settings import Settings
    from tests.support import Clock, at

    settings = Settings(login="sbbi1", counter="Schalter I1", station="AB-I1-PC",
                        schema_check_s=1)
    session = run(open_session(settings, sqlite_database_url, clock=Clock(at(9)),
                               ticket_dir=tmp_path / "tickets", default_printer="",
                               poll_interval=0.2))
    window = session.window
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.writable(), timeout=10_000)
        assert window.banner.isHidden()

        async def upgrade():
            other = open_database(sqlite_database_url)   # the admin's upgrade
            try:
                async with other.engine.begin() as c:
                    await c.execute(text("UPDATE alembic_version SET version_num = '0099_new'"))
            finally:
                await other.dispose()

        run(upgrade())
        qtbot.waitUntil(lambda: window.read_only, timeout=10_000)
        assert not window.writable()
        assert window.banner.isVisible()
        assert "neuer als dieses Programm" in window.banner.text()
        assert "Nur Lesen" in window.online_label.text()
        assert session.desk.read_only
    finally:
        run(close_session(session))
        window.close()
        run(asyncio.sleep(0))
