"""English for the UI texts of branch ux10 (dates in the UI language); fill_en.py merges it."""

EN = {
    # the letters of a date pattern in a field's hint (ui/locale_text.py): TT.MM.JJJJ
    "T": "D",
    "M": "M",
    "J": "Y",
    "{pattern}, 00 für unbekannt": "{pattern}, 00 for unknown",
    "Personen (eine Zeile je Person; Geburtsdatum {pattern}, 00 für unbekannt, z. B. "
    "{example}):":
        "People (one row per person; date of birth {pattern}, 00 for unknown, e.g. "
        "{example}):",
}
