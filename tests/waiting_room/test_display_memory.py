"""The call display holds a day of calls without growing (issue 12): after N and after 2N
calls the window holds the same number of rows, Qt objects and Python objects, its
book-keeping stays at its bounds, and the Python heap has not grown by more than a few
KiB (tracemalloc). The announcer keeps only its last announcements."""

from __future__ import annotations

import collections
import datetime as dt
import gc
import queue
import shutil
import tracemalloc
from collections import Counter

import pytest
from PySide6.QtCore import QObject

from desk_app.services.call_display import ClosedCounter, DisplayCall, DisplayPicture
from desk_app.services.waiting_time import WaitEstimate
from desk_app.ui.display import announcer as announcer_module
from desk_app.ui.display.announcer import Announcer
from desk_app.ui.display.window import DisplayWindow

pytestmark = pytest.mark.gui

T0 = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.timezone.utc)
HISTORY = 8


class Day:
    """Pictures as the feed makes them: the newest ``HISTORY`` calls, one more per call."""

    def __init__(self) -> None:
        self.calls: list[DisplayCall] = []
        self.now = T0

    def clock(self) -> dt.datetime:
        return self.now

    def call(self, i: int) -> DisplayPicture:
        self.now = T0 + dt.timedelta(seconds=15 * i)
        n = i % 4
        self.calls.insert(0, DisplayCall(i, f"I-{i % 1000:03d}", "BI", f"Schalter I{n + 1}",
                                         f"Raum I.0{n + 1}", self.now, 1))
        del self.calls[HISTORY:]
        estimates = (WaitEstimate("BI", i % 30, 4, float(i % 45), "measured"),)
        closed = (ClosedCounter("Schalter I5", "Raum I.05", "BI"),) if i % 100 < 50 else ()
        notice = "Heute ist Schalter 5 geschlossen" if i % 2 else ""
        return DisplayPicture(tuple(self.calls), notice, self.now, estimates, closed)


def _counts(window: DisplayWindow) -> dict:
    gc.collect()
    return {"rows": window.model.rowCount(), "qt": len(window.findChildren(QObject)),
            "python": Counter(type(o).__qualname__ for o in gc.get_objects())}


def test_a_day_of_calls_does_not_grow_the_window(qtbot):
    day = Day()
    window = DisplayWindow(None, None, clock=day.clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    n = 300
    tracemalloc.start()
    try:
        for i in range(n):                    # every cache and every kept list filled once
            window.show_picture(day.call(i))
        # objects per type over n calls, then the heap over the next n calls: a snapshot's
        # own traces are tuples that stay alive, so none may exist while objects are counted
        before = _counts(window)
        for i in range(n, 2 * n):
            window.show_picture(day.call(i))
        after = _counts(window)
        heap_before = tracemalloc.take_snapshot()
        for i in range(2 * n, 3 * n):
            window.show_picture(day.call(i))
        heap_after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    # not the test's own counts (collections.Counter) nor pytest-qt's capture of Qt's log
    skip = [tracemalloc.Filter(False, collections.__file__),
            tracemalloc.Filter(False, "*/pytestqt/*")]
    growth = heap_after.filter_traces(skip).compare_to(heap_before.filter_traces(skip), "lineno")
    heap_grown = sum(d.size_diff for d in growth)
    top = sorted(growth, key=lambda d: -d.size_diff)[:5]
    assert window.number.text() == day.calls[0].ticket   # the pictures were really shown
    assert len(window.announced) == 50 and window.announced[-1].startswith(
        f"Nummer I {(3 * n - 1) % 1000}")
    assert after["rows"] == before["rows"] == HISTORY
    assert after["qt"] == before["qt"]
    assert len(window.painted_at) <= 50 and len(window.received_at) <= 50
    # per type of object: a leak of one per call would be 300 more (other tests' leftovers
    # being collected meanwhile only make counts fall)
    grown = {t: n - before["python"][t] for t, n in after["python"].items()
             if n - before["python"][t] >= 100}
    assert not grown, grown
    # a leak of one small object per call would be 300 × 50+ bytes: 15 KiB and more
    assert heap_grown < 12 * 1024, (heap_grown, [str(d) for d in top])


def test_the_announcer_keeps_only_its_last_announcements():
    true = shutil.which("true")
    if true is None:
        pytest.skip("no true(1)")
    a = Announcer(enabled=False)
    a.speech = true                           # a speech engine that says nothing, at once
    a._queue = queue.Queue()
    texts = [f"Nummer I {i}, bitte zu Schalter 1" for i in range(announcer_module.KEEP_SPOKEN + 20)]
    for t in texts:
        a._queue.put(t)
    a._queue.put(None)
    a._work()
    assert a.spoken == texts[-announcer_module.KEEP_SPOKEN:]
