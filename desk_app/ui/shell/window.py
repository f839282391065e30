"""The main window: a shell that hosts screens (desk_app.ui.screen) in a stack.

It makes the parts of the window (ui/part.py) and the screens from the registry
(registry.py; a screen on its first show, screens.py), switches between them by their
actions, builds the menus and the toolbar from their actions, forwards the change feed,
the online state and the day to them, and shows their messages. It knows nothing else of
their insides. What belongs to the whole window lives here too: the status bar and banner
(status.py), the print-queue dock, the day picker, the document output, the window's one
Operations object and the open dialog.

Data flows one way (DESIGN.md): an action calls a facade through a coroutine, the result
updates the affected row at once, and the change feed brings every other workstation's
changes as row updates (never a model reset).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit, QLabel, QMainWindow, QSizePolicy, QStackedWidget, QToolBar, QToolButton,
    QVBoxLayout, QWidget,
)

from desk_app.domain.clock import business_day
from desk_app.services.desk import Desk
from desk_app.services.document_output import DocumentOutput
from desk_app.settings import Settings, data_dir

from ..actions import MENU, TOOLBAR, make_action
from ..async_tools import TaskSet
from ..labels import PRINT_QUEUE_SHORTCUT, date_format
from ..operation import Operations
from ..output import DocumentPrinter
from ..window_memory import WindowMemory, restore_geometry
from . import menus, status
from .registry import ScreenEntry, allowed
from .registry import parts as registered_parts
from .registry import screens as registered_screens
from .screens import ScreenSet

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    #: The user closed the window; the composition root shuts down.
    closing = Signal()
    #: The day picker changed (a datetime.date).
    dayChanged = Signal(object)
    #: The database became reachable (True) or not (False).
    onlineChanged = Signal(bool)

    def __init__(self, desk: Desk, *, settings: Settings | None = None,
                 read_only_reason: str = "", poll_interval: float = 0.5,
                 screen: str = "counter", ticket_dir: Path | None = None,
                 print_desk=None, receipt_desk=None, heartbeat=None,
                 printers: Callable[[], list[str]] | None = None,
                 memory: WindowMemory | None = None,
                 auto_no_show: bool = False) -> None:
        """``print_desk`` (desk_app.services.printing_desk.PrintDesk): prints documents
        and feeds the print-queue panel; without it documents are saved as PDFs.
        ``receipt_desk`` (ReceiptDesk): the "Quittung" actions, shown when enabled.
        ``heartbeat`` (desk_app.services.presence.Heartbeat): told when the counter
        changes; its owner starts and stops it. ``printers``: the printer names to offer
        (default: the ones Qt knows). ``auto_no_show``: run the automatic no-show on a
        timer (the composition root turns it on; settings.auto_no_show_interval_s)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.desk = desk
        self.settings = settings or Settings()
        self.memory = memory           # this station's counter and window geometry (QSettings)
        self.poll_interval = poll_interval
        self.read_only = bool(desk.read_only or read_only_reason)
        self.read_only_reason = read_only_reason or desk.read_only_reason
        self.online = True
        self.started = False
        self.day: dt.date = business_day(desk.ctx.now())
        self.clerk_name = ""
        self.feed = None
        self.tasks = TaskSet()
        # every action and read of every screen runs through this one object (issue 11)
        self.ops = Operations(parent=self)
        self.ops.message.connect(lambda text, error: self.show_message(text, error=error))
        self.ops.changed.connect(self.update_actions)
        self.active_dialog = None      # the open dialog (for tests and for focus)
        self.last_message = ""
        self.print_desk = print_desk
        self.receipt_desk = receipt_desk
        self.heartbeat = heartbeat
        # one station (service point, counter, person) that every facade acts as
        desk.workplace.share(print_desk, receipt_desk)
        if printers is None:
            from ..printing_qt import available_printers
            printers = available_printers
        self.output = DocumentOutput(print_desk, ticket_dir or data_dir() / "tickets")
        self.print_panel = None        # PrintQueuePanel (with a PrintDesk)
        self.printer = DocumentPrinter(
            self, self.output, printers,
            receipts=receipt_desk is not None and bool(receipt_desk.enabled))
        self.auto_no_show = auto_no_show
        self.parts: dict[str, object] = {}     # by name (registry.parts)
        self.switch_actions: dict[str, QAction] = {}
        self._parts_started = False
        self._menus: dict = {}                 # by key, once made (menus.py)
        self._build_parts()
        self._build_screens()
        self._build_ui()
        self.setWindowTitle(self.tr("Ausländerbehörde – Schalter"))
        self.show_screen(screen)
        self.update_actions()

    # -- construction --------------------------------------------------------------------
    def _make_action(self, name: str, text: str, shortcut: str, help_text: str,
                     slot: Callable[[], None], **where) -> QAction:
        """A window action (its shortcut works on every screen)."""
        action = make_action(self, name, text, shortcut, help_text, slot, **where)
        self.addAction(action)
        return action

    def _build_parts(self) -> None:
        """The parts of the window that are not screens, each given the parts it needs."""
        self.part_actions: list[QAction] = []
        for entry in registered_parts():
            part = entry.make(self, *(self.parts.get(need) for need in entry.needs))
            if part is None:
                continue
            self.parts[entry.name] = part
            message = getattr(part, "message", None)
            if message is not None:
                message.connect(lambda text, error: self.show_message(text, error=error))
            actions = getattr(part, "part_actions", None)
            for action in (actions() if actions is not None else []):
                self.part_actions.append(action)
                if not action.isSeparator():
                    self.addAction(action)

    def _part_call(self, method: str, *args) -> list:
        """Calls ``method`` on every part that has it (ui/part.py); returns the results."""
        results = []
        for part in self.parts.values():
            call = getattr(part, method, None)
            if call is not None:
                results.append(call(*args))
        return results

    def _build_screens(self) -> None:
        self.printers_action = self._make_action(
            "action_printers", self.tr("Drucker …"), "",
            self.tr("Den Drucker je Dokumentart wählen (für diese Sitzung)."),
            self.printer.open_printers)
        self.stack = QStackedWidget()
        self.screen_actions: list[QAction] = []
        self._entry_actions: dict[str, QAction] = {}
        entries = [e for e in registered_screens() if allowed(self, e.permission)]
        self._entries = entries
        self.screens = ScreenSet(entries, self._make_screen)
        for entry in entries:
            action = self._make_action(f"action_{entry.name}_screen", entry.label(),
                                       entry.shortcut, entry.help(),
                                       lambda name=entry.name: self.show_screen(name))
            action.setCheckable(True)
            self.switch_actions[entry.name] = action
            for spec in entry.actions:   # its window actions, before the screen is made
                self._entry_actions[spec.name] = self._make_action(
                    spec.name, spec.label(), spec.shortcut, spec.help(),
                    lambda e=entry.name, a=spec.name: self._trigger_screen_action(e, a),
                    menu=spec.menu)
                self.screen_actions.append(self._entry_actions[spec.name])
        for entry in entries:
            if entry.eager:
                self.screens[entry.name]

    def _make_screen(self, entry: ScreenEntry):
        """Makes one screen (its first show) and hosts it: the stack, its messages, its
        actions, the writable state."""
        screen = entry.make(self, *(self.parts.get(need) for need in entry.needs))
        policy = QSizePolicy.Policy.Ignored     # show_screen gives the shown one its size
        screen.setSizePolicy(policy, policy)
        self.stack.addWidget(screen)
        screen.message.connect(
            lambda text, error, page=screen: self._screen_message(page, text, error))
        requested = getattr(screen, "show_requested", None)   # optional (ui/screen.py)
        if requested is not None:
            requested.connect(lambda name=entry.name: self.show_screen(name))
        declared = {spec.name for spec in entry.actions}
        for action in screen.screen_actions():
            if action.objectName() in declared:     # the shell's copy stands for it
                action.enabledChanged.connect(self._entry_actions[action.objectName()].setEnabled)
                continue
            if action in self.screen_actions:
                continue
            self.screen_actions.append(action)
            if not action.isSeparator():
                self.addAction(action)
            if action.property(MENU) in self._menus:      # a screen made after the menus
                self._menus[action.property(MENU)].addAction(action)
        screen.set_writable(self.writable())
        return screen

    def _trigger_screen_action(self, screen_name: str, action_name: str) -> None:
        screen = self.screens[screen_name]
        for action in screen.screen_actions():
            if action.objectName() == action_name:
                action.trigger()
                return

    def _build_ui(self) -> None:
        bar = QToolBar(self.tr("Ansicht"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for entry in self._entries:
            if entry.toolbar:
                bar.addAction(self.switch_actions[entry.name])
        bar.addSeparator()
        date_label = QLabel(self.tr("Tag:"))
        date_label.setContentsMargins(6, 0, 4, 0)
        bar.addWidget(date_label)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dayPicker")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.dateChanged.connect(self._day_changed)
        bar.addWidget(self.date_edit)
        bar.addSeparator()
        self._add_to_toolbar(bar, "main")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self._add_to_toolbar(bar, "end")
        self.addToolBar(bar)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 4)
        for banner in self._part_call("banner"):     # above everything (the silent alarm)
            if banner is not None:
                layout.addWidget(banner)
        status.build_message_bars(self, layout)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_print_panel()
        self._build_menus()
        status.build_status_bar(self)

    def _add_to_toolbar(self, bar: QToolBar, place: str) -> None:
        for action in self.screen_actions:
            if action.property(TOOLBAR) != place:
                continue
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton) and place == "main":
                button.setObjectName(action.property("buttonName") or "")
                button.setStyleSheet("font-weight: bold;")

    def _build_print_panel(self) -> None:
        self.print_queue_action = None
        if self.print_desk is None:
            return
        from ..print_queue_panel import PrintQueuePanel

        panel = self.print_panel = PrintQueuePanel(self.print_desk,
                                                   printers=self.printer.printers, parent=self)
        panel.setWindowTitle(self.tr("Druckaufträge"))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        panel.hide()
        panel.jobs_changed.connect(self.printer.jobs_changed)
        panel.action_failed.connect(lambda text: self.show_message(text, error=True))
        toggle = panel.toggleViewAction()
        toggle.setObjectName("action_print_queue")
        toggle.setText(self.tr("Druckaufträge"))
        toggle.setShortcut(QKeySequence(PRINT_QUEUE_SHORTCUT))
        toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        toggle.setToolTip(self.tr("Druckaufträge ein- und ausblenden ({key})").format(
            key=QKeySequence(PRINT_QUEUE_SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.addAction(toggle)
        self.print_queue_action = toggle

    def _build_menus(self) -> None:
        self._menus = menus.build_menus(
            self, {key: [self.switch_actions[e.name] for e in self._entries if e.menu == key]
                   for key in ("view", "bookings")},
            {"view": [self.print_queue_action] if self.print_queue_action else [],
             "print": [self.printers_action]})

    # -- screens -------------------------------------------------------------------------
    def show_screen(self, name: str) -> None:
        if name not in self.screens:
            name = next(iter(self.screens))        # the first registered (the counter)
        screen = page = self.screens[name]         # made now if it is its first show
        if self.stack.currentWidget() is not page:
            self.clear_message()
        # only the shown screen counts for the window's minimum size (a hidden screen's
        # size must not push the window off a small or 150 % screen)
        for other in self.screens.made().values():
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()
        for key, action in self.switch_actions.items():
            action.setChecked(key == name)
        self.setWindowTitle(screen.title())
        screen.activate()
        if self.started:
            self.tasks.spawn(screen.load(), "load-screen")
        self.update_actions()

    async def load_screen(self) -> None:
        """Reads what the shown screen needs (each screen knows what is new to it)."""
        await self.current_screen().load()

    def current_screen(self):
        """The shown screen (None before the first is shown)."""
        return self.screens.made().get(self.screen())

    def screen(self) -> str:
        """The name of the shown screen."""
        return self.screens.name_of(self.stack.currentWidget()) or next(iter(self.screens))

    def current_entry(self):
        """The entry the shown screen has selected, if it shows entries (for the hooks:
        appointment book, completion)."""
        current = getattr(self.current_screen(), "current_entry", None)
        return current() if current is not None else None

    def open_dialog(self, dialog) -> None:
        """Opens a window-modal dialog (never exec()) and remembers it until it closes."""
        def closed(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            dialog.deleteLater()
        dialog.finished.connect(closed)
        self.active_dialog = dialog
        if not dialog.isVisible():
            dialog.open()

    # -- state ---------------------------------------------------------------------------
    def writable(self) -> bool:
        return self.online and not self.read_only and self.started

    def update_actions(self) -> None:
        writable = self.writable()
        for screen in self.screens.made().values():
            screen.set_writable(writable)
        self._part_call("set_writable", writable)

    def show_message(self, text: str, *, error: bool = False) -> None:
        status.show_message(self, text, error=error)

    def _screen_message(self, page, text: str, error: bool) -> None:
        """A screen's message; a hidden screen's "clear" must not wipe the shown one's."""
        if text or self.stack.currentWidget() is page:
            self.show_message(text, error=error)

    def clear_message(self) -> None:
        """A message belongs to the screen it was given on."""
        status.clear_message(self)

    def _update_status(self) -> None:
        status.update_status(self)

    # -- loading -------------------------------------------------------------------------
    async def start(self) -> None:
        """Reads who is signed in, loads the eager screens (the queue), then follows the
        change feed and loads the shown screen."""
        read = await self.ops.read(self.desk.staff, what="staff")
        if not read:
            self._set_online(False)
            QTimer.singleShot(5000, lambda: self.tasks.spawn(self.start(), "start"))
            return
        me = next((s for s in read.value if s.id == self.desk.ctx.actor.staff_id), None)
        self.clerk_name = me.display_name if me else ""
        self._set_online(True)
        if not self._parts_started:
            self._parts_started = True
            self._part_call("start")
        for entry in self._entries:     # the queue screens feed the others: loaded at once
            if entry.eager:
                await self.screens[entry.name].load()
        self.started = True             # the station is chosen and the queue is read
        if self.feed is None:
            self.feed = self.desk.change_feed(self._on_changes, on_status=self._on_status,
                                              poll_interval=self.poll_interval)
            await self.feed.start()
            listener = getattr(self.feed, "listener", None)
            if listener is not None:    # PostgreSQL: catch-up reads on the LISTEN connection
                self.desk.use_fast_reader(listener)
        if self.print_panel is not None and not self.print_panel.timer.isActive():
            self.print_panel.start()
        self.update_actions()
        await self.load_screen()

    async def _on_changes(self, records) -> None:
        records = list(records)
        if self.print_panel is not None:
            self.print_panel.on_changes(records)
        # one part's or screen's failure must not keep the batch from the rest: each is
        # a quiet read of the Operations (logged, never raised)
        for name, part in self.parts.items():
            if hasattr(part, "on_changes"):
                await self.ops.read(lambda p=part: p.on_changes(records), quiet=True,
                                    what=f"part {name}: change-feed batch")
        for name, screen in self.screens.made().items():
            await self.ops.read(lambda s=screen: s.on_changes(records), quiet=True,
                                what=f"screen {name}: change-feed batch")

    def _on_status(self, online: bool, detail: str) -> None:
        self._set_online(online)
        self.onlineChanged.emit(online)

    def _set_online(self, online: bool) -> None:
        self.online = online
        self._update_status()
        self.update_actions()

    def _day_changed(self, qdate: QDate) -> None:
        self.day = dt.date(qdate.year(), qdate.month(), qdate.day())
        self.dayChanged.emit(self.day)

    # -- geometry ------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """The size and place of last time, fitted to this screen (window_memory)."""
        restore_geometry(self, self.memory)

    def remember_geometry(self) -> None:
        if self.memory is not None:
            self.memory.remember_geometry(self.saveGeometry())

    # -- shutdown ------------------------------------------------------------------------
    async def shutdown(self) -> None:
        """Stops everything that could still touch the database: this window's tasks,
        the change feed, the print-queue polling and every screen. (The heartbeat belongs
        to the composition root, which stops it before disposing the engine.) Each step
        is bounded: quitting must never hang on a busy database."""
        if self.print_panel is not None:
            self.print_panel.stop()
        await _bounded(self.tasks.cancel_all(), "window tasks")
        self.ops.cancel()
        if self.feed is not None:
            await _bounded(self.feed.stop(), "change feed")
            self.feed = None
        if self.print_panel is not None:
            await _bounded(self.print_panel.shutdown(), "print queue")
        for name, screen in self.screens.made().items():
            await _bounded(screen.shutdown(), f"screen {name}")
        for name, part in self.parts.items():
            if hasattr(part, "shutdown"):
                await _bounded(part.shutdown(), f"part {name}")
        if self.active_dialog is not None:
            self.active_dialog.reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.remember_geometry()
        self.closing.emit()
        super().closeEvent(event)


async def _bounded(step, what: str, seconds: float = 5.0) -> None:
    """Awaits one shutdown step for at most ``seconds``; a step that overruns is logged
    and abandoned (its database work is rolled back when the engine is disposed)."""
    try:
        await asyncio.wait_for(step, seconds)
    except asyncio.TimeoutError:
        log.warning("shutdown: %s did not stop within %.0f s", what, seconds)
