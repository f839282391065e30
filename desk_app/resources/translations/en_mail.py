"""English for the mailbox worklist's texts of the `mail` branch (issue 20 gaps)."""

EN = {
    "{0} neue Nachrichten aus dem Postfach gelesen.": "{0} new messages read from the mailbox.",
    "E-Mail nicht zustellbar (Rückläufer): anrufen oder per Post":
        "E-mail undeliverable (bounced): call or send by post",
}
