"""English UI texts added in the fourth session's merges."""

EN = {
    "E-Mail nicht zustellbar (Rückläufer)": "E-mail undeliverable (bounced)",
    "Die Terminanfragen aus dem Postfach als Arbeitsliste: zuordnen, nachfragen, Termin anbieten.":
        "The appointment requests from the mailbox as a worklist: route, ask back, offer an appointment.",
}
