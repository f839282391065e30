"""English for the call display's closed counters (issue 14 on the display)."""

EN = {
    "Geschlossen: {counters}": "Closed: {counters}",
}
