"""The call display's window (pytest-qt on the real widgets): a call made at another
workstation appears, a recall appears again, no name or note is anywhere in the widget
tree, the offline banner shows and clears; the calls model without widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from desk_app.domain.states import Action
from desk_app.services.call_display import CallDisplayFeed, DisplayCall
from desk_app.ui.display.announcer import Announcer, announcement, chime_wav, spoken_ticket
from desk_app.ui.display.model import SORT_ROLE, CallsModel
from desk_app.ui.display.window import DisplayWindow
from tests.services.helpers import office
from tests.support import at, person

pytestmark = pytest.mark.gui

SECRET = ("Geheimname", "Vertraulich", "Alarmnotiz", "Hausverbot")


def all_texts(root: QWidget) -> list[str]:
    """Every text the widget tree can show: labels, titles, tooltips, item data."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.toolTip(), w.statusTip(), w.accessibleName(), w.whatsThis()]
        if isinstance(w, QLabel):
            out.append(w.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount()):
                for c in range(m.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        out.append(str(m.data(m.index(r, c), role) or ""))
            for c in range(m.columnCount()):
                out.append(str(m.headerData(c, Qt.Orientation.Horizontal) or ""))
    return out


@pytest.fixture
def display(qtbot, run, sqlite_database_url):
    from desk_app.services.database import open_database

    made = []

    def _make(url=None, **kw):
        db = open_database(url or sqlite_database_url)
        o = run(office(db))
        feed = CallDisplayFeed(db, on_picture=lambda p: None, clock=o.clock,
                               poll_interval=0.05, **kw)
        window = DisplayWindow(feed, Announcer(enabled=False), clock=o.clock)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        run(window.start())
        made.append((window, db))
        return window, o

    yield _make
    for window, db in made:
        run(window.shutdown())
        run(db.dispose())


def test_a_call_elsewhere_appears_a_recall_again_and_no_name_anywhere(qtbot, run, display):
    window, o = display()
    sp = o.sp["BI"]
    e = run(o.reception.register_walk_in(service_point_id=sp, notes="Alarmnotiz Hausverbot",
                                         applicants=[person("Geheimname", "Vertraulich")]))
    qtbot.waitUntil(lambda: window.feed.picture is not None, timeout=5000)
    o.clock.set(at(8, 30))
    run(o.clerk.call_next(service_point_id=sp))
    qtbot.waitUntil(lambda: window.number.text() == e.ticket, timeout=5000)
    assert window.where.text() == "Schalter I1" and window.room.text() == "Raum I.01"
    assert window.blink_active
    assert window.announced == [announcement(e.ticket, "Schalter I1")]
    texts = all_texts(window)
    assert e.ticket in texts
    assert not [t for t in texts if any(s in t for s in SECRET)]
    # not answering, then called again after the recall lock: it appears (and speaks) again
    o.clock.set(at(8, 32))
    run(o.clerk.act(e.id, Action.NOT_ANSWERING))
    o.clock.set(at(8, 38))
    run(o.clerk2.call_next(service_point_id=sp))
    qtbot.waitUntil(lambda: len(window.announced) == 2, timeout=5000)
    assert window.announced[1] == announcement(e.ticket, "Schalter I2")
    assert window.where.text() == "Schalter I2"
    assert not [t for t in all_texts(window) if any(s in t for s in SECRET)]


def test_the_newest_number_is_at_least_an_eighth_of_the_screen(qtbot, run, display):
    window, o = display()
    run(o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("X")]))
    run(o.clerk.call_next(service_point_id=o.sp["BI"]))
    qtbot.waitUntil(lambda: window.number.text() != "", timeout=5000)
    digits = QFontMetrics(window.number.font()).tightBoundingRect("0123456789").height()
    assert digits >= window.height() / 8
    assert window.number.width() >= QFontMetrics(window.number.font()).horizontalAdvance(
        window.number.text())


def test_the_history_keeps_a_gap_between_number_and_counter(qtbot):
    """A wide number (H-024 in the demo) ran into its counter's name before. The window
    without a feed: only its picture and layout are looked at."""
    from desk_app.domain.clock import utcnow
    from desk_app.services.call_display import DisplayPicture

    window = DisplayWindow(None, None)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    now = utcnow()
    calls = tuple(DisplayCall(i, ticket, "BI", "Schalter 1", "", now, 1)
                  for i, ticket in enumerate(["H-024", "I-009", "W-888"]))
    window.show_picture(DisplayPicture(calls, "", now))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    widest = max(QFontMetrics(window.history.font()).horizontalAdvance(c.ticket) for c in calls)
    assert window.history.columnWidth(0) >= widest + window.height() * 0.015


