"""The window on PostgreSQL (the office set-up): changes from another workstation arrive
through LISTEN/NOTIFY and are read on the LISTEN connection (the fast reader), as row
updates that keep the selection and the current entry."""

from __future__ import annotations

import pytest

from desk_app.domain.states import Action, State
from tests.support import at, person

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


@pytest.fixture
def gui_database_url(pg_database_url):
    return pg_database_url


class SpyReader:
    """Wraps the window's fast reader and counts the reads that go through it."""

    def __init__(self, reader) -> None:
        self.reader, self.reads = reader, 0

    @property
    def connected(self) -> bool:
        return self.reader.connected

    async def fetch(self, sql, *args):
        self.reads += 1
        return await self.reader.fetch(sql, *args)


def test_changes_from_elsewhere_arrive_by_listen_as_row_updates(qtbot, run, station_factory,
                                                               lead_desk):
    s = station_factory("sbbi1", counter="Schalter I1")
    w, ids = s.window, s.ids
    assert w.desk.db.is_postgres
    qtbot.waitUntil(lambda: w.feed is not None and w.feed.listener.connected, timeout=10_000)
    assert w.desk.fast_reader is w.feed.listener         # wired by the window
    spy = SpyReader(w.feed.listener)
    w.desk.use_fast_reader(spy)
    lead = lead_desk(s.clock)
    booked = [run(lead.book(service_point_id=ids["sp"]["BI"], scheduled_at=at(8, 10 * i),
                            applicants=[person(f"Ünal{i}", "Zoë")])) for i in range(1, 4)]
    pane = w.screens["counter"].pane
    qtbot.waitUntil(lambda: len(pane.model.keys()) == 3, timeout=10_000)
    assert spy.reads >= 1                                  # read on the LISTEN connection
    pane.select(booked[1].id)
    resets, changed = [], []
    pane.model.modelReset.connect(lambda: resets.append(1))
    pane.model.dataChanged.connect(lambda tl, br, roles=(): changed.append((tl.row(), br.row())))
    run(lead.check_in(booked[0].id))
    qtbot.waitUntil(lambda: pane.model.row(booked[0].id).state == State.WAITING,
                    timeout=10_000)
    row = pane.model.row_of(booked[0].id)
    assert resets == [] and (row, row) in changed
    assert pane.current_id == booked[1].id
    # the current entry's panel follows a change made elsewhere
    run(lead.act(booked[1].id, Action.CANCEL))
    qtbot.waitUntil(lambda: w.screens["counter"].panel.state.text().endswith("Storniert"),
                    timeout=10_000)
    assert resets == [] and pane.current_id == booked[1].id
    assert pane.model.row(booked[0].id).members[0].family_name == "Ünal1"
