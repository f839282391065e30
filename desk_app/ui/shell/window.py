"""The main window: a shell that hosts screens (desk_app.ui.screen) in a stack.

It makes the screens from the registry (registry.py), switches between them by their
actions, builds the menus and the toolbar from their ``screen_actions()``, forwards the
change feed, the online state and the day to them, and shows their messages. It knows
nothing else of their insides. What belongs to the whole window lives here too: the
status bar and banner (status.py), the print-queue dock, the day picker, the document
output, the window's one Operations object and the open dialog.

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
from ..admin import hook as admin_hook  # issue 13
from ..async_tools import TaskSet
from ..labels import PRINT_QUEUE_SHORTCUT, date_format
from ..operation import Operations
from ..output import DocumentPrinter
from ..window_memory import WindowMemory, restore_geometry
from . import status
from .registry import screens as registered_screens

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
        self.no_show_timer = None      # NoShowTimer, the automatic no-show (issue 17)
        self.auto_no_show = auto_no_show
        from ..lead import window_hooks   # issue 14: the silent alarm, presence, F1
        window_hooks.install(self)
        self.screens: dict = {}
        self.switch_actions: dict[str, QAction] = {}
        self._pages: dict[str, QWidget] = {}
        self._build_screens()
        self._build_ui()
        window_hooks.install_banner(self)
        self.setWindowTitle(self.tr("Ausländerbehörde – Schalter"))
        self.show_screen(screen)
        self.update_actions()

    # -- construction --------------------------------------------------------------------
    def _make_action(self, name: str, text: str, shortcut: str, help_text: str,
                     slot: Callable[[], None]) -> QAction:
        """A window action (for the hooks of issues 13–15)."""
        action = make_action(self, name, text, shortcut, help_text, slot)
        self.addAction(action)
        return action

    def _build_screens(self) -> None:
        self.printers_action = self._make_action(
            "action_printers", self.tr("Drucker …"), "",
            self.tr("Den Drucker je Dokumentart wählen (für diese Sitzung)."),
            self.printer.open_printers)
        self.stack = QStackedWidget()
        self._entries = []
        for entry in registered_screens():
            screen = entry.make(self)
            if screen is None:
                continue
            self._entries.append(entry)
            self.screens[entry.name] = screen
            self._pages[entry.name] = screen
            self.stack.addWidget(screen)
            screen.message.connect(
                lambda text, error, page=screen: self._screen_message(page, text, error))
            requested = getattr(screen, "show_requested", None)   # optional (ui/screen.py)
            if requested is not None:
                requested.connect(lambda name=entry.name: self.show_screen(name))
            action = self._make_action(f"action_{entry.name}_screen", entry.label(),
                                       entry.shortcut, entry.help(),
                                       lambda name=entry.name: self.show_screen(name))
            action.setCheckable(True)
            self.switch_actions[entry.name] = action
        self.screen_actions: list[QAction] = []
        for screen in self.screens.values():
            for action in screen.screen_actions():
                if action not in self.screen_actions:
                    self.screen_actions.append(action)
                    if not action.isSeparator():
                        self.addAction(action)

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

    def _menu_actions(self, menu: str) -> list[QAction]:
        return [a for a in self.screen_actions if a.property(MENU) == menu]

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.setObjectName("menuBar")
        view_menu = menus.addMenu(self.tr("&Ansicht"))
        for entry in self._entries:
            if entry.menu == "view":
                view_menu.addAction(self.switch_actions[entry.name])
        view_menu.addSeparator()
        if self.print_queue_action is not None:
            view_menu.addAction(self.print_queue_action)
        view_menu.addActions(self._menu_actions("view"))
        print_menu = menus.addMenu(self.tr("&Drucken"))
        print_menu.addActions(self._menu_actions("print"))
        print_menu.addSeparator()
        print_menu.addAction(self.printers_action)
        from ..booking.hooks import install_appointment_book  # the appointment book (issue 15)
        install_appointment_book(self, menus)
        bookings = [self.switch_actions[e.name] for e in self._entries if e.menu == "bookings"]
        bookings += self._menu_actions("bookings")
        if bookings:        # issue 17: into the "Termine" menu the appointment book made
            bookings_menu = menus.actions()[-1].menu()
            bookings_menu.addSeparator()
            bookings_menu.addActions(bookings)
        admin_hook.install_menu(self)   # issue 13: Verwaltung (shift lead, admin)

    # -- screens -------------------------------------------------------------------------
    def show_screen(self, name: str) -> None:
        if name not in self.screens:
            name = next(iter(self.screens))        # the first registered (the counter)
        screen, page = self.screens[name], self._pages[name]
        if self.stack.currentWidget() is not page:
            self.clear_message()
        # only the shown screen counts for the window's minimum size (a hidden screen's
        # size must not push the window off a small or 150 % screen)
        for other in self._pages.values():
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
        name = self.screen()
        return self.screens.get(name)

    def screen(self) -> str:
        """The name of the shown screen."""
        current = self.stack.currentWidget()
        return next((k for k, page in self._pages.items() if page is current),
                    next(iter(self.screens)))

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
        for screen in self.screens.values():
            screen.set_writable(writable)

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
        from desk_app.services.change_feed import make_change_feed

        read = await self.ops.read(self.desk.staff, what="staff")
        if not read:
            self._set_online(False)
            QTimer.singleShot(5000, lambda: self.tasks.spawn(self.start(), "start"))
            return
        me = next((s for s in read.value if s.id == self.desk.ctx.actor.staff_id), None)
        self.clerk_name = me.display_name if me else ""
        self._set_online(True)
        self._start_no_show_timer()
        for entry in self._entries:     # the queue screens feed the others: loaded at once
            if entry.eager:
                await self.screens[entry.name].load()
        self.started = True             # the station is chosen and the queue is read
        if self.feed is None:
            self.feed = make_change_feed(self.desk.db, self._on_changes,
                                         on_status=self._on_status,
                                         poll_interval=self.poll_interval)
            await self.feed.start()
            listener = getattr(self.feed, "listener", None)
            if listener is not None:    # PostgreSQL: catch-up reads on the LISTEN connection
                self.desk.use_fast_reader(listener)
        if self.print_panel is not None and not self.print_panel.timer.isActive():
            self.print_panel.start()
        self.update_actions()
        await self.load_screen()

    def _start_no_show_timer(self) -> None:
        if self.no_show_timer is not None or not self.auto_no_show:
            return
        from ..intake import NoShowTimer

        self.no_show_timer = NoShowTimer(self.desk, self.settings.auto_no_show_interval_s, self)
        self.no_show_timer.start()

    async def _on_changes(self, records) -> None:
        records = list(records)
        self.tasks.spawn(admin_hook.on_changes(self, records), "admin-changes")  # issue 13
        if self.print_panel is not None:
            self.print_panel.on_changes(records)
        if any(r.entity == "alarm" for r in records):
            self.tasks.spawn(self.alarm_center.on_changes(records), "alarm-changes")
        for name, screen in self.screens.items():
            try:
                await screen.on_changes(records)
            except Exception:  # one screen's failure must not keep the batch from the rest
                log.exception("screen %s: change-feed batch failed", name)

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
        for name, screen in self.screens.items():
            await _bounded(screen.shutdown(), f"screen {name}")
        await _bounded(self.alarm_center.shutdown(), "silent alarm")
        await _bounded(admin_hook.shutdown(self), "administration")  # issue 13
        if self.no_show_timer is not None:
            self.no_show_timer.stop()
            await _bounded(self.no_show_timer.tasks.cancel_all(), "automatic no-show")
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
