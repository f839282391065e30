<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>Admin</name>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Mitarbeiter</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Arbeitsplatz</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objekt</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>von → nach</source>
        <translation>from → to</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Ticket oder Vorgangsnummer</source>
        <translation>Ticket or entry number</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>CSV exportieren …</source>
        <translation>Export CSV …</translation>
    </message>
    <message>
        <source>Vorgang</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>Protokoll als CSV speichern</source>
        <translation>Save the audit log as CSV</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {why}</source>
        <translation>Not saved: {why}</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Sachbearbeitung</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Infotheke</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Schichtleitung</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Dienststellen</source>
        <translation>Service points</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Präfix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Aufrufsperre (min)</source>
        <translation>Recall lock (min)</translation>
    </message>
    <message>
        <source>Max. Aufrufe</source>
        <translation>Max. calls</translation>
    </message>
    <message>
        <source>Suche beschränkt</source>
        <translation>Restricted search</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ticket-Präfix</source>
        <translation>Ticket prefix</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Hinweis statt Öffnungszeiten</source>
        <translation>Note instead of opening hours</translation>
    </message>
    <message>
        <source>Kulanzzeit bis Nicht erschienen (min)</source>
        <translation>Grace period until no-show (min)</translation>
    </message>
    <message>
        <source>Verspätung ohne Begründung (min)</source>
        <translation>Late without a reason (min)</translation>
    </message>
    <message>
        <source>Verspätung höchstens (min)</source>
        <translation>Late at most (min)</translation>
    </message>
    <message>
        <source>Aufrufe bis Verpasst</source>
        <translation>Calls until missed</translation>
    </message>
    <message>
        <source>Vorsprache-Versatz (min)</source>
        <translation>Walk-in offset (min)</translation>
    </message>
    <message>
        <source>Suche beschränkt (Need-to-know)</source>
        <translation>Restricted search (need-to-know)</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Dienstleistungen</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Dauer (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Mitzubringen (je Zeile)</source>
        <translation>What to bring (one per line)</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Angeboten von</source>
        <translation>Offered by</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Anzeigename</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Kennung (Anmeldename)</source>
        <translation>Login (sign-in name)</translation>
    </message>
    <message>
        <source>Beschränkte Dienststellen (Need-to-know)</source>
        <translation>Restricted service points (need-to-know)</translation>
    </message>
    <message>
        <source>Gebühren</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Betrag (EUR)</source>
        <translation>Amount (EUR)</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid to</translation>
    </message>
    <message>
        <source>Zuschlag</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Neuer Preis gültig ab</source>
        <translation>New price valid from</translation>
    </message>
    <message>
        <source>Mo</source>
        <extracomment>the weekdays' short names, registered for translation (shown via translate("Admin", day))</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>&amp;Verwaltung …</source>
        <translation>&amp;Administration …</translation>
    </message>
    <message>
        <source>Termine buchen</source>
        <translation>Book appointments</translation>
    </message>
    <message>
        <source>Einchecken</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Vorsprache ohne Termin</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Aufrufen</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Bestimmte Person aufrufen</source>
        <translation>Call a specific person</translation>
    </message>
    <message>
        <source>Bedienen</source>
        <translation>Serve</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Gegangen</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Wiederaufnehmen</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>Verspätete Ankunft</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <source>Umverteilen</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Alle Dienststellen sehen</source>
        <translation>See all service points</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Welche Rolle was darf. Die Datenbank setzt die Rollen zusätzlich durch (desk-app db roles).</source>
        <translation>Which role may do what. The database enforces the roles as well (desk-app db roles).</translation>
    </message>
    <message>
        <source>Berechtigungen</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Neu anlegen</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bearbeiten</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Aktivieren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Bitte die markierten Felder prüfen.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Stiller Alarm: {where} – seit {time}</source>
        <translation>Silent alarm: {where} – since {time}</translation>
    </message>
    <message>
        <source>Ihr Alarm: {status}</source>
        <translation>Your alarm: {status}</translation>
    </message>
    <message>
        <source>Bestätigen</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>AlarmCenter</name>
    <message>
        <source>Alarm wird gesendet …</source>
        <extracomment>the alarms this workstation shows changed the sender's status: (kind, text) with kind "sending", "sent", "acknowledged", "failed"</extracomment>
        <translation>Sending the alarm …</translation>
    </message>
    <message>
        <source>nicht gesendet — Notruf auslösen</source>
        <translation>not sent — call the emergency number</translation>
    </message>
    <message>
        <source>zugestellt</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>bestätigt von {name}</source>
        <translation>acknowledged by {name}</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Folgetermin …</source>
        <translation>Follow-up appointment …</translation>
    </message>
    <message>
        <source>Terminkalender …</source>
        <translation>Appointment calendar …</translation>
    </message>
    <message>
        <source>Termin verschieben …</source>
        <translation>Reschedule appointment …</translation>
    </message>
    <message>
        <source>Offene Abholtermine …</source>
        <translation>Pickups without appointment …</translation>
    </message>
    <message>
        <source>Nur ein gebuchter Termin lässt sich verschieben.</source>
        <translation>Only a booked appointment can be rescheduled.</translation>
    </message>
    <message>
        <source>Kein Vorgang mit Personen gewählt.</source>
        <translation>No entry with people selected.</translation>
    </message>
    <message>
        <source>Terminkalender</source>
        <translation>Appointment calendar</translation>
    </message>
    <message>
        <source>Abholtermin …</source>
        <translation>Pickup appointment …</translation>
    </message>
    <message>
        <source>Bestätigung per E-Mail an {address} gesendet</source>
        <translation>Confirmation sent by e-mail to {address}</translation>
    </message>
    <message>
        <source>Bestätigung NICHT per E-Mail gesendet ({address}): {reason} Die Buchung gilt; bitte die Bestätigung mitgeben oder per Post senden.</source>
        <translation>Confirmation NOT sent by e-mail ({address}): {reason} The booking stands; please hand over the confirmation or send it by post.</translation>
    </message>
    <message>
        <source>Fehler {kind}.</source>
        <translation>Error {kind}.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Warteschlangen von {counter}</source>
        <translation>Queues of {counter}</translation>
    </message>
    <message>
        <source>Gewicht 2 zu 1: zwei Aufrufe aus dieser Warteschlange je einem aus der anderen. Stufe 1: nur, wenn Stufe 0 leer ist. Wer 45 Minuten wartet, kommt vor.</source>
        <translation>Weight 2 to 1: two calls from this queue for each one from the other. Level 1: only when level 0 is empty. Whoever has waited 45 minutes goes first.</translation>
    </message>
    <message>
        <source>Eine einzelne Leistung ruft nur Personen mit dieser Leistung auf.</source>
        <translation>A single service calls only people with that service.</translation>
    </message>
    <message>
        <source>Dienststelle / Leistung</source>
        <translation>Service point / service</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Termin gebucht</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Termin gebucht (Kalender)</source>
        <translation>Appointment booked (calendar)</translation>
    </message>
    <message>
        <source>Ohne Termin aufgenommen</source>
        <translation>Walk-in registered</translation>
    </message>
    <message>
        <source>Termin verschoben</source>
        <translation>Appointment rescheduled</translation>
    </message>
    <message>
        <source>Tag geschlossen, Termine verlegt</source>
        <translation>Day closed, appointments moved</translation>
    </message>
    <message>
        <source>Zugewiesen</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Schalter-Warteschlangen geändert</source>
        <translation>Counter queues changed</translation>
    </message>
    <message>
        <source>Anwesenheit geändert</source>
        <translation>Presence changed</translation>
    </message>
    <message>
        <source>Personendaten ergänzt</source>
        <translation>Personal data completed</translation>
    </message>
    <message>
        <source>Dokument bestellt</source>
        <translation>Document ordered</translation>
    </message>
    <message>
        <source>Dokument eingetroffen</source>
        <translation>Document arrived</translation>
    </message>
    <message>
        <source>Dokument ausgehändigt</source>
        <translation>Document handed out</translation>
    </message>
    <message>
        <source>Dokument vernichtet</source>
        <translation>Document destroyed</translation>
    </message>
    <message>
        <source>Quittung ausgestellt</source>
        <translation>Receipt issued</translation>
    </message>
    <message>
        <source>Quittung storniert</source>
        <translation>Receipt cancelled</translation>
    </message>
    <message>
        <source>Nachdruck</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Druck umgeleitet</source>
        <translation>Print redirected</translation>
    </message>
    <message>
        <source>Druckstatus</source>
        <translation>Print status</translation>
    </message>
    <message>
        <source>Personendaten gelöscht (Aufbewahrungsfrist)</source>
        <translation>Personal data deleted (retention period)</translation>
    </message>
    <message>
        <source>Quittungen gelöscht (Aufbewahrungsfrist)</source>
        <translation>Receipts deleted (retention period)</translation>
    </message>
    <message>
        <source>Stiller Alarm ausgelöst</source>
        <translation>Silent alarm raised</translation>
    </message>
    <message>
        <source>Stiller Alarm quittiert</source>
        <translation>Silent alarm acknowledged</translation>
    </message>
    <message>
        <source>Hinweis der Aufrufanzeige geändert</source>
        <translation>Call display notice changed</translation>
    </message>
    <message>
        <source>Überbuchung geändert</source>
        <translation>Overbooking changed</translation>
    </message>
    <message>
        <source>Öffnungszeiten gespeichert</source>
        <translation>Opening hours saved</translation>
    </message>
    <message>
        <source>Sperrzeit angelegt</source>
        <translation>Blocked time added</translation>
    </message>
    <message>
        <source>Sperrzeit entfernt</source>
        <translation>Blocked time removed</translation>
    </message>
    <message>
        <source>Kapazität geladen</source>
        <translation>Capacity loaded</translation>
    </message>
    <message>
        <source>Zuordnungsregeln gespeichert</source>
        <translation>Routing rules saved</translation>
    </message>
    <message>
        <source>Verwaltung: angelegt</source>
        <translation>Administration: created</translation>
    </message>
    <message>
        <source>Verwaltung: geändert</source>
        <translation>Administration: changed</translation>
    </message>
    <message>
        <source>Verwaltung: aktiviert</source>
        <translation>Administration: activated</translation>
    </message>
    <message>
        <source>Verwaltung: deaktiviert</source>
        <translation>Administration: deactivated</translation>
    </message>
    <message>
        <source>Verwaltung: Gebühr geändert</source>
        <translation>Administration: fee changed</translation>
    </message>
    <message>
        <source>Verwaltung: Rechte geändert</source>
        <translation>Administration: permissions changed</translation>
    </message>
    <message>
        <source>Verwaltung: PIN gesetzt</source>
        <translation>Administration: PIN set</translation>
    </message>
    <message>
        <source>Verwaltung: PIN entfernt</source>
        <translation>Administration: PIN removed</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Lieferung der Bundesdruckerei erfassen</source>
        <translation>Record a delivery from the federal printer</translation>
    </message>
    <message>
        <source>Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe.</source>
        <translation>Scan each pickup slip barcode or pickup number: the arrival is booked at once. {key} returns to hand-out.</translation>
    </message>
    <message>
        <source>Liste leeren</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>… {ref}: wird gebucht</source>
        <translation>… {ref}: booking</translation>
    </message>
    <message>
        <source>Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}</source>
        <translation>Scanned: {n} · arrived: {ok} · problems: {bad}</translation>
    </message>
