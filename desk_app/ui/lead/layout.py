"""The board's widgets: a bar with the title and the actions (as QActions, shown as
buttons and offered to the shell's menus), the service points' table, the counters'
table (drop target) and the queue below (drag source), and the message line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget,
)

from ..queue_pane import QueuePane
from .dnd import DraggableQueueModel, DropCounterModel
from .models import C_WHO, ServicePointModel

if TYPE_CHECKING:
    from .board import LeadScreen


translate = QCoreApplication.translate


def _action(board: LeadScreen, name: str, text: str, tip: str,
            slot: Callable[[], object]) -> tuple[QAction, QToolButton]:
    action = QAction(text, board)
    action.setObjectName(f"action_{name}")
    action.setIconText(text)        # keeps the mnemonic and the "…" on the button
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    button = QToolButton()
    button.setObjectName(name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return action, button


def _table(name: str, model, stretch: int = 0) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _titled(title, widget: QWidget) -> QWidget:
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 4, 0, 0)
    label = title if isinstance(title, QLabel) else QLabel(title)
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    v.addWidget(label)
    v.addWidget(widget)
    return box


def _plain_label(name: str = "") -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _bar(board: LeadScreen) -> QHBoxLayout:
    commands, tasks = board.commands, board.tasks
    bar = QHBoxLayout()
    board.heading = _plain_label("title")
    font = board.heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    board.heading.setFont(font)
    bar.addWidget(board.heading)
    bar.addStretch(1)
    board.status = _plain_label("status")
    bar.addWidget(board.status)
    specs = [
        ("reassign", translate("LeadScreen", "&Umverteilen …"),
         translate("LeadScreen", "Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, "
            "Dienststelle oder Zeit zuweisen (mit Grund)."), lambda: commands.open_reassign()),
        ("move", translate("LeadScreen", "&Verschieben …"),
         translate("LeadScreen", "Die gewählten Vorgänge auf andere Schalter oder Mitarbeitende verteilen (ein "
            "Grund für alle). Auch per Ziehen auf einen Schalter."),
         lambda: commands.open_move()),
        ("afternoon", translate("LeadScreen", "&Nachmittag verteilen …"),
         translate("LeadScreen", "Alle Vorgänge der Person am gewählten Schalter ab 12 Uhr verteilen."),
         lambda: tasks.spawn(commands.open_afternoon(), "afternoon")),
        ("presence", translate("LeadScreen", "S&tatus …"),
         translate("LeadScreen", "Pause, abwesend oder geschlossen für den gewählten Schalter."),
         lambda: commands.open_presence()),
        ("assignments", translate("LeadScreen", "&Warteschlangen …"),
         translate("LeadScreen", "Aus welchen Warteschlangen der gewählte Schalter aufruft, mit Gewichten."),
         lambda: tasks.spawn(commands.open_assignments(), "assignments")),
        ("refresh", translate("LeadScreen", "&Aktualisieren"), translate("LeadScreen", "Die Übersicht vollständig neu lesen."),
         lambda: board._refresh_clicked()),
    ]
    made = {}
    for name, text, tip, slot in specs:
        made[name] = _action(board, name, text, tip, slot)
        bar.addWidget(made[name][1])
    (board.reassign_action, board.reassign_button) = made["reassign"]
    (board.move_action, board.move_button) = made["move"]
    (board.afternoon_action, board.afternoon_button) = made["afternoon"]
    (board.presence_action, board.presence_button) = made["presence"]
    (board.assign_action, board.assign_button) = made["assignments"]
    (board.refresh_action, board.refresh_button) = made["refresh"]
    board.board_actions = [a for a, _b in made.values()]
    return bar


def build_board(board: LeadScreen) -> None:
    layout = QVBoxLayout(board)
    if board.alarm_banner is not None:
        layout.addWidget(board.alarm_banner)
    layout.addLayout(_bar(board))

    board.sp_model = ServicePointModel(board)
    board.sp_table = _table("servicePointTable", board.sp_model)
    board.sp_table.selectionModel().currentRowChanged.connect(board._sp_selected)
    board.counter_model = DropCounterModel(board._now, board)
    board.counter_model.entriesDropped.connect(board.commands.dropped)
    board.counter_table = _table("counterTable", board.counter_model, stretch=C_WHO)
    board.counter_table.setAcceptDrops(True)
    board.counter_table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
    board.counter_table.setDropIndicatorShown(True)
    board.counter_table.selectionModel().currentRowChanged.connect(
        lambda *_a: board._update_buttons())
    board.pane = QueuePane(board, now=board._now, hidden_columns=(),
                           model_class=DraggableQueueModel)
    table = board.pane.table
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setDragEnabled(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.selectionModel().selectionChanged.connect(lambda *_a: board._update_buttons())
    board.pane.setObjectName("boardQueue")
    board.pane.set_section("waiting")
    board.pane.currentEntryChanged.connect(lambda _e: board._update_buttons())

    lower = QSplitter(Qt.Orientation.Horizontal)
    lower.addWidget(_titled(translate("LeadScreen", "Schalter"), board.counter_table))
    board.queue_title = _plain_label()
    lower.addWidget(_titled(board.queue_title, board.pane))
    lower.setStretchFactor(0, 1)
    lower.setStretchFactor(1, 1)
    lower.setSizes([620, 880])
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(_titled(translate("LeadScreen", "Dienststellen heute"), board.sp_table))
    split.addWidget(lower)
    split.setStretchFactor(0, 0)
    split.setStretchFactor(1, 1)
    for signal in (board.sp_model.modelReset, board.sp_model.rowsInserted,
                   board.sp_model.rowsRemoved):
        signal.connect(lambda *_a: _fit_sp_table(board))
    layout.addWidget(split, 1)

    board.error = _plain_label("message")
    board.error.setWordWrap(True)
    board.error.hide()      # a board standing alone shows its messages here (show_message)
    layout.addWidget(board.error)


def _fit_sp_table(board: LeadScreen) -> None:
    """Every service point and the total row visible without scrolling."""
    t = board.sp_table
    rows = max(board.sp_model.rowCount(), 3)
    t.setMinimumHeight(t.horizontalHeader().sizeHint().height()
                       + rows * t.verticalHeader().defaultSectionSize() + 2 * t.frameWidth() + 2)
