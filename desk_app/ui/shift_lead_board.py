"""The shift lead's board: every service point and every counter at once.

- Per service point: waiting, the longest wait, called, in service, parked, no-shows
  today, and how many counters are staffed.
- Per counter: who works there (workstation presence; else the clerk of the entry being
  served), the ticket being served, its state and since when.
- Below: the day's entries of the selected service point (the clerk screen's queue
  pane), and "Umverteilen…" for the current one (ReassignDialog).

Data flows one way (DESIGN.md): ``refresh()`` reads everything through the Desk;
``apply_changes(entry_ids)`` re-reads only the changed entries (the main window calls it
from its change feed, or connect ``on_changes`` to a feed directly); presence is re-read
on a timer, because a silent workstation produces no change. The board holds nothing the
database lacks.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desk_app.domain import errors
from desk_app.domain.clock import business_day, ensure_utc, to_local
from desk_app.domain.roles import Permission
from desk_app.domain.states import State
from desk_app.services.database import DatabaseUnavailable
from desk_app.services.desk import Desk
from desk_app.services.views import EntryView, ServicePointView, StaffView

from .async_tools import ActionKeys, TaskSet
from .error_messages import message_for
from .labels import STATE_STYLES, state_label
from .labels import format_duration as duration_text
from .queue_model import COL_SERVICE_POINT
from .queue_pane import QueuePane
from .reassign_dialog import ReassignDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: A wait longer than this is shown in red on the board.
LONG_WAIT = dt.timedelta(minutes=45)
_SERVING = (State.CALLED, State.IN_SERVICE)


# -- what the board shows (plain data, computed from EntryViews and presence) ----------
@dataclass(frozen=True)
class ServicePointRow:
    service_point_id: int | None          # None: the total row
    name: str
    waiting: int = 0
    longest_wait: dt.timedelta | None = None
    longest_ticket: str | None = None
    called: int = 0
    in_service: int = 0
    parked: int = 0
    no_show: int = 0
    staffed: int = 0
    counters: int = 0
    missed: int = 0                        # came, then did not answer (issue 14)
    next_hour: int = 0                     # booked appointments in the next hour
    next_at: dt.datetime | None = None     # the next booked appointment
    estimated_min: int | None = None       # estimated wait for someone arriving now


@dataclass(frozen=True)
class CounterRow:
    counter_id: int
    service_point_id: int
    service_point_name: str
    service_point_code: str
    counter_name: str
    room: str
    who: str | None                       # the person working there, if known
    who_source: str                       # "presence", "offline", "entry" or ""
    entry_id: int | None
    ticket: str | None
    state: State | None
    since: dt.datetime | None
    who_id: int | None = None             # the staff id of who works there, if known
    # the counter's presence state (issue 14): None = at the counter
    presence: str | None = None           # "BREAK", "AWAY", "CLOSED"
    presence_reason: str | None = None
    presence_since: dt.datetime | None = None


@dataclass(frozen=True)
class Presence:
    """Who is at a counter (from desk_app.services.presence.list_presence)."""
    counter_id: int
    staff_name: str | None
    online: bool
    last_seen: dt.datetime | None = None
    staff_id: int | None = None


def service_point_rows(service_points: Sequence[ServicePointView],
                       entries: Iterable[EntryView], staffed: set[int],
                       now: dt.datetime, estimates: dict | None = None) -> list[ServicePointRow]:
    """``estimates``: service point code -> minutes (services.waiting_time.board)."""
    estimates = estimates or {}
    entries = list(entries)
    rows: list[ServicePointRow] = []
    totals = dict(waiting=0, called=0, in_service=0, parked=0, no_show=0, staffed=0,
                  counters=0, missed=0, next_hour=0)
    longest: tuple[dt.timedelta, str | None] | None = None
    for sp in service_points:
        if sp.is_reception:
            continue
        mine = [e for e in entries if e.service_point_id == sp.id]
        waiting = [e for e in mine if e.state == State.WAITING and e.waiting_since]
        best = max(waiting, key=lambda e: now - ensure_utc(e.waiting_since), default=None)
        wait = max(now - ensure_utc(best.waiting_since), dt.timedelta(0)) if best else None
        values = dict(
            waiting=sum(1 for e in mine if e.state == State.WAITING),
            called=sum(1 for e in mine if e.state == State.CALLED),
            in_service=sum(1 for e in mine if e.state == State.IN_SERVICE),
            parked=sum(1 for e in mine if e.state == State.PARKED),
            no_show=sum(1 for e in mine if e.state == State.NO_SHOW),
            staffed=sum(1 for c in sp.counters if c.id in staffed),
            counters=len(sp.counters),
            missed=sum(1 for e in mine if e.state == State.MISSED),
            next_hour=sum(1 for e in mine if e.state == State.BOOKED and e.scheduled_at
                          and now <= ensure_utc(e.scheduled_at) < now + dt.timedelta(hours=1)))
        upcoming = [ensure_utc(e.scheduled_at) for e in mine
                    if e.state == State.BOOKED and e.scheduled_at
                    and ensure_utc(e.scheduled_at) >= now]
        for k, v in values.items():
            totals[k] += v
        if wait is not None and (longest is None or wait > longest[0]):
            longest = (wait, best.ticket)
        rows.append(ServicePointRow(sp.id, sp.name, longest_wait=wait,
                                    longest_ticket=best.ticket if best else None,
                                    next_at=min(upcoming, default=None),
                                    estimated_min=estimates.get(sp.code), **values))
    rows.append(ServicePointRow(None, translate("ShiftLeadBoard", "Alle Dienststellen"),
                                longest_wait=longest[0] if longest else None,
                                longest_ticket=longest[1] if longest else None, **totals))
    return rows


def counter_rows(service_points: Sequence[ServicePointView], entries: Iterable[EntryView],
                 presence: Iterable[Presence], staff_names: dict[int, str],
                 states: dict | None = None) -> list[CounterRow]:
    """``states``: counter id -> CounterPresence (services.lead_ops), breaks etc."""
    states = states or {}
    serving: dict[int, EntryView] = {}
    for e in entries:
        if e.state in _SERVING and e.counter_id is not None:
            old = serving.get(e.counter_id)
            if old is None or _since(e) and (not _since(old) or _since(e) > _since(old)):
                serving[e.counter_id] = e
    present: dict[int, Presence] = {}
    for p in presence:
        old = present.get(p.counter_id)
        if old is None or (p.online and not old.online):
            present[p.counter_id] = p
    rows = []
    for sp in service_points:
        for c in sp.counters:
            e = serving.get(c.id)
            p = present.get(c.id)
            who_id = None
            if p is not None and p.staff_name:
                who, source = p.staff_name, ("presence" if p.online else "offline")
                who_id = p.staff_id
            elif e is not None and e.clerk_id is not None and e.clerk_id in staff_names:
                who, source = staff_names[e.clerk_id], "entry"
                who_id = e.clerk_id
            else:
                who, source = None, ""
            st = states.get(c.id)
            rows.append(CounterRow(
                counter_id=c.id, service_point_id=sp.id, service_point_name=sp.name,
                service_point_code=sp.code, counter_name=c.name, room=c.room, who=who, who_source=source,
                entry_id=e.id if e else None, ticket=e.ticket if e else None,
                state=e.state if e else None, since=_since(e) if e else None,
                who_id=who_id, presence=st.state.value if st else None,
                presence_reason=st.reason if st else None,
                presence_since=st.since if st else None))
    return rows


def _since(e: EntryView) -> dt.datetime | None:
    at = e.service_started_at if e.state == State.IN_SERVICE else e.called_at
    return ensure_utc(at) if at else None


def format_duration(value: dt.timedelta | None) -> str:
    if value is None:
        return "–"
    return duration_text(int(value.total_seconds() // 60))


def presence_text(r: CounterRow) -> str:
    """Pause (reason), Abwesend, Schalter geschlossen."""
    if r.presence == "BREAK":
        if r.presence_reason:
            return translate("ShiftLeadBoard", "Pause: {reason}").format(reason=r.presence_reason)
        return translate("ShiftLeadBoard", "Pause")
    if r.presence == "AWAY":
        return translate("ShiftLeadBoard", "Abwesend")
    if r.presence == "CLOSED":
        return translate("ShiftLeadBoard", "Schalter geschlossen")
    return ""


# -- Qt models -------------------------------------------------------------------------
class _RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses with a stable key; set_rows updates in place when the
    keys are unchanged (dataChanged only, so selection and scrolling survive)."""

    def __init__(self, key: Callable, parent=None) -> None:
        super().__init__(parent)
        self._key = key
        self._rows: list = []
        self._titles: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row]

    def set_rows(self, rows: list) -> None:
        if [self._key(r) for r in rows] != [self._key(r) for r in self._rows]:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        last = self.columnCount() - 1
        for i, (old, new) in enumerate(zip(self._rows, rows)):
            if old != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def repaint(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))


