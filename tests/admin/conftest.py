"""The admin GUI tests share the qasync fixtures of tests/ui (DESIGN.md)."""

import pytest

from tests.ui.conftest import qloop, run, station_factory, gui_database_url  # noqa: F401
from tests.admin.pg_office import office, office_setup  # noqa: F401 (real login roles)


@pytest.fixture
def workstation(run, tmp_path):
    """A real session (``app.open_session``) held by a ``person_switch.Workstation``, as
    ``desk-app run`` holds it: ``workstation(url, login)`` returns the Workstation with its
    window shown and started. Everything is closed after the test."""
    from desk_app.app import close_session, open_session
    from desk_app.person_switch import Workstation
    from desk_app.settings import Settings
    from tests.printing_backend.conftest import FakeSpooler

    made = []

    def _open(url: str, login: str, *, counter: str = "Schalter I1"):
        settings = Settings(login=login, counter=counter, station="SWITCH-PC",
                            idle_lock_minutes=0)
        opts = dict(poll_interval=0.05, ticket_dir=tmp_path / "t", spooler=FakeSpooler(),
                    default_printer="", printers=lambda: [])
        session = run(open_session(settings, url, start=False, **opts))
        closed: list[int] = []      # the user closed the current window (quit)
        station = Workstation(session, settings, url, on_close=lambda: closed.append(1),
                              **opts)
        station.closed = closed
        made.append(station)
        session.window.resize(1300, 800)
        session.window.show()
        run(session.window.start())
        return station

    yield _open
    for station in made:
        run(station.shutdown())
        run(close_session(station.session))
        station.session.window.close()
