<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name>Admin</name>
    <message>
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Mitarbeiter</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Arbeitsplatz</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Objekt</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>von → nach</source>
        <translation>von → nach</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Ticket oder Vorgangsnummer</source>
        <translation>Ticket oder Vorgangsnummer</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>CSV exportieren …</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Vorgang</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>von</source>
        <translation>von</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>Protokoll als CSV speichern</source>
        <translation>Protokoll als CSV speichern</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Sachbearbeitung</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Infotheke</source>
        <translation>Infotheke</translation>
    </message>
    <message>
        <source>Schichtleitung</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Dienststellen</source>
        <translation>Dienststellen</translation>
    </message>
    <message>
        <source>Kürzel</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Präfix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Aufrufsperre (min)</source>
        <translation>Aufrufsperre (min)</translation>
    </message>
    <message>
        <source>Max. Aufrufe</source>
        <translation>Max. Aufrufe</translation>
    </message>
    <message>
        <source>Suche beschränkt</source>
        <translation>Suche beschränkt</translation>
    </message>
    <message>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ticket-Präfix</source>
        <translation>Ticket-Präfix</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Öffnungszeiten</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Hinweis statt Öffnungszeiten</source>
        <translation>Hinweis statt Öffnungszeiten</translation>
    </message>
    <message>
        <source>Kulanzzeit bis Nicht erschienen (min)</source>
        <translation>Kulanzzeit bis Nicht erschienen (min)</translation>
    </message>
    <message>
        <source>Verspätung ohne Begründung (min)</source>
        <translation>Verspätung ohne Begründung (min)</translation>
    </message>
    <message>
        <source>Verspätung höchstens (min)</source>
        <translation>Verspätung höchstens (min)</translation>
    </message>
    <message>
        <source>Aufrufe bis Verpasst</source>
        <translation>Aufrufe bis Verpasst</translation>
    </message>
    <message>
        <source>Vorsprache-Versatz (min)</source>
        <translation>Vorsprache-Versatz (min)</translation>
    </message>
    <message>
        <source>Suche beschränkt (Need-to-know)</source>
        <translation>Suche beschränkt (Need-to-know)</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Raum</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Dienstleistungen</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Dauer (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Mitzubringen (je Zeile)</source>
        <translation>Mitzubringen (je Zeile)</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Angeboten von</source>
        <translation>Angeboten von</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Anzeigename</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Kennung (Anmeldename)</source>
        <translation>Kennung (Anmeldename)</translation>
    </message>
    <message>
        <source>Beschränkte Dienststellen (Need-to-know)</source>
        <translation>Beschränkte Dienststellen (Need-to-know)</translation>
    </message>
    <message>
        <source>Gebühren</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Betrag (EUR)</source>
        <translation>Betrag (EUR)</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation>gültig ab</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <source>Zuschlag</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <source>Neuer Preis gültig ab</source>
        <translation>Neuer Preis gültig ab</translation>
    </message>
    <message>
        <source>Mo</source>
        <extracomment>the weekdays' short names, registered for translation (shown via translate("Admin", day))</extracomment>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>So</source>
        <translation>So</translation>
    </message>
    <message>
        <source>geschlossen</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>&amp;Verwaltung …</source>
        <translation>&amp;Verwaltung …</translation>
    </message>
    <message>
        <source>Termine buchen</source>
        <translation>Termine buchen</translation>
    </message>
    <message>
        <source>Einchecken</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <source>Aufrufen</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>Bestimmte Person aufrufen</source>
        <translation>Bestimmte Person aufrufen</translation>
    </message>
    <message>
        <source>Bedienen</source>
        <translation>Bedienen</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Gegangen</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Wiederaufnehmen</source>
        <translation>Wiederaufnehmen</translation>
    </message>
    <message>
        <source>Verspätete Ankunft</source>
        <translation>Verspätete Ankunft</translation>
    </message>
    <message>
        <source>Umverteilen</source>
        <translation>Umverteilen</translation>
    </message>
    <message>
        <source>Alle Dienststellen sehen</source>
        <translation>Alle Dienststellen sehen</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Welche Rolle was darf. Die Datenbank setzt die Rollen zusätzlich durch (desk-app db roles).</source>
        <translation>Welche Rolle was darf. Die Datenbank setzt die Rollen zusätzlich durch (desk-app db roles).</translation>
    </message>
    <message>
        <source>Berechtigungen</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Deaktivieren</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Neu anlegen</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Bearbeiten</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Aktivieren</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Bitte die markierten Felder prüfen.</source>
        <translation>Bitte die markierten Felder prüfen.</translation>
    </message>
    <message>
        <source>Verwaltung</source>
        <translation>Verwaltung</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Stiller Alarm: {where} – seit {time}</source>
        <translation>Stiller Alarm: {where} – seit {time}</translation>
    </message>
    <message>
        <source>Ihr Alarm: {status}</source>
        <translation>Ihr Alarm: {status}</translation>
    </message>
    <message>
        <source>Bestätigen</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>AlarmCenter</name>
    <message>
        <source>Alarm wird gesendet …</source>
        <extracomment>the alarms this workstation shows changed the sender's status: (kind, text) with kind "sending", "sent", "acknowledged", "failed"</extracomment>
        <translation>Alarm wird gesendet …</translation>
    </message>
    <message>
        <source>nicht gesendet — Notruf auslösen</source>
        <translation>nicht gesendet — Notruf auslösen</translation>
    </message>
    <message>
        <source>zugestellt</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>bestätigt von {name}</source>
        <translation>bestätigt von {name}</translation>
    </message>
</context>
<context>
    <name>AppointmentBook</name>
    <message>
        <source>Folgetermin …</source>
        <translation>Folgetermin …</translation>
    </message>
    <message>
        <source>Terminkalender …</source>
        <translation>Terminkalender …</translation>
    </message>
    <message>
        <source>Termin verschieben …</source>
        <translation>Termin verschieben …</translation>
    </message>
    <message>
        <source>Offene Abholtermine …</source>
        <translation>Offene Abholtermine …</translation>
    </message>
    <message>
        <source>Nur ein gebuchter Termin lässt sich verschieben.</source>
        <translation>Nur ein gebuchter Termin lässt sich verschieben.</translation>
    </message>
    <message>
        <source>Kein Vorgang mit Personen gewählt.</source>
        <translation>Kein Vorgang mit Personen gewählt.</translation>
    </message>
    <message>
        <source>Terminkalender</source>
        <translation>Terminkalender</translation>
    </message>
    <message>
        <source>Abholtermin …</source>
        <translation>Abholtermin …</translation>
    </message>
    <message>
        <source>Bestätigung per E-Mail an {address} gesendet</source>
        <translation>Bestätigung per E-Mail an {address} gesendet</translation>
    </message>
    <message>
        <source>Bestätigung NICHT per E-Mail gesendet ({address}): {reason} Die Buchung gilt; bitte die Bestätigung mitgeben oder per Post senden.</source>
        <translation>Bestätigung NICHT per E-Mail gesendet ({address}): {reason} Die Buchung gilt; bitte die Bestätigung mitgeben oder per Post senden.</translation>
    </message>
    <message>
        <source>Fehler {kind}.</source>
        <translation>Fehler {kind}.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Warteschlangen von {counter}</source>
        <translation>Warteschlangen von {counter}</translation>
    </message>
    <message>
        <source>Gewicht 2 zu 1: zwei Aufrufe aus dieser Warteschlange je einem aus der anderen. Stufe 1: nur, wenn Stufe 0 leer ist. Wer 45 Minuten wartet, kommt vor.</source>
        <translation>Gewicht 2 zu 1: zwei Aufrufe aus dieser Warteschlange je einem aus der anderen. Stufe 1: nur, wenn Stufe 0 leer ist. Wer 45 Minuten wartet, kommt vor.</translation>
    </message>
    <message>
        <source>Eine einzelne Leistung ruft nur Personen mit dieser Leistung auf.</source>
        <translation>Eine einzelne Leistung ruft nur Personen mit dieser Leistung auf.</translation>
    </message>
    <message>
        <source>Dienststelle / Leistung</source>
        <translation>Dienststelle / Leistung</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Termin gebucht</source>
        <translation>Termin gebucht</translation>
    </message>
    <message>
        <source>Termin gebucht (Kalender)</source>
        <translation>Termin gebucht (Kalender)</translation>
    </message>
    <message>
        <source>Ohne Termin aufgenommen</source>
        <translation>Ohne Termin aufgenommen</translation>
    </message>
    <message>
        <source>Termin verschoben</source>
        <translation>Termin verschoben</translation>
    </message>
    <message>
        <source>Tag geschlossen, Termine verlegt</source>
        <translation>Tag geschlossen, Termine verlegt</translation>
    </message>
    <message>
        <source>Zugewiesen</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Schalter-Warteschlangen geändert</source>
        <translation>Schalter-Warteschlangen geändert</translation>
    </message>
    <message>
        <source>Anwesenheit geändert</source>
        <translation>Anwesenheit geändert</translation>
    </message>
    <message>
        <source>Personendaten ergänzt</source>
        <translation>Personendaten ergänzt</translation>
    </message>
    <message>
        <source>Dokument bestellt</source>
        <translation>Dokument bestellt</translation>
    </message>
    <message>
        <source>Dokument eingetroffen</source>
        <translation>Dokument eingetroffen</translation>
    </message>
    <message>
        <source>Dokument ausgehändigt</source>
        <translation>Dokument ausgehändigt</translation>
    </message>
    <message>
        <source>Dokument vernichtet</source>
        <translation>Dokument vernichtet</translation>
    </message>
    <message>
        <source>Quittung ausgestellt</source>
        <translation>Quittung ausgestellt</translation>
    </message>
    <message>
        <source>Quittung storniert</source>
        <translation>Quittung storniert</translation>
    </message>
    <message>
        <source>Nachdruck</source>
        <translation>Nachdruck</translation>
    </message>
    <message>
        <source>Druck umgeleitet</source>
        <translation>Druck umgeleitet</translation>
    </message>
    <message>
        <source>Druckstatus</source>
        <translation>Druckstatus</translation>
    </message>
    <message>
        <source>Personendaten gelöscht (Aufbewahrungsfrist)</source>
        <translation>Personendaten gelöscht (Aufbewahrungsfrist)</translation>
    </message>
    <message>
        <source>Quittungen gelöscht (Aufbewahrungsfrist)</source>
        <translation>Quittungen gelöscht (Aufbewahrungsfrist)</translation>
    </message>
    <message>
        <source>Stiller Alarm ausgelöst</source>
        <translation>Stiller Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Stiller Alarm quittiert</source>
        <translation>Stiller Alarm quittiert</translation>
    </message>
    <message>
        <source>Hinweis der Aufrufanzeige geändert</source>
        <translation>Hinweis der Aufrufanzeige geändert</translation>
    </message>
    <message>
        <source>Überbuchung geändert</source>
        <translation>Überbuchung geändert</translation>
    </message>
    <message>
        <source>Öffnungszeiten gespeichert</source>
        <translation>Öffnungszeiten gespeichert</translation>
    </message>
    <message>
        <source>Sperrzeit angelegt</source>
        <translation>Sperrzeit angelegt</translation>
    </message>
    <message>
        <source>Sperrzeit entfernt</source>
        <translation>Sperrzeit entfernt</translation>
    </message>
    <message>
        <source>Kapazität geladen</source>
        <translation>Kapazität geladen</translation>
    </message>
    <message>
        <source>Zuordnungsregeln gespeichert</source>
        <translation>Zuordnungsregeln gespeichert</translation>
    </message>
    <message>
        <source>Verwaltung: angelegt</source>
        <translation>Verwaltung: angelegt</translation>
    </message>
    <message>
        <source>Verwaltung: geändert</source>
        <translation>Verwaltung: geändert</translation>
    </message>
    <message>
        <source>Verwaltung: aktiviert</source>
        <translation>Verwaltung: aktiviert</translation>
    </message>
    <message>
        <source>Verwaltung: deaktiviert</source>
        <translation>Verwaltung: deaktiviert</translation>
    </message>
    <message>
        <source>Verwaltung: Gebühr geändert</source>
        <translation>Verwaltung: Gebühr geändert</translation>
    </message>
    <message>
        <source>Verwaltung: Rechte geändert</source>
        <translation>Verwaltung: Rechte geändert</translation>
    </message>
    <message>
        <source>Verwaltung: PIN gesetzt</source>
        <translation>Verwaltung: PIN gesetzt</translation>
    </message>
    <message>
        <source>Verwaltung: PIN entfernt</source>
        <translation>Verwaltung: PIN entfernt</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Lieferung der Bundesdruckerei erfassen</source>
        <translation>Lieferung der Bundesdruckerei erfassen</translation>
    </message>
    <message>
        <source>Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe.</source>
        <translation>Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe.</translation>
    </message>
    <message>
        <source>Liste leeren</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>… {ref}: wird gebucht</source>
        <translation>… {ref}: wird gebucht</translation>
    </message>
    <message>
        <source>Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}</source>
        <translation>Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}</translation>
    </message>
