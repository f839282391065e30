"""GUI fixtures for the shift lead's screens: the qasync loop on the running QApplication
(DESIGN.md; the same fixture as tests/ui/conftest.py, kept minimal here), a SQLite
database per test, and shift lead / clerk Desks on it with one settable clock.

Coroutines are started as tasks and waited for from the test with ``qtbot.waitUntil``,
never from inside a coroutine. Engines are disposed inside the qasync loop.
"""

from __future__ import annotations

import asyncio
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def qloop(qapp):
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        # Not loop.stop(): it calls QApplication.exit(), which would end the event
        # loops of every later test at once (found in tests/ui/conftest.py).
        for task in asyncio.all_tasks(loop):
            task.cancel()
        executor = getattr(loop, "_QEventLoop__default_executor", None)
        if executor is not None:
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


@pytest.fixture
def clock():
    from tests.support import Clock, at

    return Clock(at(7, 55))


@pytest.fixture
def desks(run, sqlite_database_url, clock):
    """desks("leitung") / desks("sbbi1", counter="Schalter I1"): Desks on one database."""
    from desk_app.services.database import open_database
    from tests.support import desk_for

    db = open_database(sqlite_database_url)
    made = {}

    def _desk(login: str, *, counter: str | None = None):
        k = (login, counter)
        if k not in made:
            made[k] = run(desk_for(db, login, counter=counter, clock=clock,
                                   station=f"PC-{login}"))
        return made[k]

    _desk.db = db
    yield _desk
    run(db.dispose())


@pytest.fixture
def ids(run, desks):
    from tests.support import ids as _ids

    return run(_ids(desks.db))
