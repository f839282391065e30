"""English for the mailbox worklist's texts of the `mail` branch (issue 20 gaps)."""

EN = {
    "{0} neue Nachrichten aus dem Postfach gelesen.": "{0} new messages read from the mailbox.",
    "E-Mail nicht zustellbar (Rückläufer): anrufen oder per Post":
        "E-mail undeliverable (bounced): call or send by post",
    # the routing rules editor (ui/admin/routing_rules.py)
    "Aktenzeichen beginnt mit": "File number starts with",
    "Formular-Kategorie": "Form category",
    "Wort im Anliegen": "Word in the concern",
    "Bitte ein Muster angeben.": "Please enter a pattern.",
    "Diese Dienststelle gibt es nicht.": "This service point does not exist.",
    "Nr.": "No.",
    "Art": "Kind",
    "Muster": "Pattern",
    "Dienststelle": "Service point",
    "Text, Kategorie oder Aktenzeichen zum Ausprobieren":
        "Text, category or file number to try",
    "Hinzufügen": "Add",
    "Ändern": "Change",
    "Löschen": "Delete",
    "Nach oben": "Move up",
    "Nach unten": "Move down",
    "Speichern": "Save",
    "Verwerfen": "Discard",
    "Eine Anfrage geht an die Dienststelle der ersten passenden Regel: erst Aktenzeichen, "
    "dann Formular-Kategorie, dann Wörter; innerhalb einer Art von oben nach unten.":
        "A request goes to the service point of the first matching rule: file numbers "
        "first, then form categories, then words; within a kind from top to bottom.",
    "Weiterleitung (Postfach)": "Routing (mailbox)",
    "Geändert: mit Speichern gelten die Regeln für neue Anfragen.":
        "Changed: once saved, the rules apply to new requests.",
    "Gespeichert.": "Saved.",
    "→ {0}: {1}": "→ {0}: {1}",
    # the worklist screen (ui/requests/screen.py)
    "Termin anbieten": "Offer an appointment",
    "Nachfragen": "Ask",
    "Falsch adressiert": "Misaddressed",
    "Postfach abrufen": "Read the mailbox",
    "Ausländerbehörde – Terminanfragen": "Immigration office – appointment requests",
    "Kein Postfach für Antworten eingerichtet (Einstellungen [mail]): Anfragen weiterleiten "
    "geht, antworten nicht.":
        "No mailbox set up for replies (settings [mail]): requests can be routed, not answered.",
}
