"""English for the texts of issue 11's operations follow-up (the busy database)."""

EN = {
    "Die Datenbank ist gerade belegt, bitte noch einmal versuchen. Die Aktion wurde nicht "
    "ausgeführt.":
        "The database is busy right now, please try again. The action was not carried out.",
}
