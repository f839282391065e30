"""English for the texts of branch cli10 (issue 10: durations in one format)."""

EN = {
    "Aufrufsperre {lock} · höchstens {calls} Aufrufe": "Recall lock {lock} · at most {calls} calls",
    "{sp}: ca. {wait}": "{sp}: about {wait}",
}