(SP_NAME, SP_WAITING, SP_LONGEST, SP_CALLED, SP_IN_SERVICE, SP_PARKED, SP_NO_SHOW,
 SP_STAFFED, SP_MISSED, SP_NEXT, SP_ESTIMATE) = range(11)


class ServicePointModel(_RowsModel):
    @staticmethod
    def _next(r: ServicePointRow) -> str:
        if r.next_at is None:
            return str(r.next_hour)
        return translate("ShiftLeadBoard", "{count} (ab {time})").format(
            count=r.next_hour, time=to_local(r.next_at).strftime("%H:%M"))

    def __init__(self, parent=None) -> None:
        super().__init__(lambda r: r.service_point_id, parent)
        self._titles = [
            translate("ShiftLeadBoard", "Dienststelle"), translate("ShiftLeadBoard", "Wartend"),
            translate("ShiftLeadBoard", "Längste Wartezeit"),
            translate("ShiftLeadBoard", "Aufgerufen"),
            translate("ShiftLeadBoard", "In Bearbeitung"),
            translate("ShiftLeadBoard", "Geparkt"),
            translate("ShiftLeadBoard", "Nicht erschienen"),
            translate("ShiftLeadBoard", "Schalter besetzt"),
            translate("ShiftLeadBoard", "Aufruf verpasst"),
            translate("ShiftLeadBoard", "Termine nächste Stunde"),
            translate("ShiftLeadBoard", "Geschätzte Wartezeit")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: ServicePointRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.name, str(r.waiting), format_duration(r.longest_wait), str(r.called),
                    str(r.in_service), str(r.parked), str(r.no_show),
                    f"{r.staffed}/{r.counters}", str(r.missed), self._next(r),
                    "–" if r.estimated_min is None else duration_text(r.estimated_min)][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != SP_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (r.service_point_id is None or (
                col == SP_LONGEST and r.longest_wait is not None and r.longest_wait > LONG_WAIT)):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and col == SP_LONGEST and \
                r.longest_wait is not None and r.longest_wait > LONG_WAIT:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and r.service_point_id is None:
            return QBrush(QColor("#e8e8e8"))
        if role == Qt.ItemDataRole.ToolTipRole and col == SP_LONGEST and r.longest_ticket:
            return translate("ShiftLeadBoard", "Am längsten wartet {ticket}.").format(
                ticket=r.longest_ticket)
        return None


(C_SERVICE_POINT, C_COUNTER, C_WHO, C_TICKET, C_STATE, C_SINCE) = range(6)


class CounterModel(_RowsModel):
    def __init__(self, now: Callable[[], dt.datetime], parent=None) -> None:
        super().__init__(lambda r: r.counter_id, parent)
        self._now = now
        self._titles = [
            translate("ShiftLeadBoard", "Stelle"), translate("ShiftLeadBoard", "Schalter"),
            translate("ShiftLeadBoard", "Mitarbeiter/in"), translate("ShiftLeadBoard", "Nummer"),
            translate("ShiftLeadBoard", "Status"), translate("ShiftLeadBoard", "Seit")]
        self._grey = QBrush(QColor("#555555"))
        self._brushes = {s: QBrush(QColor(st.background)) for s, st in STATE_STYLES.items()}
        self._presence_brushes = {"BREAK": QBrush(QColor("#fff3c4")),
                                  "AWAY": QBrush(QColor("#e0e0e0")),
                                  "CLOSED": QBrush(QColor("#c8c8c8"))}

    def row_of_counter(self, counter_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.counter_id == counter_id), None)

    def _who(self, r: CounterRow) -> str:
        if not r.who:
            return translate("ShiftLeadBoard", "nicht besetzt")
        if r.who_source == "offline":
            return translate("ShiftLeadBoard", "{name} (offline)").format(name=r.who)
        return r.who

    def _since(self, r: CounterRow) -> str:
        if r.since is None:
            return ""
        return self._since_time(r.since)

    def _since_time(self, since: dt.datetime) -> str:
        minutes = max(0, int((self._now() - since).total_seconds() // 60))
        return translate("ShiftLeadBoard", "{time} ({duration})").format(
            time=to_local(since).strftime("%H:%M"), duration=duration_text(minutes))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: CounterRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == C_SERVICE_POINT:
                return r.service_point_code
            if col == C_COUNTER:
                return r.counter_name
            if col == C_WHO:
                return self._who(r)
            if col == C_TICKET:
                return r.ticket or ""
            if col == C_STATE:
                if r.presence is not None:
                    # the counter's state first; what it still serves after it
                    return presence_text(r) + (f" · {state_label(r.state)}"
                                               if r.state is not None else "")
                if r.state is not None:
                    return state_label(r.state)
                return translate("ShiftLeadBoard", "frei") if r.who and \
                    r.who_source != "offline" else ""
            if col == C_SINCE:
                if r.presence is not None and r.presence_since:
                    return self._since_time(r.presence_since)
                return self._since(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == C_SERVICE_POINT:
                return r.service_point_name
            if col == C_COUNTER and r.room:
                return r.room
            if col == C_WHO and r.who_source == "entry":
                return translate("ShiftLeadBoard", "Laut Vorgang (der Arbeitsplatz meldet "
                                                   "sich nicht).")
        if role == Qt.ItemDataRole.BackgroundRole and r.presence is not None and \
                col in (C_COUNTER, C_STATE, C_SINCE):
            return self._presence_brushes.get(r.presence)
        if role == Qt.ItemDataRole.ForegroundRole and (not r.who or r.who_source == "offline"):
            return self._grey
        if role == Qt.ItemDataRole.BackgroundRole and r.state is not None and \
                col in (C_TICKET, C_STATE, C_SINCE):
            return self._brushes[r.state]
        if role == Qt.ItemDataRole.FontRole and col == C_TICKET and r.ticket:
            return self._bold
        return None


# -- the widget ------------------------------------------------------------------------
class ShiftLeadBoard(QWidget):
    """The shift lead's overview. See the module docstring for how to embed it."""

    #: A text for the status bar: (text, is_error).
    message = Signal(str, bool)
    #: An entry was reassigned here (the EntryView the service returned).
    entryReassigned = Signal(object)
    #: refresh() finished (successfully or not).
    refreshed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 day: dt.date | None = None, presence_interval: float | None = None,
                 now: Callable[[], dt.datetime] | None = None, alarms=None) -> None:
        """``alarms``: the window's AlarmCenter (ui/lead/alarm.py); the board makes its
        own (and shows its banner) when it stands alone."""
        super().__init__(parent)
        self.setObjectName("shiftLeadBoard")
        self.desk = desk
        self._now = now or (lambda: self.desk.ctx.now())
        self.day = day or business_day(self._now())
        self.tasks = TaskSet()
        self.keys = ActionKeys()
        self.service_points: list[ServicePointView] = []
        self.staff: list[StaffView] = []
        self._entries: dict[int, EntryView] = {}
        self._presence: list[Presence] = []
        self.presence_available = True
        self.active_dialog: ReassignDialog | None = None
        self.last_message = ""
        self.loaded = False
        # issue 14: presence states, moves, assignments, the silent alarm (ui/lead/)
        from desk_app.domain.lead import Audience
        from desk_app.services.lead_facade import LeadOps
        from .lead.alarm import AlarmBanner, AlarmCenter
        from .lead.dnd import DraggableQueueModel, DropCounterModel
        self.lead = LeadOps(desk)
        self._states: dict = {}
        self._estimates: dict = {}     # service point code -> estimated minutes
        self.last_move = None          # the BulkMoveResult of the last move here
        self._own_alarms = alarms is None
        self.alarms = alarms or AlarmCenter(self.lead, audience=Audience.SHIFT_LEAD,
                                            now=self._now, parent=self)
        # in the main window the window's banner shows the alarms (above every screen)
        self.alarm_banner = AlarmBanner(self.alarms, self) if self._own_alarms else None

        layout = QVBoxLayout(self)
        if self.alarm_banner is not None:
            layout.addWidget(self.alarm_banner)
        bar = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.status)
        self.reassign_button = QPushButton(self.tr("&Umverteilen …"))
        self.reassign_button.setObjectName("reassign")
        self.reassign_button.setToolTip(self.tr("Den gewählten Vorgang einem anderen Schalter, "
                                                "einer anderen Sachbearbeitung, Dienststelle "
                                                "oder Zeit zuweisen (mit Grund)."))
        self.reassign_button.clicked.connect(self.open_reassign)
        bar.addWidget(self.reassign_button)
        self.move_button = QPushButton(self.tr("&Verschieben …"))
        self.move_button.setObjectName("move")
        self.move_button.setToolTip(self.tr("Die gewählten Vorgänge auf andere Schalter oder "
                                            "Mitarbeitende verteilen (ein Grund für alle). "
                                            "Auch per Ziehen auf einen Schalter."))
        self.move_button.clicked.connect(lambda: self.open_move())
        bar.addWidget(self.move_button)
        self.afternoon_button = QPushButton(self.tr("&Nachmittag verteilen …"))
        self.afternoon_button.setObjectName("afternoon")
        self.afternoon_button.setToolTip(self.tr("Alle Vorgänge der Person am gewählten "
                                                 "Schalter ab 12 Uhr verteilen."))
        self.afternoon_button.clicked.connect(lambda: self.tasks.spawn(
            self.open_afternoon(), "afternoon"))
        bar.addWidget(self.afternoon_button)
        self.presence_button = QPushButton(self.tr("S&tatus …"))
        self.presence_button.setObjectName("presence")
        self.presence_button.setToolTip(self.tr("Pause, abwesend oder geschlossen für den "
                                                "gewählten Schalter."))
        self.presence_button.clicked.connect(lambda: self.open_presence())
        bar.addWidget(self.presence_button)
        self.assign_button = QPushButton(self.tr("&Warteschlangen …"))
        self.assign_button.setObjectName("assignments")
        self.assign_button.setToolTip(self.tr("Aus welchen Warteschlangen der gewählte "
                                              "Schalter aufruft, mit Gewichten."))
        self.assign_button.clicked.connect(lambda: self.tasks.spawn(
            self.open_assignments(), "assignments"))
        bar.addWidget(self.assign_button)
        self.refresh_button = QPushButton(self.tr("&Aktualisieren"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self._refresh_clicked)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.sp_model = ServicePointModel(self)
        self.sp_table = self._table("servicePointTable", self.sp_model)
        self.sp_table.selectionModel().currentRowChanged.connect(self._sp_selected)
        self.counter_model = DropCounterModel(self._now, self)
        self.counter_model.entriesDropped.connect(self._dropped)
        self.counter_table = self._table("counterTable", self.counter_model, stretch=C_WHO)
        self.counter_table.setAcceptDrops(True)
        self.counter_table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.counter_table.setDropIndicatorShown(True)
        self.counter_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons())
        self.pane = QueuePane(self, now=self._now, hidden_columns=(),
                              model_class=DraggableQueueModel)
        self.pane.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pane.table.setDragEnabled(True)
        self.pane.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.pane.setObjectName("boardQueue")
        self.pane.set_section("waiting")
        self.pane.currentEntryChanged.connect(lambda _e: self._update_buttons())

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._titled(self.tr("Schalter"), self.counter_table))
        self.queue_title = QLabel()
        self.queue_title.setTextFormat(Qt.TextFormat.PlainText)
        lower.addWidget(self._titled(self.queue_title, self.pane))
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        lower.setSizes([620, 880])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._titled(self.tr("Dienststellen heute"), self.sp_table))
        split.addWidget(lower)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self.sp_model.modelReset.connect(self._fit_sp_table)
        layout.addWidget(split, 1)

        self.error = QLabel()
        self.error.setObjectName("message")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        self._time_timer = QTimer(self)
        self._time_timer.setInterval(30_000)
        self._time_timer.timeout.connect(self._tick)
        self._time_timer.start()
        from desk_app.services.presence import HEARTBEAT_INTERVAL
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(int(1000 * (presence_interval or HEARTBEAT_INTERVAL)))
        self._presence_timer.timeout.connect(
            lambda: self.tasks.spawn(self.refresh_presence(), "presence"))
        self._presence_timer.start()
        self._update_title()
        self._update_buttons()

    # -- construction helpers ------------------------------------------------------------
    def _table(self, name: str, model, stretch: int = 0) -> QTableView:
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

    def _titled(self, title, widget: QWidget) -> QWidget:
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

    def _fit_sp_table(self) -> None:
        """Every service point and the total row visible without scrolling."""
        t = self.sp_table
        rows = max(self.sp_model.rowCount(), 3)
        t.setMinimumHeight(t.horizontalHeader().sizeHint().height()
                           + rows * t.verticalHeader().defaultSectionSize() + 2 * t.frameWidth() + 2)

    # -- reading -------------------------------------------------------------------------
    def set_day(self, day: dt.date) -> None:
        """Shows another business day (reloads)."""
        if day != self.day:
            self.day = day
            self._update_title()
            self.tasks.spawn(self.refresh(), "refresh")

    @asyncSlot()
    async def _refresh_clicked(self) -> None:
        await self.refresh()

    async def refresh(self) -> None:
        """Reads service points, staff, the day's entries and presence; never raises."""
        try:
            self.service_points = await self.desk.service_points()
            self.staff = await self.desk.staff()
            entries = await self.desk.day_queue(self.day, None)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self.show_message(message_for(exc), error=True)
            self.refreshed.emit()
            return
        except Exception as exc:  # never a traceback on the board
            log.exception("board refresh failed")
            self.show_message(message_for(exc), error=True)
            self.refreshed.emit()
            return
        self._entries = {e.id: e for e in entries}
        if self._own_alarms:
            self.alarms.set_counters(self.service_points)
        await self.refresh_presence(render=False)
        self.loaded = True
        self._fill_pane()
        self._render()
        self.show_message("")
        self.refreshed.emit()

    async def refresh_presence(self, *, render: bool = True) -> None:
        """Re-reads the workstations' heartbeats (who is at which counter)."""
        try:
            self._presence = await self._read_presence()
            self._states = await self.lead.presence()
            self._estimates = await self._read_estimates()
            self.presence_available = True
        except (DatabaseUnavailable, errors.DomainError, ImportError) as exc:
            # without presence the board still knows who serves from the entries
            self.presence_available = False
            log.info("presence not available: %s", type(exc).__name__)
        except Exception:
            self.presence_available = False
            log.exception("reading presence failed")
        if render and self.loaded:
            self._render_counters()

    async def _read_estimates(self) -> dict:
        """The waiting-time estimate per service point code (issue 12's method)."""
        from desk_app.services.waiting_time import board

        now = self._now()
        try:
            views = await self.desk._read_only(board, now)
        except (DatabaseUnavailable, errors.DomainError):
            return getattr(self, "_estimates", {})
        return {w.service_point: w.shown_minutes for w in views}

    async def _read_presence(self) -> list[Presence]:
        """Hook: who is at which counter. Reads desk_app.services.presence.list_presence."""
        from desk_app.services.presence import list_presence

        now = self._now()

        async def body(session):
            async with session.begin():
                return await list_presence(session, now)

        views = await self.desk.read(body)
        return [Presence(p.counter_id, p.staff_name, p.online, p.last_seen, p.staff_id)
                for p in views if p.counter_id is not None]

    def apply_changes(self, entry_ids: Iterable[int]) -> asyncio.Task | None:
        """The change feed reported these entries: re-read them and update only the rows
        they affect. Returns the task (None when there is nothing to do)."""
        ids = sorted(set(entry_ids))
        if not ids or not self.loaded:
            return None
        return self.tasks.spawn(self._apply(ids), "board-apply")

    async def on_changes(self, records) -> None:
        """For a ChangeFeed callback: entries and workstation changes."""
        ids = [r.entity_id for r in records if r.entity == "entry"]
        if any(r.entity in ("workstation", "counter") for r in records):
            await self.refresh_presence()
        if self._own_alarms:
            await self.alarms.on_changes(records)
        if ids and self.loaded:
            await self._apply(sorted(set(ids)))

    async def _apply(self, ids: list[int]) -> None:
        try:
            views = await self.desk.entries(ids)
        except (DatabaseUnavailable, errors.DomainError) as exc:
            self.show_message(message_for(exc), error=True)
            return
        self.apply_views(views, missing=[i for i in ids if i not in {v.id for v in views}])

    def apply_views(self, views: Iterable[EntryView], missing: Iterable[int] = ()) -> None:
        """Brings changed entries into the board (no reload)."""
        keep, drop = [], list(missing)
        for v in views:
            if v.business_day == self.day:
                self._entries[v.id] = v
                keep.append(v)
            else:
                drop.append(v.id)
        for i in drop:
            self._entries.pop(i, None)
        for v in keep:
            old = self.pane.model.entry(v.id)
            if old is not None and old.version != v.version:
                self.keys.forget_entry(v.id)
        sp_id = self.selected_service_point_id()
        shown = [v for v in keep if sp_id is None or v.service_point_id == sp_id]
        drop += [v.id for v in keep if v not in shown]
        self.pane.model.remove_rows(drop)
        self.pane.model.update_rows(shown)
        self._render()

    # -- rendering -----------------------------------------------------------------------
    def entries(self) -> list[EntryView]:
        return list(self._entries.values())

    def _staffed(self) -> set[int]:
        return {r.counter_id for r in self.counter_model.rows()
                if r.who and r.who_source != "offline"}

    def _render(self) -> None:
        self._render_counters()
        self.sp_model.set_rows(service_point_rows(self.service_points, self._entries.values(),
                                                  self._staffed(), self._now(), self._estimates))
        self._update_title()
        self._update_buttons()

    def _render_counters(self) -> None:
        names = {s.id: s.display_name for s in self.staff}
        self.counter_model.set_rows(counter_rows(self.service_points, self._entries.values(),
                                                 self._presence, names, self._states))
        if self.sp_model.rows():
            self.sp_model.set_rows(service_point_rows(
                self.service_points, self._entries.values(), self._staffed(), self._now(),
                self._estimates))
        self.status.setText("" if self.presence_available else
                            self.tr("Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen."))

    def _tick(self) -> None:
        if self.loaded:
            self.sp_model.set_rows(service_point_rows(
                self.service_points, self._entries.values(), self._staffed(), self._now(),
                self._estimates))
            self.counter_model.repaint()
            self.pane.model.refresh_times()

    def selected_service_point_id(self) -> int | None:
        index = self.sp_table.currentIndex()
        if not index.isValid():
            return None
        return self.sp_model.row_at(index.row()).service_point_id

    def select_service_point(self, sp_id: int | None) -> None:
        row = next((i for i, r in enumerate(self.sp_model.rows())
                    if r.service_point_id == sp_id), None)
        if row is None:
            self.sp_table.clearSelection()
            self.sp_table.setCurrentIndex(QModelIndex())
        else:
            self.sp_table.selectRow(row)
        self._fill_pane()

    def _sp_selected(self, *_args) -> None:
        self._fill_pane()

    def _fill_pane(self) -> None:
        """The queue below: the selected service point's entries (all without one)."""
        sp_id = self.selected_service_point_id()
        if sp_id is None:
            self.queue_title.setText(self.tr("Vorgänge aller Dienststellen"))
        else:
            name = next((sp.name for sp in self.service_points if sp.id == sp_id), "")
            self.queue_title.setText(self.tr("Vorgänge: {name}").format(name=name))
        self.pane.model.set_rows([e for e in self._entries.values()
                                  if sp_id is None or e.service_point_id == sp_id])
        self.pane.table.setColumnHidden(COL_SERVICE_POINT, sp_id is not None)
        self._update_buttons()

    def _update_title(self) -> None:
        self.title.setText(self.tr("Schichtleitung – Übersicht {day}").format(
            day=self.day.strftime("%d.%m.%Y")))

    def _may_reassign(self) -> bool:
        ctx = self.desk.ctx
        return ctx.policy.allows(ctx.actor.role, Permission.REASSIGN) and not self.desk.read_only

    def _update_buttons(self) -> None:
        self.reassign_button.setEnabled(self._may_reassign() and
                                        self.pane.current_entry() is not None)
        lead = self._may_reassign()
        counter = self.selected_counter()
        self.move_button.setEnabled(lead and bool(self.selected_entries()))
        self.afternoon_button.setEnabled(lead and counter is not None and
                                         counter.who_id is not None)
        self.presence_button.setEnabled(lead and counter is not None)
        self.assign_button.setEnabled(lead and counter is not None)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.last_message = text
        self.error.setText(text)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        if text:
            self.message.emit(text, error)

    # -- reassigning ---------------------------------------------------------------------
    def open_reassign(self, entry: EntryView | None = None) -> ReassignDialog | None:
        """Opens the reassign dialog for ``entry`` (default: the current entry)."""
        entry = entry or self.pane.current_entry()
        if entry is None or self.active_dialog is not None:
            return None
        dialog = ReassignDialog(self, entry, self.service_points, self.staff)
        dialog.submitted.connect(lambda values: self.tasks.spawn(
            self._reassign(dialog, entry, values), "reassign"))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ReassignDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    async def _reassign(self, dialog: ReassignDialog, entry: EntryView, values: dict) -> None:
        ident = ("reassign", entry.id)
        key = self.keys.key_for(ident)
        try:
            view = await self.desk.reassign(entry.id, key=key, expected_version=entry.version,
                                            **values)
        except asyncio.CancelledError:
            raise
        except DatabaseUnavailable as exc:   # keep the key: OK again retries exactly once
            dialog.show_error(message_for(exc))
            return
        except Exception as exc:
            self.keys.done(ident)
            if not isinstance(exc, errors.DomainError):
                log.exception("reassign failed")
            dialog.show_error(message_for(exc))
            if isinstance(exc, errors.ConcurrentModification):
                self.apply_changes([entry.id])
            return
        self.keys.done(ident)
        dialog.succeeded()
        self.apply_views([view])
        self.entryReassigned.emit(view)
        label = view.ticket or view.booking_reference or f"#{view.id}"
        self.show_message(self.tr("{ticket} umverteilt: {where}.").format(
            ticket=label, where=self._where(view)))

    # -- issue 14: moves, presence, assignments (the methods live in ui/lead/board_ops) ---
    from .lead.board_ops import (  # noqa: E402
        _dropped, _move, _set_assignments, _set_presence, move_entries, open_afternoon,
        open_assignments, open_move, open_presence, selected_counter, selected_entries,
        targets_for,
    )

    def _where(self, view: EntryView) -> str:
        parts = [view.service_point_name]
        counter = next((c.name for sp in self.service_points for c in sp.counters
                        if c.id == view.assigned_counter_id), None)
        if counter:
            parts.append(counter)
        clerk = next((s.display_name for s in self.staff if s.id == view.assigned_clerk_id), None)
        if clerk:
            parts.append(clerk)
        if view.scheduled_at and view.state == State.BOOKED:
            parts.append(to_local(view.scheduled_at).strftime("%d.%m.%Y %H:%M"))
        return ", ".join(parts)

    async def shutdown(self) -> None:
        """Stops the timers and cancels the board's tasks (call before closing). Safe when
        Qt has already deleted the board or its timers (a window closed first)."""
        from shiboken6 import isValid

        for timer in (self._time_timer, self._presence_timer):
            if isValid(timer):
                timer.stop()
        if self.active_dialog is not None and isValid(self.active_dialog):
            self.active_dialog.reject()
        # nothing touches a widget after the first await: the widget may be deleted then
        await self.tasks.cancel_all()
        if self._own_alarms:
            await self.alarms.shutdown()
