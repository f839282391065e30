"""The screens the main window hosts, in menu and toolbar order. Adding a screen is one
line here: its name, the text, key and help of the action that shows it, and a factory
that makes it for a window (None: not for this person's role)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from desk_app.domain.roles import Permission

from ..intake import INTAKE_SCREEN_SHORTCUT
from ..labels import (
    COUNTER_SCREEN_SHORTCUT, LEAD_SCREEN_SHORTCUT, PICKUP_SCREEN_SHORTCUT,
    RECEPTION_SCREEN_SHORTCUT, STATISTICS_SCREEN_SHORTCUT,
)
from ..requests.screen import SCREEN_SHORTCUT as REQUESTS_SCREEN_SHORTCUT

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ScreenEntry:
    name: str
    label: Callable[[], str]            # the text of the action that shows it
    shortcut: str
    help: Callable[[], str]
    make: Callable[[Any], Any]          # (window) -> a Screen, or None
    menu: str = "view"                  # the menu its action goes into
    toolbar: bool = True                # its action is in the toolbar too
    eager: bool = False                 # loaded at start, shown or not (it feeds others)


def _permitted(permission: Permission, make: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def made(host):
        ctx = host.desk.ctx
        return make(host) if ctx.policy.allows(ctx.actor.role, permission) else None
    return made


def _counter(host):
    from ..queue import queue_of
    return queue_of(host).counter


def _reception(host):
    from ..queue import queue_of
    return queue_of(host).reception


def _pickup(host):
    """The pickup desk serves the service point of this workplace (chosen on the counter
    screen)."""
    from ..pickup import PickupScreen
    screen = PickupScreen(host.desk, output=host.output.output,
                          office_name=host.settings.office_name)
    workplace = host.desk.workplace

    def follow() -> None:
        screen.set_service_point(workplace.service_point_id,
                                 workplace.service_point_name or None)
    workplace.on_move(follow)
    follow()
    return screen


def _lead(host):
    from ..lead.board import LeadScreen
    board = LeadScreen(host.desk, day=host.day, alarms=host.alarm_center)
    host.dayChanged.connect(board.set_day)
    # a reassignment shows at once on the counter and reception screens too
    board.entryReassigned.connect(
        lambda view: host.screens["counter"].queue.apply_views([view]))
    return board


def _statistics(host):
    from ..statistics import StatisticsScreen
    return StatisticsScreen(host.desk, office_name=host.settings.office_name)


def _intake(host):
    from desk_app.services.intake import Intake

    from ..intake import IntakeScreen
    return IntakeScreen(Intake(host.desk))


def _requests(host):
    from ..requests.screen import create_requests_screen
    return create_requests_screen(host.desk, host.settings)


def screens() -> list[ScreenEntry]:
    return [
        ScreenEntry("counter", lambda: translate("MainWindow", "Schalter"),
                    COUNTER_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Ansicht für den Schalter."), _counter,
                    eager=True),
        ScreenEntry("reception", lambda: translate("MainWindow", "Infotheke"),
                    RECEPTION_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Ansicht für die Infotheke: Einchecken "
                                                    "für alle Dienststellen."), _reception,
                    eager=True),
        ScreenEntry("pickup", lambda: translate("MainWindow", "Ausgabe"), PICKUP_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Dokumentenausgabe: Abholschein "
                                                    "scannen, aushändigen, Eingang buchen."),
                    _permitted(Permission.SERVE, _pickup)),
        ScreenEntry("lead", lambda: translate("MainWindow", "Schichtleitung"),
                    LEAD_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Übersicht der Schichtleitung: alle "
                                                    "Dienststellen und Schalter, Umverteilen."),
                    _permitted(Permission.REASSIGN, _lead)),
        ScreenEntry("statistics", lambda: translate("MainWindow", "Statistik"),
                    STATISTICS_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Wochenstatistik: Termine, Erschienen, "
                                                    "Nicht erschienen, Ausfallquote."),
                    _permitted(Permission.REASSIGN, _statistics)),
        ScreenEntry("intake", lambda: translate("MainWindow", "Vorbereitung"),
                    INTAKE_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Termine von morgen mit Hinweisen zur "
                                                    "Datenqualität: fehlende Angaben vor dem Tag "
                                                    "ergänzen."),
                    _permitted(Permission.BOOK, _intake), menu="bookings",
                    toolbar=False),
        ScreenEntry("requests", lambda: translate("MainWindow", "Terminanfragen"),
                    REQUESTS_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Terminanfragen aus dem Postfach als "
                                                    "Arbeitsliste: zuordnen, nachfragen, "
                                                    "Termin anbieten."),
                    _permitted(Permission.BOOK, _requests), menu="bookings", toolbar=False),
    ]
