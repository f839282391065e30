"""The dialog's input groups: database, workstation, printers. Widgets only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

#: (settings value, label) for the password source; labels go through tr() in the group
PASSWORD_SOURCES = ("pgpass", "keyring", "sso")
#: printers per document: (PrinterSettings field, label)
PRINTER_FIELDS = ("wait_ticket", "slips", "receipts")


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class DatabaseGroup(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Datenbank"))
        self.embedded = QRadioButton(self.tr("Eingebettet (nur dieser PC)"))
        self.shared = QRadioButton(self.tr("PostgreSQL (gemeinsam für alle Arbeitsplätze)"))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.embedded)
        self.kind.addButton(self.shared)
        self.url = QLineEdit()
        self.url.setObjectName("databaseUrl")
        self.url.setPlaceholderText("postgresql://desk@db1,db2/desk?target_session_attrs=read-write")
        self.password_source = QComboBox()
        for value, label in zip(PASSWORD_SOURCES, (self.tr("Passwortdatei (pgpass)"),
                                                   self.tr("Schlüsselbund des Systems"),
                                                   self.tr("Single Sign-on (Windows-Anmeldung)"))):
            self.password_source.addItem(label, value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("wird nur im Schlüsselbund gespeichert"))
        self.check = QPushButton(self.tr("Verbindung &prüfen"))
        self.result = plain_label()
        self.result.setObjectName("checkResult")
        form = QFormLayout()
        form.addRow(self.tr("Adresse:"), self.url)
        form.addRow(self.tr("Passwort aus:"), self.password_source)
        form.addRow(self.tr("Passwort:"), self.password)
        row = QHBoxLayout()
        row.addWidget(self.check)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.embedded)
        layout.addWidget(self.shared)
        layout.addLayout(form)
        layout.addLayout(row)
        self.shared.toggled.connect(self._update)
        self.password_source.currentIndexChanged.connect(self._update)
        self.embedded.setChecked(True)
        self._update()

    def _update(self) -> None:
        shared = self.shared.isChecked()
        self.url.setEnabled(shared)
        self.password_source.setEnabled(shared)
        self.password.setEnabled(shared and self.password_source.currentData() == "keyring")

    def set_values(self, url: str, source: str) -> None:
        (self.shared if url else self.embedded).setChecked(True)
        self.url.setText(url)
        index = self.password_source.findData(source)
        self.password_source.setCurrentIndex(max(index, 0))
        self._update()

    def database_url(self) -> str:
        return self.url.text().strip() if self.shared.isChecked() else ""


class WorkstationGroup(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Arbeitsplatz"))
        self.station = QLineEdit()
        self.station.setObjectName("station")
        self.service_point = QComboBox()
        self.service_point.setEditable(True)
        self.counter = QComboBox()
        self.counter.setEditable(True)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        form = QFormLayout(self)
        form.addRow(self.tr("Name des Arbeitsplatzes:"), self.station)
        form.addRow(self.tr("Dienststelle:"), self.service_point)
        form.addRow(self.tr("Schalter:"), self.counter)
        form.addRow(self.tr("Sprache der Oberfläche:"), self.language)
        self._places: dict[str, tuple[str, ...]] = {}
        self.service_point.currentIndexChanged.connect(self._fill_counters)

    def set_places(self, places) -> None:
        """The service points and counters of the checked database (codes as data)."""
        code, counter = self.service_point_code(), self.counter.currentText()
        self._places = {p.code: p.counters for p in places}
        self.service_point.blockSignals(True)
        self.service_point.clear()
        self.service_point.addItem("—", "")
        for p in places:
            self.service_point.addItem(f"{p.name} ({p.code})", p.code)
        self.service_point.blockSignals(False)
        self.select_service_point(code)
        self._fill_counters()
        if counter:
            self.counter.setCurrentText(counter)

    def select_service_point(self, code: str) -> None:
        index = self.service_point.findData(code)
        if index >= 0:
            self.service_point.setCurrentIndex(index)
        elif code:
            self.service_point.setEditText(code)

    def _fill_counters(self) -> None:
        current = self.counter.currentText()
        self.counter.clear()
        self.counter.addItem("")
        for name in self._places.get(self.service_point_code(), ()):
            self.counter.addItem(name)
        self.counter.setCurrentText(current)

    def service_point_code(self) -> str:
        data = self.service_point.currentData()
        if data is not None and self.service_point.currentText() == \
                self.service_point.itemText(self.service_point.currentIndex()):
            return data
        return self.service_point.currentText().strip().upper()


class PrinterGroup(QGroupBox):
    def __init__(self, printers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Drucker je Dokument"))
        labels = (self.tr("Wartemarken (Bondrucker):"),
                  self.tr("Abholscheine und Bestätigungen:"), self.tr("Quittungen:"))
        form = QFormLayout(self)
        self.combos: dict[str, QComboBox] = {}
        for name, label in zip(PRINTER_FIELDS, labels):
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems(printers)
            combo.setToolTip(self.tr("Leer: der Standarddrucker des Systems"))
            self.combos[name] = combo
            form.addRow(label, combo)
        form.addRow(plain_label(self.tr("Leer lassen: der Standarddrucker des Systems.")))

    def values(self) -> dict[str, str]:
        return {name: combo.currentText().strip() for name, combo in self.combos.items()}
