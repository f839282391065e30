"""English UI texts of the appointment book (issue 15): the calendar, the Folgetermin
dialog and the appointment book's service errors. Merged by fill_en.py."""

EN = {
    # calendar (ui/calendar)
    "Buchungsnummer": "Booking reference",
    "Personen": "People",
    "Anzahl": "Count",
    "Dienstleistung": "Service",
    "◀ Vorwoche": "◀ Previous week",
    "Folgewoche ▶": "Next week ▶",
    "Unterlage fehlt": "Document missing",
    "Wunsch der Person": "At the person's request",
    "Schalter geschlossen": "Counter closed",
    "Überbuchung:": "Overbooking:",
    "{title} · {sp} · {booked} von {offered} Plätzen gebucht ({percent} %)":
        "{title} · {sp} · {booked} of {offered} places booked ({percent} %)",
    "Keine Termine in den letzten {weeks} Wochen: keine Ausfallquote gemessen.":
        "No appointments in the last {weeks} weeks: no no-show rate measured.",
    "Gemessene Ausfallquote der letzten {weeks} Wochen: {rate} % (empfohlen: {suggested} %). "
    "Mit {percent} % wären {turned} Personen abgewiesen und {empty} Plätze leer geblieben "
    "(ohne Überbuchung: {empty0} leer).":
        "Measured no-show rate of the last {weeks} weeks: {rate} % (suggested: {suggested} %). "
        "With {percent} %, {turned} people would have been turned away and {empty} places "
        "left empty (without overbooking: {empty0} empty).",
    "Buchung {reference} zum Verschieben gewählt: Zielzeit wählen, dann Strg+V.":
        "Booking {reference} chosen to move: select the new time, then Ctrl+V.",
    "Buchung {reference} verschoben.": "Booking {reference} moved.",
    "gesperrt": "blocked",
    "{booked}/{limit} · frei {free}": "{booked}/{limit} · {free} free",
    "Gesperrt: {reason}": "Blocked: {reason}",
    "Terminkalender": "Appointment calendar",
    "&Termine": "&Appointments",
    "Terminkalender …": "Appointment calendar …",
    "Folgetermin …": "Follow-up appointment …",
    "Abholtermin …": "Pickup appointment …",
    # Folgetermin dialog (ui/booking)
    "Abholtermin": "Pickup appointment",
    "Folgetermin": "Follow-up appointment",
    "&Dienstleistung:": "&Service:",
    "Nur diese &Person (P)": "This &person only (P)",
    "Ganze &Familie, {n} Personen (F)": "The whole &family, {n} people (F)",
    "Für:": "For:",
    "Taste 1 bis 9 oder 0 bucht den Termin der Zeile sofort; Eingabe bucht die markierte Zeile.":
        "Keys 1 to 9 or 0 book that row's slot at once; Enter books the selected row.",
    "&Buchen": "&Book",
    "Schließen": "Close",
    "Abholtermin für {name} (Dokument {reference})":
        "Pickup appointment for {name} (document {reference})",
    "Folgetermin für {names}": "Follow-up appointment for {names}",
    "Keine freien Termine in den nächsten 8 Wochen.": "No free slots in the next 8 weeks.",
    "Gebucht: {when}, Buchungsnummer {reference}": "Booked: {when}, booking reference {reference}",
    "Bestätigung gedruckt": "Confirmation printed",
    "Bestätigung gespeichert: {path}": "Confirmation saved: {path}",
    "Kalenderdatei: {path}": "Calendar file: {path}",
    "Taste": "Key",
    "Uhrzeit": "Time",
    "Freie Plätze": "Free places",
    "Kein Vorgang mit Personen gewählt.": "No entry with people selected.",
    # service errors (domain/capacity.py)
    "Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen.":
        "The appointment {when} has been fully booked meanwhile: please choose another.",
    "Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin.":
        "There is no bookable slot at this time ({when}).",
    "Der Termin {when} liegt in der Vergangenheit.": "The appointment {when} is in the past.",
    "Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de}).":
        "Only booked appointments can be rescheduled (entry {reference}: {state_de}).",
    "Für diese Dienststelle sind keine Termine eingerichtet.":
        "No appointment slots are set up for this service point.",
    "Die Überbuchung muss zwischen 0 und {limit} % liegen.":
        "Overbooking must be between 0 and {limit} %.",
}
