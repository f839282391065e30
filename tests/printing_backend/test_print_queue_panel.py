"""The print-queue panel (pytest-qt, offscreen, qasync loop): a failure is visible at once
(colour + banner), retry and redirect work from the buttons, copies are labelled."""

from __future__ import annotations

import asyncio
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytestmark = pytest.mark.gui


_LOOP = []


@pytest.fixture
def qloop(qapp):
    """qasync's QEventLoop(qapp, already_running=True) as the running loop. One loop per
    process: a second QEventLoop made after the first was closed never runs its
    callbacks (qasync 0.28, PySide6 6.11), so the loop is kept and only detached between
    tests, letting the plain async tests run their own loops."""
    import qasync

    if not _LOOP:
        _LOOP.append(qasync.QEventLoop(qapp, already_running=True))
    loop = _LOOP[0]
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture
def run(qtbot, qloop):
    def _run(coro, timeout: int = 20_000):
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()
    return _run


@pytest.fixture
def panel_env(qtbot, run, sqlite_database_url, fake_spooler):
    from desk_app.services.database import open_database
    from desk_app.services.printing_desk import PrintDesk
    from desk_app.ui.print_queue_panel import PrintQueuePanel
    from tests.support import Clock, desk_for

    db = open_database(sqlite_database_url)
    clock = Clock()
    desk = run(desk_for(db, "sbbi1", clock=clock, station="panel-ws"))
    pd = PrintDesk(db, desk.ctx, fake_spooler, default_printer="Gone", stuck_after_s=60)
    panel = PrintQueuePanel(pd, printers=lambda: ["Laser2", "Thermo1"], poll_interval_ms=50)
    qtbot.addWidget(panel)
    panel.show()
    yield panel, pd, clock
    run(panel.shutdown())
    run(db.dispose())


def _row_texts(panel, row):
    return [panel.table.item(row, c).text() for c in range(panel.table.columnCount())]


def test_failed_job_is_visible_at_once_and_retry_completes(qtbot, run, panel_env, fake_spooler):
    from tests.printing_backend.conftest import tiny_pdf
    from desk_app.ui.print_queue_panel import STATUS_COLOURS
    from desk_app.printing.jobs import JobStatus

    panel, pd, clock = panel_env
    job = run(pd.print_pdf("wait_ticket", tiny_pdf(), key="ui-1", entity="entry", entity_id=1))
    assert job.status is JobStatus.FAILED
    panel.start()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.banner.isVisible() and "Fehlgeschlagen" in panel.banner.text()
    assert "nicht eingerichtet" in panel.banner.text()
    texts = _row_texts(panel, 0)
    assert texts[1] == "Wartemarke" and texts[3] == "Fehlgeschlagen" and "Gone" in texts[2]
    assert panel.table.item(0, 3).background().color() == STATUS_COLOURS[JobStatus.FAILED]

    panel.select_job(job.id)
    assert panel.retry_button.isEnabled()
    fake_spooler.add("Gone")
    qtbot.mouseClick(panel.retry_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _row_texts(panel, 0)[3].startswith("Gesendet"))
    assert not panel.banner.isVisible()
    fake_spooler.complete(fake_spooler.submitted[-1][0] + "-1")
    qtbot.waitUntil(lambda: _row_texts(panel, 0)[3].startswith("Gedruckt"))
    assert not panel.retry_button.isEnabled()       # printed: reprint instead
    assert len(fake_spooler.submitted) == 1


def test_stuck_job_redirected_to_another_printer(qtbot, run, panel_env, fake_spooler):
    from PySide6.QtCore import Qt

    from tests.printing_backend.conftest import tiny_pdf

    panel, pd, clock = panel_env
    fake_spooler.add("Gone", enabled=False)           # paused: the job is held
    fake_spooler.add("Laser2")                        # running: a redirected job stays SENT
    job = run(pd.print_pdf("pickup_slip", tiny_pdf(), key="ui-2", entity="order", entity_id=2))
    panel.start()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1 and _row_texts(panel, 0)[3] == "Hängt")
    assert panel.banner.isVisible() and "Hängt" in panel.banner.text()
    panel.select_job(job.id)
    panel.redirect_combo.setCurrentText("Laser2")
    qtbot.mouseClick(panel.redirect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _row_texts(panel, 0)[2] == "Laser2"
                    and _row_texts(panel, 0)[3].startswith("Gesendet (2. Versuch)"))
    assert [q for q, _, _ in fake_spooler.submitted] == ["Gone", "Laser2"]


def test_copies_are_labelled_and_double_refresh_is_harmless(qtbot, run, panel_env, fake_spooler):
    from desk_app.printing.samples import sample_documents

    panel, pd, clock = panel_env
    fake_spooler.add("Gone")
    data = sample_documents("de")["wait_ticket"]
    run(pd.print_document(data, entity="entry", entity_id=5))
    run(pd.reprint(data, entity="entry", entity_id=5))
    panel.refresh()
    panel.refresh()                                   # coalesced, not doubled
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    assert _row_texts(panel, 0)[1] == "Wartemarke (Kopie)"
    assert _row_texts(panel, 1)[1] == "Wartemarke"
    assert not panel.banner.isVisible()


