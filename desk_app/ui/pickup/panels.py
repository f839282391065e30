"""The two left panels of the pickup desk: the opened order's record, and the list of a
delivery's scans in batch mode."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QToolButton, QVBoxLayout,
)

from desk_app.domain.document_orders import CHILD_AGE_LIMIT, DocState, DocType, is_child
from desk_app.printing.barcode import format_reference
from desk_app.services.document_desk import DocumentOrderView

from .texts import (
    STATE_BACKGROUNDS, date_text, date_time_text, doc_type_label, parse_birth, birth_text,
    state_text,
)


def _plain_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)     # user data: never markup
    return label


class OrderPanel(QFrame):
    """The opened order: reference, state, the person's data, dates and collection point,
    what to bring, and the action buttons below."""

    def __init__(self, buttons: list[QToolButton]) -> None:
        super().__init__()
        self.setObjectName("orderPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
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
            value = _plain_label(f"field_{key}")
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
        grid = QGridLayout()
        for i, button in enumerate(buttons):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)

    def show_order(self, order: DocumentOrderView | None, *, here: bool, today: dt.date) -> None:
        """Shows ``order`` (or the hint for none); ``here``: collected at this desk."""
        if order is None:
            self.reference_label.setText("—")
            self.state_label.setText(self.tr("Kein Dokument geöffnet. Abholschein scannen oder "
                                             "eine Zeile der Liste wählen."))
            self.state_label.setStyleSheet("")
            for field in self.fields.values():
                field.setText("")
            self.bring.setText("")
            return
        self.reference_label.setText(format_reference(order.reference))
        self.state_label.setText(state_text(order.state))
        self.state_label.setStyleSheet(
            f"background: {STATE_BACKGROUNDS[order.state]}; color: #111; font-weight: bold;"
            " border: 1px solid #888;")
        values = {
            "doc_type": doc_type_label(order.doc_type),
            "name": order.display_name,
            "birth": self._birth(order, today),
            "file_number": order.file_number or "—",
            "ordered": date_text(order.ordered_at),
            "arrived": date_text(order.arrived_at) or "—",
            "handed_out": date_time_text(order.handed_out_at),
            "collected_by": (order.collected_by or self.tr("der antragstellenden Person selbst")
                             if order.state == DocState.HANDED_OUT else "—"),
            "card_number": order.card_number or "—",
            "service_point": order.collect_service_point_name,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["service_point"].setStyleSheet(
            "" if here else "color: #b00020; font-weight: bold;")
        if order.state == DocState.ARRIVED and here:
            self.bring.setText(self.tr("Mitzubringen: Pass, bisheriges Dokument oder "
                                       "Fiktionsbescheinigung{pin}; bei Abholung durch "
                                       "andere Personen eine Vollmacht.").format(
                pin=self.tr(", PIN-Brief") if order.doc_type == DocType.EAT else ""))
        else:
            self.bring.setText("")

    def _birth(self, order: DocumentOrderView, today: dt.date) -> str:
        birth = parse_birth(order.birth_date)
        if birth is None:
            return self.tr("unbekannt")
        shown = birth_text(order.birth_date)
        shown += " " + self.tr("({age} Jahre)").format(age=birth.age_on(today))
        if is_child(birth, today):
            shown += " – " + self.tr("Kind unter {limit}: Abholung durch ein "
                                     "Elternteil").format(limit=CHILD_AGE_LIMIT)
        return shown


class BatchPanel(QFrame):
    """A delivery from the federal printer: one line per scan, newest first, with its
    result ("arrived" or "problem"), and a summary below."""

    def __init__(self, batch_shortcut: str) -> None:
        super().__init__()
        self.setObjectName("batchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Lieferung der Bundesdruckerei erfassen"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(self.tr("Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der "
                              "Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe."
                              ).format(key=QKeySequence(batch_shortcut).toString(
                                  QKeySequence.SequenceFormat.NativeText)))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.batch_list = QListWidget()
        self.batch_list.setObjectName("batchList")
        self.batch_list.setAlternatingRowColors(True)
        layout.addWidget(self.batch_list, 1)
        row = QHBoxLayout()
        self.summary = _plain_label("batchSummary")
        row.addWidget(self.summary, 1)
        clear = QPushButton(self.tr("Liste leeren"))
        clear.setObjectName("batchClear")
        clear.setAutoDefault(False)
        clear.clicked.connect(self.clear)
        row.addWidget(clear)
        layout.addLayout(row)
        self._update_summary()

    def add_pending(self, shown: str) -> QListWidgetItem:
        """A new scan on top, while its arrival is booked."""
        item = QListWidgetItem(self.tr("… {ref}: wird gebucht").format(
            ref=format_reference(shown) if shown.isdigit() else shown))
        item.setData(Qt.ItemDataRole.UserRole, None)
        self.batch_list.insertItem(0, item)
        self.batch_list.scrollToTop()
        return item

    def set_result(self, item: QListWidgetItem, ok: bool, text: str) -> None:
        item.setText(("✓ " if ok else "✗ ") + text)
        item.setData(Qt.ItemDataRole.UserRole, "arrived" if ok else "problem")
        item.setForeground(QBrush(QColor("#1b5e20" if ok else "#b00020")))
        font = item.font()
        font.setBold(not ok)
        item.setFont(font)
        self._update_summary()

    def clear(self) -> None:
        self.batch_list.clear()
        self._update_summary()

    def results(self) -> list[tuple[str, str | None]]:
        """(text, "arrived" / "problem" / None while running), newest first."""
        return [(self.batch_list.item(i).text(),
                 self.batch_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.batch_list.count())]

    def _update_summary(self) -> None:
        results = [result for _text, result in self.results()]
        self.summary.setText(self.tr("Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}"
                                     ).format(n=len(results), ok=results.count("arrived"),
                                              bad=results.count("problem")))
