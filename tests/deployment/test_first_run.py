"""The first-run dialog (issue 19, item 3): database, station, counter, printers per
document, language; it checks the database through its facade and writes a settings
file that reads back; a password never lands in the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.services.first_run import FirstRunFacade
from desk_app.settings import PrinterSettings, Settings, read_settings_file
from desk_app.ui.first_run import FirstRunDialog, needs_first_run

pytestmark = pytest.mark.gui


class RecordingFacade(FirstRunFacade):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.stored = []

    def store_password(self, url, password):   # the OS keyring is not touched in tests
        self.stored.append((url, password))


def _dialog(qtbot, tmp_path, facade, **kw):
    dialog = FirstRunDialog(facade, tmp_path / "cfg" / "settings.toml",
                            base=Settings(station="PC-0815"), printers=["Bon-1", "A4-Flur"], **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_checks_the_database_and_saves_every_essential(qtbot, run, tmp_path, sqlite_database_url):
    facade = RecordingFacade(embedded_url=sqlite_database_url)
    dialog = _dialog(qtbot, tmp_path, facade)
    assert dialog.database.embedded.isChecked()
    qtbot.mouseClick(dialog.database.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10_000)
    assert dialog.last_check.ok and dialog.last_check.schema_state == "CURRENT"
    assert dialog.database.result.text().startswith("Verbunden")
    codes = [dialog.workstation.service_point.itemData(i)
             for i in range(dialog.workstation.service_point.count())]
    assert "BI" in codes
    dialog.workstation.service_point.setCurrentIndex(codes.index("BI"))
    counters = [dialog.workstation.counter.itemText(i)
                for i in range(dialog.workstation.counter.count())]
    assert "Schalter I1" in counters
    dialog.workstation.counter.setCurrentText("Schalter I1")
    dialog.workstation.station.setText("AB-I1-PC")
    dialog.workstation.language.setCurrentIndex(dialog.workstation.language.findData("en"))
    dialog.printer_group.combos["wait_ticket"].setCurrentText("Bon-1")
    dialog.printer_group.combos["slips"].setCurrentText("A4-Flur")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    saved = read_settings_file(tmp_path / "cfg" / "settings.toml")
    assert saved == dialog.saved_settings
    assert (saved.station, saved.service_point, saved.counter, saved.language) == \
        ("AB-I1-PC", "BI", "Schalter I1", "en")
    assert saved.printers == PrinterSettings(wait_ticket="Bon-1", slips="A4-Flur")
    assert saved.database_url == ""
    assert not needs_first_run(tmp_path / "cfg" / "settings.toml")


def test_postgres_with_keyring_password_never_writes_the_password(qtbot, run, tmp_path):
    facade = RecordingFacade(embedded_url="sqlite+aiosqlite:///unused")
    dialog = _dialog(qtbot, tmp_path, facade)
    dialog.database.shared.setChecked(True)
    dialog.database.url.setText("postgresql://desk@db1,db2/desk?target_session_attrs=read-write")
    dialog.database.password_source.setCurrentIndex(
        dialog.database.password_source.findData("keyring"))
    assert dialog.database.password.isEnabled()
    dialog.database.password.setText("s3cret-Pw")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert facade.stored == [("postgresql://desk@db1,db2/desk?target_session_attrs=read-write",
                              "s3cret-Pw")]
    text = (tmp_path / "cfg" / "settings.toml").read_text(encoding="utf-8")
    assert "s3cret" not in text and 'database_password_source = "keyring"' in text
    assert read_settings_file(tmp_path / "cfg" / "settings.toml").database_url.startswith(
        "postgresql://desk@db1,db2/")


def test_a_password_in_the_url_is_refused_and_nothing_is_written(qtbot, run, tmp_path):
    facade = RecordingFacade(embedded_url="sqlite+aiosqlite:///unused")
    dialog = _dialog(qtbot, tmp_path, facade)
    dialog.database.shared.setChecked(True)
    dialog.database.url.setText("postgresql://desk:geheim@db1/desk")
    dialog.save()
    assert dialog.result() == 0 and dialog.isVisible()
    assert "enthält ein Passwort" in dialog.error.text()
    assert not (tmp_path / "cfg" / "settings.toml").exists()
    dialog.workstation.station.setText("")
    dialog.database.url.setText("postgresql://desk@db1/desk")
    dialog.save()
    assert "Namen für den Arbeitsplatz" in dialog.error.text()


def test_an_unreachable_database_is_reported_plainly(qtbot, run, tmp_path):
    facade = RecordingFacade(embedded_url="sqlite+aiosqlite:///unused")
    dialog = _dialog(qtbot, tmp_path, facade)
    dialog.database.shared.setChecked(True)
    dialog.database.url.setText("postgresql://desk@127.0.0.1:1/desk")
    qtbot.mouseClick(dialog.database.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=15_000)
    assert not dialog.last_check.ok
    assert "nicht erreichbar" in dialog.database.result.text()
    assert dialog.database.result.textFormat() == Qt.TextFormat.PlainText


def test_a_new_embedded_database_is_announced_not_connected(qtbot, run, tmp_path):
    facade = RecordingFacade(embedded_url=f"sqlite+aiosqlite:///{tmp_path / 'new.sqlite3'}")
    dialog = _dialog(qtbot, tmp_path, facade)
    qtbot.mouseClick(dialog.database.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=10_000)
    assert dialog.last_check.ok and dialog.last_check.problem == "created_at_start"
    assert "wird beim Start angelegt" in dialog.database.result.text()
    assert not (tmp_path / "new.sqlite3").exists()       # a check makes nothing


def test_a_check_that_breaks_says_it_failed_and_frees_the_button(qtbot, run, tmp_path):
    facade = RecordingFacade(embedded_url="sqlite+aiosqlite:///unused")

    async def broken(*_args, **_kw):
        raise RuntimeError("keyring backend crashed")

    facade.check_database = broken
    dialog = _dialog(qtbot, tmp_path, facade)
    run(dialog.check())
    assert dialog.database.result.text() == "Prüfung fehlgeschlagen."
    assert dialog.database.check.isEnabled() and dialog.last_check is None
