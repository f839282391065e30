"""The kiosk's window (pytest-qt, the real widgets, a fake spooler): a scanned code
checks in and prints one wait ticket; a second scan prints nothing and says so; a
too-early code changes nothing; a paused printer keeps the check-in; no name shows; the
keypad, the languages and the 30-second reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desk_app.domain.states import State
from desk_app.services.kiosk import KioskDesk
from desk_app.services.printing_desk import PrintDesk
from desk_app.settings import PrinterSettings
from desk_app.ui.kiosk.texts import TEXTS, text
from desk_app.ui.kiosk.window import KioskWindow
from tests.printing_backend.conftest import FakeSpooler
from tests.services.helpers import office
from tests.support import at, person

pytestmark = pytest.mark.gui


@pytest.fixture
def kiosk(qtbot, run, sqlite_database_url):
    from desk_app.services.database import open_database

    made = []

    def _make(*, enabled: bool = True, walk_ins=("BI",)):
        db = open_database(sqlite_database_url)
        o = run(office(db))
        spooler = FakeSpooler()
        spooler.add("Kiosk", enabled=enabled)
        printing = PrintDesk(db, o.reception.ctx, spooler,
                             printers=PrinterSettings(wait_ticket="Kiosk"))
        facade = KioskDesk(o.reception, printing, walk_in_service_points=walk_ins)
        window = KioskWindow(facade)
        qtbot.addWidget(window)
        window.resize(1280, 1024)
        window.show()
        run(window.load())
        made.append((window, db))
        return window, o, spooler

    yield _make
    for window, db in made:
        run(window.shutdown())
        run(db.dispose())


def scan(qtbot, window, code: str) -> None:
    """A keyboard-mode scanner: the characters, then Return, to whatever has focus."""
    target = QApplication.focusWidget() or window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def shown_texts(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel)] + [window.windowTitle()]


def test_scan_checks_in_prints_once_then_says_already(qtbot, run, kiosk):
    window, o, spooler = kiosk()
    booked = run(o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8, 20),
                                  applicants=[person("Geheimname", "Vertraulich")]))
    assert QApplication.focusWidget() is None or not hasattr(QApplication.focusWidget(), "text")
    scan(qtbot, window, booked.booking_reference)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.result_page, timeout=5000)
    entry = run(o.reception.entry(booked.id))
    assert entry.state is State.WAITING
    assert window.ticket_label.text() == entry.ticket
    assert window.appointment_label.text().startswith("Termin 08:20 · ")
    assert len(spooler.submitted) == 1
    assert not [t for t in shown_texts(window) if "Geheimname" in t or "Vertraulich" in t]
    scan(qtbot, window, booked.booking_reference)
    qtbot.waitUntil(lambda: window.result_title.text() == text("de", "already"), timeout=5000)
    assert len(spooler.submitted) == 1


def test_too_early_changes_nothing(qtbot, run, kiosk):
    window, o, spooler = kiosk()
    booked = run(o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(11, 0),
                                  applicants=[person("Frueh")]))
    for key in booked.booking_reference:            # the on-screen keypad this time
        qtbot.mouseClick(window.key_buttons[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.result_title.text() == text("de", "too_early"), timeout=5000)
    assert run(o.reception.entry(booked.id)).state is State.BOOKED
    assert not spooler.submitted and window.ticket_label.text() == ""


def test_printer_out_of_paper_keeps_the_check_in_and_sends_to_reception(qtbot, run, kiosk):
    window, o, spooler = kiosk(enabled=False)
    booked = run(o.reception.book(service_point_id=o.sp["BI"], scheduled_at=at(8, 10),
                                  applicants=[person("P")]))
    scan(qtbot, window, booked.booking_reference)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.result_page, timeout=5000)
    assert window.problem_label.text() == text("de", "printer")
    assert run(o.reception.entry(booked.id)).state is State.WAITING
    assert window.ticket_label.text() and not spooler.submitted


def test_languages_one_touch_walk_in_and_reset(qtbot, run, kiosk):
    window, o, spooler = kiosk()
    assert set(TEXTS) == {b for b in window.lang_buttons} and len(TEXTS) == 7
    for lang, keys in TEXTS.items():
        assert set(keys) == set(TEXTS["de"]), lang
    qtbot.mouseClick(window.lang_buttons["ar"], Qt.MouseButton.LeftButton)
    assert window.welcome.text() == TEXTS["ar"]["welcome"]
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.mouseClick(window.walk_in_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.services_page
    first = window.service_buttons[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.result_page, timeout=5000)
    assert window.ticket_label.text().startswith("I-") and len(spooler.submitted) == 1
    window.reset_timer.setInterval(50)               # 30 s in real life
    window.touched()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page
                    and window.language == "de", timeout=3000)
    assert window.entered == "" and window.welcome.text() == TEXTS["de"]["welcome"]


def test_a_failed_check_in_or_walk_in_shows_the_offline_page_and_frees_the_kiosk(
        qtbot, run, kiosk, caplog):
    """Both go through the window's Operations: no traceback, the "offline" page, and the
    kiosk takes the next touch."""
    from desk_app.services.database import DatabaseUnavailable

    window, _o, spooler = kiosk()
    choice = window.choices[0]

    async def unreachable(*_args, **_kw):
        raise DatabaseUnavailable("postgresql://kiosk@db/desk", "connection refused")

    async def broken(*_args, **_kw):
        raise RuntimeError("bug")

    window.kiosk.check_in = unreachable
    window.kiosk.walk_in = broken
    run(window._check_in("T1234567"))
    assert window.last_result is None and window.busy is False
    assert window.result_title.text() == window.t("offline")
    window.reset_to_start()
    run(window._walk_in(choice))
    assert window.last_result is None and window.busy is False
    assert window.pages.currentWidget() is window.result_page
    assert window.result_title.text() == window.t("offline")
    assert "kiosk walk-in failed" in caplog.text        # the unexpected is logged
    assert spooler.submitted == []
