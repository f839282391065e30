"""What the shift lead does on the board, each through one dialog and ``Operations.run``:
reassign one entry, move a selection or a drop (one reason, spread over the chosen
counters or clerks), "all of Frau X's afternoon", a counter's presence state, a
counter's queues with weights. The dialogs only collect input; the operation object
owns the key, the busy state, the messages and the retry after an outage."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Awaitable, Callable, Sequence, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from desk_app.domain.clock import to_local
from desk_app.domain.lead import Presence
from desk_app.domain.states import State
from desk_app.services.lead_facade import Assignment, BulkMoveResult, MoveTarget
from desk_app.services.views import EntryView

from ..labels import local_time
from .dialogs import AssignmentDialog, MoveDialog, PresenceDialog
from .formats import date_text
from .reassign_dialog import ReassignDialog

if TYPE_CHECKING:
    from .board import LeadScreen

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
T = TypeVar("T")


def entry_label(e: EntryView) -> str:
    return e.ticket or e.booking_reference or f"#{e.id}"


class BoardCommands:
    """The board's actions; ``active_dialog`` is the one dialog open at a time."""

    def __init__(self, board: LeadScreen) -> None:
        self.board = board
        self.active_dialog: QDialog | None = None
        self.last_move: BulkMoveResult | None = None   # the last move made here

    @property
    def lead(self):
        return self.board.lead

    # -- dialogs -------------------------------------------------------------------------
    def _open(self, dialog: QDialog, name: str,
              on_submit: Callable[[object], Awaitable[object]]) -> QDialog:
        dialog.setObjectName(name)
        dialog.submitted.connect(lambda values: self.board.tasks.spawn(on_submit(values), name))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    async def _read(self, call: Awaitable[T]) -> T | None:
        """A read before a dialog opens; a failure is shown (the board's Operations), None
        returned."""
        read = await self.board.operations.read(lambda: call, what="board read")
        return read.value if read else None

    # -- reassign ------------------------------------------------------------------------
    def open_reassign(self, entry: EntryView | None = None) -> ReassignDialog | None:
        """Opens the reassign dialog for ``entry`` (default: the current entry)."""
        entry = entry or self.board.pane.current_entry()
        if entry is None or self.active_dialog is not None:
            return None
        board = self.board
        dialog = ReassignDialog(board, entry, board.service_points, board.staff)
        return self._open(dialog, "reassignDialog",
                          lambda values: self._reassign(dialog, entry, values))

    async def _reassign(self, dialog: ReassignDialog, entry: EntryView, values: dict) -> None:
        board = self.board
        outcome = await board.operations.run(
            ("reassign", entry.id),
            lambda key: board.desk.reassign(entry.id, key=key,
                                            expected_version=entry.version, **values),
            what="reassign", form=dialog,
            on_conflict=lambda: board.apply_changes([entry.id]))
        if not outcome:
            return
        view = outcome.value
        dialog.succeeded()
        board.apply_views([view])
        board.entryReassigned.emit(view)
        board.show_message(translate("LeadScreen", "{ticket} umverteilt: {where}.").format(
            ticket=entry_label(view), where=self.where(view)))

    def where(self, view: EntryView) -> str:
        """Service point, counter, clerk and (a booking) the time, for the message."""
        board = self.board
        parts = [view.service_point_name]
        counter = next((c.name for sp in board.service_points for c in sp.counters
                        if c.id == view.assigned_counter_id), None)
        if counter:
            parts.append(counter)
        clerk = next((s.display_name for s in board.staff if s.id == view.assigned_clerk_id),
                     None)
        if clerk:
            parts.append(clerk)
        if view.scheduled_at and view.state == State.BOOKED:
            parts.append(f"{date_text(to_local(view.scheduled_at).date())} "
                         f"{local_time(view.scheduled_at)}")
        return ", ".join(parts)

    # -- moves ---------------------------------------------------------------------------
    def selected_entries(self) -> list[EntryView]:
        pane = self.board.pane
        rows = sorted({pane.proxy.mapToSource(i).row()
                       for i in pane.table.selectionModel().selectedRows()})
        entries = [pane.model.row_at(r) for r in rows]
        if not entries and pane.current_entry() is not None:
            entries = [pane.current_entry()]
        return entries

    def targets_for(self, service_point_ids: set[int]) -> list[tuple[str, MoveTarget]]:
        """The counters of these service points and the people working at them."""
        rows = [r for r in self.board.counter_model.rows()
                if r.service_point_id in service_point_ids]
        return ([(r.counter_name, MoveTarget(counter_id=r.counter_id)) for r in rows]
                + [(r.who or "", MoveTarget(clerk_id=r.who_id)) for r in rows
                   if r.who_id is not None])

    def _open_move(self, refs: list[tuple[int, int | None]], what: str, sp_ids: set[int],
                   preselected: Sequence[MoveTarget] = ()) -> MoveDialog | None:
        if self.active_dialog is not None:
            return None
        dialog = MoveDialog(self.board, what=what, targets=self.targets_for(sp_ids),
                            preselected=preselected)
        return self._open(dialog, "moveDialog", lambda values: self._move(
            dialog, refs, values["targets"], values["reason"]))

    def open_move(self, entries: Sequence[EntryView] | None = None) -> MoveDialog | None:
        """The dialog for moving the selected entries (or ``entries``)."""
        entries = list(entries) if entries is not None else self.selected_entries()
        if not entries:
            return None
        what = ", ".join(entry_label(e) for e in entries[:12]) + (
            " …" if len(entries) > 12 else "")
        return self._open_move([(e.id, e.version) for e in entries], what,
                               {e.service_point_id for e in entries})

    def dropped(self, refs: list, target: MoveTarget) -> MoveDialog | None:
        """A drop on a counter or a clerk: ask for the reason, with that target chosen."""
        known = {e.id: e for e in self.board.entries()}
        labels = [entry_label(known[i]) if i in known else f"#{i}" for i, _v in refs]
        sp_ids = {known[i].service_point_id for i, _v in refs if i in known}
        return self._open_move(list(refs), ", ".join(labels), sp_ids, preselected=[target])

    async def open_afternoon(self) -> MoveDialog | None:
        """"All of Frau X's afternoon": the entries reserved for the selected counter's
        clerk from 12:00 on, spread over the chosen counters or clerks."""
        counter = self.board.selected_counter()
        if counter is None or counter.who_id is None:
            return None
        refs = await self._read(self.lead.afternoon_of(counter.who_id, self.board.day))
        if refs is None:
            return None
        if not refs:
            self.board.show_message(translate(
                "LeadScreen", "{name} hat heute Nachmittag keine Vorgänge.").format(
                name=counter.who))
            return None
        what = translate("LeadScreen", "Nachmittag von {name}: {count} Vorgänge").format(
            name=counter.who, count=len(refs))
        return self._open_move(refs, what, {counter.service_point_id})

    async def move_entries(self, refs, targets, reason: str) -> BulkMoveResult:
        """One bulk move through the facade; the rows follow from the returned ids."""
        result = await self.lead.bulk_move(refs, targets, reason=reason)
        self.last_move = result
        board = self.board
        if result.moved:
            board.apply_changes([m.entry_id for m in result.moved])
        if result.conflicts:
            board.show_message(translate(
                "LeadScreen", "{moved} verschoben. Nicht verschoben, weil inzwischen "
                "geändert: {tickets}.").format(moved=len(result.moved),
                                              tickets=", ".join(result.conflicts)), error=True)
        else:
            board.show_message(translate("LeadScreen", "{moved} verschoben.").format(
                moved=len(result.moved)))
        return result

    async def _move(self, dialog: MoveDialog, refs, targets, reason: str) -> None:
        outcome = await self.board.operations.run(
            ("move", tuple(i for i, _v in refs)),
            lambda _key: self.move_entries(refs, targets, reason), what="bulk move",
            form=dialog)
        if outcome:
            dialog.succeeded()

    # -- a counter's presence and queues -------------------------------------------------
    def open_presence(self) -> PresenceDialog | None:
        counter = self.board.selected_counter()
        if counter is None or self.active_dialog is not None:
            return None
        current = Presence(counter.presence) if counter.presence else Presence.AT_COUNTER
        dialog = PresenceDialog(self.board, counter.counter_name, current)
        return self._open(dialog, "presenceDialog",
                          lambda values: self._set_presence(dialog, counter.counter_id, values))

    async def _set_presence(self, dialog: PresenceDialog, counter_id: int, values: dict) -> None:
        outcome = await self.board.operations.run(
            ("presence", counter_id),
            lambda _key: self.lead.set_presence(values["state"], reason=values["reason"],
                                                counter_id=counter_id),
            what="set presence", form=dialog)
        if outcome:
            dialog.succeeded()
            await self.board.refresh_presence()

    async def open_assignments(self) -> AssignmentDialog | None:
        counter = self.board.selected_counter()
        if counter is None or self.active_dialog is not None:
            return None
        current = await self._read(self.lead.assignments(counter_id=counter.counter_id))
        if current is None or self.active_dialog is not None:
            return None
        choices = await self._read(self.lead.queue_choices())
        if choices is None or self.active_dialog is not None:
            return None
        dialog = AssignmentDialog(self.board, counter.counter_name, choices, current)
        return self._open(dialog, "assignmentDialog",
                          lambda chosen: self._set_assignments(dialog, counter.counter_id,
                                                               chosen))

    async def _set_assignments(self, dialog: AssignmentDialog, counter_id: int,
                               chosen: list[Assignment]) -> None:
        outcome = await self.board.operations.run(
            ("assignments", counter_id),
            lambda _key: self.lead.set_assignments(chosen, counter_id=counter_id),
            what="set assignments", form=dialog,
            success=lambda _r: translate("LeadScreen", "Warteschlangen gespeichert."))
        if outcome:
            dialog.succeeded()

    # -- closing ---------------------------------------------------------------------------
    def close_dialog(self) -> None:
        from shiboken6 import isValid

        if self.active_dialog is not None and isValid(self.active_dialog):
            self.active_dialog.reject()
