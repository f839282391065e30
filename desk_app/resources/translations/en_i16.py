"""English for the statistics screen (issue 16)."""

EN = {
    "Tag": "Day",
    "Woche": "Week",
    "Monat": "Month",
    "Zeitraum": "Period",
    "Zeitraum:": "Period:",
    "◀ &Zurück": "◀ &Back",
    "Der Zeitraum davor": "The period before",
    "Ein Tag des gewünschten Zeitraums": "Any day of the period you want",
    "bis": "to",
    "&Weiter ▶": "&Forward ▶",
    "Layout:": "Layout:",
    "Alle Dienststellen": "All service points",
    "Gespeichertes Layout: Blöcke von Dienststellen (desk-app report-layout)":
        "Saved layout: blocks of service points (desk-app report-layout)",
    "Mit &Vorperiode vergleichen": "Compare with the &previous period",
    "&PDF …": "&PDF …",
    "&CSV …": "&CSV …",
    "&Excel …": "&Excel …",
    "Dienststelle": "Service point",
    "Stunde": "Hour",
    "Amt": "Office",
    "Nach Dienststelle": "By service point",
    "Nach Tag": "By day",
    "Nach Stunde (Personalplanung)": "By hour (staff planning)",
    "Ausfallquote: Nicht erschienen ÷ Termine. Erschienen: eingecheckte Termine und "
    "Vorsprachen ohne Termin. Wartezeit: Einchecken bis erster Aufruf. Ein "
    "weitergeleiteter Vorgang zählt einmal, bei der Dienststelle, bei der er ankam.":
        "No-show rate: no-shows ÷ appointments. Appeared: checked-in appointments and "
        "walk-ins. Waiting time: check-in to first call. A forwarded entry counts once, at "
        "the service point where it arrived.",
    "KW {week}/{year}": "CW {week}/{year}",
    "KW {week}": "CW {week}",
    "Statistik": "Statistics",
    ", ohne {names}": ", without {names}",
    "Gesamt": "Total",
    "{start}–{end} Uhr": "{start}–{end} h",
    "PDF-Dateien (*.pdf)": "PDF files (*.pdf)",
    "CSV-Dateien für Excel (*.csv)": "CSV files for Excel (*.csv)",
    "Excel-Arbeitsmappen (*.xlsx)": "Excel workbooks (*.xlsx)",
    "Statistik speichern": "Save statistics",
    "Datei nicht gespeichert ({file}): {why}": "File not saved ({file}): {why}",
    "Statistik gespeichert: {file}": "Statistics saved: {file}",
    "{block} (Vorperiode)": "{block} (previous period)",
    "Termine": "Appointments",
    "Erschienen": "Appeared",
    "Ausfallquote": "No-show rate",
    "Vorsprachen ohne Termin": "Walk-ins",
    "nach Nicht erschienen eingelassen": "let in after no-show",
    "gegangen": "left",
    "storniert": "cancelled",
    "weitergeleitet": "forwarded",
    "noch offen": "still open",
    "Erledigt": "Done",
    "Wartezeit Median (min)": "Waiting median (min)",
    "Wartezeit 90 % (min)": "Waiting 90 % (min)",
    "Bearbeitung Median (min)": "Service median (min)",
    "Bearbeitung 90 % (min)": "Service 90 % (min)",
    "Aufrufe je Vorgang": "Calls per entry",
    "Dokumente bestellt": "Documents ordered",
    "Dokumente ausgegeben": "Documents handed out",
    "Ausfallquote (Balken, %) und Wartezeit (Linien, Median und 90 %, min) je Woche":
        "No-show rate (bars, %) and waiting time (lines, median and 90 %, min) per week",
    "Unbekannte Dienststelle im Bericht: {code}.": "Unknown service point in the report: {code}.",
    "Bericht-Layout „{name}“ gibt es nicht.": "There is no report layout “{name}”.",
    "Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).":
        "Please give the layout a name (at most 100 characters).",
    "Ein Layout braucht mindestens einen Block.": "A layout needs at least one block.",
    "Der Zeitraum endet vor seinem Beginn.": "The period ends before it begins.",
    "Die Kalenderwoche {week} gibt es im Jahr {year} nicht.":
        "Calendar week {week} does not exist in {year}.",
    "Monat als JJJJ-MM angeben, z. B. 2021-08.": "Give the month as YYYY-MM, e.g. 2021-08.",
    "Woche als JJJJ-Www angeben, z. B. 2021-W34.": "Give the week as YYYY-Www, e.g. 2021-W34.",
    "Block als NAME=CODE,… oder NAME=-CODE,… angeben.":
        "Give a block as NAME=CODE,… or NAME=-CODE,….",
    "Unbekannte Kennzahl {name}: erlaubt sind {allowed}.":
        "Unknown figure {name}: allowed are {allowed}.",
    "Datum als JJJJ-MM-TT angeben, z. B. 2021-08-23.":
        "Give the date as YYYY-MM-DD, e.g. 2021-08-23.",
    "--to nur zusammen mit --from angeben.": "Give --to only together with --from.",
}
