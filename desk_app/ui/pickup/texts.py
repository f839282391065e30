"""What the pickup desk says: state and type labels, dates in the UI language (QLocale),
and the clerk's messages for what the document services raise."""

from __future__ import annotations

import datetime as dt
from PySide6.QtCore import QCoreApplication

from desk_app.domain import errors
from desk_app.domain.document_orders import CHILD_AGE_LIMIT, DocState, DocType
from desk_app.printing.barcode import format_reference

from .. import locale_text
from ..error_messages import message_for

translate = QCoreApplication.translate

#: Background per state: arrived (ready to hand out) stands out, the rest stays quiet.
STATE_BACKGROUNDS = {
    DocState.ORDERED: "#f4f4f4",
    DocState.ARRIVED: "#c8e6c9",
    DocState.HANDED_OUT: "#ffffff",
    DocState.CANCELLED: "#ffffff",
    DocState.INVALIDATED: "#e0e0e0",
}
STATE_SYMBOLS = {
    DocState.ORDERED: "○", DocState.ARRIVED: "●", DocState.HANDED_OUT: "✓",
    DocState.CANCELLED: "⊘", DocState.INVALIDATED: "✗",
}


# -- labels ------------------------------------------------------------------------------
def doc_state_label(state: DocState) -> str:
    return {
        DocState.ORDERED: translate("PickupLabels", "Bestellt"),
        DocState.ARRIVED: translate("PickupLabels", "Eingetroffen"),
        DocState.HANDED_OUT: translate("PickupLabels", "Ausgehändigt"),
        DocState.CANCELLED: translate("PickupLabels", "Storniert"),
        DocState.INVALIDATED: translate("PickupLabels", "Vernichtet"),
    }[DocState(state)]


def state_text(state: DocState) -> str:
    """The state with its symbol, as the list and the record show it."""
    return f"{STATE_SYMBOLS[DocState(state)]} {doc_state_label(state)}"


def doc_type_label(doc_type: DocType, *, short: bool = False) -> str:
    if DocType(doc_type) == DocType.EAT:
        return translate("PickupLabels", "eAT") if short else translate(
            "PickupLabels", "Elektronischer Aufenthaltstitel (eAT)")
    return translate("PickupLabels", "Reiseausweis")


# -- dates in the UI language (shared: ui/locale_text.py) ----------------------------------
def date_text(value: dt.datetime | None) -> str:
    """A moment's Berlin day in the UI language's short format ("" for none)."""
    return locale_text.date_text(value)


def date_time_text(value: dt.datetime | None) -> str:
    """A moment's Berlin day and time in the UI language ("—" for none)."""
    return locale_text.date_time_text(value)


parse_birth = locale_text.parse_birth
birth_text = locale_text.birth_text