</context>
<context>
    <name>BlockedModel</name>
    <message>
        <source>Beginn</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>ganze Dienststelle</source>
        <translation>ganze Dienststelle</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <source>Buchungsnummer</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Anzahl</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Dienstleistung</source>
        <translation>Dienstleistung</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>◀ Vorwoche</source>
        <translation>◀ Vorwoche</translation>
    </message>
    <message>
        <source>Folgewoche ▶</source>
        <translation>Folgewoche ▶</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Unterlage fehlt</source>
        <translation>Unterlage fehlt</translation>
    </message>
    <message>
        <source>Wunsch der Person</source>
        <translation>Wunsch der Person</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Schalter geschlossen</translation>
    </message>
    <message>
        <source>Tag &amp;schließen …</source>
        <translation>Tag &amp;schließen …</translation>
    </message>
    <message>
        <source>Öffnungs&amp;zeiten …</source>
        <translation>Öffnungs&amp;zeiten …</translation>
    </message>
    <message>
        <source>Überbuchung:</source>
        <translation>Überbuchung:</translation>
    </message>
    <message>
        <source>{title} · {sp} · {booked} von {offered} Plätzen gebucht ({percent} %)</source>
        <translation>{title} · {sp} · {booked} von {offered} Plätzen gebucht ({percent} %)</translation>
    </message>
    <message>
        <source>Keine Termine in den letzten {weeks} Wochen: keine Ausfallquote gemessen.</source>
        <translation>Keine Termine in den letzten {weeks} Wochen: keine Ausfallquote gemessen.</translation>
    </message>
    <message>
        <source>Gemessene Ausfallquote der letzten {weeks} Wochen: {rate} % (empfohlen: {suggested} %). Mit {percent} % wären {turned} Personen abgewiesen und {empty} Plätze leer geblieben (ohne Überbuchung: {empty0} leer).</source>
        <translation>Gemessene Ausfallquote der letzten {weeks} Wochen: {rate} % (empfohlen: {suggested} %). Mit {percent} % wären {turned} Personen abgewiesen und {empty} Plätze leer geblieben (ohne Überbuchung: {empty0} leer).</translation>
    </message>
    <message>
        <source>Buchung {reference} zum Verschieben gewählt: Zielzeit wählen, dann Strg+V.</source>
        <translation>Buchung {reference} zum Verschieben gewählt: Zielzeit wählen, dann Strg+V.</translation>
    </message>
    <message>
        <source>Buchung {reference} verschoben.</source>
        <translation>Buchung {reference} verschoben.</translation>
    </message>
    <message>
        <source>Neue Bestätigung gedruckt</source>
        <translation>Neue Bestätigung gedruckt</translation>
    </message>
    <message>
        <source>Neue Bestätigung gespeichert: {path}</source>
        <translation>Neue Bestätigung gespeichert: {path}</translation>
    </message>
    <message>
        <source>Kalenderdatei: {path}</source>
        <translation>Kalenderdatei: {path}</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Raum</source>
        <translation>Raum</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Tag schließen: Termine verlegen</source>
        <translation>Tag schließen: Termine verlegen</translation>
    </message>
    <message>
        <source>&amp;Dienststelle:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <source>&amp;Schalter:</source>
        <translation>&amp;Schalter:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>z. B. Personalversammlung, Schalter defekt</source>
        <translation>z. B. Personalversammlung, Schalter defekt</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Der Tag (oder der Schalter) wird gesperrt; Termine, die dann keinen Platz mehr haben, gehen auf den nächsten freien Termin.</source>
        <translation>Der Tag (oder der Schalter) wird gesperrt; Termine, die dann keinen Platz mehr haben, gehen auf den nächsten freien Termin.</translation>
    </message>
    <message>
        <source>Termine &amp;verlegen</source>
        <translation>Termine &amp;verlegen</translation>
    </message>
    <message>
        <source>Als &amp;CSV speichern …</source>
        <translation>Als &amp;CSV speichern …</translation>
    </message>
    <message>
        <source>&amp;Liste drucken …</source>
        <translation>&amp;Liste drucken …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ganze Dienststelle</source>
        <translation>Ganze Dienststelle</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
        <source>{moved}, {not_moved}. {inform}</source>
        <translation>{moved}, {not_moved}. {inform}</translation>
    </message>
    <message numerus="yes">
        <source>%n Termine verlegt</source>
        <translation>
            <numerusform>%n Termin verlegt</numerusform>
            <numerusform>%n Termine verlegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ohne freien Termin (neu buchen)</source>
        <translation>
            <numerusform>%n ohne freien Termin (neu buchen)</numerusform>
            <numerusform>%n ohne freien Termin (neu buchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zu benachrichtigen: %n Personen.</source>
        <translation>
            <numerusform>Zu benachrichtigen: %n Person.</numerusform>
            <numerusform>Zu benachrichtigen: %n Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Liste als CSV speichern</source>
        <translation>Liste als CSV speichern</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Die Datei ließ sich nicht speichern: {error}</source>
        <translation>Die Datei ließ sich nicht speichern: {error}</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Zu benachrichtigen: {sp}, {counter}, {day}</source>
        <translation>Zu benachrichtigen: {sp}, {counter}, {day}</translation>
    </message>
    <message>
        <source>Grund: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Personendaten ergänzen</source>
        <translation>Personendaten ergänzen</translation>
    </message>
    <message>
        <source>Keine offenen Hinweise.</source>
        <translation>Keine offenen Hinweise.</translation>
    </message>
    <message>
        <source>{pattern}, 00 für unbekannt</source>
        <translation>{pattern}, 00 für unbekannt</translation>
    </message>
    <message>
        <source>z. B. TUR, Türkei oder türkisch</source>
        <translation>z. B. TUR, Türkei oder türkisch</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Daten von {name} gespeichert.</source>
        <translation>Daten von {name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>&amp;Dienststelle:</source>
        <extracomment>The service point or counter choice changed (service point id, counter id). Screen protocol: a message for the window's message bar (text, is_error).</extracomment>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <source>S&amp;chalter:</source>
        <translation>S&amp;chalter:</translation>
    </message>
    <message>
        <source>Filtern: Name, Nummer, Aktenzeichen …</source>
        <translation>Filtern: Name, Nummer, Aktenzeichen …</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Schalter</source>
        <translation>Ausländerbehörde – Schalter</translation>
    </message>
    <message>
        <source>— kein Schalter —</source>
        <translation>— kein Schalter —</translation>
    </message>
    <message>
        <source>Aufrufsperre {lock} · höchstens {calls} Aufrufe</source>
        <translation>Aufrufsperre {lock} · höchstens {calls} Aufrufe</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <source>Datenbank</source>
        <extracomment>(settings value, label) for the password source; labels go through tr() in the group printers per document: (PrinterSettings field, label)</extracomment>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Eingebettet (nur dieser PC)</source>
        <translation>Eingebettet (nur dieser PC)</translation>
    </message>
    <message>
        <source>PostgreSQL (gemeinsam für alle Arbeitsplätze)</source>
        <translation>PostgreSQL (gemeinsam für alle Arbeitsplätze)</translation>
    </message>
    <message>
        <source>Passwortdatei (pgpass)</source>
        <translation>Passwortdatei (pgpass)</translation>
    </message>
    <message>
        <source>Schlüsselbund des Systems</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Single Sign-on (Windows-Anmeldung)</source>
        <translation>Single Sign-on (Windows-Anmeldung)</translation>
    </message>
    <message>
        <source>wird nur im Schlüsselbund gespeichert</source>
        <translation>wird nur im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Verbindung &amp;prüfen</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Adresse:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Passwort aus:</source>
        <translation>Passwort aus:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Aufrufanzeige</source>
        <extracomment>the newest number's font size as a share of the window height (the brief: at least 1/8 for the digits; cap height is about 0.7 of the font size) calls older than this when they first appear (catch-up after a reconnect) are shown but not announced again the last calls' announcements and paint times kept (tests, benchmarks); a display runs all day, so nothing here may grow with the calls</extracomment>
        <translation>Aufrufanzeige</translation>
    </message>
    <message>
        <source>Aufruf</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Bitte gehen Sie zu</source>
        <translation>Bitte gehen Sie zu</translation>
    </message>
    <message>
        <source>Zuletzt aufgerufen</source>
        <translation>Zuletzt aufgerufen</translation>
    </message>
    <message>
        <source>Bitte achten Sie auf Ihre Nummer.</source>
        <translation>Bitte achten Sie auf Ihre Nummer.</translation>
    </message>
    <message>
        <source>{sp}: keine Wartezeit</source>
        <translation>{sp}: keine Wartezeit</translation>
    </message>
    <message>
        <source>{sp}: ca. {minutes} Min. Wartezeit</source>
        <translation>{sp}: ca. {minutes} Min. Wartezeit</translation>
    </message>
    <message>
        <source>Geschlossen: {counters}</source>
        <translation>Geschlossen: {counters}</translation>
    </message>
    <message>
        <source>Keine Verbindung zur Datenbank. Die Anzeige verbindet sich selbst wieder.</source>
        <translation>Keine Verbindung zur Datenbank. Die Anzeige verbindet sich selbst wieder.</translation>
    </message>
    <message>
        <source>Keine Verbindung zur Datenbank – Stand {time} Uhr. Die Anzeige verbindet sich selbst wieder.</source>
        <translation>Keine Verbindung zur Datenbank – Stand {time} Uhr. Die Anzeige verbindet sich selbst wieder.</translation>
    </message>
</context>
<context>
    <name>DocumentOrderDialog</name>
    <message>
        <source>Dokument bestellen</source>
        <extracomment>The order was made (DocumentOrderView); the slip is printed afterwards. A message for the window: (text, is_error).</extracomment>
        <translation>Dokument bestellen</translation>
    </message>
    <message>
        <source>Bei der Bundesdruckerei bestellen; der Abholschein wird sofort gedruckt.</source>
        <translation>Bei der Bundesdruckerei bestellen; der Abholschein wird sofort gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Dokument:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>&amp;Abholort:</source>
        <translation>&amp;Abholort:</translation>
    </message>
    <message>
        <source>Bestellen und Abholschein drucken</source>
        <translation>Bestellen und Abholschein drucken</translation>
    </message>
    <message>
        <source>Bereits offen für diese Person:</source>
        <translation>Bereits offen für diese Person:</translation>
    </message>
    <message>
        <source>{doc} für {name} bestellt: Abholnummer {ref}.</source>
        <translation>{doc} für {name} bestellt: Abholnummer {ref}.</translation>
    </message>
    <message>
        <source>Bestellt. Der Abholschein wird gedruckt …</source>
        <translation>Bestellt. Der Abholschein wird gedruckt …</translation>
    </message>
    <message>
        <source>{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der Dokumentenausgabe erneut drucken.</source>
        <translation>{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der Dokumentenausgabe erneut drucken.</translation>
    </message>
    <message>
        <source>Abholschein</source>
        <translation>Abholschein</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>{what} konnte nicht gedruckt werden: {why}</source>
        <translation>{what} konnte nicht gedruckt werden: {why}</translation>
    </message>
    <message>
        <source> (Kopie)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet ist (Menü Drucken → Drucker …): {path}</source>
        <translation>{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet ist (Menü Drucken → Drucker …): {path}</translation>
    </message>
    <message>
        <source>{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe Druckaufträge.</source>
        <translation>{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe Druckaufträge.</translation>
    </message>
    <message>
        <source>{what}{copy} geht an den Drucker {printer}.</source>
        <translation>{what}{copy} geht an den Drucker {printer}.</translation>
    </message>
    <message>
        <source>Wartenummern:</source>
        <translation>Wartenummern:</translation>
    </message>
    <message>
        <source>Bestätigungen und Abholscheine:</source>
        <translation>Bestätigungen und Abholscheine:</translation>
    </message>
    <message>
        <source>Quittungen:</source>
        <translation>Quittungen:</translation>
    </message>
    <message>
        <source>Wartenummern</source>
        <translation>Wartenummern</translation>
    </message>
    <message>
        <source>Bestätigungen</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Quittungen</source>
        <translation>Quittungen</translation>
    </message>
    <message>
        <source>{what}: {printer}</source>
        <translation>{what}: {printer}</translation>
    </message>
    <message>
        <source>als PDF speichern</source>
        <translation>als PDF speichern</translation>
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
        <translation> an {counter}</translation>
    </message>
    <message>
        <source> – wartet jetzt bei {sp}</source>
        <translation> – wartet jetzt bei {sp}</translation>
    </message>
    <message>
        <source> (war bereits gespeichert)</source>
        <translation> (war bereits gespeichert)</translation>
    </message>
    <message>
        <source>Verspätet angekommen</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <source>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</source>
        <translation>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</translation>
    </message>
    <message>
        <source>Verspätung öffentlicher Nahverkehr</source>
        <translation>Verspätung öffentlicher Nahverkehr</translation>
    </message>
    <message>
        <source>Person war im Haus, falsche Etage</source>
        <translation>Person war im Haus, falsche Etage</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>{ticket} ({names}) als „Nicht erschienen“ markieren?</source>
        <translation>{ticket} ({names}) als „Nicht erschienen“ markieren?</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Den Termin {ticket} ({names}) stornieren?</source>
        <translation>Den Termin {ticket} ({names}) stornieren?</translation>
    </message>
    <message>
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Warum wird {ticket} geparkt?</source>
        <translation>Warum wird {ticket} geparkt?</translation>
    </message>
    <message>
        <source>Kassenautomat</source>
        <translation>Kassenautomat</translation>
    </message>
    <message>
        <source>Passfoto-Automat</source>
        <translation>Passfoto-Automat</translation>
    </message>
    <message>
        <source>Unterlagen fehlen</source>
        <translation>Unterlagen fehlen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Verspätet</source>
        <translation>Verspätet</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Anliegen:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <source>Termin:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <source>Wartet seit:</source>
        <translation>Wartet seit:</translation>
    </message>
    <message>
        <source>Schalter:</source>
        <translation>Schalter:</translation>
    </message>
    <message>
        <source>Aufrufe:</source>
        <translation>Aufrufe:</translation>
    </message>
    <message>
        <source>Buchungsnr.:</source>
        <translation>Buchungsnr.:</translation>
    </message>
    <message>
        <source>Hinweis:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Datenqualität:</source>
        <translation>Datenqualität:</translation>
    </message>
    <message>
        <source>Kein Vorgang gewählt. Mit F5 die nächste Person aufrufen oder eine Zeile wählen.</source>
        <translation>Kein Vorgang gewählt. Mit F5 die nächste Person aufrufen oder eine Zeile wählen.</translation>
    </message>
    <message>
        <source>Az. {number}</source>
        <translation>Az. {number}</translation>
    </message>
    <message>
        <source>ohne Termin, angekommen {time}</source>
        <translation>ohne Termin, angekommen {time}</translation>
    </message>
    <message>
        <source>(Aufrufsperre bis {time})</source>
        <translation>(Aufrufsperre bis {time})</translation>
    </message>
    <message>
        <source>Geparkt: {r}</source>
        <translation>Geparkt: {r}</translation>
    </message>
    <message>
        <source>Verspätet: {r}</source>
        <translation>Verspätet: {r}</translation>
    </message>
    <message>
        <source>vollständig</source>
        <translation>vollständig</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>das Passwort ist falsch</source>
        <translation>das Passwort ist falsch</translation>
    </message>
    <message>
        <source>der Benutzer ist unbekannt oder nicht zugelassen</source>
        <translation>der Benutzer ist unbekannt oder nicht zugelassen</translation>
    </message>
    <message>
        <source>diese Datenbank gibt es nicht</source>
        <translation>diese Datenbank gibt es nicht</translation>
    </message>
    <message>
        <source>keine Berechtigung für diese Datenbank</source>
        <translation>keine Berechtigung für diese Datenbank</translation>
    </message>
    <message>
        <source>Anmeldung an der Datenbank abgelehnt ({url}): {reason}. Bitte die IT verständigen.</source>
        <translation>Anmeldung an der Datenbank abgelehnt ({url}): {reason}. Bitte die IT verständigen.</translation>
    </message>
    <message>
        <source>Die Datenbank-URL in den Einstellungen ist ungültig. Bitte die IT verständigen.</source>
        <translation>Die Datenbank-URL in den Einstellungen ist ungültig. Bitte die IT verständigen.</translation>
    </message>
    <message>
        <source>Die Datenbank ist gerade belegt, bitte noch einmal versuchen. Die Aktion wurde nicht ausgeführt.</source>
        <translation>Die Datenbank ist gerade belegt, bitte noch einmal versuchen. Die Aktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Die Verbindung zur Datenbank ist beim Speichern abgebrochen ({url}). Die Aktion wurde möglicherweise schon ausgeführt. Erneut versuchen ist sicher: sie wird höchstens einmal ausgeführt.</source>
        <translation>Die Verbindung zur Datenbank ist beim Speichern abgebrochen ({url}). Die Aktion wurde möglicherweise schon ausgeführt. Erneut versuchen ist sicher: sie wird höchstens einmal ausgeführt.</translation>
    </message>
    <message>
        <source>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</source>
        <translation>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</source>
        <translation>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</source>
        <translation>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Diese Aktion</source>
        <translation>Diese Aktion</translation>
    </message>
    <message>
        <source>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</source>
        <translation>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</translation>
    </message>
    <message>
        <source>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</source>
        <translation>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</translation>
    </message>
    <message>
        <source>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</translation>
    </message>
    <message>
        <source>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</source>
        <translation>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</translation>
    </message>
    <message>
        <source>Für diese Aktion fehlt die Berechtigung ({permission}).</source>
        <translation>Für diese Aktion fehlt die Berechtigung ({permission}).</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
        <source>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</source>
        <translation>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</translation>
    </message>
    <message>
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Für jede Person des Vorgangs ist ein Ergebnis nötig.</translation>
    </message>
    <message>
        <source>Weiterleiten geht nur an eine andere Dienststelle.</source>
        <translation>Weiterleiten geht nur an eine andere Dienststelle.</translation>
    </message>
    <message>
        <source>Nicht gefunden: {what}.</source>
        <translation>Nicht gefunden: {what}.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</translation>
    </message>
    <message>
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Niemand wartet auf einen Aufruf.</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: {why}</source>
        <translation>Nur Lesezugriff: {why}</translation>
    </message>
    <message>
        <source>Eingabe prüfen: {message}</source>
        <translation>Eingabe prüfen: {message}</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Ergebnis je Person für Vorgang {ticket}:</source>
        <translation>Ergebnis je Person für Vorgang {ticket}:</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>desk_app einrichten</source>
        <translation>desk_app einrichten</translation>
    </message>
    <message>
        <source>Erster Start an diesem Arbeitsplatz. Die Angaben werden in {path} gespeichert und lassen sich dort später ändern.</source>
        <translation>Erster Start an diesem Arbeitsplatz. Die Angaben werden in {path} gespeichert und lassen sich dort später ändern.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Prüfe …</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Prüfung fehlgeschlagen.</source>
        <translation>Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Eingebettete Datenbank {url}: wird beim Start angelegt.</source>
        <translation>Eingebettete Datenbank {url}: wird beim Start angelegt.</translation>
    </message>
    <message>
        <source>Verbunden: {url}</source>
        <translation>Verbunden: {url}</translation>
    </message>
    <message>
        <source>Die Datenbank {url} muss erst eingerichtet werden: die IT führt 'desk-app db upgrade' aus.</source>
        <translation>Die Datenbank {url} muss erst eingerichtet werden: die IT führt 'desk-app db upgrade' aus.</translation>
    </message>
    <message>
        <source>Kein Passwort verfügbar: {detail}</source>
        <translation>Kein Passwort verfügbar: {detail}</translation>
    </message>
    <message>
        <source>Die Datenbank ist nicht erreichbar ({url}): {detail}</source>
        <translation>Die Datenbank ist nicht erreichbar ({url}): {detail}</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Arbeitsplatz angeben.</source>
        <translation>Bitte einen Namen für den Arbeitsplatz angeben.</translation>
    </message>
    <message>
        <source>Bitte die Adresse der PostgreSQL-Datenbank angeben.</source>
        <translation>Bitte die Adresse der PostgreSQL-Datenbank angeben.</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Termin verschieben</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Abholtermin</source>
        <translation>Abholtermin</translation>
    </message>
    <message>
        <source>Folgetermin</source>
        <translation>Folgetermin</translation>
    </message>
    <message>
        <source>&amp;Dienstleistung:</source>
        <translation>&amp;Dienstleistung:</translation>
    </message>
    <message>
        <source>Nur diese &amp;Person (P)</source>
        <translation>Nur diese &amp;Person (P)</translation>
    </message>
    <message numerus="yes">
        <source>Ganze &amp;Familie, %n Personen (F)</source>
        <translation>
            <numerusform>Ganze &amp;Familie, %n Person (F)</numerusform>
            <numerusform>Ganze &amp;Familie, %n Personen (F)</numerusform>
        </translation>
    </message>
    <message>
        <source>Für:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Unterlage fehlt</source>
        <translation>Unterlage fehlt</translation>
    </message>
    <message>
        <source>Wunsch der Person</source>
        <translation>Wunsch der Person</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Schalter geschlossen</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Taste 1 bis 9 oder 0 bucht den Termin der Zeile sofort; Eingabe bucht die markierte Zeile.</source>
        <translation>Taste 1 bis 9 oder 0 bucht den Termin der Zeile sofort; Eingabe bucht die markierte Zeile.</translation>
    </message>
    <message>
        <source>&amp;Buchen</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>&amp;Verschieben</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Abholtermin für {name} (Dokument {reference})</source>
        <translation>Abholtermin für {name} (Dokument {reference})</translation>
    </message>
    <message>
        <source>Termin {reference} ({when}) verschieben für {names}</source>
        <translation>Termin {reference} ({when}) verschieben für {names}</translation>
    </message>
    <message>
        <source>Folgetermin für {names}</source>
        <translation>Folgetermin für {names}</translation>
    </message>
    <message>
        <source>Keine freien Termine in den nächsten 8 Wochen.</source>
        <translation>Keine freien Termine in den nächsten 8 Wochen.</translation>
    </message>
    <message>
        <source>Verschoben auf {when}, Buchungsnummer {reference}</source>
        <translation>Verschoben auf {when}, Buchungsnummer {reference}</translation>
    </message>
    <message>
        <source>Gebucht: {when}, Buchungsnummer {reference}</source>
        <translation>Gebucht: {when}, Buchungsnummer {reference}</translation>
    </message>
    <message>
        <source>Bestätigung gedruckt</source>
        <translation>Bestätigung gedruckt</translation>
    </message>
    <message>
        <source>Bestätigung gespeichert: {path}</source>
        <translation>Bestätigung gespeichert: {path}</translation>
    </message>
    <message>
        <source>Kalenderdatei: {path}</source>
        <translation>Kalenderdatei: {path}</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Weiterleiten</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Vorgang {ticket} an eine andere Dienststelle weiterleiten? Die Wartenummer bleibt erhalten.</source>
        <translation>Vorgang {ticket} an eine andere Dienststelle weiterleiten? Die Wartenummer bleibt erhalten.</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Grund:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Dokument aushändigen</source>
        <translation>Dokument aushändigen</translation>
    </message>
    <message>
        <source>{doc} {reference} für {name} (geb. {birth})</source>
        <translation>{doc} {reference} für {name} (geb. {birth})</translation>
    </message>
    <message>
        <source>Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder Fiktionsbescheinigung{pin}.</source>
        <translation>Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder Fiktionsbescheinigung{pin}.</translation>
    </message>
    <message>
        <source>, PIN-Brief</source>
        <translation>, PIN-Brief</translation>
    </message>
    <message>
        <source>Wer holt ab?</source>
        <translation>Wer holt ab?</translation>
    </message>
    <message>
        <source>Die antragstellende Person selbst</source>
        <translation>Die antragstellende Person selbst</translation>
    </message>
    <message>
        <source>Ein Elternteil (Kind unter {limit} Jahren)</source>
        <translation>Ein Elternteil (Kind unter {limit} Jahren)</translation>
    </message>
    <message>
        <source>Eine andere Person (mit Vollmacht)</source>
        <translation>Eine andere Person (mit Vollmacht)</translation>
    </message>
    <message>
        <source>Die antragstellende Person ist unter {limit} Jahre alt.</source>
        <translation>Die antragstellende Person ist unter {limit} Jahre alt.</translation>
    </message>
    <message>
        <source>Vor- und Familienname wie im Ausweis</source>
        <translation>Vor- und Familienname wie im Ausweis</translation>
    </message>
    <message>
        <source>&amp;Name der abholenden Person:</source>
        <translation>&amp;Name der abholenden Person:</translation>
    </message>
    <message>
        <source>Schriftliche &amp;Vollmacht liegt vor und wurde geprüft</source>
        <translation>Schriftliche &amp;Vollmacht liegt vor und wurde geprüft</translation>
    </message>
    <message>
        <source>Aushändigen</source>
        <translation>Aushändigen</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Öffnungszeiten: {name}</source>
        <translation>Öffnungszeiten: {name}</translation>
    </message>
    <message>
        <source>Öffnungszeiten (Terminangebot je Wochentag)</source>
        <translation>Öffnungszeiten (Terminangebot je Wochentag)</translation>
    </message>
    <message>
        <source>alle Dienstleistungen</source>
        <translation>alle Dienstleistungen</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Beginn</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ende</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Minuten</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>Zeile &amp;löschen</source>
        <translation>Zeile &amp;löschen</translation>
    </message>
    <message>
        <source>Endet &amp;um</source>
        <translation>Endet &amp;um</translation>
    </message>
    <message>
        <source>Sch&amp;alter</source>
        <translation>Sch&amp;alter</translation>
    </message>
    <message>
        <source>G&amp;rund</source>
        <translation>G&amp;rund</translation>
    </message>
    <message>
        <source>&amp;Dienstleistung</source>
        <translation>&amp;Dienstleistung</translation>
    </message>
    <message>
        <source>S&amp;chalter</source>
        <translation>S&amp;chalter</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Ä&amp;ndern</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Öffnungszeiten &amp;speichern</source>
        <translation>Öffnungszeiten &amp;speichern</translation>
    </message>
    <message>
        <source>Sperrzeiten (Dienstbesprechung, Schulung, Schalter zu)</source>
        <translation>Sperrzeiten (Dienstbesprechung, Schulung, Schalter zu)</translation>
    </message>
    <message>
        <source>ganze Dienststelle</source>
        <translation>ganze Dienststelle</translation>
    </message>
    <message>
        <source>Dienstbesprechung</source>
        <translation>Dienstbesprechung</translation>
    </message>
    <message>
        <source>Be&amp;ginn</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <source>Sperrzeit hin&amp;zufügen</source>
        <translation>Sperrzeit hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Sperrzeit ent&amp;fernen</source>
        <translation>Sperrzeit ent&amp;fernen</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Geändert, noch nicht gespeichert.</source>
        <translation>Geändert, noch nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n Öffnungszeiten gespeichert.</source>
        <translation>
            <numerusform>%n Öffnungszeit gespeichert.</numerusform>
            <numerusform>%n Öffnungszeiten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sperrzeit gespeichert.</source>
        <translation>Sperrzeit gespeichert.</translation>
    </message>
    <message>
        <source>Sperrzeit entfernt.</source>
        <translation>Sperrzeit entfernt.</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Minuten je Termin</source>
        <translation>Minuten je Termin</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Dienstleistung</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Buchungen importieren</source>
        <extracomment>the import was written (carries the ImportReport) a preview or an import finished (for tests and the status line)</extracomment>
        <translation>Buchungen importieren</translation>
    </message>
    <message>
        <source>Keine Datei gewählt.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Datei wählen …</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Zuordnungsdatei …</source>
        <translation>Zuordnungsdatei …</translation>
    </message>
    <message>
        <source>Eine TOML-Datei, die Spalten und Werte eines anderen Exports zuordnet (sonst die üblichen Spaltennamen).</source>
        <translation>Eine TOML-Datei, die Spalten und Werte eines anderen Exports zuordnet (sonst die üblichen Spaltennamen).</translation>
    </message>
    <message>
        <source>Alles oder nichts (bei einer fehlerhaften Zeile nichts importieren)</source>
        <translation>Alles oder nichts (bei einer fehlerhaften Zeile nichts importieren)</translation>
    </message>
    <message>
        <source>Bitte eine Exportdatei (CSV oder .ics) wählen.</source>
        <translation>Bitte eine Exportdatei (CSV oder .ics) wählen.</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exportdatei wählen</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <source>Buchungsexporte (*.csv *.txt *.ics);;Alle Dateien (*)</source>
        <translation>Buchungsexporte (*.csv *.txt *.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Zuordnungsdatei wählen</source>
        <translation>Zuordnungsdatei wählen</translation>
    </message>
    <message>
        <source>TOML (*.toml);;Alle Dateien (*)</source>
        <translation>TOML (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Datei nicht lesbar: {name} ({why})</source>
        <translation>Datei nicht lesbar: {name} ({why})</translation>
    </message>
    <message>
        <source>Die Datei kann nicht importiert werden:</source>
        <translation>Die Datei kann nicht importiert werden:</translation>
    </message>
    <message>
        <source>Vorschau: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt ({lines} Zeilen), {missing} fehlen in der Datei.</source>
        <translation>Vorschau: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt ({lines} Zeilen), {missing} fehlen in der Datei.</translation>
    </message>
    <message>
        <source>Alles oder nichts: es würde nichts importiert.</source>
        <translation>Alles oder nichts: es würde nichts importiert.</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen kommen mit ihren Gründen in eine Datei neben der Exportdatei.</source>
        <translation>Abgelehnte Zeilen kommen mit ihren Gründen in eine Datei neben der Exportdatei.</translation>
    </message>
    <message>
        <source>Importiert: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt.</source>
        <translation>Importiert: {new} neu, {updated} geändert, {unchanged} unverändert, {rejected} abgelehnt.</translation>
    </message>
    <message>
        <source>Nichts importiert: fehlerhafte Zeilen (alles oder nichts).</source>
        <translation>Nichts importiert: fehlerhafte Zeilen (alles oder nichts).</translation>
    </message>
    <message>
        <source>Abgelehnte Zeilen: {path}</source>
        <translation>Abgelehnte Zeilen: {path}</translation>
    </message>
    <message>
        <source>Die Datei der abgelehnten Zeilen konnte nicht geschrieben werden.</source>
        <translation>Die Datei der abgelehnten Zeilen konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>abgelehnt</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>nicht geändert</source>
        <translation>nicht geändert</translation>
    </message>
    <message>
        <source>fehlt in der Datei</source>
        <translation>fehlt in der Datei</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Geändert, aber schon im Status {state}: wird nicht aktualisiert.</source>
        <translation>Geändert, aber schon im Status {state}: wird nicht aktualisiert.</translation>
    </message>
    <message>
        <source>{day} {time} {sp}: gespeichert, fehlt in der Datei (wird nicht gelöscht).</source>
        <translation>{day} {time} {sp}: gespeichert, fehlt in der Datei (wird nicht gelöscht).</translation>
    </message>
    <message>
        <source>Zeit, Dienststelle, Dienstleistung oder Personen geändert.</source>
        <translation>Zeit, Dienststelle, Dienstleistung oder Personen geändert.</translation>
    </message>
    <message>
        <source>Neuer Termin.</source>
        <translation>Neuer Termin.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Buchungsnr.</source>
        <translation>Buchungsnr.</translation>
    </message>
    <message>
        <source>Was geschieht</source>
        <translation>Was geschieht</translation>
    </message>
</context>
<context>
    <name>IntakeFlags</name>
    <message>
        <source>Geburtsdatum fehlt</source>
        <translation>Geburtsdatum fehlt</translation>
    </message>
    <message>
        <source>Geburtsdatum nur teilweise bekannt</source>
        <translation>Geburtsdatum nur teilweise bekannt</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit fehlt</source>
        <translation>Staatsangehörigkeit fehlt</translation>
    </message>
    <message>
        <source>E-Mail-Adresse ungültig (Schreibweise oder Domain)</source>
        <translation>E-Mail-Adresse ungültig (Schreibweise oder Domain)</translation>
    </message>
    <message>
        <source>Telefonnummer nicht lesbar</source>
        <translation>Telefonnummer nicht lesbar</translation>
    </message>
    <message>
        <source>Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)</source>
        <translation>Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)</translation>
    </message>
    <message>
        <source>Keine Kontaktdaten (weder E-Mail noch Telefon)</source>
        <translation>Keine Kontaktdaten (weder E-Mail noch Telefon)</translation>
    </message>
    <message>
        <source>Kein Aktenzeichen</source>
        <translation>Kein Aktenzeichen</translation>
    </message>
    <message>
        <source>E-Mail nicht zustellbar (Rückläufer): anrufen oder per Post</source>
        <translation>E-Mail nicht zustellbar (Rückläufer): anrufen oder per Post</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Buchungsnr.</source>
        <translation>Buchungsnr.</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Dienstleistung</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Staatsang.</source>
        <translation>Staatsang.</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Termintag:</source>
        <extracomment>the shell is asked to show this screen (ui/screen.py) a load finished (for tests)</extracomment>
        <translation>Termintag:</translation>
    </message>
    <message>
        <source>Nur Personen mit Hinweisen</source>
        <translation>Nur Personen mit Hinweisen</translation>
    </message>
    <message>
        <source>Daten ergänzen …</source>
        <translation>Daten ergänzen …</translation>
    </message>
    <message>
        <source>{people}, {flagged} mit Hinweisen</source>
        <translation>{people}, {flagged} mit Hinweisen</translation>
    </message>
    <message numerus="yes">
        <source>%n Personen</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Buchungen importieren …</source>
        <translation>Buchungen importieren …</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Einen Export des Buchungssystems (CSV oder .ics) importieren, mit Vorschau.</source>
        <translation>Einen Export des Buchungssystems (CSV oder .ics) importieren, mit Vorschau.</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Vorbereitung</source>
        <translation>Ausländerbehörde – Vorbereitung</translation>
    </message>
    <message>
        <source>Vorbereitung: Termine am {day}</source>
        <translation>Vorbereitung: Termine am {day}</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Person wählen.</source>
        <translation>Bitte zuerst eine Person wählen.</translation>
    </message>
    <message>
        <source>Daten von {name} gespeichert.</source>
        <translation>Daten von {name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Selbstanmeldung</source>
        <translation>Selbstanmeldung</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Gebucht</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Wartend</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Aufgerufen</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <source>In Bearbeitung</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Geparkt</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Storniert</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Gegangen</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Verpasst</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Einchecken</source>
        <extracomment>A symbol per state, so that states differ by shape as well as by colour. Background colours chosen with clearly different relative luminance, so that they stay apart in greyscale (done 1.00, booked .91, waiting .82, called .69, parked .59, no-show .51, in service .45, missed .30); the text is always #111 on them (contrast 6:1 or better), and weight, italics and the symbol carry the state as well.</extracomment>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Verspätet angekommen</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <source>Diese Person aufrufen</source>
        <translation>Diese Person aufrufen</translation>
    </message>
    <message>
        <source>Erschienen</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Meldet sich nicht</source>
        <translation>Meldet sich nicht</translation>
    </message>
    <message>
        <source>Wieder aufnehmen</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Fortsetzen</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Weiterleiten</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Die Person ist da: Wartenummer vergeben.</source>
        <translation>Die Person ist da: Wartenummer vergeben.</translation>
    </message>
    <message>
        <source>Der Termin wurde nicht wahrgenommen.</source>
        <translation>Der Termin wurde nicht wahrgenommen.</translation>
    </message>
    <message>
        <source>Den Termin stornieren.</source>
        <translation>Den Termin stornieren.</translation>
    </message>
    <message>
        <source>Doch noch gekommen (mit Begründung).</source>
        <translation>Doch noch gekommen (mit Begründung).</translation>
    </message>
    <message>
        <source>Genau diese Person an diesen Schalter aufrufen.</source>
        <translation>Genau diese Person an diesen Schalter aufrufen.</translation>
    </message>
    <message>
        <source>Die Person hat das Warten aufgegeben.</source>
        <translation>Die Person hat das Warten aufgegeben.</translation>
    </message>
    <message>
        <source>Die aufgerufene Person ist am Schalter.</source>
        <translation>Die aufgerufene Person ist am Schalter.</translation>
    </message>
    <message>
        <source>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</source>
        <translation>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</translation>
    </message>
    <message>
        <source>Die Person ist wieder da.</source>
        <translation>Die Person ist wieder da.</translation>
    </message>
    <message>
        <source>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</source>
        <translation>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</translation>
    </message>
    <message>
        <source>Zurück, vorn in der Warteschlange.</source>
        <translation>Zurück, vorn in der Warteschlange.</translation>
    </message>
    <message>
        <source>An eine andere Dienststelle weiterleiten.</source>
        <translation>An eine andere Dienststelle weiterleiten.</translation>
    </message>
    <message>
        <source>Abschließen, mit einem Ergebnis je Person.</source>
        <translation>Abschließen, mit einem Ergebnis je Person.</translation>
    </message>
    <message>
        <source>Anliegen erledigt</source>
        <extracomment>One consistent scheme: F-keys for the counter's rhythm (call, appeared, not answering, finish, forward), Ctrl+letter for the rest, Ctrl+Shift for the actions that cost a person (they also ask for confirmation). The order of the actions in the entry panel.</extracomment>
        <translation>Anliegen erledigt</translation>
    </message>
    <message>
        <source>Dokument bestellt (eAT/Reiseausweis)</source>
        <translation>Dokument bestellt (eAT/Reiseausweis)</translation>
    </message>
    <message>
        <source>Dokument ausgehändigt</source>
        <translation>Dokument ausgehändigt</translation>
    </message>
    <message>
        <source>Unterlagen unvollständig</source>
        <translation>Unterlagen unvollständig</translation>
    </message>
    <message>
        <source>Folgetermin nötig</source>
        <translation>Folgetermin nötig</translation>
    </message>
    <message>
        <source>An andere Stelle verwiesen</source>
        <translation>An andere Stelle verwiesen</translation>
    </message>
    <message>
        <source>Nicht zuständig</source>
        <translation>Nicht zuständig</translation>
    </message>
    <message>
        <source>Keine Kontaktdaten (weder E-Mail noch Telefon)</source>
        <translation>Keine Kontaktdaten (weder E-Mail noch Telefon)</translation>
    </message>
    <message>
        <source>E-Mail-Adresse ungültig</source>
        <translation>E-Mail-Adresse ungültig</translation>
    </message>
    <message>
        <source>Geburtsdatum nur teilweise bekannt</source>
        <translation>Geburtsdatum nur teilweise bekannt</translation>
    </message>
    <message>
        <source>Geburtsdatum fehlt</source>
        <translation>Geburtsdatum fehlt</translation>
    </message>
    <message>
        <source>Kein Aktenzeichen</source>
        <translation>Kein Aktenzeichen</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit fehlt</source>
        <translation>Staatsangehörigkeit fehlt</translation>
    </message>
    <message>
        <source>Telefonnummer nicht lesbar</source>
        <translation>Telefonnummer nicht lesbar</translation>
    </message>
    <message>
        <source>E-Mail nicht zustellbar (Rückläufer)</source>
        <translation>E-Mail nicht zustellbar (Rückläufer)</translation>
    </message>
    <message>
        <source>Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)</source>
        <translation>Möglicherweise doppelt erfasst (gleiches Aktenzeichen oder gleicher Name und Geburtstag)</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Aufgerufen / in Bearbeitung</source>
        <translation>Aufgerufen / in Bearbeitung</translation>
    </message>
    <message>
        <source>Demo, lokal</source>
        <translation>Demo, lokal</translation>
    </message>
    <message>
        <source>im Speicher</source>
        <translation>im Speicher</translation>
    </message>
    <message>
        <source>lokal ({name})</source>
        <translation>lokal ({name})</translation>
    </message>
    <message>
        <source>{name} auf {host}</source>
        <translation>{name} auf {host}</translation>
    </message>
    <message>
        <source>{m} Min.</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <source>{h} Std.</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <source>{h} Std. {m} Min.</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
</context>
<context>
    <name>LeadHooks</name>
    <message>
        <source>Stiller Alarm</source>
        <translation>Stiller Alarm</translation>
    </message>
    <message>
        <source>Alarmiert still die Schichtleitung und die benachbarten Schalter (ersetzt keinen Notrufknopf).</source>
        <translation>Alarmiert still die Schichtleitung und die benachbarten Schalter (ersetzt keinen Notrufknopf).</translation>
    </message>
    <message>
        <source>Pause / Status …</source>
        <translation>Pause / Status …</translation>
    </message>
    <message>
        <source>Pause mit Grund, abwesend oder Schalter geschlossen; in der Pause ist kein Aufruf möglich.</source>
        <translation>Pause mit Grund, abwesend oder Schalter geschlossen; in der Pause ist kein Aufruf möglich.</translation>
    </message>
    <message>
        <source>Tastenkürzel</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Alle Tastenkürzel dieses Fensters.</source>
        <translation>Alle Tastenkürzel dieses Fensters.</translation>
    </message>
    <message>
        <source>diesem Schalter</source>
        <translation>diesem Schalter</translation>
    </message>
    <message>
        <source>Taste</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Der stille Alarm ersetzt keinen Notrufknopf.</source>
        <translation>Der stille Alarm ersetzt keinen Notrufknopf.</translation>
    </message>
</context>
<context>
    <name>LeadScreen</name>
    <message>
        <source>Ausländerbehörde – Schichtleitung</source>
        <extracomment>A text for the message bar: (text, is_error). An entry was reassigned here (the EntryView the service returned). refresh() finished (successfully or not).</extracomment>
        <translation>Ausländerbehörde – Schichtleitung</translation>
    </message>
    <message>
        <source>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</source>
        <translation>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</translation>
    </message>
    <message>
        <source>Vorgänge aller Dienststellen</source>
        <translation>Vorgänge aller Dienststellen</translation>
    </message>
    <message>
        <source>Vorgänge: {name}</source>
        <translation>Vorgänge: {name}</translation>
    </message>
    <message>
        <source>Schichtleitung – Übersicht {day}</source>
        <translation>Schichtleitung – Übersicht {day}</translation>
    </message>
    <message>
        <source>{ticket} umverteilt: {where}.</source>
        <translation>{ticket} umverteilt: {where}.</translation>
    </message>
    <message>
        <source>{name} hat heute Nachmittag keine Vorgänge.</source>
        <translation>{name} hat heute Nachmittag keine Vorgänge.</translation>
    </message>
    <message>
        <source>Nachmittag von {name}: {count} Vorgänge</source>
        <translation>Nachmittag von {name}: {count} Vorgänge</translation>
    </message>
    <message>
        <source>{moved} verschoben. Nicht verschoben, weil inzwischen geändert: {tickets}.</source>
        <translation>{moved} verschoben. Nicht verschoben, weil inzwischen geändert: {tickets}.</translation>
    </message>
    <message>
        <source>{moved} verschoben.</source>
        <translation>{moved} verschoben.</translation>
    </message>
    <message>
        <source>Warteschlangen gespeichert.</source>
        <translation>Warteschlangen gespeichert.</translation>
    </message>
    <message>
        <source>Pause: {reason}</source>
        <translation>Pause: {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Abwesend</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Schalter geschlossen</translation>
    </message>
    <message>
        <source>Alle Dienststellen</source>
        <translation>Alle Dienststellen</translation>
    </message>
    <message>
        <source>{count} (ab {time})</source>
        <translation>{count} (ab {time})</translation>
    </message>
    <message>
        <source>Am längsten wartet {ticket}.</source>
        <translation>Am längsten wartet {ticket}.</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Wartend</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Längste Wartezeit</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Aufgerufen</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <source>In Bearbeitung</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Geparkt</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Schalter besetzt</source>
        <translation>Schalter besetzt</translation>
    </message>
    <message>
        <source>Aufruf verpasst</source>
        <translation>Aufruf verpasst</translation>
    </message>
    <message>
        <source>Termine nächste Stunde</source>
        <translation>Termine nächste Stunde</translation>
    </message>
    <message>
        <source>Geschätzte Wartezeit</source>
        <translation>Geschätzte Wartezeit</translation>
    </message>
    <message>
        <source>nicht besetzt</source>
        <translation>nicht besetzt</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <source>frei</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Mitarbeiter/in</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</source>
        <translation>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>{time} ({duration})</source>
        <translation>{time} ({duration})</translation>
    </message>
    <message>
        <source>&amp;Umverteilen …</source>
        <translation>&amp;Umverteilen …</translation>
    </message>
    <message>
        <source>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</source>
        <translation>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</translation>
    </message>
    <message>
        <source>&amp;Verschieben …</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Die gewählten Vorgänge auf andere Schalter oder Mitarbeitende verteilen (ein Grund für alle). Auch per Ziehen auf einen Schalter.</source>
        <translation>Die gewählten Vorgänge auf andere Schalter oder Mitarbeitende verteilen (ein Grund für alle). Auch per Ziehen auf einen Schalter.</translation>
    </message>
    <message>
        <source>&amp;Nachmittag verteilen …</source>
        <translation>&amp;Nachmittag verteilen …</translation>
    </message>
    <message>
        <source>Alle Vorgänge der Person am gewählten Schalter ab 12 Uhr verteilen.</source>
        <translation>Alle Vorgänge der Person am gewählten Schalter ab 12 Uhr verteilen.</translation>
    </message>
    <message>
        <source>S&amp;tatus …</source>
        <translation>S&amp;tatus …</translation>
    </message>
    <message>
        <source>Pause, abwesend oder geschlossen für den gewählten Schalter.</source>
        <translation>Pause, abwesend oder geschlossen für den gewählten Schalter.</translation>
    </message>
    <message>
        <source>&amp;Warteschlangen …</source>
        <translation>&amp;Warteschlangen …</translation>
    </message>
    <message>
        <source>Aus welchen Warteschlangen der gewählte Schalter aufruft, mit Gewichten.</source>
        <translation>Aus welchen Warteschlangen der gewählte Schalter aufruft, mit Gewichten.</translation>
    </message>
    <message>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Die Übersicht vollständig neu lesen.</source>
        <translation>Die Übersicht vollständig neu lesen.</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Dienststellen heute</source>
        <translation>Dienststellen heute</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
</context>
<context>
    <name>MailPoller</name>
    <message>
        <source>{0} neue Nachrichten aus dem Postfach gelesen.</source>
        <extracomment>a poll finished: the PollReport text, is_error (for the window's message bar)</extracomment>
        <translation>{0} neue Nachrichten aus dem Postfach gelesen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ausländerbehörde – Schalter</source>
        <extracomment>The user closed the window; the composition root shuts down. The day picker changed (a datetime.date). The database became reachable (True) or not (False).</extracomment>
        <translation>Ausländerbehörde – Schalter</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Die Ansicht für den Schalter.</source>
        <translation>Die Ansicht für den Schalter.</translation>
    </message>
    <message>
        <source>Infotheke</source>
        <translation>Infotheke</translation>
    </message>
    <message>
        <source>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</source>
        <translation>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</translation>
    </message>
    <message>
        <source>Terminanfragen</source>
        <translation>Terminanfragen</translation>
    </message>
    <message>
        <source>Die Terminanfragen aus dem Postfach als Arbeitsliste: zuordnen, nachfragen, Termin anbieten.</source>
        <translation>Die Terminanfragen aus dem Postfach als Arbeitsliste: zuordnen, nachfragen, Termin anbieten.</translation>
    </message>
    <message>
        <source>Ansicht</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Meldung schließen</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Arbeitsplatz: {name}</source>
        <translation>Arbeitsplatz: {name}</translation>
    </message>
    <message>
        <source>Sachbearbeitung</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Schichtleitung</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <source>Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, Umverteilen.</source>
        <translation>Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, Umverteilen.</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, Ausfallquote.</source>
        <translation>Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, Ausfallquote.</translation>
    </message>
    <message>
        <source>Ausgabe</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang buchen.</source>
        <translation>Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang buchen.</translation>
    </message>
    <message>
        <source>Drucker …</source>
        <translation>Drucker …</translation>
    </message>
    <message>
        <source>Den Drucker je Dokumentart wählen (für diese Sitzung).</source>
        <translation>Den Drucker je Dokumentart wählen (für diese Sitzung).</translation>
    </message>
    <message>
        <source>Druckaufträge</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <source>Druckaufträge ein- und ausblenden ({key})</source>
        <translation>Druckaufträge ein- und ausblenden ({key})</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Drucken</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>&amp;Termine</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>V&amp;erwaltung</source>
        <translation>V&amp;erwaltung</translation>
    </message>
    <message>
        <source>Vorbereitung</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Die Termine von morgen mit Hinweisen zur Datenqualität: fehlende Angaben vor dem Tag ergänzen.</source>
        <translation>Die Termine von morgen mit Hinweisen zur Datenqualität: fehlende Angaben vor dem Tag ergänzen.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Angemeldet: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <source>Angemeldet: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <source>Datenbank: {name}</source>
        <translation>Datenbank: {name}</translation>
    </message>
    <message>
        <source>● Nur Lesen</source>
        <translation>● Nur Lesen</translation>
    </message>
    <message>
        <source>● Verbunden</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <source>○ Keine Verbindung</source>
        <translation>○ Keine Verbindung</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: {why} Änderungen sind gesperrt.</source>
        <translation>Nur Lesezugriff: {why} Änderungen sind gesperrt.</translation>
    </message>
    <message>
        <source>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</source>
        <translation>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</translation>
    </message>
    <message>
        <source>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</source>
        <translation>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Verschieben</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Was:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Wohin (gleichmäßig verteilt):</source>
        <translation>Wohin (gleichmäßig verteilt):</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Bitte mindestens ein Ziel wählen.</source>
        <translation>Bitte mindestens ein Ziel wählen.</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Dokument:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Geburtsdatum:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Aktenzeichen:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Bestellt am:</source>
        <translation>Bestellt am:</translation>
    </message>
    <message>
        <source>Eingetroffen am:</source>
        <translation>Eingetroffen am:</translation>
    </message>
    <message>
        <source>Ausgehändigt am:</source>
        <translation>Ausgehändigt am:</translation>
    </message>
    <message>
        <source>Abgeholt von:</source>
        <translation>Abgeholt von:</translation>
    </message>
    <message>
        <source>Dokumentennr.:</source>
        <translation>Dokumentennr.:</translation>
    </message>
    <message>
        <source>Abholort:</source>
        <translation>Abholort:</translation>
    </message>
    <message>
        <source>Kein Dokument geöffnet. Abholschein scannen oder eine Zeile der Liste wählen.</source>
        <translation>Kein Dokument geöffnet. Abholschein scannen oder eine Zeile der Liste wählen.</translation>
    </message>
    <message>
        <source>der antragstellenden Person selbst</source>
        <translation>der antragstellenden Person selbst</translation>
    </message>
    <message>
        <source>Mitzubringen: Pass, bisheriges Dokument oder Fiktionsbescheinigung{pin}; bei Abholung durch andere Personen eine Vollmacht.</source>
        <translation>Mitzubringen: Pass, bisheriges Dokument oder Fiktionsbescheinigung{pin}; bei Abholung durch andere Personen eine Vollmacht.</translation>
    </message>
    <message>
        <source>, PIN-Brief</source>
        <translation>, PIN-Brief</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>({age} Jahre)</source>
        <translation>({age} Jahre)</translation>
    </message>
    <message>
        <source>Kind unter {limit}: Abholung durch ein Elternteil</source>
        <translation>Kind unter {limit}: Abholung durch ein Elternteil</translation>
    </message>
</context>
<context>
    <name>PeopleToInformModel</name>
    <message>
        <source>Buchungsnummer</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Namen</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Alter Termin</source>
        <translation>Alter Termin</translation>
    </message>
    <message>
        <source>Neuer Termin</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PickupLabels</name>
    <message>
        <source>Bestellt</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Eingetroffen</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Ausgehändigt</source>
        <translation>Ausgehändigt</translation>
    </message>
    <message>
        <source>Storniert</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Vernichtet</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>eAT</source>
        <translation>eAT</translation>
    </message>
    <message>
        <source>Elektronischer Aufenthaltstitel (eAT)</source>
        <translation>Elektronischer Aufenthaltstitel (eAT)</translation>
    </message>
    <message>
        <source>Reiseausweis</source>
        <translation>Reiseausweis</translation>
    </message>
</context>
<context>
    <name>PickupMessages</name>
    <message>
        <source>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</source>
        <translation>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</translation>
    </message>
    <message>
        <source>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {read} Zeichen).</source>
        <translation>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {read} Zeichen).</translation>
    </message>
    <message>
        <source>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</source>
        <translation>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</translation>
    </message>
    <message>
        <source>Nicht gefunden: {what}.</source>
        <translation>Nicht gefunden: {what}.</translation>
    </message>
    <message>
        <source>Abgelehnt: Abholung durch eine andere Person nur mit schriftlicher Vollmacht. Bitte die Vollmacht prüfen und bestätigen.</source>
        <translation>Abgelehnt: Abholung durch eine andere Person nur mit schriftlicher Vollmacht. Bitte die Vollmacht prüfen und bestätigen.</translation>
    </message>
    <message>
        <source>Abgelehnt: die antragstellende Person ist unter {limit} Jahre alt. Das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</source>
        <translation>Abgelehnt: die antragstellende Person ist unter {limit} Jahre alt. Das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</translation>
    </message>
    <message>
        <source>Abgelehnt: die antragstellende Person ist nicht unter {limit} Jahre alt. Ein Elternteil braucht eine Vollmacht wie jede andere Person.</source>
        <translation>Abgelehnt: die antragstellende Person ist nicht unter {limit} Jahre alt. Ein Elternteil braucht eine Vollmacht wie jede andere Person.</translation>
    </message>
    <message>
        <source>Bitte den Namen der abholenden Person angeben.</source>
        <translation>Bitte den Namen der abholenden Person angeben.</translation>
    </message>
    <message>
        <source>Falscher Abholort: das Dokument {reference} liegt bei {sp} zur Abholung bereit.</source>
        <translation>Falscher Abholort: das Dokument {reference} liegt bei {sp} zur Abholung bereit.</translation>
    </message>
    <message>
        <source>Das Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Das Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</translation>
    </message>
    <message>
        <source>Nicht möglich: das Dokument {reference} hat den Status „{state}“.</source>
        <translation>Nicht möglich: das Dokument {reference} hat den Status „{state}“.</translation>
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <source>Abholnummer</source>
        <translation>Abholnummer</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bestellt</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Eingetroffen</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Liegt seit {days} Tagen bereit</source>
        <translation>Liegt seit {days} Tagen bereit</translation>
    </message>
</context>
<context>
    <name>PickupNeedsModel</name>
    <message>
        <source>Eingetroffen</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Dokument-Nr.</source>
        <translation>Dokument-Nr.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>PickupNeedsPanel</name>
    <message>
        <source>Noch ohne Abholtermin</source>
        <translation>Noch ohne Abholtermin</translation>
    </message>
    <message>
        <source>&amp;Abholtermin buchen …</source>
        <translation>&amp;Abholtermin buchen …</translation>
    </message>
    <message>
        <source>Noch ohne Abholtermin: {n}</source>
        <translation>Noch ohne Abholtermin: {n}</translation>
    </message>
</context>
<context>
    <name>PickupNeedsWindow</name>
    <message>
        <source>Offene Abholtermine</source>
        <translation>Offene Abholtermine</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>Aushändigen</source>
        <extracomment>Shortcuts of this screen. They act only while the focus is inside the screen (WidgetWithChildrenShortcut), and none of them is taken by the main window: hand-out sits next to the counter's F8 (finish).</extracomment>
        <translation>Aushändigen</translation>
    </message>
    <message>
        <source>Das eingetroffene Dokument aushändigen und die Empfangsbestätigung drucken.</source>
        <translation>Das eingetroffene Dokument aushändigen und die Empfangsbestätigung drucken.</translation>
    </message>
    <message>
        <source>Eingang buchen</source>
        <translation>Eingang buchen</translation>
    </message>
    <message>
        <source>Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen.</source>
        <translation>Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen.</translation>
    </message>
    <message>
        <source>Abholschein drucken</source>
        <translation>Abholschein drucken</translation>
    </message>
    <message>
        <source>Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie).</source>
        <translation>Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <source>Empfangsbestätigung drucken</source>
        <translation>Empfangsbestätigung drucken</translation>
    </message>
    <message>
        <source>Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken (Kopie).</source>
        <translation>Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <source>Lieferung erfassen</source>
        <translation>Lieferung erfassen</translation>
    </message>
    <message>
        <source>Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der Lieferung.</source>
        <translation>Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der Lieferung.</translation>
    </message>
    <message>
        <source>&amp;Abholnummer:</source>
        <translation>&amp;Abholnummer:</translation>
    </message>
    <message>
        <source>Barcode scannen oder 12 Ziffern eingeben, dann Enter</source>
        <translation>Barcode scannen oder 12 Ziffern eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Dokumentenausgabe</source>
        <extracomment>A message for the clerk: (text, is_error). The opened order changed (DocumentOrderView or None).</extracomment>
        <translation>Ausländerbehörde – Dokumentenausgabe</translation>
    </message>
    <message>
        <source>Lieferung: Barcode scannen – der Eingang wird sofort gebucht</source>
        <translation>Lieferung: Barcode scannen – der Eingang wird sofort gebucht</translation>
    </message>
    <message>
        <source>Dienststelle {id}</source>
        <translation>Dienststelle {id}</translation>
    </message>
    <message>
        <source>keine Dienststelle gewählt</source>
        <translation>keine Dienststelle gewählt</translation>
    </message>
    <message>
        <source>Dokumentenausgabe – {sp}</source>
        <translation>Dokumentenausgabe – {sp}</translation>
    </message>
    <message>
        <source>Zur Abholung hier: {arrived} eingetroffen, {ordered} bestellt</source>
        <translation>Zur Abholung hier: {arrived} eingetroffen, {ordered} bestellt</translation>
    </message>
    <message>
        <source>Dieses Dokument wird bei {sp} ausgegeben, nicht hier.</source>
        <translation>Dieses Dokument wird bei {sp} ausgegeben, nicht hier.</translation>
    </message>
    <message>
        <source>{ref} an {who} ausgehändigt{replayed}.</source>
        <translation>{ref} an {who} ausgehändigt{replayed}.</translation>
    </message>
    <message>
        <source> (war bereits gespeichert)</source>
        <translation> (war bereits gespeichert)</translation>
    </message>
    <message>
        <source>Eingang gebucht. </source>
        <translation>Eingang gebucht. </translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <source>{what}: Druck an {printer} fehlgeschlagen ({error}). Siehe Druckaufträge.</source>
        <translation>{what}: Druck an {printer} fehlgeschlagen ({error}). Siehe Druckaufträge.</translation>
    </message>
    <message>
        <source>{what} als PDF gespeichert (kein Drucker eingerichtet): {path}</source>
        <translation>{what} als PDF gespeichert (kein Drucker eingerichtet): {path}</translation>
    </message>
    <message>
        <source>{what} an {printer} gesendet.</source>
        <translation>{what} an {printer} gesendet.</translation>
    </message>
    <message>
        <source>{what} erzeugt.</source>
        <translation>{what} erzeugt.</translation>
    </message>
    <message>
        <source>Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung bereit, nicht hier.</source>
        <translation>Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung bereit, nicht hier.</translation>
    </message>
    <message>
        <source>{ref} ({name}) liegt bereit: mit {key} aushändigen.</source>
        <translation>{ref} ({name}) liegt bereit: mit {key} aushändigen.</translation>
    </message>
    <message>
        <source>{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).</source>
        <translation>{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).</translation>
    </message>
    <message>
        <source>{ref} ({name}) wurde bereits am {when} ausgehändigt.</source>
        <translation>{ref} ({name}) wurde bereits am {when} ausgehändigt.</translation>
    </message>
    <message>
        <source>{ref} ({name}): {state}. Nicht mehr auszuhändigen.</source>
        <translation>{ref} ({name}): {state}. Nicht mehr auszuhändigen.</translation>
    </message>
    <message>
        <source>Empfangsbestätigung</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit „Empfangsbestätigung drucken“ erneut versuchen.</source>
        <extracomment>orders whose handover confirmation failed: the next print is no copy</extracomment>
        <translation>Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit „Empfangsbestätigung drucken“ erneut versuchen.</translation>
    </message>
    <message>
        <source>{ref}: eingetroffen – {doc}, {name}</source>
        <translation>{ref}: eingetroffen – {doc}, {name}</translation>
    </message>
    <message>
        <source>(Abholung bei {sp})</source>
        <translation>(Abholung bei {sp})</translation>
    </message>
    <message>
        <source>Der Abholschein konnte nicht erzeugt werden: {why}</source>
        <translation>Der Abholschein konnte nicht erzeugt werden: {why}</translation>
    </message>
    <message>
        <source>Abholschein (Kopie)</source>
        <translation>Abholschein (Kopie)</translation>
    </message>
    <message>
        <source>nicht gebucht</source>
        <translation>nicht gebucht</translation>
    </message>
    <message>
        <source>unbekannte Abholnummer</source>
        <translation>unbekannte Abholnummer</translation>
    </message>
    <message>
        <source>nicht gebucht: das Dokument ist nicht im Status „Bestellt“ (schon eingetroffen, storniert oder ausgehändigt)</source>
        <translation>nicht gebucht: das Dokument ist nicht im Status „Bestellt“ (schon eingetroffen, storniert oder ausgehändigt)</translation>
    </message>
    <message>
        <source>Prüfziffer falsch – bitte noch einmal scannen</source>
        <translation>Prüfziffer falsch – bitte noch einmal scannen</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Status von {counter}</source>
        <translation>Status von {counter}</translation>
    </message>
    <message>
        <source>Am Schalter</source>
        <translation>Am Schalter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Abwesend</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Schalter geschlossen</source>
        <translation>Schalter geschlossen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Grund (bei Pause):</source>
        <translation>&amp;Grund (bei Pause):</translation>
    </message>
    <message>
        <source>Für eine Pause bitte einen Grund angeben.</source>
        <translation>Für eine Pause bitte einen Grund angeben.</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <source>Druckaufträge</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <source>Erneut senden</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Umleiten</source>
        <translation>Umleiten</translation>
    </message>
    <message>
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Drucker</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Wartet</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Gesendet</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Gedruckt</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Fehlgeschlagen</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Hängt</source>
        <translation>Hängt</translation>
    </message>
    <message>
        <source>Wartemarke</source>
        <translation>Wartemarke</translation>
    </message>
    <message>
        <source>Abholschein</source>
        <translation>Abholschein</translation>
    </message>
    <message>
        <source>Terminbestätigung</source>
        <translation>Terminbestätigung</translation>
    </message>
    <message>
        <source>Empfangsbestätigung</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Quittung</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Aktualisieren nicht möglich: {error}</source>
        <translation>Aktualisieren nicht möglich: {error}</translation>
    </message>
    <message>
        <source> (Kopie)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source> ({n}. Versuch)</source>
        <translation> ({n}. Versuch)</translation>
    </message>
    <message>
        <source> (und {n} weitere)</source>
        <translation> (und {n} weitere)</translation>
    </message>
    <message>
        <source>{status}: {what} auf {printer}{more}. {error}</source>
        <translation>{status}: {what} auf {printer}{more}. {error}</translation>
    </message>
    <message>
        <source>Erneut gesendet</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>Umgeleitet auf {printer}</source>
        <translation>Umgeleitet auf {printer}</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Drucker wählen</source>
        <extracomment>Marks the entry "as before": the settings or the system default.</extracomment>
        <translation>Drucker wählen</translation>
    </message>
    <message>
        <source>Drucker je Dokumentart (gilt bis zum Beenden des Programms):</source>
        <translation>Drucker je Dokumentart (gilt bis zum Beenden des Programms):</translation>
    </message>
    <message>
        <source>Voreinstellung ({name})</source>
        <translation>Voreinstellung ({name})</translation>
    </message>
    <message>
        <source>als PDF speichern</source>
        <translation>als PDF speichern</translation>
    </message>
    <message>
        <source>Nicht drucken, als PDF speichern</source>
        <translation>Nicht drucken, als PDF speichern</translation>
    </message>
    <message>
        <source>Es ist kein Drucker eingerichtet. Dokumente werden als PDF gespeichert.</source>
        <translation>Es ist kein Drucker eingerichtet. Dokumente werden als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrinterGroup</name>
    <message>
        <source>Drucker je Dokument</source>
        <translation>Drucker je Dokument</translation>
    </message>
    <message>
        <source>Wartemarken (Bondrucker):</source>
        <translation>Wartemarken (Bondrucker):</translation>
    </message>
    <message>
        <source>Abholscheine und Bestätigungen:</source>
        <translation>Abholscheine und Bestätigungen:</translation>
    </message>
    <message>
        <source>Quittungen:</source>
        <translation>Quittungen:</translation>
    </message>
    <message>
        <source>Leer: der Standarddrucker des Systems</source>
        <translation>Leer: der Standarddrucker des Systems</translation>
    </message>
    <message>
        <source>Leer lassen: der Standarddrucker des Systems.</source>
        <translation>Leer lassen: der Standarddrucker des Systems.</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Kein Schalter gewählt: bitte zuerst oben den Schalter wählen, dann mit F5 aufrufen.</source>
        <translation>Kein Schalter gewählt: bitte zuerst oben den Schalter wählen, dann mit F5 aufrufen.</translation>
    </message>
    <message>
        <source>Nächste Person aufrufen</source>
        <translation>Nächste Person aufrufen</translation>
    </message>
    <message>
        <source>Ruft die nächste wartende Person an diesen Schalter.</source>
        <translation>Ruft die nächste wartende Person an diesen Schalter.</translation>
    </message>
    <message>
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <source>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</source>
        <translation>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Zum Such- bzw. Filterfeld springen.</source>
        <translation>Zum Such- bzw. Filterfeld springen.</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Die Warteschlange vollständig neu laden.</source>
        <translation>Die Warteschlange vollständig neu laden.</translation>
    </message>
    <message>
        <source>Dokument bestellen …</source>
        <translation>Dokument bestellen …</translation>
    </message>
    <message>
        <source>Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis bestellen; der Abholschein wird sofort gedruckt.</source>
        <translation>Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis bestellen; der Abholschein wird sofort gedruckt.</translation>
    </message>
    <message>
        <source>Personendaten ergänzen …</source>
        <translation>Personendaten ergänzen …</translation>
    </message>
    <message>
        <source>Fehlende Angaben der Person des gewählten Vorgangs ergänzen (Geburtsdatum, Staatsangehörigkeit, Kontakt); der Hinweis verschwindet.</source>
        <translation>Fehlende Angaben der Person des gewählten Vorgangs ergänzen (Geburtsdatum, Staatsangehörigkeit, Kontakt); der Hinweis verschwindet.</translation>
    </message>
    <message>
        <source>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</source>
        <translation>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</translation>
    </message>
    <message>
        <source>Trotzdem aufrufen</source>
        <translation>Trotzdem aufrufen</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Namen</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wartet seit</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Aufrufe</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>ohne T. {time}</source>
        <extracomment>each column's sort value, in COL_* order (one function each: no dispatch per row)</extracomment>
        <translation>ohne T. {time}</translation>
    </message>
    <message>
        <source>{time} (Termin {scheduled})</source>
        <translation>{time} (Termin {scheduled})</translation>
    </message>
    <message>
        <source>{time} ({duration})</source>
        <translation>{time} ({duration})</translation>
    </message>
    <message>
        <source>{count} · gesperrt</source>
        <translation>{count} · gesperrt</translation>
    </message>
    <message>
        <source>Aufrufsperre bis {time} Uhr</source>
        <extracomment>each column's text, in COL_* order; None: the column depends on the clock (_LIVE_TEXTS)</extracomment>
        <translation>Aufrufsperre bis {time} Uhr</translation>
    </message>
    <message>
        <source>Vorsprache ohne Termin, angekommen um {time} Uhr</source>
        <translation>Vorsprache ohne Termin, angekommen um {time} Uhr</translation>
    </message>
    <message>
        <source>Geparkt: {reason}</source>
        <translation>Geparkt: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Umverteilen</source>
        <extracomment>Roles that work cases at a counter (the clerk list offers only these). OK with valid input: the keyword arguments for Desk.reassign (reason included).</extracomment>
        <translation>Umverteilen</translation>
    </message>
    <message>
        <source>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</source>
        <translation>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Dienststelle:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <source>&amp;Schalter:</source>
        <translation>&amp;Schalter:</translation>
    </message>
    <message>
        <source>– unverändert –</source>
        <translation>– unverändert –</translation>
    </message>
    <message>
        <source>S&amp;achbearbeitung:</source>
        <translation>S&amp;achbearbeitung:</translation>
    </message>
    <message>
        <source>Termin &amp;verlegen auf:</source>
        <translation>Termin &amp;verlegen auf:</translation>
    </message>
    <message>
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Nur gebuchte Termine können verlegt werden.</translation>
    </message>
    <message>
        <source>Schalter nicht besetzt</source>
        <translation>Schalter nicht besetzt</translation>
    </message>
    <message>
        <source>Lastausgleich zwischen den Schaltern</source>
        <translation>Lastausgleich zwischen den Schaltern</translation>
    </message>
    <message>
        <source>Fachliche Zuständigkeit</source>
        <translation>Fachliche Zuständigkeit</translation>
    </message>
    <message>
        <source>Sprachkenntnisse der Sachbearbeitung</source>
        <translation>Sprachkenntnisse der Sachbearbeitung</translation>
    </message>
    <message>
        <source>Terminverlegung auf Wunsch</source>
        <translation>Terminverlegung auf Wunsch</translation>
    </message>
    <message>
        <source>Pflichtangabe</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</source>
        <translation>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</translation>
    </message>
    <message>
        <source>– beliebiger Schalter –</source>
        <translation>– beliebiger Schalter –</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</source>
        <translation>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</translation>
    </message>
    <message>
        <source>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</source>
        <translation>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Quittung</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Gebühren für {ticket} (eine Zeile je Gebühr und Person):</source>
        <translation>Gebühren für {ticket} (eine Zeile je Gebühr und Person):</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gebühr</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Minderjährig</source>
        <translation>Minderjährig</translation>
    </message>
    <message>
        <source>Gebührenfrei, Grund</source>
        <translation>Gebührenfrei, Grund</translation>
    </message>
    <message>
        <source>+ Gebühr</source>
        <translation>+ Gebühr</translation>
    </message>
    <message>
        <source>− Gebühr entfernen</source>
        <translation>− Gebühr entfernen</translation>
    </message>
    <message>
        <source>Zahlende Person:</source>
        <translation>Zahlende Person:</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>EC-Karte (girocard)</source>
        <translation>EC-Karte (girocard)</translation>
    </message>
    <message>
        <source>Zahlungsart:</source>
        <translation>Zahlungsart:</translation>
    </message>
    <message>
        <source>Quittung ausstellen und drucken</source>
        <translation>Quittung ausstellen und drucken</translation>
    </message>
    <message>
        <source>— Gebühr wählen —</source>
        <translation>— Gebühr wählen —</translation>
    </message>
    <message>
        <source>leer: gebührenpflichtig</source>
        <translation>leer: gebührenpflichtig</translation>
    </message>
    <message>
        <source>Zeile {n}: bitte eine Gebühr wählen.</source>
        <translation>Zeile {n}: bitte eine Gebühr wählen.</translation>
    </message>
    <message>
        <source>Mindestens eine Gebühr eintragen.</source>
        <translation>Mindestens eine Gebühr eintragen.</translation>
    </message>
    <message>
        <source>Summe: —</source>
        <translation>Summe: —</translation>
    </message>
    <message>
        <source>Summe: {amount}</source>
        <translation>Summe: {amount}</translation>
    </message>
    <message>
        <source>Bitte den Namen der zahlenden Person angeben.</source>
        <translation>Bitte den Namen der zahlenden Person angeben.</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Quittung …</source>
        <translation>Quittung …</translation>
    </message>
    <message>
        <source>Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und drucken.</source>
        <translation>Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und drucken.</translation>
    </message>
    <message>
        <source>Letzte Quittung stornieren</source>
        <translation>Letzte Quittung stornieren</translation>
    </message>
    <message>
        <source>Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage).</source>
        <translation>Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage).</translation>
    </message>
    <message>
        <source>Der Stornobeleg {number}</source>
        <translation>Der Stornobeleg {number}</translation>
    </message>
    <message>
        <source>Die Quittung {number}</source>
        <translation>Die Quittung {number}</translation>
    </message>
    <message>
        <source>Quittung stornieren</source>
        <translation>Quittung stornieren</translation>
    </message>
    <message>
        <source>Die Quittung {number} über {total} ({payer}) durch einen Stornobeleg aufheben?</source>
        <translation>Die Quittung {number} über {total} ({payer}) durch einen Stornobeleg aufheben?</translation>
    </message>
    <message>
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
</context>
<context>
    <name>ReceptionScreen</name>
    <message>
        <source>&amp;Suchen:</source>
        <extracomment>The search text settled (after the debounce): run the search. Screen protocol: a message for the window's message bar (text, is_error).</extracomment>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, Aktenzeichen, Buchungsnummer oder Wartenummer …</source>
        <translation>Name, Aktenzeichen, Buchungsnummer oder Wartenummer …</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Infotheke</source>
        <translation>Ausländerbehörde – Infotheke</translation>
    </message>
    <message>
        <source>{n} Treffer für „{query}“</source>
        <translation>{n} Treffer für „{query}“</translation>
    </message>
    <message>
        <source>Nichts gefunden für „{query}“.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <source>{sp}: ca. {wait}</source>
        <translation>{sp}: ca. {wait}</translation>
    </message>
    <message>
        <source>Wartezeit jetzt: {list}</source>
        <translation>Wartezeit jetzt: {list}</translation>
    </message>
</context>
<context>
    <name>RequestFiguresModel</name>
    <message>
        <source>Kennzahl</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Verlängerung Aufenthaltstitel</source>
        <extracomment>the concerns' German labels (desk_app.domain.mail_requests.CONCERN_LABELS), for lupdate</extracomment>
        <translation>Verlängerung Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Erteilung Aufenthaltstitel</source>
        <translation>Erteilung Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Ausgabe eAT</source>
        <translation>Ausgabe eAT</translation>
    </message>
    <message>
        <source>Reiseausweis</source>
        <translation>Reiseausweis</translation>
    </message>
    <message>
        <source>Verpflichtungserklärung</source>
        <translation>Verpflichtungserklärung</translation>
    </message>
    <message>
        <source>Beschäftigungserlaubnis</source>
        <translation>Beschäftigungserlaubnis</translation>
    </message>
    <message>
        <source>Duldung</source>
        <translation>Duldung</translation>
    </message>
    <message>
        <source>Einbürgerung</source>
        <translation>Einbürgerung</translation>
    </message>
    <message>
        <source>EU-Angelegenheit</source>
        <translation>EU-Angelegenheit</translation>
    </message>
    <message>
        <source>Einreise/Visum</source>
        <translation>Einreise/Visum</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>nicht zustellbar: anrufen oder per Post</source>
        <translation>nicht zustellbar: anrufen oder per Post</translation>
    </message>
    <message>
        <source>falsch adressiert</source>
        <translation>falsch adressiert</translation>
    </message>
    <message>
        <source>erkannt, bitte prüfen</source>
        <translation>erkannt, bitte prüfen</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Fehlt</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Nachrichten</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>Termin anbieten</source>
        <extracomment>proposed to the shell for switching to this screen</extracomment>
        <translation>Termin anbieten</translation>
    </message>
    <message>
        <source>Nachfragen</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Falsch adressiert</source>
        <translation>Falsch adressiert</translation>
    </message>
    <message>
        <source>Postfach abrufen</source>
        <translation>Postfach abrufen</translation>
    </message>
    <message>
        <source>Termin anbieten (Enter)</source>
        <translation>Termin anbieten (Enter)</translation>
    </message>
    <message>
        <source>Nachfragen (F6)</source>
        <translation>Nachfragen (F6)</translation>
    </message>
    <message>
        <source>Falsch adressiert (F7)</source>
        <translation>Falsch adressiert (F7)</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Terminanfragen</source>
        <translation>Ausländerbehörde – Terminanfragen</translation>
    </message>
    <message>
        <source>Kein Postfach für Antworten eingerichtet (Einstellungen [mail]): Anfragen weiterleiten geht, antworten nicht.</source>
        <translation>Kein Postfach für Antworten eingerichtet (Einstellungen [mail]): Anfragen weiterleiten geht, antworten nicht.</translation>
    </message>
    <message>
        <source>Anliegen: {0}</source>
        <translation>Anliegen: {0}</translation>
    </message>
    <message>
        <source>Dienststelle {0}: {1}</source>
        <translation>Dienststelle {0}: {1}</translation>
    </message>
    <message>
        <source>Es fehlt: {0}</source>
        <translation>Es fehlt: {0}</translation>
    </message>
    <message>
        <source>Aus dem Text erkannt (bitte prüfen): {0}</source>
        <translation>Aus dem Text erkannt (bitte prüfen): {0}</translation>
    </message>
    <message>
        <source>Antwort nicht zustellbar: anrufen oder per Post</source>
        <translation>Antwort nicht zustellbar: anrufen oder per Post</translation>
    </message>
    <message>
        <source>Es fehlen Angaben: erst nachfragen (F6).</source>
        <translation>Es fehlen Angaben: erst nachfragen (F6).</translation>
    </message>
    <message>
        <source>Termin gebucht und Bestätigung gesendet.</source>
        <translation>Termin gebucht und Bestätigung gesendet.</translation>
    </message>
    <message>
        <source>Kein freier Termin in den nächsten Wochen.</source>
        <translation>Kein freier Termin in den nächsten Wochen.</translation>
    </message>
    <message>
        <source>Vorschlag: {0}, {1}. Enter bucht und sendet.</source>
        <translation>Vorschlag: {0}, {1}. Enter bucht und sendet.</translation>
    </message>
    <message>
        <source>Nachfrage gesendet.</source>
        <translation>Nachfrage gesendet.</translation>
    </message>
    <message>
        <source>Dienststelle {0} bestätigt.</source>
        <translation>Dienststelle {0} bestätigt.</translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <source>Aktenzeichen beginnt mit</source>
        <translation>Aktenzeichen beginnt mit</translation>
    </message>
    <message>
        <source>Formular-Kategorie</source>
        <translation>Formular-Kategorie</translation>
    </message>
    <message>
        <source>Wort im Anliegen</source>
        <translation>Wort im Anliegen</translation>
    </message>
    <message>
        <source>Bitte ein Muster angeben.</source>
        <translation>Bitte ein Muster angeben.</translation>
    </message>
    <message>
        <source>Diese Dienststelle gibt es nicht.</source>
        <translation>Diese Dienststelle gibt es nicht.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Text, Kategorie oder Aktenzeichen zum Ausprobieren</source>
        <translation>Text, Kategorie oder Aktenzeichen zum Ausprobieren</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Ändern</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nach oben</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Nach unten</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Eine Anfrage geht an die Dienststelle der ersten passenden Regel: erst Aktenzeichen, dann Formular-Kategorie, dann Wörter; innerhalb einer Art von oben nach unten.</source>
        <translation>Eine Anfrage geht an die Dienststelle der ersten passenden Regel: erst Aktenzeichen, dann Formular-Kategorie, dann Wörter; innerhalb einer Art von oben nach unten.</translation>
    </message>
    <message>
        <source>Weiterleitung (Postfach)</source>
        <translation>Weiterleitung (Postfach)</translation>
    </message>
    <message>
        <source>Geändert: mit Speichern gelten die Regeln für neue Anfragen.</source>
        <translation>Geändert: mit Speichern gelten die Regeln für neue Anfragen.</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Gespeichert.</translation>
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
        <translation>Aktion nicht möglich.</translation>
    </message>
    <message>
        <source>{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.</source>
        <translation>{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.</translation>
    </message>
    <message>
        <source>Keine Berechtigung für diese Aktion ({permission}).</source>
        <translation>Keine Berechtigung für diese Aktion ({permission}).</translation>
    </message>
    <message>
        <source>Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</translation>
    </message>
    <message>
        <source>Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.</source>
        <translation>Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.</translation>
    </message>
    <message>
        <source>Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).</source>
        <translation>Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).</translation>
    </message>
    <message>
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
        <source>Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.</source>
        <translation>Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.</translation>
    </message>
    <message>
        <source>Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.</source>
        <translation>Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.</translation>
    </message>
    <message>
        <source>Der Termin ist für den {day} gebucht, nicht für heute.</source>
        <translation>Der Termin ist für den {day} gebucht, nicht für heute.</translation>
    </message>
    <message>
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Für jede Person des Vorgangs ist ein Ergebnis nötig.</translation>
    </message>
    <message>
        <source>Weiterleiten nur an eine andere Dienststelle.</source>
        <translation>Weiterleiten nur an eine andere Dienststelle.</translation>
    </message>
    <message>
        <source>{what} wurde nicht gefunden.</source>
        <translation>{what} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</source>
        <translation>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</translation>
    </message>
    <message>
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</translation>
    </message>
    <message>
        <source>Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</source>
        <translation>Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</translation>
    </message>
    <message>
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Niemand wartet auf einen Aufruf.</translation>
    </message>
    <message>
        <source>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).</source>
        <translation>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).</translation>
    </message>
    <message>
        <source>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</source>
        <translation>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</translation>
    </message>
    <message>
        <source>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</source>
        <translation>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</translation>
    </message>
    <message>
        <source>Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.</source>
        <translation>Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.</translation>
    </message>
    <message>
        <source>Nur Lesezugriff: {why}</source>
        <translation>Nur Lesezugriff: {why}</translation>
    </message>
    <message>
        <source>{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</source>
        <translation>{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</translation>
    </message>
    <message>
        <source>Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</source>
        <translation>Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</translation>
    </message>
    <message>
        <source>Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.</source>
        <translation>Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.</translation>
    </message>
    <message>
        <source>Bitte den Namen der abholenden Person angeben.</source>
        <translation>Bitte den Namen der abholenden Person angeben.</translation>
    </message>
    <message>
        <source>Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.</source>
        <translation>Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.</translation>
    </message>
    <message>
        <source>Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.</source>
        <translation>Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.</translation>
    </message>
    <message>
        <source>{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</source>
        <translation>{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</translation>
    </message>
    <message>
        <source>Die Datei wurde nicht importiert: {count} Fehler.</source>
        <translation>Die Datei wurde nicht importiert: {count} Fehler.</translation>
    </message>
    <message>
        <source>Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.</source>
        <translation>Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.</translation>
    </message>
    <message>
        <source>Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.</source>
        <translation>Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.</translation>
    </message>
    <message>
        <source>Quittungen sind in dieser Dienststelle ausgeschaltet.</source>
        <translation>Quittungen sind in dieser Dienststelle ausgeschaltet.</translation>
    </message>
    <message>
        <source>Quittung {number} ist bereits storniert (Storno {by}).</source>
        <translation>Quittung {number} ist bereits storniert (Storno {by}).</translation>
    </message>
    <message>
        <source>Quittung {number} ist selbst ein Storno und kann nicht storniert werden.</source>
        <translation>Quittung {number} ist selbst ein Storno und kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.</source>
        <translation>Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).</source>
        <translation>Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <source>Der Familienname fehlt.</source>
        <translation>Der Familienname fehlt.</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.</source>
        <translation>Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.</translation>
    </message>
    <message>
        <source>{label} ist zu lang.</source>
        <translation>{label} ist zu lang.</translation>
    </message>
    <message>
        <source>{label} enthält Steuerzeichen und wurde nicht gespeichert.</source>
        <translation>{label} enthält Steuerzeichen und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde nicht gespeichert.</source>
        <translation>{label} enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat) und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{label} ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>{label} ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).</source>
        <translation>Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).</translation>
    </message>
    <message>
        <source>Die Zuordnungsdatei ist fehlerhaft: {why}</source>
        <translation>Die Zuordnungsdatei ist fehlerhaft: {why}</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land oder Adjektiv wie türkisch).</source>
        <translation>Staatsangehörigkeit nicht erkannt: {value} (Code wie TUR, Land oder Adjektiv wie türkisch).</translation>
    </message>
    <message>
        <source>Kein Schalter gewählt.</source>
        <translation>Kein Schalter gewählt.</translation>
    </message>
    <message>
        <source>Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.</source>
        <translation>Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.</translation>
    </message>
    <message>
        <source>Das Dokument wurde von der antragstellenden Person selbst abgeholt.</source>
        <translation>Das Dokument wurde von der antragstellenden Person selbst abgeholt.</translation>
    </message>
    <message>
        <source>Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).</source>
        <translation>Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).</translation>
    </message>
    <message>
        <source>Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.</source>
        <translation>Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.</translation>
    </message>
    <message>
        <source>An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.</source>
        <translation>An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.</translation>
    </message>
    <message>
        <source>Person {applicant_id} gehört nicht zum Vorgang {entry_id}.</source>
        <translation>Person {applicant_id} gehört nicht zum Vorgang {entry_id}.</translation>
    </message>
    <message>
        <source>Der Schalter gehört nicht zu dieser Dienststelle.</source>
        <translation>Der Schalter gehört nicht zu dieser Dienststelle.</translation>
    </message>
    <message>
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Nur gebuchte Termine können verlegt werden.</translation>
    </message>
    <message>
        <source>Vorgang {entry_id} gibt es nicht.</source>
        <translation>Vorgang {entry_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>Unbekannte Zahlungsart {method}.</source>
        <translation>Unbekannte Zahlungsart {method}.</translation>
    </message>
    <message>
        <source>Eine Quittung braucht mindestens eine Gebühr.</source>
        <translation>Eine Quittung braucht mindestens eine Gebühr.</translation>
    </message>
    <message>
        <source>Bitte den Namen des Zahlenden angeben.</source>
        <translation>Bitte den Namen des Zahlenden angeben.</translation>
    </message>
    <message>
        <source>Der Stapel enthält keine Quittung.</source>
        <translation>Der Stapel enthält keine Quittung.</translation>
    </message>
    <message>
        <source>Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.</source>
        <translation>Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.</translation>
    </message>
    <message>
        <source>Mindestens eine Person ist nötig.</source>
        <translation>Mindestens eine Person ist nötig.</translation>
    </message>
    <message>
        <source>Eine Person ist doppelt aufgeführt.</source>
        <translation>Eine Person ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Buchungsnummer {reference} ist schon vergeben.</source>
        <translation>Buchungsnummer {reference} ist schon vergeben.</translation>
    </message>
    <message>
        <source>Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen.</source>
        <translation>Der Termin {when} ist inzwischen ausgebucht: bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin.</source>
        <translation>Zu dieser Zeit ({when}) gibt es keinen buchbaren Termin.</translation>
    </message>
    <message>
        <source>Der Termin {when} liegt in der Vergangenheit.</source>
        <translation>Der Termin {when} liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de}).</source>
        <translation>Nur gebuchte Termine lassen sich verschieben (Vorgang {reference}: {state_de}).</translation>
    </message>
    <message>
        <source>Für diese Dienststelle sind keine Termine eingerichtet.</source>
        <translation>Für diese Dienststelle sind keine Termine eingerichtet.</translation>
    </message>
    <message>
        <source>Die Überbuchung muss zwischen 0 und {limit} % liegen.</source>
        <translation>Die Überbuchung muss zwischen 0 und {limit} % liegen.</translation>
    </message>
    <message>
        <source>Unbekannte Dienststelle im Bericht: {code}.</source>
        <translation>Unbekannte Dienststelle im Bericht: {code}.</translation>
    </message>
    <message>
        <source>Bericht-Layout „{name}“ gibt es nicht.</source>
        <translation>Bericht-Layout „{name}“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).</source>
        <translation>Bitte dem Layout einen Namen geben (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>Ein Layout braucht mindestens einen Block.</source>
        <translation>Ein Layout braucht mindestens einen Block.</translation>
    </message>
    <message>
        <source>Der Zeitraum endet vor seinem Beginn.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Die Kalenderwoche {week} gibt es im Jahr {year} nicht.</source>
        <translation>Die Kalenderwoche {week} gibt es im Jahr {year} nicht.</translation>
    </message>
    <message>
        <source>Monat als JJJJ-MM angeben, z. B. 2021-08.</source>
        <translation>Monat als JJJJ-MM angeben, z. B. 2021-08.</translation>
    </message>
    <message>
        <source>Woche als JJJJ-Www angeben, z. B. 2021-W34.</source>
        <translation>Woche als JJJJ-Www angeben, z. B. 2021-W34.</translation>
    </message>
    <message>
        <source>Block als NAME=CODE,… oder NAME=-CODE,… angeben.</source>
        <translation>Block als NAME=CODE,… oder NAME=-CODE,… angeben.</translation>
    </message>
    <message>
        <source>Unbekannte Kennzahl {name}: erlaubt sind {allowed}.</source>
        <translation>Unbekannte Kennzahl {name}: erlaubt sind {allowed}.</translation>
    </message>
    <message>
        <source>Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn liegen, Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.</source>
        <translation>Öffnungszeit {day} {opens}–{closes} ungültig: das Ende muss nach dem Beginn liegen, Termine 5 bis 240 Minuten lang, 0 bis 100 Schalter.</translation>
    </message>
    <message>
        <source>Eine Sperrzeit muss nach ihrem Beginn enden.</source>
        <translation>Eine Sperrzeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Der Hinweis enthält Steuerzeichen.</source>
        <translation>Der Hinweis enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Der Hinweis ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>Der Hinweis ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Bitte die markierten Felder prüfen.</source>
        <translation>Bitte die markierten Felder prüfen.</translation>
    </message>
    <message>
        <source>Anmeldung nicht möglich: {why}</source>
        <translation>Anmeldung nicht möglich: {why}</translation>
    </message>
    <message>
        <source>Bitte die PIN eingeben.</source>
        <translation>Bitte die PIN eingeben.</translation>
    </message>
    <message>
        <source>Die PIN stimmt nicht.</source>
        <translation>Die PIN stimmt nicht.</translation>
    </message>
    <message>
        <source>Die Stammdaten-Datei wurde nicht importiert: {count} Fehler.</source>
        <translation>Die Stammdaten-Datei wurde nicht importiert: {count} Fehler.</translation>
    </message>
    <message>
        <source>Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.</source>
        <translation>Der {day} ist vorbei: nur heute oder ein späterer Tag lässt sich schließen.</translation>
    </message>
    <message>
        <source>Pflichtfeld.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Höchstens {limit} Zeichen.</source>
        <translation>Höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Nur Großbuchstaben, Ziffern und _ (höchstens {limit} Zeichen).</source>
        <translation>Nur Großbuchstaben, Ziffern und _ (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Ein bis drei Großbuchstaben.</source>
        <translation>Ein bis drei Großbuchstaben.</translation>
    </message>
    <message>
        <source>Eine ganze Zahl von {low} bis {high}.</source>
        <translation>Eine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Die Grenze muss größer als die Toleranz sein.</source>
        <translation>Die Grenze muss größer als die Toleranz sein.</translation>
    </message>
    <message>
        <source>Zeiten wie 07:30–12:00, 13:00–15:30 (leer: geschlossen).</source>
        <translation>Zeiten wie 07:30–12:00, 13:00–15:30 (leer: geschlossen).</translation>
    </message>
    <message>
        <source>Unbekannte Rolle.</source>
        <translation>Unbekannte Rolle.</translation>
    </message>
    <message>
        <source>Unbekannte Berechtigung {value}.</source>
        <translation>Unbekannte Berechtigung {value}.</translation>
    </message>
    <message>
        <source>Kleinbuchstaben, Ziffern, . _ - (höchstens 63 Zeichen).</source>
        <translation>Kleinbuchstaben, Ziffern, . _ - (höchstens 63 Zeichen).</translation>
    </message>
    <message>
        <source>Ein Betrag wie 100,00 (nicht negativ).</source>
        <translation>Ein Betrag wie 100,00 (nicht negativ).</translation>
    </message>
    <message>
        <source>Ein Datum TT.MM.JJJJ.</source>
        <translation>Ein Datum TT.MM.JJJJ.</translation>
    </message>
    <message>
        <source>Ein neuer Preis gilt frühestens ab heute ({today}); die Vergangenheit bleibt.</source>
        <translation>Ein neuer Preis gilt frühestens ab heute ({today}); die Vergangenheit bleibt.</translation>
    </message>
    <message>
        <source>Ein neuer Preis muss nach dem letzten ({last}) beginnen.</source>
        <translation>Ein neuer Preis muss nach dem letzten ({last}) beginnen.</translation>
    </message>
    <message>
        <source>FEE oder SURCHARGE.</source>
        <translation>FEE oder SURCHARGE.</translation>
    </message>
    <message>
        <source>Schon vergeben.</source>
        <translation>Schon vergeben.</translation>
    </message>
    <message>
        <source>Unbekannt: {value}.</source>
        <translation>Unbekannt: {value}.</translation>
    </message>
    <message>
        <source>Vier bis zwölf Ziffern.</source>
        <translation>Vier bis zwölf Ziffern.</translation>
    </message>
    <message>
        <source>Der letzte aktive Administrator kann nicht deaktiviert werden.</source>
        <translation>Der letzte aktive Administrator kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Aufruf nicht möglich: {counter} ist in der Pause ({reason}, seit {since}). Erst die Pause beenden.</source>
        <translation>Aufruf nicht möglich: {counter} ist in der Pause ({reason}, seit {since}). Erst die Pause beenden.</translation>
    </message>
    <message>
        <source>Aufruf nicht möglich: {counter} ist {state_de}.</source>
        <translation>Aufruf nicht möglich: {counter} ist {state_de}.</translation>
    </message>
    <message>
        <source>Für eine Pause bitte einen Grund angeben.</source>
        <translation>Für eine Pause bitte einen Grund angeben.</translation>
    </message>
    <message>
        <source>Der Alarm {alarm} wurde nicht gefunden.</source>
        <translation>Der Alarm {alarm} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Entweder einen Schalter oder eine Person wählen.</source>
        <translation>Entweder einen Schalter oder eine Person wählen.</translation>
    </message>
    <message>
        <source>Das Gewicht muss mindestens 1 sein.</source>
        <translation>Das Gewicht muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Kein Ziel gewählt.</source>
        <translation>Kein Ziel gewählt.</translation>
    </message>
    <message>
        <source>Die Anfrage {request_id} gibt es nicht (mehr).</source>
        <translation>Die Anfrage {request_id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>Der Anfrage {request_id} fehlt nichts; es gibt nichts nachzufragen.</source>
        <translation>Der Anfrage {request_id} fehlt nichts; es gibt nichts nachzufragen.</translation>
    </message>
    <message>
        <source>Das Postfach oder der Mailserver ist nicht erreichbar ({detail}).</source>
        <translation>Das Postfach oder der Mailserver ist nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Name der abholenden Person</source>
        <translation>Name der abholenden Person</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Name des Zahlenden</source>
        <translation>Name des Zahlenden</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Grund der Gebührenbefreiung</source>
        <translation>Grund der Gebührenbefreiung</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>&amp;Sperren / Person wechseln</source>
        <extracomment>``take_over(signed)``: a different person signed in (set by the composition root)</extracomment>
        <translation>&amp;Sperren / Person wechseln</translation>
    </message>
    <message>
        <source>Arbeitsplatz gesperrt</source>
        <translation>Arbeitsplatz gesperrt</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Kennung:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Passwort:</translation>
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
        <translation>Taste</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Freie Plätze</source>
        <translation>Freie Plätze</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Ausfallquote (Balken, %) und Wartezeit (Linien, Median und 90 %, min) je Woche</source>
        <translation>Ausfallquote (Balken, %) und Wartezeit (Linien, Median und 90 %, min) je Woche</translation>
    </message>
    <message>
        <source>Termine</source>
        <extracomment>True on the total row</extracomment>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Erschienen</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Ausfallquote</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <source>Vorsprachen ohne Termin</source>
        <translation>Vorsprachen ohne Termin</translation>
    </message>
    <message>
        <source>nach Nicht erschienen eingelassen</source>
        <translation>nach Nicht erschienen eingelassen</translation>
    </message>
    <message>
        <source>Aufruf verpasst</source>
        <translation>Aufruf verpasst</translation>
    </message>
    <message>
        <source>gegangen</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <source>storniert</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>weitergeleitet</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>noch offen</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Wartezeit Median (min)</source>
        <translation>Wartezeit Median (min)</translation>
    </message>
    <message>
        <source>Wartezeit 90 % (min)</source>
        <translation>Wartezeit 90 % (min)</translation>
    </message>
    <message>
        <source>Bearbeitung Median (min)</source>
        <translation>Bearbeitung Median (min)</translation>
    </message>
    <message>
        <source>Bearbeitung 90 % (min)</source>
        <translation>Bearbeitung 90 % (min)</translation>
    </message>
    <message>
        <source>Aufrufe je Vorgang</source>
        <translation>Aufrufe je Vorgang</translation>
    </message>
    <message>
        <source>Dokumente bestellt</source>
        <translation>Dokumente bestellt</translation>
    </message>
    <message>
        <source>Dokumente ausgegeben</source>
        <translation>Dokumente ausgegeben</translation>
    </message>
    <message>
        <source>{block} (Vorperiode)</source>
        <translation>{block} (Vorperiode)</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>A text for the status bar: (text, is_error). load() finished (successfully or not).</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Woche</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Monat</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Zeitraum</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>◀ &amp;Zurück</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Der Zeitraum davor</source>
        <translation>Der Zeitraum davor</translation>
    </message>
    <message>
        <source>Ein Tag des gewünschten Zeitraums</source>
        <translation>Ein Tag des gewünschten Zeitraums</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Weiter ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Alle Dienststellen</source>
        <translation>Alle Dienststellen</translation>
    </message>
    <message>
        <source>Gespeichertes Layout: Blöcke von Dienststellen (desk-app report-layout)</source>
        <translation>Gespeichertes Layout: Blöcke von Dienststellen (desk-app report-layout)</translation>
    </message>
    <message>
        <source>Mit &amp;Vorperiode vergleichen</source>
        <translation>Mit &amp;Vorperiode vergleichen</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Zeitraum:</translation>
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
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Stunde</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Amt</source>
        <translation>Amt</translation>
    </message>
    <message>
        <source>Nach Dienststelle</source>
        <translation>Nach Dienststelle</translation>
    </message>
    <message>
        <source>Nach Tag</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>Nach Stunde (Personalplanung)</source>
        <translation>Nach Stunde (Personalplanung)</translation>
    </message>
    <message>
        <source>Terminanfragen</source>
        <translation>Terminanfragen</translation>
    </message>
    <message>
        <source>Ausfallquote: Nicht erschienen ÷ Termine. Erschienen: eingecheckte Termine und Vorsprachen ohne Termin. Wartezeit: Einchecken bis erster Aufruf. Ein weitergeleiteter Vorgang zählt einmal, bei der Dienststelle, bei der er ankam.</source>
        <translation>Ausfallquote: Nicht erschienen ÷ Termine. Erschienen: eingecheckte Termine und Vorsprachen ohne Termin. Wartezeit: Einchecken bis erster Aufruf. Ein weitergeleiteter Vorgang zählt einmal, bei der Dienststelle, bei der er ankam.</translation>
    </message>
    <message>
        <source>Ausländerbehörde – Statistik</source>
        <translation>Ausländerbehörde – Statistik</translation>
    </message>
    <message>
        <source>KW {week}/{year}</source>
        <translation>KW {week}/{year}</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>, ohne {names}</source>
        <translation>, ohne {names}</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>{start}–{end} Uhr</source>
        <translation>{start}–{end} Uhr</translation>
    </message>
    <message>
        <source>KW {week}</source>
        <translation>KW {week}</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV-Dateien für Excel (*.csv)</source>
        <translation>CSV-Dateien für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappen (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistik speichern</source>
        <translation>Statistik speichern</translation>
    </message>
    <message>
        <source>Datei nicht gespeichert ({file}): {why}</source>
        <translation>Datei nicht gespeichert ({file}): {why}</translation>
    </message>
    <message>
        <source>Statistik gespeichert: {file}</source>
        <translation>Statistik gespeichert: {file}</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Wartenummer erneut drucken</source>
        <translation>Wartenummer erneut drucken</translation>
    </message>
    <message>
        <source>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</source>
        <translation>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <source>Terminbestätigung drucken</source>
        <translation>Terminbestätigung drucken</translation>
    </message>
    <message>
        <source>Die Terminbestätigung des gewählten gebuchten Termins drucken (in der Sprache der ersten Person).</source>
        <translation>Die Terminbestätigung des gewählten gebuchten Termins drucken (in der Sprache der ersten Person).</translation>
    </message>
    <message>
        <source>Vorsprache aufgenommen: {ticket} bei {sp}.</source>
        <translation>Vorsprache aufgenommen: {ticket} bei {sp}.</translation>
    </message>
    <message>
        <source>Die Wartenummer {ticket}</source>
        <translation>Die Wartenummer {ticket}</translation>
    </message>
    <message>
        <source>Die Terminbestätigung {reference}</source>
        <translation>Die Terminbestätigung {reference}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <source>Anliegen:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <source>Personen (eine Zeile je Person; Geburtsdatum {pattern}, 00 für unbekannt, z. B. {example}):</source>
        <translation>Personen (eine Zeile je Person; Geburtsdatum {pattern}, 00 für unbekannt, z. B. {example}):</translation>
    </message>
    <message>
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Staatsangeh.</source>
        <translation>Staatsangeh.</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>+ Person</source>
        <translation>+ Person</translation>
    </message>
    <message>
        <source>− Person entfernen</source>
        <translation>− Person entfernen</translation>
    </message>
    <message>
        <source>Registrieren und Nummer drucken</source>
        <translation>Registrieren und Nummer drucken</translation>
    </message>
    <message>
        <source>— ohne Angabe —</source>
        <translation>— ohne Angabe —</translation>
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
        <translation>Mindestens eine Person eintragen.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>gesperrt</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>{booked}/{limit} · frei {free}</source>
        <translation>{booked}/{limit} · frei {free}</translation>
    </message>
    <message>
        <source>Gesperrt: {reason}</source>
        <translation>Gesperrt: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkstationGroup</name>
    <message>
        <source>Arbeitsplatz</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Name des Arbeitsplatzes:</source>
        <translation>Name des Arbeitsplatzes:</translation>
    </message>
    <message>
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <source>Schalter:</source>
        <translation>Schalter:</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
</context>
</TS>