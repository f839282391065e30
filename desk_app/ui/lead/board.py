"""The shift lead's board (a Screen, name "lead"): every service point and every counter
at once.

- Per service point: waiting, the longest wait, called, in service, parked, no-shows
  today, missed calls, staffed counters, the next hour's appointments, the estimate.
- Per counter: who works there (workstation presence; else the clerk of the entry being
  served), the ticket being served, its state and since when, a break or a closed counter.
- Below: the day's entries of the selected service point (the clerk screen's queue
  pane); entries can be dragged onto a counter or its clerk.

Data flows one way (DESIGN.md): ``refresh()`` reads everything through the Desk and the
LeadOps facade; ``on_changes(records)`` / ``apply_changes(entry_ids)`` re-read only the
changed entries; presence is re-read on a timer, because a silent workstation produces
no change. The counting is ``desk_app.services.lead_board``'s; the actions are
``BoardCommands``' (each through ``Operations.run``). The board holds nothing the
database lacks.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Callable, Iterable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from desk_app.domain.clock import business_day
from desk_app.domain.lead import Audience
from desk_app.domain.roles import Permission
from desk_app.services.desk import Desk
from desk_app.services.lead_board import (
    CounterRow, Presence, counter_rows, service_point_rows, staffed_counters,
)
from desk_app.services.lead_facade import LeadOps
from desk_app.services.presence import HEARTBEAT_INTERVAL
from desk_app.services.views import EntryView, ServicePointView, StaffView

from ..async_tools import ActionKeys, TaskSet
from ..operation import Operations
from ..queue_model import COL_SERVICE_POINT
from .alarm import AlarmBanner, AlarmCenter
from .commands import BoardCommands
from .formats import date_text
from .layout import build_board

log = logging.getLogger(__name__)


class LeadScreen(QWidget):
    """The shift lead's overview. See the module docstring for how to embed it."""

    name = "lead"
    #: A text for the message bar: (text, is_error).
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
        self.operations = Operations(ActionKeys(), self)
        self.operations.message.connect(lambda text, error: self.show_message(text, error=error))
        self.operations.changed.connect(self._update_buttons)
        self.commands = BoardCommands(self)
        self.lead = LeadOps(desk)
        self.service_points: list[ServicePointView] = []
        self.staff: list[StaffView] = []
        self._entries: dict[int, EntryView] = {}
        self._presence: list[Presence] = []
        self._states: dict = {}        # counter id -> CounterPresence (breaks, closed)
        self._estimates: dict = {}     # service point code -> estimated minutes
        self.presence_available = True
        self.writable = True
        self.last_message = ""
        self.last_error = False
        self.loaded = False
        self._own_alarms = alarms is None
        self.alarms = alarms or AlarmCenter(self.lead, audience=Audience.SHIFT_LEAD,
                                            now=self._now, parent=self)
        # in the main window the window's banner shows the alarms (above every screen)
        self.alarm_banner = AlarmBanner(self.alarms, self) if self._own_alarms else None
        build_board(self)   # widgets, models, actions (ui/lead/layout.py)

        self._time_timer = QTimer(self)
        self._time_timer.setInterval(30_000)
        self._time_timer.timeout.connect(self._tick)
        self._time_timer.start()
        self._presence_timer = QTimer(self)
        self._presence_timer.setInterval(int(1000 * (presence_interval or HEARTBEAT_INTERVAL)))
        self._presence_timer.timeout.connect(
            lambda: self.tasks.spawn(self.refresh_presence(), "presence"))
        self._presence_timer.start()
        self._update_title()
        self._update_buttons()

    # -- the Screen protocol -------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ausländerbehörde – Schichtleitung")

    def screen_actions(self) -> list[QAction]:
        return list(self.board_actions)

    def activate(self) -> None:
        self.pane.table.setFocus()

    async def load(self) -> None:
        """The first time: read everything; then the change feed keeps the board."""
        if not self.loaded:
            await self.refresh()

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self._update_buttons()

    async def shutdown(self) -> None:
        """Stops the timers and cancels the board's tasks (call before closing). Safe when
        Qt has already deleted the board or its timers (a window closed first)."""
        from shiboken6 import isValid

        for timer in (self._time_timer, self._presence_timer):
            if isValid(timer):
                timer.stop()
        self.commands.close_dialog()
        self.operations.cancel()
        # nothing touches a widget after the first await: the widget may be deleted then
        await self.tasks.cancel_all()
        if self._own_alarms:
            await self.alarms.shutdown()

    # -- what tests and the window ask -----------------------------------------------------
    @property
    def active_dialog(self):
        return self.commands.active_dialog

    def entries(self) -> list[EntryView]:
        return list(self._entries.values())

    def selected_service_point_id(self) -> int | None:
        index = self.sp_table.currentIndex()
        if not index.isValid():
            return None
        return self.sp_model.row_at(index.row()).service_point_id

    def selected_counter(self) -> CounterRow | None:
        index = self.counter_table.currentIndex()
        if not index.isValid():
            return None
        return self.counter_model.row_at(index.row())

    def select_service_point(self, sp_id: int | None) -> None:
        row = self.sp_model.row_of(sp_id) if sp_id is not None else None
        if row is None:
            self.sp_table.clearSelection()
            self.sp_table.setCurrentIndex(QModelIndex())
        else:
            self.sp_table.selectRow(row)
        self._fill_pane()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A message appears once: in the window's message bar (``message``; an empty
        text clears it); only a board standing alone shows it in its own line."""
        self.last_message = text
        self.last_error = error and bool(text)
        if self._own_alarms:
            self.error.setText(text)
            self.error.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
            self.error.setVisible(bool(text))
        self.message.emit(text, error)

    def _clear_read_error(self) -> None:
        """A read worked: a failed read's message no longer holds (others stay)."""
        if self.last_error:
            self.show_message("")

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
        async def read():
            self.service_points = await self.desk.service_points()
            self.staff = await self.desk.staff()
            return await self.desk.day_queue(self.day, None)

        read = await self.operations.read(read, what="board refresh")
        if not read:        # shown in the message bar, never a traceback on the board
            self.refreshed.emit()
            return
        entries = read.value
        self._entries = {e.id: e for e in entries}
        if self._own_alarms:
            self.alarms.set_counters(self.service_points)
        await self.refresh_presence(render=False)
        self.loaded = True
        self._fill_pane()
        self._render()
        self._clear_read_error()
        self.refreshed.emit()

    async def refresh_presence(self, *, render: bool = True) -> None:
        """Re-reads the workstations' heartbeats (who is at which counter), the counters'
        states and the estimates."""
        async def read():
            return await self.lead.board_presence(), await self.lead.presence()

        # without presence the board still knows who serves from the entries
        read = await self.operations.read(read, what="board presence", quiet=True)
        self.presence_available = bool(read)
        if read:
            self._presence, self._states = read.value
            estimates = await self.operations.read(self.lead.board_estimates,
                                                   what="board estimates", quiet=True)
            if estimates:           # else the last estimates stay
                self._estimates = estimates.value
        if render and self.loaded:
            self._render_counters()

    def apply_changes(self, entry_ids: Iterable[int]) -> asyncio.Task | None:
        """The change feed reported these entries: re-read them and update only the rows
        they affect. Returns the task (None when there is nothing to do)."""
        ids = sorted(set(entry_ids))
        if not ids or not self.loaded:
            return None
        return self.tasks.spawn(self._apply(ids), "board-apply")

    async def on_changes(self, records) -> None:
        """Change-feed records: entries and workstation changes (and the alarms when the
        board stands alone)."""
        records = list(records)
        ids = [r.entity_id for r in records if r.entity == "entry"]
        if any(r.entity in ("workstation", "counter") for r in records):
            await self.refresh_presence()
        if self._own_alarms:
            await self.alarms.on_changes(records)
        if ids and self.loaded:
            await self._apply(sorted(set(ids)))

    async def _apply(self, ids: list[int]) -> None:
        read = await self.operations.read(lambda: self.desk.entries(ids),
                                          what="board entries")
        if not read:
            return
        views = read.value
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
        sp_id = self.selected_service_point_id()
        shown = [v for v in keep if sp_id is None or v.service_point_id == sp_id]
        drop += [v.id for v in keep if v not in shown]
        self.pane.model.remove_rows(drop)
        self.pane.model.update_rows(shown)
        self._render()

    # -- rendering -----------------------------------------------------------------------
    def _render(self) -> None:
        self._render_counters()
        self._update_title()
        self._update_buttons()

    def _render_counters(self) -> None:
        """The counters, then the service points (whose staffed count follows them)."""
        names = {s.id: s.display_name for s in self.staff}
        counters = counter_rows(self.service_points, self._entries.values(), self._presence,
                                names, self._states)
        self.counter_model.sync_rows(counters)
        self._render_service_points()
        self.status.setText("" if self.presence_available else
                            self.tr("Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen."))

    def _render_service_points(self) -> None:
        self.sp_model.sync_rows(service_point_rows(
            self.service_points, self._entries.values(),
            staffed_counters(self.counter_model.rows()), self._now(), self._estimates))

    def _tick(self) -> None:
        if self.loaded:
            self._render_service_points()
            self.counter_model.repaint()
            self.pane.model.refresh_live()

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
        self.heading.setText(self.tr("Schichtleitung – Übersicht {day}").format(
            day=date_text(self.day)))

    def _may_lead(self) -> bool:
        ctx = self.desk.ctx
        return (ctx.policy.allows(ctx.actor.role, Permission.REASSIGN)
                and not self.desk.read_only and self.writable)

    def _update_buttons(self) -> None:
        lead = self._may_lead()
        counter = self.selected_counter()
        self.reassign_action.setEnabled(lead and self.pane.current_entry() is not None)
        self.move_action.setEnabled(lead and bool(self.commands.selected_entries()))
        self.afternoon_action.setEnabled(lead and counter is not None and
                                         counter.who_id is not None)
        self.presence_action.setEnabled(lead and counter is not None)
        self.assign_action.setEnabled(lead and counter is not None)

