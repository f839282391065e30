"""English for the texts of the Qt-free layers that the UI translates (context
ServiceTexts: domain and service errors, document and state names). Merged by fill_en.py."""

EN = {
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
}
