"""The German texts of the errors the Qt-free layers raise, registered for translation.

DomainError templates and ValidationFailed messages are German with ``{placeholders}``
(domain/, services/). They cannot call tr() (no Qt below ui/), so they are listed here
for pyside6-lupdate (context "ServiceTexts"); ``error_messages.message_for`` translates
the unfilled text and then fills it. tests/ui/test_service_texts.py fails when a text
in domain/ or services/ is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "ServiceTexts"

#: error templates and validation messages, verbatim
TEXTS = (
    QT_TRANSLATE_NOOP("ServiceTexts", 'Aktion nicht möglich.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Keine Berechtigung für diese Aktion ({permission}).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte einen Grund angeben.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin ist für den {day} gebucht, nicht für heute.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Für jede Person des Vorgangs ist ein Ergebnis nötig.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Weiterleiten nur an eine andere Dienststelle.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{what} wurde nicht gefunden.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Vorgang {ticket} wurde bereits an {counter} aufgerufen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Niemand wartet auf einen Aufruf.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Nur Lesezugriff: {why}'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte den Namen der abholenden Person angeben.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die Datei wurde nicht importiert: {count} Fehler.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Quittungen sind in dieser Dienststelle ausgeschaltet.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Quittung {number} ist bereits storniert (Storno {by}).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Quittung {number} ist selbst ein Storno und kann nicht storniert werden.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Familienname fehlt.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{label} ist zu lang.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{label} enthält Steuerzeichen und wurde nicht gespeichert.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde nicht gespeichert.'),
    QT_TRANSLATE_NOOP("ServiceTexts", '{label} ist zu lang (höchstens {limit} Zeichen).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Kein Schalter gewählt.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Das Dokument wurde von der antragstellenden Person selbst abgeholt.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Person {applicant_id} gehört nicht zum Vorgang {entry_id}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Schalter gehört nicht zu dieser Dienststelle.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Nur gebuchte Termine können verlegt werden.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Vorgang {entry_id} gibt es nicht.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Zahlungsart {method}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Eine Quittung braucht mindestens eine Gebühr.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte den Namen des Zahlenden angeben.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Stapel enthält keine Quittung.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Mindestens eine Person ist nötig.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Eine Person ist doppelt aufgeführt.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Buchungsnummer {reference} ist schon vergeben.'),
    # the appointment book (issue 15)
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Termin {when} liegt in der Vergangenheit.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de}).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Für diese Dienststelle sind keine Termine eingerichtet.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die Überbuchung muss zwischen 0 und {limit} % liegen.'),
    # statistics (issue 16)
    QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Dienststelle im Bericht: {code}.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Bericht-Layout „{name}“ gibt es nicht.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Ein Layout braucht mindestens einen Block.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Zeitraum endet vor seinem Beginn.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Die Kalenderwoche {week} gibt es im Jahr {year} nicht.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Monat als JJJJ-MM angeben, z. B. 2021-08.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Woche als JJJJ-Www angeben, z. B. 2021-W34.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Block als NAME=CODE,… oder NAME=-CODE,… angeben.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Unbekannte Kennzahl {name}: erlaubt sind {allowed}.'),
    # the appointment book's hours editor (issue 15)
    QT_TRANSLATE_NOOP("ServiceTexts", 'Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn liegen, Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Eine Sperrzeit muss nach ihrem Beginn enden.'),
    # the waiting room (issue 12)
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Hinweis enthält Steuerzeichen.'),
    QT_TRANSLATE_NOOP("ServiceTexts", 'Der Hinweis ist zu lang (höchstens {limit} Zeichen).'),
)

#: field names that validation messages put into ``{label}``
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
