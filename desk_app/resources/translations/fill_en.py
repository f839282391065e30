"""Fills desk_app_en.ts with the English text (German is the source language).

Run after pyside6-lupdate has added new source texts; see update.sh. Unknown texts stay
"unfinished" and the test tests/ui/test_translations.py fails until they are added here.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    "Abbrechen": "Cancel",
    "&Dienststelle:": "&Service point:",
    "S&chalter:": "C&ounter:",
    "Filtern: Name, Nummer, Aktenzeichen …": "Filter: name, ticket, file number …",
    "— kein Schalter —": "— no counter —",
    "Anliegen:": "Service:",
    "Dienststelle:": "Service point:",
    "Termin:": "Appointment:",
    "Wartet seit:": "Waiting since:",
    "Schalter:": "Counter:",
    "Aufrufe:": "Calls:",
    "Buchungsnr.:": "Booking ref.:",
    "Hinweis:": "Note:",
    "Datenqualität:": "Data quality:",
    "Kein Vorgang gewählt. Mit F5 die nächste Person aufrufen oder eine Zeile wählen.":
        "No entry selected. Press F5 to call the next person, or select a row.",
    "Az. {number}": "File {number}",
    "ohne Termin, angekommen {time}": "walk-in, arrived {time}",
    "(Aufrufsperre bis {time})": "(recall lock until {time})",
    "Geparkt: {r}": "Parked: {r}",
    "Verspätet: {r}": "Late: {r}",
    "vollständig": "complete",
    "Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.":
        "The database cannot be reached ({url}). Nothing was saved; please try again in a moment.",
    "Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.":
        "The database must be upgraded first. Please contact IT.",
    "Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.":
        "Unexpected error ({kind}). The action was not carried out; details are in the log.",
    "Diese Aktion": "This action",
    "„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.":
        "“{verb}” is not possible: the entry is “{state}”.",
    "Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).":
        "Can be called again from {time} (recall lock).",
    "{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).":
        "{minutes} minutes late: check-in needs the late-arrival permission (shift lead).",
    "{minutes} Minuten zu spät: Einchecken nur mit Begründung.":
        "{minutes} minutes late: check-in needs a reason.",
    "Für diese Aktion fehlt die Berechtigung ({permission}).":
        "You do not have the permission for this action ({permission}).",
    "Bitte einen Grund angeben.": "Please give a reason.",
    "Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.":
        "The appointment has not started yet: “No-show” is not possible yet.",
    "Für jede Person des Vorgangs ist ein Ergebnis nötig.":
        "Every person of the entry needs an outcome.",
    "Weiterleiten geht nur an eine andere Dienststelle.":
        "An entry can only be forwarded to another service point.",
    "Nicht gefunden: {what}.": "Not found: {what}.",
    "Vorgang {ticket} wurde bereits an {counter} aufgerufen.":
        "Entry {ticket} has already been called to {counter}.",
    "Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.":
        "Entry {ticket} was changed at another workstation meanwhile (now: {state}). The display has been updated.",
    "Niemand wartet auf einen Aufruf.": "Nobody is waiting to be called.",
    "Nur Lesezugriff: {why}": "Read-only: {why}",
    "Eingabe prüfen: {message}": "Please check the input: {message}",
    "Abschließen": "Finish",
    "Ergebnis je Person für Vorgang {ticket}:": "Outcome for each person of entry {ticket}:",
    "Weiterleiten": "Forward",
    "Vorgang {ticket} an eine andere Dienststelle weiterleiten? Die Wartenummer bleibt erhalten.":
        "Forward entry {ticket} to another service point? The ticket number stays the same.",
    "optional": "optional",
    "Grund:": "Reason:",
    "Gebucht": "Booked",
    "Wartend": "Waiting",
    "Aufgerufen": "Called",
    "In Bearbeitung": "In service",
    "Geparkt": "Parked",
    "Erledigt": "Done",
    "Nicht erschienen": "No-show",
    "Storniert": "Cancelled",
    "Gegangen": "Left",
    "Verpasst": "Missed",
    "Einchecken": "Check in",
    "Stornieren": "Cancel appointment",
    "Verspätet angekommen": "Late arrival",
    "Diese Person aufrufen": "Call this person",
    "Erschienen": "Appeared",
    "Meldet sich nicht": "Not answering",
    "Wieder aufnehmen": "Reinstate",
    "Parken": "Park",
    "Fortsetzen": "Resume",
    "Die Person ist da: Wartenummer vergeben.": "The person is here: issue a ticket.",
    "Der Termin wurde nicht wahrgenommen.": "The appointment was not kept.",
    "Den Termin stornieren.": "Cancel the appointment.",
    "Doch noch gekommen (mit Begründung).": "Came after all (with a reason).",
    "Genau diese Person an diesen Schalter aufrufen.": "Call exactly this person to this counter.",
    "Die Person hat das Warten aufgegeben.": "The person gave up waiting.",
    "Die aufgerufene Person ist am Schalter.": "The called person is at the counter.",
    "Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.":
        "Nobody came: back into the queue, with a recall lock.",
    "Die Person ist wieder da.": "The person is back.",
    "Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).":
        "Pause briefly (pay machine, photo booth, documents).",
    "Zurück, vorn in der Warteschlange.": "Back, at the front of the queue.",
    "An eine andere Dienststelle weiterleiten.": "Forward to another service point.",
    "Abschließen, mit einem Ergebnis je Person.": "Finish, with an outcome for each person.",
    "Anliegen erledigt": "Completed",
    "Dokument bestellt (eAT/Reiseausweis)": "Document ordered (eAT/travel document)",
    "Dokument ausgehändigt": "Document handed out",
    "Unterlagen unvollständig": "Documents incomplete",
    "Folgetermin nötig": "Follow-up appointment needed",
    "An andere Stelle verwiesen": "Referred elsewhere",
    "Nicht zuständig": "Not responsible",
    "Keine Kontaktdaten (weder E-Mail noch Telefon)": "No contact data (neither e-mail nor phone)",
    "E-Mail-Adresse ungültig": "Invalid e-mail address",
    "Geburtsdatum nur teilweise bekannt": "Date of birth only partly known",
    "Geburtsdatum fehlt": "Date of birth missing",
    "Kein Aktenzeichen": "No file number",
    "Alle": "All",
    "Offen": "Open",
    "◀ &Vorwoche": "◀ &Previous week",
    "Ein beliebiger Tag der gewünschten Kalenderwoche": "Any day of the calendar week wanted",
    "&Nächste Woche ▶": "&Next week ▶",
    "Als &PDF speichern …": "Save as &PDF …",
    "Tag": "Day",
    "Nach Dienststelle": "By service point",
    "Nach Tag": "By day",
    "Ausfallquote: Nicht erschienen ÷ entschiedene Termine (ohne noch offene). „Aufruf verpasst“: kam, reagierte aber nicht auf die Aufrufe.":
        "No-show rate: no-shows ÷ decided appointments (not counting open ones). “Missed call”: came, but did not answer the calls.",
    "Wochenstatistik KW {week}/{year} ({first} – {last})": "Weekly statistics, week {week}/{year} ({first} – {last})",
    "Gesamt": "Total",
    "Woche": "Week",
    "Wochenstatistik als PDF speichern": "Save weekly statistics as PDF",
    "PDF-Dateien (*.pdf)": "PDF files (*.pdf)",
    "PDF nicht gespeichert ({file}): {why}": "PDF not saved ({file}): {why}",
    "Wochenstatistik gespeichert: {file}": "Weekly statistics saved: {file}",
    "Angemeldet: {name}": "Signed in: {name}",
    "Aufgerufen / in Bearbeitung": "Called / in service",
    "Ausländerbehörde – Schalter": "Immigration office – Counter",
    "Nächste Person aufrufen": "Call next person",
    "Ruft die nächste wartende Person an diesen Schalter.": "Calls the next waiting person to this counter.",
    "Vorsprache ohne Termin": "Walk-in",
    "Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.":
        "Register a person or family without an appointment and print the ticket.",
    "Wartenummer erneut drucken": "Reprint ticket",
    "Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).":
        "Print the selected entry's ticket again (copy).",
    "Suchen": "Search",
    "Zum Such- bzw. Filterfeld springen.": "Jump to the search or filter field.",
    "Schalter": "Counter",
    "Die Ansicht für den Schalter.": "The counter screen.",
    "Infotheke": "Reception",
    "Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.":
        "The reception screen: check-in for all service points.",
    "Neu laden": "Reload",
    "Die Warteschlange vollständig neu laden.": "Reload the whole queue.",
    "Ansicht": "View",
    "Tag:": "Day:",
    "Meldung schließen": "Close message",
    "Ausländerbehörde – Infotheke": "Immigration office – Reception",
    "Arbeitsplatz: {name}": "Workstation: {name}",
    "Sachbearbeitung": "Clerk",
    "Schichtleitung": "Shift lead",
    "Administration": "Administration",
    "Angemeldet: {name} ({role})": "Signed in: {name} ({role})",
    "Datenbank: {url}": "Database: {url}",
    "● Nur Lesen": "● Read-only",
    "● Verbunden": "● Connected",
    "○ Keine Verbindung": "○ No connection",
    "Nur Lesezugriff: {why} Änderungen sind gesperrt.": "Read-only: {why} Changes are locked.",
    "Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.":
        "No connection to the database. The display may be out of date and changes are locked. Reconnecting automatically.",
    "Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.":
        "The database is newer than this program; please update the program.",
    "Die Datenbank ist schreibgeschützt.": "The database is read-only.",
    "{ticket}: {state}": "{ticket}: {state}",
    " an {counter}": " at {counter}",
    " – wartet jetzt bei {sp}": " – now waiting at {sp}",
    " (war bereits gespeichert)": " (had already been saved)",
    "Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?":
        "Why is {ticket} taken in despite “No-show”?",
    "Verspätung öffentlicher Nahverkehr": "Public transport delay",
    "Person war im Haus, falsche Etage": "Was in the building, wrong floor",
    "{ticket} ({names}) als „Nicht erschienen“ markieren?": "Mark {ticket} ({names}) as “No-show”?",
    "Den Termin {ticket} ({names}) stornieren?": "Cancel the appointment {ticket} ({names})?",
    "Warum wird {ticket} geparkt?": "Why is {ticket} parked?",
    "Kassenautomat": "Pay machine",
    "Passfoto-Automat": "Photo booth",
    "Unterlagen fehlen": "Documents missing",
    "OK": "OK",
    "Verspätet": "Late",
    "An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?":
        "Someone is still at this counter: {who}. Call the next person anyway?",
    "Trotzdem aufrufen": "Call anyway",
    "Vorsprache aufgenommen: {ticket} bei {sp}.": "Walk-in registered: {ticket} at {sp}.",
    "Die Wartenummer {ticket} konnte nicht erzeugt werden ({kind}). Bitte die Nummer ansagen.":
        "The ticket {ticket} could not be produced ({kind}). Please tell the person the number.",
    "Wartenummer {ticket} als PDF gespeichert (noch kein Drucker eingerichtet): {path}":
        "Ticket {ticket} saved as PDF (no printer set up yet): {path}",
    "Zeit": "Time",
    "Nummer": "Ticket",
    "Namen": "Names",
    "Dienststelle": "Service point",
    "Anliegen": "Service",
    "Status": "State",
    "Wartet seit": "Waiting since",
    "Aufrufe": "Calls",
    "Daten": "Data",
    "ohne T. {time}": "walk-in {time}",
    "{time} ({minutes} Min.)": "{time} ({minutes} min)",
    "{count} · gesperrt": "{count} · locked",
    "Aufrufsperre bis {time} Uhr": "Recall lock until {time}",
    "Vorsprache ohne Termin, angekommen um {time} Uhr": "Walk-in, arrived at {time}",
    "Geparkt: {reason}": "Parked: {reason}",
    "Umverteilen": "Reassign",
    "Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.":
        "Reassign entry {ticket} ({names}, {state}). The state stays the same.",
    "&Schalter:": "&Counter:",
    "– unverändert –": "– unchanged –",
    "S&achbearbeitung:": "C&lerk:",
    "Termin &verlegen auf:": "&Move appointment to:",
    "Nur gebuchte Termine können verlegt werden.": "Only booked appointments can be moved.",
    "Schalter nicht besetzt": "Counter not staffed",
    "Lastausgleich zwischen den Schaltern": "Balancing load between counters",
    "Fachliche Zuständigkeit": "Subject-matter responsibility",
    "Sprachkenntnisse der Sachbearbeitung": "Clerk's language skills",
    "Terminverlegung auf Wunsch": "Appointment moved on request",
    "Pflichtangabe": "required",
    "&Grund:": "&Reason:",
    "Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.":
        "An entry in state “{state}” cannot be reassigned.",
    "– beliebiger Schalter –": "– any counter –",
    "Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.":
        "Please give a reason: reassigning needs one.",
    "Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.":
        "Nothing changed: please choose another service point, counter, clerk or time.",
    "&Suchen:": "&Search:",
    "Name, Aktenzeichen, Buchungsnummer oder Wartenummer …": "Name, file number, booking reference or ticket …",
    "{n} Treffer für „{query}“": "{n} found for “{query}”",
    "Nichts gefunden für „{query}“.": "Nothing found for “{query}”.",
    "Alle Dienststellen": "All service points",
    "{m} min": "{m} min",
    "{h} h {m:02d} min": "{h} h {m:02d} min",
    "Am längsten wartet {ticket}.": "{ticket} has waited longest.",
    "nicht besetzt": "not staffed",
    "{name} (offline)": "{name} (offline)",
    "{time} ({minutes} min)": "{time} ({minutes} min)",
    "frei": "free",
    "Laut Vorgang (der Arbeitsplatz meldet sich nicht).": "According to the entry (the workstation does not report).",
    "&Umverteilen …": "&Reassign …",
    "Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).":
        "Assign the selected entry to another counter, clerk, service point or time (with a reason).",
    "&Aktualisieren": "&Refresh",
    "Dienststellen heute": "Service points today",
    "Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.": "Presence unreadable: staff according to entries.",
    "Vorgänge aller Dienststellen": "Entries of all service points",
    "Vorgänge: {name}": "Entries: {name}",
    "Schichtleitung – Übersicht {day}": "Shift lead – overview {day}",
    "{ticket} umverteilt: {where}.": "{ticket} reassigned: {where}.",
    "Familienname": "Family name",
    "Vorname(n)": "Given name(s)",
    "Geburtsdatum": "Date of birth",
    "Staatsangeh.": "Nationality",
    "Aktenzeichen": "File number",
    "Personen (eine Zeile je Person; Geburtsdatum TT.MM.JJJJ, 00 für unbekannt, z. B. 00.00.1990):":
        "People (one row per person; date of birth DD.MM.YYYY, 00 for unknown, e.g. 00.00.1990):",
    "+ Person": "+ Person",
    "− Person entfernen": "− Remove person",
    "Registrieren und Nummer drucken": "Register and print ticket",
    "— ohne Angabe —": "— not specified —",
    "Person {n}: {problem}": "Person {n}: {problem}",
    "Mindestens eine Person eintragen.": "Enter at least one person.",
    "Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, Umverteilen.":
        "The shift lead's overview: every service point and counter, reassigning.",
    "Statistik": "Statistics",
    "Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, Ausfallquote.":
        "The weekly statistics: appointments, attended, no-shows, no-show rate.",
    "Ausgabe": "Pickup",
    "Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang buchen.":
        "The document pickup desk: scan the pickup slip, hand out, record arrivals.",
    "Dokument bestellen …": "Order document …",
    "Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis bestellen; der Abholschein wird sofort gedruckt.":
        "Order an eAT or a travel document for a person of the entry in service; the pickup slip is printed at once.",
    "Terminbestätigung drucken": "Print appointment confirmation",
    "Die Terminbestätigung des gewählten gebuchten Termins drucken (in der Sprache der ersten Person).":
        "Print the confirmation of the selected booked appointment (in the first person's language).",
    "Quittung …": "Receipt …",
    "Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und drucken.":
        "Take the fees of the entry in service: issue and print a receipt.",
    "Letzte Quittung stornieren": "Cancel last receipt",
    "Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage).":
        "Reverse the selected entry's last receipt (with none selected: the one last issued here) with a cancellation receipt (after asking).",
    "Drucker …": "Printers …",
    "Den Drucker je Dokumentart wählen (für diese Sitzung).":
        "Choose the printer per document type (for this session).",
    "Druckaufträge": "Print jobs",
    "Druckaufträge ein- und ausblenden ({key})": "Show or hide the print jobs ({key})",
    "&Ansicht": "&View",
    "&Drucken": "&Print",
    "Ausländerbehörde – Schichtleitung": "Immigration office – shift lead",
    "Ausländerbehörde – Statistik": "Immigration office – statistics",
    "Ausländerbehörde – Dokumentenausgabe": "Immigration office – document pickup",
    "Die Wartenummer {ticket}": "Wait ticket {ticket}",
    "{what} konnte nicht gedruckt werden: {why}": "{what} could not be printed: {why}",
    " (Kopie)": " (copy)",
    "{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet ist (Menü Drucken → Drucker …): {path}":
        "{what}{copy} was saved as a PDF because no printer is set up (menu Print → Printers …): {path}",
    "{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe Druckaufträge.":
        "{what}{copy} was not printed ({printer}): {why} See print jobs.",
    "{what}{copy} geht an den Drucker {printer}.": "{what}{copy} is going to printer {printer}.",
    "Die Terminbestätigung {reference}": "Appointment confirmation {reference}",
    "Der Stornobeleg {number}": "Cancellation receipt {number}",
    "Die Quittung {number}": "Receipt {number}",
    "Quittung stornieren": "Cancel receipt",
    "Die Quittung {number} über {total} ({payer}) durch einen Stornobeleg aufheben?":
        "Reverse receipt {number} for {total} ({payer}) with a cancellation receipt?",
    "Wartenummern:": "Wait tickets:",
    "Bestätigungen und Abholscheine:": "Confirmations and pickup slips:",
    "Quittungen:": "Receipts:",
    "Wartenummern": "Wait tickets",
    "Bestätigungen": "Confirmations",
    "Quittungen": "Receipts",
    "{what}: {printer}": "{what}: {printer}",
    "als PDF speichern": "save as PDF",
    "Drucker wählen": "Choose printers",
    "Drucker je Dokumentart (gilt bis zum Beenden des Programms):":
        "Printer per document type (until the program is closed):",
    "Voreinstellung ({name})": "Default ({name})",
    "Nicht drucken, als PDF speichern": "Do not print, save as PDF",
    "Es ist kein Drucker eingerichtet. Dokumente werden als PDF gespeichert.":
        "No printer is set up. Documents are saved as PDFs.",
    "Quittung": "Receipt",
    "Gebühren für {ticket} (eine Zeile je Gebühr und Person):":
        "Fees for {ticket} (one row per fee and person):",
    "Person": "Person",
    "Gebühr": "Fee",
    "Minderjährig": "Minor",
    "Gebührenfrei, Grund": "Exempt, reason",
    "+ Gebühr": "+ Fee",
    "− Gebühr entfernen": "− Remove fee",
    "Zahlende Person:": "Payer:",
    "Bar": "Cash",
    "EC-Karte (girocard)": "Debit card (girocard)",
    "Zahlungsart:": "Payment method:",
    "Quittung ausstellen und drucken": "Issue and print receipt",
    "— Gebühr wählen —": "— choose a fee —",
    "leer: gebührenpflichtig": "empty: fee payable",
    "Zeile {n}: bitte eine Gebühr wählen.": "Row {n}: please choose a fee.",
    "Mindestens eine Gebühr eintragen.": "Enter at least one fee.",
    "Summe: —": "Total: —",
    "Summe: {amount}": "Total: {amount}",
    "Bitte den Namen der zahlenden Person angeben.": "Please enter the payer's name.",
    # shift lead board and statistics
    "Längste Wartezeit": "Longest wait",
    "Schalter besetzt": "Counters staffed",
    "Stelle": "Unit",
    "Mitarbeiter/in": "Staff member",
    "Seit": "Since",
    "Termine": "Appointments",
    "Ausfallquote": "No-show rate",
    "Vorsprachen ohne Termin": "Walk-ins",
    "Aufruf verpasst": "Missed call",
    "gegangen": "left",
    "storniert": "cancelled",
    "noch offen": "still open",
    "Mo": "Mon", "Di": "Tue", "Mi": "Wed", "Do": "Thu", "Fr": "Fri", "Sa": "Sat", "So": "Sun",
}


# -- Dokumentenausgabe (ui/pickup_view.py, ui/document_order_dialog.py) -----------------
EN.update({
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
})


# -- Texts of the Qt-free layers (ui/service_texts.py, context ServiceTexts) -------------
EN.update({
    'Aktion nicht möglich.':
        'Action not possible.',
    'Name der abholenden Person':
        'Name of the person collecting',
    '{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.':
        '{verb} is not possible: the entry is {state_de}.',
    'Keine Berechtigung für diese Aktion ({permission}).':
        'No permission for this action ({permission}).',
    'Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).':
        '{minutes} minutes late: check-in needs the late-arrival permission (shift lead).',
    'Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.':
        'Collection by another person only with a written power of attorney: please check and confirm it.',
    'Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).':
        'Can be called again from {until_local} (recall lock).',
    'Bitte einen Grund angeben.':
        'Please give a reason.',
    'Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.':
        '{minutes} minutes late: check-in only with a reason.',
    'Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.':
        'The appointment has not started yet; "no-show" is not possible yet.',
    'Der Termin ist für den {day} gebucht, nicht für heute.':
        'The appointment is booked for {day}, not for today.',
    'Für jede Person des Vorgangs ist ein Ergebnis nötig.':
        'Every person of the entry needs an outcome.',
    'Weiterleiten nur an eine andere Dienststelle.':
        'Forwarding only to another service point.',
    '{what} wurde nicht gefunden.':
        '{what} was not found.',
    'Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.':
        'Entry {ticket} was changed at another workstation meanwhile (now: {state_de}). Please check the display.',
    'Vorgang {ticket} wurde bereits an {counter} aufgerufen.':
        'Entry {ticket} has already been called at {counter}.',
    'Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.':
        'Document {reference} was changed at another workstation meanwhile (now: {state_de}). Please check the display.',
    'Niemand wartet auf einen Aufruf.':
        'Nobody is waiting to be called.',
    'Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).':
        'Not a valid pickup number: {length} digits expected ({length_read} characters read).',
    'Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.':
        'The check digit of pickup number {reference} is wrong: please scan again or compare the number digit by digit.',
    'Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.':
        'Please scan the barcode of the pickup slip or enter the pickup number.',
    'Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.':
        'Receipt {position} of {count} in the batch: {message} No receipt of the batch was issued.',
    'Nur Lesezugriff: {why}':
        'Read-only: {why}',
    '{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.':
        '{verb} is not possible: document {reference} is {state_de}.',
    'Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).':
        "The applicant is under {limit}: a parent collects the document (or a person with the parents' power of attorney).",
    'Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.':
        'The applicant is not under {limit}: a parent needs a power of attorney like anyone else.',
    'Bitte den Namen der abholenden Person angeben.':
        'Please give the name of the person collecting.',
    'Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.':
        'Document {reference} is ready for collection at {service_point}.',
    'Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.':
        'Document {reference} arrived only {days} days ago; documents are destroyed after {limit} days.',
    '{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.':
        '{what} is not possible: document {reference} is {state_de}.',
    'Die Datei wurde nicht importiert: {count} Fehler.':
        'The file was not imported: {count} errors.',
    'Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.':
        'Fee {fee_code} is not in the fee schedule on {day}.',
    'Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.':
        'Print job {job_id} is {status_de}; print again only as a copy.',
    'Quittungen sind in dieser Dienststelle ausgeschaltet.':
        'Receipts are switched off at this service point.',
    'Quittung {number} ist bereits storniert (Storno {by}).':
        'Receipt {number} is already cancelled (cancellation {by}).',
    'Quittung {number} ist selbst ein Storno und kann nicht storniert werden.':
        'Receipt {number} is itself a cancellation and cannot be cancelled.',
    'Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.':
        'The holding period for uncollected documents must be at least one day.',
    'Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).':
        'The document number has letters and digits only (at most 32 characters).',
    'Der Familienname fehlt.':
        'The family name is missing.',
    'Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.':
        'Nationality as a three-letter code (e.g. TUR), not {value}.',
    '{label} ist zu lang.':
        '{label} is too long.',
    '{label} enthält Steuerzeichen und wurde nicht gespeichert.':
        '{label} contains control characters and was not saved.',
    '{label} ist zu lang (höchstens {limit} Zeichen).':
        '{label} is too long (at most {limit} characters).',
    'Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).':
        'Date of birth not readable: {value} (expected DD.MM.YYYY, 00 for unknown).',
    'Kein Schalter gewählt.':
        'No counter selected.',
    'Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.':
        'The document was collected by another person: please give their name for the confirmation of receipt.',
    'Das Dokument wurde von der antragstellenden Person selbst abgeholt.':
        'The document was collected by the applicant in person.',
    'Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).':
        'Unknown document type (expected: eAT or travel document).',
    'Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.':
        'Person {applicant_id} is anonymised; no document can be ordered.',
    'An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.':
        'Documents are not handed out at reception; please choose a service point as the pickup place.',
    'Person {applicant_id} gehört nicht zum Vorgang {entry_id}.':
        'Person {applicant_id} does not belong to entry {entry_id}.',
    'Der Schalter gehört nicht zu dieser Dienststelle.':
        'The counter does not belong to this service point.',
    'Nur gebuchte Termine können verlegt werden.':
        'Only booked appointments can be moved.',
    'Vorgang {entry_id} gibt es nicht.':
        'Entry {entry_id} does not exist.',
    'Unbekannte Zahlungsart {method}.':
        'Unknown payment method {method}.',
    'Eine Quittung braucht mindestens eine Gebühr.':
        'A receipt needs at least one fee.',
    'Bitte den Namen des Zahlenden angeben.':
        "Please give the payer's name.",
    'Der Stapel enthält keine Quittung.':
        'The batch contains no receipt.',
    'Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.':
        'The key belongs to a single receipt, not to a batch.',
    'Mindestens eine Person ist nötig.':
        'At least one person is needed.',
    'Eine Person ist doppelt aufgeführt.':
        'A person is listed twice.',
    'Buchungsnummer {reference} ist schon vergeben.':
        'Booking reference {reference} is already taken.',
    'Familienname':
        'Family name',
    'Vorname':
        'Given name',
    'Aktenzeichen':
        'File number',
    'E-Mail':
        'E-mail',
    'Telefon':
        'Phone',
    'Sprache':
        'Language',
})


def fill(path: Path, table: dict[str, str] | None) -> list[str]:
    """Sets translations; ``table=None`` copies the source (the German .ts)."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
            continue
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def english_table(here: Path) -> dict[str, str]:
    """EN above plus every ``en_*.py`` beside this file (one per area of the UI, each
    with its own ``EN`` dict), so that parallel work adds texts without touching one list."""
    table = dict(EN)
    for extra in sorted(here.glob("en_*.py")):
        scope: dict = {}
        exec(compile(extra.read_text(encoding="utf-8"), str(extra), "exec"), scope)
        table.update(scope["EN"])
    return table


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    missing = fill(here / "desk_app_en.ts", english_table(here))
    fill(here / "desk_app_de.ts", None)
    for m in missing:
        print("missing English text:", m, file=sys.stderr)
    sys.exit(1 if missing else 0)
