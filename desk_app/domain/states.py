"""States and actions of a queue entry (DESIGN.md, "The queue entry")."""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    BOOKED = "BOOKED"
    WAITING = "WAITING"
    CALLED = "CALLED"
    IN_SERVICE = "IN_SERVICE"
    PARKED = "PARKED"
    DONE = "DONE"
    NO_SHOW = "NO_SHOW"
    CANCELLED = "CANCELLED"
    LEFT = "LEFT"
    MISSED = "MISSED"

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATES


#: States an entry does not leave by any action of the day.
FINAL_STATES = frozenset({State.DONE, State.CANCELLED, State.LEFT})

#: States in which the applicant is physically in the office.
PRESENT_STATES = frozenset({State.WAITING, State.CALLED, State.IN_SERVICE, State.PARKED})


class Action(StrEnum):
    CHECK_IN = "check_in"
    MARK_NO_SHOW = "mark_no_show"
    CANCEL = "cancel"
    LATE_ARRIVAL = "late_arrival"
    CALL = "call"
    LEAVE = "leave"
    APPEAR = "appear"
    NOT_ANSWERING = "not_answering"
    REINSTATE = "reinstate"
    PARK = "park"
    RESUME = "resume"
    FORWARD = "forward"
    FINISH = "finish"


class Outcome(StrEnum):
    """What happened for one applicant of an entry that was served."""

    COMPLETED = "COMPLETED"          # Anliegen erledigt
    DOCUMENT_ORDERED = "DOCUMENT_ORDERED"  # eAT / Reiseausweis bestellt
    DOCUMENT_HANDED_OUT = "DOCUMENT_HANDED_OUT"
    DOCUMENTS_MISSING = "DOCUMENTS_MISSING"  # Unterlagen unvollständig, neuer Termin
    FOLLOW_UP = "FOLLOW_UP"          # Folgetermin nötig
    REFERRED = "REFERRED"            # an andere Stelle verwiesen
    NOT_RESPONSIBLE = "NOT_RESPONSIBLE"  # Behörde nicht zuständig


class EntryKind(StrEnum):
    APPOINTMENT = "APPOINTMENT"
    WALK_IN = "WALK_IN"
