"""English for the UI texts of issue 18 (privacy and safety); fill_en.py merges it."""

EN = {
    # sign-in failures and the possibly-applied message (ui/error_messages.py)
    "das Passwort ist falsch": "the password is wrong",
    "der Benutzer ist unbekannt oder nicht zugelassen": "the user is unknown or not allowed",
    "diese Datenbank gibt es nicht": "this database does not exist",
    "keine Berechtigung für diese Datenbank": "no permission for this database",
    "Anmeldung an der Datenbank abgelehnt ({url}): {reason}. Bitte die IT verständigen.":
        "The database refused the sign-in ({url}): {reason}. Please contact IT.",
    "Die Datenbank-URL in den Einstellungen ist ungültig. Bitte die IT verständigen.":
        "The database URL in the settings is not valid. Please contact IT.",
    "Die Verbindung zur Datenbank ist beim Speichern abgebrochen ({url}). Die Aktion wurde "
    "möglicherweise schon ausgeführt. Erneut versuchen ist sicher: sie wird höchstens "
    "einmal ausgeführt.":
        "The connection to the database was lost while saving ({url}). The action may "
        "already have been carried out. Trying again is safe: it is carried out at most "
        "once.",
    # service texts (ui/service_texts.py)
    "{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde "
    "nicht gespeichert.":
        "{label} contains an invalid character (a lone UTF-16 surrogate) and was not saved.",
    "Notiz": "Note",
    "Grund": "Reason",
    "Name des Zahlenden": "Payer's name",
    "Person": "Person",
    "Grund der Gebührenbefreiung": "Reason for the fee exemption",
    "Geburtsdatum": "Date of birth",
    "Staatsangehörigkeit": "Nationality",
}
