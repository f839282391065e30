"""GUI fixtures: a qasync loop on the running QApplication (DESIGN.md), a SQLite
database per test, and the real main window driven from the test.

Coroutines are started as tasks and awaited from the test with ``qtbot.waitUntil``,
never from inside a coroutine. Engines are disposed inside the qasync loop.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytestmark = pytest.mark.gui


@pytest.fixture
def qloop(qapp):
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        # Not loop.stop(): it calls QApplication.exit(), which would end the event
        # loops of every later test at once. The loop's own timers die with it.
        for task in asyncio.all_tasks(loop):
            task.cancel()
        executor = getattr(loop, "_QEventLoop__default_executor", None)
        if executor is not None:  # the thread that rendered wait tickets
            executor.shutdown(wait=True)
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture
def run(qtbot, qloop):
    """Runs a coroutine on the qasync loop and waits for it from the test."""

    def _run(coro, timeout: int = 20_000):
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    return _run


@dataclass
class Station:
    window: object
    desk: object
    db: object
    clock: object
    ids: dict


@pytest.fixture
def gui_database_url(sqlite_database_url):
    """The database the windows open: SQLite here; a test module may override this
    fixture with ``pg_database_url`` to run its windows on PostgreSQL."""
    return sqlite_database_url


@pytest.fixture
def station_factory(qtbot, run, gui_database_url, tmp_path, qapp):
    """Opens real windows on one test database: station("sbbi1", counter="Schalter I1")."""
    from PySide6.QtWidgets import QApplication

    from desk_app.services.database import open_database
    from desk_app.ui.shell import MainWindow
    from tests.support import Clock, at, desk_for, ids

    made: list[Station] = []
    databases = []
    clock = Clock(at(7, 55))

    def _station(login: str, *, counter: str | None = None, screen: str = "counter",
                 read_only_reason: str = "", settings=None, services=None) -> Station:
        """``services(db, desk)``: extra MainWindow keyword arguments (print_desk, ...)."""
        db = open_database(gui_database_url)
        databases.append(db)
        desk = run(desk_for(db, login, counter=counter, clock=clock))
        extra = services(db, desk) if services is not None else {}
        window = MainWindow(desk, poll_interval=0.05, screen=screen, settings=settings,
                            ticket_dir=tmp_path / "tickets", read_only_reason=read_only_reason,
                            **extra)
        window.resize(1400, 850)
        window.show()
        run(window.start())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        station = Station(window, desk, db, clock, run(ids(db)))
        made.append(station)
        return station

    yield _station
    for s in made:
        run(s.window.shutdown())
        s.window.close()
        s.window.deleteLater()
    for db in databases:
        run(db.dispose())


@pytest.fixture
def lead_desk(run, gui_database_url, station_factory):
    """A second workstation (shift lead, no window) on the same database and clock."""
    from desk_app.services.database import open_database
    from tests.support import Clock, desk_for

    db = open_database(gui_database_url)
    desk = {}

    def _get(clock):
        if "d" not in desk:
            desk["d"] = run(desk_for(db, "leitung", clock=clock))
        return desk["d"]

    yield _get
    run(db.dispose())
