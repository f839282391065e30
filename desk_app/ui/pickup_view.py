"""Dokumentenausgabe: the screen for documents from the federal printer.

- A scan field for keyboard-mode scanners (digits, then Enter; typed by hand as well)
  opens the order: reference, document type, state, applicant, file number, dates and
  the collection point. A wrong check digit, an unknown reference or another collection
  point gets a clear message.
- "Aushändigen" opens a small dialog (the applicant / a parent for a child under 16 /
  another person with a power of attorney); the service decides, and a refusal stays in
  the dialog so the clerk can correct it. Afterwards the handover confirmation
  (Empfangsbestätigung) goes to the pluggable ``output``.
- "Eingang buchen" for the opened order, and a batch mode for the delivery: every scan
  books one arrival at once and the list below shows each result.
- The documents waiting at this service point (``PickupModel``, a table model with
  ``set_rows`` / ``update_rows`` / ``remove_rows`` and ``SORT_ROLE``), live through
  ``on_changes`` (entity ``document_order``).
- "Abholschein drucken" reprints the pickup slip of an open order, marked as a copy.

Embedding: ``PickupView(desk, parent, service_point_id=..., output=...)``; call
``start()`` (or ``set_service_point``) to load, forward the change feed to
``on_changes``, connect ``message(text, is_error)``, and ``await shutdown()`` on quit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, Awaitable, Callable, Hashable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy, QSplitter, QStackedWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget,
)

from desk_app.domain import errors
from desk_app.domain.clock import business_day, ensure_utc, to_local
from desk_app.domain.document_orders import (
    CHILD_AGE_LIMIT, OPEN_STATES, DocState, DocType, is_child,
)
from desk_app.domain.partial_date import InvalidPartialDate, PartialDate
from desk_app.domain.roles import Permission
from desk_app.domain.search_text import fold
from desk_app.printing.barcode import format_reference
from desk_app.services import document_orders as docs
from desk_app.services.database import DatabaseUnavailable
from desk_app.services.document_orders import DocumentOrderView

from .async_tools import ActionKeys, TaskSet
from .error_messages import message_for
from .dialogs.parts import keys_as_promised

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Shortcuts of this screen. They act only while the focus is inside the screen
#: (WidgetWithChildrenShortcut), and none of them is taken by the main window: hand-out
#: sits next to the counter's F8 (finish).
HAND_OUT_SHORTCUT = "Shift+F8"
ARRIVE_SHORTCUT = "Ctrl+B"
BATCH_SHORTCUT = "Ctrl+M"
SLIP_SHORTCUT = "Ctrl+D"

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

(COL_REFERENCE, COL_STATE, COL_NAME, COL_TYPE, COL_BIRTH, COL_FILE, COL_ARRIVED,
 COL_ORDERED) = range(8)
COLUMN_COUNT = 8

#: Background per state: arrived (ready to hand out) stands out, the rest stays quiet.
STATE_BACKGROUNDS = {
    DocState.ORDERED: "#f4f4f4",
    DocState.ARRIVED: "#c8e6c9",
    DocState.HANDED_OUT: "#ffffff",
    DocState.CANCELLED: "#ffffff",
    DocState.INVALIDATED: "#e0e0e0",
}
STATE_SYMBOLS = {
    DocState.ORDERED: "○", DocState.ARRIVED: "●", DocState.HANDED_OUT: "✓",
    DocState.CANCELLED: "⊘", DocState.INVALIDATED: "✗",
}
_STATE_RANK = {DocState.ARRIVED: 0, DocState.ORDERED: 1, DocState.HANDED_OUT: 2,
               DocState.CANCELLED: 3, DocState.INVALIDATED: 4}


ENTITY = docs.ENTITY

#: ``output(data, *, label, entity, entity_id, copy)`` -> where the document went; the
#: signature of desk_app.ui.document_output.DocumentOutput.output (printer or PDF).
DocumentOutputFn = Callable[..., Awaitable[Any]]


def default_output() -> DocumentOutputFn:
    """The window's path without a printer: a PDF under the data directory."""
    from desk_app.settings import data_dir

    from .document_output import DocumentOutput
    return DocumentOutput(None, data_dir() / "documents").output


def describe_output(result: Any, what: str) -> tuple[str, bool]:
    """A sentence for the clerk about where ``what`` went, and whether it is a problem."""
    job = getattr(result, "job", None)
    printer = getattr(result, "printer", None) or getattr(job, "printer", None) or ""
    if getattr(result, "failed", False) or getattr(job, "needs_attention", False):
        return translate("PickupView", "{what}: Druck an {printer} fehlgeschlagen ({error}). "
                                       "Siehe Druckaufträge.").format(
            what=what, printer=printer or "—",
            error=getattr(job, "error", None) or getattr(job, "status", "")), True
    path = getattr(result, "path", None)
    if path is not None:
        return translate("PickupView", "{what} als PDF gespeichert (kein Drucker eingerichtet): "
                                       "{path}").format(what=what, path=path), False
    if printer:
        return translate("PickupView", "{what} an {printer} gesendet.").format(
            what=what, printer=printer), False
    return translate("PickupView", "{what} erzeugt.").format(what=what), False


# -- labels ------------------------------------------------------------------------------
def doc_state_label(state: DocState) -> str:
    return {
        DocState.ORDERED: translate("PickupLabels", "Bestellt"),
        DocState.ARRIVED: translate("PickupLabels", "Eingetroffen"),
        DocState.HANDED_OUT: translate("PickupLabels", "Ausgehändigt"),
        DocState.CANCELLED: translate("PickupLabels", "Storniert"),
        DocState.INVALIDATED: translate("PickupLabels", "Vernichtet"),
    }[DocState(state)]


def doc_type_label(doc_type: DocType, *, short: bool = False) -> str:
    if DocType(doc_type) == DocType.EAT:
        return translate("PickupLabels", "eAT") if short else translate(
            "PickupLabels", "Elektronischer Aufenthaltstitel (eAT)")
    return translate("PickupLabels", "Reiseausweis")


def _date(value: dt.datetime | None) -> str:
    return to_local(value).strftime("%d.%m.%Y") if value is not None else ""


