"""English for issue 14's UI texts (shift lead operations, the silent alarm)."""

EN = {
    "Stiller Alarm: {where} – seit {time}": "Silent alarm: {where} – since {time}",
    "Ihr Alarm: {status}": "Your alarm: {status}",
    "Bestätigen": "Acknowledge",
    "Alarm wird gesendet …": "Sending the alarm …",
    "nicht gesendet — Notruf auslösen": "not sent — call the emergency number",
    "zugestellt": "delivered",
    "bestätigt von {name}": "acknowledged by {name}",
    "Warteschlangen von {counter}": "Queues of {counter}",
    "Gewicht 2 zu 1: zwei Aufrufe aus dieser Warteschlange je einem aus der anderen. "
    "Stufe 1: nur, wenn Stufe 0 leer ist. Wer 45 Minuten wartet, kommt vor.":
        "Weight 2 to 1: two calls from this queue for each one from the other. Level 1: "
        "only when level 0 is empty. Whoever has waited 45 minutes goes first.",
    "Gewicht": "Weight",
    "Stufe": "Level",
    "Stiller Alarm": "Silent alarm",
    "Alarmiert still die Schichtleitung und die benachbarten Schalter (ersetzt keinen "
    "Notrufknopf).": "Silently alerts the shift leads and the neighbouring counters (does "
                     "not replace a panic button).",
    "Pause / Status …": "Break / status …",
    "Pause mit Grund, abwesend oder Schalter geschlossen; in der Pause ist kein Aufruf "
    "möglich.": "Break with a reason, away, or counter closed; no calls during a break.",
    "Tastenkürzel": "Keyboard shortcuts",
    "Alle Tastenkürzel dieses Fensters.": "Every keyboard shortcut of this window.",
    "diesem Schalter": "this counter",
    "Aktion": "Action",
    "Taste": "Key",
    "Der stille Alarm ersetzt keinen Notrufknopf.":
        "The silent alarm does not replace a panic button.",
    "Verschieben": "Move",
    "Was:": "What:",
    "Wohin (gleichmäßig verteilt):": "Where to (spread evenly):",
    "Bitte mindestens ein Ziel wählen.": "Please choose at least one target.",
    "Status von {counter}": "Status of {counter}",
    "Am Schalter": "At the counter",
    "Pause": "Break",
    "Abwesend": "Away",
    "Schalter geschlossen": "Counter closed",
    "&Status:": "&Status:",
    "&Grund (bei Pause):": "&Reason (for a break):",
    "Für eine Pause bitte einen Grund angeben.": "Please give a reason for a break.",
    "Aufruf nicht möglich: {counter} ist in der Pause ({reason}, seit {since}). Erst die "
    "Pause beenden.": "Cannot call: {counter} is on a break ({reason}, since {since}). End "
                      "the break first.",
    "Aufruf nicht möglich: {counter} ist {state_de}.": "Cannot call: {counter} is {state_de}.",
    "Der Alarm {alarm} wurde nicht gefunden.": "Alarm {alarm} was not found.",
    "Entweder einen Schalter oder eine Person wählen.": "Choose either a counter or a person.",
    "Das Gewicht muss mindestens 1 sein.": "The weight must be at least 1.",
    "Kein Ziel gewählt.": "No target chosen.",
    "Pause: {reason}": "Break: {reason}",
    "&Verschieben …": "&Move …",
    "Die gewählten Vorgänge auf andere Schalter oder Mitarbeitende verteilen (ein Grund "
    "für alle). Auch per Ziehen auf einen Schalter.": "Spread the selected entries over "
    "other counters or staff (one reason for all). Also by dragging onto a counter.",
    "&Nachmittag verteilen …": "Spread the &afternoon …",
    "Alle Vorgänge der Person am gewählten Schalter ab 12 Uhr verteilen.":
        "Spread all entries of the person at the selected counter from 12:00 on.",
    "S&tatus …": "S&tatus …",
    "Pause, abwesend oder geschlossen für den gewählten Schalter.":
        "Break, away or closed for the selected counter.",
    "&Warteschlangen …": "&Queues …",
    "Aus welchen Warteschlangen der gewählte Schalter aufruft, mit Gewichten.":
        "Which queues the selected counter calls from, with weights.",
    "{name} hat heute Nachmittag keine Vorgänge.": "{name} has no entries this afternoon.",
    "Nachmittag von {name}: {count} Vorgänge": "Afternoon of {name}: {count} entries",
    "{moved} verschoben. Nicht verschoben, weil inzwischen geändert: {tickets}.":
        "{moved} moved. Not moved because changed meanwhile: {tickets}.",
    "{moved} verschoben.": "{moved} moved.",
    "Warteschlangen gespeichert.": "Queues saved.",
    "Termine nächste Stunde": "Appointments next hour",
    "Geschätzte Wartezeit": "Estimated wait",
    "{count} (ab {time})": "{count} (from {time})",
}
