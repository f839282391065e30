"""Thin adapters: the screens that do not implement the Screen protocol yet (intake),
wrapped as they were hooked into the old main window.
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

    from ..intake import IntakeScreen

    return _Intake(host, IntakeScreen(Intake(host.desk)))
