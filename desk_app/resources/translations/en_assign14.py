"""English for the per-service queues in the shift lead's assignment dialog (issue 14)."""

EN = {
    "Eine einzelne Leistung ruft nur Personen mit dieser Leistung auf.":
        "A single service calls only people with that service.",
    "Dienststelle / Leistung": "Service point / service",
}
