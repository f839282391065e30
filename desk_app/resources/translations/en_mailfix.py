"""English UI texts of the confirmation by e-mail from the booking screens (issue 15 over
issue 20's SMTP, ui/booking/confirmation.py). Merged by fill_en.py."""

EN = {
    "Bestätigung NICHT per E-Mail gesendet: {reason} Die Buchung gilt; bitte die "
    "Bestätigung mitgeben oder per Post senden.":
        "Confirmation NOT sent by e-mail: {reason} The booking stands; please hand over "
        "the confirmation or send it by post.",
    "Bestätigung per E-Mail an {address} gesendet": "Confirmation sent by e-mail to {address}",
    "Fehler {kind}.": "Error {kind}.",
}
