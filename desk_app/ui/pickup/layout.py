"""The pickup desk's actions and widgets: the heading, the scan field, the message line,
the record (or the delivery list) on the left and the documents waiting here on the
right. ``build_screen`` puts them on the screen as attributes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
    QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from desk_app.domain.document_orders import DocState

from ..column_fit import ColumnFit
from ..labels import QUALITY_ORDER
from ..quality_column import flag_symbols
from .panels import BatchPanel, OrderPanel
from .sorting import (
    COL_ARRIVED, COL_BIRTH, COL_FILE, COL_FLAGS, COL_NAME, COL_ORDERED, COL_REFERENCE,
    COL_STATE, COL_TYPE,
)
from .texts import state_text

#: Shortcuts of this screen. They act only while the focus is inside the screen
#: (WidgetWithChildrenShortcut), and none of them is taken by the main window: hand-out
#: sits next to the counter's F8 (finish).
HAND_OUT_SHORTCUT = "Shift+F8"
ARRIVE_SHORTCUT = "Ctrl+B"
BATCH_SHORTCUT = "Ctrl+M"
SLIP_SHORTCUT = "Ctrl+D"
HANDOVER_SHORTCUT = "Ctrl+Shift+D"

translate = QCoreApplication.translate


def _action(screen: QWidget, name: str, text: str, shortcut: str, help_text: str,
            slot: Callable[[], None]) -> QAction:
    action = QAction(text, screen)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    action.setText(f"{text}  [{native}]")
    action.setToolTip(f"{text} ({native})\n{help_text}")
    action.setStatusTip(help_text)
    action.triggered.connect(lambda _checked=False: slot())
    screen.addAction(action)
    return action


def _button(action: QAction, name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


# the screen's actions as data: (attribute, object name, text, key, help, slot of the
# screen); ``screen_keys`` lists them for F1 before the screen is made
_ACTIONS = (
    ("hand_out_action", "action_hand_out", lambda: translate("PickupScreen", "Aushändigen"),
     HAND_OUT_SHORTCUT,
     lambda: translate("PickupScreen", "Das eingetroffene Dokument aushändigen und die "
                                       "Empfangsbestätigung drucken."),
     lambda screen: screen.open_hand_out),
    ("arrive_action", "action_arrive", lambda: translate("PickupScreen", "Eingang buchen"),
     ARRIVE_SHORTCUT,
     lambda: translate("PickupScreen", "Das geöffnete Dokument ist von der Bundesdruckerei "
                                       "eingetroffen."),
     lambda screen: screen.mark_arrived),
    ("slip_action", "action_pickup_slip",
     lambda: translate("PickupScreen", "Abholschein drucken"), SLIP_SHORTCUT,
     lambda: translate("PickupScreen", "Den Abholschein des geöffneten Dokuments noch einmal "
                                       "drucken (Kopie)."),
     lambda screen: screen.printouts.slip_again),
    ("handover_action", "action_handover_print",
     lambda: translate("PickupScreen", "Empfangsbestätigung drucken"), HANDOVER_SHORTCUT,
     lambda: translate("PickupScreen", "Die Empfangsbestätigung des ausgehändigten Dokuments "
                                       "noch einmal drucken (Kopie)."),
     lambda screen: screen.printouts.handover_again),
    ("batch_action", "action_batch", lambda: translate("PickupScreen", "Lieferung erfassen"),
     BATCH_SHORTCUT,
     lambda: translate("PickupScreen", "Stapelbetrieb: jeder Scan bucht den Eingang eines "
                                       "Dokuments der Lieferung."),
     lambda screen: lambda: screen.set_batch_mode(not screen.batch_mode())),
)


def screen_keys() -> list[tuple[str, str]]:
    """(key, text) of the screen's actions, without making it (F1, ui/shell/registry.py)."""
    from ..booking.hooks import pickup_appointment_key

    return [(key, text()) for _a, _n, text, key, _h, _s in _ACTIONS] + [
        pickup_appointment_key()]


def build_actions(screen) -> None:
    for attribute, name, text, key, help_text, slot in _ACTIONS:
        setattr(screen, attribute, _action(screen, name, text(), key, help_text(), slot(screen)))
    screen.batch_action.setCheckable(True)


