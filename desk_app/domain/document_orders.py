"""Documents from the federal printer (eAT cards, travel documents): their life cycle.

    ORDERED ──arrive──▶ ARRIVED ──hand_out──▶ HANDED_OUT
       └──cancel──▶ CANCELLED    └──invalidate (not collected in time)──▶ INVALIDATED

``TABLE`` lists every allowed (state, action) pair with the permissions that allow it
(any one of them). ``decide`` checks an action against the table, the actor's permission
and the action's own rules (pickup rules for hand-out, the deadline for invalidation),
and returns the new state and the fields to set; it raises a specific error otherwise.

Pickup rules (REFERENCES.md, "the residence permit card"):
- the applicant collects in person (``collected_by=None``);
- a child under 16 does not collect alone: a parent collects (``by_parent=True``), or a
  person with a power of attorney from the parents;
- anyone else needs a signed power of attorney (``power_of_attorney=True``).
A birth date known only in part is read conservatively (youngest possible age); no birth
date at all cannot make anyone a child.

Pure Python: no Qt, no database. Error messages carry ids, codes and references only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Mapping

from . import errors
from .clock import business_day, ensure_utc
from .partial_date import PartialDate
from .roles import Actor, Permission, RolePolicy
from .text_input import check_text

CHILD_AGE_LIMIT = 16          # children under 16 are collected by a parent
REFERENCE_LENGTH = 12          # 11 digits and the Damm check digit


class DocState(StrEnum):
    ORDERED = "ORDERED"
    ARRIVED = "ARRIVED"
    HANDED_OUT = "HANDED_OUT"
    CANCELLED = "CANCELLED"
    INVALIDATED = "INVALIDATED"


class DocType(StrEnum):
    EAT = "EAT"                  # elektronischer Aufenthaltstitel (card)
    TRAVEL_DOC = "TRAVEL_DOC"    # Reiseausweis


class DocAction(StrEnum):
    ARRIVE = "arrive"
    HAND_OUT = "hand_out"
    CANCEL = "cancel"
    INVALIDATE = "invalidate"


class Collector(StrEnum):
    """Who collected, as a code for the audit row (never a name)."""

    APPLICANT = "applicant"
    PARENT = "parent"
    POWER_OF_ATTORNEY = "power_of_attorney"


OPEN_STATES = frozenset({DocState.ORDERED, DocState.ARRIVED})
FINAL_STATES = frozenset(DocState) - OPEN_STATES

STATE_LABELS_DE: Mapping[DocState, str] = {
    DocState.ORDERED: "Bestellt",
    DocState.ARRIVED: "Eingetroffen",
    DocState.HANDED_OUT: "Ausgehändigt",
    DocState.CANCELLED: "Storniert",
    DocState.INVALIDATED: "Vernichtet",
}

# Who may do what. Ordering a document needs SERVE as well.
ORDER_PERMISSIONS: tuple[Permission, ...] = (Permission.SERVE,)


@dataclass(frozen=True, slots=True)
class DocRule:
    source: DocState
    action: DocAction
    target: DocState
    permissions: tuple[Permission, ...]   # any one of them allows the action


TABLE: tuple[DocRule, ...] = (
    DocRule(DocState.ORDERED, DocAction.ARRIVE, DocState.ARRIVED, (Permission.SERVE,)),
    DocRule(DocState.ARRIVED, DocAction.HAND_OUT, DocState.HANDED_OUT, (Permission.SERVE,)),
    DocRule(DocState.ORDERED, DocAction.CANCEL, DocState.CANCELLED, (Permission.SERVE,)),
    # Destroying a card is the shift lead's (REASSIGN) or an admin's decision.
    DocRule(DocState.ARRIVED, DocAction.INVALIDATE, DocState.INVALIDATED,
            (Permission.REASSIGN, Permission.ADMINISTER)),
)

RULES: Mapping[tuple[DocState, DocAction], DocRule] = {(r.source, r.action): r for r in TABLE}


def allowed_actions(state: DocState) -> frozenset[DocAction]:
    return frozenset(a for (s, a) in RULES if s == state)


# -- errors ----------------------------------------------------------------------------
class DocumentTransitionNotAllowed(errors.DomainError):
    """The action is not allowed in the document order's current state."""

    code = "document_transition_not_allowed"
    action: DocAction
    verb = "Diese Aktion"
    template = "{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}."

    def __init__(self, state: DocState, reference: str = "", **params: Any) -> None:
        super().__init__(state=state, reference=reference, verb=self.verb,
                         state_de=STATE_LABELS_DE[state], **params)
        self.state = state


def _transition_error(name: str, action: DocAction, verb: str) -> type[DocumentTransitionNotAllowed]:
    return type(name, (DocumentTransitionNotAllowed,), {
        "action": action, "verb": verb, "code": f"cannot_document_{action.value}",
        "__doc__": f"{verb}: not allowed in the document order's current state.",
    })


