"""English for the UI texts of the `roles` branch (issue 13: typed opening hours)."""

EN = {
    "Hinweis statt Öffnungszeiten": "Note instead of opening hours",
}
