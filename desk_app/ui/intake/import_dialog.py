"""Importing a booking export from the menu: choose the file, see what will happen
(new, changed, unchanged, rejected, line by line), then import or not. The preview and
the import run through the dialog's ``Operations`` (``self.ops``; a failure in the
summary line)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableView, QVBoxLayout,
)

from desk_app.domain import errors
from desk_app.services.booking_import import ImportRejected
from desk_app.services.intake import Intake, reject_path, write_atomically

from ..async_tools import TaskSet
from ..dialogs.parts import keys_as_promised
from ..operation import Operations
from .preview_model import SORT_ROLE, PreviewModel, preview_rows

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    #: the import was written (carries the ImportReport)
    imported = Signal(object)
    #: a preview or an import finished (for tests and the status line)
    settled = Signal()

    def __init__(self, intake: Intake, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Buchungen importieren"))
        self.resize(900, 560)
        self.intake = intake
        self.tasks = TaskSet()
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, _error: self._fail(text))
        self.path: Path | None = None
        self.mapping_path: Path | None = None
        self.data: bytes | None = None
        self.mapping_text: str | None = None
        self.report = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Keine Datei gewählt."))
        self.file_label.setObjectName("importFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("Datei wählen …"))
        choose.setObjectName("chooseFile")
        choose.clicked.connect(self.choose_file)
        mapping = QPushButton(self.tr("Zuordnungsdatei …"))
        mapping.setObjectName("chooseMapping")
        mapping.setToolTip(self.tr("Eine TOML-Datei, die Spalten und Werte eines anderen "
                                   "Exports zuordnet (sonst die üblichen Spaltennamen)."))
        mapping.clicked.connect(self.choose_mapping)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        row.addWidget(mapping)
        layout.addLayout(row)
        self.strict = QCheckBox(self.tr("Alles oder nichts (bei einer fehlerhaften Zeile "
                                        "nichts importieren)"))
        self.strict.setObjectName("strictCheck")
        self.strict.toggled.connect(lambda _on: self._refresh_preview())
        layout.addWidget(self.strict)
        self.summary = QLabel(self.tr("Bitte eine Exportdatei (CSV oder .ics) wählen."))
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PreviewModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Importieren"))
        self.import_button.setObjectName("runImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.tasks.spawn(self.run(), "import"))
        close = QPushButton(self.tr("Schließen"))
        close.setObjectName("closeImport")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        # Enter chooses the file, and imports once the preview allows it
        self.keys = keys_as_promised(self, choose, choose)
        self.choose_button = choose
        self.file_dialog: QFileDialog | None = None   # the chooser shown, if any

    # -- choosing (file dialogs opened with open(), never a nested event loop) ----------
    def _ask_file(self, title: str, filters: str, chosen) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(filters)
        dialog.fileSelected.connect(lambda path: path and chosen(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def choose_file(self) -> QFileDialog:
        return self._ask_file(
            self.tr("Exportdatei wählen"),
            self.tr("Buchungsexporte (*.csv *.txt *.ics);;Alle Dateien (*)"),
            lambda path: self.tasks.spawn(self.load_file(path), "import-preview"))

    def choose_mapping(self) -> QFileDialog:
        return self._ask_file(
            self.tr("Zuordnungsdatei wählen"), self.tr("TOML (*.toml);;Alle Dateien (*)"),
            lambda path: self.tasks.spawn(self.load_file(self.path, mapping=path),
                                          "import-preview"))

    # -- preview and import --------------------------------------------------------------
    async def load_file(self, path: Path | None, mapping: Path | None = None) -> None:
        if mapping is not None:
            self.mapping_path = mapping
        if path is None:
            self.settled.emit()
            return
        try:
            self.data = path.read_bytes()
            self.mapping_text = (self.mapping_path.read_text(encoding="utf-8")
                                 if self.mapping_path else None)
        except (OSError, UnicodeDecodeError) as exc:
            self._fail(self.tr("Datei nicht lesbar: {name} ({why})").format(
                name=path.name, why=getattr(exc, "strerror", None) or type(exc).__name__))
            return
        self.path = path
        self.file_label.setText(str(path) + (f"  ·  {self.mapping_path.name}"
                                             if self.mapping_path else ""))
        await self.preview()

    def _refresh_preview(self) -> None:
        if self.data is not None:
            self.tasks.spawn(self.preview(), "import-preview")

    async def preview(self) -> None:
        self._allow_import(False)
        data, name, mapping, strict = (self.data, self.path.name, self.mapping_text,
                                       self.strict.isChecked())
        read = await self.ops.read(
            lambda: self.intake.preview_import(data, filename=name, mapping=mapping,
                                               strict=strict),
            what="import preview", on_domain_error=lambda exc: self._rejected(
                exc, self.tr("Die Datei kann nicht importiert werden:") + "\n"))
        if not read:
            return
        report = self.report = read.value
        self.model.set_rows(preview_rows(report))
        text = self.tr("Vorschau: {new} neu, {updated} geändert, {unchanged} unverändert, "
                       "{rejected} abgelehnt ({lines} Zeilen), {missing} fehlen in der Datei.")
        text = text.format(new=len(report.new), updated=len(report.updated),
                           unchanged=len(report.unchanged), rejected=report.rejected_bookings,
                           lines=len(report.rejected), missing=len(report.missing))
        if report.rejected:
            text += " " + (self.tr("Alles oder nichts: es würde nichts importiert.")
                           if self.strict.isChecked() else
                           self.tr("Abgelehnte Zeilen kommen mit ihren Gründen in eine Datei "
                                   "neben der Exportdatei."))
        self.summary.setText(text)
        self._allow_import(bool(report.new or report.updated)
                           and not (self.strict.isChecked() and report.rejected))
        self.settled.emit()

    async def run(self) -> None:
        self._allow_import(False)
        data, name, mapping, strict = (self.data, self.path.name, self.mapping_text,
                                       self.strict.isChecked())
        outcome = await self.ops.run(
            "import", lambda _key: self.intake.run_import(data, filename=name, mapping=mapping,
                                                          strict=strict),
            what="import", on_domain_error=lambda exc: self._rejected(exc, ""))
        if not outcome:
            return
        report = self.report = outcome.value
        self.model.set_rows(preview_rows(report))
        text = self.tr("Importiert: {new} neu, {updated} geändert, {unchanged} unverändert, "
                       "{rejected} abgelehnt.").format(
            new=len(report.new), updated=len(report.updated), unchanged=len(report.unchanged),
            rejected=report.rejected_bookings)
        if not report.committed:
            text = self.tr("Nichts importiert: fehlerhafte Zeilen (alles oder nichts).")
        if report.rejected:
            target = reject_path(self.path)
            try:
                write_atomically(target, report.reject_file())
                text += " " + self.tr("Abgelehnte Zeilen: {path}").format(path=str(target))
            except OSError as exc:
                log.warning("reject file not written: %s", type(exc).__name__)
                text += " " + self.tr("Die Datei der abgelehnten Zeilen konnte nicht "
                                      "geschrieben werden.")
        self.summary.setText(text)
        if report.committed:
            self.imported.emit(report)
        self.settled.emit()

    def _rejected(self, exc: errors.DomainError, intro: str) -> bool:
        """The file as a whole is refused (ImportRejected): its problems, shown here."""
        if not isinstance(exc, ImportRejected):
            return False
        self._fail(intro + "\n".join(str(p) for p in exc.problems[:20]))
        return True

    def _allow_import(self, allowed: bool) -> None:
        self.import_button.setEnabled(allowed)
        self.keys.set_action(self.import_button if allowed else self.choose_button)

    def _fail(self, text: str) -> None:
        self.report = None
        self.model.set_rows([])
        self.summary.setText(text)
        self._allow_import(False)
        self.settled.emit()
