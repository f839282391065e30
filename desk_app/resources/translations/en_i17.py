"""English UI texts of issue 17 (intake and data quality); fill_en.py merges them."""

EN = {
    "Personendaten ergänzen": "Complete personal data",
    "Keine offenen Hinweise.": "No open hints.",
    "TT.MM.JJJJ, 00 für unbekannt": "DD.MM.YYYY, 00 for unknown",
    "z. B. TUR, Türkei oder türkisch": "e.g. TUR, Türkei or türkisch",
    "Staatsangehörigkeit": "Nationality",
    "Buchungen importieren": "Import bookings",
    "Keine Datei gewählt.": "No file chosen.",
    "Datei wählen …": "Choose file …",
    "Zuordnungsdatei …": "Mapping file …",
    "Eine TOML-Datei, die Spalten und Werte eines anderen Exports zuordnet (sonst die üblichen Spaltennamen).":
        "A TOML file that maps the columns and values of another export (otherwise the usual "
        "column names).",
    "Alles oder nichts (bei einer fehlerhaften Zeile nichts importieren)":
        "All or nothing (import nothing if a line is invalid)",
    "Bitte eine Exportdatei (CSV oder .ics) wählen.": "Please choose an export file (CSV or .ics).",
    "Importieren": "Import",
    "Schließen": "Close",
    "Exportdatei wählen": "Choose export file",
    "Buchungsexporte (*.csv *.txt *.ics);;Alle Dateien (*)":
        "Booking exports (*.csv *.txt *.ics);;All files (*)",
    "Zuordnungsdatei wählen": "Choose mapping file",
    "TOML (*.toml);;Alle Dateien (*)": "TOML (*.toml);;All files (*)",
    "Datei nicht lesbar: {name} ({why})": "File not readable: {name} ({why})",
    "Die Datei kann nicht importiert werden:": "The file cannot be imported:",
    "Vorschau: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt ({lines} Zeilen), {missing} fehlen in der Datei.":
        "Preview: {new} new, {updated} changed, {unchanged} unchanged, {rejected} rejected "
        "({lines} lines), {missing} missing from the file.",
    "Alles oder nichts: es würde nichts importiert.": "All or nothing: nothing would be imported.",
    "Abgelehnte Zeilen kommen mit ihren Gründen in eine Datei neben der Exportdatei.":
        "Rejected lines go, with their reasons, into a file next to the export file.",
    "Importiert: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt.":
        "Imported: {new} new, {updated} changed, {unchanged} unchanged, {rejected} rejected.",
    "Nichts importiert: fehlerhafte Zeilen (alles oder nichts).":
        "Nothing imported: invalid lines (all or nothing).",
    "Abgelehnte Zeilen: {path}": "Rejected lines: {path}",
    "Die Datei der abgelehnten Zeilen konnte nicht geschrieben werden.":
        "The file of rejected lines could not be written.",
    "abgelehnt": "rejected",
    "nicht geändert": "not changed",
    "fehlt in der Datei": "missing from the file",
    "neu": "new",
    "geändert": "changed",
    "Geändert, aber schon im Status {state}: wird nicht aktualisiert.":
        "Changed, but already in state {state}: not updated.",
    "{day} {time} {sp}: gespeichert, fehlt in der Datei (wird nicht gelöscht).":
        "{day} {time} {sp}: stored, missing from the file (not deleted).",
    "Zeit, Dienststelle, Dienstleistung oder Personen geändert.":
        "Time, service point, service or people changed.",
    "Neuer Termin.": "New appointment.",
    "Art": "Kind",
    "Zeile": "Line",
    "Buchungsnr.": "Booking ref.",
    "Was geschieht": "What happens",
    "Staatsangehörigkeit fehlt": "Nationality missing",
    "E-Mail-Adresse ungültig (Schreibweise oder Domain)": "E-mail address invalid (syntax or domain)",
    "Telefonnummer nicht lesbar": "Phone number cannot be read",
    "Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)":
        "Possibly recorded twice (same file number, or same name and date of birth)",
    "Dienstleistung": "Service",
    "Staatsang.": "Nationality",
    "Hinweise": "Hints",
    "Termintag:": "Day:",
    "Nur Personen mit Hinweisen": "Only people with hints",
    "Daten ergänzen …": "Complete data …",
    "Buchungen importieren …": "Import bookings …",
    "Vorbereitung: Termine am {day}": "Preparation: appointments on {day}",
    "{total} Personen, {flagged} mit Hinweisen": "{total} people, {flagged} with hints",
    "Bitte zuerst eine Person wählen.": "Please select a person first.",
    "Daten von {name} gespeichert.": "Data of {name} saved.",
    "Vorbereitung": "Preparation",
    "Die Termine von morgen mit Hinweisen zur Datenqualität: fehlende Angaben vor dem Tag ergänzen.":
        "Tomorrow's appointments with data-quality hints: complete missing data before the day.",
    "Einen Export des Buchungssystems (CSV oder .ics) importieren, mit Vorschau.":
        "Import an export of the booking system (CSV or .ics), with a preview.",
    "Ausländerbehörde – Vorbereitung": "Immigration office – Preparation",
    "Die Zuordnungsdatei ist fehlerhaft: {why}": "The mapping file is invalid: {why}",
    "Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land oder Adjektiv wie türkisch).":
        "Nationality not recognised: {value} (a code such as TUR, a country or an adjective such "
        "as türkisch).",
    "Personendaten ergänzen …": "Complete personal data …",
    "Fehlende Angaben der Person des gewählten Vorgangs ergänzen (Geburtsdatum, Staatsangehörigkeit, Kontakt); der Hinweis verschwindet.":
        "Complete the missing data of the selected entry's person (date of birth, "
        "nationality, contact); the hint disappears.",
}