def _date_time(value: dt.datetime | None) -> str:
    return to_local(value).strftime("%d.%m.%Y %H:%M") if value is not None else "—"


def _birth(text: str | None) -> PartialDate | None:
    try:
        return PartialDate.from_storage(text)
    except InvalidPartialDate:
        return None


def birth_text(text: str | None) -> str:
    birth = _birth(text)
    return birth.format_de() if birth is not None else (text or "")


def pickup_message(exc: BaseException) -> str:
    """The clerk's message for what the document services raise (translated)."""
    if not isinstance(exc, errors.DomainError):
        return message_for(exc)
    p = exc.params
    code = exc.code
    if code == "reference_check_digit_wrong":
        return translate("PickupMessages", "Die Prüfziffer der Abholnummer {reference} stimmt "
                                           "nicht: bitte noch einmal scannen oder die Nummer "
                                           "Ziffer für Ziffer vergleichen.").format(
            reference=format_reference(str(p.get("reference", ""))))
    if code == "reference_malformed":
        return translate("PickupMessages", "Keine gültige Abholnummer: erwartet werden {length} "
                                           "Ziffern (gelesen: {read} Zeichen).").format(
            length=p.get("length", 12), read=p.get("length_read", "?"))
    if code == "reference_missing":
        return translate("PickupMessages", "Bitte den Barcode des Abholscheins scannen oder die "
                                           "Abholnummer eingeben.")
    if code == "not_found":
        return translate("PickupMessages", "Nicht gefunden: {what}.").format(
            what=p.get("what", ""))
    if code == "power_of_attorney_required":
        return translate("PickupMessages", "Abgelehnt: Abholung durch eine andere Person nur "
                                           "mit schriftlicher Vollmacht. Bitte die Vollmacht "
                                           "prüfen und bestätigen.")
    if code == "child_collected_by_parent":
        return translate("PickupMessages", "Abgelehnt: die antragstellende Person ist unter "
                                           "{limit} Jahre alt. Das Dokument holt ein Elternteil "
                                           "ab (oder eine Person mit Vollmacht der Eltern)."
                         ).format(limit=p.get("limit", CHILD_AGE_LIMIT))
    if code == "parent_only_for_children":
        return translate("PickupMessages", "Abgelehnt: die antragstellende Person ist nicht "
                                           "unter {limit} Jahre alt. Ein Elternteil braucht eine "
                                           "Vollmacht wie jede andere Person.").format(
            limit=p.get("limit", CHILD_AGE_LIMIT))
    if code == "collector_name_required":
        return translate("PickupMessages", "Bitte den Namen der abholenden Person angeben.")
    if code == "wrong_collection_point":
        return translate("PickupMessages", "Falscher Abholort: das Dokument {reference} liegt bei "
                                           "{sp} zur Abholung bereit.").format(
            reference=format_reference(str(p.get("reference", ""))),
            sp=p.get("service_point", ""))
    if code == "document_order_changed":
        return translate("PickupMessages", "Das Dokument {reference} wurde inzwischen an einem "
                                           "anderen Arbeitsplatz geändert (jetzt: {state}). Die "
                                           "Anzeige ist aktualisiert.").format(
            reference=format_reference(str(p.get("reference", ""))),
            state=_state_param(p))
    if code.startswith("cannot_document_") or code == "document_slip_not_available":
        return translate("PickupMessages", "Nicht möglich: das Dokument {reference} hat den "
                                           "Status „{state}“.").format(
            reference=format_reference(str(p.get("reference", ""))), state=_state_param(p))
    return message_for(exc)


def _state_param(params) -> str:
    try:
        return doc_state_label(DocState(params.get("state")))
    except ValueError:
        return str(params.get("state_de", ""))


# -- the table of documents waiting at this service point ---------------------------------
def column_titles() -> list[str]:
    titles = {
        COL_REFERENCE: translate("PickupModel", "Abholnummer"),
        COL_STATE: translate("PickupModel", "Status"),
        COL_NAME: translate("PickupModel", "Name"),
        COL_TYPE: translate("PickupModel", "Dokument"),
        COL_BIRTH: translate("PickupModel", "Geburtsdatum"),
        COL_FILE: translate("PickupModel", "Aktenzeichen"),
        COL_ARRIVED: translate("PickupModel", "Eingetroffen"),
        COL_ORDERED: translate("PickupModel", "Bestellt"),
    }
    return [titles[c] for c in range(COLUMN_COUNT)]


def _ts(value: dt.datetime | None) -> float:
    return ensure_utc(value).timestamp() if value is not None else 32503680000.0


def sort_key(v: DocumentOrderView, column: int) -> tuple:
    if column == COL_REFERENCE:
        return (v.reference,)
    if column == COL_TYPE:
        return (v.doc_type.value, v.id)
    if column == COL_NAME:
        return (fold(v.family_name), fold(v.given_name), v.id)
    if column == COL_BIRTH:
        b = _birth(v.birth_date)
        return ((b.year, b.month or 0, b.day or 0) if b else (9999, 0, 0), v.id)
    if column == COL_FILE:
        return (v.file_number or "\uffff", v.id)
    if column == COL_STATE:
        return (_STATE_RANK[v.state], _ts(v.arrived_at if v.state == DocState.ARRIVED
                                           else v.ordered_at), v.id)
    if column == COL_ORDERED:
        return (_ts(v.ordered_at), v.id)
    if column == COL_ARRIVED:
        return (_ts(v.arrived_at), v.id)
    return (v.id,)


def sort_value(v: DocumentOrderView, column: int):
    """One comparable scalar per cell (``SORT_ROLE``)."""
    key = sort_key(v, column)
    if column == COL_STATE:
        return key[0] * 1e11 + key[1]
    first = key[0]
    if isinstance(first, tuple):
        return first[0] * 10000 + first[1] * 100 + first[2]
    return first


