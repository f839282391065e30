"""The actions on the current entry of the counter and the reception (check in, call,
park, forward, finish, no-show, …): one QAction each, the question or dialog an action
asks first, and the call through Operations."""

from __future__ import annotations

from typing import Awaitable, Callable, Hashable

from PySide6.QtCore import QObject

from desk_app.domain import errors
from desk_app.domain.roles import Permission
from desk_app.domain.states import Action, State
from desk_app.domain.transitions import RULES, allowed_actions
from desk_app.services.views import EntryView, ServicePointView

from ..actions import make_action
from ..dialogs.confirm import ask
from ..dialogs.finish_dialog import FinishDialog
from ..dialogs.forward_dialog import ForwardDialog
from ..dialogs.reason_dialog import ReasonDialog
from ..error_messages import message_for
from ..labels import ACTION_SHORTCUTS, PANEL_ACTIONS, action_help, action_label, state_label
from ..queue_model import names_text


def entry_label(entry: EntryView) -> str:
    return entry.ticket or entry.booking_reference or f"#{entry.id}"


class EntryActions(QObject):
    """``host``: the main window (ops, tasks, open_dialog); ``queue``: the QueueController."""

    def __init__(self, host, queue) -> None:
        super().__init__(host)
        self.host = host
        self.queue = queue
        self.actions: dict[Action, object] = {
            act: make_action(host, f"action_{act.value}", action_label(act),
                             ACTION_SHORTCUTS[act], action_help(act),
                             lambda a=act: self.trigger(a))
            for act in PANEL_ACTIONS}

    def update(self, entry: EntryView | None, writable: bool) -> None:
        queue, ops = self.queue, self.host.ops
        has_counter = queue.workplace.counter_id is not None
        for act, qaction in self.actions.items():
            ok = (writable and entry is not None and act in allowed_actions(entry.state)
                  and queue.permitted(RULES[(entry.state, act)].permission)
                  and not ops.in_flight(("act", entry.id, act)))
            if act == Action.CALL:
                ok = ok and has_counter and queue.permitted(Permission.CALL_SPECIFIC)
            if act == Action.FORWARD:
                ok = ok and len(self.forward_targets(entry)) > 0
            qaction.setEnabled(bool(ok))

    # -- running -------------------------------------------------------------------------
    async def perform(self, ident: Hashable, call: Callable[[str], Awaitable[EntryView]],
                      *, success: Callable[[EntryView], str] | None = None,
                      on_domain_error: Callable[[errors.DomainError], bool] | None = None
                      ) -> EntryView | None:
        """Runs one entry action through Operations: the changed entry is shown at once,
        and a concurrent change re-reads the entry."""
        entry_id = ident[1] if isinstance(ident, tuple) and len(ident) > 1 \
            and isinstance(ident[1], int) else None

        def done(view: EntryView) -> str | None:
            self.queue.apply_views([view])
            return success(view) if success is not None else None
        outcome = await self.host.ops.run(
            ident, call, what=str(ident[0] if isinstance(ident, tuple) else ident),
            on_domain_error=on_domain_error, success=done,
            on_conflict=(lambda: self.queue.refresh_entries([entry_id]))
            if entry_id is not None else None)
        return outcome.value if outcome else None

    def describe(self, view: EntryView) -> str:
        text = self.tr("{ticket}: {state}").format(ticket=entry_label(view),
                                                   state=state_label(view.state))
        if view.state in (State.CALLED, State.IN_SERVICE) and view.counter_name:
            text += self.tr(" an {counter}").format(counter=view.counter_name)
        if view.state == State.WAITING and self.queue.on_counter_screen() \
                and view.service_point_id != self.queue.counter.service_point_id():
            text += self.tr(" – wartet jetzt bei {sp}").format(sp=view.service_point_name)
        if view.replayed:
            text += self.tr(" (war bereits gespeichert)")
        return text + "."

    def act(self, entry: EntryView, action: Action, *, after=None, **kwargs) -> None:
        desk = self.host.desk

        async def run():
            view = await self.perform(
                ("act", entry.id, action),
                lambda key: desk.act(entry.id, action, key=key,
                                     expected_version=entry.version, **kwargs),
                success=self.describe,
                on_domain_error=(lambda exc: self._late_check_in(entry, exc))
                if action == Action.CHECK_IN else None)
            if view is not None and after is not None:
                after(view)
        self.host.tasks.spawn(run(), f"act-{action.value}")

    # -- the actions ---------------------------------------------------------------------
    def trigger(self, action: Action) -> None:
        entry = self.queue.current_entry()
        if entry is None or not self.actions[action].isEnabled():
            return
        after_print = self.queue.print_after
        if action == Action.CHECK_IN:
            self.act(entry, action, after=after_print)
        elif action == Action.LATE_ARRIVAL:
            self._ask_reason(self.tr("Verspätet angekommen"),
                             self.tr("Warum wird {ticket} trotz „Nicht erschienen“ noch "
                                     "aufgenommen?").format(ticket=entry_label(entry)),
                             [self.tr("Verspätung öffentlicher Nahverkehr"),
                              self.tr("Person war im Haus, falsche Etage")],
                             lambda reason: self.act(entry, action, reason=reason,
                                                     after=after_print))
        elif action == Action.MARK_NO_SHOW:
            self.confirm(self.tr("Nicht erschienen"),
                         self.tr("{ticket} ({names}) als „Nicht erschienen“ markieren?").format(
                             ticket=entry_label(entry), names=names_text(entry)),
                         self.tr("Nicht erschienen"), lambda: self.act(entry, action))
        elif action == Action.CANCEL:
            self.confirm(self.tr("Stornieren"),
                         self.tr("Den Termin {ticket} ({names}) stornieren?").format(
                             ticket=entry_label(entry), names=names_text(entry)),
                         self.tr("Stornieren"), lambda: self.act(entry, action))
        elif action == Action.CALL:
            desk = self.host.desk
            self.host.tasks.spawn(self.perform(
                ("act", entry.id, action),
                lambda key: desk.call_specific(entry.id, key=key,
                                               expected_version=entry.version),
                success=self.describe), "call-specific")
        elif action == Action.PARK:
            self._ask_reason(self.tr("Parken"),
                             self.tr("Warum wird {ticket} geparkt?").format(
                                 ticket=entry_label(entry)),
                             [self.tr("Kassenautomat"), self.tr("Passfoto-Automat"),
                              self.tr("Unterlagen fehlen")],
                             lambda reason: self.act(entry, action, reason=reason))
        elif action == Action.FORWARD:
            dialog = ForwardDialog(self.host, entry, self.forward_targets(entry))
            dialog.accepted.connect(lambda: self.act(
                entry, Action.FORWARD, target_service_point_id=dialog.target_id(),
                reason=dialog.reason_text() or None))
            self.host.open_dialog(dialog)
        elif action == Action.FINISH:
            dialog = FinishDialog(self.host, entry)
            dialog.accepted.connect(lambda: self.act(entry, Action.FINISH,
                                                     outcomes=dialog.outcomes()))
            self.host.open_dialog(dialog)
        else:
            self.act(entry, action)

    def confirm(self, title: str, text: str, confirm_text: str, on_yes) -> None:
        self.host.open_dialog(ask(self.host, title, text, confirm_text, on_yes))

    def _ask_reason(self, title: str, prompt: str, suggestions: list[str], on_reason) -> None:
        dialog = ReasonDialog(self.host, title, prompt, suggestions, self.tr("OK"))
        dialog.accepted.connect(lambda: on_reason(dialog.text()))
        self.host.open_dialog(dialog)

    def _late_check_in(self, entry: EntryView, exc: errors.DomainError) -> bool:
        if not isinstance(exc, errors.LateCheckInNeedsReason):
            return False
        self._ask_reason(self.tr("Verspätet"), message_for(exc),
                         [self.tr("Verspätung öffentlicher Nahverkehr"),
                          self.tr("Person war im Haus, falsche Etage")],
                         lambda reason: self.act(entry, Action.CHECK_IN, reason=reason,
                                                 after=self.queue.print_after))
        return True

    def forward_targets(self, entry: EntryView | None) -> list[ServicePointView]:
        if entry is None:
            return []
        return [sp for sp in self.queue.service_points
                if not sp.is_reception and sp.id != entry.service_point_id]
