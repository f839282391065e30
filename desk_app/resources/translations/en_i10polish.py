"""English (and the German forms of counted texts) for the evening's polish (issue 10):
a closed day in the past, Enter in the blocked times, counts in the singular, F1 for
screens not yet opened, columns that fit, the confirmation to every address.

A counted text (``tr("… %n …", "", n)``) takes (singular, plural) in ``EN`` and in ``DE``
(German is the source, but "1 Personen" needs its singular; fill_en.py)."""

EN = {
    "Ganze &Familie, %n Personen (F)": ("The whole &family, %n person (F)",
                                        "The whole &family, %n people (F)"),
    "{moved}, {not_moved}. {inform}": "{moved}, {not_moved}. {inform}",
    "%n Termine verlegt": ("%n appointment moved", "%n appointments moved"),
    "%n ohne freien Termin (neu buchen)": ("%n without a free slot (book again)",
                                           "%n without a free slot (book again)"),
    "Zu benachrichtigen: %n Personen.": ("To inform: %n person.", "To inform: %n people."),
    "{people}, {flagged} mit Hinweisen": "{people}, {flagged} with hints",
    "%n Personen": ("%n person", "%n people"),
    "%n Öffnungszeiten gespeichert.": ("%n opening hours entry saved.",
                                       "%n opening hours entries saved."),
    "Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.":
        "{day} is over: only today or a later day can be closed.",
    "Bestätigung NICHT per E-Mail gesendet ({address}): {reason} Die Buchung gilt; bitte die "
    "Bestätigung mitgeben oder per Post senden.":
        "Confirmation NOT sent by e-mail ({address}): {reason} The booking stands; please "
        "hand over the confirmation or send it by post.",
}

DE = {
    "Ganze &Familie, %n Personen (F)": ("Ganze &Familie, %n Person (F)",
                                        "Ganze &Familie, %n Personen (F)"),
    "%n Termine verlegt": ("%n Termin verlegt", "%n Termine verlegt"),
    "%n ohne freien Termin (neu buchen)": ("%n ohne freien Termin (neu buchen)",
                                           "%n ohne freien Termin (neu buchen)"),
    "Zu benachrichtigen: %n Personen.": ("Zu benachrichtigen: %n Person.",
                                         "Zu benachrichtigen: %n Personen."),
    "%n Personen": ("%n Person", "%n Personen"),
    "%n Öffnungszeiten gespeichert.": ("%n Öffnungszeit gespeichert.",
                                       "%n Öffnungszeiten gespeichert."),
}
