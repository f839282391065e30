"""The first-run dialog: asks for the essentials and writes the settings file.

Checks the database through ``FirstRunFacade`` (services/first_run.py), fills the
service points and counters from it, stores a keyring password when one is typed, and
saves; errors (a password in the URL, an unknown language, …) are shown, nothing is
written then. Modeless: ``open()`` and ``finished``, never ``exec()`` in a coroutine.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desk_app.settings import PrinterSettings, Settings, SettingsError
from desk_app.ui.async_tools import TaskSet
from desk_app.ui.dialogs.parts import keys_as_promised
from desk_app.ui.operation import Operations

from .fields import DatabaseGroup, PrinterGroup, WorkstationGroup, plain_label

log = logging.getLogger(__name__)


def needs_first_run(path: Path) -> bool:
    """No settings file yet, and the environment does not name a database either."""
    return not path.exists() and not os.environ.get("DESK_DATABASE_URL")


class FirstRunDialog(QDialog):
    """``saved_settings`` holds what was written once the dialog is accepted."""

    def __init__(self, facade, path: Path, *, base: Settings | None = None,
                 printers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("desk_app einrichten"))
        self.facade = facade
        self.path = Path(path)
        self.base = base or Settings()
        self.saved_settings: Settings | None = None
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.last_check = None
        intro = plain_label(self.tr(
            "Erster Start an diesem Arbeitsplatz. Die Angaben werden in {path} gespeichert "
            "und lassen sich dort später ändern.").format(path=str(self.path)))
        self.database = DatabaseGroup()
        self.workstation = WorkstationGroup()
        self.printer_group = PrinterGroup(printers or [])
        self.error = plain_label()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.database, self.workstation, self.printer_group, self.error,
                  self.buttons):
            layout.addWidget(w)
        self.database.check.clicked.connect(lambda: self.tasks.spawn(self.check(), "check"))
        self._show(self.base)
        shared_without_url = self.database.shared.isChecked() and not self.base.database_url
        keys_as_promised(self, self.buttons.button(QDialogButtonBox.StandardButton.Save),
                         self.database.url if shared_without_url else self.workstation.station)

    def _show(self, s: Settings) -> None:
        self.database.set_values(s.database_url, s.database_password_source)
        self.workstation.station.setText(s.station)
        self.workstation.select_service_point(s.service_point)
        self.workstation.counter.setCurrentText(s.counter)
        self.workstation.language.setCurrentIndex(max(self.workstation.language.findData(
            s.language), 0))
        for name, combo in self.printer_group.combos.items():
            combo.setCurrentText(getattr(s.printers, name))

    def settings(self) -> Settings:
        """The settings as entered (not yet checked)."""
        printers = replace(self.base.printers, **self.printer_group.values()) \
            if isinstance(self.base.printers, PrinterSettings) else self.base.printers
        return replace(
            self.base, database_url=self.database.database_url(),
            database_password_source=self.database.password_source.currentData(),
            station=self.workstation.station.text().strip(),
            service_point=self.workstation.service_point_code(),
            counter=self.workstation.counter.currentText().strip(),
            language=self.workstation.language.currentData(), printers=printers)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    async def check(self) -> None:
        s = self.settings()
        self.database.check.setEnabled(False)
        self.database.result.setText(self.tr("Prüfe …"))
        try:     # the facade reports its own errors; this is the last guard
            checked = await self.ops.read(
                lambda: self.facade.check_database(s.database_url, s.database_password_source,
                                                   s.database_passfile),
                what="database check",
                message_for=lambda _exc: self.tr("Prüfung fehlgeschlagen."),
                tell=lambda text, _error: self.database.result.setText(text))
        finally:
            self.database.check.setEnabled(True)
        if not checked:
            return
        result = self.last_check = checked.value
        if result.ok and result.problem == "created_at_start":
            self.database.result.setText(self.tr(
                "Eingebettete Datenbank {url}: wird beim Start angelegt.").format(
                url=result.display_url))
        elif result.ok:
            self.database.result.setText(self.tr("Verbunden: {url}").format(
                url=result.display_url))
            self.workstation.set_places(result.places)
        elif result.problem == "needs_upgrade":
            self.database.result.setText(self.tr(
                "Die Datenbank {url} muss erst eingerichtet werden: die IT führt "
                "'desk-app db upgrade' aus.").format(url=result.display_url))
        elif result.problem == "password":
            self.database.result.setText(self.tr("Kein Passwort verfügbar: {detail}").format(
                detail=result.detail))
        else:
            self.database.result.setText(self.tr(
                "Die Datenbank ist nicht erreichbar ({url}): {detail}").format(
                url=result.display_url, detail=result.detail))

    def save(self) -> None:
        s = self.settings()
        if not s.station:
            self.show_error(self.tr("Bitte einen Namen für den Arbeitsplatz angeben."))
            return
        if self.database.shared.isChecked() and not s.database_url:
            self.show_error(self.tr("Bitte die Adresse der PostgreSQL-Datenbank angeben."))
            return
        try:
            password = self.database.password.text()
            if s.database_url and s.database_password_source == "keyring" and password:
                from desk_app.settings import validate

                validate(s)   # no password in the URL before anything is stored
                self.facade.store_password(s.database_url, password)
            self.saved_settings = s
            self.facade.save(s, self.path)
        except SettingsError as exc:
            self.saved_settings = None
            self.show_error(str(exc).split(": ", 1)[-1])
            return
        except Exception as exc:   # keyring or disk: say what failed, keep the dialog
            self.saved_settings = None
            log.warning("first-run save failed: %s", type(exc).__name__)
            self.show_error(self.tr("Nicht gespeichert: {error}").format(
                error=type(exc).__name__))
            return
        self.database.password.clear()
        self.accept()

    def done(self, result: int) -> None:
        for task in list(self.tasks._tasks):
            task.cancel()
        super().done(result)

    async def wait(self) -> int:
        """Opens the dialog (modeless ``open()``) and waits for ``finished``."""
        finished = asyncio.get_running_loop().create_future()
        self.finished.connect(lambda r: finished.done() or finished.set_result(r))
        self.open()
        return await finished
