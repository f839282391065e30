"""Specific errors of the domain. Each carries a stable ``code`` and its parameters so
that the UI can show a translated message; ``str(error)`` is the German default text.

No error message ever contains personal data: only ids, ticket numbers and codes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .states import Action, State


class DomainError(Exception):
    code = "domain_error"
    template = "Aktion nicht möglich."

    def __init__(self, **params: Any) -> None:
        self.params = params    # dates and times as objects: the UI formats them (QLocale)
        super().__init__(self.template.format(
            **{name: german_text(value) for name, value in params.items()}))


WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def german_text(value: Any) -> Any:
    """A param as the German text (CLI, log) writes it: a moment in Berlin time
    ("Mo 30.11.2026 08:20"), a date ("30.11.2026"), a time of day ("08:20"); anything
    else as it is."""
    if isinstance(value, dt.datetime):
        from .clock import to_local

        local = to_local(value)
        return f"{WEEKDAYS_DE[local.weekday()]} {local:%d.%m.%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return value


class InvalidTransition(DomainError):
    """The action is not allowed in the entry's current state."""

    code = "invalid_transition"
    action: Action
    verb = "Diese Aktion"
    template = "{verb} ist nicht möglich: der Vorgang hat den Status {state_de}."

    def __init__(self, state: State, **params: Any) -> None:
        super().__init__(
            state=state, verb=self.verb, state_de=STATE_LABELS_DE[state], **params
        )
        self.state = state


STATE_LABELS_DE = {
    State.BOOKED: "Gebucht",
    State.WAITING: "Wartend",
    State.CALLED: "Aufgerufen",
    State.IN_SERVICE: "In Bearbeitung",
    State.PARKED: "Geparkt",
    State.DONE: "Erledigt",
    State.NO_SHOW: "Nicht erschienen",
    State.CANCELLED: "Storniert",
    State.LEFT: "Gegangen",
    State.MISSED: "Verpasst",
}


def _transition_error(name: str, action: Action, verb: str) -> type[InvalidTransition]:
    return type(name, (InvalidTransition,), {
        "action": action, "verb": verb, "code": f"cannot_{action.value}",
        "__doc__": f"{verb} is not allowed in the current state.",
    })


CannotCheckIn = _transition_error("CannotCheckIn", Action.CHECK_IN, "Einchecken")
CannotMarkNoShow = _transition_error("CannotMarkNoShow", Action.MARK_NO_SHOW, "Nicht erschienen")
CannotCancel = _transition_error("CannotCancel", Action.CANCEL, "Stornieren")
CannotRecordLateArrival = _transition_error(
    "CannotRecordLateArrival", Action.LATE_ARRIVAL, "Verspätete Ankunft")
CannotCall = _transition_error("CannotCall", Action.CALL, "Aufrufen")
CannotLeave = _transition_error("CannotLeave", Action.LEAVE, "Gegangen")
CannotAppear = _transition_error("CannotAppear", Action.APPEAR, "Erschienen")
CannotMarkNotAnswering = _transition_error(
    "CannotMarkNotAnswering", Action.NOT_ANSWERING, "Nicht gemeldet")
CannotReinstate = _transition_error("CannotReinstate", Action.REINSTATE, "Wiederaufnehmen")
CannotPark = _transition_error("CannotPark", Action.PARK, "Parken")
CannotResume = _transition_error("CannotResume", Action.RESUME, "Fortsetzen")
CannotForward = _transition_error("CannotForward", Action.FORWARD, "Weiterleiten")
CannotFinish = _transition_error("CannotFinish", Action.FINISH, "Abschließen")

TRANSITION_ERRORS: dict[Action, type[InvalidTransition]] = {
    cls.action: cls
    for cls in (
        CannotCheckIn, CannotMarkNoShow, CannotCancel, CannotRecordLateArrival, CannotCall,
        CannotLeave, CannotAppear, CannotMarkNotAnswering, CannotReinstate, CannotPark,
        CannotResume, CannotForward, CannotFinish,
    )
}


class PermissionDenied(DomainError):
    code = "permission_denied"
    template = "Keine Berechtigung für diese Aktion ({permission})."


class RecallLocked(DomainError):
    code = "recall_locked"
    template = "Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre)."


class ReasonRequired(DomainError):
    code = "reason_required"
    template = "Bitte einen Grund angeben."


class LateCheckInNeedsReason(ReasonRequired):
    code = "late_check_in_needs_reason"
    template = "Verspätet um {minutes} Minuten: Einchecken nur mit Begründung."


class LateCheckInNeedsPermission(PermissionDenied):
    code = "late_check_in_needs_permission"
    template = (
        "Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung "
        "für verspätete Ankunft (Schichtleitung)."
    )


class NoShowNotYetDue(DomainError):
    code = "no_show_not_yet_due"
    template = "Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich."


class NotToday(DomainError):
    code = "not_today"
    template = "Der Termin ist für den {day} gebucht, nicht für heute."


class OutcomeRequired(DomainError):
    code = "outcome_required"
    template = "Für jede Person des Vorgangs ist ein Ergebnis nötig."


class ForwardTargetInvalid(DomainError):
    code = "forward_target_invalid"
    template = "Weiterleiten nur an eine andere Dienststelle."


class NotFound(DomainError):
    code = "not_found"
    template = "{what} wurde nicht gefunden."


class ConcurrentModification(DomainError):
    """Another workstation changed the entry after this one read it."""

    code = "concurrent_modification"
    template = (
        "Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert "
        "(jetzt: {state_de}). Bitte die Anzeige prüfen."
    )


class AlreadyCalledElsewhere(ConcurrentModification):
    code = "already_called_elsewhere"
    template = "Vorgang {ticket} wurde bereits an {counter} aufgerufen."


class QueueEmpty(DomainError):
    code = "queue_empty"
    template = "Niemand wartet auf einen Aufruf."


class ValidationFailed(DomainError):
    """Input the service refuses. ``message`` is German with ``{placeholders}`` filled
    from ``params`` (for the CLI and the log); ``text`` keeps it unfilled.
    ``error_code`` names the message: it becomes the error's ``code``, by which the UI
    translates it (ui/service_texts.py; scripts/codemods/validation_codes.py adds it to
    every raising site). Without it the code stays ``validation_failed``."""

    code = "validation_failed"
    template = "{message}"

    text: str | None = None

    def __init__(self, message: str | None = None, *, error_code: str | None = None,
                 **params: Any) -> None:
        if error_code is not None:
            self.code = error_code
        if self.template != "{message}":      # a subclass with a template of its own
            if message is not None:
                params["message"] = message
            super().__init__(**params)
            return
        self.text = message or ""
        super().__init__(message=self.text.format(**params) if params else self.text, **params)


class ReadOnlyMode(DomainError):
    code = "read_only"
    template = "Nur Lesezugriff: {why}"


def local_time_text(value: dt.datetime) -> str:
    return german_text(local_time(value))


def local_time(value: dt.datetime) -> dt.time:
    """A moment's time of day in Berlin (a param the UI writes in its own format)."""
    from .clock import to_local

    return to_local(value).time().replace(second=0, microsecond=0)
