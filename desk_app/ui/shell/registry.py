"""The screens the main window hosts, in menu and toolbar order, and the parts of the
window that are not screens (ui/part.py). Adding a screen is one entry here: its name, the
text, key and help of the action that shows it, the permission it needs, the parts it
needs, and a factory ``(window, *needed parts) -> screen``. A screen is made the first
time it is shown (or asked for by name), except the eager ones (the queue screens, which
feed the others); its window-level actions that must work before that are declared in
``actions`` (the shell makes them and passes the trigger on)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from desk_app.domain.roles import Permission

from ..intake import IMPORT_SHORTCUT, INTAKE_SCREEN_SHORTCUT, import_help, import_label
from ..labels import (
    COUNTER_SCREEN_SHORTCUT, LEAD_SCREEN_SHORTCUT, PICKUP_SCREEN_SHORTCUT,
    RECEPTION_SCREEN_SHORTCUT, REQUESTS_SCREEN_SHORTCUT, STATISTICS_SCREEN_SHORTCUT,
)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class EntryAction:
    """A window action of a screen that works before the screen is made: the shell makes
    it (text, key, help, menu), and its trigger makes the screen and triggers the screen's
    own action of the same object name."""
    name: str
    label: Callable[[], str]
    shortcut: str
    help: Callable[[], str]
    menu: str = ""


@dataclass(frozen=True)
class ScreenEntry:
    name: str
    label: Callable[[], str]            # the text of the action that shows it
    shortcut: str
    help: Callable[[], str]
    make: Callable[..., Any]            # (window, *the parts named in needs) -> a Screen
    menu: str = "view"                  # the menu its action goes into
    toolbar: bool = True                # its action is in the toolbar too
    eager: bool = False                 # made and loaded at start (it feeds others)
    permission: Permission | None = None    # the role needs it to see the screen at all
    needs: tuple[str, ...] = ()         # parts (PartEntry names) handed to make
    actions: tuple[EntryAction, ...] = ()   # its window actions before it is made
    # (key, text) of the screen's own keyed actions, for F1 before it is made
    keys: Callable[[], list[tuple[str, str]]] = lambda: []


@dataclass(frozen=True)
class PartEntry:
    name: str
    make: Callable[..., Any]            # (window, *the parts named in needs) -> a part or None
    needs: tuple[str, ...] = ()


def allowed(host, permission: Permission | None) -> bool:
    ctx = host.desk.ctx
    return permission is None or ctx.policy.allows(ctx.actor.role, permission)


# -- parts ---------------------------------------------------------------------------------
def _queue(host):
    from ..queue import QueueController
    return QueueController(host)


def _alarms(host):
    from ..lead.window_hooks import StationAlarm
    return StationAlarm(host)


def _appointments(host, queue):
    from ..booking.hooks import AppointmentBookPart
    return AppointmentBookPart(host, queue)


def _admin(host):
    from ..admin.hook import AdminPart
    return AdminPart(host)


def _no_shows(host):
    if not host.auto_no_show:
        return None
    from ..intake import NoShowTimer
    return NoShowTimer(host.desk, host.settings.auto_no_show_interval_s, host)


def _mailbox(host):
    if not allowed(host, Permission.BOOK):
        return None
    from ..requests.poller import mailbox_poller
    return mailbox_poller(host.desk, host.settings, parent=host)


def parts() -> list[PartEntry]:
    """Made with the window, in this order (a part's needs come before it)."""
    return [
        PartEntry("queue", _queue),
        PartEntry("alarms", _alarms),
        PartEntry("appointments", _appointments, needs=("queue",)),
        PartEntry("admin", _admin),
        PartEntry("no_shows", _no_shows),
        PartEntry("mailbox", _mailbox),
    ]


# -- screens -------------------------------------------------------------------------------
def _counter(host, queue):
    return queue.counter


def _reception(host, queue):
    return queue.reception


def _pickup(host, appointments):
    """The pickup desk serves the service point of this workplace (chosen on the counter
    screen)."""
    from ..pickup import PickupScreen
    screen = PickupScreen(host.desk, output=host.output.output,
                          office_name=host.settings.office_name, appointments=appointments)
    workplace = host.desk.workplace

    def follow() -> None:
        screen.set_service_point(workplace.service_point_id,
                                 workplace.service_point_name or None)
    workplace.on_move(follow)
    follow()
    return screen


def _lead(host, alarms, queue):
    from ..lead.board import LeadScreen
    board = LeadScreen(host.desk, day=host.day, alarms=alarms.alarm_center)
    host.dayChanged.connect(board.set_day)
    # a reassignment shows at once on the counter and reception screens too
    board.entryReassigned.connect(lambda view: queue.apply_views([view]))
    return board


def _statistics(host):
    from ..statistics import StatisticsScreen
    return StatisticsScreen(host.desk, office_name=host.settings.office_name)


def _intake(host):
    from desk_app.services.intake import Intake

    from ..intake import IntakeScreen
    return IntakeScreen(Intake(host.desk, federal_state=host.settings.federal_state or "NW"))


def _requests(host, mailbox):
    from ..requests.screen import create_requests_screen
    return create_requests_screen(host.desk, host.settings, poller=mailbox)


def _pickup_keys():
    from ..pickup.layout import screen_keys
    return screen_keys()


def _requests_keys():
    from ..requests.screen import screen_keys
    return screen_keys()


def screens() -> list[ScreenEntry]:
    return [
        ScreenEntry("counter", lambda: translate("MainWindow", "Schalter"),
                    COUNTER_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Ansicht für den Schalter."), _counter,
                    eager=True, needs=("queue",)),
        ScreenEntry("reception", lambda: translate("MainWindow", "Infotheke"),
                    RECEPTION_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Ansicht für die Infotheke: Einchecken "
                                                    "für alle Dienststellen."), _reception,
                    eager=True, needs=("queue",)),
        ScreenEntry("pickup", lambda: translate("MainWindow", "Ausgabe"), PICKUP_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Dokumentenausgabe: Abholschein "
                                                    "scannen, aushändigen, Eingang buchen."),
                    _pickup, permission=Permission.SERVE, needs=("appointments",),
                    keys=_pickup_keys),
        ScreenEntry("lead", lambda: translate("MainWindow", "Schichtleitung"),
                    LEAD_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Übersicht der Schichtleitung: alle "
                                                    "Dienststellen und Schalter, Umverteilen."),
                    _lead, permission=Permission.REASSIGN, needs=("alarms", "queue")),
        ScreenEntry("statistics", lambda: translate("MainWindow", "Statistik"),
                    STATISTICS_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Wochenstatistik: Termine, Erschienen, "
                                                    "Nicht erschienen, Ausfallquote."),
                    _statistics, permission=Permission.REASSIGN),
        ScreenEntry("intake", lambda: translate("MainWindow", "Vorbereitung"),
                    INTAKE_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Termine von morgen mit Hinweisen zur "
                                                    "Datenqualität: fehlende Angaben vor dem Tag "
                                                    "ergänzen."),
                    _intake, permission=Permission.BOOK, menu="bookings", toolbar=False,
                    actions=(EntryAction("action_import", import_label, IMPORT_SHORTCUT,
                                         import_help, menu="bookings"),)),
        ScreenEntry("requests", lambda: translate("MainWindow", "Terminanfragen"),
                    REQUESTS_SCREEN_SHORTCUT,
                    lambda: translate("MainWindow", "Die Terminanfragen aus dem Postfach als "
                                                    "Arbeitsliste: zuordnen, nachfragen, "
                                                    "Termin anbieten."),
                    _requests, permission=Permission.BOOK, needs=("mailbox",), menu="bookings",
                    toolbar=False, keys=_requests_keys),
    ]