CannotMarkArrived = _transition_error(
    "CannotMarkArrived", DocAction.ARRIVE, "Als eingetroffen buchen")
CannotHandOut = _transition_error("CannotHandOut", DocAction.HAND_OUT, "Aushändigen")
CannotCancelOrder = _transition_error("CannotCancelOrder", DocAction.CANCEL, "Stornieren")
CannotInvalidate = _transition_error("CannotInvalidate", DocAction.INVALIDATE, "Vernichten")

TRANSITION_ERRORS: Mapping[DocAction, type[DocumentTransitionNotAllowed]] = {
    cls.action: cls for cls in (CannotMarkArrived, CannotHandOut, CannotCancelOrder,
                                CannotInvalidate)
}


class PowerOfAttorneyRequired(errors.PermissionDenied):
    code = "power_of_attorney_required"
    template = ("Abholung durch eine andere Person nur mit schriftlicher Vollmacht: "
                "bitte die Vollmacht prüfen und bestätigen.")


class ChildCollectedByParent(errors.DomainError):
    code = "child_collected_by_parent"
    template = ("Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt "
                "ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).")


class ParentOnlyForChildren(errors.DomainError):
    code = "parent_only_for_children"
    template = ("Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil "
                "braucht eine Vollmacht wie jede andere Person.")


class CollectorNameRequired(errors.DomainError):
    code = "collector_name_required"
    template = "Bitte den Namen der abholenden Person angeben."


class WrongCollectionPoint(errors.DomainError):
    code = "wrong_collection_point"
    template = "Das Dokument {reference} liegt bei {service_point} zur Abholung bereit."


class InvalidationNotDue(errors.DomainError):
    code = "invalidation_not_due"
    template = ("Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst "
                "nach {limit} Tagen.")


class DocumentOrderChanged(errors.ConcurrentModification):
    code = "document_order_changed"
    template = ("Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert "
                "(jetzt: {state_de}). Bitte die Anzeige prüfen.")


class ReferenceMalformed(errors.ValidationFailed):
    code = "reference_malformed"
    template = ("Keine gültige Abholnummer: erwartet werden {length} Ziffern "
                "(gelesen: {length_read} Zeichen).")


class ReferenceCheckDigitWrong(errors.ValidationFailed):
    code = "reference_check_digit_wrong"
    template = ("Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal "
                "scannen oder die Nummer Ziffer für Ziffer vergleichen.")


class ReferenceMissing(errors.ValidationFailed):
    code = "reference_missing"
    template = "Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben."


class SlipNotAvailable(errors.DomainError):
    code = "document_slip_not_available"
    template = "{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}."


# -- the rules ---------------------------------------------------------------------------
def allows_any(policy: RolePolicy, actor: Actor, permissions: tuple[Permission, ...]) -> bool:
    return any(policy.allows(actor.role, p) for p in permissions)


def require_any(policy: RolePolicy, actor: Actor, permissions: tuple[Permission, ...]) -> None:
    if not allows_any(policy, actor, permissions):
        raise errors.PermissionDenied(permission="/".join(p.value for p in permissions))


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """What the rules need to know about a document order."""

    state: DocState
    reference: str
    collect_service_point_id: int
    birth_date: PartialDate | None = None      # the applicant's
    arrived_at: dt.datetime | None = None
    collect_service_point_name: str = ""


@dataclass(frozen=True, slots=True)
class Pickup:
    """Who collects at hand-out. ``collected_by=None``: the applicant in person."""

    collected_by: str | None = None
    power_of_attorney: bool = False
    by_parent: bool = False


@dataclass(frozen=True, slots=True)
class DocDecision:
    action: DocAction
    source: DocState
    target: DocState
    changes: Mapping[str, Any] = field(default_factory=dict)
    collector: Collector | None = None      # hand-out only: the audit code


def is_child(birth_date: PartialDate | None, on: dt.date) -> bool:
    return birth_date is not None and birth_date.age_on(on) < CHILD_AGE_LIMIT


COLLECTOR_NAME_MAX = 200


def collector_name(text: str | None) -> str:
    """The collector's name as stored: trimmed, one line, at most COLLECTOR_NAME_MAX."""
    check_text(text, "Name der abholenden Person", tab=True, multiline=True)
    name = " ".join((text or "").split())
    if not name:
        raise CollectorNameRequired()
    if len(name) > COLLECTOR_NAME_MAX:
        raise errors.ValidationFailed(message="{label} ist zu lang (höchstens {limit} Zeichen).", error_code="text_too_long_limit",
                                      label="Name der abholenden Person",
                                      limit=COLLECTOR_NAME_MAX)
    return name