def test_filtered_display_shows_only_its_service_points(qtbot, run, display):
    window, o = display(service_points=["EU"])
    run(o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("X")]))
    eu = run(o.reception.register_walk_in(service_point_id=o.sp["EU"], applicants=[person("Y")]))
    run(o.clerk.call_next(service_point_id=o.sp["BI"]))
    run(o.eu.call_next(service_point_id=o.sp["EU"]))
    qtbot.waitUntil(lambda: window.number.text() == eu.ticket, timeout=5000)
    assert [c.service_point for c in window.model.rows()] == ["EU"]


def test_a_closed_counter_shows_live_and_goes_when_it_opens(qtbot, run, display):
    from desk_app.domain.lead import Presence
    from desk_app.services.lead_facade import LeadOps

    window, o = display(service_points=["BI"])
    qtbot.waitUntil(lambda: window.feed.picture is not None, timeout=5000)
    assert window.closed.isHidden()
    run(LeadOps(o.clerk).set_presence(Presence.CLOSED, reason="Vertraulich krank"))
    run(LeadOps(o.lead).set_presence(Presence.CLOSED, counter_id=o.counter["Schalter E1"]))
    qtbot.waitUntil(lambda: window.closed.isVisible(), timeout=5000)
    assert window.closed.text() == "Geschlossen: Schalter I1 (Raum I.01)"   # not E1: not BI
    assert not [t for t in all_texts(window) if any(s in t for s in SECRET)]
    run(LeadOps(o.clerk).set_presence(Presence.AT_COUNTER))
    qtbot.waitUntil(lambda: window.closed.isHidden(), timeout=5000)


def test_offline_banner_shows_the_last_update_and_clears(qtbot, run, display):
    window, o = display()
    qtbot.waitUntil(lambda: window.feed.online is True, timeout=5000)
    assert not window.offline
    real_read = window.feed.read

    async def broken(**kw):
        raise OSError("database gone")

    window.feed.read = broken
    qtbot.waitUntil(lambda: window.offline, timeout=5000)
    assert "Stand" in window.banner.text()
    e = run(o.reception.register_walk_in(service_point_id=o.sp["BI"], applicants=[person("Z")]))
    run(o.clerk.call_next(service_point_id=o.sp["BI"]))
    window.feed.read = real_read      # the database is back: it catches up by itself
    qtbot.waitUntil(lambda: not window.offline and window.number.text() == e.ticket,
                    timeout=10000)


def test_calls_model_without_widgets():
    t = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.timezone.utc)
    a = DisplayCall(1, "I-001", "BI", "Schalter I1", "Raum I.01", t, 1)
    b = DisplayCall(2, "I-002", "BI", "Schalter I2", "Raum I.02", t + dt.timedelta(minutes=1), 1)
    m = CallsModel()
    assert m.update_rows([a]) == [a]
    assert m.update_rows([b, a]) == [b]
    assert [r.ticket for r in m.rows()] == ["I-002", "I-001"]
    recall = DisplayCall(1, "I-001", "BI", "Schalter I3", "Raum I.03", t + dt.timedelta(minutes=7), 2)
    assert m.update_rows([recall, b]) == [recall]
    assert m.data(m.index(0, 1)) == "Schalter I3"
    assert m.data(m.index(0, 0), SORT_ROLE) > m.data(m.index(1, 0), SORT_ROLE)
    assert m.update_rows([recall, b]) == []


def test_announcer_texts_and_silence_without_audio(tmp_path, monkeypatch):
    assert spoken_ticket("I-042") == "I 42" and spoken_ticket("E-100") == "E 100"
    assert announcement("I-042", "Schalter 3") == "Nummer I 42, bitte zu Schalter 3"
    assert chime_wav()[:4] == b"RIFF"
    monkeypatch.setenv("PATH", str(tmp_path))       # no espeak-ng, no player
    silent = Announcer()
    assert not silent.available
    assert silent.announce("I-042", "Schalter 3") == "Nummer I 42, bitte zu Schalter 3"
    silent.close()


def test_speech_where_espeak_ng_exists_and_silence_without_audio_device(tmp_path):
    """espeak-ng speaks German (rendered to a file here); the Announcer runs it and stays
    silent, without an error, when there is no audio device (as on CI)."""
    import shutil
    import subprocess
    import time

    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.skip("espeak-ng not installed (scripts/test-setup.sh installs it)")
    wav = tmp_path / "call.wav"
    subprocess.run([espeak, "-v", "de", "-w", str(wav), announcement("I-042", "Schalter 3")],
                   check=True, timeout=30)
    assert wav.stat().st_size > 10_000
    announcer = Announcer()
    assert announcer.available
    announcer.announce("I-042", "Schalter 3")
    deadline = time.monotonic() + 20
    while not announcer.spoken and time.monotonic() < deadline:
        time.sleep(0.05)
    announcer.close()
    assert announcer.spoken == ["Nummer I 42, bitte zu Schalter 3"]
