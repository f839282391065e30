"""Readable labels for the audit log's action and state codes (the log stores codes, the
browser shows words). An unknown code is shown as it is: the log is never hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.document_orders import DocAction, DocState
from desk_app.domain.states import Action, State

from ..labels import action_label, state_label
from ..pickup.texts import doc_state_label

translate = QCoreApplication.translate


def _other_actions() -> dict[str, str]:
    return {
        "book": translate("AuditLabels", "Termin gebucht"),
        "book_slot": translate("AuditLabels", "Termin gebucht (Kalender)"),
        "register_walk_in": translate("AuditLabels", "Ohne Termin aufgenommen"),
        "reschedule": translate("AuditLabels", "Termin verschoben"),
        "move_day": translate("AuditLabels", "Tag geschlossen, Termine verlegt"),
        "reassign": translate("AuditLabels", "Zugewiesen"),
        "assignments": translate("AuditLabels", "Schalter-Warteschlangen geändert"),
        "presence": translate("AuditLabels", "Anwesenheit geändert"),
        "complete_person": translate("AuditLabels", "Personendaten ergänzt"),
        "order_document": translate("AuditLabels", "Dokument bestellt"),
        DocAction.ARRIVE.value: translate("AuditLabels", "Dokument eingetroffen"),
        DocAction.HAND_OUT.value: translate("AuditLabels", "Dokument ausgehändigt"),
        DocAction.INVALIDATE.value: translate("AuditLabels", "Dokument vernichtet"),
        "issue_receipt": translate("AuditLabels", "Quittung ausgestellt"),
        "cancel_receipt": translate("AuditLabels", "Quittung storniert"),
        "reprint": translate("AuditLabels", "Nachdruck"),
        "print_redirect": translate("AuditLabels", "Druck umgeleitet"),
        "print_status": translate("AuditLabels", "Druckstatus"),
        "purge": translate("AuditLabels", "Personendaten gelöscht (Aufbewahrungsfrist)"),
        "purge_receipts": translate("AuditLabels", "Quittungen gelöscht (Aufbewahrungsfrist)"),
        "alarm_raised": translate("AuditLabels", "Stiller Alarm ausgelöst"),
        "alarm_acknowledged": translate("AuditLabels", "Stiller Alarm quittiert"),
        "set_display_notice": translate("AuditLabels", "Hinweis der Aufrufanzeige geändert"),
        "set_overbooking": translate("AuditLabels", "Überbuchung geändert"),
        "save_hours": translate("AuditLabels", "Öffnungszeiten gespeichert"),
        "add_blocked": translate("AuditLabels", "Sperrzeit angelegt"),
        "remove_blocked": translate("AuditLabels", "Sperrzeit entfernt"),
        "load_capacity": translate("AuditLabels", "Kapazität geladen"),
        "save_routing_rules": translate("AuditLabels", "Zuordnungsregeln gespeichert"),
        "admin_create": translate("AuditLabels", "Verwaltung: angelegt"),
        "admin_update": translate("AuditLabels", "Verwaltung: geändert"),
        "admin_activate": translate("AuditLabels", "Verwaltung: aktiviert"),
        "admin_deactivate": translate("AuditLabels", "Verwaltung: deaktiviert"),
        "admin_fee_price": translate("AuditLabels", "Verwaltung: Gebühr geändert"),
        "admin_permissions": translate("AuditLabels", "Verwaltung: Rechte geändert"),
        "admin_set_pin": translate("AuditLabels", "Verwaltung: PIN gesetzt"),
        "admin_clear_pin": translate("AuditLabels", "Verwaltung: PIN entfernt"),
    }


def audit_action_text(code: str | None) -> str:
    """The German (or translated) label of an audit action code; the code if unknown."""
    if not code:
        return ""
    if code in Action._value2member_map_:
        return action_label(Action(code))
    if code == DocAction.CANCEL.value:  # same code as the entry's cancel: "Stornieren"
        return action_label(Action.CANCEL)
    return _other_actions().get(code, code)


def audit_state_text(code: str | None) -> str:
    """A state code (an entry's or a document order's) as its label; the code if unknown."""
    if not code:
        return ""
    if code in State._value2member_map_:
        return state_label(State(code))
    if code in DocState._value2member_map_:
        return doc_state_label(DocState(code))
    return code


def audit_transition_text(from_state: str | None, to_state: str | None) -> str:
    if not (from_state or to_state):
        return ""
    return f"{audit_state_text(from_state)} → {audit_state_text(to_state)}"
