"""The main window: the clerk's counter screen and the reception screen, one set of
keyboard-driven actions, live updates from the change feed, and the status bar.

Data flows one way (DESIGN.md): an action calls the Desk through a coroutine, the
result updates the affected row at once, and the change feed brings every other
workstation's changes as row updates (never a model reset).
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Awaitable, Callable, Hashable, Iterable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit, QFrame, QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QStackedWidget,
    QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from desk_app.domain import errors
from desk_app.domain.clock import business_day
from desk_app.domain.roles import Permission
from desk_app.domain.states import Action, State
from desk_app.domain.transitions import RULES, allowed_actions
from desk_app.services.context import Context
from desk_app.services.database import DatabaseUnavailable
from desk_app.services.desk import Desk
from desk_app.services.views import EntryView, ServicePointView
from desk_app.settings import Settings, data_dir

from .admin import hook as admin_hook  # issue 13
from .async_tools import ActionKeys, TaskSet
from .counter_view import CounterView
from .dialogs.confirm import ask
from .dialogs.finish_dialog import FinishDialog
from .dialogs.forward_dialog import ForwardDialog
from .dialogs.printer_dialog import PrinterDialog
from .dialogs.reason_dialog import ReasonDialog
from .dialogs.receipt_dialog import ReceiptDialog
from .dialogs.walk_in_dialog import WalkInDialog
from .document_output import DocumentOutput, Output
from .error_messages import message_for
from .intake import COMPLETE_PERSON_SHORTCUT, IMPORT_SHORTCUT, INTAKE_SCREEN_SHORTCUT
from .labels import (
    ACTION_SHORTCUTS, CALL_NEXT_SHORTCUT, CANCEL_RECEIPT_SHORTCUT, CONFIRMATION_SHORTCUT,
    COUNTER_SCREEN_SHORTCUT, LEAD_SCREEN_SHORTCUT, ORDER_DOCUMENT_SHORTCUT, PANEL_ACTIONS,
    PICKUP_SCREEN_SHORTCUT, PRINT_QUEUE_SHORTCUT,
    RECEIPT_SHORTCUT, RECEPTION_SCREEN_SHORTCUT, REFRESH_SHORTCUT, REPRINT_SHORTCUT,
    SEARCH_SHORTCUT, STATISTICS_SCREEN_SHORTCUT, WALK_IN_SHORTCUT, action_help, action_label,
    database_name, date_format, state_label,
)
from .reception_view import ReceptionView
from .window_memory import WindowMemory, fit_rect
from .ticket_output import appointment_confirmation_data, ticket_data

log = logging.getLogger(__name__)

ROLE_LABELS = {"CLERK": "Sachbearbeitung", "RECEPTION": "Infotheke",
               "SHIFT_LEAD": "Schichtleitung", "ADMIN": "Administration"}


class MainWindow(QMainWindow):
    #: The user closed the window; the composition root shuts down.
    closing = Signal()

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
        self.ticket_dir = ticket_dir or data_dir() / "tickets"
        self.read_only = bool(desk.read_only or read_only_reason)
        self.read_only_reason = read_only_reason or desk.read_only_reason
        self.online = True
        self.day: dt.date = business_day(desk.ctx.now())
        self.service_points: list[ServicePointView] = []
        self.services = []
        self.clerk_name = ""
        self.feed = None
        self.tasks = TaskSet()
        self.keys = ActionKeys()
        self._in_flight: set[Hashable] = set()
        self._needs_reload = False
        self.started = False
        self.active_dialog = None      # the open dialog (for tests and for focus)
        self.last_ticket: Output | None = None
        self.last_output: Output | None = None
        self.last_receipt = None       # the ReceiptView last issued here (for „Stornieren“)
        # the current entry's receipts from the database: (entry id, [EntryReceipt]);
        # what "Letzte Quittung stornieren" cancels, also after a restart
        self.entry_receipts: tuple[int, list] | None = None
        self._receipts_generation = 0  # bumped when they are stale; older loads are dropped
        self._receipts_loading: tuple[int, int] | None = None
        self.last_message = ""
        self.print_desk = print_desk
        self.receipt_desk = receipt_desk
        self.heartbeat = heartbeat
        if printers is None:
            from .printing_qt import available_printers
            printers = available_printers
        self.printers = printers
        self.output = DocumentOutput(print_desk, self.ticket_dir)
        self.can_lead = self._permitted(Permission.REASSIGN)
        self.can_serve = self._permitted(Permission.SERVE)
        self.can_book = self._permitted(Permission.BOOK)
        self.pickup = None             # PickupView, the document pickup desk (SERVE)
        self.board = None              # LeadScreen (shift lead, admin)
        self.statistics = None         # StatisticsScreen (shift lead, admin)
        self.print_panel = None        # PrintQueuePanel (with a PrintDesk)
        self.intake = None             # IntakeView, tomorrow's bookings and the import (BOOK)
        self.no_show_timer = None      # NoShowTimer, the automatic no-show (issue 17)
        self.auto_no_show = auto_no_show
        self._attention_seen: set[int] = set()
        self._build_actions()
        from .lead import window_hooks   # issue 14: the silent alarm, presence, F1
        window_hooks.install(self)
        self._build_ui()
        window_hooks.install_banner(self)
        self.setWindowTitle(self.tr("Ausländerbehörde – Schalter"))
        self.show_screen(screen)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(30_000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self.update_actions()

    # -- construction --------------------------------------------------------------------
    def _make_action(self, name: str, text: str, shortcut: str, help_text: str,
                     slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            # buttons show the key in their text; menus show it once, in their own column
            action.setIconText(f"{text}  [{native}]")
            action.setToolTip(f"{text} ({native})\n{help_text}")
        else:
            action.setToolTip(f"{text}\n{help_text}")
        action.setStatusTip(help_text)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.entry_actions: dict[Action, QAction] = {}
        for act in PANEL_ACTIONS:
            self.entry_actions[act] = self._make_action(
                f"action_{act.value}", action_label(act), ACTION_SHORTCUTS[act],
                action_help(act), lambda a=act: self.trigger(a))
        self.call_next_action = self._make_action(
            "action_call_next", self.tr("Nächste Person aufrufen"), CALL_NEXT_SHORTCUT,
            self.tr("Ruft die nächste wartende Person an diesen Schalter."), self.call_next)
        self.walk_in_action = self._make_action(
            "action_walk_in", self.tr("Vorsprache ohne Termin"), WALK_IN_SHORTCUT,
            self.tr("Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer "
                    "drucken."), self.open_walk_in)
        self.reprint_action = self._make_action(
            "action_reprint", self.tr("Wartenummer erneut drucken"), REPRINT_SHORTCUT,
            self.tr("Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie)."),
            self.reprint_ticket)
        self.search_action = self._make_action(
            "action_search", self.tr("Suchen"), SEARCH_SHORTCUT,
            self.tr("Zum Such- bzw. Filterfeld springen."), self.focus_search)
        self.counter_screen_action = self._make_action(
            "action_counter_screen", self.tr("Schalter"), COUNTER_SCREEN_SHORTCUT,
            self.tr("Die Ansicht für den Schalter."), lambda: self.show_screen("counter"))
        self.reception_screen_action = self._make_action(
            "action_reception_screen", self.tr("Infotheke"), RECEPTION_SCREEN_SHORTCUT,
            self.tr("Die Ansicht für die Infotheke: Einchecken für alle Dienststellen."),
            lambda: self.show_screen("reception"))
        self.refresh_action = self._make_action(
            "action_refresh", self.tr("Neu laden"), REFRESH_SHORTCUT,
            self.tr("Die Warteschlange vollständig neu laden."),
            lambda: self.tasks.spawn(self.reload(), "reload"))
        self.lead_screen_action = self._make_action(
            "action_lead_screen", self.tr("Schichtleitung"), LEAD_SCREEN_SHORTCUT,
            self.tr("Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, "
                    "Umverteilen."), lambda: self.show_screen("lead"))
        self.statistics_screen_action = self._make_action(
            "action_statistics_screen", self.tr("Statistik"), STATISTICS_SCREEN_SHORTCUT,
            self.tr("Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, "
                    "Ausfallquote."), lambda: self.show_screen("statistics"))
        self.pickup_screen_action = self._make_action(
            "action_pickup_screen", self.tr("Ausgabe"), PICKUP_SCREEN_SHORTCUT,
            self.tr("Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang "
                    "buchen."), lambda: self.show_screen("pickup"))
        self.pickup_screen_action.setVisible(self.can_serve)
        self.pickup_screen_action.setEnabled(self.can_serve)
        self.order_action = self._make_action(
            "action_order_document", self.tr("Dokument bestellen …"), ORDER_DOCUMENT_SHORTCUT,
            self.tr("Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis "
                    "bestellen; der Abholschein wird sofort gedruckt."), self.open_order)
        self.order_action.setVisible(self.can_serve)
        for a in (self.counter_screen_action, self.reception_screen_action,
                  self.lead_screen_action, self.statistics_screen_action,
                  self.pickup_screen_action):
            a.setCheckable(True)
        for a in (self.lead_screen_action, self.statistics_screen_action):
            a.setVisible(self.can_lead)
            a.setEnabled(self.can_lead)
        self.confirmation_action = self._make_action(
            "action_confirmation", self.tr("Terminbestätigung drucken"), CONFIRMATION_SHORTCUT,
            self.tr("Die Terminbestätigung des gewählten gebuchten Termins drucken (in der "
                    "Sprache der ersten Person)."), self.print_confirmation)
        self.receipt_action = self._make_action(
            "action_receipt", self.tr("Quittung …"), RECEIPT_SHORTCUT,
            self.tr("Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und "
                    "drucken."), self.open_receipt)
        self.cancel_receipt_action = self._make_action(
            "action_cancel_receipt", self.tr("Letzte Quittung stornieren"),
            CANCEL_RECEIPT_SHORTCUT,
            self.tr("Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt "
                    "hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage)."),
            self.cancel_last_receipt)
        receipts = self.receipts_enabled()
        for a in (self.receipt_action, self.cancel_receipt_action):
            a.setVisible(receipts)
            a.setEnabled(receipts)
        self.printers_action = self._make_action(
            "action_printers", self.tr("Drucker …"), "",
            self.tr("Den Drucker je Dokumentart wählen (für diese Sitzung)."),
            self.open_printers)
        self._build_intake_actions()

    def _build_ui(self) -> None:
        bar = QToolBar(self.tr("Ansicht"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.counter_screen_action)
        bar.addAction(self.reception_screen_action)
        if self.can_serve:
            bar.addAction(self.pickup_screen_action)
        if self.can_lead:
            bar.addAction(self.lead_screen_action)
            bar.addAction(self.statistics_screen_action)
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
        bar.addAction(self.call_next_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.refresh_action)
        self.addToolBar(bar)
        call_button = bar.widgetForAction(self.call_next_action)
        if isinstance(call_button, QToolButton):
            call_button.setObjectName("callNextButton")
            call_button.setStyleSheet("font-weight: bold;")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 4)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setMargin(6)
        self.banner.setStyleSheet("background: #fff3b0; color: #111; border: 2px solid #8a6d00;"
                                  " font-weight: bold;")
        self.banner.hide()
        layout.addWidget(self.banner)

        self.infobar = QFrame()
        self.infobar.setObjectName("infobar")
        info_layout = QHBoxLayout(self.infobar)
        info_layout.setContentsMargins(6, 2, 2, 2)
        self.info_text = QLabel()
        self.info_text.setObjectName("infoText")
        self.info_text.setTextFormat(Qt.TextFormat.PlainText)
        self.info_text.setWordWrap(True)
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info_layout.addWidget(self.info_text, 1)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Meldung schließen"))
        close.clicked.connect(self.infobar.hide)
        info_layout.addWidget(close)
        self.infobar.hide()
        layout.addWidget(self.infobar)

        now = self.desk.ctx.now
        actions = [self.entry_actions[a] for a in PANEL_ACTIONS]
        # the counter's panel also offers what is done for the person in service
        counter_actions = actions + ([self.order_action] if self.can_serve else []) + (
            [self.receipt_action] if self.receipts_enabled() else [])
        self.stack = QStackedWidget()
        self.counter_view = CounterView(counter_actions, now=now)
        self.reception_view = ReceptionView(
            actions, [self.walk_in_action, self.reprint_action, self.confirmation_action,
                      self.complete_person_action],
            now=now)
        self.stack.addWidget(self.counter_view)
        self.stack.addWidget(self.reception_view)
        if self.can_lead:
            from .lead.board import LeadScreen
            from .statistics import StatisticsScreen

            self.board = LeadScreen(self.desk, day=self.day, alarms=self.alarm_center)
            self.board.message.connect(lambda text, error: self.show_message(text, error=error))
            self.board.entryReassigned.connect(lambda view: self.apply_views([view]))
            self.statistics = StatisticsScreen(self.desk, office_name=self.settings.office_name)
            self.statistics.message.connect(
                lambda text, error: self.show_message(text, error=error))
            self.stack.addWidget(self.board)
            self.stack.addWidget(self.statistics)
        if self.can_serve:
            from .pickup import PickupScreen

            self.pickup = PickupScreen(self.desk, output=self.output.output,
                                       office_name=self.settings.office_name)
            self.pickup.message.connect(lambda text, error: self.show_message(text, error=error))
            self.stack.addWidget(self.pickup)
        if self.can_book:
            from desk_app.services.intake import Intake

            from .intake import IntakeView

            self.intake = IntakeView(Intake(self.desk))
            self.intake.message.connect(lambda text, error: self.show_message(text, error=error))
            self.stack.addWidget(self.intake)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if self.print_desk is not None:
            from .print_queue_panel import PrintQueuePanel

            self.print_panel = PrintQueuePanel(self.print_desk, printers=self.printers,
                                               parent=self)
            self.print_panel.setWindowTitle(self.tr("Druckaufträge"))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.print_panel)
            self.print_panel.hide()
            self.print_panel.jobs_changed.connect(self._print_jobs_changed)
            self.print_panel.action_failed.connect(
                lambda text: self.show_message(text, error=True))
            toggle = self.print_panel.toggleViewAction()
            toggle.setObjectName("action_print_queue")
            toggle.setText(self.tr("Druckaufträge"))
            toggle.setShortcut(QKeySequence(PRINT_QUEUE_SHORTCUT))
            toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            toggle.setToolTip(self.tr("Druckaufträge ein- und ausblenden ({key})").format(
                key=QKeySequence(PRINT_QUEUE_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText)))
            self.addAction(toggle)
            self.print_queue_action = toggle
        else:
            self.print_queue_action = None
        self._build_menus()

        for view in (self.counter_view, self.reception_view):
            view.pane.currentEntryChanged.connect(lambda _e: self.update_actions())
        self.counter_view.stationChanged.connect(self._station_changed)
        self.reception_view.searchRequested.connect(
            lambda text: self.tasks.spawn(self.search(text), "search"))

        status = self.statusBar()
        status.setObjectName("statusBar")
        self.station_label = QLabel()
        self.clerk_label = QLabel()
        self.db_label = QLabel()
        self.online_label = QLabel()
        for name, label in (("stationLabel", self.station_label), ("clerkLabel", self.clerk_label),
                            ("databaseLabel", self.db_label), ("onlineLabel", self.online_label)):
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            status.addPermanentWidget(label)
        self._update_status()

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.setObjectName("menuBar")
        view_menu = menus.addMenu(self.tr("&Ansicht"))
        view_menu.addAction(self.counter_screen_action)
        view_menu.addAction(self.reception_screen_action)
        if self.can_serve:
            view_menu.addAction(self.pickup_screen_action)
        if self.can_lead:
            view_menu.addAction(self.lead_screen_action)
            view_menu.addAction(self.statistics_screen_action)
        view_menu.addSeparator()
        if self.print_queue_action is not None:
            view_menu.addAction(self.print_queue_action)
        view_menu.addAction(self.refresh_action)
        print_menu = menus.addMenu(self.tr("&Drucken"))
        print_menu.addAction(self.reprint_action)
        print_menu.addAction(self.confirmation_action)
        if self.can_serve:
            print_menu.addAction(self.order_action)
        if self.receipts_enabled():
            print_menu.addSeparator()
            print_menu.addAction(self.receipt_action)
            print_menu.addAction(self.cancel_receipt_action)
        print_menu.addSeparator()
        print_menu.addAction(self.printers_action)
        from .booking.hooks import install_appointment_book  # the appointment book (issue 15)
        install_appointment_book(self, menus)
        if self.can_book:   # issue 17: into the "Termine" menu the appointment book made
            bookings_menu = menus.actions()[-1].menu()
            bookings_menu.addSeparator()
            bookings_menu.addAction(self.intake_screen_action)
            bookings_menu.addAction(self.import_action)

        admin_hook.install_menu(self)   # issue 13: Verwaltung (shift lead, admin)

    # -- intake (issue 17) ---------------------------------------------------------------
    def _build_intake_actions(self) -> None:
        self.intake_screen_action = self._make_action(
            "action_intake_screen", self.tr("Vorbereitung"), INTAKE_SCREEN_SHORTCUT,
            self.tr("Die Termine von morgen mit Hinweisen zur Datenqualität: fehlende "
                    "Angaben vor dem Tag ergänzen."), lambda: self.show_screen("intake"))
        self.intake_screen_action.setCheckable(True)
        self.import_action = self._make_action(
            "action_import", self.tr("Buchungen importieren …"), IMPORT_SHORTCUT,
            self.tr("Einen Export des Buchungssystems (CSV oder .ics) importieren, mit "
                    "Vorschau."), self.open_import)
        for a in (self.intake_screen_action, self.import_action):
            a.setVisible(self.can_book)
            a.setEnabled(self.can_book)
        self.complete_person_action = self._make_action(
            "action_complete_person", self.tr("Personendaten ergänzen …"),
            COMPLETE_PERSON_SHORTCUT,
            self.tr("Fehlende Angaben der Person des gewählten Vorgangs ergänzen "
                    "(Geburtsdatum, Staatsangehörigkeit, Kontakt); der Hinweis verschwindet."),
            self.open_complete_person)

    def open_complete_person(self) -> None:
        from .intake.entry_completion import EntryCompletion

        if getattr(self, "_completion", None) is None:
            self._completion = EntryCompletion(
                self.desk, self, lambda text: self.show_message(text, error=False))
        dialog = self._completion.open(self.current_entry())
        if dialog is not None:
            self.active_dialog = dialog

    def open_import(self) -> None:
        if self.intake is None:
            return
        self.show_screen("intake")
        self.intake.open_import()

    def _start_no_show_timer(self) -> None:
        if self.no_show_timer is not None or not self.auto_no_show:
            return
        from .intake import NoShowTimer

        self.no_show_timer = NoShowTimer(self.desk, self.settings.auto_no_show_interval_s, self)
        self.no_show_timer.start()

    # -- screens -------------------------------------------------------------------------
    def _screens(self) -> dict[str, QWidget]:
        screens = {"counter": self.counter_view, "reception": self.reception_view}
        if self.pickup is not None:
            screens["pickup"] = self.pickup
        if self.board is not None:
            screens["lead"] = self.board
            screens["statistics"] = self.statistics
        if self.intake is not None:
            screens["intake"] = self.intake
        return screens

    def show_screen(self, name: str) -> None:
        screens = self._screens()
        view = screens.get(name, self.counter_view)
        name = next(k for k, v in screens.items() if v is view)
        if self.stack.currentWidget() is not view:
            self.clear_message()
        # only the shown screen counts for the window's minimum size (a hidden screen's
        # size must not push the window off a small or 150 % screen)
        for page in screens.values():
            policy = QSizePolicy.Policy.Preferred if page is view else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(view)
        self.stack.updateGeometry()
        self.counter_screen_action.setChecked(name == "counter")
        self.reception_screen_action.setChecked(name == "reception")
        self.lead_screen_action.setChecked(name == "lead")
        self.statistics_screen_action.setChecked(name == "statistics")
        self.pickup_screen_action.setChecked(name == "pickup")
        self.intake_screen_action.setChecked(name == "intake")
        self.setWindowTitle({
            "intake": self.tr("Ausländerbehörde – Vorbereitung"),
            "reception": self.tr("Ausländerbehörde – Infotheke"),
            "lead": self.tr("Ausländerbehörde – Schichtleitung"),
            "statistics": self.tr("Ausländerbehörde – Statistik"),
            "pickup": self.tr("Ausländerbehörde – Dokumentenausgabe"),
        }.get(name, self.tr("Ausländerbehörde – Schalter")))
        # the keyboard starts where the work is: the search at reception, the queue here
        if name == "reception":
            view.search.setFocus()
        elif name == "statistics":
            view.sp_table.setFocus()
        elif name == "pickup":
            view.focus_scan()
        elif name == "intake":
            view.table.setFocus()
        else:
            view.pane.table.setFocus()
        if self.started:
            self.tasks.spawn(self.load_screen(), "load-screen")
        self.update_actions()

    async def load_screen(self) -> None:
        """Reads what the shown screen needs the first time it is shown (the board and
        the statistics load on demand; the board then follows the change feed)."""
        name = self.screen()
        if name == "lead" and not self.board.loaded:
            await self.board.refresh()
        elif name == "statistics" and self.statistics.report is None:
            await self.statistics.load()
        elif name == "pickup":
            self._pickup_service_point()
        elif name == "intake":
            await self.intake.load()

    def _pickup_service_point(self) -> None:
        """The pickup desk serves the service point chosen on the counter screen."""
        if self.pickup is None:
            return
        sp_id = self.counter_view.service_point_id()
        name = next((sp.name for sp in self.service_points if sp.id == sp_id), None)
        self.pickup.set_service_point(sp_id, name)

    def screen(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, v in self._screens().items() if v is current), "counter")

    def active_view(self):
        return self.stack.currentWidget()

    def entry_pane(self):
        """The queue whose current entry the entry actions act on (counter, reception)."""
        view = self.active_view()
        if view is self.counter_view or view is self.reception_view:
            return view.pane
        return None

    def current_entry(self) -> EntryView | None:
        pane = self.entry_pane()
        return pane.current_entry() if pane is not None else None

    def focus_search(self) -> None:
        view = self.active_view()
        if view is self.reception_view:
            target = view.search
        elif view is self.counter_view:
            target = view.filter
        else:
            return
        target.setFocus()
        target.selectAll()

    # -- status --------------------------------------------------------------------------
    def _update_status(self) -> None:
        actor = self.desk.ctx.actor
        self.station_label.setText(self.tr("Arbeitsplatz: {name}").format(
            name=actor.station or self.settings.station))
        role = ROLE_LABELS.get(actor.role.value, actor.role.value)
        role_text = {
            "Sachbearbeitung": self.tr("Sachbearbeitung"), "Infotheke": self.tr("Infotheke"),
            "Schichtleitung": self.tr("Schichtleitung"), "Administration": self.tr("Administration"),
        }.get(role, role)
        if self.clerk_name and (role in self.clerk_name or role_text in self.clerk_name):
            self.clerk_label.setText(self.tr("Angemeldet: {name}").format(name=self.clerk_name))
        else:
            self.clerk_label.setText(self.tr("Angemeldet: {name} ({role})").format(
                name=self.clerk_name or "—", role=role_text))
        self.db_label.setText(self.tr("Datenbank: {name}").format(
            name=database_name(self.desk.db.url)))
        self.db_label.setToolTip(self.desk.db.display_url)
        if self.read_only:
            text, colour = self.tr("● Nur Lesen"), "#8a6d00"
        elif self.online:
            text, colour = self.tr("● Verbunden"), "#1b5e20"
        else:
            text, colour = self.tr("○ Keine Verbindung"), "#b00020"
        self.online_label.setText(text)
        self.online_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self._update_banner()

    def _update_banner(self) -> None:
        if self.read_only:
            self.banner.setText(self.tr("Nur Lesezugriff: {why} Änderungen sind gesperrt."
                                        ).format(why=self._read_only_text()))
            self.banner.show()
        elif not self.online:
            self.banner.setText(self.tr("Keine Verbindung zur Datenbank. Die Anzeige ist "
                                        "eventuell nicht aktuell, Änderungen sind gesperrt. "
                                        "Es wird automatisch neu verbunden."))
            self.banner.show()
        else:
            self.banner.hide()

    def _read_only_text(self) -> str:
        if self.read_only_reason == "schema":
            return self.tr("Die Datenbank ist neuer als dieses Programm; bitte das Programm "
                           "aktualisieren.")
        return self.read_only_reason or self.tr("Die Datenbank ist schreibgeschützt.")

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.last_message = text
        self.info_text.setText(text)
        self.infobar.setProperty("error", error)
        self.infobar.setStyleSheet(
            "#infobar { background: #fde0e0; border: 2px solid #b00020; }"
            " #infoText { color: #111; font-weight: bold; }" if error else
            "#infobar { background: #e3f0ff; border: 1px solid #2a5c9a; }"
            " #infoText { color: #111; }")
        self.infobar.show()

    def clear_message(self) -> None:
        """A message belongs to the screen it was given on."""
        self.last_message = ""
        self.info_text.clear()
        self.infobar.hide()

    def _permitted(self, permission: Permission) -> bool:
        return self.desk.ctx.policy.allows(self.desk.ctx.actor.role, permission)

    def writable(self) -> bool:
        return self.online and not self.read_only and self.started

    def update_actions(self) -> None:
        entry = self.current_entry()
        writable = self.writable()
        counter_screen = self.screen() == "counter"
        has_counter = self.desk.ctx.actor.counter_id is not None
        for act, qaction in self.entry_actions.items():
            ok = (writable and entry is not None and act in allowed_actions(entry.state)
                  and self._permitted(RULES[(entry.state, act)].permission)
                  and ("act", entry.id, act) not in self._in_flight)
            if act == Action.CALL:
                ok = ok and has_counter and self._permitted(Permission.CALL_SPECIFIC)
            if act == Action.FORWARD:
                ok = ok and len(self._forward_targets(entry)) > 0
            qaction.setEnabled(bool(ok))
        # without a counter F5 stays live: it says so and puts the focus on the picker
        self.call_next_action.setEnabled(
            writable and counter_screen
            and self.counter_view.service_point_id() is not None
            and self._permitted(Permission.CALL) and "call_next" not in self._in_flight)
        self.walk_in_action.setEnabled(writable and self._permitted(Permission.REGISTER_WALK_IN))
        self.complete_person_action.setEnabled(
            writable and entry is not None and bool(entry.members)
            and self._permitted(Permission.CHECK_IN))
        self.order_action.setEnabled(self.can_serve and writable and entry is not None
                                     and entry.state == State.IN_SERVICE)
        if self.pickup is not None:
            self.pickup.set_writable(writable)
        self.reprint_action.setEnabled(entry is not None and entry.ticket is not None
                                       and entry.state in (State.WAITING, State.CALLED,
                                                           State.PARKED))
        self.confirmation_action.setEnabled(
            entry is not None and entry.state == State.BOOKED and entry.scheduled_at is not None
            and bool(entry.members) and ("confirmation", entry.id) not in self._in_flight)
        if self.receipts_enabled():
            self.receipt_action.setEnabled(
                writable and entry is not None and entry.state == State.IN_SERVICE)
            self._want_entry_receipts(entry)
            receipt = self.receipt_to_cancel()
            self.cancel_receipt_action.setEnabled(
                writable and receipt is not None
                and ("cancel_receipt", receipt.id) not in self._in_flight)

    def receipts_enabled(self) -> bool:
        """Fee receipts are switched on for this office (settings.receipts_enabled)."""
        return self.receipt_desk is not None and bool(self.receipt_desk.enabled)

    # -- loading -------------------------------------------------------------------------
    async def start(self) -> None:
        """Loads the reference data and the queue, then follows the change feed."""
        from desk_app.services.change_feed import make_change_feed

        try:
            self.service_points = await self.desk.service_points()
            self.services = await self.desk.services()
            staff = await self.desk.staff()
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self._set_online(False)
            self.show_message(message_for(exc), error=True)
            QTimer.singleShot(5000, lambda: self.tasks.spawn(self.start(), "start"))
            return
        me = next((s for s in staff if s.id == self.desk.ctx.actor.staff_id), None)
        self.clerk_name = me.display_name if me else ""
        sp_id, counter_id = self._initial_station()
        self.counter_view.set_service_points(self.service_points, sp_id, counter_id)
        self._apply_counter(self.counter_view.counter_id())
        self._tell_presence()
        if self.heartbeat is not None:
            self.heartbeat.start()      # once the counter is known (idempotent)
        self.started = True
        self._set_online(True)
        self._start_no_show_timer()
        await self.reload()
        if self.feed is None:
            self.feed = make_change_feed(self.desk.db, self._on_changes,
                                         on_status=self._on_status,
                                         poll_interval=self.poll_interval)
            await self.feed.start()
            listener = getattr(self.feed, "listener", None)
            if listener is not None:    # PostgreSQL: catch-up reads on the LISTEN connection
                self.desk.use_fast_reader(listener)
        self.tasks.spawn(self.refresh_wait_estimates(), "wait-estimates")
        if self.print_panel is not None and not self.print_panel.timer.isActive():
            self.print_panel.start()
        self.update_actions()
        await self.load_screen()

    def _initial_station(self) -> tuple[int | None, int | None]:
        """The counter the actor was given, else the one chosen here last time
        (QSettings), else the settings' counter or service point, else the first."""
        actor = self.desk.ctx.actor
        for sp in self.service_points:
            for c in sp.counters:
                if actor.counter_id == c.id:
                    return sp.id, c.id
        remembered = self.memory.station() if self.memory is not None else None
        if remembered is not None:
            code, counter = remembered
            for sp in self.service_points:
                if sp.code == code and not sp.is_reception:
                    return sp.id, next((c.id for c in sp.counters if c.name == counter), None)
        for sp in self.service_points:
            for c in sp.counters:
                if self.settings.counter and c.name == self.settings.counter:
                    return sp.id, c.id
        for sp in self.service_points:
            if self.settings.service_point and sp.code == self.settings.service_point.upper():
                return sp.id, None
        first = next((sp for sp in self.service_points if not sp.is_reception), None)
        return (first.id if first else None), None

    async def reload(self) -> None:
        try:
            sp_id = self.counter_view.service_point_id()
            counter_rows = await self.desk.day_queue(self.day, sp_id) if sp_id else []
            all_rows = await self.desk.day_queue(self.day, None)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self._needs_reload = True
            self.show_message(message_for(exc), error=True)
            return
        self._needs_reload = False
        self.counter_view.pane.model.set_rows(counter_rows)
        self.reception_view.pane.model.set_rows([r for r in all_rows if self._reception_accepts(r)])
        self.update_actions()

    def _counter_accepts(self, view: EntryView) -> bool:
        return (view.business_day == self.day
                and view.service_point_id == self.counter_view.service_point_id())

    def _reception_accepts(self, view: EntryView) -> bool:
        return view.business_day == self.day and not any(
            sp.id == view.service_point_id and sp.is_reception for sp in self.service_points)

    def apply_views(self, views: Iterable[EntryView], missing: Iterable[int] = ()) -> None:
        """Brings changed entries into both screens: row updates, never a reset."""
        views = list(views)
        missing = list(missing)
        for pane, accepts in ((self.counter_view.pane, self._counter_accepts),
                              (self.reception_view.pane, self._reception_accepts)):
            model = pane.model
            for v in views:
                old = model.entry(v.id)
                if old is not None and old.version != v.version:
                    self.keys.forget_entry(v.id)
            drop = [v.id for v in views if not accepts(v)] + missing
            model.remove_rows(drop)
            model.update_rows([v for v in views if accepts(v)])
        self.update_actions()

    async def _on_changes(self, records) -> None:
        records = list(records)
        self.tasks.spawn(admin_hook.on_changes(self, records), "admin-changes")  # issue 13
        if any(r.entity == "receipt" for r in records):
            self._forget_entry_receipts()
        if self.print_panel is not None:
            self.print_panel.on_changes(records)
        if self.board is not None:
            self.tasks.spawn(self.board.on_changes(records), "board-changes")
        if self.intake is not None and self.screen() == "intake":
            self.tasks.spawn(self.intake.on_changes(records), "intake-changes")
        if any(r.entity == "alarm" for r in records):
            self.tasks.spawn(self.alarm_center.on_changes(records), "alarm-changes")
        if self.pickup is not None and any(r.entity == "document_order" for r in records):
            self.tasks.spawn(self._pickup_changes(records), "pickup-changes")
        ids = sorted({r.entity_id for r in records if r.entity == "entry"})
        if not ids:
            return
        try:
            views = await self.desk.entries(ids)
        except Exception:
            self._needs_reload = True  # the records are consumed: reload when back online
            raise
        found = {v.id for v in views}
        self.apply_views(views, missing=[i for i in ids if i not in found])

    def _on_status(self, online: bool, detail: str) -> None:
        self._set_online(online)
        if online and self._needs_reload:
            self.tasks.spawn(self.reload(), "reload")

    def _set_online(self, online: bool) -> None:
        self.online = online
        self._update_status()
        self.update_actions()

    def _tick(self) -> None:
        for view in (self.counter_view, self.reception_view):
            view.pane.model.refresh_times()
        self.update_actions()
        if self.reception_view.isVisible():
            self.tasks.spawn(self.refresh_wait_estimates(), "wait-estimates")

    async def refresh_wait_estimates(self) -> None:
        """Reception's line of estimated waits (issue 12, docs/waiting-time.md)."""
        from desk_app.services.waiting_time import board, planned_minutes

        async def read(session, now):
            async with session.begin():
                return await board(session, now, planned_min=await planned_minutes(session))
        try:
            estimates = await self.desk.read(read, self.desk.ctx.now())
        except Exception as exc:
            log.info("no waiting estimates (%s)", type(exc).__name__)
            return
        names = {sp.code: sp.name for sp in self.service_points or ()}
        self.reception_view.show_estimates(estimates, names)

    def _day_changed(self, qdate: QDate) -> None:
        self.day = dt.date(qdate.year(), qdate.month(), qdate.day())
        if self.board is not None:
            self.board.set_day(self.day)
        self.tasks.spawn(self.reload(), "reload")

    def _station_changed(self, sp_id, counter_id) -> None:
        if self.memory is not None:
            sp = next((s for s in self.service_points if s.id == sp_id), None)
            counter = next((c.name for c in (sp.counters if sp else ()) if c.id == counter_id),
                           None)
            if sp is not None:
                self.memory.remember_station(sp.code, counter)
        self._apply_counter(counter_id)
        self._tell_presence()
        if self.pickup is not None and self.screen() == "pickup":
            self._pickup_service_point()
        self.tasks.spawn(self.reload(), "reload")

    async def _pickup_changes(self, records) -> None:
        try:
            await self.pickup.on_changes(records)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            log.info("pickup refresh failed: %s", type(exc).__name__)

    def _tell_presence(self) -> None:
        """The heartbeat reports the service point and counter the clerk works at."""
        if self.heartbeat is None:
            return
        sp_id, counter_id = self.counter_view.service_point_id(), self.counter_view.counter_id()
        if counter_id is None and self.desk.ctx.actor.role.value == "RECEPTION":
            sp_id = next((sp.id for sp in self.service_points if sp.is_reception), sp_id)
        self.heartbeat.update(service_point_id=sp_id, counter_id=counter_id)

    def _apply_counter(self, counter_id: int | None) -> None:
        ctx = self.desk.ctx
        actor = dataclasses.replace(ctx.actor, counter_id=counter_id)
        self.desk.ctx = Context(actor=actor, policy=ctx.policy, clock=ctx.clock)
        for facade in (self.print_desk, self.receipt_desk):  # they act as the same actor
            if facade is not None:
                facade.ctx = self.desk.ctx
        self.update_actions()

    # -- running an action ---------------------------------------------------------------
    async def perform(self, ident: Hashable, call: Callable[[str], Awaitable[EntryView]],
                      *, success: Callable[[EntryView], str] | None = None,
                      on_domain_error: Callable[[errors.DomainError], bool] | None = None
                      ) -> EntryView | None:
        """Runs one service call with the action's idempotency key and shows the outcome.

        After DatabaseUnavailable the key is kept: trying again re-sends the same key,
        so an action whose commit was lost with the connection is applied exactly once.
        """
        if ident in self._in_flight:
            return None
        key = self.keys.key_for(ident)
        self._in_flight.add(ident)
        self.update_actions()
        try:
            view = await call(key)
        except asyncio.CancelledError:
            raise
        except DatabaseUnavailable as exc:
            self.show_message(message_for(exc), error=True)
            return None
        except errors.DomainError as exc:
            self.keys.done(ident)
            if on_domain_error is not None and on_domain_error(exc):
                return None
            self.show_message(message_for(exc), error=True)
            if isinstance(exc, errors.ConcurrentModification) and isinstance(ident, tuple) \
                    and len(ident) > 1 and isinstance(ident[1], int):
                self.tasks.spawn(self._refresh_entries([ident[1]]), "refresh")
            return None
        except Exception as exc:  # never a traceback in the window
            self.keys.done(ident)
            log.exception("action %s failed", ident[0] if isinstance(ident, tuple) else ident)
            self.show_message(message_for(exc), error=True)
            return None
        finally:
            self._in_flight.discard(ident)
            self.update_actions()
        self.keys.done(ident)
        self.apply_views([view])
        if success is not None:
            self.show_message(success(view))
        return view

    async def _refresh_entries(self, ids: list[int]) -> None:
        try:
            views = await self.desk.entries(ids)
        except (DatabaseUnavailable, errors.DomainError):
            return
        found = {v.id for v in views}
        self.apply_views(views, missing=[i for i in ids if i not in found])

    def _describe(self, view: EntryView) -> str:
        label = view.ticket or view.booking_reference or f"#{view.id}"
        text = self.tr("{ticket}: {state}").format(ticket=label, state=state_label(view.state))
        if view.state in (State.CALLED, State.IN_SERVICE) and view.counter_name:
            text += self.tr(" an {counter}").format(counter=view.counter_name)
        if view.state == State.WAITING and view.service_point_id != self.counter_view.service_point_id() \
                and self.screen() == "counter":
            text += self.tr(" – wartet jetzt bei {sp}").format(sp=view.service_point_name)
        if view.replayed:
            text += self.tr(" (war bereits gespeichert)")
        return text + "."

    def _act(self, entry: EntryView, action: Action, *, after=None, **kwargs) -> None:
        async def run():
            view = await self.perform(
                ("act", entry.id, action),
                lambda key: self.desk.act(entry.id, action, key=key,
                                          expected_version=entry.version, **kwargs),
                success=self._describe,
                on_domain_error=(lambda exc: self._late_check_in(entry, exc))
                if action == Action.CHECK_IN else None)
            if view is not None and after is not None:
                after(view)
        self.tasks.spawn(run(), f"act-{action.value}")

    # -- the actions ---------------------------------------------------------------------
    def trigger(self, action: Action) -> None:
        entry = self.current_entry()
        if entry is None or not self.entry_actions[action].isEnabled():
            return
        if action == Action.CHECK_IN:
            self._act(entry, action, after=self._print_after)
        elif action == Action.LATE_ARRIVAL:
            self._ask_reason(self.tr("Verspätet angekommen"),
                             self.tr("Warum wird {ticket} trotz „Nicht erschienen“ noch "
                                     "aufgenommen?").format(ticket=self._label(entry)),
                             [self.tr("Verspätung öffentlicher Nahverkehr"),
                              self.tr("Person war im Haus, falsche Etage")],
                             lambda reason: self._act(entry, action, reason=reason,
                                                      after=self._print_after))
        elif action == Action.MARK_NO_SHOW:
            self._confirm(self.tr("Nicht erschienen"),
                          self.tr("{ticket} ({names}) als „Nicht erschienen“ markieren?").format(
                              ticket=self._label(entry), names=self._names(entry)),
                          self.tr("Nicht erschienen"), lambda: self._act(entry, action))
        elif action == Action.CANCEL:
            self._confirm(self.tr("Stornieren"),
                          self.tr("Den Termin {ticket} ({names}) stornieren?").format(
                              ticket=self._label(entry), names=self._names(entry)),
                          self.tr("Stornieren"), lambda: self._act(entry, action))
        elif action == Action.CALL:
            self.tasks.spawn(self.perform(
                ("act", entry.id, action),
                lambda key: self.desk.call_specific(entry.id, key=key,
                                                    expected_version=entry.version),
                success=self._describe), "call-specific")
        elif action == Action.PARK:
            self._ask_reason(self.tr("Parken"),
                             self.tr("Warum wird {ticket} geparkt?").format(
                                 ticket=self._label(entry)),
                             [self.tr("Kassenautomat"), self.tr("Passfoto-Automat"),
                              self.tr("Unterlagen fehlen")],
                             lambda reason: self._act(entry, action, reason=reason))
        elif action == Action.FORWARD:
            self._open_forward(entry)
        elif action == Action.FINISH:
            self._open_finish(entry)
        else:
            self._act(entry, action)

    def _label(self, entry: EntryView) -> str:
        return entry.ticket or entry.booking_reference or f"#{entry.id}"

    def _names(self, entry: EntryView) -> str:
        from .queue_model import names_text
        return names_text(entry)

    def _confirm(self, title: str, text: str, confirm_text: str, on_yes) -> None:
        self.active_dialog = ask(self, title, text, confirm_text, on_yes)
        self.active_dialog.finished.connect(lambda _r: self._dialog_closed())

    def _dialog_closed(self) -> None:
        self.active_dialog = None

    def _ask_reason(self, title: str, prompt: str, suggestions: list[str], on_reason) -> None:
        dialog = ReasonDialog(self, title, prompt, suggestions, self.tr("OK"))
        dialog.accepted.connect(lambda: on_reason(dialog.text()))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    def _late_check_in(self, entry: EntryView, exc: errors.DomainError) -> bool:
        if not isinstance(exc, errors.LateCheckInNeedsReason):
            return False
        self._ask_reason(self.tr("Verspätet"), message_for(exc),
                         [self.tr("Verspätung öffentlicher Nahverkehr"),
                          self.tr("Person war im Haus, falsche Etage")],
                         lambda reason: self._act(entry, Action.CHECK_IN, reason=reason,
                                                  after=self._print_after))
        return True

    def _forward_targets(self, entry: EntryView | None) -> list[ServicePointView]:
        if entry is None:
            return []
        return [sp for sp in self.service_points
                if not sp.is_reception and sp.id != entry.service_point_id]

    def _open_forward(self, entry: EntryView) -> None:
        dialog = ForwardDialog(self, entry, self._forward_targets(entry))
        dialog.accepted.connect(lambda: self._act(
            entry, Action.FORWARD, target_service_point_id=dialog.target_id(),
            reason=dialog.reason_text() or None))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    def _open_finish(self, entry: EntryView) -> None:
        dialog = FinishDialog(self, entry)
        dialog.accepted.connect(lambda: self._act(entry, Action.FINISH,
                                                  outcomes=dialog.outcomes()))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    def call_next(self) -> None:
        if not self.call_next_action.isEnabled():
            return
        counter_id = self.desk.ctx.actor.counter_id
        if counter_id is None:
            self.show_message(self.tr("Kein Schalter gewählt: bitte zuerst oben den Schalter "
                                      "wählen, dann mit F5 aufrufen."), error=True)
            self.counter_view.counter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        busy = [e for e in self.counter_view.pane.model.entries()
                if e.counter_id == counter_id and e.state in (State.CALLED, State.IN_SERVICE)]
        if busy:
            names = ", ".join(f"{self._label(e)} ({state_label(e.state)})" for e in busy)
            self._confirm(self.tr("Nächste Person aufrufen"),
                          self.tr("An diesem Schalter ist noch jemand: {who}. Trotzdem die "
                                  "nächste Person aufrufen?").format(who=names),
                          self.tr("Trotzdem aufrufen"), self._call_next_now)
        else:
            self._call_next_now()

    def _call_next_now(self) -> None:
        sp_id = self.counter_view.service_point_id()
        counter_id = self.desk.ctx.actor.counter_id

        async def run():
            view = await self.perform(
                "call_next",
                lambda key: self.desk.call_next(service_point_id=sp_id, counter_id=counter_id,
                                                key=key),
                success=self._describe)
            if view is not None:
                self.counter_view.pane.select(view.id)
                self.update_actions()
        self.tasks.spawn(run(), "call-next")

    # -- reception -----------------------------------------------------------------------
    async def search(self, text: str) -> None:
        query = text.strip()
        view = self.reception_view
        if not query:
            view.show_results("", None)
            return
        try:
            found = await self.desk.search(query, day=self.day)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self.show_message(message_for(exc), error=True)
            return
        if view.search.text().strip() != query:
            return  # the user typed on; a newer search follows
        found = [v for v in found if self._reception_accepts(v)]
        view.pane.model.update_rows(found)
        view.show_results(query, [v.id for v in found])
        self.update_actions()

    def open_walk_in(self) -> None:
        if not self.walk_in_action.isEnabled():
            return
        sps = [sp for sp in self.service_points if not sp.is_reception]
        default = self.counter_view.service_point_id() if self.screen() == "counter" else None
        dialog = WalkInDialog(self, sps, self.services, default_service_point_id=default)
        dialog.submitted.connect(lambda: self.tasks.spawn(self._register(dialog), "walk-in"))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    async def _register(self, dialog: WalkInDialog) -> None:
        try:
            people = dialog.applicants()
        except errors.ValidationFailed as exc:
            dialog.show_error(message_for(exc))
            return
        dialog.set_busy(True)
        try:
            view = await self.desk.register_walk_in(
                service_point_id=dialog.service_point_id(), applicants=people,
                service_id=dialog.service_id(), key=dialog.key)
        except DatabaseUnavailable as exc:
            dialog.show_error(message_for(exc))   # same key on the next attempt
            return
        except errors.DomainError as exc:
            dialog.renew_key()
            dialog.show_error(message_for(exc))
            return
        except Exception as exc:
            log.exception("walk-in registration failed")
            dialog.renew_key()
            dialog.show_error(message_for(exc))
            return
        finally:
            dialog.set_busy(False)
        dialog.accept()
        self.apply_views([view])
        pane = self.entry_pane()
        if pane is not None:
            pane.select(view.id)
        self.show_message(self.tr("Vorsprache aufgenommen: {ticket} bei {sp}.").format(
            ticket=view.ticket, sp=view.service_point_name))
        await self._print_ticket(view)

    def _print_after(self, view: EntryView) -> None:
        if view.ticket and view.state == State.WAITING and not view.replayed:
            self.tasks.spawn(self._print_ticket(view), "ticket")

    def reprint_ticket(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.ticket:
            self.tasks.spawn(self._print_ticket(entry, copy=True), "ticket")

    def waiting_ahead(self, view: EntryView) -> int:
        from .queue_model import time_sort_key
        mine = time_sort_key(view)
        return sum(1 for e in self.reception_view.pane.model.entries()
                   if e.service_point_id == view.service_point_id and e.state == State.WAITING
                   and e.id != view.id and time_sort_key(e) < mine)

    async def _wait_estimate(self, view: EntryView) -> int | None:
        """The estimated wait printed on the ticket (docs/waiting-time.md); None when it
        cannot be read: the ticket prints without it."""
        from desk_app.services.waiting_time import entry_estimate
        try:
            estimate = await self.desk.read(entry_estimate, view.id, self.desk.ctx.now())
        except Exception as exc:
            log.info("no waiting estimate for the ticket (%s)", type(exc).__name__)
            return None
        return estimate.shown_minutes if estimate is not None else None

    async def _print_ticket(self, view: EntryView, *, copy: bool = False) -> None:
        """The wait ticket to its printer at once (one keystroke, no dialog); a
        deliberate reprint (``copy``) is a new job marked "KOPIE". Without a printer the
        ticket is saved as a PDF and the window says where."""
        data = ticket_data(view, waiting_ahead=self.waiting_ahead(view),
                           issued_at=self.desk.ctx.now(), office_name=self.settings.office_name,
                           estimated_wait_minutes=await self._wait_estimate(view))
        out = await self._output(data, label=view.ticket or "", entity_id=view.id, copy=copy,
                                 what=self.tr("Die Wartenummer {ticket}").format(
                                     ticket=view.ticket))
        if out is not None:
            self.last_ticket = out

    async def _output(self, data, *, label: str, entity_id: int | None, what: str,
                      copy: bool = False, entity: str = "entry") -> Output | None:
        """Prints (or saves) one document and tells the clerk what happened."""
        try:
            out = await self.output.output(data, label=label, entity=entity,
                                           entity_id=entity_id, copy=copy)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("document output failed")
            reason = message_for(exc) if isinstance(exc, (errors.DomainError,
                                                          DatabaseUnavailable)) \
                else type(exc).__name__
            self.show_message(self.tr("{what} konnte nicht gedruckt werden: {why}").format(
                what=what, why=reason), error=True)
            return None
        self.last_output = out
        copy_text = self.tr(" (Kopie)") if copy else ""
        if out.path is not None:
            self.show_message(self.tr("{what}{copy} wurde als PDF gespeichert, weil kein "
                                      "Drucker eingerichtet ist (Menü Drucken → Drucker …): "
                                      "{path}").format(what=what, copy=copy_text,
                                                       path=out.path))
        elif out.failed:
            self.show_message(self.tr("{what}{copy} wurde nicht gedruckt ({printer}): {why} "
                                      "Siehe Druckaufträge.").format(
                what=what, copy=copy_text, printer=out.printer, why=out.job.error or ""),
                error=True)
            if self.print_panel is not None:
                self.print_panel.show()
                self.print_panel.refresh()
        else:
            self.show_message(self.tr("{what}{copy} geht an den Drucker {printer}.").format(
                what=what, copy=copy_text, printer=out.printer))
        return out

    def _print_jobs_changed(self) -> None:
        """The dock shows itself when a job newly fails or sticks."""
        bad = {j.id for j in self.print_panel.attention_jobs}
        if bad - self._attention_seen:
            self.print_panel.show()
        self._attention_seen = bad

    # -- appointment confirmation ------------------------------------------------------
    def print_confirmation(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.confirmation_action.isEnabled():
            return
        self.tasks.spawn(self._print_confirmation(entry), "confirmation")

    async def _print_confirmation(self, entry: EntryView) -> None:
        ident = ("confirmation", entry.id)
        if ident in self._in_flight:
            return
        self._in_flight.add(ident)
        self.update_actions()
        try:
            service = next((s for s in self.services if s.id == entry.service_id), None)
            sp = next((p for p in self.service_points if p.id == entry.service_point_id), None)
            data = appointment_confirmation_data(entry, service, sp,
                                                 office_name=self.settings.office_name)
            await self._output(data, label=entry.booking_reference or str(entry.id),
                               entity_id=entry.id,
                               what=self.tr("Die Terminbestätigung {reference}").format(
                                   reference=entry.booking_reference or ""))
        finally:
            self._in_flight.discard(ident)
            self.update_actions()

    # -- fee receipts --------------------------------------------------------------------
    def open_receipt(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.receipt_action.isEnabled() or self.active_dialog:
            return
        self.tasks.spawn(self._open_receipt(entry), "receipt-dialog")

    async def _open_receipt(self, entry: EntryView) -> None:
        from desk_app.services.fees import catalogue

        day = business_day(self.desk.ctx.now())

        async def body(session):
            async with session.begin():
                return await catalogue(session, day)
        try:
            fees = await self.desk.read(body)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self.show_message(message_for(exc), error=True)
            return
        if self.active_dialog is not None:
            return
        service = next((s for s in self.services if s.id == entry.service_id), None)
        dialog = ReceiptDialog(self, entry, fees, day=day,
                               default_fee=service.fee_code if service else None)
        dialog.submitted.connect(lambda: self.tasks.spawn(self._issue_receipt(dialog, entry),
                                                          "receipt"))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    async def _issue_receipt(self, dialog: ReceiptDialog, entry: EntryView) -> None:
        dialog.set_busy(True)
        try:
            receipt = await self.receipt_desk.issue(
                payer_name=dialog.payer_name(), payment_method=dialog.payment_method(),
                fees=dialog.requests(), entry_id=entry.id, key=dialog.key)
        except DatabaseUnavailable as exc:
            dialog.show_error(message_for(exc))   # same key on the next attempt
            return
        except Exception as exc:
            if not isinstance(exc, errors.DomainError):
                log.exception("issuing a receipt failed")
            dialog.renew_key()
            dialog.show_error(message_for(exc))
            return
        finally:
            dialog.set_busy(False)
        dialog.accept()
        self.last_receipt = receipt
        await self._load_entry_receipts(entry.id, self._stale_entry_receipts())
        self.update_actions()
        await self._print_receipt(receipt, entry)

    async def _print_receipt(self, receipt, entry: EntryView | None) -> None:
        language = entry.members[0].preferred_language if entry and entry.members else None
        data = self.receipt_desk.document(receipt, language=language)
        if not data.office_address and entry is not None:
            sp = next((p for p in self.service_points if p.id == entry.service_point_id), None)
            if sp is not None:
                data = dataclasses.replace(data, office_address=sp.address)
        what = (self.tr("Der Stornobeleg {number}") if receipt.is_cancellation
                else self.tr("Die Quittung {number}")).format(number=receipt.display_number)
        await self._output(data, label=receipt.display_number, entity="receipt",
                           entity_id=receipt.id, what=what)

    def receipt_to_cancel(self):
        """The ReceiptView "Letzte Quittung stornieren" would cancel, or None: the newest
        receipt of the current entry as the database has it (so it survives a restart),
        if it is not cancelled yet; with no entry selected, the receipt last issued here."""
        entry = self.current_entry()
        if entry is None:
            r = self.last_receipt
            return r if r is not None and not r.is_cancellation else None
        if self.entry_receipts is None or self.entry_receipts[0] != entry.id:
            return None                # not loaded yet (update_actions loads them)
        last = next((r for r in self.entry_receipts[1] if not r.receipt.is_cancellation), None)
        return last.receipt if last is not None and last.cancellable else None

    def _want_entry_receipts(self, entry: EntryView | None) -> None:
        """Loads the current entry's receipts unless they are loaded or on their way."""
        if entry is None or not self.receipts_enabled() or not self.started:
            return
        if self.entry_receipts is not None and self.entry_receipts[0] == entry.id:
            return
        if self._receipts_loading == (entry.id, self._receipts_generation):
            return
        self._receipts_loading = (entry.id, self._receipts_generation)
        self.tasks.spawn(self._load_entry_receipts(entry.id, self._receipts_generation),
                         "entry-receipts")

    def _stale_entry_receipts(self) -> int:
        """What was loaded is stale (loads in flight are dropped): the new generation."""
        self._receipts_generation += 1
        self.entry_receipts = None
        return self._receipts_generation

    def _forget_entry_receipts(self) -> None:
        """Receipts changed somewhere (often our own, coming back through the change
        feed): load the current entry's again. What is shown stays until the new list is
        there, so "Letzte Quittung stornieren" does not flicker off under the clerk's
        key; a receipt cancelled elsewhere meanwhile is refused by the service."""
        entry = self.current_entry()
        if (entry is None or not self.receipts_enabled() or not self.started
                or self.entry_receipts is None or self.entry_receipts[0] != entry.id):
            self._stale_entry_receipts()
            self.update_actions()
            return
        self._receipts_generation += 1
        self._receipts_loading = (entry.id, self._receipts_generation)
        self.tasks.spawn(self._load_entry_receipts(entry.id, self._receipts_generation),
                         "entry-receipts")

    async def _load_entry_receipts(self, entry_id: int, generation: int) -> None:
        self._receipts_loading = (entry_id, generation)
        try:
            rows = await self.receipt_desk.of_entry(entry_id)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            log.info("loading the receipts of entry %s failed: %s", entry_id, type(exc).__name__)
            return
        finally:
            if self._receipts_loading == (entry_id, generation):
                self._receipts_loading = None
        if generation != self._receipts_generation:
            return                     # stale meanwhile: a newer load follows
        self.entry_receipts = (entry_id, rows)
        self.update_actions()

    def cancel_last_receipt(self) -> None:
        receipt = self.receipt_to_cancel()
        if receipt is None or not self.cancel_receipt_action.isEnabled():
            return
        self._confirm(self.tr("Quittung stornieren"),
                      self.tr("Die Quittung {number} über {total} ({payer}) durch einen "
                              "Stornobeleg aufheben?").format(
                          number=receipt.display_number, total=f"{receipt.total:.2f} €".replace(
                              ".", ","), payer=receipt.payer_name),
                      self.tr("Stornieren"),
                      lambda: self.tasks.spawn(self._cancel_receipt(receipt), "cancel-receipt"))

    async def _cancel_receipt(self, receipt) -> None:
        ident = ("cancel_receipt", receipt.id)
        if ident in self._in_flight:
            return
        key = self.keys.key_for(ident)
        self._in_flight.add(ident)
        self.update_actions()
        try:
            cancellation = await self.receipt_desk.cancel(receipt.id, key=key)
        except asyncio.CancelledError:
            raise
        except DatabaseUnavailable as exc:      # the key is kept for the retry
            self.show_message(message_for(exc), error=True)
            return
        except Exception as exc:
            self.keys.done(ident)
            if not isinstance(exc, errors.DomainError):
                log.exception("cancelling a receipt failed")
            self.show_message(message_for(exc), error=True)
            return
        finally:
            self._in_flight.discard(ident)
            self.update_actions()
        self.keys.done(ident)
        self.last_receipt = cancellation
        if receipt.entry_id is not None:
            await self._load_entry_receipts(receipt.entry_id, self._stale_entry_receipts())
        self.update_actions()
        entry = None
        if receipt.entry_id is not None:
            entry = (self.counter_view.pane.model.entry(receipt.entry_id)
                     or self.reception_view.pane.model.entry(receipt.entry_id))
        await self._print_receipt(cancellation, entry)

    # -- document orders ---------------------------------------------------------------
    def open_order(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.order_action.isEnabled() or self.active_dialog is not None:
            return
        from .document_order_dialog import DocumentOrderDialog

        dialog = DocumentOrderDialog(self, self.desk, entry,
                                     [sp for sp in self.service_points if not sp.is_reception],
                                     output=self.output.output,
                                     default_service_point_id=entry.service_point_id,
                                     office_name=self.settings.office_name)
        dialog.message.connect(lambda text, error: self.show_message(text, error=error))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    # -- printers ------------------------------------------------------------------------
    def open_printers(self) -> None:
        if self.active_dialog is not None:
            return
        rows = [("wait_ticket", self.tr("Wartenummern:")),
                ("slips", self.tr("Bestätigungen und Abholscheine:"))]
        if self.receipts_enabled():
            rows.append(("receipts", self.tr("Quittungen:")))
        out = self.output
        fallback = {setting: out.configured(setting) or out.default_printer
                    for setting, _label in rows}
        current = {setting: out.overrides.get(setting) for setting, _label in rows}
        try:
            names = list(self.printers())
        except Exception:  # the printer list is a convenience, never a crash
            log.exception("listing printers failed")
            names = []
        dialog = PrinterDialog(self, names, rows=rows, current=current, fallback=fallback)
        dialog.accepted.connect(lambda: self._printers_chosen(dialog.choices()))
        dialog.finished.connect(lambda _r: (self._dialog_closed(), dialog.deleteLater()))
        self.active_dialog = dialog
        dialog.open()

    def _printers_chosen(self, choices: dict) -> None:
        for setting, printer in choices.items():
            self.output.choose(setting, printer)
        if self.print_panel is not None:
            self.print_panel.reload_printers()
        names = {"wait_ticket": self.tr("Wartenummern"), "slips": self.tr("Bestätigungen"),
                 "receipts": self.tr("Quittungen")}
        self.show_message("; ".join(
            self.tr("{what}: {printer}").format(
                what=names[setting],
                printer=self.output.printer_for(
                    {"wait_ticket": "wait_ticket", "slips": "appointment_confirmation",
                     "receipts": "fee_receipt"}[setting]) or self.tr("als PDF speichern"))
            for setting in choices))

    # -- geometry ------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """The size and place of last time (QSettings), fitted to this screen: the whole
        window, the action panel included, is on it at any text scale."""
        saved = self.memory.geometry() if self.memory is not None else None
        if saved is not None:
            self.restoreGeometry(saved)
            wanted = self.geometry()
        else:
            wanted = None
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.screenAt(wanted.center()) if wanted is not None else None
        screen = screen or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        # the window manager's frame (title bar, borders), once it is known
        outer, inner = self.frameGeometry(), self.geometry()
        left, top = inner.x() - outer.x(), inner.y() - outer.y()
        right, bottom = outer.right() - inner.right(), outer.bottom() - inner.bottom()
        if not self.isVisible() or (left, top, right, bottom) == (0, 0, 0, 0):
            left, top, right, bottom = 4, 32, 4, 4
        room = available.adjusted(left, top, -right, -bottom)
        self.setGeometry(fit_rect(wanted, room, self.minimumSizeHint()))

    def remember_geometry(self) -> None:
        if self.memory is not None:
            self.memory.remember_geometry(self.saveGeometry())

    # -- shutdown ------------------------------------------------------------------------
    async def shutdown(self) -> None:
        """Stops everything that could still touch the database: this window's tasks,
        the change feed, the print-queue polling and the shift lead's board. (The
        heartbeat belongs to the composition root, which stops it before disposing the
        engine.) Each step is bounded: quitting must never hang on a busy database."""
        self._clock_timer.stop()
        if self.print_panel is not None:
            self.print_panel.stop()
        await _bounded(self.tasks.cancel_all(), "window tasks")
        if self.feed is not None:
            await _bounded(self.feed.stop(), "change feed")
            self.feed = None
        if self.print_panel is not None:
            await _bounded(self.print_panel.shutdown(), "print queue")
        if self.board is not None:
            await _bounded(self.board.shutdown(), "shift lead board")
        await _bounded(self.alarm_center.shutdown(), "silent alarm")
        if self.pickup is not None:
            await _bounded(self.pickup.shutdown(), "pickup desk")
        await _bounded(admin_hook.shutdown(self), "administration")  # issue 13
        if self.no_show_timer is not None:
            self.no_show_timer.stop()
            await _bounded(self.no_show_timer.tasks.cancel_all(), "automatic no-show")
        if self.intake is not None:
            await _bounded(self.intake.tasks.cancel_all(), "intake")
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
