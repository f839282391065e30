"""Clear, translated messages for what the services raise (never a traceback).

``message_for(exc)`` translates a DomainError by its stable ``code`` and fills in its
``params``: the wording of the common codes is here, every other code's text is in
service_texts.ERRORS (a ValidationFailed's code is its ``error_code``). Dates and times
among the params go through QLocale. DatabaseUnavailable and the schema error get their
own wording. An error without a known code shows its German text, which the domain
guarantees to be free of personal data.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desk_app.domain import errors
from desk_app.domain.states import Action, State
from desk_app.services.database import (
    DatabaseBusy, DatabaseUnavailable, InvalidDatabaseUrl, SignInFailed,
)

from . import locale_text
from .labels import action_label, state_label
from .service_texts import error_text, label_text

translate = QCoreApplication.translate


def _state(params) -> str:
    state = params.get("state")
    try:
        return state_label(State(state))
    except ValueError:
        return str(params.get("state_de", state or ""))


def _sign_in_reason(reason: str) -> str:
    if reason == "password":
        return translate("Errors", "das Passwort ist falsch")
    if reason == "unknown_user":
        return translate("Errors", "der Benutzer ist unbekannt oder nicht zugelassen")
    if reason == "missing_database":
        return translate("Errors", "diese Datenbank gibt es nicht")
    return translate("Errors", "keine Berechtigung für diese Datenbank")


def message_for(exc: BaseException) -> str:
    if isinstance(exc, SignInFailed):
        return translate("Errors", "Anmeldung an der Datenbank abgelehnt ({url}): {reason}. "
                                   "Bitte die IT verständigen.").format(
            url=exc.url, reason=_sign_in_reason(exc.reason))
    if isinstance(exc, InvalidDatabaseUrl):
        return translate("Errors", "Die Datenbank-URL in den Einstellungen ist ungültig. "
                                   "Bitte die IT verständigen.")
    if isinstance(exc, DatabaseBusy):
        return translate("Errors", "Die Datenbank ist gerade belegt, bitte noch einmal "
                                   "versuchen. Die Aktion wurde nicht ausgeführt.")
    if isinstance(exc, DatabaseUnavailable) and exc.applied is None:
        # the connection was lost after COMMIT was sent: it may have been applied
        return translate(
            "Errors", "Die Verbindung zur Datenbank ist beim Speichern abgebrochen ({url}). "
            "Die Aktion wurde möglicherweise schon ausgeführt. Erneut versuchen ist sicher: "
            "sie wird höchstens einmal ausgeführt.").format(url=exc.url)
    if isinstance(exc, DatabaseUnavailable):
        return translate(
            "Errors", "Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; "
            "bitte gleich noch einmal versuchen.").format(url=exc.url)
    if type(exc).__name__ == "SchemaTooOld":
        return translate("Errors", "Die Datenbank muss erst aktualisiert werden. Bitte die IT "
                                   "verständigen.")
    if not isinstance(exc, errors.DomainError):
        return translate("Errors", "Unerwarteter Fehler ({kind}). Die Aktion wurde nicht "
                                   "ausgeführt; Details stehen im Protokoll.").format(
            kind=type(exc).__name__)
    p = exc.params
    code = exc.code
    if isinstance(exc, errors.InvalidTransition):
        action = getattr(exc, "action", None)
        verb = action_label(action) if isinstance(action, Action) else translate(
            "Errors", "Diese Aktion")
        return translate("Errors", "„{verb}“ ist nicht möglich: der Vorgang hat den Status "
                                   "„{state}“.").format(verb=verb, state=_state(p))
    if code == "recall_locked":
        until = p.get("until")
        text = (local_time(until) if isinstance(until, dt.datetime)
                else param_text(p.get("until_local", "")))
        return translate("Errors", "Erneuter Aufruf erst ab {time} Uhr möglich "
                                   "(Aufrufsperre).").format(time=text)
    if code == "late_check_in_needs_permission":
        return translate("Errors", "{minutes} Minuten zu spät: Einchecken nur mit der "
                                   "Berechtigung für verspätete Ankunft (Schichtleitung)."
                         ).format(minutes=p.get("minutes", "?"))
    if code == "late_check_in_needs_reason":
        return translate("Errors", "{minutes} Minuten zu spät: Einchecken nur mit "
                                   "Begründung.").format(minutes=p.get("minutes", "?"))
    if code == "permission_denied":
        return translate("Errors", "Für diese Aktion fehlt die Berechtigung ({permission})."
                         ).format(permission=p.get("permission", ""))
    if code == "reason_required":
        return translate("Errors", "Bitte einen Grund angeben.")
    if code == "no_show_not_yet_due":
        return translate("Errors", "Der Termin hat noch nicht begonnen: „Nicht erschienen“ "
                                   "ist noch nicht möglich.")
    if code == "outcome_required":
        return translate("Errors", "Für jede Person des Vorgangs ist ein Ergebnis nötig.")
    if code == "forward_target_invalid":
        return translate("Errors", "Weiterleiten geht nur an eine andere Dienststelle.")
    if code == "not_found":
        return translate("Errors", "Nicht gefunden: {what}.").format(what=p.get("what", ""))
    if code == "already_called_elsewhere":
        return translate("Errors", "Vorgang {ticket} wurde bereits an {counter} aufgerufen."
                         ).format(ticket=p.get("ticket", ""), counter=p.get("counter", ""))
    if code == "concurrent_modification":
        return translate("Errors", "Vorgang {ticket} wurde inzwischen an einem anderen "
                                   "Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist "
                                   "aktualisiert.").format(ticket=p.get("ticket", ""),
                                                           state=_state(p))
    if code == "queue_empty":
        return translate("Errors", "Niemand wartet auf einen Aufruf.")
    if code == "read_only":
        return translate("Errors", "Nur Lesezugriff: {why}").format(why=p.get("why", ""))
    if code == "validation_failed":         # no error_code: its text as it was given
        return _check_input(str(p.get("message", "")))
    text = coded_text(exc)
    if isinstance(exc, errors.ValidationFailed) and type(exc).template == "{message}":
        return _check_input(text)
    return text


def _check_input(message: str) -> str:
    return translate("Errors", "Eingabe prüfen: {message}").format(message=message)


def coded_text(exc: errors.DomainError) -> str:
    """The error's own text, translated by its code (or the nearest base class's code
    that has a text) and filled; the German ``str(exc)`` when there is none."""
    codes = [exc.code, *(c.__dict__["code"] for c in type(exc).__mro__ if "code" in c.__dict__)]
    text = next((t for t in map(error_text, codes) if t is not None), None)
    if text is None:
        return str(exc)
    values = {name: param_text(value) for name, value in exc.params.items()}
    if isinstance(values.get("label"), str):
        values["label"] = label_text(values["label"])
    if "state" in values and "state_de" in values:
        values["state_de"] = _state(exc.params)
    if "message" in values and isinstance(exc.__cause__, errors.DomainError):
        values["message"] = coded_text(exc.__cause__)   # e.g. the invalid receipt of a batch
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(exc)


def local_time(value: dt.datetime) -> str:
    """A time of day (Berlin) in the UI language's short format."""
    return locale_text.time_text(value)


def param_text(value):
    """Dates and times in the UI language (QLocale); anything else as it is."""
    if isinstance(value, dt.datetime):          # a slot: "Mon 30/11/2026 08:20"
        return f"{locale_text.day_text(value)} {locale_text.time_text(value)}"
    if isinstance(value, dt.date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.time):
        return locale_text.time_text(value)
    return value


def reason_for(exc: BaseException) -> str:
    """A short reason for a failed side step (printing): the message for an outage or a
    domain error, else only the exception's kind (the details are in the log)."""
    if isinstance(exc, (errors.DomainError, DatabaseUnavailable)):
        return message_for(exc)
    return type(exc).__name__
