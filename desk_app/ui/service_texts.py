"""The texts of the errors the Qt-free layers raise, by code, for the UI to translate.

Every DomainError of domain/ and services/ has a stable ``code`` (a class attribute;
``ValidationFailed`` takes ``error_code=``, added at every raising site by
scripts/codemods/validation_codes.py) and its ``params``. Those layers cannot call tr()
(no Qt below ui/): ``error_messages.message_for`` looks the code up here, translates the
text (context "ServiceTexts", collected by pyside6-lupdate through QT_TRANSLATE_NOOP) and
fills in the params. tests/ui/test_service_texts.py fails when domain/ or services/ raise
a code that has no text here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "ServiceTexts"

# error code -> German source text with the error's ``{params}``
ERRORS: dict[str, str] = {
    # domain.admin_rules
    "invalid_fields": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte die markierten Felder prüfen.'),
    # domain.capacity
    "invalid_blocked_time": QT_TRANSLATE_NOOP("ServiceTexts", 'Eine Sperrzeit muss nach ihrem Beginn enden.'),
    "invalid_hours": QT_TRANSLATE_NOOP("ServiceTexts", 'Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn liegen, Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.'),
    "invalid_overbooking": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Überbuchung muss zwischen 0 und {limit} % liegen.'),
    "no_capacity": QT_TRANSLATE_NOOP("ServiceTexts", 'Für diese Dienststelle sind keine Termine eingerichtet.'),
    "not_a_slot": QT_TRANSLATE_NOOP("ServiceTexts", 'Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin.'),
    "not_reschedulable": QT_TRANSLATE_NOOP("ServiceTexts", 'Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de}).'),
    "slot_full": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen.'),
    "slot_in_past": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin {when} liegt in der Vergangenheit.'),
    # domain.document_orders
    "child_collected_by_parent": QT_TRANSLATE_NOOP("ServiceTexts", 'Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).'),
    "collector_name_required": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte den Namen der abholenden Person angeben.'),
    "document_order_changed": QT_TRANSLATE_NOOP("ServiceTexts", 'Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.'),
    "document_slip_not_available": QT_TRANSLATE_NOOP("ServiceTexts", '{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.'),
    "document_transition_not_allowed": QT_TRANSLATE_NOOP("ServiceTexts", '{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.'),
    "invalidation_not_due": QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.'),
    "parent_only_for_children": QT_TRANSLATE_NOOP("ServiceTexts", 'Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.'),
    "power_of_attorney_required": QT_TRANSLATE_NOOP("ServiceTexts", 'Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.'),
    "reference_check_digit_wrong": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.'),
    "reference_malformed": QT_TRANSLATE_NOOP("ServiceTexts", 'Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).'),
    "reference_missing": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.'),
    "wrong_collection_point": QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.'),
    # domain.errors
    "already_called_elsewhere": QT_TRANSLATE_NOOP("ServiceTexts", 'Vorgang {ticket} wurde bereits an {counter} aufgerufen.'),
    "concurrent_modification": QT_TRANSLATE_NOOP("ServiceTexts", 'Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.'),
    "domain_error": QT_TRANSLATE_NOOP("ServiceTexts", 'Aktion nicht möglich.'),
    "forward_target_invalid": QT_TRANSLATE_NOOP("ServiceTexts", 'Weiterleiten nur an eine andere Dienststelle.'),
    "invalid_transition": QT_TRANSLATE_NOOP("ServiceTexts", '{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.'),
    "late_check_in_needs_permission": QT_TRANSLATE_NOOP("ServiceTexts", 'Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).'),
    "late_check_in_needs_reason": QT_TRANSLATE_NOOP("ServiceTexts", 'Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.'),
    "no_show_not_yet_due": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.'),
    "not_found": QT_TRANSLATE_NOOP("ServiceTexts", '{what} wurde nicht gefunden.'),
    "not_today": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin ist für den {day} gebucht, nicht für heute.'),
    "outcome_required": QT_TRANSLATE_NOOP("ServiceTexts", 'Für jede Person des Vorgangs ist ein Ergebnis nötig.'),
    "permission_denied": QT_TRANSLATE_NOOP("ServiceTexts", 'Keine Berechtigung für diese Aktion ({permission}).'),
    "queue_empty": QT_TRANSLATE_NOOP("ServiceTexts", 'Niemand wartet auf einen Aufruf.'),
    "read_only": QT_TRANSLATE_NOOP("ServiceTexts", 'Nur Lesezugriff: {why}'),
    "reason_required": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte einen Grund angeben.'),
    "recall_locked": QT_TRANSLATE_NOOP("ServiceTexts", 'Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).'),
    # domain.lead
    "alarm_not_found": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Alarm {alarm} wurde nicht gefunden.'),
    "break_needs_reason": QT_TRANSLATE_NOOP("ServiceTexts", 'Für eine Pause bitte einen Grund angeben.'),
    "counter_not_open": QT_TRANSLATE_NOOP("ServiceTexts", 'Aufruf nicht möglich: {counter} ist {state_de}.'),
    "on_break": QT_TRANSLATE_NOOP("ServiceTexts", 'Aufruf nicht möglich: {counter} ist in der Pause ({reason}, seit {since}). Erst die Pause beenden.'),
    # services.booking_import.mapping
    "import_mapping_invalid": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Zuordnungsdatei ist fehlerhaft: {why}'),
    # services.booking_import.problems
    "import_rejected": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Datei wurde nicht importiert: {count} Fehler.'),
    # services.config_file
    "config_invalid": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Stammdaten-Datei wurde nicht importiert: {count} Fehler.'),
    # services.fees
    "unknown_fee": QT_TRANSLATE_NOOP("ServiceTexts", 'Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.'),
    # services.mail_requests
    "mail_unavailable": QT_TRANSLATE_NOOP("ServiceTexts", 'Das Postfach oder der Mailserver ist nicht erreichbar ({detail}).'),
    "request_not_found": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Anfrage {request_id} gibt es nicht (mehr).'),
    "request_nothing_missing": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Anfrage {request_id} fehlt nichts; es gibt nichts nachzufragen.'),
    # services.print_jobs
    "print_job_not_retryable": QT_TRANSLATE_NOOP("ServiceTexts", 'Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.'),
    # services.receipts
    "cannot_cancel_cancellation": QT_TRANSLATE_NOOP("ServiceTexts", 'Quittung {number} ist selbst ein Storno und kann nicht storniert werden.'),
    "receipt_already_cancelled": QT_TRANSLATE_NOOP("ServiceTexts", 'Quittung {number} ist bereits storniert (Storno {by}).'),
    "receipt_batch_invalid": QT_TRANSLATE_NOOP("ServiceTexts", 'Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.'),
    "receipts_disabled": QT_TRANSLATE_NOOP("ServiceTexts", 'Quittungen sind in dieser Dienststelle ausgeschaltet.'),
    # services.sign_in
    "pin_required": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte die PIN eingeben.'),
    "sign_in_refused": QT_TRANSLATE_NOOP("ServiceTexts", 'Anmeldung nicht möglich: {why}'),
    "wrong_pin": QT_TRANSLATE_NOOP("ServiceTexts", 'Die PIN stimmt nicht.'),
    # ValidationFailed(error_code=...), see scripts/codemods/validation_codes.py
    "family_name_missing": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Familienname fehlt.'),
    "text_too_long": QT_TRANSLATE_NOOP("ServiceTexts", '{label} ist zu lang.'),
    "text_too_long_limit": QT_TRANSLATE_NOOP("ServiceTexts", '{label} ist zu lang (höchstens {limit} Zeichen).'),
    "text_control_characters": QT_TRANSLATE_NOOP("ServiceTexts", '{label} enthält Steuerzeichen und wurde nicht gespeichert.'),
    "text_lone_surrogate": QT_TRANSLATE_NOOP("ServiceTexts", '{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde nicht gespeichert.'),
    "birth_date_unreadable": QT_TRANSLATE_NOOP("ServiceTexts", 'Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).'),
    "nationality_not_a_code": QT_TRANSLATE_NOOP("ServiceTexts", 'Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.'),
    "nationality_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land oder Adjektiv wie türkisch).'),
    "people_missing": QT_TRANSLATE_NOOP("ServiceTexts", 'Mindestens eine Person ist nötig.'),
    "person_twice": QT_TRANSLATE_NOOP("ServiceTexts", 'Eine Person ist doppelt aufgeführt.'),
    "booking_reference_taken": QT_TRANSLATE_NOOP("ServiceTexts", 'Buchungsnummer {reference} ist schon vergeben.'),
    "no_counter": QT_TRANSLATE_NOOP("ServiceTexts", 'Kein Schalter gewählt.'),
    "counter_elsewhere": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Schalter gehört nicht zu dieser Dienststelle.'),
    "only_booked_movable": QT_TRANSLATE_NOOP("ServiceTexts", 'Nur gebuchte Termine können verlegt werden.'),
    "close_day_in_past": QT_TRANSLATE_NOOP("ServiceTexts", 'Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.'),
    "counter_or_person": QT_TRANSLATE_NOOP("ServiceTexts", 'Entweder einen Schalter oder eine Person wählen.'),
    "weight_too_small": QT_TRANSLATE_NOOP("ServiceTexts", 'Das Gewicht muss mindestens 1 sein.'),
    "no_target": QT_TRANSLATE_NOOP("ServiceTexts", 'Kein Ziel gewählt.'),
    "notice_control_characters": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Hinweis enthält Steuerzeichen.'),
    "notice_too_long": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Hinweis ist zu lang (höchstens {limit} Zeichen).'),
    "retention_too_short": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.'),
    "document_number_invalid": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).'),
    "collector_name_for_confirmation": QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.'),
    "collected_by_applicant": QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument wurde von der antragstellenden Person selbst abgeholt.'),
    "document_type_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).'),
    "applicant_anonymised": QT_TRANSLATE_NOOP("ServiceTexts", 'Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.'),
    "no_documents_at_reception": QT_TRANSLATE_NOOP("ServiceTexts", 'An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.'),
    "applicant_not_in_entry": QT_TRANSLATE_NOOP("ServiceTexts", 'Person {applicant_id} gehört nicht zum Vorgang {entry_id}.'),
    "entry_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Vorgang {entry_id} gibt es nicht.'),
    "payment_method_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Zahlungsart {method}.'),
    "receipt_without_fee": QT_TRANSLATE_NOOP("ServiceTexts", 'Eine Quittung braucht mindestens eine Gebühr.'),
    "payer_name_missing": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte den Namen des Zahlenden angeben.'),
    "receipt_batch_empty": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Stapel enthält keine Quittung.'),
    "receipt_key_not_a_batch": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.'),
    "period_reversed": QT_TRANSLATE_NOOP("ServiceTexts", 'Der Zeitraum endet vor seinem Beginn.'),
    "week_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Kalenderwoche {week} gibt es im Jahr {year} nicht.'),
    "month_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Monat als JJJJ-MM angeben, z. B. 2021-08.'),
    "week_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Woche als JJJJ-Www angeben, z. B. 2021-W34.'),
    "block_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Block als NAME=CODE,… oder NAME=-CODE,… angeben.'),
    "figure_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Kennzahl {name}: erlaubt sind {allowed}.'),
    "report_service_point_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Dienststelle im Bericht: {code}.'),
    "report_layout_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Bericht-Layout „{name}“ gibt es nicht.'),
    "report_layout_name": QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).'),
    "report_layout_empty": QT_TRANSLATE_NOOP("ServiceTexts", 'Ein Layout braucht mindestens einen Block.'),
}

# the codes of the admin forms' field messages (domain/admin_rules.FIELD_CODES) -> text
FIELDS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("ServiceTexts", 'Pflichtfeld.'),
    "too_long": QT_TRANSLATE_NOOP("ServiceTexts", 'Höchstens {limit} Zeichen.'),
    "code_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Nur Großbuchstaben, Ziffern und _ (höchstens {limit} Zeichen).'),
    "prefix_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Ein bis drei Großbuchstaben.'),
    "whole_number": QT_TRANSLATE_NOOP("ServiceTexts", 'Eine ganze Zahl von {low} bis {high}.'),
    "limit_below_tolerance": QT_TRANSLATE_NOOP("ServiceTexts", 'Die Grenze muss größer als die Toleranz sein.'),
    "hours_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Zeiten wie 07:30–12:00, 13:00–15:30 (leer: geschlossen).'),
    "role_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Rolle.'),
    "permission_unknown": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Berechtigung {value}.'),
    "login_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Kleinbuchstaben, Ziffern, . _ - (höchstens 63 Zeichen).'),
    "amount_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Ein Betrag wie 100,00 (nicht negativ).'),
    "date_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Ein Datum TT.MM.JJJJ.'),
    "fee_in_past": QT_TRANSLATE_NOOP("ServiceTexts", 'Ein neuer Preis gilt frühestens ab heute ({today}); die Vergangenheit bleibt.'),
    "fee_not_after_last": QT_TRANSLATE_NOOP("ServiceTexts", 'Ein neuer Preis muss nach dem letzten ({last}) beginnen.'),
    "fee_kind": QT_TRANSLATE_NOOP("ServiceTexts", 'FEE oder SURCHARGE.'),
    "taken": QT_TRANSLATE_NOOP("ServiceTexts", 'Schon vergeben.'),
    "unknown_value": QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannt: {value}.'),
    "pin_format": QT_TRANSLATE_NOOP("ServiceTexts", 'Vier bis zwölf Ziffern.'),
    "last_admin": QT_TRANSLATE_NOOP("ServiceTexts", 'Der letzte aktive Administrator kann nicht deaktiviert werden.'),
}

# field names that validation messages put into ``{label}``
LABELS = (
    QT_TRANSLATE_NOOP("ServiceTexts", 'Familienname'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Vorname'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Aktenzeichen'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'E-Mail'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Telefon'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Sprache'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Name der abholenden Person'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Notiz'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Grund'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Name des Zahlenden'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Person'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Grund der Gebührenbefreiung'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Geburtsdatum'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Staatsangehörigkeit'),
)


def error_text(code: str) -> str | None:
    """The translated, unfilled text of an error code; None for an unknown code."""
    text = ERRORS.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text is not None else None


def field_text(code: str | None) -> str | None:
    """The translated, unfilled text of an admin field message's code."""
    text = FIELDS.get(code) if code is not None else None
    return QCoreApplication.translate(CONTEXT, text) if text is not None else None


def label_text(label: str) -> str:
    """A German field name (a validation error's ``label`` param) in the UI language."""
    return QCoreApplication.translate(CONTEXT, label)
