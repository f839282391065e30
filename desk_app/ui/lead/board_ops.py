"""The board's issue-14 operations, as methods of ShiftLeadBoard (bound in its class
body, to keep shift_lead_board.py small): moves of a selection or a drop, "all of Frau
X's afternoon", a counter's presence state, a counter's queues with weights."""

from __future__ import annotations

import asyncio
import logging
from typing import Sequence

from PySide6.QtCore import QCoreApplication

from desk_app.domain import errors
from desk_app.services.database import DatabaseUnavailable
from desk_app.services.lead_ops import Assignment, BulkMoveResult, MoveTarget
from desk_app.services.views import EntryView

from ..error_messages import message_for
from .dialogs import AssignmentDialog, MoveDialog, PresenceDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def selected_entries(self) -> list[EntryView]:
    proxy = self.pane.proxy
    rows = sorted({proxy.mapToSource(i).row()
                   for i in self.pane.table.selectionModel().selectedRows()})
    entries = [self.pane.model.entry_at(r) for r in rows]
    if not entries and self.pane.current_entry() is not None:
        entries = [self.pane.current_entry()]
    return entries


def selected_counter(self):
    index = self.counter_table.currentIndex()
    if not index.isValid():
        return None
    return self.counter_model.row_at(index.row())


def targets_for(self, service_point_ids: set[int]) -> list[tuple[str, MoveTarget]]:
    """The counters of these service points and the people working at them."""
    out = []
    for r in self.counter_model.rows():
        if r.service_point_id in service_point_ids:
            out.append((r.counter_name, MoveTarget(counter_id=r.counter_id)))
    for r in self.counter_model.rows():
        if r.service_point_id in service_point_ids and r.who_id is not None:
            out.append((r.who or "", MoveTarget(clerk_id=r.who_id)))
    return out


def _open_move_dialog(self, refs: list[tuple[int, int | None]], what: str,
                      sp_ids: set[int], preselected: Sequence[MoveTarget] = ()):
    if self.active_dialog is not None:
        return None
    dialog = MoveDialog(self, what=what, targets=self.targets_for(sp_ids),
                        preselected=preselected)
    dialog.setObjectName("moveDialog")
    dialog.submitted.connect(lambda values: self.tasks.spawn(
        self._move(dialog, refs, values["targets"], values["reason"]), "move"))
    dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
    self.active_dialog = dialog
    dialog.open()
    return dialog


def _label(e: EntryView) -> str:
    return e.ticket or e.booking_reference or f"#{e.id}"


def open_move(self, entries: Sequence[EntryView] | None = None):
    """The dialog for moving the selected entries (or ``entries``)."""
    entries = list(entries) if entries is not None else self.selected_entries()
    if not entries:
        return None
    what = ", ".join(_label(e) for e in entries[:12]) + (" …" if len(entries) > 12 else "")
    return _open_move_dialog(self, [(e.id, e.version) for e in entries], what,
                             {e.service_point_id for e in entries})


def _dropped(self, refs: list, target: MoveTarget):
    """A drop on a counter or a clerk: ask for the reason, with that target chosen."""
    known = {e.id: e for e in self.entries()}
    labels = [_label(known[i]) if i in known else f"#{i}" for i, _v in refs]
    sp_ids = {known[i].service_point_id for i, _v in refs if i in known}
    return _open_move_dialog(self, list(refs), ", ".join(labels), sp_ids or set(),
                             preselected=[target])


async def open_afternoon(self):
    """"All of Frau X's afternoon": the entries reserved for the selected counter's clerk
    from 12:00 on, spread over the chosen counters or clerks."""
    counter = self.selected_counter()
    if counter is None or counter.who_id is None:
        return None
    try:
        refs = await self.lead.afternoon_of(counter.who_id, self.day)
    except (DatabaseUnavailable, errors.DomainError) as exc:
        self.show_message(message_for(exc), error=True)
        return None
    if not refs:
        self.show_message(translate("ShiftLeadBoard", "{name} hat heute Nachmittag keine Vorgänge.").format(
            name=counter.who))
        return None
    what = translate("ShiftLeadBoard", "Nachmittag von {name}: {count} Vorgänge").format(
        name=counter.who, count=len(refs))
    return _open_move_dialog(self, refs, what, {counter.service_point_id})


async def move_entries(self, refs, targets, reason: str) -> BulkMoveResult:
    """One bulk move through the facade; the rows follow from the returned ids."""
    result = await self.lead.bulk_move(refs, targets, reason=reason)
    self.last_move = result
    if result.moved:
        self.apply_changes([m.entry_id for m in result.moved])
    if result.conflicts:
        self.show_message(translate("ShiftLeadBoard", "{moved} verschoben. Nicht verschoben, weil inzwischen "
                                  "geändert: {tickets}.").format(
            moved=len(result.moved), tickets=", ".join(result.conflicts)), error=True)
    else:
        self.show_message(translate("ShiftLeadBoard", "{moved} verschoben.").format(moved=len(result.moved)))
    return result


async def _move(self, dialog, refs, targets, reason) -> None:
    try:
        await self.move_entries(refs, targets, reason)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        if not isinstance(exc, (errors.DomainError, DatabaseUnavailable)):
            log.exception("bulk move failed")
        dialog.show_error(message_for(exc))
        return
    dialog.succeeded()


def open_presence(self):
    counter = self.selected_counter()
    if counter is None or self.active_dialog is not None:
        return None
    from desk_app.domain.lead import Presence
    current = Presence(counter.presence) if counter.presence else Presence.AT_COUNTER
    dialog = PresenceDialog(self, counter.counter_name, current)
    dialog.setObjectName("presenceDialog")
    dialog.submitted.connect(lambda values: self.tasks.spawn(
        self._set_presence(dialog, counter.counter_id, values), "presence-set"))
    dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
    self.active_dialog = dialog
    dialog.open()
    return dialog


async def _set_presence(self, dialog, counter_id: int, values: dict) -> None:
    try:
        await self.lead.set_presence(values["state"], reason=values["reason"],
                                     counter_id=counter_id)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        dialog.show_error(message_for(exc))
        return
    dialog.succeeded()
    await self.refresh_presence()


async def open_assignments(self):
    counter = self.selected_counter()
    if counter is None or self.active_dialog is not None:
        return None
    try:
        current = await self.lead.assignments(counter_id=counter.counter_id)
    except (DatabaseUnavailable, errors.DomainError) as exc:
        self.show_message(message_for(exc), error=True)
        return None
    sps = [(sp.id, sp.name) for sp in self.service_points if not sp.is_reception]
    dialog = AssignmentDialog(self, counter.counter_name, sps, current)
    dialog.setObjectName("assignmentDialog")
    dialog.submitted.connect(lambda chosen: self.tasks.spawn(
        self._set_assignments(dialog, counter.counter_id, chosen), "assign"))
    dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
    self.active_dialog = dialog
    dialog.open()
    return dialog


async def _set_assignments(self, dialog, counter_id: int, chosen: list[Assignment]) -> None:
    try:
        await self.lead.set_assignments(chosen, counter_id=counter_id)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        dialog.show_error(message_for(exc))
        return
    dialog.succeeded()
    self.show_message(translate("ShiftLeadBoard", "Warteschlangen gespeichert."))