def check_pickup(pickup: Pickup, birth_date: PartialDate | None, on: dt.date) -> Collector:
    """The pickup rules; returns who collects as an audit code, or raises."""
    name = (pickup.collected_by or "").strip()
    child = is_child(birth_date, on)
    if pickup.collected_by is None:
        if pickup.by_parent or pickup.power_of_attorney:
            raise CollectorNameRequired()
        if child:
            raise ChildCollectedByParent(limit=CHILD_AGE_LIMIT)
        return Collector.APPLICANT
    if not name:
        raise CollectorNameRequired()
    if pickup.by_parent and child:
        return Collector.PARENT
    if pickup.power_of_attorney:
        return Collector.POWER_OF_ATTORNEY
    if pickup.by_parent:
        raise ParentOnlyForChildren(limit=CHILD_AGE_LIMIT)
    raise PowerOfAttorneyRequired(permission="power_of_attorney")


def invalidation_due(arrived_at: dt.datetime | None, now: dt.datetime, older_than_days: int) -> bool:
    """True once an arrived document has waited ``older_than_days`` full Berlin days."""
    if arrived_at is None:
        return False
    waited = business_day(now) - business_day(ensure_utc(arrived_at))
    return waited.days >= older_than_days


def check_retention_days(older_than_days: int) -> int:
    if isinstance(older_than_days, bool) or not isinstance(older_than_days, int) \
            or older_than_days < 1:
        raise errors.ValidationFailed(
            message="Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens "
                    "einen Tag betragen.", error_code="retention_too_short")
    return older_than_days


def decide(
    facts: OrderFacts,
    action: DocAction,
    actor: Actor,
    now: dt.datetime,
    policy: RolePolicy,
    *,
    pickup: Pickup | None = None,
    actor_service_point_id: int | None = None,
    older_than_days: int | None = None,
    card_number: str | None = None,
) -> DocDecision:
    """Checks one action on one document order; returns the new state and fields."""
    now = ensure_utc(now)
    rule = RULES.get((facts.state, action))
    if rule is None:
        raise TRANSITION_ERRORS[action](facts.state, reference=facts.reference)
    require_any(policy, actor, rule.permissions)
    changes: dict[str, Any] = {}
    collector = None
    if action == DocAction.ARRIVE:
        changes["arrived_at"] = now
        if card_number is not None:
            changes["card_number"] = normalize_card_number(card_number)
    elif action == DocAction.HAND_OUT:
        if actor_service_point_id is not None \
                and actor_service_point_id != facts.collect_service_point_id:
            raise WrongCollectionPoint(reference=facts.reference,
                                       service_point_id=facts.collect_service_point_id,
                                       service_point=facts.collect_service_point_name
                                       or f"Dienststelle {facts.collect_service_point_id}")
        collector = check_pickup(pickup or Pickup(), facts.birth_date, business_day(now))
        # the name goes on the handover confirmation, also when it is printed again later
        changes["collected_by"] = (None if collector == Collector.APPLICANT
                                   else collector_name(pickup.collected_by))
        changes["handed_out_at"] = now
        changes["closed_at"] = now
    elif action == DocAction.CANCEL:
        changes["closed_at"] = now
    elif action == DocAction.INVALIDATE:
        limit = check_retention_days(older_than_days if older_than_days is not None else 0)
        if not invalidation_due(facts.arrived_at, now, limit):
            days = (business_day(now) - business_day(ensure_utc(facts.arrived_at))).days \
                if facts.arrived_at is not None else 0
            raise InvalidationNotDue(reference=facts.reference, days=days, limit=limit)
        changes["closed_at"] = now
    return DocDecision(action=action, source=facts.state, target=rule.target,
                       changes=changes, collector=collector)


def normalize_card_number(text: str) -> str | None:
    """The card's or document's serial number: letters and digits, upper case."""
    value = "".join(str(text).split()).upper()
    if not value:
        return None
    if len(value) > 32 or not value.isascii() or not value.isalnum():
        raise errors.ValidationFailed(
            message="Die Dokumentennummer besteht nur aus Buchstaben und Ziffern "
                    "(höchstens 32 Zeichen).", error_code="document_number_invalid")
    return value


def normalize_scan(text: str | None) -> str:
    """The reference as scanned or typed, without white space (a scanner's Enter, a tab,
    the grouping spaces of the printed form). Checks the shape only; the check digit is
    checked by the caller with the printer's Damm implementation."""
    if text is None:
        raise ReferenceMissing()
    value = "".join(str(text).split())
    if not value:
        raise ReferenceMissing()
    if len(value) != REFERENCE_LENGTH or not value.isascii() or not value.isdigit():
        raise ReferenceMalformed(length=REFERENCE_LENGTH, length_read=len(value))
    return value
