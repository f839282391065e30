"""The main window's menus, made by the shell from actions only: the switch actions of
the screens (by their entry's ``menu``), the window's own actions, and the screens' and
the parts' actions (by their ``MENU`` property, ui/actions.py). A menu without actions is
left out (Verwaltung for a clerk)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..actions import MENU

translate = QCoreApplication.translate


def _in(menu: str, actions: list[QAction]) -> list[QAction]:
    return [a for a in actions if a.property(MENU) == menu]


def build_menus(window, switches: dict[str, list[QAction]],
                own: dict[str, list[QAction]]) -> dict[str, QMenu]:
    """Ansicht, Drucken, Termine and Verwaltung, each in two groups split by a line;
    returns them by key (a screen made later adds its menu actions to its menu)."""
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    made = {}
    for key, title in (("view", translate("MainWindow", "&Ansicht")),
                       ("print", translate("MainWindow", "&Drucken")),
                       ("bookings", translate("MainWindow", "&Termine")),
                       ("admin", translate("MainWindow", "V&erwaltung"))):
        screen = _in(key, window.screen_actions)
        part = _in(key, window.part_actions)
        first, second = {
            "view": (switches.get("view", []), own.get("view", []) + screen + part),
            "print": (screen, own.get("print", []) + part),
            "bookings": (part, switches.get("bookings", []) + screen),
            "admin": (part, []),
        }[key]
        if not first and not second:
            continue
        menu = made[key] = bar.addMenu(title)
        menu.addActions(first)
        if first and second:
            menu.addSeparator()
        menu.addActions(second)
    return made
