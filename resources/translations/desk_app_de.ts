<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/confirm.py" line="25" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../desk_app/ui/counter_view.py" line="32" />
        <source>&amp;Dienststelle:</source>
        <extracomment>The service point or counter choice changed (service point id, counter id).</extracomment>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter_view.py" line="37" />
        <source>S&amp;chalter:</source>
        <translation>S&amp;chalter:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter_view.py" line="45" />
        <source>Filtern: Name, Nummer, Aktenzeichen …</source>
        <translation>Filtern: Name, Nummer, Aktenzeichen …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/counter_view.py" line="106" />
        <source>— kein Schalter —</source>
        <translation>— kein Schalter —</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="73" />
        <source>Anliegen:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="74" />
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="75" />
        <source>Termin:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="76" />
        <source>Wartet seit:</source>
        <translation>Wartet seit:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="77" />
        <source>Schalter:</source>
        <translation>Schalter:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="78" />
        <source>Aufrufe:</source>
        <translation>Aufrufe:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="79" />
        <source>Buchungsnr.:</source>
        <translation>Buchungsnr.:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="80" />
        <source>Hinweis:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="81" />
        <source>Datenqualität:</source>
        <translation>Datenqualität:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="91" />
        <source>Kein Vorgang gewählt. Mit F5 die nächste Person aufrufen oder eine Zeile wählen.</source>
        <translation>Kein Vorgang gewählt. Mit F5 die nächste Person aufrufen oder eine Zeile wählen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="139" />
        <source>Az. {number}</source>
        <translation>Az. {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="146" />
        <source>ohne Termin, angekommen {time}</source>
        <translation>ohne Termin, angekommen {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="156" />
        <source>(Aufrufsperre bis {time})</source>
        <translation>(Aufrufsperre bis {time})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="160" />
        <source>Geparkt: {r}</source>
        <translation>Geparkt: {r}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="161" />
        <source>Verspätet: {r}</source>
        <translation>Verspätet: {r}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/entry_panel.py" line="167" />
        <source>vollständig</source>
        <translation>vollständig</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="34" />
        <source>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</source>
        <translation>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="38" />
        <source>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</source>
        <translation>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="41" />
        <source>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</source>
        <translation>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="48" />
        <source>Diese Aktion</source>
        <translation>Diese Aktion</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="50" />
        <source>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</source>
        <translation>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="56" />
        <source>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</source>
        <translation>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="59" />
        <source>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="63" />
        <source>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</source>
        <translation>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="66" />
        <source>Für diese Aktion fehlt die Berechtigung ({permission}).</source>
        <translation>Für diese Aktion fehlt die Berechtigung ({permission}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="69" />
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="71" />
        <source>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</source>
        <translation>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="74" />
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Für jede Person des Vorgangs ist ein Ergebnis nötig.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="76" />
        <source>Weiterleiten geht nur an eine andere Dienststelle.</source>
        <translation>Weiterleiten geht nur an eine andere Dienststelle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="78" />
        <source>Nicht gefunden: {what}.</source>
        <translation>Nicht gefunden: {what}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="80" />
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="83" />
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="88" />
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Niemand wartet auf einen Aufruf.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="90" />
        <source>Nur Lesezugriff: {why}</source>
        <translation>Nur Lesezugriff: {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="92" />
        <source>Eingabe prüfen: {message}</source>
        <translation>Eingabe prüfen: {message}</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/finish_dialog.py" line="19" />
        <location filename="../../desk_app/ui/dialogs/finish_dialog.py" line="35" />
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/finish_dialog.py" line="21" />
        <source>Ergebnis je Person für Vorgang {ticket}:</source>
        <translation>Ergebnis je Person für Vorgang {ticket}:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/finish_dialog.py" line="38" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="18" />
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="37" />
        <source>Weiterleiten</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="20" />
        <source>Vorgang {ticket} an eine andere Dienststelle weiterleiten? Die Wartenummer bleibt erhalten.</source>
        <translation>Vorgang {ticket} an eine andere Dienststelle weiterleiten? Die Wartenummer bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="30" />
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="33" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="34" />
        <source>Grund:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/forward_dialog.py" line="39" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="22" />
        <location filename="../../desk_app/ui/labels.py" line="201" />
        <source>Gebucht</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="23" />
        <location filename="../../desk_app/ui/labels.py" line="202" />
        <source>Wartend</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="24" />
        <source>Aufgerufen</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="25" />
        <source>In Bearbeitung</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="26" />
        <location filename="../../desk_app/ui/labels.py" line="204" />
        <source>Geparkt</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="27" />
        <location filename="../../desk_app/ui/labels.py" line="207" />
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="28" />
        <location filename="../../desk_app/ui/labels.py" line="74" />
        <location filename="../../desk_app/ui/labels.py" line="206" />
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="29" />
        <source>Storniert</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="30" />
        <location filename="../../desk_app/ui/labels.py" line="78" />
        <source>Gegangen</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="31" />
        <location filename="../../desk_app/ui/labels.py" line="205" />
        <source>Verpasst</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="73" />
        <source>Einchecken</source>
        <extracomment>A symbol per state, so that states differ by shape as well as by colour. Background colours chosen with clearly different luminance (they stay apart in greyscale); text is always dark on them, and weight/italic/symbol carry the state too.</extracomment>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="75" />
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="76" />
        <source>Verspätet angekommen</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="77" />
        <source>Diese Person aufrufen</source>
        <translation>Diese Person aufrufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="79" />
        <source>Erschienen</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="80" />
        <source>Meldet sich nicht</source>
        <translation>Meldet sich nicht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="81" />
        <source>Wieder aufnehmen</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="82" />
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="83" />
        <source>Fortsetzen</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="84" />
        <source>Weiterleiten</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="85" />
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="91" />
        <source>Die Person ist da: Wartenummer vergeben.</source>
        <translation>Die Person ist da: Wartenummer vergeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="92" />
        <source>Der Termin wurde nicht wahrgenommen.</source>
        <translation>Der Termin wurde nicht wahrgenommen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="93" />
        <source>Den Termin stornieren.</source>
        <translation>Den Termin stornieren.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="94" />
        <source>Doch noch gekommen (mit Begründung).</source>
        <translation>Doch noch gekommen (mit Begründung).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="95" />
        <source>Genau diese Person an diesen Schalter aufrufen.</source>
        <translation>Genau diese Person an diesen Schalter aufrufen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="96" />
        <source>Die Person hat das Warten aufgegeben.</source>
        <translation>Die Person hat das Warten aufgegeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="97" />
        <source>Die aufgerufene Person ist am Schalter.</source>
        <translation>Die aufgerufene Person ist am Schalter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="98" />
        <source>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</source>
        <translation>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="100" />
        <source>Die Person ist wieder da.</source>
        <translation>Die Person ist wieder da.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="101" />
        <source>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</source>
        <translation>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="103" />
        <source>Zurück, vorn in der Warteschlange.</source>
        <translation>Zurück, vorn in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="104" />
        <source>An eine andere Dienststelle weiterleiten.</source>
        <translation>An eine andere Dienststelle weiterleiten.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="105" />
        <source>Abschließen, mit einem Ergebnis je Person.</source>
        <translation>Abschließen, mit einem Ergebnis je Person.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="145" />
        <source>Anliegen erledigt</source>
        <extracomment>One consistent scheme: F-keys for the counter's rhythm (call, appeared, not answering, finish, forward), Ctrl+letter for the rest, Ctrl+Shift for the actions that cost a person (they also ask for confirmation). The order of the actions in the entry panel.</extracomment>
        <translation>Anliegen erledigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="146" />
        <source>Dokument bestellt (eAT/Reiseausweis)</source>
        <translation>Dokument bestellt (eAT/Reiseausweis)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="147" />
        <source>Dokument ausgehändigt</source>
        <translation>Dokument ausgehändigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="148" />
        <source>Unterlagen unvollständig</source>
        <translation>Unterlagen unvollständig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="149" />
        <source>Folgetermin nötig</source>
        <translation>Folgetermin nötig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="150" />
        <source>An andere Stelle verwiesen</source>
        <translation>An andere Stelle verwiesen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="151" />
        <source>Nicht zuständig</source>
        <translation>Nicht zuständig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="168" />
        <source>Keine Kontaktdaten (weder E-Mail noch Telefon)</source>
        <translation>Keine Kontaktdaten (weder E-Mail noch Telefon)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="169" />
        <source>E-Mail-Adresse ungültig</source>
        <translation>E-Mail-Adresse ungültig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="170" />
        <source>Geburtsdatum nur teilweise bekannt</source>
        <translation>Geburtsdatum nur teilweise bekannt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="171" />
        <source>Geburtsdatum fehlt</source>
        <translation>Geburtsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="172" />
        <source>Kein Aktenzeichen</source>
        <translation>Kein Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="199" />
        <source>Offen</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="200" />
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="203" />
        <source>Aufgerufen / in Bearbeitung</source>
        <translation>Aufgerufen / in Bearbeitung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="89" />
        <location filename="../../desk_app/ui/main_window.py" line="241" />
        <source>Ausländerbehörde – Schalter</source>
        <extracomment>The user closed the window; the composition root shuts down.</extracomment>
        <translation>Ausländerbehörde – Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="119" />
        <location filename="../../desk_app/ui/main_window.py" line="653" />
        <source>Nächste Person aufrufen</source>
        <translation>Nächste Person aufrufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="120" />
        <source>Ruft die nächste wartende Person an diesen Schalter.</source>
        <translation>Ruft die nächste wartende Person an diesen Schalter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="122" />
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="123" />
        <source>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</source>
        <translation>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="126" />
        <source>Wartenummer erneut drucken</source>
        <translation>Wartenummer erneut drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="127" />
        <source>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</source>
        <translation>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="130" />
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="131" />
        <source>Zum Such- bzw. Filterfeld springen.</source>
        <translation>Zum Such- bzw. Filterfeld springen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="133" />
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="134" />
        <source>Die Ansicht für den Schalter.</source>
        <translation>Die Ansicht für den Schalter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="136" />
        <location filename="../../desk_app/ui/main_window.py" line="268" />
        <source>Infotheke</source>
        <translation>Infotheke</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="137" />
        <source>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</source>
        <translation>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="140" />
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="141" />
        <source>Die Warteschlange vollständig neu laden.</source>
        <translation>Die Warteschlange vollständig neu laden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="147" />
        <source>Ansicht</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="154" />
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="199" />
        <source>Meldung schließen</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="240" />
        <source>Ausländerbehörde – Infotheke</source>
        <translation>Ausländerbehörde – Infotheke</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="264" />
        <source>Arbeitsplatz: {name}</source>
        <translation>Arbeitsplatz: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="268" />
        <source>Sachbearbeitung</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="269" />
        <source>Schichtleitung</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="269" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="272" />
        <source>Angemeldet: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="274" />
        <source>Angemeldet: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="276" />
        <source>Datenbank: {url}</source>
        <translation>Datenbank: {url}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="278" />
        <source>● Nur Lesen</source>
        <translation>● Nur Lesen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="280" />
        <source>● Verbunden</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="282" />
        <source>○ Keine Verbindung</source>
        <translation>○ Keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="289" />
        <source>Nur Lesezugriff: {why} Änderungen sind gesperrt.</source>
        <translation>Nur Lesezugriff: {why} Änderungen sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="293" />
        <source>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</source>
        <translation>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="302" />
        <source>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</source>
        <translation>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="304" />
        <source>Die Datenbank ist schreibgeschützt.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="523" />
        <source>{ticket}: {state}</source>
        <translation>{ticket}: {state}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="525" />
        <source> an {counter}</source>
        <translation> an {counter}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="528" />
        <source> – wartet jetzt bei {sp}</source>
        <translation> – wartet jetzt bei {sp}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="530" />
        <source> (war bereits gespeichert)</source>
        <translation> (war bereits gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="554" />
        <source>Verspätet angekommen</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="555" />
        <source>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</source>
        <translation>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="557" />
        <location filename="../../desk_app/ui/main_window.py" line="616" />
        <source>Verspätung öffentlicher Nahverkehr</source>
        <translation>Verspätung öffentlicher Nahverkehr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="558" />
        <location filename="../../desk_app/ui/main_window.py" line="617" />
        <source>Person war im Haus, falsche Etage</source>
        <translation>Person war im Haus, falsche Etage</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="562" />
        <location filename="../../desk_app/ui/main_window.py" line="565" />
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="563" />
        <source>{ticket} ({names}) als „Nicht erschienen“ markieren?</source>
        <translation>{ticket} ({names}) als „Nicht erschienen“ markieren?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="567" />
        <location filename="../../desk_app/ui/main_window.py" line="570" />
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="568" />
        <source>Den Termin {ticket} ({names}) stornieren?</source>
        <translation>Den Termin {ticket} ({names}) stornieren?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="578" />
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="579" />
        <source>Warum wird {ticket} geparkt?</source>
        <translation>Warum wird {ticket} geparkt?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="581" />
        <source>Kassenautomat</source>
        <translation>Kassenautomat</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="581" />
        <source>Passfoto-Automat</source>
        <translation>Passfoto-Automat</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="582" />
        <source>Unterlagen fehlen</source>
        <translation>Unterlagen fehlen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="606" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="615" />
        <source>Verspätet</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="654" />
        <source>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</source>
        <translation>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="656" />
        <source>Trotzdem aufrufen</source>
        <translation>Trotzdem aufrufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="733" />
        <source>Vorsprache aufgenommen: {ticket} bei {sp}.</source>
        <translation>Vorsprache aufgenommen: {ticket} bei {sp}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="764" />
        <source>Die Wartenummer {ticket} konnte nicht erzeugt werden ({kind}). Bitte die Nummer ansagen.</source>
        <translation>Die Wartenummer {ticket} konnte nicht erzeugt werden ({kind}). Bitte die Nummer ansagen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="769" />
        <source>Wartenummer {ticket} als PDF gespeichert (noch kein Drucker eingerichtet): {path}</source>
        <translation>Wartenummer {ticket} als PDF gespeichert (noch kein Drucker eingerichtet): {path}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="60" />
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="60" />
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="61" />
        <source>Namen</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="61" />
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="62" />
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="63" />
        <source>Wartet seit</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="63" />
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="64" />
        <source>Aufrufe</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="64" />
        <source>Daten</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="238" />
        <source>ohne T. {time}</source>
        <extracomment>The per-state counts changed (for the section tabs).</extracomment>
        <translation>ohne T. {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="256" />
        <source>{time} ({minutes} Min.)</source>
        <translation>{time} ({minutes} Min.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="265" />
        <source>{count} · gesperrt</source>
        <translation>{count} · gesperrt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="284" />
        <source>Aufrufsperre bis {time} Uhr</source>
        <translation>Aufrufsperre bis {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="287" />
        <source>Vorsprache ohne Termin, angekommen um {time} Uhr</source>
        <translation>Vorsprache ohne Termin, angekommen um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="290" />
        <source>Geparkt: {reason}</source>
        <translation>Geparkt: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/reason_dialog.py" line="35" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/reason_dialog.py" line="45" />
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="44" />
        <location filename="../../desk_app/ui/reassign_dialog.py" line="120" />
        <source>Umverteilen</source>
        <extracomment>Roles that work cases at a counter (the clerk list offers only these). OK with valid input: the keyword arguments for Desk.reassign (reason included).</extracomment>
        <translation>Umverteilen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="52" />
        <source>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</source>
        <translation>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="66" />
        <source>&amp;Dienststelle:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="70" />
        <source>&amp;Schalter:</source>
        <translation>&amp;Schalter:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="74" />
        <source>– unverändert –</source>
        <translation>– unverändert –</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="77" />
        <source>S&amp;achbearbeitung:</source>
        <translation>S&amp;achbearbeitung:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="79" />
        <source>Termin &amp;verlegen auf:</source>
        <translation>Termin &amp;verlegen auf:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="91" />
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Nur gebuchte Termine können verlegt werden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="101" />
        <source>Schalter nicht besetzt</source>
        <translation>Schalter nicht besetzt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="102" />
        <source>Lastausgleich zwischen den Schaltern</source>
        <translation>Lastausgleich zwischen den Schaltern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="103" />
        <source>Fachliche Zuständigkeit</source>
        <translation>Fachliche Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="104" />
        <source>Sprachkenntnisse der Sachbearbeitung</source>
        <translation>Sprachkenntnisse der Sachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="105" />
        <source>Terminverlegung auf Wunsch</source>
        <translation>Terminverlegung auf Wunsch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="108" />
        <source>Pflichtangabe</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="109" />
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="122" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="130" />
        <source>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</source>
        <translation>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="138" />
        <source>– beliebiger Schalter –</source>
        <translation>– beliebiger Schalter –</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="194" />
        <source>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</source>
        <translation>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="199" />
        <source>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</source>
        <translation>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../desk_app/ui/reception_view.py" line="34" />
        <source>&amp;Suchen:</source>
        <extracomment>The search text settled (after the debounce): run the search.</extracomment>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reception_view.py" line="39" />
        <source>Name, Aktenzeichen, Buchungsnummer oder Wartenummer …</source>
        <translation>Name, Aktenzeichen, Buchungsnummer oder Wartenummer …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reception_view.py" line="88" />
        <source>{n} Treffer für „{query}“</source>
        <translation>{n} Treffer für „{query}“</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reception_view.py" line="97" />
        <source>Nichts gefunden für „{query}“.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
</context>
<context>
    <name>ShiftLeadBoard</name>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="128" />
        <source>Alle Dienststellen</source>
        <translation>Alle Dienststellen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="176" />
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="177" />
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="261" />
        <source>Am längsten wartet {ticket}.</source>
        <translation>Am längsten wartet {ticket}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="284" />
        <source>nicht besetzt</source>
        <translation>nicht besetzt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="286" />
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="293" />
        <source>{time} ({minutes} min)</source>
        <translation>{time} ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="313" />
        <source>frei</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="323" />
        <source>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</source>
        <translation>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="378" />
        <source>&amp;Umverteilen …</source>
        <extracomment>A text for the status bar: (text, is_error). An entry was reassigned here (the EntryView the service returned). refresh() finished (successfully or not).</extracomment>
        <translation>&amp;Umverteilen …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="380" />
        <source>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</source>
        <translation>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="385" />
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="402" />
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="409" />
        <source>Dienststellen heute</source>
        <translation>Dienststellen heute</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="600" />
        <source>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</source>
        <translation>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="632" />
        <source>Vorgänge aller Dienststellen</source>
        <translation>Vorgänge aller Dienststellen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="635" />
        <source>Vorgänge: {name}</source>
        <translation>Vorgänge: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="642" />
        <source>Schichtleitung – Übersicht {day}</source>
        <translation>Schichtleitung – Übersicht {day}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="703" />
        <source>{ticket} umverteilt: {where}.</source>
        <translation>{ticket} umverteilt: {where}.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="129" />
        <source>◀ &amp;Vorwoche</source>
        <extracomment>A text for the status bar: (text, is_error). load() finished (successfully or not).</extracomment>
        <translation>◀ &amp;Vorwoche</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="137" />
        <source>Ein beliebiger Tag der gewünschten Kalenderwoche</source>
        <translation>Ein beliebiger Tag der gewünschten Kalenderwoche</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="139" />
        <source>&amp;Nächste Woche ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="152" />
        <source>Als &amp;PDF speichern …</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="159" />
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="160" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="163" />
        <source>Nach Dienststelle</source>
        <translation>Nach Dienststelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="164" />
        <source>Nach Tag</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="171" />
        <source>Ausfallquote: Nicht erschienen ÷ entschiedene Termine (ohne noch offene). „Aufruf verpasst“: kam, reagierte aber nicht auf die Aufrufe.</source>
        <translation>Ausfallquote: Nicht erschienen ÷ entschiedene Termine (ohne noch offene). „Aufruf verpasst“: kam, reagierte aber nicht auf die Aufrufe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="212" />
        <source>Wochenstatistik KW {week}/{year} ({first} – {last})</source>
        <translation>Wochenstatistik KW {week}/{year} ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="240" />
        <source>Gesamt</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="247" />
        <source>Woche</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="258" />
        <source>Wochenstatistik als PDF speichern</source>
        <translation>Wochenstatistik als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="261" />
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="287" />
        <source>PDF nicht gespeichert ({file}): {why}</source>
        <translation>PDF nicht gespeichert ({file}): {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="290" />
        <source>Wochenstatistik gespeichert: {file}</source>
        <translation>Wochenstatistik gespeichert: {file}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="36" />
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="49" />
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="52" />
        <source>Anliegen:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="57" />
        <source>Personen (eine Zeile je Person; Geburtsdatum TT.MM.JJJJ, 00 für unbekannt, z. B. 00.00.1990):</source>
        <translation>Personen (eine Zeile je Person; Geburtsdatum TT.MM.JJJJ, 00 für unbekannt, z. B. 00.00.1990):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="62" />
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="62" />
        <source>Vorname(n)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="62" />
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="63" />
        <source>Staatsangeh.</source>
        <translation>Staatsangeh.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="63" />
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="70" />
        <source>+ Person</source>
        <translation>+ Person</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="73" />
        <source>− Person entfernen</source>
        <translation>− Person entfernen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="87" />
        <source>Registrieren und Nummer drucken</source>
        <translation>Registrieren und Nummer drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="91" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="102" />
        <source>— ohne Angabe —</source>
        <translation>— ohne Angabe —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="140" />
        <source>Person {n}: {problem}</source>
        <translation>Person {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="144" />
        <source>Mindestens eine Person eintragen.</source>
        <translation>Mindestens eine Person eintragen.</translation>
    </message>
</context>
</TS>