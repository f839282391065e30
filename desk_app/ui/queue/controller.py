"""The counter and the reception: one controller behind both screens.

It reads the reference data and the day's queue, brings changed entries into both
screens (row updates, never a reset), and runs what is done for a person: the entry
actions (entry_actions.py), call next, walk-ins, wait tickets, appointment
confirmations, document orders and fee receipts (desk_app.ui.receipts).

``host`` is the main window (the shell): ``desk``, ``settings``, ``ops``, ``tasks``,
``open_dialog``, ``active_dialog``, ``show_message``, ``writable()``, ``current_screen()``,
``day``/``dayChanged``, ``heartbeat``, ``memory``, ``output``, ``printer``.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QObject, Qt, QTimer

from desk_app.domain.roles import Permission
from desk_app.domain.states import State
from desk_app.services.views import EntryView, ServicePointView

from ..actions import make_action
from ..intake import COMPLETE_PERSON_SHORTCUT
from ..labels import (
    CALL_NEXT_SHORTCUT, ORDER_DOCUMENT_SHORTCUT, REFRESH_SHORTCUT, SEARCH_SHORTCUT,
    WALK_IN_SHORTCUT, state_label,
)
from ..receipts import Receipts
from .counter import CounterScreen
from .entry_actions import EntryActions, entry_label
from .reception import ReceptionScreen
from .tickets import Tickets


class QueueController(QObject):
    def __init__(self, host) -> None:
        super().__init__(host)
        self.host = host
        self.desk = host.desk
        self.workplace = host.desk.workplace
        self.service_points: list[ServicePointView] = []
        self.services = []
        self.started = False
        self._needs_reload = False
        self.can_serve = self.permitted(Permission.SERVE)
        self.entry_actions = EntryActions(host, self)
        self.tickets = Tickets(host, self)
        self.receipts = Receipts(host, self, host.receipt_desk, host.printer)
        self._build_actions()
        now = self.desk.ctx.now
        panel = list(self.entry_actions.actions.values())
        # the counter's panel also offers what is done for the person in service
        self.counter = CounterScreen(
            self, panel + ([self.order_action] if self.can_serve else [])
            + ([self.receipts.receipt_action] if self.receipts.enabled() else []), now=now)
        self.reception = ReceptionScreen(
            self, panel, [self.walk_in_action, self.tickets.reprint_action,
                          self.tickets.confirmation_action, self.complete_person_action],
            now=now)
        for screen in (self.counter, self.reception):
            screen.pane.currentEntryChanged.connect(lambda _e: self.update_actions())
        self.counter.stationChanged.connect(self._station_changed)
        self.reception.searchRequested.connect(
            lambda text: host.tasks.spawn(self.search(text), "search"))
        host.dayChanged.connect(lambda _day: host.tasks.spawn(self.reload(), "reload"))
        host.onlineChanged.connect(lambda online: self.reload_if_needed() if online else None)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def _build_actions(self) -> None:
        host = self.host
        self.call_next_action = make_action(
            host, "action_call_next", self.tr("Nächste Person aufrufen"), CALL_NEXT_SHORTCUT,
            self.tr("Ruft die nächste wartende Person an diesen Schalter."), self.call_next,
            toolbar="main")
        self.call_next_action.setProperty("buttonName", "callNextButton")
        self.walk_in_action = make_action(
            host, "action_walk_in", self.tr("Vorsprache ohne Termin"), WALK_IN_SHORTCUT,
            self.tr("Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer "
               "drucken."), self.tickets.open_walk_in)
        self.search_action = make_action(
            host, "action_search", self.tr("Suchen"), SEARCH_SHORTCUT,
            self.tr("Zum Such- bzw. Filterfeld springen."), self.focus_search)
        self.refresh_action = make_action(
            host, "action_refresh", self.tr("Neu laden"), REFRESH_SHORTCUT,
            self.tr("Die Warteschlange vollständig neu laden."),
            lambda: host.tasks.spawn(self.reload(), "reload"), menu="view", toolbar="end")
        self.order_action = make_action(
            host, "action_order_document", self.tr("Dokument bestellen …"), ORDER_DOCUMENT_SHORTCUT,
            self.tr("Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis "
               "bestellen; der Abholschein wird sofort gedruckt."), self.open_order,
            menu="print" if self.can_serve else "")
        self.order_action.setVisible(self.can_serve)
        self.complete_person_action = make_action(
            host, "action_complete_person", self.tr("Personendaten ergänzen …"),
            COMPLETE_PERSON_SHORTCUT,
            self.tr("Fehlende Angaben der Person des gewählten Vorgangs ergänzen "
               "(Geburtsdatum, Staatsangehörigkeit, Kontakt); der Hinweis verschwindet."),
            self.open_complete_person)

    def actions(self) -> list:
        """Every action of the counter and the reception (the shell's menus, toolbar and
        window shortcuts)."""
        return (list(self.entry_actions.actions.values())
                + [self.call_next_action, self.walk_in_action, self.search_action,
                   self.tickets.reprint_action, self.tickets.confirmation_action,
                   self.order_action] + self.receipts.actions()
                + [self.complete_person_action, self.refresh_action])

    # -- where the clerk is --------------------------------------------------------------
    def permitted(self, permission: Permission) -> bool:
        ctx = self.desk.ctx
        return ctx.policy.allows(ctx.actor.role, permission)

    def active_screen(self):
        current = self.host.current_screen()
        return current if current is self.counter or current is self.reception else None

    def on_counter_screen(self) -> bool:
        return self.host.current_screen() is self.counter

    def current_entry(self) -> EntryView | None:
        screen = self.active_screen()
        return screen.pane.current_entry() if screen is not None else None

    def entry(self, entry_id: int) -> EntryView | None:
        return self.counter.pane.model.row(entry_id) or self.reception.pane.model.row(entry_id)

    def service_point(self, sp_id: int | None) -> ServicePointView | None:
        return next((sp for sp in self.service_points if sp.id == sp_id), None)

    def focus_search(self) -> None:
        screen = self.active_screen()
        if screen is not None:
            screen.focus_search()

    def update_actions(self) -> None:
        entry = self.current_entry()
        writable = self.host.writable()
        ops = self.host.ops
        self.entry_actions.update(entry, writable)
        # without a counter F5 stays live: it says so and puts the focus on the picker
        self.call_next_action.setEnabled(
            writable and self.on_counter_screen()
            and self.counter.service_point_id() is not None
            and self.permitted(Permission.CALL) and not ops.in_flight("call_next"))
        self.walk_in_action.setEnabled(writable and self.permitted(Permission.REGISTER_WALK_IN))
        self.complete_person_action.setEnabled(
            writable and entry is not None and bool(entry.members)
            and self.permitted(Permission.CHECK_IN))
        self.order_action.setEnabled(self.can_serve and writable and entry is not None
                                     and entry.state == State.IN_SERVICE)
        self.tickets.update_actions(entry)
        self.receipts.update_actions(entry, writable)

    # -- loading -------------------------------------------------------------------------
    async def load(self) -> None:
        """The first time: the reference data, this station's counter and the queue."""
        if self.started:
            return
        read = await self.host.ops.read(self._reference, what="reference data")
        if not read:
            self._needs_reload = True
            return
        self.service_points, self.services = read.value
        sp_id, counter_id = self._initial_station()
        self.counter.set_service_points(self.service_points, sp_id, counter_id)
        self._move_station()
        if self.host.heartbeat is not None:
            self.host.heartbeat.start()      # once the counter is known (idempotent)
        self.started = True
        await self.reload()
        self.host.tasks.spawn(self.refresh_wait_estimates(), "wait-estimates")

    async def _reference(self):
        return await self.desk.service_points(), await self.desk.services()

    async def _reload_reference(self, entities: set[str]) -> None:
        """The administration changed services, service points or counters (issue 13);
        offline, the next load brings them."""
        if "service" in entities:
            read = await self.host.ops.read(self.desk.services, what="services", quiet=True)
            if read:
                self.services = read.value
        if entities & {"service_point", "counter"}:
            read = await self.host.ops.read(self.desk.service_points, what="service points",
                                            quiet=True)
            if read:
                self.service_points = read.value
                self.counter.set_service_points(read.value, self.counter.service_point_id(),
                                                self.counter.counter_id())
        self.update_actions()

    def _initial_station(self) -> tuple[int | None, int | None]:
        """The counter the actor was given, else the one chosen here last time
        (QSettings), else the settings' counter or service point, else the first."""
        actor, settings, memory = self.desk.ctx.actor, self.host.settings, self.host.memory
        for sp in self.service_points:
            for c in sp.counters:
                if actor.counter_id == c.id:
                    return sp.id, c.id
        remembered = memory.station() if memory is not None else None
        if remembered is not None:
            code, counter = remembered
            for sp in self.service_points:
                if sp.code == code and not sp.is_reception:
                    return sp.id, next((c.id for c in sp.counters if c.name == counter), None)
        for sp in self.service_points:
            for c in sp.counters:
                if settings.counter and c.name == settings.counter:
                    return sp.id, c.id
        for sp in self.service_points:
            if settings.service_point and sp.code == settings.service_point.upper():
                return sp.id, None
        first = next((sp for sp in self.service_points if not sp.is_reception), None)
        return (first.id if first else None), None

    async def reload(self) -> None:
        if not self.started:
            await self.load()
            return
        sp_id, day = self.counter.service_point_id(), self.host.day

        async def queues():
            return (await self.desk.day_queue(day, sp_id) if sp_id else [],
                    await self.desk.day_queue(day, None))
        read = await self.host.ops.read(queues, what="reload")
        if not read:
            self._needs_reload = True
            return
        self._needs_reload = False
        counter_rows, all_rows = read.value
        self.counter.pane.model.set_rows(counter_rows)
        self.reception.pane.model.set_rows([r for r in all_rows if self._reception_accepts(r)])
        self.update_actions()

    def reload_if_needed(self) -> None:
        """Back online: read again what an outage left unread."""
        if self._needs_reload:
            self.host.tasks.spawn(self.reload(), "reload")

    def _counter_accepts(self, view: EntryView) -> bool:
        return (view.business_day == self.host.day
                and view.service_point_id == self.counter.service_point_id())

    def _reception_accepts(self, view: EntryView) -> bool:
        return view.business_day == self.host.day and not any(
            sp.id == view.service_point_id and sp.is_reception for sp in self.service_points)

    def apply_views(self, views: Iterable[EntryView], missing: Iterable[int] = ()) -> None:
        """Brings changed entries into both screens: row updates, never a reset."""
        views, missing = list(views), list(missing)
        for pane, accepts in ((self.counter.pane, self._counter_accepts),
                              (self.reception.pane, self._reception_accepts)):
            model = pane.model
            for v in views:
                old = model.row(v.id)
                if old is not None and old.version != v.version:
                    self.host.ops.keys.forget_entry(v.id)
            model.remove_rows([v.id for v in views if not accepts(v)] + missing)
            model.update_rows([v for v in views if accepts(v)])
        self.update_actions()

    async def on_changes(self, records) -> None:
        records = list(records)
        await self.receipts.on_changes(records)
        entities = {r.entity for r in records}
        if entities & {"service", "service_point", "counter"}:   # the administration
            await self._reload_reference(entities)
        ids = sorted({r.entity_id for r in records if r.entity == "entry"})
        if not ids:
            return
        read = await self.host.ops.read(lambda: self.desk.entries(ids),
                                        what="changed entries", quiet=True)
        if not read:
            self._needs_reload = True  # the records are consumed: reload when back online
            return
        views = read.value
        found = {v.id for v in views}
        self.apply_views(views, missing=[i for i in ids if i not in found])

    async def refresh_entries(self, ids: list[int]) -> None:
        read = await self.host.ops.read(lambda: self.desk.entries(ids), what="refresh entries",
                                        quiet=True)
        if read:
            found = {v.id for v in read.value}
            self.apply_views(read.value, missing=[i for i in ids if i not in found])

    def _tick(self) -> None:
        for screen in (self.counter, self.reception):
            screen.pane.model.refresh_live()
        self.update_actions()
        if self.reception.isVisible():
            self.host.tasks.spawn(self.refresh_wait_estimates(), "wait-estimates")

    async def refresh_wait_estimates(self) -> None:
        """Reception's line of estimated waits (issue 12, docs/waiting-time.md)."""
        read = await self.host.ops.read(self.desk.wait_estimates, what="waiting estimates",
                                        quiet=True)
        if read:
            names = {sp.code: sp.name for sp in self.service_points or ()}
            self.reception.show_estimates(read.value, names)

    # -- the station ---------------------------------------------------------------------
    def _station_changed(self, sp_id, counter_id) -> None:
        memory = self.host.memory
        if memory is not None:
            sp = self.service_point(sp_id)
            counter = next((c.name for c in (sp.counters if sp else ()) if c.id == counter_id),
                           None)
            if sp is not None:
                memory.remember_station(sp.code, counter)
        self._move_station()
        self.host.tasks.spawn(self.reload(), "reload")

    def _move_station(self) -> None:
        """The workplace (shared by every facade) is where the counter screen says, and the
        heartbeat reports it."""
        sp_id, counter_id = self.counter.service_point_id(), self.counter.counter_id()
        sp = self.service_point(sp_id)
        self.workplace.move_to(sp_id, counter_id, service_point_name=sp.name if sp else "")
        heartbeat = self.host.heartbeat
        if heartbeat is not None:
            if counter_id is None and self.desk.ctx.actor.role.value == "RECEPTION":
                sp_id = next((s.id for s in self.service_points if s.is_reception), sp_id)
            heartbeat.update(service_point_id=sp_id, counter_id=counter_id)
        self.update_actions()

    # -- call next -----------------------------------------------------------------------
    def call_next(self) -> None:
        if not self.call_next_action.isEnabled():
            return
        counter_id = self.workplace.counter_id
        if counter_id is None:
            self.host.show_message(self.tr("Kein Schalter gewählt: bitte zuerst oben den "
                                           "Schalter wählen, dann mit F5 aufrufen."), error=True)
            self.counter.counter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        busy = [e for e in self.counter.pane.model.rows()
                if e.counter_id == counter_id and e.state in (State.CALLED, State.IN_SERVICE)]
        if busy:
            names = ", ".join(f"{entry_label(e)} ({state_label(e.state)})" for e in busy)
            self.entry_actions.confirm(
                self.tr("Nächste Person aufrufen"),
                self.tr("An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste "
                        "Person aufrufen?").format(who=names),
                self.tr("Trotzdem aufrufen"), self._call_next_now)
        else:
            self._call_next_now()

    def _call_next_now(self) -> None:
        sp_id, counter_id = self.counter.service_point_id(), self.workplace.counter_id

        async def run():
            view = await self.entry_actions.perform(
                "call_next",
                lambda key: self.desk.call_next(service_point_id=sp_id, counter_id=counter_id,
                                                key=key),
                success=self.entry_actions.describe)
            if view is not None:
                self.counter.pane.select(view.id)
                self.update_actions()
        self.host.tasks.spawn(run(), "call-next")

    # -- reception -----------------------------------------------------------------------
    async def search(self, text: str) -> None:
        query = text.strip()
        screen = self.reception
        if not query:
            screen.show_results("", None)
            return
        read = await self.host.ops.read(lambda: self.desk.search(query, day=self.host.day),
                                        what="search")
        if not read or screen.search.text().strip() != query:
            return  # failed, or the user typed on: a newer search follows
        found = [v for v in read.value if self._reception_accepts(v)]
        screen.pane.model.update_rows(found)
        screen.show_results(query, [v.id for v in found])
        self.update_actions()

    def print_after(self, view: EntryView) -> None:
        self.tickets.print_after(view)

    # -- for the person in service -------------------------------------------------------
    def open_order(self) -> None:
        host = self.host
        entry = self.current_entry()
        if entry is None or not self.order_action.isEnabled() or host.active_dialog is not None:
            return
        from ..document_order_dialog import DocumentOrderDialog

        dialog = DocumentOrderDialog(host, self.desk, entry,
                                     [sp for sp in self.service_points if not sp.is_reception],
                                     output=host.output.output,
                                     default_service_point_id=entry.service_point_id,
                                     office_name=host.settings.office_name, ops=host.ops)
        dialog.message.connect(lambda text, error: host.show_message(text, error=error))
        host.open_dialog(dialog)

    def open_complete_person(self) -> None:
        from ..intake.entry_completion import EntryCompletion

        if getattr(self, "_completion", None) is None:
            self._completion = EntryCompletion(
                self.desk, self.host, lambda text: self.host.show_message(text, error=False))
        dialog = self._completion.open(self.current_entry())
        if dialog is not None:
            self.host.active_dialog = dialog

    async def shutdown(self) -> None:
        self._clock.stop()
