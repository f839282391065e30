"""A form built from field specs: one editor per field and, beside it, the service's
message for that field (plain text, translated)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QGridLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desk_app.domain.admin_rules import WEEKDAYS, parse_opening_hours

from ..error_messages import param_text
from ..service_texts import field_text

#: the weekdays' short names, registered for translation (shown via translate("Admin", day))
WEEKDAY_LABELS = (
    QT_TRANSLATE_NOOP("Admin", "Mo"), QT_TRANSLATE_NOOP("Admin", "Di"),
    QT_TRANSLATE_NOOP("Admin", "Mi"), QT_TRANSLATE_NOOP("Admin", "Do"),
    QT_TRANSLATE_NOOP("Admin", "Fr"), QT_TRANSLATE_NOOP("Admin", "Sa"),
    QT_TRANSLATE_NOOP("Admin", "So"),
)


@dataclass
class FieldSpec:
    name: str
    label: str                                   # translated
    kind: str = "text"      # text lines int bool choice multi date hours
    choices: Callable[[], Sequence[tuple[str, Any]]] = field(default=lambda: ())
    low: int = 0
    high: int = 999


def translated(message: Any) -> str:
    """A FieldMessage in the UI language, translated by its code (service_texts.FIELDS)."""
    text = field_text(getattr(message, "code", None))
    if text is None:
        return str(message)
    params = {k: param_text(v) for k, v in (getattr(message, "params", None) or {}).items()}
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError):
        return str(message)


class RecordForm(QWidget):
    def __init__(self, specs: Sequence[FieldSpec], parent=None) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.specs:
            editor = self._editor(spec)
            self.editors[spec.name] = editor
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(editor)
            if spec.kind == "hours":   # one message per weekday
                for day in WEEKDAYS:
                    self.errors[f"hours_{day}"] = self._error_label(v)
            else:
                self.errors[spec.name] = self._error_label(v)
            label = QLabel(spec.label)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addRow(label, box)

    @staticmethod
    def _error_label(layout) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        return label

    def _editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "lines":
            w = QPlainTextEdit()
            w.setFixedHeight(80)
            return w
        if spec.kind == "int":
            w = QSpinBox()
            w.setRange(spec.low, spec.high)
            return w
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "choice":
            w = QComboBox()
            for text, value in spec.choices():
                w.addItem(text, value)
            return w
        if spec.kind == "multi":
            w = QListWidget()
            w.setFixedHeight(110)
            return w
        if spec.kind == "date":
            w = QDateEdit()
            w.setCalendarPopup(True)
            return w
        if spec.kind == "hours":
            w = QWidget()
            grid = QGridLayout(w)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, day in enumerate(WEEKDAYS):
                label = QLabel(QCoreApplication.translate("Admin", day))
                edit = QLineEdit()
                edit.setObjectName(f"hours_{day}")
                edit.setPlaceholderText(QCoreApplication.translate("Admin", "geschlossen"))
                grid.addWidget(label, i, 0)
                grid.addWidget(edit, i, 1)
            return w
        w = QLineEdit()
        return w

    def refill_choices(self) -> None:
        for spec in self.specs:
            w = self.editors[spec.name]
            if spec.kind == "choice":
                current = w.currentData()
                w.clear()
                for text, value in spec.choices():
                    w.addItem(text, value)
                w.setCurrentIndex(max(0, w.findData(current)))
            elif spec.kind == "multi":
                checked = set(self._value(spec))
                w.clear()
                for text, value in spec.choices():
                    item = QListWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, value)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if value in checked
                                       else Qt.CheckState.Unchecked)
                    w.addItem(item)

    # -- values ------------------------------------------------------------------------
    def set_values(self, values: Mapping[str, Any]) -> None:
        self.clear_errors()
        for spec in self.specs:
            self._set(spec, values.get(spec.name))

    def _set(self, spec: FieldSpec, value: Any) -> None:
        w = self.editors[spec.name]
        if spec.kind == "lines":
            w.setPlainText(value or "")
        elif spec.kind == "int":
            w.setValue(int(value or 0))
        elif spec.kind == "bool":
            w.setChecked(bool(value))
        elif spec.kind == "choice":
            w.setCurrentIndex(max(0, w.findData(value)))
        elif spec.kind == "multi":
            chosen = set(value or ())
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)
        elif spec.kind == "date":
            d = value or dt.date.today()
            w.setDate(QDate(d.year, d.month, d.day))
        elif spec.kind == "hours":
            per_day = parse_opening_hours(value or "")
            for day in WEEKDAYS:
                w.findChild(QLineEdit, f"hours_{day}").setText(per_day.get(day, ""))
        else:
            w.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        return {spec.name: self._value(spec) for spec in self.specs}

    def _value(self, spec: FieldSpec) -> Any:
        w = self.editors[spec.name]
        if spec.kind == "lines":
            return w.toPlainText()
        if spec.kind == "int":
            return w.value()
        if spec.kind == "bool":
            return w.isChecked()
        if spec.kind == "choice":
            return w.currentData()
        if spec.kind == "multi":
            return tuple(w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                         if w.item(i).checkState() == Qt.CheckState.Checked)
        if spec.kind == "date":
            d = w.date()
            return dt.date(d.year(), d.month(), d.day())
        if spec.kind == "hours":
            return {day: w.findChild(QLineEdit, f"hours_{day}").text() for day in WEEKDAYS}
        return w.text()

    # -- messages ----------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, fields: Mapping[str, Any]) -> list[str]:
        """Shows each message beside its field; returns the names it could not place."""
        self.clear_errors()
        unplaced = []
        for name, message in fields.items():
            label = self.errors.get(name)
            if label is None:
                unplaced.append(name)
                continue
            text = translated(message)
            if name.startswith("hours_"):  # one label under the week: name the day
                text = f"{QCoreApplication.translate('Admin', name[6:])}: {text}"
            label.setText(text)
            label.show()
        return unplaced

    def error_text(self, name: str) -> str:
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