def fit_columns(table) -> ColumnFit:
    """Every column of the list on screen at 1500 px (the "Daten" flags pushed "Bestellt"
    behind a scroll bar): the name and the file number give first, cells elide."""
    return ColumnFit(table, {
        COL_REFERENCE: "0000 0000 0000",
        COL_STATE: max((state_text(s) for s in DocState), key=len),
        COL_NAME: "Ferreira da Silva, José",
        COL_FLAGS: flag_symbols(frozenset(QUALITY_ORDER[:3])),
        COL_TYPE: "Reiseausweis",
        COL_BIRTH: "00.00.0000",
        COL_FILE: "00-000000",
        COL_ARRIVED: "00.00.0000",
        COL_ORDERED: "00.00.0000",
    }, elastic=(COL_NAME, COL_FILE))


def build_screen(screen) -> None:
    """Creates the actions and widgets of ``screen`` (a PickupScreen)."""
    build_actions(screen)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(6, 6, 6, 6)

    screen.heading = QLabel()
    screen.heading.setObjectName("pickupHeading")
    screen.heading.setTextFormat(Qt.TextFormat.PlainText)
    big = QFont(screen.font())
    big.setPointSizeF(big.pointSizeF() * 1.3)
    big.setBold(True)
    screen.heading.setFont(big)
    layout.addWidget(screen.heading)

    scan_row = QHBoxLayout()
    scan_label = QLabel(translate("PickupScreen", "&Abholnummer:"))
    screen.scan = QLineEdit()
    screen.scan.setObjectName("scanField")
    screen.scan.setPlaceholderText(translate("PickupScreen", "Barcode scannen oder 12 Ziffern "
                                                             "eingeben, dann Enter"))
    screen.scan.setMaxLength(40)
    screen.scan.setClearButtonEnabled(True)
    mono = QFont("DejaVu Sans Mono")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setPointSizeF(screen.font().pointSizeF() * 1.4)
    screen.scan.setFont(mono)
    scan_label.setBuddy(screen.scan)
    screen.open_button = QPushButton(translate("PickupScreen", "Öffnen"))
    screen.open_button.setObjectName("openButton")
    screen.open_button.setAutoDefault(False)
    screen.batch_button = _button(screen.batch_action, "batchButton")
    scan_row.addWidget(scan_label)
    scan_row.addWidget(screen.scan, 1)
    scan_row.addWidget(screen.open_button)
    scan_row.addSpacing(12)
    scan_row.addWidget(screen.batch_button)
    layout.addLayout(scan_row)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    screen.hand_out_button = _button(screen.hand_out_action, "handOutButton")
    screen.hand_out_button.setStyleSheet("font-weight: bold;")
    screen.arrive_button = _button(screen.arrive_action, "arriveButton")
    screen.slip_button = _button(screen.slip_action, "slipButton")
    screen.handover_button = _button(screen.handover_action, "handoverButton")
    screen.order_panel = OrderPanel([screen.hand_out_button, screen.arrive_button,
                                     screen.slip_button, screen.handover_button])
    screen.batch_panel = BatchPanel(BATCH_SHORTCUT)
    # the record's parts, as tests and the appointment hook read them
    screen.reference_label = screen.order_panel.reference_label
    screen.state_label = screen.order_panel.state_label
    screen.fields = screen.order_panel.fields
    screen.batch_summary = screen.batch_panel.summary
    screen.left = QStackedWidget()
    screen.left.addWidget(screen.order_panel)
    screen.left.addWidget(screen.batch_panel)
    splitter.addWidget(screen.left)

    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    screen.table_title = QLabel()
    screen.table_title.setObjectName("pendingTitle")
    screen.table_title.setTextFormat(Qt.TextFormat.PlainText)
    right_layout.addWidget(screen.table_title)
    table = screen.table = QTableView()
    table.setObjectName("pendingTable")
    table.setModel(screen.model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(False)
    table.setWordWrap(False)
    screen.columns = fit_columns(table)
    right_layout.addWidget(table, 1)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    splitter.setSizes([400, 880])     # the list needs the room; the record wraps
    layout.addWidget(splitter, 1)
