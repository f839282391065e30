"""The appointment book in the clerk's window (a part of it, ui/part.py) and at the
pickup desk. "Folgetermin" (Strg+Umschalt+F) opens the booking dialog for
the current entry; "Terminkalender" (Strg+Umschalt+T) opens the calendar in a window of
its own; at the pickup desk "Abholtermin" (Strg+Umschalt+A) books a pickup appointment
for the selected arrived document. "Termin verschieben" (Strg+Umschalt+U) moves the
current booking to another free slot and prints the new confirmation; "Offene
Abholtermine" lists who still needs a pickup appointment and books it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout

from desk_app.domain.roles import Permission
from desk_app.services.appointment_book import AppointmentBook
from desk_app.services.appointment_views import PickupNeed

from ..actions import MENU
from .dialog import FollowUpDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FOLLOW_UP_SHORTCUT = "Ctrl+Shift+F"
CALENDAR_SHORTCUT = "Ctrl+Shift+T"
PICKUP_APPOINTMENT_SHORTCUT = "Ctrl+Shift+A"
RESCHEDULE_SHORTCUT = "Ctrl+Shift+U"


class _NoReference:
    services: tuple = ()
    service_points: tuple = ()


_NO_REFERENCE = _NoReference()


def _action(parent, name: str, text: str, shortcut: str, slot,
            context=Qt.ShortcutContext.WindowShortcut) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


class AppointmentBookPart:
    """The appointment book in the main window, a part of it (ui/part.py): the "Termine"
    menu's Folgetermin, Termin verschieben, Terminkalender and Offene Abholtermine. The
    services and service points come from ``reference``, the queue's controller (the
    part it names in the registry); ``None`` where there is no queue."""

    def __init__(self, host, reference=None) -> None:
        self.host = host
        self.reference = reference if reference is not None else _NO_REFERENCE
        self.book_ = None
        self.calendar_window = None
        self.pickup_needs_window = None
        self.follow_up_action = self._action(
            "followUpAction", translate("AppointmentBook", "Folgetermin …"),
            FOLLOW_UP_SHORTCUT, lambda: self.open_follow_up())
        self.reschedule_action = self._action(
            "rescheduleAction", translate("AppointmentBook", "Termin verschieben …"),
            RESCHEDULE_SHORTCUT, lambda: self.open_reschedule())
        self.calendar_action = self._action(
            "calendarAction", translate("AppointmentBook", "Terminkalender …"),
            CALENDAR_SHORTCUT, lambda: self.open_calendar())
        self.pickup_needs_action = self._action(
            "pickupNeedsAction", translate("AppointmentBook", "Offene Abholtermine …"), "",
            lambda: self.open_pickup_needs())

    def _action(self, name: str, text: str, shortcut: str, slot) -> QAction:
        action = _action(self.host, name, text, shortcut, lambda _checked=False: slot())
        action.setProperty(MENU, "bookings")        # the shell's Termine menu
        return action

    def part_actions(self) -> list[QAction]:
        return [self.follow_up_action, self.reschedule_action, self.calendar_action,
                self.pickup_needs_action]

    def book(self) -> AppointmentBook:
        desk = self.host.desk
        if self.book_ is None or self.book_.desk is not desk:
            state = getattr(self.host.settings, "federal_state", "") or "NW"
            self.book_ = AppointmentBook(desk, federal_state=state)
        return self.book_

    def mailer(self):
        """The confirmation mailer of the settings' [mail] SMTP account; None without one."""
        return self.book().confirmation_mailer(self.host.settings.mail)

    def confirmer(self):
        from .confirmation import Confirmer

        output = self.host.output
        return Confirmer(output, output.pdf_dir / "ics",
                         services=self.reference.services,
                         service_points=self.reference.service_points,
                         office_name=self.host.settings.office_name, mailer=self.mailer())

    def _dialog(self, entry, **kwargs) -> FollowUpDialog:
        window = self.host
        dialog = FollowUpDialog(window, self.book(), entry=entry,
                                services=self.reference.services,
                                service_points=self.reference.service_points,
                                output=window.output, ics_dir=window.output.pdf_dir / "ics",
                                office_name=window.settings.office_name,
                                mailer=self.mailer(), **kwargs)
        window.active_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(window, "active_dialog", None))
        dialog.open()
        return dialog

    def open_reschedule(self, entry=None) -> FollowUpDialog | None:
        """"Termin verschieben": the current BOOKED entry to another slot, with a reason;
        the new confirmation is printed and its .ics saved."""
        window = self.host
        entry = entry or window.current_entry()
        state = getattr(getattr(entry, "state", None), "value", getattr(entry, "state", None))
        if entry is None or state != "BOOKED" or window.active_dialog is not None:
            window.show_message(   # the window's message bar: the one place for a message
                translate("AppointmentBook", "Nur ein gebuchter Termin lässt sich verschieben."),
                error=True)
            return None
        return self._dialog(entry, reschedule=True)

    def open_follow_up(self, entry=None) -> FollowUpDialog | None:
        window = self.host
        entry = entry or window.current_entry()
        if entry is None or not entry.members or window.active_dialog is not None:
            window.show_message(translate("AppointmentBook", "Kein Vorgang mit Personen gewählt."),
                                error=True)
            return None
        return self._dialog(entry)

    def open_pickup_needs(self):
        """Who still needs a pickup appointment, in a window of its own; booking from it
        opens the Abholtermin dialog."""
        from ..calendar.pickup_needs import PickupNeedsWindow

        holder = self.pickup_needs_window
        if holder is None:
            holder = self.pickup_needs_window = PickupNeedsWindow(
                self.host, self.book(), self.confirmer(),
                services=self.reference.services,
                service_points=self.reference.service_points)
        holder.show()
        holder.raise_()
        holder.reload()
        return holder

    def open_calendar(self) -> QDialog:
        from ..calendar import CalendarScreen

        desk = self.host.desk
        can_set = desk.ctx.policy.allows(desk.ctx.actor.role, Permission.REASSIGN)
        holder = self.calendar_window
        if holder is None:
            holder = self.calendar_window = QDialog(self.host)
            holder.setObjectName("calendarWindow")
            holder.setWindowTitle(translate("AppointmentBook", "Terminkalender"))
            layout = QVBoxLayout(holder)
            holder.view = CalendarScreen(self.book(), self.reference.service_points,
                                         parent=holder, can_set_allowance=can_set,
                                         confirmer=self.confirmer(),
                                         services=self.reference.services)
            layout.addWidget(holder.view)
            holder.resize(1400, 850)
        holder.show()
        holder.raise_()
        holder.view.reload(reset=True)
        return holder


