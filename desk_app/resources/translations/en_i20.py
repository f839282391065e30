"""English for the mailbox worklist's German texts (issue 20)."""

EN = {
    "Eingang": "Received",
    "Anliegen": "Concern",
    "Dienststelle": "Service point",
    "Fehlt": "Missing",
    "Nachrichten": "Messages",
    "Hinweis": "Note",
    "Name": "Name",
    "Geburtsdatum": "Date of birth",
    "Aktenzeichen": "File number",
    "Staatsangehörigkeit": "Nationality",
    "nicht zustellbar: anrufen oder per Post": "undeliverable: call or send by post",
    "Antwort eingegangen": "Answer received",
    "Angaben nachgefragt": "Details requested",
    "falsch adressiert": "misaddressed",
    "erkannt, bitte prüfen": "recognised, please check",
    "Die Anfrage {request_id} gibt es nicht (mehr).": "Request {request_id} does not exist (any more).",
    "Der Anfrage {request_id} fehlt nichts; es gibt nichts nachzufragen.": "Request {request_id} is complete; there is nothing to ask for.",
    "Das Postfach oder der Mailserver ist nicht erreichbar ({detail}).": "The mailbox or the mail server cannot be reached ({detail}).",
}
