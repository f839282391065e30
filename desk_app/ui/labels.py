"""Translatable labels for the domain's states, actions, outcomes and quality flags,
the sections of the queue, and the keyboard shortcut of every action.

German is the source language; the English text lives in desk_app_en.ts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desk_app.domain.data_quality import Quality
from desk_app.domain.states import Action, Outcome, State

translate = QCoreApplication.translate


def state_label(state: State) -> str:
    return {
        State.BOOKED: translate("Labels", "Gebucht"),
        State.WAITING: translate("Labels", "Wartend"),
        State.CALLED: translate("Labels", "Aufgerufen"),
        State.IN_SERVICE: translate("Labels", "In Bearbeitung"),
        State.PARKED: translate("Labels", "Geparkt"),
        State.DONE: translate("Labels", "Erledigt"),
        State.NO_SHOW: translate("Labels", "Nicht erschienen"),
        State.CANCELLED: translate("Labels", "Storniert"),
        State.LEFT: translate("Labels", "Gegangen"),
        State.MISSED: translate("Labels", "Verpasst"),
    }[State(state)]


#: A symbol per state, so that states differ by shape as well as by colour.
STATE_SYMBOLS = {
    State.BOOKED: "○", State.WAITING: "◔", State.CALLED: "◉", State.IN_SERVICE: "▶",
    State.PARKED: "‖", State.DONE: "✓", State.NO_SHOW: "✗", State.CANCELLED: "⊘",
    State.LEFT: "↩", State.MISSED: "!",
}


@dataclass(frozen=True)
class StateStyle:
    background: str
    bold: bool = False
    italic: bool = False
    muted: bool = False       # grey text: the entry needs no more attention today


#: Background colours chosen with clearly different relative luminance, so that they stay
#: apart in greyscale (done 1.00, booked .91, waiting .82, called .69, parked .59,
#: no-show .51, in service .45, missed .30); the text is always #111 on them (contrast
#: 6:1 or better), and weight, italics and the symbol carry the state as well.
STATE_STYLES = {
    State.BOOKED: StateStyle("#f4f4f4"),
    State.WAITING: StateStyle("#dcebff"),
    State.CALLED: StateStyle("#ffd54f", bold=True),
    State.IN_SERVICE: StateStyle("#7cc47f", bold=True),
    State.PARKED: StateStyle("#d1c4e9", italic=True),
    State.MISSED: StateStyle("#e57373", bold=True),
    State.NO_SHOW: StateStyle("#bdbdbd", italic=True),
    State.DONE: StateStyle("#ffffff", muted=True),
    State.CANCELLED: StateStyle("#ffffff", italic=True, muted=True),
    State.LEFT: StateStyle("#ffffff", italic=True, muted=True),
}


def action_label(action: Action) -> str:
    return {
        Action.CHECK_IN: translate("Labels", "Einchecken"),
        Action.MARK_NO_SHOW: translate("Labels", "Nicht erschienen"),
        Action.CANCEL: translate("Labels", "Stornieren"),
        Action.LATE_ARRIVAL: translate("Labels", "Verspätet angekommen"),
        Action.CALL: translate("Labels", "Diese Person aufrufen"),
        Action.LEAVE: translate("Labels", "Gegangen"),
        Action.APPEAR: translate("Labels", "Erschienen"),
        Action.NOT_ANSWERING: translate("Labels", "Meldet sich nicht"),
        Action.REINSTATE: translate("Labels", "Wieder aufnehmen"),
        Action.PARK: translate("Labels", "Parken"),
        Action.RESUME: translate("Labels", "Fortsetzen"),
        Action.FORWARD: translate("Labels", "Weiterleiten"),
        Action.FINISH: translate("Labels", "Abschließen"),
    }[Action(action)]


def action_help(action: Action) -> str:
    return {
        Action.CHECK_IN: translate("Labels", "Die Person ist da: Wartenummer vergeben."),
        Action.MARK_NO_SHOW: translate("Labels", "Der Termin wurde nicht wahrgenommen."),
        Action.CANCEL: translate("Labels", "Den Termin stornieren."),
        Action.LATE_ARRIVAL: translate("Labels", "Doch noch gekommen (mit Begründung)."),
        Action.CALL: translate("Labels", "Genau diese Person an diesen Schalter aufrufen."),
        Action.LEAVE: translate("Labels", "Die Person hat das Warten aufgegeben."),
        Action.APPEAR: translate("Labels", "Die aufgerufene Person ist am Schalter."),
        Action.NOT_ANSWERING: translate(
            "Labels", "Niemand kam: zurück in die Warteschlange, mit Aufrufsperre."),
        Action.REINSTATE: translate("Labels", "Die Person ist wieder da."),
        Action.PARK: translate(
            "Labels", "Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen)."),
        Action.RESUME: translate("Labels", "Zurück, vorn in der Warteschlange."),
        Action.FORWARD: translate("Labels", "An eine andere Dienststelle weiterleiten."),
        Action.FINISH: translate("Labels", "Abschließen, mit einem Ergebnis je Person."),
    }[Action(action)]


#: One consistent scheme: F-keys for the counter's rhythm (call, appeared, not
#: answering, finish, forward), Ctrl+letter for the rest, Ctrl+Shift for the actions
#: that cost a person (they also ask for confirmation).
ACTION_SHORTCUTS = {
    Action.CALL: "Shift+F5",
    Action.APPEAR: "F6",
    Action.NOT_ANSWERING: "F7",
    Action.FINISH: "F8",
    Action.FORWARD: "F9",
    Action.CHECK_IN: "Ctrl+E",
    Action.PARK: "Ctrl+P",
    Action.RESUME: "Ctrl+R",
    Action.LATE_ARRIVAL: "Ctrl+L",
    Action.LEAVE: "Ctrl+G",
    Action.REINSTATE: "Ctrl+I",
    Action.MARK_NO_SHOW: "Ctrl+Shift+N",
    Action.CANCEL: "Ctrl+Shift+S",
}
CALL_NEXT_SHORTCUT = "F5"
WALK_IN_SHORTCUT = "Ctrl+N"
REPRINT_SHORTCUT = "Ctrl+T"
SEARCH_SHORTCUT = "Ctrl+F"
COUNTER_SCREEN_SHORTCUT = "F2"
RECEPTION_SCREEN_SHORTCUT = "F3"
REFRESH_SHORTCUT = "Ctrl+F5"
LEAD_SCREEN_SHORTCUT = "F4"
STATISTICS_SCREEN_SHORTCUT = "Shift+F4"
PICKUP_SCREEN_SHORTCUT = "Ctrl+F4"
REQUESTS_SCREEN_SHORTCUT = "Shift+F2"   # the mailbox worklist (ui/requests)
CONFIRMATION_SHORTCUT = "Ctrl+Shift+B"
RECEIPT_SHORTCUT = "Ctrl+K"
CANCEL_RECEIPT_SHORTCUT = "Ctrl+Shift+K"
PRINT_QUEUE_SHORTCUT = "Ctrl+J"
ORDER_DOCUMENT_SHORTCUT = "Ctrl+O"

#: The order of the actions in the entry panel.
PANEL_ACTIONS = (
    Action.CHECK_IN, Action.CALL, Action.APPEAR, Action.NOT_ANSWERING, Action.PARK,
    Action.RESUME, Action.FINISH, Action.FORWARD, Action.REINSTATE, Action.LATE_ARRIVAL,
    Action.LEAVE, Action.MARK_NO_SHOW, Action.CANCEL,
)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.COMPLETED: translate("Labels", "Anliegen erledigt"),
        Outcome.DOCUMENT_ORDERED: translate("Labels", "Dokument bestellt (eAT/Reiseausweis)"),
        Outcome.DOCUMENT_HANDED_OUT: translate("Labels", "Dokument ausgehändigt"),
        Outcome.DOCUMENTS_MISSING: translate("Labels", "Unterlagen unvollständig"),
        Outcome.FOLLOW_UP: translate("Labels", "Folgetermin nötig"),
        Outcome.REFERRED: translate("Labels", "An andere Stelle verwiesen"),
        Outcome.NOT_RESPONSIBLE: translate("Labels", "Nicht zuständig"),
    }[Outcome(outcome)]


QUALITY_SYMBOLS = {
    Quality.NO_CONTACT: "☎",
    Quality.INVALID_EMAIL: "@",
    Quality.BIRTH_DATE_PARTIAL: "◐",
    Quality.BIRTH_DATE_MISSING: "◌",
    Quality.NO_FILE_NUMBER: "#",
    Quality.NATIONALITY_MISSING: "⚑",   # issue 17
    Quality.INVALID_PHONE: "✆",
    Quality.POSSIBLE_DUPLICATE: "⧉",    # issue 17: EntryView's members carry it
    Quality.UNDELIVERABLE: "✉",         # issue 20: a bounce (stored on the applicant)
}
QUALITY_ORDER = (Quality.POSSIBLE_DUPLICATE, Quality.NO_CONTACT, Quality.INVALID_EMAIL,
                 Quality.BIRTH_DATE_PARTIAL, Quality.BIRTH_DATE_MISSING, Quality.NO_FILE_NUMBER,
                 Quality.NATIONALITY_MISSING, Quality.INVALID_PHONE, Quality.UNDELIVERABLE)


def quality_label(quality: Quality) -> str:
    return {
        Quality.NO_CONTACT: translate("Labels", "Keine Kontaktdaten (weder E-Mail noch Telefon)"),
        Quality.INVALID_EMAIL: translate("Labels", "E-Mail-Adresse ungültig"),
        Quality.BIRTH_DATE_PARTIAL: translate("Labels", "Geburtsdatum nur teilweise bekannt"),
        Quality.BIRTH_DATE_MISSING: translate("Labels", "Geburtsdatum fehlt"),
        Quality.NO_FILE_NUMBER: translate("Labels", "Kein Aktenzeichen"),
        Quality.NATIONALITY_MISSING: translate("Labels", "Staatsangehörigkeit fehlt"),
        Quality.INVALID_PHONE: translate("Labels", "Telefonnummer nicht lesbar"),
        Quality.UNDELIVERABLE: translate("Labels", "E-Mail nicht zustellbar (Rückläufer)"),
        Quality.POSSIBLE_DUPLICATE: translate("Labels", "Möglicherweise doppelt erfasst "
                                                        "(gleiches Aktenzeichen oder gleicher "
                                                        "Name und Geburtstag)"),
    }[Quality(quality)]


@dataclass(frozen=True)
class Section:
    key: str
    states: frozenset[State] | None   # None: all


SECTIONS = (
    Section("open", frozenset({State.BOOKED, State.WAITING, State.CALLED, State.IN_SERVICE,
                               State.PARKED, State.MISSED})),
    Section("all", None),
    Section("booked", frozenset({State.BOOKED})),
    Section("waiting", frozenset({State.WAITING})),
    Section("active", frozenset({State.CALLED, State.IN_SERVICE})),
    Section("parked", frozenset({State.PARKED})),
    Section("missed", frozenset({State.MISSED})),
    Section("no_show", frozenset({State.NO_SHOW})),
    Section("done", frozenset({State.DONE, State.CANCELLED, State.LEFT})),
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}


def section_label(key: str) -> str:
    return {
        "open": translate("Labels", "Offen"),
        "all": translate("Labels", "Alle"),
        "booked": translate("Labels", "Gebucht"),
        "waiting": translate("Labels", "Wartend"),
        "active": translate("Labels", "Aufgerufen / in Bearbeitung"),
        "parked": translate("Labels", "Geparkt"),
        "missed": translate("Labels", "Verpasst"),
        "no_show": translate("Labels", "Nicht erschienen"),
        "done": translate("Labels", "Erledigt"),
    }[key]


def database_name(url: str) -> str:
    """The database as a person would name it: "Demo, lokal", "desk auf db-server"."""
    from desk_app.services.database_names import describe_database

    name = describe_database(url)
    if name.kind == "demo":
        return translate("Labels", "Demo, lokal")
    if name.kind == "local":
        shown = translate("Labels", "im Speicher") if name.name == "im Speicher" else name.name
        return translate("Labels", "lokal ({name})").format(name=shown)
    return translate("Labels", "{name} auf {host}").format(name=name.name, host=name.host)


def format_duration(minutes: int) -> str:
    """One format for every duration: "32 Min.", "7 Std. 10 Min.", "2 Std."."""
    minutes = max(0, int(minutes))
    if minutes < 60:
        return translate("Labels", "{m} Min.").format(m=minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        return translate("Labels", "{h} Std.").format(h=hours)
    return translate("Labels", "{h} Std. {m} Min.").format(h=hours, m=rest)


def local_time(value) -> str:
    """A moment as the UI language writes a time of day (QLocale; Berlin time)."""
    from .locale_text import time_text

    return time_text(value)


def date_format() -> str:
    """The UI language's short date format with a four-digit year (for date pickers)."""
    from .locale_text import date_format as fmt

    return fmt()
