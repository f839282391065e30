"""English UI texts added in the fourth session's merges."""

EN = {
    "E-Mail nicht zustellbar (Rückläufer)": "E-mail undeliverable (bounced)",
}