class PickupModel(QAbstractTableModel):
    """Document orders as rows; row updates never reset the model."""

    countsChanged = Signal()

    def __init__(self, now: Callable[[], dt.datetime] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: list[DocumentOrderView] = []
        self._row_of: dict[int, int] = {}
        self._sort_column = COL_STATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._titles = column_titles()
        self._brushes = {s: QBrush(QColor(c)) for s, c in STATE_BACKGROUNDS.items()}
        self._dark = QBrush(QColor("#111111"))
        self._bold = QFont()
        self._bold.setBold(True)

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def order_at(self, row: int) -> DocumentOrderView:
        return self._rows[row]

    def order(self, order_id: int) -> DocumentOrderView | None:
        row = self._row_of.get(order_id)
        return None if row is None else self._rows[row]

    def row_of(self, order_id: int) -> int | None:
        return self._row_of.get(order_id)

    def orders(self) -> list[DocumentOrderView]:
        return list(self._rows)

    def ids(self) -> list[int]:
        return [v.id for v in self._rows]

    def counts(self) -> dict[DocState, int]:
        out: dict[DocState, int] = {}
        for v in self._rows:
            out[v.state] = out.get(v.state, 0) + 1
        return out

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        v = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(v, column)
        if role == SORT_ROLE:
            return sort_value(v, column)
        if role == ID_ROLE:
            return v.id
        if role == STATE_ROLE:
            return v.state.value
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[v.state]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._dark
        if role == Qt.ItemDataRole.FontRole and v.state == DocState.ARRIVED \
                and column == COL_STATE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TYPE:
                return doc_type_label(v.doc_type)
            if column == COL_ARRIVED and v.arrived_at is not None and self._now is not None:
                days = (business_day(self._now()) - business_day(v.arrived_at)).days
                return translate("PickupModel", "Liegt seit {days} Tagen bereit").format(
                    days=days)
        return None

    def _display(self, v: DocumentOrderView, column: int) -> str:
        if column == COL_REFERENCE:
            return format_reference(v.reference)
        if column == COL_TYPE:
            return doc_type_label(v.doc_type, short=True)
        if column == COL_NAME:
            return v.display_name
        if column == COL_BIRTH:
            return birth_text(v.birth_date)
        if column == COL_FILE:
            return v.file_number or ""
        if column == COL_STATE:
            return f"{STATE_SYMBOLS[v.state]} {doc_state_label(v.state)}"
        if column == COL_ORDERED:
            return _date(v.ordered_at)
        if column == COL_ARRIVED:
            return _date(v.arrived_at)
        return ""

    # -- writing -------------------------------------------------------------------------
    def set_rows(self, views: Iterable[DocumentOrderView]) -> None:
        """Replaces all rows (one reset: the first load, another service point)."""
        self.beginResetModel()
        self._rows = self._sorted(list(views))
        self._reindex()
        self.endResetModel()
        self.countsChanged.emit()

    def update_rows(self, views: Iterable[DocumentOrderView]) -> None:
        """Replaces known orders in place (an older read never overwrites a newer one) and
        appends new ones; keeps the sort order without a reset."""
        new: list[DocumentOrderView] = []
        touched = False
        for v in views:
            row = self._row_of.get(v.id)
            if row is None:
                if all(n.id != v.id for n in new):
                    new.append(v)
                continue
            old = self._rows[row]
            if old == v or v.version < old.version:
                continue
            self._rows[row] = v
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
            touched = True
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for v in new:
                self._row_of[v.id] = len(self._rows)
                self._rows.append(v)
            self.endInsertRows()
            touched = True
        if touched:
            self._apply_order()
            self.countsChanged.emit()

    def remove_rows(self, ids: Iterable[int]) -> None:
        rows = sorted({self._row_of[i] for i in ids if i in self._row_of}, reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._rows.pop(row)
            self.endRemoveRows()
        if rows:
            self._reindex()
            self.countsChanged.emit()

    # -- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column = column
        self._sort_order = order
        self._apply_order()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _sorted(self, rows: list[DocumentOrderView]) -> list[DocumentOrderView]:
        column = self._sort_column
        return sorted(rows, key=lambda v: sort_key(v, column),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _reindex(self) -> None:
        self._row_of = {v.id: i for i, v in enumerate(self._rows)}

    def _apply_order(self) -> None:
        ordered = self._sorted(self._rows)
        if [v.id for v in ordered] == [v.id for v in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[p.row()].id for p in old_persistent]
        self._rows = ordered
        self._reindex()
        self.changePersistentIndexList(
            old_persistent, [self.index(self._row_of[i], p.column())
                             for i, p in zip(old_ids, old_persistent)])
        self.layoutChanged.emit()


# -- the hand-out dialog -------------------------------------------------------------------
class HandOutDialog(QDialog):
    """Who collects: the applicant, a parent (child under 16) or another person with a
    power of attorney. ``submitted`` asks the view to try; the service decides, and a
    refusal is shown here (``show_error``) so the clerk can correct and try again."""

    submitted = Signal()

    APPLICANT, PARENT, OTHER = "applicant", "parent", "other"

    def __init__(self, parent: QWidget, order: DocumentOrderView, *, child: bool) -> None:
        super().__init__(parent)
        self.setObjectName("handOutDialog")
        self.setWindowTitle(self.tr("Dokument aushändigen"))
        self.setMinimumWidth(480)
        self.order = order
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("{doc} {reference} für {name} (geb. {birth})").format(
            doc=doc_type_label(order.doc_type, short=True),
            reference=format_reference(order.reference), name=order.display_name,
            birth=birth_text(order.birth_date) or "—"))
        head.setObjectName("handOutHeading")
        head.setTextFormat(Qt.TextFormat.PlainText)   # the name: never markup
        head.setWordWrap(True)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        layout.addWidget(head)
        check = QLabel(self.tr("Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder "
                               "Fiktionsbescheinigung{pin}.").format(
            pin=self.tr(", PIN-Brief") if order.doc_type == DocType.EAT else ""))
        check.setWordWrap(True)
        layout.addWidget(check)

        box = QGroupBox(self.tr("Wer holt ab?"))
        box_layout = QVBoxLayout(box)
        self.who = QButtonGroup(self)
        self.applicant = QRadioButton(self.tr("Die antragstellende Person selbst"))
        self.applicant.setObjectName("collectApplicant")
        self.parent_ = QRadioButton(self.tr("Ein Elternteil (Kind unter {limit} Jahren)").format(
            limit=CHILD_AGE_LIMIT))
        self.parent_.setObjectName("collectParent")
        self.other = QRadioButton(self.tr("Eine andere Person (mit Vollmacht)"))
        self.other.setObjectName("collectOther")
        for b in (self.applicant, self.parent_, self.other):
            self.who.addButton(b)
            box_layout.addWidget(b)
        layout.addWidget(box)
        if child:
            note = QLabel(self.tr("Die antragstellende Person ist unter {limit} Jahre alt.").format(
                limit=CHILD_AGE_LIMIT))
            note.setObjectName("childNote")
            note.setStyleSheet("color: #6a4a00; font-weight: bold;")
            layout.addWidget(note)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("collectorName")
        self.name.setPlaceholderText(self.tr("Vor- und Familienname wie im Ausweis"))
        name_label = QLabel(self.tr("&Name der abholenden Person:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        layout.addLayout(form)
        self.power = QCheckBox(self.tr("Schriftliche &Vollmacht liegt vor und wurde geprüft"))
        self.power.setObjectName("powerOfAttorney")
        layout.addWidget(self.power)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Aushändigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        keys_as_promised(self, self.ok)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.who.buttonToggled.connect(lambda _b, _on: self._update())
        (self.parent_ if child else self.applicant).setChecked(True)
        self._update()

    def mode(self) -> str:
        if self.parent_.isChecked():
            return self.PARENT
        if self.other.isChecked():
            return self.OTHER
        return self.APPLICANT

    def set_mode(self, mode: str) -> None:
        {self.APPLICANT: self.applicant, self.PARENT: self.parent_,
         self.OTHER: self.other}[mode].setChecked(True)

    def _update(self) -> None:
        someone_else = self.mode() != self.APPLICANT
        self.name.setEnabled(someone_else)
        # a parent of a child needs no power of attorney, but may bring one (the domain
        # reads it as "person with a power of attorney from the parents")
        self.power.setEnabled(someone_else)
        if self.mode() == self.OTHER and not self.name.text():
            self.name.setFocus()

    def pickup(self) -> dict[str, Any]:
        """The keyword arguments for ``hand_out``."""
        mode = self.mode()
        if mode == self.APPLICANT:
            return {"collected_by": None, "power_of_attorney": False, "by_parent": False}
        return {"collected_by": self.name.text().strip(),
                "power_of_attorney": self.power.isChecked(),
                "by_parent": mode == self.PARENT}

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.ok.setEnabled(not busy)

    def _submit(self) -> None:
        self.error.hide()
        self.submitted.emit()


# -- the screen ------------------------------------------------------------------------------
class PickupView(QWidget):
    #: A message for the clerk: (text, is_error).
    message = Signal(str, bool)
    #: The opened order changed (DocumentOrderView or None).
    orderChanged = Signal(object)

    def __init__(self, desk, parent: QWidget | None = None, *,
                 service_point_id: int | None = None,
                 output: DocumentOutputFn | None = None, office_name: str = "",
                 service_point_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pickupView")
        self.desk = desk
        self.service_point_id = service_point_id
        self.service_point_name = service_point_name
        self.output = output or default_output()
        self.office_name = office_name
        self.tasks = TaskSet()
        self.keys = ActionKeys()
        self.order: DocumentOrderView | None = None
        self.active_dialog: QDialog | None = None
        self.last_output: Any = None
        self.last_message = ""
        self.last_error = False
        self._writable = not getattr(desk, "read_only", False)
        self._in_flight: set[Hashable] = set()
        self._lookup_seq = 0
        self._batch_seq = 0
        self._handover_unprinted: set[int] = set()
        self._loaded = False
        self._applying = False
        self.model = PickupModel(now=desk.ctx.now, parent=self)
        self._build_actions()
        self._build_ui()
        self.model.countsChanged.connect(self._update_title)
        self._show_order(None)
        from .booking.hooks import install_pickup_appointment  # the appointment book (issue 15)
        install_pickup_appointment(self)

    # -- construction --------------------------------------------------------------------
    def _make_action(self, name: str, text: str, shortcut: str, help_text: str,
                     slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(f"{text}  [{native}]")
        action.setToolTip(f"{text} ({native})\n{help_text}")
        action.setStatusTip(help_text)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.hand_out_action = self._make_action(
            "action_hand_out", self.tr("Aushändigen"), HAND_OUT_SHORTCUT,
            self.tr("Das eingetroffene Dokument aushändigen und die Empfangsbestätigung "
                    "drucken."), self.open_hand_out)
        self.arrive_action = self._make_action(
            "action_arrive", self.tr("Eingang buchen"), ARRIVE_SHORTCUT,
            self.tr("Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen."),
            self.mark_arrived)
        self.slip_action = self._make_action(
            "action_pickup_slip", self.tr("Abholschein drucken"), SLIP_SHORTCUT,
            self.tr("Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie)."),
            self.print_slip)
        self.handover_action = self._make_action(
            "action_handover_print", self.tr("Empfangsbestätigung drucken"), "Ctrl+Shift+D",
            self.tr("Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken "
                    "(Kopie)."), self.print_handover_again)
        self.batch_action = self._make_action(
            "action_batch", self.tr("Lieferung erfassen"), BATCH_SHORTCUT,
            self.tr("Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der "
                    "Lieferung."), lambda: self.set_batch_mode(not self.batch_mode()))
        self.batch_action.setCheckable(True)

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(button.sizePolicy().horizontalPolicy(),
                             button.sizePolicy().verticalPolicy())
        return button

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.heading = QLabel()
        self.heading.setObjectName("pickupHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.heading.setFont(big)
        layout.addWidget(self.heading)

        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("&Abholnummer:"))
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr("Barcode scannen oder 12 Ziffern eingeben, "
                                             "dann Enter"))
        self.scan.setMaxLength(40)
        self.scan.setClearButtonEnabled(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.scan.setFont(mono)
        scan_label.setBuddy(self.scan)
        self.scan.returnPressed.connect(self._scan_entered)
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.open_button.setObjectName("openButton")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._scan_entered)
        self.batch_button = self._button(self.batch_action, "batchButton")
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.open_button)
        scan_row.addSpacing(12)
        scan_row.addWidget(self.batch_button)
        layout.addLayout(scan_row)

        self.info = QLabel()
        self.info.setObjectName("pickupMessage")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setMargin(6)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.hide()
        layout.addWidget(self.info)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.left = QStackedWidget()
        self.left.addWidget(self._build_order_panel())
        self.left.addWidget(self._build_batch_panel())
        splitter.addWidget(self.left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel()
        self.table_title.setObjectName("pendingTitle")
        self.table_title.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(self.table_title)
        self.table = QTableView()
        self.table.setObjectName("pendingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.activated.connect(lambda index: self._row_chosen(index, QModelIndex()))
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 880])     # the list needs the room; the record wraps
        layout.addWidget(splitter, 1)
        self._update_title()

    def _build_order_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("orderPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        self.reference_label = QLabel("—")
        self.reference_label.setObjectName("referenceLabel")
        big = QFont("DejaVu Sans Mono")
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setPointSizeF(self.font().pointSizeF() * 1.8)
        big.setBold(True)
        self.reference_label.setFont(big)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reference_label)
        self.state_label = QLabel()
        self.state_label.setObjectName("orderState")
        self.state_label.setMargin(4)
        self.state_label.setAutoFillBackground(True)
        layout.addWidget(self.state_label)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, title in (
            ("doc_type", self.tr("Dokument:")),
            ("name", self.tr("Name:")),
            ("birth", self.tr("Geburtsdatum:")),
            ("file_number", self.tr("Aktenzeichen:")),
            ("ordered", self.tr("Bestellt am:")),
            ("arrived", self.tr("Eingetroffen am:")),
            ("handed_out", self.tr("Ausgehändigt am:")),
            ("collected_by", self.tr("Abgeholt von:")),
            ("card_number", self.tr("Dokumentennr.:")),
            ("service_point", self.tr("Abholort:")),
        ):
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(QLabel(title), value)
        layout.addLayout(form)
        self.bring = QLabel()
        self.bring.setObjectName("bringNote")
        self.bring.setWordWrap(True)
        layout.addWidget(self.bring)
        layout.addStretch(1)
        buttons = QGridLayout()
        self.hand_out_button = self._button(self.hand_out_action, "handOutButton")
        self.hand_out_button.setStyleSheet("font-weight: bold;")
        self.arrive_button = self._button(self.arrive_action, "arriveButton")
        self.slip_button = self._button(self.slip_action, "slipButton")
        self.handover_button = self._button(self.handover_action, "handoverButton")
        for i, b in enumerate((self.hand_out_button, self.arrive_button, self.slip_button,
                               self.handover_button)):
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b, i // 2, i % 2)
        layout.addLayout(buttons)
        return panel

    def _build_batch_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("batchPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        title = QLabel(self.tr("Lieferung der Bundesdruckerei erfassen"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(self.tr("Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der "
                              "Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe."
                              ).format(key=QKeySequence(BATCH_SHORTCUT).toString(
                                  QKeySequence.SequenceFormat.NativeText)))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.batch_list = QListWidget()
        self.batch_list.setObjectName("batchList")
        self.batch_list.setAlternatingRowColors(True)
        layout.addWidget(self.batch_list, 1)
        row = QHBoxLayout()
        self.batch_summary = QLabel()
        self.batch_summary.setObjectName("batchSummary")
        self.batch_summary.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.batch_summary, 1)
        clear = QPushButton(self.tr("Liste leeren"))
        clear.setObjectName("batchClear")
        clear.setAutoDefault(False)
        clear.clicked.connect(self.clear_batch)
        row.addWidget(clear)
        layout.addLayout(row)
        self._update_batch_summary()
        return panel

    # -- public API ----------------------------------------------------------------------
    def start(self) -> asyncio.Task:
        """Loads the documents waiting at the service point."""
        return self.tasks.spawn(self.reload(), "pickup-reload")

    def set_service_point(self, service_point_id: int | None, name: str | None = None) -> None:
        if name is not None:
            self.service_point_name = name
        if service_point_id == self.service_point_id and self._loaded:
            return
        self.service_point_id = service_point_id
        self.model.set_rows([])
        self._update_title()
        self._update_actions()
        self.start()

    def set_writable(self, writable: bool) -> None:
        """Offline or read-only: the screen keeps showing, the actions are disabled."""
        self._writable = bool(writable)
        self._update_actions()

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def batch_mode(self) -> bool:
        return self.left.currentIndex() == 1

    def set_batch_mode(self, on: bool) -> None:
        self.left.setCurrentIndex(1 if on else 0)
        self.info.hide()           # the last message belonged to the other mode
        self.batch_action.setChecked(on)
        self.scan.setPlaceholderText(
            self.tr("Lieferung: Barcode scannen – der Eingang wird sofort gebucht") if on else
            self.tr("Barcode scannen oder 12 Ziffern eingeben, dann Enter"))
        self.scan.setStyleSheet("QLineEdit { background: #fff8e1; }" if on else "")
        self._update_actions()
        self.focus_scan()

    async def shutdown(self) -> None:
        if self.active_dialog is not None:
            self.active_dialog.reject()
        await self.tasks.cancel_all()

    # -- messages ------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        self.last_message = text
        self.last_error = error
        self.info.setText(text)
        self.info.setStyleSheet(
            "background: #fde0e0; color: #111; border: 2px solid #b00020; font-weight: bold;"
            if error else "background: #e3f0ff; color: #111; border: 1px solid #2a5c9a;")
        self.info.show()
        self.message.emit(text, error)

    def _update_title(self) -> None:
        sp = self.service_point_name or (
            self.tr("Dienststelle {id}").format(id=self.service_point_id)
            if self.service_point_id is not None else self.tr("keine Dienststelle gewählt"))
        self.heading.setText(self.tr("Dokumentenausgabe – {sp}").format(sp=sp))
        counts = self.model.counts()
        self.table_title.setText(self.tr("Zur Abholung hier: {arrived} eingetroffen, "
                                         "{ordered} bestellt").format(
            arrived=counts.get(DocState.ARRIVED, 0), ordered=counts.get(DocState.ORDERED, 0)))

    # -- the opened order ----------------------------------------------------------------
    def _here(self, v: DocumentOrderView) -> bool:
        return self.service_point_id is None or v.collect_service_point_id == self.service_point_id

    def _today(self) -> dt.date:
        return business_day(self.desk.ctx.now())

    def _show_order(self, v: DocumentOrderView | None) -> None:
        self.order = v
        if v is None:
            self.reference_label.setText("—")
            self.state_label.setText(self.tr("Kein Dokument geöffnet. Abholschein scannen oder "
                                             "eine Zeile der Liste wählen."))
            self.state_label.setStyleSheet("")
            for f in self.fields.values():
                f.setText("")
            self.bring.setText("")
        else:
            self.reference_label.setText(format_reference(v.reference))
            self.state_label.setText(f"{STATE_SYMBOLS[v.state]} {doc_state_label(v.state)}")
            self.state_label.setStyleSheet(
                f"background: {STATE_BACKGROUNDS[v.state]}; color: #111; font-weight: bold;"
                " border: 1px solid #888;")
            birth = _birth(v.birth_date)
            birth_shown = birth.format_de() if birth else self.tr("unbekannt")
            if birth is not None:
                age = birth.age_on(self._today())
                birth_shown += " " + self.tr("({age} Jahre)").format(age=age)
                if is_child(birth, self._today()):
                    birth_shown += " – " + self.tr("Kind unter {limit}: Abholung durch ein "
                                                   "Elternteil").format(limit=CHILD_AGE_LIMIT)
            values = {
                "doc_type": doc_type_label(v.doc_type),
                "name": v.display_name,
                "birth": birth_shown,
                "file_number": v.file_number or "—",
                "ordered": _date(v.ordered_at),
                "arrived": _date(v.arrived_at) or "—",
                "handed_out": _date_time(v.handed_out_at),
                "collected_by": (v.collected_by or self.tr("der antragstellenden Person selbst")
                                 if v.state == DocState.HANDED_OUT else "—"),
                "card_number": v.card_number or "—",
                "service_point": v.collect_service_point_name,
            }
            for key, text in values.items():
                self.fields[key].setText(text)
            here = self._here(v)
            self.fields["service_point"].setStyleSheet(
                "" if here else "color: #b00020; font-weight: bold;")
            if v.state == DocState.ARRIVED and here:
                self.bring.setText(self.tr("Mitzubringen: Pass, bisheriges Dokument oder "
                                           "Fiktionsbescheinigung{pin}; bei Abholung durch "
                                           "andere Personen eine Vollmacht.").format(
                    pin=self.tr(", PIN-Brief") if v.doc_type == DocType.EAT else ""))
            else:
                self.bring.setText("")
        self._update_actions()
        self.orderChanged.emit(v)

    def _permitted(self) -> bool:
        ctx = self.desk.ctx
        return ctx.policy.allows(ctx.actor.role, Permission.SERVE)

    def _update_actions(self) -> None:
        v = self.order
        ok = self._writable and self._permitted()
        busy = v is not None and any(i[1] == v.id for i in self._in_flight
                                     if isinstance(i, tuple) and len(i) > 1)
        self.hand_out_action.setEnabled(bool(
            ok and v is not None and v.state == DocState.ARRIVED and self._here(v) and not busy))
        self.arrive_action.setEnabled(bool(ok and v is not None and v.state == DocState.ORDERED
                                           and not busy))
        self.slip_action.setEnabled(v is not None and v.state in OPEN_STATES)
        # the collector's name is stored with the order: any hand-out can be printed again
        known = v is not None and v.state == DocState.HANDED_OUT
        self.handover_action.setEnabled(known)
        self.handover_button.setVisible(known)
        self.batch_action.setEnabled(ok)
        if v is not None and v.state == DocState.ARRIVED and not self._here(v):
            self.hand_out_button.setToolTip(self.tr("Dieses Dokument wird bei {sp} ausgegeben, "
                                                    "nicht hier.").format(
                sp=v.collect_service_point_name))
        else:
            self.hand_out_button.setToolTip(self.hand_out_action.toolTip())

    # -- loading -------------------------------------------------------------------------
    async def reload(self) -> None:
        sp = self.service_point_id
        if sp is None:
            self.model.set_rows([])
            self._loaded = True
            return
        try:
            rows = await self.desk.read(docs.pending_at_service_point, sp)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # DatabaseUnavailable, DomainError, or a bug
            if not isinstance(exc, (DatabaseUnavailable, errors.DomainError)):
                log.exception("pickup list failed")
            self.show_message(pickup_message(exc), True)
            return
        if sp != self.service_point_id:
            return   # the service point changed meanwhile; its own load follows
        self.model.set_rows(rows)
        self._loaded = True
        self._update_title()

    def _accepts(self, v: DocumentOrderView) -> bool:
        return (self.service_point_id is not None and v.state in OPEN_STATES
                and v.collect_service_point_id == self.service_point_id)

    def apply_views(self, views: Sequence[DocumentOrderView], missing: Iterable[int] = ()) -> None:
        """Brings changed orders into the list and the opened record (row updates)."""
        views = [v for v in views if v is not None]
        # rows moving or leaving must not open another record (Qt moves the current
        # index to a neighbour when its row goes)
        self._applying = True
        try:
            self.model.update_rows([v for v in views if self._accepts(v)])
            self.model.remove_rows([v.id for v in views if not self._accepts(v)] + list(missing))
        finally:
            self._applying = False
        current = self.order
        if current is not None:
            for v in views:
                if v.id == current.id and v.version >= current.version and v != current:
                    self._show_order(v)
            self._select_row(self.order.id)
        self._update_title()

    async def on_changes(self, records) -> None:
        """The change feed: refreshes the orders named by ``document_order`` records."""
        ids = sorted({r.entity_id for r in records if r.entity == docs.ENTITY})
        if not ids:
            return
        views, missing = await self.desk.read(_orders_by_id, ids)
        self.apply_views(views, missing)

    # -- scanning ------------------------------------------------------------------------
    def _scan_entered(self) -> None:
        text = self.scan.text()
        if not text.strip():
            return
        self.scan.clear()
        if self.batch_mode():
            self._arrive_scanned(text)
        else:
            self._lookup_seq += 1
            self.tasks.spawn(self.open_scan(text, self._lookup_seq), "pickup-scan")

    async def open_scan(self, text: str, seq: int | None = None) -> DocumentOrderView | None:
        """Opens the order of a scanned or typed reference, with a clear message."""
        try:
            reference = docs.parse_scan(text)       # the check digit, before any database
            found = await self.desk.read(docs.find_by_scan, reference)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if seq is not None and seq != self._lookup_seq:
                return None
            if not isinstance(exc, (DatabaseUnavailable, errors.DomainError)):
                log.exception("scan lookup failed")
            self.show_message(pickup_message(exc), True)
            self.focus_scan()
            return None
        if seq is not None and seq != self._lookup_seq:
            return None   # a newer scan overtook this one
        self.open_order(found)
        self.focus_scan()
        return found

    def open_order(self, v: DocumentOrderView) -> None:
        self._show_order(v)
        self._select_row(v.id)
        text, error = self._status_text(v)
        self.show_message(text, error)

    def _status_text(self, v: DocumentOrderView) -> tuple[str, bool]:
        ref = format_reference(v.reference)
        if v.state == DocState.ARRIVED and not self._here(v):
            return self.tr("Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung "
                           "bereit, nicht hier.").format(ref=ref, name=v.display_name,
                                                         sp=v.collect_service_point_name), True
        if v.state == DocState.ARRIVED:
            key = QKeySequence(HAND_OUT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            return self.tr("{ref} ({name}) liegt bereit: mit {key} aushändigen.").format(
                ref=ref, name=v.display_name, key=key), False
        if v.state == DocState.ORDERED:
            return self.tr("{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).").format(
                ref=ref, name=v.display_name, date=_date(v.ordered_at)), True
        if v.state == DocState.HANDED_OUT:
            return self.tr("{ref} ({name}) wurde bereits am {when} ausgehändigt.").format(
                ref=ref, name=v.display_name, when=_date_time(v.handed_out_at)), True
        return self.tr("{ref} ({name}): {state}. Nicht mehr auszuhändigen.").format(
            ref=ref, name=v.display_name, state=doc_state_label(v.state)), True

    def _select_row(self, order_id: int) -> None:
        """Marks the opened order in the list (or nothing) without reopening it."""
        row = self.model.row_of(order_id)
        selection = self.table.selectionModel()
        was, self._applying = self._applying, True
        try:
            if row is None:
                selection.clear()
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                      | selection.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._applying = was

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._applying:
            v = self.model.order_at(current.row())
            if self.order is None or self.order.id != v.id or v.version > self.order.version:
                self._show_order(v)

    # -- running an action ---------------------------------------------------------------
    async def _perform(self, ident: Hashable, call: Callable[[str], Awaitable[Any]],
                       *, on_error: Callable[[str, BaseException], None] | None = None) -> Any:
        """Runs a service call with the action's idempotency key: kept after
        DatabaseUnavailable (a retry re-sends it), dropped once the outcome is definite."""
        if ident in self._in_flight:
            return None
        key = self.keys.key_for(ident)
        self._in_flight.add(ident)
        self._update_actions()
        show = on_error or (lambda text, _exc: self.show_message(text, True))
        try:
            return_value = await call(key)
        except asyncio.CancelledError:
            raise
        except DatabaseUnavailable as exc:
            show(pickup_message(exc), exc)
            return None
        except errors.DomainError as exc:
            self.keys.done(ident)
            show(pickup_message(exc), exc)
            if isinstance(exc, errors.ConcurrentModification) and isinstance(ident[1], int):
                self.tasks.spawn(self._refresh([ident[1]]), "pickup-refresh")
            return None
        except Exception as exc:
            self.keys.done(ident)
            log.exception("pickup action %s failed", ident[0])
            show(pickup_message(exc), exc)
            return None
        finally:
            self._in_flight.discard(ident)
            self._update_actions()
        self.keys.done(ident)
        return return_value

    async def _refresh(self, ids: list[int]) -> None:
        try:
            views, missing = await self.desk.read(_orders_by_id, ids)
        except (DatabaseUnavailable, errors.DomainError):
            return
        self.apply_views(views, missing)

    # -- hand-out ------------------------------------------------------------------------
    def open_hand_out(self) -> HandOutDialog | None:
        v = self.order
        if v is None or not self.hand_out_action.isEnabled() or self.active_dialog is not None:
            return None
        dialog = HandOutDialog(self, v, child=is_child(_birth(v.birth_date), self._today()))
        dialog.submitted.connect(lambda: self.tasks.spawn(self._hand_out(dialog), "hand-out"))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        self.focus_scan()

    async def _hand_out(self, dialog: HandOutDialog) -> None:
        v = dialog.order
        pickup = dialog.pickup()
        dialog.set_busy(True)
        try:
            done = await self._perform(
                ("hand_out", v.id),
                lambda key: self.desk.write(docs.hand_out, self.desk.ctx, v.id, key=key,
                                            expected_version=v.version, **pickup),
                on_error=lambda text, _exc: dialog.show_error(text))
        finally:
            dialog.set_busy(False)
        if done is None:
            return
        dialog.accept()
        collected_by = pickup["collected_by"]
        self.apply_views([done])
        self._show_order(done)
        who = collected_by or done.display_name
        self.show_message(self.tr("{ref} an {who} ausgehändigt{replayed}.").format(
            ref=format_reference(done.reference), who=who,
            replayed=self.tr(" (war bereits gespeichert)") if done.replayed else ""), False)
        await self.print_handover(done.id, copy=False)

    async def print_handover(self, order_id: int, *, copy: bool) -> Any:
        what = self.tr("Empfangsbestätigung")
        try:
            data = await self.desk.read(docs.handover_data, order_id,
                                        office_name=self.office_name)
            result = await self.output(data, label=data.reference, entity=ENTITY,
                                       entity_id=order_id, copy=copy)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not isinstance(exc, (DatabaseUnavailable, errors.DomainError)):
                log.exception("handover confirmation failed")
            self._handover_unprinted.add(order_id)
            self._update_actions()
            self.show_message(self.tr("Die Empfangsbestätigung konnte nicht erzeugt werden: "
                                      "{why} Mit „Empfangsbestätigung drucken“ erneut "
                                      "versuchen.").format(why=pickup_message(exc)), True)
            return None
        self._handover_unprinted.discard(order_id)
        self.last_output = result
        text, error = describe_output(result, what)
        self.show_message(text, error)
        return result

    def print_handover_again(self) -> None:
        v = self.order
        if v is None or v.state != DocState.HANDED_OUT:
            return
        copy = v.id not in self._handover_unprinted
        self.tasks.spawn(self.print_handover(v.id, copy=copy), "handover-print")

    # -- arrivals ------------------------------------------------------------------------
    def mark_arrived(self) -> None:
        v = self.order
        if v is None or not self.arrive_action.isEnabled():
            return

        async def run():
            done = await self._perform(
                ("arrive", v.id),
                lambda key: self.desk.write(docs.mark_arrived, self.desk.ctx, v.id, key=key,
                                            expected_version=v.version))
            if done is not None:
                self.apply_views([done])
                self._show_order(done)
                text, error = self._status_text(done)
                self.show_message(self.tr("Eingang gebucht. ") + text, error)
        self.tasks.spawn(run(), "arrive")

    def _arrive_scanned(self, text: str) -> None:
        self._batch_seq += 1
        seq = self._batch_seq
        shown = "".join(text.split())
        item = QListWidgetItem(self.tr("… {ref}: wird gebucht").format(
            ref=format_reference(shown) if shown.isdigit() else shown))
        item.setData(Qt.ItemDataRole.UserRole, None)
        self.batch_list.insertItem(0, item)
        self.batch_list.scrollToTop()
        self.tasks.spawn(self._arrive_one(text, item, seq), "arrive-batch")

    def _set_item(self, item: QListWidgetItem, ok: bool, text: str) -> None:
        item.setText(("✓ " if ok else "✗ ") + text)
        item.setData(Qt.ItemDataRole.UserRole, "arrived" if ok else "problem")
        item.setForeground(QBrush(QColor("#1b5e20" if ok else "#b00020")))
        font = item.font()
        font.setBold(not ok)
        item.setFont(font)
        self._update_batch_summary()

    async def _arrive_one(self, text: str, item: QListWidgetItem, seq: int) -> None:
        try:
            reference = docs.parse_scan(text)
        except errors.DomainError as exc:
            self._set_item(item, False, pickup_message(exc))
            return
        ref = format_reference(reference)
        result = await self._perform(
            ("arrive_scan", reference, seq),
            lambda key: self.desk.write(docs.mark_arrived_batch, self.desk.ctx, [reference],
                                        key=key),
            on_error=lambda msg, _exc: self._set_item(item, False, f"{ref}: {msg}"))
        if result is None:
            return
        if result.arrived:
            v = result.arrived[0]
            text = self.tr("{ref}: eingetroffen – {doc}, {name}").format(
                ref=ref, doc=doc_type_label(v.doc_type, short=True), name=v.display_name)
            if not self._here(v):
                text += " " + self.tr("(Abholung bei {sp})").format(sp=v.collect_service_point_name)
            self._set_item(item, True, text)
            self.apply_views(list(result.arrived))
        else:
            problem = result.problems[0] if result.problems else None
            self._set_item(item, False, f"{ref}: " + _problem_text(problem))

    def clear_batch(self) -> None:
        self.batch_list.clear()
        self._update_batch_summary()

    def batch_results(self) -> list[tuple[str, str | None]]:
        """(text, "arrived" / "problem" / None while running), newest first."""
        return [(self.batch_list.item(i).text(),
                 self.batch_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.batch_list.count())]

    def _update_batch_summary(self) -> None:
        results = [r for _t, r in self.batch_results()] if hasattr(self, "batch_list") else []
        self.batch_summary.setText(self.tr("Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}"
                                           ).format(n=len(results),
                                                    ok=results.count("arrived"),
                                                    bad=results.count("problem")))

    # -- pickup slip -----------------------------------------------------------------------
    def print_slip(self) -> None:
        v = self.order
        if v is None or not self.slip_action.isEnabled():
            return
        self.tasks.spawn(self.reprint_slip(v.id), "pickup-slip")

    async def reprint_slip(self, order_id: int) -> Any:
        try:
            data = await self.desk.read(docs.pickup_slip_data, order_id,
                                        office_name=self.office_name, copy=True)
            result = await self.output(data, label=data.reference, entity=ENTITY,
                                       entity_id=order_id, copy=True)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not isinstance(exc, (DatabaseUnavailable, errors.DomainError)):
                log.exception("pickup slip failed")
            self.show_message(self.tr("Der Abholschein konnte nicht erzeugt werden: {why}"
                                      ).format(why=pickup_message(exc)), True)
            return None
        self.last_output = result
        text, error = describe_output(result, self.tr("Abholschein (Kopie)"))
        self.show_message(text, error)
        return result


def _problem_text(problem) -> str:
    """An ArrivalProblem as the clerk reads it (the domain's German text as fallback)."""
    if problem is None:
        return translate("PickupView", "nicht gebucht")
    if problem.code == "not_found":
        return translate("PickupView", "unbekannte Abholnummer")
    if problem.code == "cannot_document_arrive":
        return translate("PickupView", "nicht gebucht: das Dokument ist nicht im Status "
                                       "„Bestellt“ (schon eingetroffen, storniert oder "
                                       "ausgehändigt)")
    if problem.code == "reference_check_digit_wrong":
        return translate("PickupView", "Prüfziffer falsch – bitte noch einmal scannen")
    return problem.message


async def _orders_by_id(session, ids: Sequence[int]):
    """The orders with these ids in one read; (views, ids not found)."""
    views, missing = [], []
    for order_id in ids:
        try:
            views.append(await docs.get_order(session, order_id))
        except errors.NotFound:
            missing.append(order_id)
    return views, missing
