"""English for the waiting room's UI texts (issue 12: call display, kiosk)."""

EN = {
    "Aufrufanzeige": "Call display",
    "Aufruf": "Now calling",
    "Bitte gehen Sie zu": "Please go to",
    "Zuletzt aufgerufen": "Recently called",
    "Bitte achten Sie auf Ihre Nummer.": "Please watch for your number.",
    "{sp}: keine Wartezeit": "{sp}: no waiting",
    "{sp}: ca. {minutes} Min. Wartezeit": "{sp}: about {minutes} min. wait",
    "Keine Verbindung zur Datenbank. Die Anzeige verbindet sich selbst wieder.":
        "No connection to the database. The display reconnects by itself.",
    "Keine Verbindung zur Datenbank – Stand {time} Uhr. Die Anzeige verbindet sich selbst wieder.":
        "No connection to the database – as of {time}. The display reconnects by itself.",
    "Raum": "Room",
    "Selbstanmeldung": "Self check-in",
    "Der Hinweis enthält Steuerzeichen.": "The notice contains control characters.",
    "Der Hinweis ist zu lang (höchstens {limit} Zeichen).":
        "The notice is too long (at most {limit} characters).",
}
EN.update({
    "{sp}: ca. {minutes} Min.": "{sp}: about {minutes} min.",
    "Wartezeit jetzt: {list}": "Waiting now: {list}",
})
