"""English UI texts of issue 19: the first-run dialog (ui/first_run)."""

EN = {
    "Datenbank": "Database",
    "Eingebettet (nur dieser PC)": "Embedded (this PC only)",
    "PostgreSQL (gemeinsam für alle Arbeitsplätze)": "PostgreSQL (shared by all workstations)",
    "Passwortdatei (pgpass)": "Password file (pgpass)",
    "Schlüsselbund des Systems": "The system's keyring",
    "Single Sign-on (Windows-Anmeldung)": "Single sign-on (Windows login)",
    "wird nur im Schlüsselbund gespeichert": "stored in the keyring only",
    "Verbindung &prüfen": "&Test connection",
    "Adresse:": "Address:",
    "Passwort aus:": "Password from:",
    "Passwort:": "Password:",
    "desk_app einrichten": "Set up desk_app",
    "Erster Start an diesem Arbeitsplatz. Die Angaben werden in {path} gespeichert und "
    "lassen sich dort später ändern.":
        "First start on this workstation. The settings are saved in {path} and can be "
        "changed there later.",
    "Speichern": "Save",
    "Prüfe …": "Checking …",
    "Prüfung fehlgeschlagen.": "The check failed.",
    "Verbunden: {url}": "Connected: {url}",
    "Bitte einen Namen für den Arbeitsplatz angeben.": "Please name this workstation.",
    "Bitte die Adresse der PostgreSQL-Datenbank angeben.":
        "Please enter the address of the PostgreSQL database.",
    "Nicht gespeichert: {error}": "Not saved: {error}",
    "Drucker je Dokument": "Printer per document",
    "Wartemarken (Bondrucker):": "Wait tickets (receipt printer):",
    "Abholscheine und Bestätigungen:": "Pickup slips and confirmations:",
    "Leer: der Standarddrucker des Systems": "Empty: the system's default printer",
    "Leer lassen: der Standarddrucker des Systems.":
        "Leave empty for the system's default printer.",
    "Arbeitsplatz": "Workstation",
    "Name des Arbeitsplatzes:": "Workstation name:",
    "Sprache der Oberfläche:": "Interface language:",
    "Eingebettete Datenbank {url}: wird beim Start angelegt.":
        "Embedded database {url}: created at start.",
    "Die Datenbank {url} muss erst eingerichtet werden: die IT führt "
    "'desk-app db upgrade' aus.":
        "The database {url} must be set up first: IT runs 'desk-app db upgrade'.",
    "Kein Passwort verfügbar: {detail}": "No password available: {detail}",
    "Die Datenbank ist nicht erreichbar ({url}): {detail}":
        "The database cannot be reached ({url}): {detail}",
}
