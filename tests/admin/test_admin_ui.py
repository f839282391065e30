"""The admin screens on real widgets (pytest-qt, offscreen): each screen loads its table,
saves through the facade, shows the service's message beside the field, and follows
changes; the models are tested without widgets. Screenshots of every screen are written to
$DESK_SCREENSHOT_DIR when set (looked at for the issue)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_app.services.admin_facade import AdminFacade
from desk_app.services.changes import changes_after
from desk_app.ui.admin.permissions import PermissionModel
from desk_app.ui.admin.record_model import SORT_ROLE, Column, RecordTableModel
from desk_app.ui.admin.window import AdminWindow
from tests.support import Clock, at, desk_for

pytestmark = pytest.mark.gui


class _R:
    def __init__(self, id, name, active=True):
        self.id, self.name, self.active = id, name, active


def test_record_model_set_update_sort():
    m = RecordTableModel([Column("Name", lambda r: r.name)])
    m.set_rows([_R(1, "Beta"), _R(2, "alpha")])
    assert m.rowCount() == 2
    assert m.data(m.index(1, 0), SORT_ROLE) == "alpha"
    resets = []
    m.modelReset.connect(lambda: resets.append(1))
    m.update_rows([_R(1, "Gamma"), _R(3, "Delta")])
    assert [r.name for r in m.records()] == ["Gamma", "alpha", "Delta"] and resets == []


def test_permission_model():
    m = PermissionModel()
    m.set_rows({"CLERK": frozenset({"book"})})
    row = m.permissions.index(next(p for p in m.permissions if p.value == "call_specific"))
    col = [r.value for r in m.roles].index("CLERK")
    assert m.data(m.index(row, col), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    m.setData(m.index(row, col), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert m.changed_roles() == ["CLERK"] and "call_specific" in m.grants["CLERK"]


@pytest.fixture
def admin_window(qtbot, run, sqlite_database_url):
    from desk_app.services.database import open_database

    db = open_database(sqlite_database_url)
    desk = run(desk_for(db, "admin", clock=Clock(at(9, 0))))
    window = AdminWindow(AdminFacade(desk))
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    run(window.start())
    yield window, desk
    run(window.shutdown())
    run(db.dispose())


def _shot(window, name: str) -> None:
    folder = os.environ.get("DESK_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"admin_{name}.png"))


def test_every_admin_screen_loads_and_is_shown(admin_window, qtbot, run):
    from dataclasses import replace

    from PySide6.QtCore import QDateTime

    from desk_app.services import admin

    window, desk = admin_window
    bi = next(s for s in run(desk.read(admin.list_service_points)) if s.code == "BI")
    run(desk.write(admin.save_service_point, desk.ctx, replace(bi, max_calls=4)))
    window.audit.since.setDateTime(QDateTime(2026, 11, 1, 0, 0, 0))
    window.audit.until.setDateTime(QDateTime(2026, 11, 26, 0, 0, 0))
    run(window.audit.reload())
    assert [r.label for r in window.audit.rows] == ["BI"]
    out = Path(os.environ.get("PYTEST_TMP", "/tmp")) / f"audit-{os.getpid()}.csv"
    window.audit.export_to(out)
    text = out.read_bytes().decode("utf-8-sig")
    out.unlink()
    assert text.splitlines()[1].split(";")[1:4] == ["admin", "test-admin", "admin_update"]
    names = ["service_points", "counters", "services", "staff", "fees", "permissions",
             "routing_rules", "audit"]
    assert window.tabs.count() == len(names)
    for i, name in enumerate(names):
        window.tabs.setCurrentIndex(i)
        screen = window.tabs.widget(i)
        model = getattr(screen, "model")
        assert model.rowCount() > 0, name
        if hasattr(screen, "table") and hasattr(screen, "select"):
            screen.table.selectRow(0)
        qtbot.wait(50)
        _shot(window, name)


def test_service_point_saved_and_field_messages_beside_the_fields(admin_window, run, qtbot):
    window, desk = admin_window
    screen = window.screens[0]
    row = next(i for i, r in enumerate(screen.model.records()) if r.code == "BI")
    screen.select(screen.model.record(row).id)
    assert screen.current.code == "BI"
    form = screen.form
    form.editors["recall_lock_min"].setValue(9)
    form.editors["opening_hours"].findChild(
        __import__("PySide6.QtWidgets", fromlist=["QLineEdit"]).QLineEdit, "hours_Sa").setText(
        "09:00–12:00")
    form.editors["hours_note"].setText("Feiertags geschlossen")
    saved = run(screen.save())
    assert saved.recall_lock_min == 9 and "Sa 09:00–12:00" in saved.opening_hours
    assert saved.hours_note == "Feiertags geschlossen"      # typed hours and a note (0017)
    assert screen.model.record(row).recall_lock_min == 9
    before = run(desk.read(changes_after, 0))
    assert any(c.entity == "service_point" and c.op == "admin_update" for c in before)

    screen.start_new()
    form.editors["code"].setText("bi")                     # lower case
    form.editors["ticket_prefix"].setText("I")            # taken
    form.editors["opening_hours"].findChild(
        __import__("PySide6.QtWidgets", fromlist=["QLineEdit"]).QLineEdit, "hours_Mo").setText(
        "morgens")
    assert run(screen.save()) is None
    assert form.error_text("name") == "Pflichtfeld."
    assert form.error_text("ticket_prefix") == "Schon vergeben."
    assert form.error_text("code").startswith("Nur Großbuchstaben")
    assert form.error_text("hours_Mo").startswith("Mo: Zeiten wie")
    assert form.error_text("address") == ""
    _shot(window, "service_points_errors")


def test_staff_deactivated_not_deleted(admin_window, run):
    window, _desk = admin_window
    screen = window.screens[3]
    record = next(r for r in screen.model.records() if r.login == "info1")
    screen.select(record.id)
    changed = run(screen.toggle_active())
    assert changed.active is False
    assert screen.active_button.text() == "Aktivieren"
    assert any(r.login == "info1" and not r.active for r in screen.model.records())


def test_service_form_shows_the_record(admin_window):
    window, _desk = admin_window
    screen = window.screens[2]
    record = next(r for r in screen.model.records() if r.code == "EB")
    screen.select(record.id)
    assert screen.form.values()["default_duration_min"] == 45