def test_the_panel_speaks_english_with_the_english_translator(qtbot, qapp, run, panel_env,
                                                              fake_spooler):
    from PySide6.QtCore import QLocale

    from desk_app.app import install_translations
    from desk_app.ui.print_queue_panel import PrintQueuePanel
    from tests.printing_backend.conftest import tiny_pdf

    _panel, pd, clock = panel_env
    run(pd.print_pdf("wait_ticket", tiny_pdf(), key="ui-en-1", entity="entry", entity_id=7))
    run(pd.print_pdf("pickup_slip", tiny_pdf(), key="ui-en-2", entity="order", entity_id=8))
    installed = install_translations(qapp, "en")
    try:
        assert installed, "no English translation installed"
        panel = PrintQueuePanel(pd, printers=lambda: ["Laser2"], poll_interval_ms=50)
        qtbot.addWidget(panel)
        panel.show()
        panel.start()
        qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
        assert panel.windowTitle() == "Print jobs"
        headers = [panel.table.horizontalHeaderItem(c).text()
                   for c in range(panel.table.columnCount())]
        assert headers == ["Time", "Document", "Printer", "State", "Note"]
        assert panel.retry_button.text() == "Send again"
        assert panel.redirect_button.text() == "Redirect"
        docs = sorted(_row_texts(panel, r)[1] for r in range(2))
        assert docs == ["Pickup slip", "Wait ticket"]
        assert {_row_texts(panel, r)[3] for r in range(2)} == {"Failed"}
        assert panel.banner.text().startswith("Failed: ")
        assert " on Gone (and 1 more). " in panel.banner.text()

        fake_spooler.add("Gone")
        panel.select_job(panel.jobs[0].id)
        panel.retry_button.click()
        qtbot.waitUntil(lambda: panel.status_label.text().startswith("Sent again: "))
        assert panel.status_label.text() == "Sent again: Sent"
        qtbot.waitUntil(lambda: "Sent (attempt 2)" in [_row_texts(panel, r)[3] for r in range(2)])
        panel.select_job(panel.jobs[1].id)
        panel.redirect_combo.setCurrentText("Laser2")
        panel.redirect_button.click()
        qtbot.waitUntil(lambda: panel.status_label.text().startswith("Redirected to Laser2: "))
        run(panel.shutdown())
    finally:
        for t in installed:  # leave the application German for the other tests
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.system())


def test_polls_only_while_a_job_is_on_its_way(qtbot, run, panel_env, fake_spooler):
    """No QUEUED/SENT/STUCK job: the timer stops, no PrintDesk.poll() at all; a print_job
    change, start() and a retry start it again until the job has ended."""
    from types import SimpleNamespace

    from desk_app.printing.jobs import JobStatus
    from tests.printing_backend.conftest import tiny_pdf

    panel, pd, clock = panel_env
    polls = []
    real_poll = pd.poll

    async def counting_poll(*args, **kwargs):
        polls.append(1)
        return await real_poll(*args, **kwargs)

    pd.poll = counting_poll
    failed = run(pd.print_pdf("wait_ticket", tiny_pdf(), key="poll-1", entity="entry",
                              entity_id=1))
    assert failed.status is JobStatus.FAILED             # printer "Gone" is missing

    def idle():
        return panel.table.rowCount() >= 1 and not panel._refreshing and not panel.timer.isActive()

    panel.start()
    qtbot.waitUntil(idle)
    settled = len(polls)
    assert 1 <= settled <= 2
    qtbot.wait(400)                                       # eight intervals
    assert len(polls) == settled and not panel.timer.isActive()

    # a job printed elsewhere on this station: the change feed's record restarts polling
    sent = run(pd.print_pdf("pickup_slip", tiny_pdf(), key="poll-2", entity="order",
                            entity_id=2, printer="Laser2"))
    assert sent.status is JobStatus.SENT
    panel.on_changes([SimpleNamespace(entity="entry"), SimpleNamespace(entity="print_job")])
    assert panel.timer.isActive()
    qtbot.waitUntil(lambda: len(polls) >= settled + 3)    # it keeps polling while SENT
    fake_spooler.complete(fake_spooler.submitted[-1][0] + "-1")
    qtbot.waitUntil(lambda: "Gedruckt" in [_row_texts(panel, r)[3] for r in range(2)])
    qtbot.waitUntil(idle)
    settled = len(polls)
    qtbot.wait(300)
    assert len(polls) == settled

    # changes of other entities do not wake it
    panel.on_changes([SimpleNamespace(entity="entry")])
    assert not panel.timer.isActive()

    # a retry sends the failed job again: polled until printed, then quiet again
    fake_spooler.add("Gone")
    panel.select_job(failed.id)
    panel.retry_button.click()
    qtbot.waitUntil(lambda: len(fake_spooler.submitted) == 2)
    qtbot.waitUntil(lambda: len(polls) >= settled + 2)
    assert panel.timer.isActive()
    fake_spooler.complete(fake_spooler.submitted[-1][0] + "-2")
    qtbot.waitUntil(lambda: all(j.status is JobStatus.PRINTED for j in panel.jobs))
    qtbot.waitUntil(idle)

    # stop() and start() again: one refresh, then quiet
    panel.stop()
    settled = len(polls)
    panel.start()
    qtbot.waitUntil(lambda: len(polls) > settled and idle())
    settled = len(polls)
    qtbot.wait(300)
    assert len(polls) == settled


def test_a_failed_refresh_or_action_is_said_in_the_status_line(qtbot, run, panel_env):
    """Both run through the panel's own Operations: the status line says why, the action
    also emits ``action_failed``; nothing is raised into the event loop."""
    from desk_app.services.database import DatabaseUnavailable

    panel, pd, _clock = panel_env
    real_poll = pd.poll

    async def down(*_args, **_kw):
        raise DatabaseUnavailable("postgresql://desk@db/desk", "connection refused")

    pd.poll = down
    run(panel.refresh())
    assert panel.status_label.text().startswith("Aktualisieren nicht möglich: ")
    assert "connection refused" in panel.status_label.text()
    pd.poll = real_poll
    failed = []
    panel.action_failed.connect(failed.append)
    run(panel._act(down(), "Erneut gesendet"))
    assert failed and "connection refused" in failed[0]
    assert panel.status_label.text() == failed[0]
