"""The appointment book's hooks into the clerk's window and the pickup desk: a few
lines there call these. "Folgetermin" (Strg+Umschalt+F) opens the booking dialog for
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

from .dialog import FollowUpDialog

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FOLLOW_UP_SHORTCUT = "Ctrl+Shift+F"
CALENDAR_SHORTCUT = "Ctrl+Shift+T"
PICKUP_APPOINTMENT_SHORTCUT = "Ctrl+Shift+A"
RESCHEDULE_SHORTCUT = "Ctrl+Shift+U"


def _book(window) -> AppointmentBook:
    book = getattr(window, "appointment_book", None)
    if book is None or book.desk is not window.desk:
        state = getattr(getattr(window, "settings", None), "federal_state", "") or "NW"
        book = window.appointment_book = AppointmentBook(window.desk, federal_state=state)
    return book


def _reference(window):
    """The services and service points the queue screens read (ui/queue); none when
    ``window`` has no queue screens (e.g. the pickup desk on its own)."""
    screens = getattr(window, "screens", None)
    queue = getattr(screens.get("counter"), "queue", None) if isinstance(screens, dict) else None
    return queue if queue is not None else _NO_REFERENCE


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


def install_appointment_book(window, menus) -> None:
    """Adds the "Termine" menu with Folgetermin and Terminkalender to the main window."""
    menu = menus.addMenu(translate("AppointmentBook", "&Termine"))
    window.follow_up_action = _action(window, "followUpAction",
                                      translate("AppointmentBook", "Folgetermin …"),
                                      FOLLOW_UP_SHORTCUT, lambda: open_follow_up(window))
    window.calendar_action = _action(window, "calendarAction",
                                     translate("AppointmentBook", "Terminkalender …"),
                                     CALENDAR_SHORTCUT, lambda: open_calendar(window))
    window.reschedule_action = _action(window, "rescheduleAction",
                                       translate("AppointmentBook", "Termin verschieben …"),
                                       RESCHEDULE_SHORTCUT, lambda: open_reschedule(window))
    window.pickup_needs_action = _action(window, "pickupNeedsAction",
                                         translate("AppointmentBook", "Offene Abholtermine …"),
                                         "", lambda: open_pickup_needs(window))
    menu.addAction(window.follow_up_action)
    menu.addAction(window.reschedule_action)
    menu.addAction(window.calendar_action)
    menu.addAction(window.pickup_needs_action)


def mailer_for(window):
    """The confirmation mailer of the settings' [mail] SMTP account; None without one."""
    from desk_app.services.confirmation_mail import mailer_from_settings

    desk = getattr(window, "desk", None)
    return mailer_from_settings(getattr(getattr(window, "settings", None), "mail", None),
                                clock=desk.ctx.now if desk is not None else None)


def confirmer_for(window):
    from .confirmation import Confirmer

    output = getattr(window, "output", None)
    return Confirmer(output, (output.pdf_dir / "ics") if output is not None else None,
                     services=_reference(window).services,
                     service_points=_reference(window).service_points,
                     office_name=getattr(getattr(window, "settings", None), "office_name", ""),
                     mailer=mailer_for(window))


def open_reschedule(window, entry=None) -> FollowUpDialog | None:
    """"Termin verschieben": the current BOOKED entry to another slot, with a reason; the
    new confirmation is printed and its .ics saved."""
    entry = entry or window.current_entry()
    state = getattr(getattr(entry, "state", None), "value", getattr(entry, "state", None))
    if entry is None or state != "BOOKED" or window.active_dialog is not None:
        window.show_message(   # the window's message bar: the one place for a message
            translate("AppointmentBook", "Nur ein gebuchter Termin lässt sich verschieben."),
            error=True)
        return None
    dialog = FollowUpDialog(window, _book(window), entry=entry, reschedule=True,
                            services=_reference(window).services,
                            service_points=_reference(window).service_points,
                            output=window.output, ics_dir=window.output.pdf_dir / "ics",
                            office_name=window.settings.office_name,
                            mailer=mailer_for(window))
    window.active_dialog = dialog
    dialog.finished.connect(lambda _r: setattr(window, "active_dialog", None))
    dialog.open()
    return dialog


def open_pickup_needs(window):
    """Who still needs a pickup appointment, in a window of its own; booking from it
    opens the Abholtermin dialog."""
    from ..calendar.pickup_needs import PickupNeedsWindow

    holder = getattr(window, "pickup_needs_window", None)
    if holder is None:
        holder = window.pickup_needs_window = PickupNeedsWindow(
            window, _book(window), confirmer_for(window),
            services=_reference(window).services,
            service_points=_reference(window).service_points)
    holder.show()
    holder.raise_()
    holder.reload()
    return holder


def open_follow_up(window, entry=None) -> FollowUpDialog | None:
    entry = entry or window.current_entry()
    if entry is None or not entry.members or window.active_dialog is not None:
        window.show_message(translate("AppointmentBook", "Kein Vorgang mit Personen gewählt."),
                            error=True)
        return None
    dialog = FollowUpDialog(window, _book(window), entry=entry,
                            services=_reference(window).services,
                            service_points=_reference(window).service_points,
                            output=window.output, ics_dir=window.output.pdf_dir / "ics",
                            office_name=window.settings.office_name,
                            mailer=mailer_for(window))
    window.active_dialog = dialog
    dialog.finished.connect(lambda _r: setattr(window, "active_dialog", None))
    dialog.open()
    return dialog


def open_calendar(window) -> QDialog:
    from ..calendar import CalendarScreen

    desk = window.desk
    can_set = desk.ctx.policy.allows(desk.ctx.actor.role, Permission.REASSIGN)
    holder = getattr(window, "calendar_window", None)
    if holder is None:
        holder = window.calendar_window = QDialog(window)
        holder.setObjectName("calendarWindow")
        holder.setWindowTitle(translate("AppointmentBook", "Terminkalender"))
        layout = QVBoxLayout(holder)
        holder.view = CalendarScreen(_book(window), _reference(window).service_points,
                                   parent=holder, can_set_allowance=can_set,
                                   confirmer=confirmer_for(window),
                                   services=_reference(window).services)
        layout.addWidget(holder.view)
        holder.resize(1400, 850)
    holder.show()
    holder.raise_()
    holder.view.reload(reset=True)
    return holder


def install_pickup_appointment(view) -> QAction:
    """Adds "Abholtermin" to the pickup desk: for the selected ARRIVED document."""
    return _action(view, "pickupAppointmentAction", translate("AppointmentBook", "Abholtermin …"),
                   PICKUP_APPOINTMENT_SHORTCUT, lambda: open_pickup_appointment(view),
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
    window = view.window()
    book = _book(window) if hasattr(window, "desk") else AppointmentBook(view.desk)
    output = getattr(window, "output", None)
    if not hasattr(output, "pdf_dir"):  # the screen alone: its output is DocumentOutput.output
        output = getattr(view.output, "__self__", None)
        output = output if hasattr(output, "pdf_dir") else None
    dialog = FollowUpDialog(view, book, entry=None, pickup=need,
                            services=_reference(window).services,
                            service_points=_reference(window).service_points,
                            output=output,
                            ics_dir=(output.pdf_dir / "ics") if output is not None else None,
                            mailer=mailer_for(window))
    view.pickup_appointment_dialog = dialog
    dialog.open()
    return dialog