def pickup_appointment_key() -> tuple[str, str]:
    """(key, text) of "Abholtermin" on the pickup desk (F1 lists it before the desk is made)."""
    return PICKUP_APPOINTMENT_SHORTCUT, translate("AppointmentBook", "Abholtermin …")


def install_pickup_appointment(view) -> QAction:
    """Adds "Abholtermin" to the pickup desk: for the selected ARRIVED document."""
    key, text = pickup_appointment_key()
    return _action(view, "pickupAppointmentAction", text, key,
                   lambda: open_pickup_appointment(view),
                   context=Qt.ShortcutContext.WidgetWithChildrenShortcut)


def open_pickup_appointment(view) -> FollowUpDialog | None:
    order = getattr(view, "order", None)
    if order is None or getattr(order.state, "value", order.state) != "ARRIVED":
        return None
    need = PickupNeed(order_id=order.id, reference=order.reference,
                      doc_type=getattr(order.doc_type, "value", order.doc_type),
                      applicant_id=order.applicant_id, family_name=order.family_name,
                      given_name=order.given_name, language=order.preferred_language,
                      service_point_id=order.collect_service_point_id,
                      arrived_at=order.arrived_at, person=getattr(order, "person", None))
    part = getattr(view, "appointments", None)   # the window's AppointmentBookPart, if any
    book = part.book() if part is not None else AppointmentBook(view.desk)
    reference = part.reference if part is not None else _NO_REFERENCE
    output = part.host.output if part is not None else None
    if not hasattr(output, "pdf_dir"):  # the screen alone: its output is DocumentOutput.output
        output = getattr(view.output, "__self__", None)
        output = output if hasattr(output, "pdf_dir") else None
    dialog = FollowUpDialog(view, book, entry=None, pickup=need,
                            services=reference.services,
                            service_points=reference.service_points,
                            output=output,
                            ics_dir=(output.pdf_dir / "ics") if output is not None else None,
                            mailer=part.mailer() if part is not None else None)
    view.pickup_appointment_dialog = dialog
    dialog.open()
    return dialog
