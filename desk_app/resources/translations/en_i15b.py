"""English UI texts of the appointment book's second part (issue 15, i15b): rescheduling
with a new confirmation, the shift lead's closing day, the pickup list, the hours
editor and their service errors. Merged by fill_en.py."""

EN = {
    # the Termine menu (ui/booking/hooks.py) and the reschedule dialog
    "Termin verschieben …": "Reschedule appointment …",
    "Offene Abholtermine …": "Pickups without appointment …",
    "Nur ein gebuchter Termin lässt sich verschieben.": "Only a booked appointment can be rescheduled.",
    "Termin verschieben": "Reschedule appointment",
    "&Verschieben": "&Move",
    "Termin {reference} ({when}) verschieben für {names}":
        "Reschedule appointment {reference} ({when}) for {names}",
    "Verschoben auf {when}, Buchungsnummer {reference}":
        "Moved to {when}, booking reference {reference}",
    # the calendar (ui/calendar/view.py)
    "Tag &schließen …": "&Close a day …",
    "Öffnungs&zeiten …": "Opening &hours …",
    "Neue Bestätigung gedruckt": "New confirmation printed",
    "Neue Bestätigung gespeichert: {path}": "New confirmation saved: {path}",
    # the closing day (ui/calendar/close_day.py)
    "Tag schließen: Termine verlegen": "Close a day: move appointments",
    "&Tag:": "&Day:",
    "z. B. Personalversammlung, Schalter defekt": "e.g. staff meeting, counter out of order",
    "Der Tag (oder der Schalter) wird gesperrt; Termine, die dann keinen Platz mehr haben, "
    "gehen auf den nächsten freien Termin.":
        "The day (or the counter) is blocked; appointments that no longer have a place "
        "move to the next free slot.",
    "Termine &verlegen": "&Move appointments",
    "Als &CSV speichern …": "Save as C&SV …",
    "&Liste drucken …": "&Print list …",
    "Ganze Dienststelle": "Whole service point",
    "{moved} Termine verlegt, {not_moved} ohne freien Termin (neu buchen). "
    "Zu benachrichtigen: {n} Personen.":
        "{moved} appointments moved, {not_moved} without a free slot (book again). "
        "To inform: {n} people.",
    "Liste als CSV speichern": "Save list as CSV",
    "CSV-Dateien (*.csv)": "CSV files (*.csv)",
    "Die Datei ließ sich nicht speichern: {error}": "The file could not be saved: {error}",
    "Gespeichert: {path}": "Saved: {path}",
    "Zu benachrichtigen: {sp}, {counter}, {day}": "To inform: {sp}, {counter}, {day}",
    "Grund: {reason}": "Reason: {reason}",
    "Alter Termin": "Old appointment",
    "Neuer Termin": "New appointment",
    # the hours editor (ui/calendar/hours.py, hours_models.py)
    "Öffnungszeiten: {name}": "Opening hours: {name}",
    "Öffnungszeiten (Terminangebot je Wochentag)": "Opening hours (appointment offer per weekday)",
    "alle Dienstleistungen": "all services",
    "&Tag": "&Day",
    "&Beginn": "&Begin",
    "&Ende": "&End",
    "&Minuten": "&Minutes",
    "S&chalter": "Cou&nters",
    "&Dienstleistung": "&Service",
    "&Hinzufügen": "&Add",
    "Ä&ndern": "C&hange",
    "Zeile &löschen": "&Delete row",
    "Öffnungszeiten &speichern": "Sa&ve opening hours",
    "Sperrzeiten (Dienstbesprechung, Schulung, Schalter zu)":
        "Blocked times (staff meeting, training, counter closed)",
    "ganze Dienststelle": "whole service point",
    "Dienstbesprechung": "Staff meeting",
    "Be&ginn": "Be&gins",
    "Endet &um": "Ends a&t",
    "Sch&alter": "C&ounter",
    "G&rund": "&Reason",
    "Sperrzeit hin&zufügen": "Add &blocked time",
    "Sperrzeit ent&fernen": "Remove blocked &time",
    "Geändert, noch nicht gespeichert.": "Changed, not saved yet.",
    "{n} Öffnungszeiten gespeichert.": "{n} opening hours saved.",
    "Sperrzeit gespeichert.": "Blocked time saved.",
    "Sperrzeit entfernt.": "Blocked time removed.",
    "Beginn": "Begin",
    "Ende": "End",
    "Grund": "Reason",
    "Minuten je Termin": "Minutes per appointment",
    "alle": "all",
    # who still needs a pickup appointment (ui/calendar/pickup_needs.py)
    "Dokument-Nr.": "Document no.",
    "Art": "Type",
    "Noch ohne Abholtermin": "No pickup appointment yet",
    "Noch ohne Abholtermin: {n}": "No pickup appointment yet: {n}",
    "&Abholtermin buchen …": "Book &pickup appointment …",
    "Offene Abholtermine": "Pickups without appointment",
    # service errors (domain/capacity.py, registered in ui/service_texts.py)
    "Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn liegen, "
    "Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.":
        "Opening hours {day} {opens}–{closes} invalid: the end must come after the begin, "
        "appointments 5 to 240 minutes long, 0 to 100 counters.",
    "Eine Sperrzeit muss nach ihrem Beginn enden.": "A blocked time must end after it begins.",
}
