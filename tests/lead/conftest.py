"""GUI fixtures for the shift lead's screens: the qasync loop on the running QApplication
(DESIGN.md; the fixtures of tests/ui/conftest.py), a SQLite
database per test, and shift lead / clerk Desks on it with one settable clock.

Coroutines are started as tasks and waited for from the test with ``qtbot.waitUntil``,
never from inside a coroutine. Engines are disposed inside the qasync loop.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The qasync loop and the coroutine runner are the clerk window's fixtures, shared.
from tests.ui.conftest import qloop, run  # noqa: E402,F401


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
