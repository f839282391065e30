"""Reception shows the estimated wait per service point (issue 12)."""

from __future__ import annotations

import pytest

from tests.support import person

pytestmark = pytest.mark.gui


def test_reception_shows_the_estimated_wait(qtbot, run, station_factory):
    st = station_factory("info1", screen="reception")
    sp = st.ids["sp"]["BI"]
    for name in ("A", "B", "C"):
        run(st.desk.register_walk_in(service_point_id=sp, applicants=[person(name)]))
    run(st.window.screens["counter"].queue.refresh_wait_estimates())
    assert st.window.screens["reception"].estimates_label.isHidden()   # no counter at work yet
    from tests.support import desk_for
    clerk = run(desk_for(st.db, "sbbi1", counter="Schalter I1", clock=st.clock))
    run(clerk.call_next(service_point_id=sp))
    run(st.window.screens["counter"].queue.refresh_wait_estimates())
    label = st.window.screens["reception"].estimates_label
    assert not label.isHidden()
    assert label.text().startswith("Wartezeit jetzt: DLZ Bürgerdienste International: ca. ")
    assert "Min." in label.text()


def test_a_long_wait_is_written_like_every_other_duration(qtbot, run, station_factory):
    """One format for durations (issue 10 Must 4): "1 Std. 10 Min.", not "ca. 70 Min."."""
    from desk_app.services.waiting_time import WaitEstimate, rounded_minutes

    st = station_factory("info1", screen="reception")
    reception = st.window.screens["reception"]
    minutes = 70.0
    assert rounded_minutes(minutes) == 70
    reception.show_estimates([WaitEstimate("BI", 12, 1, minutes, "history")],
                             {"BI": "Bürgerdienste"})
    assert reception.estimates_label.text() == \
        "Wartezeit jetzt: Bürgerdienste: ca. 1 Std. 10 Min."
