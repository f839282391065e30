"""English for the lead branch's UI texts (issue 11: the board and the statistics as
screens)."""

EN = {
    "Die Übersicht vollständig neu lesen.": "Read the whole overview again.",
}
