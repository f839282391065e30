"""Walk-in registration (Vorsprache ohne Termin) for one person or a family.

One row per person; birth dates may be partial ("00.00.1990"). The dialog validates
with the same ApplicantInput rules the service uses and shows every problem at once:
each wrong cell is marked (its tooltip says why) and listed below the table. The cursor
starts in the first family name; "+ Person" puts it into the new row.
It stays open while the window registers the entry (``submitted``), shows a service
error in place, and keeps its idempotency key so that a retry after a lost connection
cannot register the family twice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desk_app.domain import errors
from desk_app.services.applicant_input import ApplicantInput
from desk_app.services.idempotency import new_key
from desk_app.services.views import ServicePointView, ServiceView

from ..error_messages import message_for
from ..locale_text import birth_input, birth_pattern, birth_text
from .parts import FormCells, error_label, keys_as_promised, ok_cancel

FAMILY, GIVEN, BIRTH, NATIONALITY, FILE_NUMBER = range(5)


def _plain(text: str) -> str:
    """The problem without the "Eingabe prüfen:" lead-in (each line names its field)."""
    lead = QCoreApplication.translate("Errors", "Eingabe prüfen: {message}").format(message="")
    return text[len(lead):] if lead and text.startswith(lead) else text


class WalkInDialog(QDialog):
    submitted = Signal()

    def __init__(self, parent: QWidget, service_points: list[ServicePointView],
                 services: list[ServiceView], *, default_service_point_id: int | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Vorsprache ohne Termin"))
        self.key = new_key()
        self._services = services
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.service_point = QComboBox()
        self.service_point.setObjectName("servicePoint")
        for sp in service_points:
            self.service_point.addItem(f"{sp.name} ({sp.code})", sp.id)
        if default_service_point_id is not None:
            i = self.service_point.findData(default_service_point_id)
            if i >= 0:
                self.service_point.setCurrentIndex(i)
        form.addRow(self.tr("Dienststelle:"), self.service_point)
        self.service = QComboBox()
        self.service.setObjectName("service")
        form.addRow(self.tr("Anliegen:"), self.service)
        layout.addLayout(form)
        self.service_point.currentIndexChanged.connect(self._fill_services)
        self._fill_services()

        layout.addWidget(QLabel(self.tr("Personen (eine Zeile je Person; Geburtsdatum "
                                        "{pattern}, 00 für unbekannt, z. B. {example}):").format(
            pattern=birth_pattern(), example=birth_text("1990-00-00"))))
        self.people = QTableWidget(0, 5)
        self.people.setObjectName("people")
        self.people.setHorizontalHeaderLabels([
            self.tr("Familienname"), self.tr("Vorname(n)"), self.tr("Geburtsdatum"),
            self.tr("Staatsangeh."), self.tr("Aktenzeichen")])
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.verticalHeader().setVisible(True)
        # cells, not rows: a row's highlight would hide the marks on its wrong cells
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.people.setItemDelegate(FormCells(self.people))   # Enter and Esc in a cell
        layout.addWidget(self.people, 1)
        row_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button = QPushButton(self.tr("− Person entfernen"))
        self.remove_button.setObjectName("removePerson")
        self.remove_button.clicked.connect(self._remove_selected)
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok = ok_cancel(self.tr("Registrieren und Nummer drucken"), default=True)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_person()
        self.people.edit_first = lambda: self._edit(0)
        keys_as_promised(self, self.ok, self.people)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()) * 1.0)

    # -- rows ----------------------------------------------------------------------------
    def _fill_services(self) -> None:
        sp_id = self.service_point.currentData()
        self.service.clear()
        self.service.addItem(self.tr("— ohne Angabe —"), None)
        for s in self._services:
            if s.service_point_id in (None, sp_id):
                self.service.addItem(s.name, s.id)

    def add_person(self, family: str = "", given: str = "", birth: str = "",
                   nationality: str = "", file_number: str = "") -> int:
        row = self.people.rowCount()
        self.people.insertRow(row)
        for col, text in enumerate((family, given, birth, nationality, file_number)):
            self.people.setItem(row, col, QTableWidgetItem(text))
        return row

    def _add_and_edit(self) -> None:
        self._edit(self.add_person())

    def _edit(self, row: int) -> None:
        """The cursor into the family name of ``row``, ready to type."""
        table = self.people
        if table.state() == QAbstractItemView.State.EditingState and \
                (table.currentRow(), table.currentColumn()) == (row, FAMILY):
            return  # already there (the editor has the focus)
        table.setCurrentCell(row, FAMILY)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.editItem(table.item(row, FAMILY))

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.people.selectedIndexes()}, reverse=True)
        for row in rows or [self.people.rowCount() - 1]:
            if self.people.rowCount() > 1:
                self.people.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.people.item(row, col)
        return item.text().strip() if item is not None else ""

    # -- validation ----------------------------------------------------------------------
    _FIELDS = {FAMILY: "family_name", GIVEN: "given_name", BIRTH: "birth_date",
               NATIONALITY: "nationality", FILE_NUMBER: "file_number"}

    def problems(self) -> dict[tuple[int, int], str]:
        """Every wrong cell at once: (row, column) -> the translated problem."""
        found: dict[tuple[int, int], str] = {}
        filled = 0
        for row in range(self.people.rowCount()):
            values = self._row(row)
            if not any(values):
                continue
            filled += 1
            for col, name in self._FIELDS.items():
                probe = {"family_name": "x", name: values[col] or (None if col > GIVEN else "")}
                try:
                    ApplicantInput(**probe).validated()
                except errors.ValidationFailed as exc:
                    found[(row, col)] = _plain(message_for(exc))
        if not filled:
            found[(0, FAMILY)] = self.tr("Mindestens eine Person eintragen.")
        return found

    def applicants(self) -> list[ApplicantInput]:
        """The rows as validated input; raises ValidationFailed naming the first problem."""
        problems = self.problems()
        if problems:
            (row, _col), text = min(problems.items())
            raise errors.ValidationFailed(message=self.tr("Person {n}: {problem}").format(
                n=row + 1, problem=text))
        return [ApplicantInput(
            family_name=values[FAMILY], given_name=values[GIVEN],
            birth_date=values[BIRTH] or None, nationality=values[NATIONALITY] or None,
            file_number=values[FILE_NUMBER] or None).validated()
            for values in map(self._row, range(self.people.rowCount())) if any(values)]

    def _row(self, row: int) -> list[str]:
        """A row's cells; the birth date as typed in the UI language's pattern is read
        into storage form (German and ISO input stay as typed)."""
        values = [self._cell(row, c) for c in range(5)]
        values[BIRTH] = birth_input(values[BIRTH]) if values[BIRTH] else ""
        return values

    def _mark(self, problems: dict[tuple[int, int], str]) -> None:
        wrong = QBrush(QColor("#ffd6d6"))
        for row in range(self.people.rowCount()):
            for col in range(5):
                item = self.people.item(row, col)
                if item is None:
                    item = QTableWidgetItem("")
                    self.people.setItem(row, col, item)
                text = problems.get((row, col))
                item.setBackground(wrong if text else QBrush())
                item.setToolTip(text or "")

    def service_point_id(self) -> int | None:
        return self.service_point.currentData()

    def service_id(self) -> int | None:
        return self.service.currentData()

    def _submit(self) -> None:
        problems = self.problems()
        self._mark(problems)
        if problems:
            headers = [self.people.horizontalHeaderItem(c).text() for c in range(5)]
            self.show_error("\n".join(
                self.tr("Person {n}, {field}: {problem}").format(
                    n=row + 1, field=headers[col], problem=text)
                for (row, col), text in sorted(problems.items())))
            row, col = min(problems)
            self.people.setFocus(Qt.FocusReason.OtherFocusReason)
            self.people.setCurrentCell(row, col)
            return
        self.error.hide()
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def renew_key(self) -> None:
        """After a definite failure the next attempt is a new action."""
        self.key = new_key()
