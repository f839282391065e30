"""English for the UI texts of issue 10 (a real first day); merged by fill_en.py."""

EN = {
    "Demo, lokal": "Demo, local",
    "lokal ({name})": "local ({name})",
    "im Speicher": "in memory",
    "{name} auf {host}": "{name} on {host}",
    "{m} Min.": "{m} min",
    "{h} Std.": "{h} h",
    "{h} Std. {m} Min.": "{h} h {m} min",
    "{time} ({duration})": "{time} ({duration})",
    "Datenbank: {name}": "Database: {name}",
    "Kein Schalter gewählt: bitte zuerst oben den Schalter wählen, dann mit F5 aufrufen.":
        "No counter chosen: please choose the counter at the top first, then call with F5.",
    "Person {n}, {field}: {problem}": "Person {n}, {field}: {problem}",
    "{time} (Termin {scheduled})": "{time} (appt. {scheduled})",
}
