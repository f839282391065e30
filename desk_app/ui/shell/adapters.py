"""Thin adapters: the screens that do not implement the Screen protocol yet (pickup,
shift lead, statistics, intake), wrapped as they were hooked into the old main window.
``widget`` is what the stack shows. Each goes when its screen implements Screen itself;
then the registry's factory makes the screen directly."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from ..actions import make_action

translate = QCoreApplication.translate


class _Adapter:
    def __init__(self, host, name: str, widget, title: Callable[[], str]) -> None:
        self.host, self.name, self.widget, self._title = host, name, widget, title
        self.message = widget.message

    def title(self) -> str:
        return self._title()

    def screen_actions(self) -> list:
        return []

    def activate(self) -> None:
        pass

    async def load(self) -> None:
        pass

    async def on_changes(self, records: Iterable) -> None:
        pass

    def set_writable(self, writable: bool) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def shown(self) -> bool:
        return self.host.current_screen() is self


class _Pickup(_Adapter):
    """The pickup desk serves the service point chosen on the counter screen."""

    def activate(self) -> None:
        self.widget.focus_scan()

    async def load(self) -> None:
        self._follow()

    def _follow(self) -> None:
        station = self.host.desk.workplace
        self.widget.set_service_point(station.service_point_id,
                                      station.service_point_name or None)

    async def on_changes(self, records: Iterable) -> None:
        records = list(records)
        if any(r.entity == "document_order" for r in records):
            self.host.tasks.spawn(self.host.ops.read(
                lambda: self.widget.on_changes(records), what="pickup refresh", quiet=True),
                "pickup-changes")

    def set_writable(self, writable: bool) -> None:
        self.widget.set_writable(writable)

    async def shutdown(self) -> None:
        await self.widget.shutdown()


def pickup(host):
    from ..pickup_view import PickupView

    screen = _Pickup(host, "pickup", PickupView(host.desk, output=host.output.output,
                                                office_name=host.settings.office_name),
                     lambda: translate("MainWindow", "Ausländerbehörde – Dokumentenausgabe"))
    host.desk.workplace.on_move(lambda: screen._follow() if screen.shown() else None)
    return screen


class _Lead(_Adapter):
    def activate(self) -> None:
        self.widget.pane.table.setFocus()

    async def load(self) -> None:
        if not self.widget.loaded:
            await self.widget.refresh()

    async def on_changes(self, records: Iterable) -> None:
        self.host.tasks.spawn(self.widget.on_changes(records), "board-changes")

    async def shutdown(self) -> None:
        await self.widget.shutdown()


def lead(host):
    from ..shift_lead_board import ShiftLeadBoard

    board = ShiftLeadBoard(host.desk, day=host.day, alarms=host.alarm_center)
    host.dayChanged.connect(board.set_day)
    # a reassignment shows at once on the counter and reception screens too
    board.entryReassigned.connect(
        lambda view: host.screens["counter"].queue.apply_views([view]))
    return _Lead(host, "lead", board,
                 lambda: translate("MainWindow", "Ausländerbehörde – Schichtleitung"))


class _Statistics(_Adapter):
    def activate(self) -> None:
        self.widget.sp_table.setFocus()

    async def load(self) -> None:
        if self.widget.report is None:
            await self.widget.load()


def statistics(host):
    from ..statistics import StatisticsView

    return _Statistics(host, "statistics",
                       StatisticsView(host.desk, office_name=host.settings.office_name),
                       lambda: translate("MainWindow", "Ausländerbehörde – Statistik"))


class _Intake(_Adapter):
    def __init__(self, host, widget) -> None:
        super().__init__(host, "intake", widget,
                         lambda: translate("MainWindow", "Ausländerbehörde – Vorbereitung"))
        from ..intake import IMPORT_SHORTCUT

        self.import_action = make_action(
            host, "action_import", translate("MainWindow", "Buchungen importieren …"),
            IMPORT_SHORTCUT,
            translate("MainWindow", "Einen Export des Buchungssystems (CSV oder .ics) "
                                    "importieren, mit Vorschau."), self.open_import,
            menu="bookings")

    def screen_actions(self) -> list:
        return [self.import_action]

    def open_import(self) -> None:
        self.host.show_screen("intake")
        self.widget.open_import()

    def activate(self) -> None:
        self.widget.table.setFocus()

    async def load(self) -> None:
        await self.widget.load()

    async def on_changes(self, records: Iterable) -> None:
        if self.shown():
            self.host.tasks.spawn(self.widget.on_changes(records), "intake-changes")

    async def shutdown(self) -> None:
        await self.widget.tasks.cancel_all()


def intake(host):
    from desk_app.services.intake import Intake

    from ..intake import IntakePage

    return _Intake(host, IntakePage(Intake(host.desk)))
