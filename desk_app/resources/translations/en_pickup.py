"""English for the document pickup's texts (ui/pickup, ui/document_order_dialog.py).
Merged by fill_en.py."""

EN = {
    "Dokument bestellen": "Order document",
    "Bei der Bundesdruckerei bestellen; der Abholschein wird sofort gedruckt.":
        "Order from the federal printer; the pickup slip is printed at once.",
    "&Person:": "&Person:",
    "Dokument:": "Document:",
    "&Abholort:": "&Pickup at:",
    "Bestellen und Abholschein drucken": "Order and print pickup slip",
    "Bereits offen für diese Person:": "Already open for this person:",
    "{doc} für {name} bestellt: Abholnummer {ref}.": "{doc} ordered for {name}: pickup number {ref}.",
    "Bestellt. Der Abholschein wird gedruckt …": "Ordered. The pickup slip is being printed …",
    "{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der Dokumentenausgabe erneut drucken.":
        "{ordered} The pickup slip could not be produced ({why}); please print it again on the document pickup screen.",
    "Abholschein": "Pickup slip",
    "Dokument aushändigen": "Hand out document",
    "{doc} {reference} für {name} (geb. {birth})": "{doc} {reference} for {name} (born {birth})",
    "Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder Fiktionsbescheinigung{pin}.":
        "Please check: passport or substitute, the previous document or Fiktionsbescheinigung{pin}.",
    ", PIN-Brief": ", PIN letter",
    "Wer holt ab?": "Who is collecting?",
    "Die antragstellende Person selbst": "The applicant in person",
    "Ein Elternteil (Kind unter {limit} Jahren)": "A parent (child under {limit})",
    "Eine andere Person (mit Vollmacht)": "Another person (with power of attorney)",
    "Die antragstellende Person ist unter {limit} Jahre alt.": "The applicant is under {limit}.",
    "Vor- und Familienname wie im Ausweis": "Given and family name as in the ID",
    "&Name der abholenden Person:": "&Name of the person collecting:",
    "Schriftliche &Vollmacht liegt vor und wurde geprüft":
        "Written power of &attorney presented and checked",
    "Aushändigen": "Hand out",
    "Bestellt": "Ordered",
    "Eingetroffen": "Arrived",
    "Ausgehändigt": "Handed out",
    "Vernichtet": "Destroyed",
    "eAT": "eAT",
    "Elektronischer Aufenthaltstitel (eAT)": "Electronic residence permit (eAT)",
    "Reiseausweis": "Travel document",
    "Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.":
        "The check digit of pickup number {reference} is wrong: please scan again or compare the number digit by digit.",
    "Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {read} Zeichen).":
        "Not a valid pickup number: {length} digits expected (read: {read} characters).",
    "Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.":
        "Please scan the barcode of the pickup slip or enter the pickup number.",
    "Abgelehnt: Abholung durch eine andere Person nur mit schriftlicher Vollmacht. Bitte die Vollmacht prüfen und bestätigen.":
        "Refused: another person may collect only with a written power of attorney. Please check and confirm it.",
    "Abgelehnt: die antragstellende Person ist unter {limit} Jahre alt. Das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).":
        "Refused: the applicant is under {limit}. A parent collects the document (or a person with the parents' power of attorney).",
    "Abgelehnt: die antragstellende Person ist nicht unter {limit} Jahre alt. Ein Elternteil braucht eine Vollmacht wie jede andere Person.":
        "Refused: the applicant is not under {limit}. A parent needs a power of attorney like anyone else.",
    "Bitte den Namen der abholenden Person angeben.": "Please enter the name of the person collecting.",
    "Falscher Abholort: das Dokument {reference} liegt bei {sp} zur Abholung bereit.":
        "Wrong pickup point: document {reference} is ready for pickup at {sp}.",
    "Das Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.":
        "Document {reference} was changed at another workstation meanwhile (now: {state}). The display has been updated.",
    "Nicht möglich: das Dokument {reference} hat den Status „{state}“.":
        "Not possible: document {reference} is “{state}”.",
    "Abholnummer": "Pickup number",
    "Name": "Name",
    "Dokument": "Document",
    "Liegt seit {days} Tagen bereit": "Ready for {days} days",
    "{what}: Druck an {printer} fehlgeschlagen ({error}). Siehe Druckaufträge.":
        "{what}: printing on {printer} failed ({error}). See print jobs.",
    "{what} als PDF gespeichert (kein Drucker eingerichtet): {path}":
        "{what} saved as PDF (no printer set up): {path}",
    "{what} an {printer} gesendet.": "{what} sent to {printer}.",
    "{what} erzeugt.": "{what} produced.",
    "Das eingetroffene Dokument aushändigen und die Empfangsbestätigung drucken.":
        "Hand out the arrived document and print the handover confirmation.",
    "Eingang buchen": "Book arrival",
    "Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen.":
        "The opened document has arrived from the federal printer.",
    "Abholschein drucken": "Print pickup slip",
    "Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie).":
        "Print the pickup slip of the opened document again (copy).",
    "Empfangsbestätigung drucken": "Print handover confirmation",
    "Abgeholt von:": "Collected by:",
    "der antragstellenden Person selbst": "the applicant in person",
    "Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken (Kopie).":
        "Print the handover confirmation of the handed-out document again (copy).",
    "Lieferung erfassen": "Record delivery",
    "Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der Lieferung.":
        "Batch mode: every scan books the arrival of one document of the delivery.",
    "&Abholnummer:": "&Pickup number:",
    "Barcode scannen oder 12 Ziffern eingeben, dann Enter": "Scan the barcode or type the 12 digits, then Enter",
    "Öffnen": "Open",
    "Name:": "Name:",
    "Geburtsdatum:": "Date of birth:",
    "Aktenzeichen:": "File number:",
    "Bestellt am:": "Ordered on:",
    "Eingetroffen am:": "Arrived on:",
    "Ausgehändigt am:": "Handed out on:",
    "Dokumentennr.:": "Document no.:",
    "Abholort:": "Pickup at:",
    "Lieferung der Bundesdruckerei erfassen": "Record a delivery from the federal printer",
    "Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe.":
        "Scan each pickup slip barcode or pickup number: the arrival is booked at once. {key} returns to hand-out.",
    "Liste leeren": "Clear list",
    "Lieferung: Barcode scannen – der Eingang wird sofort gebucht": "Delivery: scan the barcode – the arrival is booked at once",
    "Dienststelle {id}": "Service point {id}",
    "keine Dienststelle gewählt": "no service point selected",
    "Dokumentenausgabe – {sp}": "Document pickup – {sp}",
    "Zur Abholung hier: {arrived} eingetroffen, {ordered} bestellt": "For pickup here: {arrived} arrived, {ordered} ordered",
    "Kein Dokument geöffnet. Abholschein scannen oder eine Zeile der Liste wählen.":
        "No document open. Scan a pickup slip or select a row of the list.",
    "unbekannt": "unknown",
    "({age} Jahre)": "({age} years)",
    "Kind unter {limit}: Abholung durch ein Elternteil": "Child under {limit}: a parent collects",
    "Mitzubringen: Pass, bisheriges Dokument oder Fiktionsbescheinigung{pin}; bei Abholung durch andere Personen eine Vollmacht.":
        "To bring: passport, the previous document or Fiktionsbescheinigung{pin}; a power of attorney if someone else collects.",
    "Dieses Dokument wird bei {sp} ausgegeben, nicht hier.": "This document is handed out at {sp}, not here.",
    "Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung bereit, nicht hier.":
        "Wrong pickup point: {ref} ({name}) is ready for pickup at {sp}, not here.",
    "{ref} ({name}) liegt bereit: mit {key} aushändigen.": "{ref} ({name}) is ready: press {key} to hand out.",
    "{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).": "{ref} ({name}) has not arrived yet (ordered on {date}).",
    "{ref} ({name}) wurde bereits am {when} ausgehändigt.": "{ref} ({name}) was already handed out on {when}.",
    "{ref} ({name}): {state}. Nicht mehr auszuhändigen.": "{ref} ({name}): {state}. Can no longer be handed out.",
    "{ref} an {who} ausgehändigt{replayed}.": "{ref} handed out to {who}{replayed}.",
    "Empfangsbestätigung": "Handover confirmation",
    "Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit „Empfangsbestätigung drucken“ erneut versuchen.":
        "The handover confirmation could not be produced: {why} Try again with “Print handover confirmation”.",
    "Eingang gebucht. ": "Arrival booked. ",
    "… {ref}: wird gebucht": "… {ref}: booking",
    "{ref}: eingetroffen – {doc}, {name}": "{ref}: arrived – {doc}, {name}",
    "(Abholung bei {sp})": "(pickup at {sp})",
    "Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}": "Scanned: {n} · arrived: {ok} · problems: {bad}",
    "Der Abholschein konnte nicht erzeugt werden: {why}": "The pickup slip could not be produced: {why}",
    "Abholschein (Kopie)": "Pickup slip (copy)",
    "nicht gebucht": "not booked",
    "unbekannte Abholnummer": "unknown pickup number",
    "nicht gebucht: das Dokument ist nicht im Status „Bestellt“ (schon eingetroffen, storniert oder ausgehändigt)":
        "not booked: the document is not “Ordered” (already arrived, cancelled or handed out)",
    "Prüfziffer falsch – bitte noch einmal scannen": "Wrong check digit – please scan again",
    # the print-queue panel (ui/print_queue_panel.py)
    "Erneut senden": "Send again",
    "Umleiten": "Redirect",
    "Drucker": "Printer",
    "Hinweis": "Note",
    "Wartet": "Queued",
    "Gesendet": "Sent",
    "Gedruckt": "Printed",
    "Fehlgeschlagen": "Failed",
    "Hängt": "Stuck",
    "Wartemarke": "Wait ticket",
    "Terminbestätigung": "Appointment confirmation",
    "Aktualisieren nicht möglich: {error}": "Cannot refresh: {error}",
    " ({n}. Versuch)": " (attempt {n})",
    " (und {n} weitere)": " (and {n} more)",
    "{status}: {what} auf {printer}{more}. {error}": "{status}: {what} on {printer}{more}. {error}",
    "Erneut gesendet": "Sent again",
    "Umgeleitet auf {printer}": "Redirected to {printer}",
}