# -- messages ----------------------------------------------------------------------------
def pickup_message(exc: BaseException) -> str:
    """The clerk's message for what the document services raise (translated)."""
    if not isinstance(exc, errors.DomainError):
        return message_for(exc)
    params = exc.params
    code = exc.code
    reference = format_reference(str(params.get("reference", "")))
    if code == "reference_check_digit_wrong":
        return translate("PickupMessages", "Die Prüfziffer der Abholnummer {reference} stimmt "
                                           "nicht: bitte noch einmal scannen oder die Nummer "
                                           "Ziffer für Ziffer vergleichen.").format(
            reference=reference)
    if code == "reference_malformed":
        return translate("PickupMessages", "Keine gültige Abholnummer: erwartet werden {length} "
                                           "Ziffern (gelesen: {read} Zeichen).").format(
            length=params.get("length", 12), read=params.get("length_read", "?"))
    if code == "reference_missing":
        return translate("PickupMessages", "Bitte den Barcode des Abholscheins scannen oder die "
                                           "Abholnummer eingeben.")
    if code == "not_found":
        return translate("PickupMessages", "Nicht gefunden: {what}.").format(
            what=params.get("what", ""))
    if code == "power_of_attorney_required":
        return translate("PickupMessages", "Abgelehnt: Abholung durch eine andere Person nur "
                                           "mit schriftlicher Vollmacht. Bitte die Vollmacht "
                                           "prüfen und bestätigen.")
    if code == "child_collected_by_parent":
        return translate("PickupMessages", "Abgelehnt: die antragstellende Person ist unter "
                                           "{limit} Jahre alt. Das Dokument holt ein Elternteil "
                                           "ab (oder eine Person mit Vollmacht der Eltern)."
                         ).format(limit=params.get("limit", CHILD_AGE_LIMIT))
    if code == "parent_only_for_children":
        return translate("PickupMessages", "Abgelehnt: die antragstellende Person ist nicht "
                                           "unter {limit} Jahre alt. Ein Elternteil braucht eine "
                                           "Vollmacht wie jede andere Person.").format(
            limit=params.get("limit", CHILD_AGE_LIMIT))
    if code == "collector_name_required":
        return translate("PickupMessages", "Bitte den Namen der abholenden Person angeben.")
    if code == "wrong_collection_point":
        return translate("PickupMessages", "Falscher Abholort: das Dokument {reference} liegt bei "
                                           "{sp} zur Abholung bereit.").format(
            reference=reference, sp=params.get("service_point", ""))
    if code == "document_order_changed":
        return translate("PickupMessages", "Das Dokument {reference} wurde inzwischen an einem "
                                           "anderen Arbeitsplatz geändert (jetzt: {state}). Die "
                                           "Anzeige ist aktualisiert.").format(
            reference=reference, state=_state_param(params))
    if code.startswith("cannot_document_") or code == "document_slip_not_available":
        return translate("PickupMessages", "Nicht möglich: das Dokument {reference} hat den "
                                           "Status „{state}“.").format(
            reference=reference, state=_state_param(params))
    return message_for(exc)


def _state_param(params) -> str:
    try:
        return doc_state_label(DocState(params.get("state")))
    except ValueError:
        return str(params.get("state_de", ""))


def problem_text(problem) -> str:
    """An ArrivalProblem as the clerk reads it (the domain's German text as fallback)."""
    if problem is None:
        return translate("PickupView", "nicht gebucht")
    if problem.code == "not_found":
        return translate("PickupView", "unbekannte Abholnummer")
    if problem.code == "cannot_document_arrive":
        return translate("PickupView", "nicht gebucht: das Dokument ist nicht im Status "
                                       "„Bestellt“ (schon eingetroffen, storniert oder "
                                       "ausgehändigt)")
    if problem.code == "reference_check_digit_wrong":
        return translate("PickupView", "Prüfziffer falsch – bitte noch einmal scannen")
    return problem.message


def status_text(order, *, here: bool, hand_out_key: str) -> tuple[str, bool]:
    """What the clerk reads on opening ``order``, and whether it is a problem."""
    ref, name = format_reference(order.reference), order.display_name
    if order.state == DocState.ARRIVED and not here:
        return translate("PickupView", "Falscher Abholort: {ref} ({name}) liegt bei {sp} zur "
                                       "Abholung bereit, nicht hier.").format(
            ref=ref, name=name, sp=order.collect_service_point_name), True
    if order.state == DocState.ARRIVED:
        return translate("PickupView", "{ref} ({name}) liegt bereit: mit {key} aushändigen."
                         ).format(ref=ref, name=name, key=hand_out_key), False
    if order.state == DocState.ORDERED:
        return translate("PickupView", "{ref} ({name}) ist noch nicht eingetroffen (bestellt "
                                       "am {date}).").format(
            ref=ref, name=name, date=date_text(order.ordered_at)), True
    if order.state == DocState.HANDED_OUT:
        return translate("PickupView", "{ref} ({name}) wurde bereits am {when} ausgehändigt."
                         ).format(ref=ref, name=name,
                                  when=date_time_text(order.handed_out_at)), True
    return translate("PickupView", "{ref} ({name}): {state}. Nicht mehr auszuhändigen.").format(
        ref=ref, name=name, state=doc_state_label(order.state)), True