</context>
<context>
    <name>BlockedModel</name>
    <message>
        <source>Beginn</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ganze Dienststelle</source>
        <translation>whole service point</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Buchungsnummer</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Dienstleistung</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>◀ Vorwoche</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Folgewoche ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Unterlage fehlt</source>
        <translation>Document missing</translation>
    </message>
    <message>
        <source>Wunsch der Person</source>
        <translation>At the person's request</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Counter closed</translation>
    </message>
    <message>
        <source>Tag &amp;schließen …</source>
        <translation>&amp;Close a day …</translation>
    </message>
    <message>
        <source>Öffnungs&amp;zeiten …</source>
        <translation>Opening &amp;hours …</translation>
    </message>
    <message>
        <source>Überbuchung:</source>
        <translation>Overbooking:</translation>
    </message>
    <message>
        <source>{title} · {sp} · {booked} von {offered} Plätzen gebucht ({percent} %)</source>
        <translation>{title} · {sp} · {booked} of {offered} places booked ({percent} %)</translation>
    </message>
    <message>
        <source>Keine Termine in den letzten {weeks} Wochen: keine Ausfallquote gemessen.</source>
        <translation>No appointments in the last {weeks} weeks: no no-show rate measured.</translation>
    </message>
    <message>
        <source>Gemessene Ausfallquote der letzten {weeks} Wochen: {rate} % (empfohlen: {suggested} %). Mit {percent} % wären {turned} Personen abgewiesen und {empty} Plätze leer geblieben (ohne Überbuchung: {empty0} leer).</source>
        <translation>Measured no-show rate of the last {weeks} weeks: {rate} % (suggested: {suggested} %). With {percent} %, {turned} people would have been turned away and {empty} places left empty (without overbooking: {empty0} empty).</translation>
    </message>
    <message>
        <source>Buchung {reference} zum Verschieben gewählt: Zielzeit wählen, dann Strg+V.</source>
        <translation>Booking {reference} chosen to move: select the new time, then Ctrl+V.</translation>
    </message>
    <message>
        <source>Buchung {reference} verschoben.</source>
        <translation>Booking {reference} moved.</translation>
    </message>
    <message>
        <source>Neue Bestätigung gedruckt</source>
        <translation>New confirmation printed</translation>
    </message>
    <message>
        <source>Neue Bestätigung gespeichert: {path}</source>
        <translation>New confirmation saved: {path}</translation>
    </message>
    <message>
        <source>Kalenderdatei: {path}</source>
        <translation>Calendar file: {path}</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>Nummer</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Raum</source>
        <translation>Room</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Tag schließen: Termine verlegen</source>
        <translation>Close a day: move appointments</translation>
    </message>
    <message>
        <source>&amp;Dienststelle:</source>
        <translation>&amp;Service point:</translation>
    </message>
    <message>
        <source>&amp;Schalter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>z. B. Personalversammlung, Schalter defekt</source>
        <translation>e.g. staff meeting, counter out of order</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Der Tag (oder der Schalter) wird gesperrt; Termine, die dann keinen Platz mehr haben, gehen auf den nächsten freien Termin.</source>
        <translation>The day (or the counter) is blocked; appointments that no longer have a place move to the next free slot.</translation>
    </message>
    <message>
        <source>Termine &amp;verlegen</source>
        <translation>&amp;Move appointments</translation>
    </message>
    <message>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as C&amp;SV …</translation>
    </message>
    <message>
        <source>&amp;Liste drucken …</source>
        <translation>&amp;Print list …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ganze Dienststelle</source>
        <translation>Whole service point</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>{moved}, {not_moved}. {inform}</source>
        <translation>{moved}, {not_moved}. {inform}</translation>
    </message>
    <message numerus="yes">
        <source>%n Termine verlegt</source>
        <translation>
            <numerusform>%n appointment moved</numerusform>
            <numerusform>%n appointments moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ohne freien Termin (neu buchen)</source>
        <translation>
            <numerusform>%n without a free slot (book again)</numerusform>
            <numerusform>%n without a free slot (book again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zu benachrichtigen: %n Personen.</source>
        <translation>
            <numerusform>To inform: %n person.</numerusform>
            <numerusform>To inform: %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Liste als CSV speichern</source>
        <translation>Save list as CSV</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Die Datei ließ sich nicht speichern: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Zu benachrichtigen: {sp}, {counter}, {day}</source>
        <translation>To inform: {sp}, {counter}, {day}</translation>
    </message>
    <message>
        <source>Grund: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Personendaten ergänzen</source>
        <translation>Complete personal data</translation>
    </message>
    <message>
        <source>Keine offenen Hinweise.</source>
        <translation>No open hints.</translation>
    </message>
    <message>
        <source>{pattern}, 00 für unbekannt</source>
        <translation>{pattern}, 00 for unknown</translation>
    </message>
    <message>
        <source>z. B. TUR, Türkei oder türkisch</source>
        <translation>e.g. TUR, Türkei or türkisch</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Daten von {name} gespeichert.</source>
        <translation>Data of {name} saved.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>&amp;Dienststelle:</source>
        <extracomment>The service point or counter choice changed (service point id, counter id). Screen protocol: a message for the window's message bar (text, is_error).</extracomment>
        <translation>&amp;Service point:</translation>
    </message>
    <message>
        <source>S&amp;chalter:</source>
        <translation>C&amp;ounter:</translation>
    </message>
    <message>
        <source>Filtern: Name, Nummer, Aktenzeichen …</source>
        <translation>Filter: name, ticket, file number …</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Schalter</source>
        <translation>Immigration office – Counter</translation>
    </message>
    <message>
        <source>— kein Schalter —</source>
        <translation>— no counter —</translation>
    </message>
    <message>
        <source>Aufrufsperre {lock} · höchstens {calls} Aufrufe</source>
        <translation>Recall lock {lock} · at most {calls} calls</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <source>Datenbank</source>
        <extracomment>(settings value, label) for the password source; labels go through tr() in the group printers per document: (PrinterSettings field, label)</extracomment>
        <translation>Database</translation>
    </message>
    <message>
        <source>Eingebettet (nur dieser PC)</source>
        <translation>Embedded (this PC only)</translation>
    </message>
    <message>
        <source>PostgreSQL (gemeinsam für alle Arbeitsplätze)</source>
        <translation>PostgreSQL (shared by all workstations)</translation>
    </message>
    <message>
        <source>Passwortdatei (pgpass)</source>
        <translation>Password file (pgpass)</translation>
    </message>
    <message>
        <source>Schlüsselbund des Systems</source>
        <translation>The system's keyring</translation>
    </message>
    <message>
        <source>Single Sign-on (Windows-Anmeldung)</source>
        <translation>Single sign-on (Windows login)</translation>
    </message>
    <message>
        <source>wird nur im Schlüsselbund gespeichert</source>
        <translation>stored in the keyring only</translation>
    </message>
    <message>
        <source>Verbindung &amp;prüfen</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Passwort aus:</source>
        <translation>Password from:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Aufrufanzeige</source>
        <extracomment>the newest number's font size as a share of the window height (the brief: at least 1/8 for the digits; cap height is about 0.7 of the font size) calls older than this when they first appear (catch-up after a reconnect) are shown but not announced again the last calls' announcements and paint times kept (tests, benchmarks); a display runs all day, so nothing here may grow with the calls</extracomment>
        <translation>Call display</translation>
    </message>
    <message>
        <source>Aufruf</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Bitte gehen Sie zu</source>
        <translation>Please go to</translation>
    </message>
    <message>
        <source>Zuletzt aufgerufen</source>
        <translation>Recently called</translation>
    </message>
    <message>
        <source>Bitte achten Sie auf Ihre Nummer.</source>
        <translation>Please watch for your number.</translation>
    </message>
    <message>
        <source>{sp}: keine Wartezeit</source>
        <translation>{sp}: no waiting</translation>
    </message>
    <message>
        <source>{sp}: ca. {minutes} Min. Wartezeit</source>
        <translation>{sp}: about {minutes} min. wait</translation>
    </message>
    <message>
        <source>Geschlossen: {counters}</source>
        <translation>Closed: {counters}</translation>
    </message>
    <message>
        <source>Keine Verbindung zur Datenbank. Die Anzeige verbindet sich selbst wieder.</source>
        <translation>No connection to the database. The display reconnects by itself.</translation>
    </message>
    <message>
        <source>Keine Verbindung zur Datenbank – Stand {time} Uhr. Die Anzeige verbindet sich selbst wieder.</source>
        <translation>No connection to the database – as of {time}. The display reconnects by itself.</translation>
    </message>
</context>
<context>
    <name>DocumentOrderDialog</name>
    <message>
        <source>Dokument bestellen</source>
        <extracomment>The order was made (DocumentOrderView); the slip is printed afterwards. A message for the window: (text, is_error).</extracomment>
        <translation>Order document</translation>
    </message>
    <message>
        <source>Bei der Bundesdruckerei bestellen; der Abholschein wird sofort gedruckt.</source>
        <translation>Order from the federal printer; the pickup slip is printed at once.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Dokument:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>&amp;Abholort:</source>
        <translation>&amp;Pickup at:</translation>
    </message>
    <message>
        <source>Bestellen und Abholschein drucken</source>
        <translation>Order and print pickup slip</translation>
    </message>
    <message>
        <source>Bereits offen für diese Person:</source>
        <translation>Already open for this person:</translation>
    </message>
    <message>
        <source>{doc} für {name} bestellt: Abholnummer {ref}.</source>
        <translation>{doc} ordered for {name}: pickup number {ref}.</translation>
    </message>
    <message>
        <source>Bestellt. Der Abholschein wird gedruckt …</source>
        <translation>Ordered. The pickup slip is being printed …</translation>
    </message>
    <message>
        <source>{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der Dokumentenausgabe erneut drucken.</source>
        <translation>{ordered} The pickup slip could not be produced ({why}); please print it again on the document pickup screen.</translation>
    </message>
    <message>
        <source>Abholschein</source>
        <translation>Pickup slip</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>{what} konnte nicht gedruckt werden: {why}</source>
        <translation>{what} could not be printed: {why}</translation>
    </message>
    <message>
        <source> (Kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet ist (Menü Drucken → Drucker …): {path}</source>
        <translation>{what}{copy} was saved as a PDF because no printer is set up (menu Print → Printers …): {path}</translation>
    </message>
    <message>
        <source>{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe Druckaufträge.</source>
        <translation>{what}{copy} was not printed ({printer}): {why} See print jobs.</translation>
    </message>
    <message>
        <source>{what}{copy} geht an den Drucker {printer}.</source>
        <translation>{what}{copy} is going to printer {printer}.</translation>
    </message>
    <message>
        <source>Wartenummern:</source>
        <translation>Wait tickets:</translation>
    </message>
    <message>
        <source>Bestätigungen und Abholscheine:</source>
        <translation>Confirmations and pickup slips:</translation>
    </message>
    <message>
        <source>Quittungen:</source>
        <translation>Receipts:</translation>
    </message>
    <message>
        <source>Wartenummern</source>
        <translation>Wait tickets</translation>
    </message>
    <message>
        <source>Bestätigungen</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>Quittungen</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>{what}: {printer}</source>
        <translation>{what}: {printer}</translation>
    </message>
    <message>
        <source>als PDF speichern</source>
        <translation>save as PDF</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>{ticket}: {state}</source>
        <translation>{ticket}: {state}</translation>
    </message>
    <message>
        <source> an {counter}</source>
        <translation> at {counter}</translation>
    </message>
    <message>
        <source> – wartet jetzt bei {sp}</source>
        <translation> – now waiting at {sp}</translation>
    </message>
    <message>
        <source> (war bereits gespeichert)</source>
        <translation> (had already been saved)</translation>
    </message>
    <message>
        <source>Verspätet angekommen</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <source>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</source>
        <translation>Why is {ticket} taken in despite “No-show”?</translation>
    </message>
    <message>
        <source>Verspätung öffentlicher Nahverkehr</source>
        <translation>Public transport delay</translation>
    </message>
    <message>
        <source>Person war im Haus, falsche Etage</source>
        <translation>Was in the building, wrong floor</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>{ticket} ({names}) als „Nicht erschienen“ markieren?</source>
        <translation>Mark {ticket} ({names}) as “No-show”?</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Den Termin {ticket} ({names}) stornieren?</source>
        <translation>Cancel the appointment {ticket} ({names})?</translation>
    </message>
    <message>
        <source>Parken</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Warum wird {ticket} geparkt?</source>
        <translation>Why is {ticket} parked?</translation>
    </message>
    <message>
        <source>Kassenautomat</source>
        <translation>Pay machine</translation>
    </message>
    <message>
        <source>Passfoto-Automat</source>
        <translation>Photo booth</translation>
    </message>
    <message>
        <source>Unterlagen fehlen</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Verspätet</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Anliegen:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Service point:</translation>
    </message>
    <message>
        <source>Termin:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Wartet seit:</source>
        <translation>Waiting since:</translation>
    </message>
    <message>
        <source>Schalter:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>Aufrufe:</source>
        <translation>Calls:</translation>
    </message>
    <message>
        <source>Buchungsnr.:</source>
        <translation>Booking ref.:</translation>
    </message>
    <message>
        <source>Hinweis:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Datenqualität:</source>
        <translation>Data quality:</translation>
    </message>
    <message>
        <source>Kein Vorgang gewählt. Mit F5 die nächste Person aufrufen oder eine Zeile wählen.</source>
        <translation>No entry selected. Press F5 to call the next person, or select a row.</translation>
    </message>
    <message>
        <source>Az. {number}</source>
        <translation>File {number}</translation>
    </message>
    <message>
        <source>ohne Termin, angekommen {time}</source>
        <translation>walk-in, arrived {time}</translation>
    </message>
    <message>
        <source>(Aufrufsperre bis {time})</source>
        <translation>(recall lock until {time})</translation>
    </message>
    <message>
        <source>Geparkt: {r}</source>
        <translation>Parked: {r}</translation>
    </message>
    <message>
        <source>Verspätet: {r}</source>
        <translation>Late: {r}</translation>
    </message>
    <message>
        <source>vollständig</source>
        <translation>complete</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>das Passwort ist falsch</source>
        <translation>the password is wrong</translation>
    </message>
    <message>
        <source>der Benutzer ist unbekannt oder nicht zugelassen</source>
        <translation>the user is unknown or not allowed</translation>
    </message>
    <message>
        <source>diese Datenbank gibt es nicht</source>
        <translation>this database does not exist</translation>
    </message>
    <message>
        <source>keine Berechtigung für diese Datenbank</source>
        <translation>no permission for this database</translation>
    </message>
    <message>
        <source>Anmeldung an der Datenbank abgelehnt ({url}): {reason}. Bitte die IT verständigen.</source>
        <translation>The database refused the sign-in ({url}): {reason}. Please contact IT.</translation>
    </message>
    <message>
        <source>Die Datenbank-URL in den Einstellungen ist ungültig. Bitte die IT verständigen.</source>
        <translation>The database URL in the settings is not valid. Please contact IT.</translation>
    </message>
    <message>
        <source>Die Datenbank ist gerade belegt, bitte noch einmal versuchen. Die Aktion wurde nicht ausgeführt.</source>
        <translation>The database is busy right now, please try again. The action was not carried out.</translation>
    </message>
    <message>
        <source>Die Verbindung zur Datenbank ist beim Speichern abgebrochen ({url}). Die Aktion wurde möglicherweise schon ausgeführt. Erneut versuchen ist sicher: sie wird höchstens einmal ausgeführt.</source>
        <translation>The connection to the database was lost while saving ({url}). The action may already have been carried out. Trying again is safe: it is carried out at most once.</translation>
    </message>
    <message>
        <source>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</source>
        <translation>The database cannot be reached ({url}). Nothing was saved; please try again in a moment.</translation>
    </message>
    <message>
        <source>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</source>
        <translation>The database must be upgraded first. Please contact IT.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</source>
        <translation>Unexpected error ({kind}). The action was not carried out; details are in the log.</translation>
    </message>
    <message>
        <source>Diese Aktion</source>
        <translation>This action</translation>
    </message>
    <message>
        <source>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</source>
        <translation>“{verb}” is not possible: the entry is “{state}”.</translation>
    </message>
    <message>
        <source>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</source>
        <translation>Can be called again from {time} (recall lock).</translation>
    </message>
    <message>
        <source>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>{minutes} minutes late: check-in needs the late-arrival permission (shift lead).</translation>
    </message>
    <message>
        <source>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</source>
        <translation>{minutes} minutes late: check-in needs a reason.</translation>
    </message>
    <message>
        <source>Für diese Aktion fehlt die Berechtigung ({permission}).</source>
        <translation>You do not have the permission for this action ({permission}).</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</source>
        <translation>The appointment has not started yet: “No-show” is not possible yet.</translation>
    </message>
    <message>
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Every person of the entry needs an outcome.</translation>
    </message>
    <message>
        <source>Weiterleiten geht nur an eine andere Dienststelle.</source>
        <translation>An entry can only be forwarded to another service point.</translation>
    </message>
    <message>
        <source>Nicht gefunden: {what}.</source>
        <translation>Not found: {what}.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Entry {ticket} has already been called at {counter}.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Entry {ticket} was changed at another workstation meanwhile (now: {state}). The display has been updated.</translation>
    </message>
    <message>
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Nobody is waiting to be called.</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: {why}</source>
        <translation>Read-only: {why}</translation>
    </message>
    <message>
        <source>Eingabe prüfen: {message}</source>
        <translation>Please check the input: {message}</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Abschließen</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Ergebnis je Person für Vorgang {ticket}:</source>
        <translation>Outcome for each person of entry {ticket}:</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>desk_app einrichten</source>
        <translation>Set up desk_app</translation>
    </message>
    <message>
        <source>Erster Start an diesem Arbeitsplatz. Die Angaben werden in {path} gespeichert und lassen sich dort später ändern.</source>
        <translation>First start on this workstation. The settings are saved in {path} and can be changed there later.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Prüfe …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <source>Prüfung fehlgeschlagen.</source>
        <translation>The check failed.</translation>
    </message>
    <message>
        <source>Eingebettete Datenbank {url}: wird beim Start angelegt.</source>
        <translation>Embedded database {url}: created at start.</translation>
    </message>
    <message>
        <source>Verbunden: {url}</source>
        <translation>Connected: {url}</translation>
    </message>
    <message>
        <source>Die Datenbank {url} muss erst eingerichtet werden: die IT führt 'desk-app db upgrade' aus.</source>
        <translation>The database {url} must be set up first: IT runs 'desk-app db upgrade'.</translation>
    </message>
    <message>
        <source>Kein Passwort verfügbar: {detail}</source>
        <translation>No password available: {detail}</translation>
    </message>
    <message>
        <source>Die Datenbank ist nicht erreichbar ({url}): {detail}</source>
        <translation>The database cannot be reached ({url}): {detail}</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Arbeitsplatz angeben.</source>
        <translation>Please name this workstation.</translation>
    </message>
    <message>
        <source>Bitte die Adresse der PostgreSQL-Datenbank angeben.</source>
        <translation>Please enter the address of the PostgreSQL database.</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {error}</source>
        <translation>Not saved: {error}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Termin verschieben</source>
        <translation>Reschedule appointment</translation>
    </message>
    <message>
        <source>Abholtermin</source>
        <translation>Pickup appointment</translation>
    </message>
    <message>
        <source>Folgetermin</source>
        <translation>Follow-up appointment</translation>
    </message>
    <message>
        <source>&amp;Dienstleistung:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Nur diese &amp;Person (P)</source>
        <translation>This &amp;person only (P)</translation>
    </message>
    <message numerus="yes">
        <source>Ganze &amp;Familie, %n Personen (F)</source>
        <translation>
            <numerusform>The whole &amp;family, %n person (F)</numerusform>
            <numerusform>The whole &amp;family, %n people (F)</numerusform>
        </translation>
    </message>
    <message>
        <source>Für:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Unterlage fehlt</source>
        <translation>Document missing</translation>
    </message>
    <message>
        <source>Wunsch der Person</source>
        <translation>At the person's request</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Counter closed</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Taste 1 bis 9 oder 0 bucht den Termin der Zeile sofort; Eingabe bucht die markierte Zeile.</source>
        <translation>Keys 1 to 9 or 0 book that row's slot at once; Enter books the selected row.</translation>
    </message>
    <message>
        <source>&amp;Buchen</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>&amp;Verschieben</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Abholtermin für {name} (Dokument {reference})</source>
        <translation>Pickup appointment for {name} (document {reference})</translation>
    </message>
    <message>
        <source>Termin {reference} ({when}) verschieben für {names}</source>
        <translation>Reschedule appointment {reference} ({when}) for {names}</translation>
    </message>
    <message>
        <source>Folgetermin für {names}</source>
        <translation>Follow-up appointment for {names}</translation>
    </message>
    <message>
        <source>Keine freien Termine in den nächsten 8 Wochen.</source>
        <translation>No free slots in the next 8 weeks.</translation>
    </message>
    <message>
        <source>Verschoben auf {when}, Buchungsnummer {reference}</source>
        <translation>Moved to {when}, booking reference {reference}</translation>
    </message>
    <message>
        <source>Gebucht: {when}, Buchungsnummer {reference}</source>
        <translation>Booked: {when}, booking reference {reference}</translation>
    </message>
    <message>
        <source>Bestätigung gedruckt</source>
        <translation>Confirmation printed</translation>
    </message>
    <message>
        <source>Bestätigung gespeichert: {path}</source>
        <translation>Confirmation saved: {path}</translation>
    </message>
    <message>
        <source>Kalenderdatei: {path}</source>
        <translation>Calendar file: {path}</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Weiterleiten</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Vorgang {ticket} an eine andere Dienststelle weiterleiten? Die Wartenummer bleibt erhalten.</source>
        <translation>Forward entry {ticket} to another service point? The ticket number stays the same.</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Service point:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Grund:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Dokument aushändigen</source>
        <translation>Hand out document</translation>
    </message>
    <message>
        <source>{doc} {reference} für {name} (geb. {birth})</source>
        <translation>{doc} {reference} for {name} (born {birth})</translation>
    </message>
    <message>
        <source>Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder Fiktionsbescheinigung{pin}.</source>
        <translation>Please check: passport or substitute, the previous document or Fiktionsbescheinigung{pin}.</translation>
    </message>
    <message>
        <source>, PIN-Brief</source>
        <translation>, PIN letter</translation>
    </message>
    <message>
        <source>Wer holt ab?</source>
        <translation>Who is collecting?</translation>
    </message>
    <message>
        <source>Die antragstellende Person selbst</source>
        <translation>The applicant in person</translation>
    </message>
    <message>
        <source>Ein Elternteil (Kind unter {limit} Jahren)</source>
        <translation>A parent (child under {limit})</translation>
    </message>
    <message>
        <source>Eine andere Person (mit Vollmacht)</source>
        <translation>Another person (with power of attorney)</translation>
    </message>
    <message>
        <source>Die antragstellende Person ist unter {limit} Jahre alt.</source>
        <translation>The applicant is under {limit}.</translation>
    </message>
    <message>
        <source>Vor- und Familienname wie im Ausweis</source>
        <translation>Given and family name as in the ID</translation>
    </message>
    <message>
        <source>&amp;Name der abholenden Person:</source>
        <translation>&amp;Name of the person collecting:</translation>
    </message>
    <message>
        <source>Schriftliche &amp;Vollmacht liegt vor und wurde geprüft</source>
        <translation>Written power of &amp;attorney presented and checked</translation>
    </message>
    <message>
        <source>Aushändigen</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Öffnungszeiten: {name}</source>
        <translation>Opening hours: {name}</translation>
    </message>
    <message>
        <source>Öffnungszeiten (Terminangebot je Wochentag)</source>
        <translation>Opening hours (appointment offer per weekday)</translation>
    </message>
    <message>
        <source>alle Dienstleistungen</source>
        <translation>all services</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Beginn</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>&amp;Ende</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Minuten</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Zeile &amp;löschen</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>Endet &amp;um</source>
        <translation>Ends a&amp;t</translation>
    </message>
    <message>
        <source>Sch&amp;alter</source>
        <translation>C&amp;ounter</translation>
    </message>
    <message>
        <source>G&amp;rund</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Dienstleistung</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>S&amp;chalter</source>
        <translation>Cou&amp;nters</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Ä&amp;ndern</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>Öffnungszeiten &amp;speichern</source>
        <translation>Sa&amp;ve opening hours</translation>
    </message>
    <message>
        <source>Sperrzeiten (Dienstbesprechung, Schulung, Schalter zu)</source>
        <translation>Blocked times (staff meeting, training, counter closed)</translation>
    </message>
    <message>
        <source>ganze Dienststelle</source>
        <translation>whole service point</translation>
    </message>
    <message>
        <source>Dienstbesprechung</source>
        <translation>Staff meeting</translation>
    </message>
    <message>
        <source>Be&amp;ginn</source>
        <translation>Be&amp;gins</translation>
    </message>
    <message>
        <source>Sperrzeit hin&amp;zufügen</source>
        <translation>Add &amp;blocked time</translation>
    </message>
    <message>
        <source>Sperrzeit ent&amp;fernen</source>
        <translation>Remove blocked &amp;time</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Geändert, noch nicht gespeichert.</source>
        <translation>Changed, not saved yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n Öffnungszeiten gespeichert.</source>
        <translation>
            <numerusform>%n opening hours entry saved.</numerusform>
            <numerusform>%n opening hours entries saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sperrzeit gespeichert.</source>
        <translation>Blocked time saved.</translation>
    </message>
    <message>
        <source>Sperrzeit entfernt.</source>
        <translation>Blocked time removed.</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Minuten je Termin</source>
        <translation>Minutes per appointment</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Dienstleistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Buchungen importieren</source>
        <extracomment>the import was written (carries the ImportReport) a preview or an import finished (for tests and the status line)</extracomment>
        <translation>Import bookings</translation>
    </message>
    <message>
        <source>Keine Datei gewählt.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Zuordnungsdatei …</source>
        <translation>Mapping file …</translation>
    </message>
    <message>
        <source>Eine TOML-Datei, die Spalten und Werte eines anderen Exports zuordnet (sonst die üblichen Spaltennamen).</source>
        <translation>A TOML file that maps the columns and values of another export (otherwise the usual column names).</translation>
    </message>
    <message>
        <source>Alles oder nichts (bei einer fehlerhaften Zeile nichts importieren)</source>
        <translation>All or nothing (import nothing if a line is invalid)</translation>
    </message>
    <message>
        <source>Bitte eine Exportdatei (CSV oder .ics) wählen.</source>
        <translation>Please choose an export file (CSV or .ics).</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exportdatei wählen</source>
        <translation>Choose export file</translation>
    </message>
    <message>
        <source>Buchungsexporte (*.csv *.txt *.ics);;Alle Dateien (*)</source>
        <translation>Booking exports (*.csv *.txt *.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Zuordnungsdatei wählen</source>
        <translation>Choose mapping file</translation>
    </message>
    <message>
        <source>TOML (*.toml);;Alle Dateien (*)</source>
        <translation>TOML (*.toml);;All files (*)</translation>
    </message>
    <message>
        <source>Datei nicht lesbar: {name} ({why})</source>
        <translation>File not readable: {name} ({why})</translation>
    </message>
    <message>
        <source>Die Datei kann nicht importiert werden:</source>
        <translation>The file cannot be imported:</translation>
    </message>
    <message>
        <source>Vorschau: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt ({lines} Zeilen), {missing} fehlen in der Datei.</source>
        <translation>Preview: {new} new, {updated} changed, {unchanged} unchanged, {rejected} rejected ({lines} lines), {missing} missing from the file.</translation>
    </message>
    <message>
        <source>Alles oder nichts: es würde nichts importiert.</source>
        <translation>All or nothing: nothing would be imported.</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen kommen mit ihren Gründen in eine Datei neben der Exportdatei.</source>
        <translation>Rejected lines go, with their reasons, into a file next to the export file.</translation>
    </message>
    <message>
        <source>Importiert: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt.</source>
        <translation>Imported: {new} new, {updated} changed, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Nichts importiert: fehlerhafte Zeilen (alles oder nichts).</source>
        <translation>Nothing imported: invalid lines (all or nothing).</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen: {path}</source>
        <translation>Rejected lines: {path}</translation>
    </message>
    <message>
        <source>Die Datei der abgelehnten Zeilen konnte nicht geschrieben werden.</source>
        <translation>The file of rejected lines could not be written.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>nicht geändert</source>
        <translation>not changed</translation>
    </message>
    <message>
        <source>fehlt in der Datei</source>
        <translation>missing from the file</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Geändert, aber schon im Status {state}: wird nicht aktualisiert.</source>
        <translation>Changed, but already in state {state}: not updated.</translation>
    </message>
    <message>
        <source>{day} {time} {sp}: gespeichert, fehlt in der Datei (wird nicht gelöscht).</source>
        <translation>{day} {time} {sp}: stored, missing from the file (not deleted).</translation>
    </message>
    <message>
        <source>Zeit, Dienststelle, Dienstleistung oder Personen geändert.</source>
        <translation>Time, service point, service or people changed.</translation>
    </message>
    <message>
        <source>Neuer Termin.</source>
        <translation>New appointment.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Buchungsnr.</source>
        <translation>Booking ref.</translation>
    </message>
    <message>
        <source>Was geschieht</source>
        <translation>What happens</translation>
    </message>
</context>
<context>
    <name>IntakeFlags</name>
    <message>
        <source>Geburtsdatum fehlt</source>
        <translation>Date of birth missing</translation>
    </message>
    <message>
        <source>Geburtsdatum nur teilweise bekannt</source>
        <translation>Date of birth only partly known</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit fehlt</source>
        <translation>Nationality missing</translation>
    </message>
    <message>
        <source>E-Mail-Adresse ungültig (Schreibweise oder Domain)</source>
        <translation>E-mail address invalid (syntax or domain)</translation>
    </message>
    <message>
        <source>Telefonnummer nicht lesbar</source>
        <translation>Phone number cannot be read</translation>
    </message>
    <message>
        <source>Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)</source>
        <translation>Possibly recorded twice (same file number, or same name and date of birth)</translation>
    </message>
    <message>
        <source>Keine Kontaktdaten (weder E-Mail noch Telefon)</source>
        <translation>No contact data (neither e-mail nor phone)</translation>
    </message>
    <message>
        <source>Kein Aktenzeichen</source>
        <translation>No file number</translation>
    </message>
    <message>
        <source>E-Mail nicht zustellbar (Rückläufer): anrufen oder per Post</source>
        <translation>E-mail undeliverable (bounced): call or send by post</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Buchungsnr.</source>
        <translation>Booking ref.</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Dienstleistung</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Staatsang.</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Hints</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Termintag:</source>
        <extracomment>the shell is asked to show this screen (ui/screen.py) a load finished (for tests)</extracomment>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Nur Personen mit Hinweisen</source>
        <translation>Only people with hints</translation>
    </message>
    <message>
        <source>Daten ergänzen …</source>
        <translation>Complete data …</translation>
    </message>
    <message>
        <source>{people}, {flagged} mit Hinweisen</source>
        <translation>{people}, {flagged} with hints</translation>
    </message>
    <message numerus="yes">
        <source>%n Personen</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Buchungen importieren …</source>
        <translation>Import bookings …</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Einen Export des Buchungssystems (CSV oder .ics) importieren, mit Vorschau.</source>
        <translation>Import an export of the booking system (CSV or .ics), with a preview.</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Vorbereitung</source>
        <translation>Immigration office – Preparation</translation>
    </message>
    <message>
        <source>Vorbereitung: Termine am {day}</source>
        <translation>Preparation: appointments on {day}</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Person wählen.</source>
        <translation>Please select a person first.</translation>
    </message>
    <message>
        <source>Daten von {name} gespeichert.</source>
        <translation>Data of {name} saved.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Selbstanmeldung</source>
        <translation>Self check-in</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Gebucht</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Wartend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Aufgerufen</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>In Bearbeitung</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Geparkt</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Storniert</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Gegangen</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Verpasst</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Einchecken</source>
        <extracomment>A symbol per state, so that states differ by shape as well as by colour. Background colours chosen with clearly different relative luminance, so that they stay apart in greyscale (done 1.00, booked .91, waiting .82, called .69, parked .59, no-show .51, in service .45, missed .30); the text is always #111 on them (contrast 6:1 or better), and weight, italics and the symbol carry the state as well.</extracomment>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Verspätet angekommen</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <source>Diese Person aufrufen</source>
        <translation>Call this person</translation>
    </message>
    <message>
        <source>Erschienen</source>
        <translation>Appeared</translation>
    </message>
    <message>
        <source>Meldet sich nicht</source>
        <translation>Not answering</translation>
    </message>
    <message>
        <source>Wieder aufnehmen</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>Parken</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Fortsetzen</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Weiterleiten</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Die Person ist da: Wartenummer vergeben.</source>
        <translation>The person is here: issue a ticket.</translation>
    </message>
    <message>
        <source>Der Termin wurde nicht wahrgenommen.</source>
        <translation>The appointment was not kept.</translation>
    </message>
    <message>
        <source>Den Termin stornieren.</source>
        <translation>Cancel the appointment.</translation>
    </message>
    <message>
        <source>Doch noch gekommen (mit Begründung).</source>
        <translation>Came after all (with a reason).</translation>
    </message>
    <message>
        <source>Genau diese Person an diesen Schalter aufrufen.</source>
        <translation>Call exactly this person to this counter.</translation>
    </message>
    <message>
        <source>Die Person hat das Warten aufgegeben.</source>
        <translation>The person gave up waiting.</translation>
    </message>
    <message>
        <source>Die aufgerufene Person ist am Schalter.</source>
        <translation>The called person is at the counter.</translation>
    </message>
    <message>
        <source>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</source>
        <translation>Nobody came: back into the queue, with a recall lock.</translation>
    </message>
    <message>
        <source>Die Person ist wieder da.</source>
        <translation>The person is back.</translation>
    </message>
    <message>
        <source>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</source>
        <translation>Pause briefly (pay machine, photo booth, documents).</translation>
    </message>
    <message>
        <source>Zurück, vorn in der Warteschlange.</source>
        <translation>Back, at the front of the queue.</translation>
    </message>
    <message>
        <source>An eine andere Dienststelle weiterleiten.</source>
        <translation>Forward to another service point.</translation>
    </message>
    <message>
        <source>Abschließen, mit einem Ergebnis je Person.</source>
        <translation>Finish, with an outcome for each person.</translation>
    </message>
    <message>
        <source>Anliegen erledigt</source>
        <extracomment>One consistent scheme: F-keys for the counter's rhythm (call, appeared, not answering, finish, forward), Ctrl+letter for the rest, Ctrl+Shift for the actions that cost a person (they also ask for confirmation). The order of the actions in the entry panel.</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Dokument bestellt (eAT/Reiseausweis)</source>
        <translation>Document ordered (eAT/travel document)</translation>
    </message>
    <message>
        <source>Dokument ausgehändigt</source>
        <translation>Document handed out</translation>
    </message>
    <message>
        <source>Unterlagen unvollständig</source>
        <translation>Documents incomplete</translation>
    </message>
    <message>
        <source>Folgetermin nötig</source>
        <translation>Follow-up appointment needed</translation>
    </message>
    <message>
        <source>An andere Stelle verwiesen</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>Nicht zuständig</source>
        <translation>Not responsible</translation>
    </message>
    <message>
        <source>Keine Kontaktdaten (weder E-Mail noch Telefon)</source>
        <translation>No contact data (neither e-mail nor phone)</translation>
    </message>
    <message>
        <source>E-Mail-Adresse ungültig</source>
        <translation>Invalid e-mail address</translation>
    </message>
    <message>
        <source>Geburtsdatum nur teilweise bekannt</source>
        <translation>Date of birth only partly known</translation>
    </message>
    <message>
        <source>Geburtsdatum fehlt</source>
        <translation>Date of birth missing</translation>
    </message>
    <message>
        <source>Kein Aktenzeichen</source>
        <translation>No file number</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit fehlt</source>
        <translation>Nationality missing</translation>
    </message>
    <message>
        <source>Telefonnummer nicht lesbar</source>
        <translation>Phone number cannot be read</translation>
    </message>
    <message>
        <source>E-Mail nicht zustellbar (Rückläufer)</source>
        <translation>E-mail undeliverable (bounced)</translation>
    </message>
    <message>
        <source>Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)</source>
        <translation>Possibly recorded twice (same file number, or same name and date of birth)</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Aufgerufen / in Bearbeitung</source>
        <translation>Called / in service</translation>
    </message>
    <message>
        <source>Demo, lokal</source>
        <translation>Demo, local</translation>
    </message>
    <message>
        <source>im Speicher</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>lokal ({name})</source>
        <translation>local ({name})</translation>
    </message>
    <message>
        <source>{name} auf {host}</source>
        <translation>{name} on {host}</translation>
    </message>
    <message>
        <source>{m} Min.</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} Std.</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} Std. {m} Min.</source>
        <translation>{h} h {m} min</translation>
    </message>
</context>
<context>
    <name>LeadHooks</name>
    <message>
        <source>Stiller Alarm</source>
        <translation>Silent alarm</translation>
    </message>
    <message>
        <source>Alarmiert still die Schichtleitung und die benachbarten Schalter (ersetzt keinen Notrufknopf).</source>
        <translation>Silently alerts the shift leads and the neighbouring counters (does not replace a panic button).</translation>
    </message>
    <message>
        <source>Pause / Status …</source>
        <translation>Break / status …</translation>
    </message>
    <message>
        <source>Pause mit Grund, abwesend oder Schalter geschlossen; in der Pause ist kein Aufruf möglich.</source>
        <translation>Break with a reason, away, or counter closed; no calls during a break.</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Alle Tastenkürzel dieses Fensters.</source>
        <translation>Every keyboard shortcut of this window.</translation>
    </message>
    <message>
        <source>diesem Schalter</source>
        <translation>this counter</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Der stille Alarm ersetzt keinen Notrufknopf.</source>
        <translation>The silent alarm does not replace a panic button.</translation>
    </message>
</context>
<context>
    <name>LeadScreen</name>
    <message>
        <source>Ausländerbehörde – Schichtleitung</source>
        <extracomment>A text for the message bar: (text, is_error). An entry was reassigned here (the EntryView the service returned). refresh() finished (successfully or not).</extracomment>
        <translation>Immigration office – shift lead</translation>
    </message>
    <message>
        <source>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</source>
        <translation>Presence unreadable: staff according to entries.</translation>
    </message>
    <message>
        <source>Vorgänge aller Dienststellen</source>
        <translation>Entries of all service points</translation>
    </message>
    <message>
        <source>Vorgänge: {name}</source>
        <translation>Entries: {name}</translation>
    </message>
    <message>
        <source>Schichtleitung – Übersicht {day}</source>
        <translation>Shift lead – overview {day}</translation>
    </message>
    <message>
        <source>{ticket} umverteilt: {where}.</source>
        <translation>{ticket} reassigned: {where}.</translation>
    </message>
    <message>
        <source>{name} hat heute Nachmittag keine Vorgänge.</source>
        <translation>{name} has no entries this afternoon.</translation>
    </message>
    <message>
        <source>Nachmittag von {name}: {count} Vorgänge</source>
        <translation>Afternoon of {name}: {count} entries</translation>
    </message>
    <message>
        <source>{moved} verschoben. Nicht verschoben, weil inzwischen geändert: {tickets}.</source>
        <translation>{moved} moved. Not moved because changed meanwhile: {tickets}.</translation>
    </message>
    <message>
        <source>{moved} verschoben.</source>
        <translation>{moved} moved.</translation>
    </message>
    <message>
        <source>Warteschlangen gespeichert.</source>
        <translation>Queues saved.</translation>
    </message>
    <message>
        <source>Pause: {reason}</source>
        <translation>Break: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Abwesend</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Counter closed</translation>
    </message>
    <message>
        <source>Alle Dienststellen</source>
        <translation>All service points</translation>
    </message>
    <message>
        <source>{count} (ab {time})</source>
        <translation>{count} (from {time})</translation>
    </message>
    <message>
        <source>Am längsten wartet {ticket}.</source>
        <translation>{ticket} has waited longest.</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Wartend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Längste Wartezeit</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Aufgerufen</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>In Bearbeitung</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Geparkt</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Schalter besetzt</source>
        <translation>Counters staffed</translation>
    </message>
    <message>
        <source>Aufruf verpasst</source>
        <translation>Missed call</translation>
    </message>
    <message>
        <source>Termine nächste Stunde</source>
        <translation>Appointments next hour</translation>
    </message>
    <message>
        <source>Geschätzte Wartezeit</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>nicht besetzt</source>
        <translation>not staffed</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <source>frei</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mitarbeiter/in</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</source>
        <translation>According to the entry (the workstation does not report).</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>{time} ({duration})</source>
        <translation>{time} ({duration})</translation>
    </message>
    <message>
        <source>&amp;Umverteilen …</source>
        <translation>&amp;Reassign …</translation>
    </message>
    <message>
        <source>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</source>
        <translation>Assign the selected entry to another counter, clerk, service point or time (with a reason).</translation>
    </message>
    <message>
        <source>&amp;Verschieben …</source>
        <translation>&amp;Move …</translation>
    </message>
    <message>
        <source>Die gewählten Vorgänge auf andere Schalter oder Mitarbeitende verteilen (ein Grund für alle). Auch per Ziehen auf einen Schalter.</source>
        <translation>Spread the selected entries over other counters or staff (one reason for all). Also by dragging onto a counter.</translation>
    </message>
    <message>
        <source>&amp;Nachmittag verteilen …</source>
        <translation>Spread the &amp;afternoon …</translation>
    </message>
    <message>
        <source>Alle Vorgänge der Person am gewählten Schalter ab 12 Uhr verteilen.</source>
        <translation>Spread all entries of the person at the selected counter from 12:00 on.</translation>
    </message>
    <message>
        <source>S&amp;tatus …</source>
        <translation>S&amp;tatus …</translation>
    </message>
    <message>
        <source>Pause, abwesend oder geschlossen für den gewählten Schalter.</source>
        <translation>Break, away or closed for the selected counter.</translation>
    </message>
    <message>
        <source>&amp;Warteschlangen …</source>
        <translation>&amp;Queues …</translation>
    </message>
    <message>
        <source>Aus welchen Warteschlangen der gewählte Schalter aufruft, mit Gewichten.</source>
        <translation>Which queues the selected counter calls from, with weights.</translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Die Übersicht vollständig neu lesen.</source>
        <translation>Read the whole overview again.</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Dienststellen heute</source>
        <translation>Service points today</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>T</source>
        <translation>D</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>J</source>
        <translation>Y</translation>
    </message>
</context>
<context>
    <name>MailPoller</name>
    <message>
        <source>{0} neue Nachrichten aus dem Postfach gelesen.</source>
        <extracomment>a poll finished: the PollReport text, is_error (for the window's message bar)</extracomment>
        <translation>{0} new messages read from the mailbox.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ausländerbehörde – Schalter</source>
        <extracomment>The user closed the window; the composition root shuts down. The day picker changed (a datetime.date). The database became reachable (True) or not (False).</extracomment>
        <translation>Immigration office – Counter</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Die Ansicht für den Schalter.</source>
        <translation>The counter screen.</translation>
    </message>
    <message>
        <source>Infotheke</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</source>
        <translation>The reception screen: check-in for all service points.</translation>
    </message>
    <message>
        <source>Terminanfragen</source>
        <translation>Appointment requests</translation>
    </message>
    <message>
        <source>Die Terminanfragen aus dem Postfach als Arbeitsliste: zuordnen, nachfragen, Termin anbieten.</source>
        <translation>The appointment requests from the mailbox as a worklist: route, ask back, offer an appointment.</translation>
    </message>
    <message>
        <source>Ansicht</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Meldung schließen</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Arbeitsplatz: {name}</source>
        <translation>Workstation: {name}</translation>
    </message>
    <message>
        <source>Sachbearbeitung</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Schichtleitung</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <source>Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, Umverteilen.</source>
        <translation>The shift lead's overview: every service point and counter, reassigning.</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, Ausfallquote.</source>
        <translation>The weekly statistics: appointments, attended, no-shows, no-show rate.</translation>
    </message>
    <message>
        <source>Ausgabe</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang buchen.</source>
        <translation>The document pickup desk: scan the pickup slip, hand out, record arrivals.</translation>
    </message>
    <message>
        <source>Drucker …</source>
        <translation>Printers …</translation>
    </message>
    <message>
        <source>Den Drucker je Dokumentart wählen (für diese Sitzung).</source>
        <translation>Choose the printer per document type (for this session).</translation>
    </message>
    <message>
        <source>Druckaufträge</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <source>Druckaufträge ein- und ausblenden ({key})</source>
        <translation>Show or hide the print jobs ({key})</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Drucken</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Termine</source>
        <translation>&amp;Appointments</translation>
    </message>
    <message>
        <source>V&amp;erwaltung</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>Vorbereitung</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Die Termine von morgen mit Hinweisen zur Datenqualität: fehlende Angaben vor dem Tag ergänzen.</source>
        <translation>Tomorrow's appointments with data-quality hints: complete missing data before the day.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Angemeldet: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <source>Angemeldet: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Datenbank: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>● Nur Lesen</source>
        <translation>● Read-only</translation>
    </message>
    <message>
        <source>● Verbunden</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>○ Keine Verbindung</source>
        <translation>○ No connection</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: {why} Änderungen sind gesperrt.</source>
        <translation>Read-only: {why} Changes are locked.</translation>
    </message>
    <message>
        <source>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</source>
        <translation>No connection to the database. The display may be out of date and changes are locked. Reconnecting automatically.</translation>
    </message>
    <message>
        <source>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</source>
        <translation>The database is newer than this program; please update the program.</translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt.</source>
        <translation>The database is read-only.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Was:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Wohin (gleichmäßig verteilt):</source>
        <translation>Where to (spread evenly):</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Bitte mindestens ein Ziel wählen.</source>
        <translation>Please choose at least one target.</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Dokument:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Geburtsdatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Aktenzeichen:</source>
        <translation>File number:</translation>
    </message>
    <message>
        <source>Bestellt am:</source>
        <translation>Ordered on:</translation>
    </message>
    <message>
        <source>Eingetroffen am:</source>
        <translation>Arrived on:</translation>
    </message>
    <message>
        <source>Ausgehändigt am:</source>
        <translation>Handed out on:</translation>
    </message>
    <message>
        <source>Abgeholt von:</source>
        <translation>Collected by:</translation>
    </message>
    <message>
        <source>Dokumentennr.:</source>
        <translation>Document no.:</translation>
    </message>
    <message>
        <source>Abholort:</source>
        <translation>Pickup at:</translation>
    </message>
    <message>
        <source>Kein Dokument geöffnet. Abholschein scannen oder eine Zeile der Liste wählen.</source>
        <translation>No document open. Scan a pickup slip or select a row of the list.</translation>
    </message>
    <message>
        <source>der antragstellenden Person selbst</source>
        <translation>the applicant in person</translation>
    </message>
    <message>
        <source>Mitzubringen: Pass, bisheriges Dokument oder Fiktionsbescheinigung{pin}; bei Abholung durch andere Personen eine Vollmacht.</source>
        <translation>To bring: passport, the previous document or Fiktionsbescheinigung{pin}; a power of attorney if someone else collects.</translation>
    </message>
    <message>
        <source>, PIN-Brief</source>
        <translation>, PIN letter</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>({age} Jahre)</source>
        <translation>({age} years)</translation>
    </message>
    <message>
        <source>Kind unter {limit}: Abholung durch ein Elternteil</source>
        <translation>Child under {limit}: a parent collects</translation>
    </message>
</context>
<context>
    <name>PeopleToInformModel</name>
    <message>
        <source>Buchungsnummer</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <source>Namen</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Alter Termin</source>
        <translation>Old appointment</translation>
    </message>
    <message>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>PickupLabels</name>
    <message>
        <source>Bestellt</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Eingetroffen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Ausgehändigt</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>Storniert</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Vernichtet</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>eAT</source>
        <translation>eAT</translation>
    </message>
    <message>
        <source>Elektronischer Aufenthaltstitel (eAT)</source>
        <translation>Electronic residence permit (eAT)</translation>
    </message>
    <message>
        <source>Reiseausweis</source>
        <translation>Travel document</translation>
    </message>
</context>
<context>
    <name>PickupMessages</name>
    <message>
        <source>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</source>
        <translation>The check digit of pickup number {reference} is wrong: please scan again or compare the number digit by digit.</translation>
    </message>
    <message>
        <source>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {read} Zeichen).</source>
        <translation>Not a valid pickup number: {length} digits expected (read: {read} characters).</translation>
    </message>
    <message>
        <source>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</source>
        <translation>Please scan the barcode of the pickup slip or enter the pickup number.</translation>
    </message>
    <message>
        <source>Nicht gefunden: {what}.</source>
        <translation>Not found: {what}.</translation>
    </message>
    <message>
        <source>Abgelehnt: Abholung durch eine andere Person nur mit schriftlicher Vollmacht. Bitte die Vollmacht prüfen und bestätigen.</source>
        <translation>Refused: another person may collect only with a written power of attorney. Please check and confirm it.</translation>
    </message>
    <message>
        <source>Abgelehnt: die antragstellende Person ist unter {limit} Jahre alt. Das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</source>
        <translation>Refused: the applicant is under {limit}. A parent collects the document (or a person with the parents' power of attorney).</translation>
    </message>
    <message>
        <source>Abgelehnt: die antragstellende Person ist nicht unter {limit} Jahre alt. Ein Elternteil braucht eine Vollmacht wie jede andere Person.</source>
        <translation>Refused: the applicant is not under {limit}. A parent needs a power of attorney like anyone else.</translation>
    </message>
    <message>
        <source>Bitte den Namen der abholenden Person angeben.</source>
        <translation>Please give the name of the person collecting.</translation>
    </message>
    <message>
        <source>Falscher Abholort: das Dokument {reference} liegt bei {sp} zur Abholung bereit.</source>
        <translation>Wrong pickup point: document {reference} is ready for pickup at {sp}.</translation>
    </message>
    <message>
        <source>Das Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Document {reference} was changed at another workstation meanwhile (now: {state}). The display has been updated.</translation>
    </message>
    <message>
        <source>Nicht möglich: das Dokument {reference} hat den Status „{state}“.</source>
        <translation>Not possible: document {reference} is “{state}”.</translation>
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <source>Abholnummer</source>
        <translation>Pickup number</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Bestellt</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Eingetroffen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Liegt seit {days} Tagen bereit</source>
        <translation>Ready for {days} days</translation>
    </message>
</context>
<context>
    <name>PickupNeedsModel</name>
    <message>
        <source>Eingetroffen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Dokument-Nr.</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>PickupNeedsPanel</name>
    <message>
        <source>Noch ohne Abholtermin</source>
        <translation>No pickup appointment yet</translation>
    </message>
    <message>
        <source>&amp;Abholtermin buchen …</source>
        <translation>Book &amp;pickup appointment …</translation>
    </message>
    <message>
        <source>Noch ohne Abholtermin: {n}</source>
        <translation>No pickup appointment yet: {n}</translation>
    </message>
</context>
<context>
    <name>PickupNeedsWindow</name>
    <message>
        <source>Offene Abholtermine</source>
        <translation>Pickups without appointment</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>Aushändigen</source>
        <extracomment>Shortcuts of this screen. They act only while the focus is inside the screen (WidgetWithChildrenShortcut), and none of them is taken by the main window: hand-out sits next to the counter's F8 (finish).</extracomment>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>Das eingetroffene Dokument aushändigen und die Empfangsbestätigung drucken.</source>
        <translation>Hand out the arrived document and print the handover confirmation.</translation>
    </message>
    <message>
        <source>Eingang buchen</source>
        <translation>Book arrival</translation>
    </message>
    <message>
        <source>Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen.</source>
        <translation>The opened document has arrived from the federal printer.</translation>
    </message>
    <message>
        <source>Abholschein drucken</source>
        <translation>Print pickup slip</translation>
    </message>
    <message>
        <source>Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie).</source>
        <translation>Print the pickup slip of the opened document again (copy).</translation>
    </message>
    <message>
        <source>Empfangsbestätigung drucken</source>
        <translation>Print handover confirmation</translation>
    </message>
    <message>
        <source>Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken (Kopie).</source>
        <translation>Print the handover confirmation of the handed-out document again (copy).</translation>
    </message>
    <message>
        <source>Lieferung erfassen</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <source>Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der Lieferung.</source>
        <translation>Batch mode: every scan books the arrival of one document of the delivery.</translation>
    </message>
    <message>
        <source>&amp;Abholnummer:</source>
        <translation>&amp;Pickup number:</translation>
    </message>
    <message>
        <source>Barcode scannen oder 12 Ziffern eingeben, dann Enter</source>
        <translation>Scan the barcode or type the 12 digits, then Enter</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Dokumentenausgabe</source>
        <extracomment>A message for the clerk: (text, is_error). The opened order changed (DocumentOrderView or None).</extracomment>
        <translation>Immigration office – document pickup</translation>
    </message>
    <message>
        <source>Lieferung: Barcode scannen – der Eingang wird sofort gebucht</source>
        <translation>Delivery: scan the barcode – the arrival is booked at once</translation>
    </message>
    <message>
        <source>Dienststelle {id}</source>
        <translation>Service point {id}</translation>
    </message>
    <message>
        <source>keine Dienststelle gewählt</source>
        <translation>no service point selected</translation>
    </message>
    <message>
        <source>Dokumentenausgabe – {sp}</source>
        <translation>Document pickup – {sp}</translation>
    </message>
    <message>
        <source>Zur Abholung hier: {arrived} eingetroffen, {ordered} bestellt</source>
        <translation>For pickup here: {arrived} arrived, {ordered} ordered</translation>
    </message>
    <message>
        <source>Dieses Dokument wird bei {sp} ausgegeben, nicht hier.</source>
        <translation>This document is handed out at {sp}, not here.</translation>
    </message>
    <message>
        <source>{ref} an {who} ausgehändigt{replayed}.</source>
        <translation>{ref} handed out to {who}{replayed}.</translation>
    </message>
    <message>
        <source> (war bereits gespeichert)</source>
        <translation> (had already been saved)</translation>
    </message>
    <message>
        <source>Eingang gebucht. </source>
        <translation>Arrival booked. </translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <source>{what}: Druck an {printer} fehlgeschlagen ({error}). Siehe Druckaufträge.</source>
        <translation>{what}: printing on {printer} failed ({error}). See print jobs.</translation>
    </message>
    <message>
        <source>{what} als PDF gespeichert (kein Drucker eingerichtet): {path}</source>
        <translation>{what} saved as PDF (no printer set up): {path}</translation>
    </message>
    <message>
        <source>{what} an {printer} gesendet.</source>
        <translation>{what} sent to {printer}.</translation>
    </message>
    <message>
        <source>{what} erzeugt.</source>
        <translation>{what} produced.</translation>
    </message>
    <message>
        <source>Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung bereit, nicht hier.</source>
        <translation>Wrong pickup point: {ref} ({name}) is ready for pickup at {sp}, not here.</translation>
    </message>
    <message>
        <source>{ref} ({name}) liegt bereit: mit {key} aushändigen.</source>
        <translation>{ref} ({name}) is ready: press {key} to hand out.</translation>
    </message>
    <message>
        <source>{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).</source>
        <translation>{ref} ({name}) has not arrived yet (ordered on {date}).</translation>
    </message>
    <message>
        <source>{ref} ({name}) wurde bereits am {when} ausgehändigt.</source>
        <translation>{ref} ({name}) was already handed out on {when}.</translation>
    </message>
    <message>
        <source>{ref} ({name}): {state}. Nicht mehr auszuhändigen.</source>
        <translation>{ref} ({name}): {state}. Can no longer be handed out.</translation>
    </message>
    <message>
        <source>Empfangsbestätigung</source>
        <translation>Handover confirmation</translation>
    </message>
    <message>
        <source>Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit „Empfangsbestätigung drucken“ erneut versuchen.</source>
        <extracomment>orders whose handover confirmation failed: the next print is no copy</extracomment>
        <translation>The handover confirmation could not be produced: {why} Try again with “Print handover confirmation”.</translation>
    </message>
    <message>
        <source>{ref}: eingetroffen – {doc}, {name}</source>
        <translation>{ref}: arrived – {doc}, {name}</translation>
    </message>
    <message>
        <source>(Abholung bei {sp})</source>
        <translation>(pickup at {sp})</translation>
    </message>
    <message>
        <source>Der Abholschein konnte nicht erzeugt werden: {why}</source>
        <translation>The pickup slip could not be produced: {why}</translation>
    </message>
    <message>
        <source>Abholschein (Kopie)</source>
        <translation>Pickup slip (copy)</translation>
    </message>
    <message>
        <source>nicht gebucht</source>
        <translation>not booked</translation>
    </message>
    <message>
        <source>unbekannte Abholnummer</source>
        <translation>unknown pickup number</translation>
    </message>
    <message>
        <source>nicht gebucht: das Dokument ist nicht im Status „Bestellt“ (schon eingetroffen, storniert oder ausgehändigt)</source>
        <translation>not booked: the document is not “Ordered” (already arrived, cancelled or handed out)</translation>
    </message>
    <message>
        <source>Prüfziffer falsch – bitte noch einmal scannen</source>
        <translation>Wrong check digit – please scan again</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Status von {counter}</source>
        <translation>Status of {counter}</translation>
    </message>
    <message>
        <source>Am Schalter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Abwesend</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Counter closed</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Grund (bei Pause):</source>
        <translation>&amp;Reason (for a break):</translation>
    </message>
    <message>
        <source>Für eine Pause bitte einen Grund angeben.</source>
        <translation>Please give a reason for a break.</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Druckaufträge</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <source>Erneut senden</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Umleiten</source>
        <translation>Redirect</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Drucker</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wartet</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Gesendet</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Gedruckt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Fehlgeschlagen</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Hängt</source>
        <translation>Stuck</translation>
    </message>
    <message>
        <source>Wartemarke</source>
        <translation>Wait ticket</translation>
    </message>
    <message>
        <source>Abholschein</source>
        <translation>Pickup slip</translation>
    </message>
    <message>
        <source>Terminbestätigung</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>Empfangsbestätigung</source>
        <translation>Handover confirmation</translation>
    </message>
    <message>
        <source>Quittung</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Aktualisieren nicht möglich: {error}</source>
        <translation>Cannot refresh: {error}</translation>
    </message>
    <message>
        <source> (Kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source> ({n}. Versuch)</source>
        <translation> (attempt {n})</translation>
    </message>
    <message>
        <source> (und {n} weitere)</source>
        <translation> (and {n} more)</translation>
    </message>
    <message>
        <source>{status}: {what} auf {printer}{more}. {error}</source>
        <translation>{status}: {what} on {printer}{more}. {error}</translation>
    </message>
    <message>
        <source>Erneut gesendet</source>
        <translation>Sent again</translation>
    </message>
    <message>
        <source>Umgeleitet auf {printer}</source>
        <translation>Redirected to {printer}</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Drucker wählen</source>
        <extracomment>Marks the entry "as before": the settings or the system default.</extracomment>
        <translation>Choose printers</translation>
    </message>
    <message>
        <source>Drucker je Dokumentart (gilt bis zum Beenden des Programms):</source>
        <translation>Printer per document type (until the program is closed):</translation>
    </message>
    <message>
        <source>Voreinstellung ({name})</source>
        <translation>Default ({name})</translation>
    </message>
    <message>
        <source>als PDF speichern</source>
        <translation>save as PDF</translation>
    </message>
    <message>
        <source>Nicht drucken, als PDF speichern</source>
        <translation>Do not print, save as PDF</translation>
    </message>
    <message>
        <source>Es ist kein Drucker eingerichtet. Dokumente werden als PDF gespeichert.</source>
        <translation>No printer is set up. Documents are saved as PDFs.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrinterGroup</name>
    <message>
        <source>Drucker je Dokument</source>
        <translation>Printer per document</translation>
    </message>
    <message>
        <source>Wartemarken (Bondrucker):</source>
        <translation>Wait tickets (receipt printer):</translation>
    </message>
    <message>
        <source>Abholscheine und Bestätigungen:</source>
        <translation>Pickup slips and confirmations:</translation>
    </message>
    <message>
        <source>Quittungen:</source>
        <translation>Receipts:</translation>
    </message>
    <message>
        <source>Leer: der Standarddrucker des Systems</source>
        <translation>Empty: the system's default printer</translation>
    </message>
    <message>
        <source>Leer lassen: der Standarddrucker des Systems.</source>
        <translation>Leave empty for the system's default printer.</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Kein Schalter gewählt: bitte zuerst oben den Schalter wählen, dann mit F5 aufrufen.</source>
        <translation>No counter chosen: please choose the counter at the top first, then call with F5.</translation>
    </message>
    <message>
        <source>Nächste Person aufrufen</source>
        <translation>Call next person</translation>
    </message>
    <message>
        <source>Ruft die nächste wartende Person an diesen Schalter.</source>
        <translation>Calls the next waiting person to this counter.</translation>
    </message>
    <message>
        <source>Vorsprache ohne Termin</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</source>
        <translation>Register a person or family without an appointment and print the ticket.</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zum Such- bzw. Filterfeld springen.</source>
        <translation>Jump to the search or filter field.</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Die Warteschlange vollständig neu laden.</source>
        <translation>Reload the whole queue.</translation>
    </message>
    <message>
        <source>Dokument bestellen …</source>
        <translation>Order document …</translation>
    </message>
    <message>
        <source>Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis bestellen; der Abholschein wird sofort gedruckt.</source>
        <translation>Order an eAT or a travel document for a person of the entry in service; the pickup slip is printed at once.</translation>
    </message>
    <message>
        <source>Personendaten ergänzen …</source>
        <translation>Complete personal data …</translation>
    </message>
    <message>
        <source>Fehlende Angaben der Person des gewählten Vorgangs ergänzen (Geburtsdatum, Staatsangehörigkeit, Kontakt); der Hinweis verschwindet.</source>
        <translation>Complete the missing data of the selected entry's person (date of birth, nationality, contact); the hint disappears.</translation>
    </message>
    <message>
        <source>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</source>
        <translation>Someone is still at this counter: {who}. Call the next person anyway?</translation>
    </message>
    <message>
        <source>Trotzdem aufrufen</source>
        <translation>Call anyway</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Namen</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Wartet seit</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Aufrufe</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>ohne T. {time}</source>
        <extracomment>each column's sort value, in COL_* order (one function each: no dispatch per row)</extracomment>
        <translation>walk-in {time}</translation>
    </message>
    <message>
        <source>{time} (Termin {scheduled})</source>
        <translation>{time} (appt. {scheduled})</translation>
    </message>
    <message>
        <source>{time} ({duration})</source>
        <translation>{time} ({duration})</translation>
    </message>
    <message>
        <source>{count} · gesperrt</source>
        <translation>{count} · locked</translation>
    </message>
    <message>
        <source>Aufrufsperre bis {time} Uhr</source>
        <extracomment>each column's text, in COL_* order; None: the column depends on the clock (_LIVE_TEXTS)</extracomment>
        <translation>Recall lock until {time}</translation>
    </message>
    <message>
        <source>Vorsprache ohne Termin, angekommen um {time} Uhr</source>
        <translation>Walk-in, arrived at {time}</translation>
    </message>
    <message>
        <source>Geparkt: {reason}</source>
        <translation>Parked: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Umverteilen</source>
        <extracomment>Roles that work cases at a counter (the clerk list offers only these). OK with valid input: the keyword arguments for Desk.reassign (reason included).</extracomment>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</source>
        <translation>Reassign entry {ticket} ({names}, {state}). The state stays the same.</translation>
    </message>
    <message>
        <source>&amp;Dienststelle:</source>
        <translation>&amp;Service point:</translation>
    </message>
    <message>
        <source>&amp;Schalter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <source>– unverändert –</source>
        <translation>– unchanged –</translation>
    </message>
    <message>
        <source>S&amp;achbearbeitung:</source>
        <translation>C&amp;lerk:</translation>
    </message>
    <message>
        <source>Termin &amp;verlegen auf:</source>
        <translation>&amp;Move appointment to:</translation>
    </message>
    <message>
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Only booked appointments can be moved.</translation>
    </message>
    <message>
        <source>Schalter nicht besetzt</source>
        <translation>Counter not staffed</translation>
    </message>
    <message>
        <source>Lastausgleich zwischen den Schaltern</source>
        <translation>Balancing load between counters</translation>
    </message>
    <message>
        <source>Fachliche Zuständigkeit</source>
        <translation>Subject-matter responsibility</translation>
    </message>
    <message>
        <source>Sprachkenntnisse der Sachbearbeitung</source>
        <translation>Clerk's language skills</translation>
    </message>
    <message>
        <source>Terminverlegung auf Wunsch</source>
        <translation>Appointment moved on request</translation>
    </message>
    <message>
        <source>Pflichtangabe</source>
        <translation>required</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</source>
        <translation>An entry in state “{state}” cannot be reassigned.</translation>
    </message>
    <message>
        <source>– beliebiger Schalter –</source>
        <translation>– any counter –</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</source>
        <translation>Please give a reason: reassigning needs one.</translation>
    </message>
    <message>
        <source>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</source>
        <translation>Nothing changed: please choose another service point, counter, clerk or time.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Quittung</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Gebühren für {ticket} (eine Zeile je Gebühr und Person):</source>
        <translation>Fees for {ticket} (one row per fee and person):</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Minderjährig</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Gebührenfrei, Grund</source>
        <translation>Exempt, reason</translation>
    </message>
    <message>
        <source>+ Gebühr</source>
        <translation>+ Fee</translation>
    </message>
    <message>
        <source>− Gebühr entfernen</source>
        <translation>− Remove fee</translation>
    </message>
    <message>
        <source>Zahlende Person:</source>
        <translation>Payer:</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>EC-Karte (girocard)</source>
        <translation>Debit card (girocard)</translation>
    </message>
    <message>
        <source>Zahlungsart:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <source>Quittung ausstellen und drucken</source>
        <translation>Issue and print receipt</translation>
    </message>
    <message>
        <source>— Gebühr wählen —</source>
        <translation>— choose a fee —</translation>
    </message>
    <message>
        <source>leer: gebührenpflichtig</source>
        <translation>empty: fee payable</translation>
    </message>
    <message>
        <source>Zeile {n}: bitte eine Gebühr wählen.</source>
        <translation>Row {n}: please choose a fee.</translation>
    </message>
    <message>
        <source>Mindestens eine Gebühr eintragen.</source>
        <translation>Enter at least one fee.</translation>
    </message>
    <message>
        <source>Summe: —</source>
        <translation>Total: —</translation>
    </message>
    <message>
        <source>Summe: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>Bitte den Namen der zahlenden Person angeben.</source>
        <translation>Please enter the payer's name.</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Quittung …</source>
        <translation>Receipt …</translation>
    </message>
    <message>
        <source>Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und drucken.</source>
        <translation>Take the fees of the entry in service: issue and print a receipt.</translation>
    </message>
    <message>
        <source>Letzte Quittung stornieren</source>
        <translation>Cancel last receipt</translation>
    </message>
    <message>
        <source>Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage).</source>
        <translation>Reverse the selected entry's last receipt (with none selected: the one last issued here) with a cancellation receipt (after asking).</translation>
    </message>
    <message>
        <source>Der Stornobeleg {number}</source>
        <translation>Cancellation receipt {number}</translation>
    </message>
    <message>
        <source>Die Quittung {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>Quittung stornieren</source>
        <translation>Cancel receipt</translation>
    </message>
    <message>
        <source>Die Quittung {number} über {total} ({payer}) durch einen Stornobeleg aufheben?</source>
        <translation>Reverse receipt {number} for {total} ({payer}) with a cancellation receipt?</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Cancel appointment</translation>
    </message>
</context>
<context>
    <name>ReceptionScreen</name>
    <message>
        <source>&amp;Suchen:</source>
        <extracomment>The search text settled (after the debounce): run the search. Screen protocol: a message for the window's message bar (text, is_error).</extracomment>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, Aktenzeichen, Buchungsnummer oder Wartenummer …</source>
        <translation>Name, file number, booking reference or ticket …</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Infotheke</source>
        <translation>Immigration office – Reception</translation>
    </message>
    <message>
        <source>{n} Treffer für „{query}“</source>
        <translation>{n} found for “{query}”</translation>
    </message>
    <message>
        <source>Nichts gefunden für „{query}“.</source>
        <translation>Nothing found for “{query}”.</translation>
    </message>
    <message>
        <source>{sp}: ca. {wait}</source>
        <translation>{sp}: about {wait}</translation>
    </message>
    <message>
        <source>Wartezeit jetzt: {list}</source>
        <translation>Waiting now: {list}</translation>
    </message>
</context>
<context>
    <name>RequestFiguresModel</name>
    <message>
        <source>Kennzahl</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Verlängerung Aufenthaltstitel</source>
        <extracomment>the concerns' German labels (desk_app.domain.mail_requests.CONCERN_LABELS), for lupdate</extracomment>
        <translation>Extension of residence permit</translation>
    </message>
    <message>
        <source>Erteilung Aufenthaltstitel</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Ausgabe eAT</source>
        <translation>eAT handover</translation>
    </message>
    <message>
        <source>Reiseausweis</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <source>Verpflichtungserklärung</source>
        <translation>Declaration of commitment</translation>
    </message>
    <message>
        <source>Beschäftigungserlaubnis</source>
        <translation>Work permit</translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation>Toleration (Duldung)</translation>
    </message>
    <message>
        <source>Einbürgerung</source>
        <translation>Naturalisation</translation>
    </message>
    <message>
        <source>EU-Angelegenheit</source>
        <translation>EU matter</translation>
    </message>
    <message>
        <source>Einreise/Visum</source>
        <translation>Entry/visa</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>nicht zustellbar: anrufen oder per Post</source>
        <translation>undeliverable: call or send by post</translation>
    </message>
    <message>
        <source>falsch adressiert</source>
        <translation>misaddressed</translation>
    </message>
    <message>
        <source>erkannt, bitte prüfen</source>
        <translation>recognised, please check</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Fehlt</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Nachrichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Termin anbieten</source>
        <extracomment>proposed to the shell for switching to this screen</extracomment>
        <translation>Offer an appointment</translation>
    </message>
    <message>
        <source>Nachfragen</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Falsch adressiert</source>
        <translation>Misaddressed</translation>
    </message>
    <message>
        <source>Postfach abrufen</source>
        <translation>Read the mailbox</translation>
    </message>
    <message>
        <source>Termin anbieten (Enter)</source>
        <translation>Offer an appointment (Enter)</translation>
    </message>
    <message>
        <source>Nachfragen (F6)</source>
        <translation>Ask (F6)</translation>
    </message>
    <message>
        <source>Falsch adressiert (F7)</source>
        <translation>Misaddressed (F7)</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Terminanfragen</source>
        <translation>Immigration office – appointment requests</translation>
    </message>
    <message>
        <source>Kein Postfach für Antworten eingerichtet (Einstellungen [mail]): Anfragen weiterleiten geht, antworten nicht.</source>
        <translation>No mailbox set up for replies (settings [mail]): requests can be routed, not answered.</translation>
    </message>
    <message>
        <source>Anliegen: {0}</source>
        <translation>Concern: {0}</translation>
    </message>
    <message>
        <source>Dienststelle {0}: {1}</source>
        <translation>Service point {0}: {1}</translation>
    </message>
    <message>
        <source>Es fehlt: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <source>Aus dem Text erkannt (bitte prüfen): {0}</source>
        <translation>Recognised from the text (please check): {0}</translation>
    </message>
    <message>
        <source>Antwort nicht zustellbar: anrufen oder per Post</source>
        <translation>Reply undeliverable: call or send by post</translation>
    </message>
    <message>
        <source>Es fehlen Angaben: erst nachfragen (F6).</source>
        <translation>Details are missing: ask first (F6).</translation>
    </message>
    <message>
        <source>Termin gebucht und Bestätigung gesendet.</source>
        <translation>Appointment booked and confirmation sent.</translation>
    </message>
    <message>
        <source>Kein freier Termin in den nächsten Wochen.</source>
        <translation>No free appointment in the coming weeks.</translation>
    </message>
    <message>
        <source>Vorschlag: {0}, {1}. Enter bucht und sendet.</source>
        <translation>Proposal: {0}, {1}. Enter books and sends.</translation>
    </message>
    <message>
        <source>Nachfrage gesendet.</source>
        <translation>Request for details sent.</translation>
    </message>
    <message>
        <source>Dienststelle {0} bestätigt.</source>
        <translation>Service point {0} confirmed.</translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <source>Aktenzeichen beginnt mit</source>
        <translation>File number starts with</translation>
    </message>
    <message>
        <source>Formular-Kategorie</source>
        <translation>Form category</translation>
    </message>
    <message>
        <source>Wort im Anliegen</source>
        <translation>Word in the concern</translation>
    </message>
    <message>
        <source>Bitte ein Muster angeben.</source>
        <translation>Please enter a pattern.</translation>
    </message>
    <message>
        <source>Diese Dienststelle gibt es nicht.</source>
        <translation>This service point does not exist.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Text, Kategorie oder Aktenzeichen zum Ausprobieren</source>
        <translation>Text, category or file number to try</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ändern</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Eine Anfrage geht an die Dienststelle der ersten passenden Regel: erst Aktenzeichen, dann Formular-Kategorie, dann Wörter; innerhalb einer Art von oben nach unten.</source>
        <translation>A request goes to the service point of the first matching rule: file numbers first, then form categories, then words; within a kind from top to bottom.</translation>
    </message>
    <message>
        <source>Weiterleitung (Postfach)</source>
        <translation>Routing (mailbox)</translation>
    </message>
    <message>
        <source>Geändert: mit Speichern gelten die Regeln für neue Anfragen.</source>
        <translation>Changed: once saved, the rules apply to new requests.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>→ {0}: {1}</source>
        <translation>→ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <source>Aktion nicht möglich.</source>
        <translation>Action not possible.</translation>
    </message>
    <message>
        <source>{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.</source>
        <translation>{verb} is not possible: the entry is {state_de}.</translation>
    </message>
    <message>
        <source>Keine Berechtigung für diese Aktion ({permission}).</source>
        <translation>No permission for this action ({permission}).</translation>
    </message>
    <message>
        <source>Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>{minutes} minutes late: check-in needs the late-arrival permission (shift lead).</translation>
    </message>
    <message>
        <source>Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.</source>
        <translation>Collection by another person only with a written power of attorney: please check and confirm it.</translation>
    </message>
    <message>
        <source>Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).</source>
        <translation>Can be called again from {until_local} (recall lock).</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <source>Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.</source>
        <translation>{minutes} minutes late: check-in only with a reason.</translation>
    </message>
    <message>
        <source>Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.</source>
        <translation>The appointment has not started yet; "no-show" is not possible yet.</translation>
    </message>
    <message>
        <source>Der Termin ist für den {day} gebucht, nicht für heute.</source>
        <translation>The appointment is booked for {day}, not for today.</translation>
    </message>
    <message>
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Every person of the entry needs an outcome.</translation>
    </message>
    <message>
        <source>Weiterleiten nur an eine andere Dienststelle.</source>
        <translation>Forwarding only to another service point.</translation>
    </message>
    <message>
        <source>{what} wurde nicht gefunden.</source>
        <translation>{what} was not found.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</source>
        <translation>Entry {ticket} was changed at another workstation meanwhile (now: {state_de}). Please check the display.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Entry {ticket} has already been called at {counter}.</translation>
    </message>
    <message>
        <source>Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</source>
        <translation>Document {reference} was changed at another workstation meanwhile (now: {state_de}). Please check the display.</translation>
    </message>
    <message>
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Nobody is waiting to be called.</translation>
    </message>
    <message>
        <source>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).</source>
        <translation>Not a valid pickup number: {length} digits expected ({length_read} characters read).</translation>
    </message>
    <message>
        <source>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</source>
        <translation>The check digit of pickup number {reference} is wrong: please scan again or compare the number digit by digit.</translation>
    </message>
    <message>
        <source>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</source>
        <translation>Please scan the barcode of the pickup slip or enter the pickup number.</translation>
    </message>
    <message>
        <source>Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.</source>
        <translation>Receipt {position} of {count} in the batch: {message} No receipt of the batch was issued.</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: {why}</source>
        <translation>Read-only: {why}</translation>
    </message>
    <message>
        <source>{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</source>
        <translation>{verb} is not possible: document {reference} is {state_de}.</translation>
    </message>
    <message>
        <source>Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</source>
        <translation>The applicant is under {limit}: a parent collects the document (or a person with the parents' power of attorney).</translation>
    </message>
    <message>
        <source>Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.</source>
        <translation>The applicant is not under {limit}: a parent needs a power of attorney like anyone else.</translation>
    </message>
    <message>
        <source>Bitte den Namen der abholenden Person angeben.</source>
        <translation>Please give the name of the person collecting.</translation>
    </message>
    <message>
        <source>Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.</source>
        <translation>Document {reference} is ready for collection at {service_point}.</translation>
    </message>
    <message>
        <source>Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.</source>
        <translation>Document {reference} arrived only {days} days ago; documents are destroyed after {limit} days.</translation>
    </message>
    <message>
        <source>{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</source>
        <translation>{what} is not possible: document {reference} is {state_de}.</translation>
    </message>
    <message>
        <source>Die Datei wurde nicht importiert: {count} Fehler.</source>
        <translation>The file was not imported: {count} errors.</translation>
    </message>
    <message>
        <source>Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.</source>
        <translation>Fee {fee_code} is not in the fee schedule on {day}.</translation>
    </message>
    <message>
        <source>Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.</source>
        <translation>Print job {job_id} is {status_de}; print again only as a copy.</translation>
    </message>
    <message>
        <source>Quittungen sind in dieser Dienststelle ausgeschaltet.</source>
        <translation>Receipts are switched off at this service point.</translation>
    </message>
    <message>
        <source>Quittung {number} ist bereits storniert (Storno {by}).</source>
        <translation>Receipt {number} is already cancelled (cancellation {by}).</translation>
    </message>
    <message>
        <source>Quittung {number} ist selbst ein Storno und kann nicht storniert werden.</source>
        <translation>Receipt {number} is itself a cancellation and cannot be cancelled.</translation>
    </message>
    <message>
        <source>Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.</source>
        <translation>The holding period for uncollected documents must be at least one day.</translation>
    </message>
    <message>
        <source>Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).</source>
        <translation>The document number has letters and digits only (at most 32 characters).</translation>
    </message>
    <message>
        <source>Der Familienname fehlt.</source>
        <translation>The family name is missing.</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.</source>
        <translation>Nationality as a three-letter code (e.g. TUR), not {value}.</translation>
    </message>
    <message>
        <source>{label} ist zu lang.</source>
        <translation>{label} is too long.</translation>
    </message>
    <message>
        <source>{label} enthält Steuerzeichen und wurde nicht gespeichert.</source>
        <translation>{label} contains control characters and was not saved.</translation>
    </message>
    <message>
        <source>{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde nicht gespeichert.</source>
        <translation>{label} contains an invalid character (a lone UTF-16 surrogate) and was not saved.</translation>
    </message>
    <message>
        <source>{label} ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).</source>
        <translation>Date of birth not readable: {value} (expected DD.MM.YYYY, 00 for unknown).</translation>
    </message>
    <message>
        <source>Die Zuordnungsdatei ist fehlerhaft: {why}</source>
        <translation>The mapping file is invalid: {why}</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land oder Adjektiv wie türkisch).</source>
        <translation>Nationality not recognised: {value} (a code such as TUR, a country or an adjective such as türkisch).</translation>
    </message>
    <message>
        <source>Kein Schalter gewählt.</source>
        <translation>No counter selected.</translation>
    </message>
    <message>
        <source>Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.</source>
        <translation>The document was collected by another person: please give their name for the confirmation of receipt.</translation>
    </message>
    <message>
        <source>Das Dokument wurde von der antragstellenden Person selbst abgeholt.</source>
        <translation>The document was collected by the applicant in person.</translation>
    </message>
    <message>
        <source>Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).</source>
        <translation>Unknown document type (expected: eAT or travel document).</translation>
    </message>
    <message>
        <source>Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.</source>
        <translation>Person {applicant_id} is anonymised; no document can be ordered.</translation>
    </message>
    <message>
        <source>An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.</source>
        <translation>Documents are not handed out at reception; please choose a service point as the pickup place.</translation>
    </message>
    <message>
        <source>Person {applicant_id} gehört nicht zum Vorgang {entry_id}.</source>
        <translation>Person {applicant_id} does not belong to entry {entry_id}.</translation>
    </message>
    <message>
        <source>Der Schalter gehört nicht zu dieser Dienststelle.</source>
        <translation>The counter does not belong to this service point.</translation>
    </message>
    <message>
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Only booked appointments can be moved.</translation>
    </message>
    <message>
        <source>Vorgang {entry_id} gibt es nicht.</source>
        <translation>Entry {entry_id} does not exist.</translation>
    </message>
    <message>
        <source>Unbekannte Zahlungsart {method}.</source>
        <translation>Unknown payment method {method}.</translation>
    </message>
    <message>
        <source>Eine Quittung braucht mindestens eine Gebühr.</source>
        <translation>A receipt needs at least one fee.</translation>
    </message>
    <message>
        <source>Bitte den Namen des Zahlenden angeben.</source>
        <translation>Please give the payer's name.</translation>
    </message>
    <message>
        <source>Der Stapel enthält keine Quittung.</source>
        <translation>The batch contains no receipt.</translation>
    </message>
    <message>
        <source>Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.</source>
        <translation>The key belongs to a single receipt, not to a batch.</translation>
    </message>
    <message>
        <source>Mindestens eine Person ist nötig.</source>
        <translation>At least one person is needed.</translation>
    </message>
    <message>
        <source>Eine Person ist doppelt aufgeführt.</source>
        <translation>A person is listed twice.</translation>
    </message>
    <message>
        <source>Buchungsnummer {reference} ist schon vergeben.</source>
        <translation>Booking reference {reference} is already taken.</translation>
    </message>
    <message>
        <source>Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen.</source>
        <translation>The appointment {when} has been fully booked meanwhile: please choose another.</translation>
    </message>
    <message>
        <source>Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin.</source>
        <translation>There is no bookable slot at this time ({when}).</translation>
    </message>
    <message>
        <source>Der Termin {when} liegt in der Vergangenheit.</source>
        <translation>The appointment {when} is in the past.</translation>
    </message>
    <message>
        <source>Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de}).</source>
        <translation>Only booked appointments can be rescheduled (entry {reference}: {state_de}).</translation>
    </message>
    <message>
        <source>Für diese Dienststelle sind keine Termine eingerichtet.</source>
        <translation>No appointment slots are set up for this service point.</translation>
    </message>
    <message>
        <source>Die Überbuchung muss zwischen 0 und {limit} % liegen.</source>
        <translation>Overbooking must be between 0 and {limit} %.</translation>
    </message>
    <message>
        <source>Unbekannte Dienststelle im Bericht: {code}.</source>
        <translation>Unknown service point in the report: {code}.</translation>
    </message>
    <message>
        <source>Bericht-Layout „{name}“ gibt es nicht.</source>
        <translation>There is no report layout “{name}”.</translation>
    </message>
    <message>
        <source>Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).</source>
        <translation>Please give the layout a name (at most 100 characters).</translation>
    </message>
    <message>
        <source>Ein Layout braucht mindestens einen Block.</source>
        <translation>A layout needs at least one block.</translation>
    </message>
    <message>
        <source>Der Zeitraum endet vor seinem Beginn.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>Die Kalenderwoche {week} gibt es im Jahr {year} nicht.</source>
        <translation>Calendar week {week} does not exist in {year}.</translation>
    </message>
    <message>
        <source>Monat als JJJJ-MM angeben, z. B. 2021-08.</source>
        <translation>Give the month as YYYY-MM, e.g. 2021-08.</translation>
    </message>
    <message>
        <source>Woche als JJJJ-Www angeben, z. B. 2021-W34.</source>
        <translation>Give the week as YYYY-Www, e.g. 2021-W34.</translation>
    </message>
    <message>
        <source>Block als NAME=CODE,… oder NAME=-CODE,… angeben.</source>
        <translation>Give a block as NAME=CODE,… or NAME=-CODE,….</translation>
    </message>
    <message>
        <source>Unbekannte Kennzahl {name}: erlaubt sind {allowed}.</source>
        <translation>Unknown figure {name}: allowed are {allowed}.</translation>
    </message>
    <message>
        <source>Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn liegen, Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.</source>
        <translation>Opening hours {day} {opens}–{closes} invalid: the end must come after the begin, appointments 5 to 240 minutes long, 0 to 100 counters.</translation>
    </message>
    <message>
        <source>Eine Sperrzeit muss nach ihrem Beginn enden.</source>
        <translation>A blocked time must end after it begins.</translation>
    </message>
    <message>
        <source>Der Hinweis enthält Steuerzeichen.</source>
        <translation>The notice contains control characters.</translation>
    </message>
    <message>
        <source>Der Hinweis ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The notice is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Bitte die markierten Felder prüfen.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Anmeldung nicht möglich: {why}</source>
        <translation>Cannot sign in: {why}</translation>
    </message>
    <message>
        <source>Bitte die PIN eingeben.</source>
        <translation>Please enter the PIN.</translation>
    </message>
    <message>
        <source>Die PIN stimmt nicht.</source>
        <translation>The PIN is wrong.</translation>
    </message>
    <message>
        <source>Die Stammdaten-Datei wurde nicht importiert: {count} Fehler.</source>
        <translation>The reference data file was not imported: {count} errors.</translation>
    </message>
    <message>
        <source>Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.</source>
        <translation>{day} is over: only today or a later day can be closed.</translation>
    </message>
    <message>
        <source>Pflichtfeld.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Höchstens {limit} Zeichen.</source>
        <translation>At most {limit} characters.</translation>
    </message>
    <message>
        <source>Nur Großbuchstaben, Ziffern und _ (höchstens {limit} Zeichen).</source>
        <translation>Capital letters, digits and _ only (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Ein bis drei Großbuchstaben.</source>
        <translation>One to three capital letters.</translation>
    </message>
    <message>
        <source>Eine ganze Zahl von {low} bis {high}.</source>
        <translation>A whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Die Grenze muss größer als die Toleranz sein.</source>
        <translation>The limit must be greater than the tolerance.</translation>
    </message>
    <message>
        <source>Zeiten wie 07:30–12:00, 13:00–15:30 (leer: geschlossen).</source>
        <translation>Times like 07:30–12:00, 13:00–15:30 (empty: closed).</translation>
    </message>
    <message>
        <source>Unbekannte Rolle.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Unbekannte Berechtigung {value}.</source>
        <translation>Unknown permission {value}.</translation>
    </message>
    <message>
        <source>Kleinbuchstaben, Ziffern, . _ - (höchstens 63 Zeichen).</source>
        <translation>Lower-case letters, digits, . _ - (at most 63 characters).</translation>
    </message>
    <message>
        <source>Ein Betrag wie 100,00 (nicht negativ).</source>
        <translation>An amount like 100.00 (not negative).</translation>
    </message>
    <message>
        <source>Ein Datum TT.MM.JJJJ.</source>
        <translation>A date DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>Ein neuer Preis gilt frühestens ab heute ({today}); die Vergangenheit bleibt.</source>
        <translation>A new price starts today ({today}) at the earliest; the past stays as it was.</translation>
    </message>
    <message>
        <source>Ein neuer Preis muss nach dem letzten ({last}) beginnen.</source>
        <translation>A new price must start after the last one ({last}).</translation>
    </message>
    <message>
        <source>FEE oder SURCHARGE.</source>
        <translation>FEE or SURCHARGE.</translation>
    </message>
    <message>
        <source>Schon vergeben.</source>
        <translation>Already taken.</translation>
    </message>
    <message>
        <source>Unbekannt: {value}.</source>
        <translation>Unknown: {value}.</translation>
    </message>
    <message>
        <source>Vier bis zwölf Ziffern.</source>
        <translation>Four to twelve digits.</translation>
    </message>
    <message>
        <source>Der letzte aktive Administrator kann nicht deaktiviert werden.</source>
        <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
        <source>Aufruf nicht möglich: {counter} ist in der Pause ({reason}, seit {since}). Erst die Pause beenden.</source>
        <translation>Cannot call: {counter} is on a break ({reason}, since {since}). End the break first.</translation>
    </message>
    <message>
        <source>Aufruf nicht möglich: {counter} ist {state_de}.</source>
        <translation>Cannot call: {counter} is {state_de}.</translation>
    </message>
    <message>
        <source>Für eine Pause bitte einen Grund angeben.</source>
        <translation>Please give a reason for a break.</translation>
    </message>
    <message>
        <source>Der Alarm {alarm} wurde nicht gefunden.</source>
        <translation>Alarm {alarm} was not found.</translation>
    </message>
    <message>
        <source>Entweder einen Schalter oder eine Person wählen.</source>
        <translation>Choose either a counter or a person.</translation>
    </message>
    <message>
        <source>Das Gewicht muss mindestens 1 sein.</source>
        <translation>The weight must be at least 1.</translation>
    </message>
    <message>
        <source>Kein Ziel gewählt.</source>
        <translation>No target chosen.</translation>
    </message>
    <message>
        <source>Die Anfrage {request_id} gibt es nicht (mehr).</source>
        <translation>Request {request_id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Der Anfrage {request_id} fehlt nichts; es gibt nichts nachzufragen.</source>
        <translation>Request {request_id} is complete; there is nothing to ask for.</translation>
    </message>
    <message>
        <source>Das Postfach oder der Mailserver ist nicht erreichbar ({detail}).</source>
        <translation>The mailbox or the mail server cannot be reached ({detail}).</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Name der abholenden Person</source>
        <translation>Name of the person collecting</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Name des Zahlenden</source>
        <translation>Payer's name</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Grund der Gebührenbefreiung</source>
        <translation>Reason for the fee exemption</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>&amp;Sperren / Person wechseln</source>
        <extracomment>``take_over(signed)``: a different person signed in (set by the composition root)</extracomment>
        <translation>&amp;Lock / switch person</translation>
    </message>
    <message>
        <source>Arbeitsplatz gesperrt</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Kennung:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <source>Taste</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Freie Plätze</source>
        <translation>Free places</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Ausfallquote (Balken, %) und Wartezeit (Linien, Median und 90 %, min) je Woche</source>
        <translation>No-show rate (bars, %) and waiting time (lines, median and 90 %, min) per week</translation>
    </message>
    <message>
        <source>Termine</source>
        <extracomment>True on the total row</extracomment>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Erschienen</source>
        <translation>Appeared</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Ausfallquote</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <source>Vorsprachen ohne Termin</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>nach Nicht erschienen eingelassen</source>
        <translation>let in after no-show</translation>
    </message>
    <message>
        <source>Aufruf verpasst</source>
        <translation>Missed call</translation>
    </message>
    <message>
        <source>gegangen</source>
        <translation>left</translation>
    </message>
    <message>
        <source>storniert</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>weitergeleitet</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <source>noch offen</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Wartezeit Median (min)</source>
        <translation>Waiting median (min)</translation>
    </message>
    <message>
        <source>Wartezeit 90 % (min)</source>
        <translation>Waiting 90 % (min)</translation>
    </message>
    <message>
        <source>Bearbeitung Median (min)</source>
        <translation>Service median (min)</translation>
    </message>
    <message>
        <source>Bearbeitung 90 % (min)</source>
        <translation>Service 90 % (min)</translation>
    </message>
    <message>
        <source>Aufrufe je Vorgang</source>
        <translation>Calls per entry</translation>
    </message>
    <message>
        <source>Dokumente bestellt</source>
        <translation>Documents ordered</translation>
    </message>
    <message>
        <source>Dokumente ausgegeben</source>
        <translation>Documents handed out</translation>
    </message>
    <message>
        <source>{block} (Vorperiode)</source>
        <translation>{block} (previous period)</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>A text for the status bar: (text, is_error). load() finished (successfully or not).</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>◀ &amp;Zurück</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>Der Zeitraum davor</source>
        <translation>The period before</translation>
    </message>
    <message>
        <source>Ein Tag des gewünschten Zeitraums</source>
        <translation>Any day of the period you want</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Weiter ▶</source>
        <translation>&amp;Forward ▶</translation>
    </message>
    <message>
        <source>Alle Dienststellen</source>
        <translation>All service points</translation>
    </message>
    <message>
        <source>Gespeichertes Layout: Blöcke von Dienststellen (desk-app report-layout)</source>
        <translation>Saved layout: blocks of service points (desk-app report-layout)</translation>
    </message>
    <message>
        <source>Mit &amp;Vorperiode vergleichen</source>
        <translation>Compare with the &amp;previous period</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>&amp;PDF …</source>
        <translation>&amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;CSV …</source>
        <translation>&amp;CSV …</translation>
    </message>
    <message>
        <source>&amp;Excel …</source>
        <translation>&amp;Excel …</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Service point</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Nach Dienststelle</source>
        <translation>By service point</translation>
    </message>
    <message>
        <source>Nach Tag</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Nach Stunde (Personalplanung)</source>
        <translation>By hour (staff planning)</translation>
    </message>
    <message>
        <source>Terminanfragen</source>
        <translation>Appointment requests</translation>
    </message>
    <message>
        <source>Ausfallquote: Nicht erschienen ÷ Termine. Erschienen: eingecheckte Termine und Vorsprachen ohne Termin. Wartezeit: Einchecken bis erster Aufruf. Ein weitergeleiteter Vorgang zählt einmal, bei der Dienststelle, bei der er ankam.</source>
        <translation>No-show rate: no-shows ÷ appointments. Appeared: checked-in appointments and walk-ins. Waiting time: check-in to first call. A forwarded entry counts once, at the service point where it arrived.</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Statistik</source>
        <translation>Immigration office – statistics</translation>
    </message>
    <message>
        <source>KW {week}/{year}</source>
        <translation>CW {week}/{year}</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>, ohne {names}</source>
        <translation>, without {names}</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{start}–{end} Uhr</source>
        <translation>{start}–{end} h</translation>
    </message>
    <message>
        <source>KW {week}</source>
        <translation>CW {week}</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV-Dateien für Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistik speichern</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <source>Datei nicht gespeichert ({file}): {why}</source>
        <translation>File not saved ({file}): {why}</translation>
    </message>
    <message>
        <source>Statistik gespeichert: {file}</source>
        <translation>Statistics saved: {file}</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Wartenummer erneut drucken</source>
        <translation>Reprint ticket</translation>
    </message>
    <message>
        <source>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</source>
        <translation>Print the selected entry's ticket again (copy).</translation>
    </message>
    <message>
        <source>Terminbestätigung drucken</source>
        <translation>Print appointment confirmation</translation>
    </message>
    <message>
        <source>Die Terminbestätigung des gewählten gebuchten Termins drucken (in der Sprache der ersten Person).</source>
        <translation>Print the confirmation of the selected booked appointment (in the first person's language).</translation>
    </message>
    <message>
        <source>Vorsprache aufgenommen: {ticket} bei {sp}.</source>
        <translation>Walk-in registered: {ticket} at {sp}.</translation>
    </message>
    <message>
        <source>Die Wartenummer {ticket}</source>
        <translation>Wait ticket {ticket}</translation>
    </message>
    <message>
        <source>Die Terminbestätigung {reference}</source>
        <translation>Appointment confirmation {reference}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Vorsprache ohne Termin</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Service point:</translation>
    </message>
    <message>
        <source>Anliegen:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Personen (eine Zeile je Person; Geburtsdatum {pattern}, 00 für unbekannt, z. B. {example}):</source>
        <translation>People (one row per person; date of birth {pattern}, 00 for unknown, e.g. {example}):</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Staatsangeh.</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>+ Person</source>
        <translation>+ Person</translation>
    </message>
    <message>
        <source>− Person entfernen</source>
        <translation>− Remove person</translation>
    </message>
    <message>
        <source>Registrieren und Nummer drucken</source>
        <translation>Register and print ticket</translation>
    </message>
    <message>
        <source>— ohne Angabe —</source>
        <translation>— not specified —</translation>
    </message>
    <message>
        <source>Person {n}: {problem}</source>
        <translation>Person {n}: {problem}</translation>
    </message>
    <message>
        <source>Person {n}, {field}: {problem}</source>
        <translation>Person {n}, {field}: {problem}</translation>
    </message>
    <message>
        <source>Mindestens eine Person eintragen.</source>
        <translation>Enter at least one person.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>gesperrt</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>{booked}/{limit} · frei {free}</source>
        <translation>{booked}/{limit} · {free} free</translation>
    </message>
    <message>
        <source>Gesperrt: {reason}</source>
        <translation>Blocked: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkstationGroup</name>
    <message>
        <source>Arbeitsplatz</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Name des Arbeitsplatzes:</source>
        <translation>Workstation name:</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Service point:</translation>
    </message>
    <message>
        <source>Schalter:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche:</source>
        <translation>Interface language:</translation>
    </message>
</context>
</TS>