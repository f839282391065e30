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
    <name>DialogParts</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/parts.py" line="26" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DocumentOrderDialog</name>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="61" />
        <source>Dokument bestellen</source>
        <extracomment>The order was made (DocumentOrderView); the slip is printed afterwards. A message for the window: (text, is_error).</extracomment>
        <translation>Dokument bestellen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="73" />
        <source>Bei der Bundesdruckerei bestellen; der Abholschein wird sofort gedruckt.</source>
        <translation>Bei der Bundesdruckerei bestellen; der Abholschein wird sofort gedruckt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="88" />
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="101" />
        <source>Dokument:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="113" />
        <source>&amp;Abholort:</source>
        <translation>&amp;Abholort:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="125" />
        <source>Bestellen und Abholschein drucken</source>
        <translation>Bestellen und Abholschein drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="169" />
        <source>Bereits offen für diese Person:</source>
        <translation>Bereits offen für diese Person:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="216" />
        <source>{doc} für {name} bestellt: Abholnummer {ref}.</source>
        <translation>{doc} für {name} bestellt: Abholnummer {ref}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="219" />
        <source>Bestellt. Der Abholschein wird gedruckt …</source>
        <translation>Bestellt. Der Abholschein wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="243" />
        <source>{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der Dokumentenausgabe erneut drucken.</source>
        <translation>{ordered} Der Abholschein konnte nicht erzeugt werden ({why}); bitte in der Dokumentenausgabe erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/document_order_dialog.py" line="249" />
        <source>Abholschein</source>
        <translation>Abholschein</translation>
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
        <location filename="../../desk_app/ui/error_messages.py" line="35" />
        <source>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</source>
        <translation>Die Datenbank ist nicht erreichbar ({url}). Nichts wurde gespeichert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="39" />
        <source>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</source>
        <translation>Die Datenbank muss erst aktualisiert werden. Bitte die IT verständigen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="42" />
        <source>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</source>
        <translation>Unerwarteter Fehler ({kind}). Die Aktion wurde nicht ausgeführt; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="49" />
        <source>Diese Aktion</source>
        <translation>Diese Aktion</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="51" />
        <source>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</source>
        <translation>„{verb}“ ist nicht möglich: der Vorgang hat den Status „{state}“.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="57" />
        <source>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</source>
        <translation>Erneuter Aufruf erst ab {time} Uhr möglich (Aufrufsperre).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="60" />
        <source>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>{minutes} Minuten zu spät: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="64" />
        <source>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</source>
        <translation>{minutes} Minuten zu spät: Einchecken nur mit Begründung.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="67" />
        <source>Für diese Aktion fehlt die Berechtigung ({permission}).</source>
        <translation>Für diese Aktion fehlt die Berechtigung ({permission}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="70" />
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="72" />
        <source>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</source>
        <translation>Der Termin hat noch nicht begonnen: „Nicht erschienen“ ist noch nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="75" />
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Für jede Person des Vorgangs ist ein Ergebnis nötig.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="77" />
        <source>Weiterleiten geht nur an eine andere Dienststelle.</source>
        <translation>Weiterleiten geht nur an eine andere Dienststelle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="79" />
        <source>Nicht gefunden: {what}.</source>
        <translation>Nicht gefunden: {what}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="81" />
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="84" />
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="89" />
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Niemand wartet auf einen Aufruf.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="91" />
        <source>Nur Lesezugriff: {why}</source>
        <translation>Nur Lesezugriff: {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/error_messages.py" line="93" />
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
    <name>HandOutDialog</name>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="476" />
        <source>Dokument aushändigen</source>
        <translation>Dokument aushändigen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="480" />
        <source>{doc} {reference} für {name} (geb. {birth})</source>
        <translation>{doc} {reference} für {name} (geb. {birth})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="490" />
        <source>Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder Fiktionsbescheinigung{pin}.</source>
        <translation>Bitte prüfen: Pass oder Passersatz, bisheriges Dokument oder Fiktionsbescheinigung{pin}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="492" />
        <source>, PIN-Brief</source>
        <translation>, PIN-Brief</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="496" />
        <source>Wer holt ab?</source>
        <translation>Wer holt ab?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="499" />
        <source>Die antragstellende Person selbst</source>
        <translation>Die antragstellende Person selbst</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="501" />
        <source>Ein Elternteil (Kind unter {limit} Jahren)</source>
        <translation>Ein Elternteil (Kind unter {limit} Jahren)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="504" />
        <source>Eine andere Person (mit Vollmacht)</source>
        <translation>Eine andere Person (mit Vollmacht)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="511" />
        <source>Die antragstellende Person ist unter {limit} Jahre alt.</source>
        <translation>Die antragstellende Person ist unter {limit} Jahre alt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="520" />
        <source>Vor- und Familienname wie im Ausweis</source>
        <translation>Vor- und Familienname wie im Ausweis</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="521" />
        <source>&amp;Name der abholenden Person:</source>
        <translation>&amp;Name der abholenden Person:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="525" />
        <source>Schriftliche &amp;Vollmacht liegt vor und wurde geprüft</source>
        <translation>Schriftliche &amp;Vollmacht liegt vor und wurde geprüft</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="536" />
        <source>Aushändigen</source>
        <translation>Aushändigen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="538" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="22" />
        <location filename="../../desk_app/ui/labels.py" line="211" />
        <source>Gebucht</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="23" />
        <location filename="../../desk_app/ui/labels.py" line="212" />
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
        <location filename="../../desk_app/ui/labels.py" line="214" />
        <source>Geparkt</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="27" />
        <location filename="../../desk_app/ui/labels.py" line="217" />
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="28" />
        <location filename="../../desk_app/ui/labels.py" line="76" />
        <location filename="../../desk_app/ui/labels.py" line="216" />
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
        <location filename="../../desk_app/ui/labels.py" line="80" />
        <source>Gegangen</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="31" />
        <location filename="../../desk_app/ui/labels.py" line="215" />
        <source>Verpasst</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="75" />
        <source>Einchecken</source>
        <extracomment>A symbol per state, so that states differ by shape as well as by colour. Background colours chosen with clearly different relative luminance, so that they stay apart in greyscale (done 1.00, booked .91, waiting .82, called .69, parked .59, no-show .51, in service .45, missed .30); the text is always #111 on them (contrast 6:1 or better), and weight, italics and the symbol carry the state as well.</extracomment>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="77" />
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="78" />
        <source>Verspätet angekommen</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="79" />
        <source>Diese Person aufrufen</source>
        <translation>Diese Person aufrufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="81" />
        <source>Erschienen</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="82" />
        <source>Meldet sich nicht</source>
        <translation>Meldet sich nicht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="83" />
        <source>Wieder aufnehmen</source>
        <translation>Wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="84" />
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="85" />
        <source>Fortsetzen</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="86" />
        <source>Weiterleiten</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="87" />
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="93" />
        <source>Die Person ist da: Wartenummer vergeben.</source>
        <translation>Die Person ist da: Wartenummer vergeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="94" />
        <source>Der Termin wurde nicht wahrgenommen.</source>
        <translation>Der Termin wurde nicht wahrgenommen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="95" />
        <source>Den Termin stornieren.</source>
        <translation>Den Termin stornieren.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="96" />
        <source>Doch noch gekommen (mit Begründung).</source>
        <translation>Doch noch gekommen (mit Begründung).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="97" />
        <source>Genau diese Person an diesen Schalter aufrufen.</source>
        <translation>Genau diese Person an diesen Schalter aufrufen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="98" />
        <source>Die Person hat das Warten aufgegeben.</source>
        <translation>Die Person hat das Warten aufgegeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="99" />
        <source>Die aufgerufene Person ist am Schalter.</source>
        <translation>Die aufgerufene Person ist am Schalter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="100" />
        <source>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</source>
        <translation>Niemand kam: zurück in die Warteschlange, mit Aufrufsperre.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="102" />
        <source>Die Person ist wieder da.</source>
        <translation>Die Person ist wieder da.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="103" />
        <source>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</source>
        <translation>Kurz unterbrechen (Kassenautomat, Passfoto, Unterlagen).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="105" />
        <source>Zurück, vorn in der Warteschlange.</source>
        <translation>Zurück, vorn in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="106" />
        <source>An eine andere Dienststelle weiterleiten.</source>
        <translation>An eine andere Dienststelle weiterleiten.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="107" />
        <source>Abschließen, mit einem Ergebnis je Person.</source>
        <translation>Abschließen, mit einem Ergebnis je Person.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="155" />
        <source>Anliegen erledigt</source>
        <extracomment>One consistent scheme: F-keys for the counter's rhythm (call, appeared, not answering, finish, forward), Ctrl+letter for the rest, Ctrl+Shift for the actions that cost a person (they also ask for confirmation). The order of the actions in the entry panel.</extracomment>
        <translation>Anliegen erledigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="156" />
        <source>Dokument bestellt (eAT/Reiseausweis)</source>
        <translation>Dokument bestellt (eAT/Reiseausweis)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="157" />
        <source>Dokument ausgehändigt</source>
        <translation>Dokument ausgehändigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="158" />
        <source>Unterlagen unvollständig</source>
        <translation>Unterlagen unvollständig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="159" />
        <source>Folgetermin nötig</source>
        <translation>Folgetermin nötig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="160" />
        <source>An andere Stelle verwiesen</source>
        <translation>An andere Stelle verwiesen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="161" />
        <source>Nicht zuständig</source>
        <translation>Nicht zuständig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="178" />
        <source>Keine Kontaktdaten (weder E-Mail noch Telefon)</source>
        <translation>Keine Kontaktdaten (weder E-Mail noch Telefon)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="179" />
        <source>E-Mail-Adresse ungültig</source>
        <translation>E-Mail-Adresse ungültig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="180" />
        <source>Geburtsdatum nur teilweise bekannt</source>
        <translation>Geburtsdatum nur teilweise bekannt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="181" />
        <source>Geburtsdatum fehlt</source>
        <translation>Geburtsdatum fehlt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="182" />
        <source>Kein Aktenzeichen</source>
        <translation>Kein Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="209" />
        <source>Offen</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="210" />
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="213" />
        <source>Aufgerufen / in Bearbeitung</source>
        <translation>Aufgerufen / in Bearbeitung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="125" />
        <location filename="../../desk_app/ui/main_window.py" line="423" />
        <source>Ausländerbehörde – Schalter</source>
        <extracomment>The user closed the window; the composition root shuts down.</extracomment>
        <translation>Ausländerbehörde – Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="158" />
        <location filename="../../desk_app/ui/main_window.py" line="937" />
        <source>Nächste Person aufrufen</source>
        <translation>Nächste Person aufrufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="159" />
        <source>Ruft die nächste wartende Person an diesen Schalter.</source>
        <translation>Ruft die nächste wartende Person an diesen Schalter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="161" />
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="162" />
        <source>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</source>
        <translation>Eine Person oder Familie ohne Termin aufnehmen und die Wartenummer drucken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="165" />
        <source>Wartenummer erneut drucken</source>
        <translation>Wartenummer erneut drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="166" />
        <source>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</source>
        <translation>Die Wartenummer des gewählten Vorgangs noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="169" />
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="170" />
        <source>Zum Such- bzw. Filterfeld springen.</source>
        <translation>Zum Such- bzw. Filterfeld springen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="172" />
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="173" />
        <source>Die Ansicht für den Schalter.</source>
        <translation>Die Ansicht für den Schalter.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="175" />
        <location filename="../../desk_app/ui/main_window.py" line="492" />
        <source>Infotheke</source>
        <translation>Infotheke</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="176" />
        <source>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</source>
        <translation>Die Ansicht für die Infotheke: Einchecken für alle Dienststellen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="179" />
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="180" />
        <source>Die Warteschlange vollständig neu laden.</source>
        <translation>Die Warteschlange vollständig neu laden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="219" />
        <source>Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage).</source>
        <translation>Die letzte Quittung des gewählten Vorgangs (ohne Auswahl: die zuletzt hier ausgestellte) durch einen Stornobeleg aufheben (nach Rückfrage).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="232" />
        <source>Ansicht</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="244" />
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="289" />
        <source>Meldung schließen</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="419" />
        <source>Ausländerbehörde – Infotheke</source>
        <translation>Ausländerbehörde – Infotheke</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="488" />
        <source>Arbeitsplatz: {name}</source>
        <translation>Arbeitsplatz: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="492" />
        <source>Sachbearbeitung</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="183" />
        <location filename="../../desk_app/ui/main_window.py" line="493" />
        <source>Schichtleitung</source>
        <translation>Schichtleitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="184" />
        <source>Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, Umverteilen.</source>
        <translation>Die Übersicht der Schichtleitung: alle Dienststellen und Schalter, Umverteilen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="187" />
        <source>Statistik</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="188" />
        <source>Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, Ausfallquote.</source>
        <translation>Die Wochenstatistik: Termine, Erschienen, Nicht erschienen, Ausfallquote.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="191" />
        <source>Ausgabe</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="192" />
        <source>Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang buchen.</source>
        <translation>Die Dokumentenausgabe: Abholschein scannen, aushändigen, Eingang buchen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="197" />
        <source>Dokument bestellen …</source>
        <translation>Dokument bestellen …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="198" />
        <source>Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis bestellen; der Abholschein wird sofort gedruckt.</source>
        <translation>Für eine Person des Vorgangs in Bearbeitung einen eAT oder Reiseausweis bestellen; der Abholschein wird sofort gedruckt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="209" />
        <source>Terminbestätigung drucken</source>
        <translation>Terminbestätigung drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="210" />
        <source>Die Terminbestätigung des gewählten gebuchten Termins drucken (in der Sprache der ersten Person).</source>
        <translation>Die Terminbestätigung des gewählten gebuchten Termins drucken (in der Sprache der ersten Person).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="213" />
        <source>Quittung …</source>
        <translation>Quittung …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="214" />
        <source>Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und drucken.</source>
        <translation>Gebühren des Vorgangs in Bearbeitung kassieren: Quittung ausstellen und drucken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="217" />
        <source>Letzte Quittung stornieren</source>
        <translation>Letzte Quittung stornieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="227" />
        <source>Drucker …</source>
        <translation>Drucker …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="228" />
        <source>Den Drucker je Dokumentart wählen (für diese Sitzung).</source>
        <translation>Den Drucker je Dokumentart wählen (für diese Sitzung).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="333" />
        <location filename="../../desk_app/ui/main_window.py" line="341" />
        <source>Druckaufträge</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="344" />
        <source>Druckaufträge ein- und ausblenden ({key})</source>
        <translation>Druckaufträge ein- und ausblenden ({key})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="374" />
        <source>&amp;Ansicht</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="386" />
        <source>&amp;Drucken</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="420" />
        <source>Ausländerbehörde – Schichtleitung</source>
        <translation>Ausländerbehörde – Schichtleitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="421" />
        <source>Ausländerbehörde – Statistik</source>
        <translation>Ausländerbehörde – Statistik</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="422" />
        <source>Ausländerbehörde – Dokumentenausgabe</source>
        <translation>Ausländerbehörde – Dokumentenausgabe</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="493" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="496" />
        <source>Angemeldet: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="498" />
        <source>Angemeldet: {name} ({role})</source>
        <translation>Angemeldet: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="500" />
        <source>Datenbank: {url}</source>
        <translation>Datenbank: {url}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="502" />
        <source>● Nur Lesen</source>
        <translation>● Nur Lesen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="504" />
        <source>● Verbunden</source>
        <translation>● Verbunden</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="506" />
        <source>○ Keine Verbindung</source>
        <translation>○ Keine Verbindung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="513" />
        <source>Nur Lesezugriff: {why} Änderungen sind gesperrt.</source>
        <translation>Nur Lesezugriff: {why} Änderungen sind gesperrt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="517" />
        <source>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</source>
        <translation>Keine Verbindung zur Datenbank. Die Anzeige ist eventuell nicht aktuell, Änderungen sind gesperrt. Es wird automatisch neu verbunden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="526" />
        <source>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</source>
        <translation>Die Datenbank ist neuer als dieses Programm; bitte das Programm aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="528" />
        <source>Die Datenbank ist schreibgeschützt.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="807" />
        <source>{ticket}: {state}</source>
        <translation>{ticket}: {state}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="809" />
        <source> an {counter}</source>
        <translation> an {counter}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="812" />
        <source> – wartet jetzt bei {sp}</source>
        <translation> – wartet jetzt bei {sp}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="814" />
        <source> (war bereits gespeichert)</source>
        <translation> (war bereits gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="838" />
        <source>Verspätet angekommen</source>
        <translation>Verspätet angekommen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="839" />
        <source>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</source>
        <translation>Warum wird {ticket} trotz „Nicht erschienen“ noch aufgenommen?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="841" />
        <location filename="../../desk_app/ui/main_window.py" line="900" />
        <source>Verspätung öffentlicher Nahverkehr</source>
        <translation>Verspätung öffentlicher Nahverkehr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="842" />
        <location filename="../../desk_app/ui/main_window.py" line="901" />
        <source>Person war im Haus, falsche Etage</source>
        <translation>Person war im Haus, falsche Etage</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="846" />
        <location filename="../../desk_app/ui/main_window.py" line="849" />
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="847" />
        <source>{ticket} ({names}) als „Nicht erschienen“ markieren?</source>
        <translation>{ticket} ({names}) als „Nicht erschienen“ markieren?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="851" />
        <location filename="../../desk_app/ui/main_window.py" line="854" />
        <location filename="../../desk_app/ui/main_window.py" line="1257" />
        <source>Stornieren</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="852" />
        <source>Den Termin {ticket} ({names}) stornieren?</source>
        <translation>Den Termin {ticket} ({names}) stornieren?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="862" />
        <source>Parken</source>
        <translation>Parken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="863" />
        <source>Warum wird {ticket} geparkt?</source>
        <translation>Warum wird {ticket} geparkt?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="865" />
        <source>Kassenautomat</source>
        <translation>Kassenautomat</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="865" />
        <source>Passfoto-Automat</source>
        <translation>Passfoto-Automat</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="866" />
        <source>Unterlagen fehlen</source>
        <translation>Unterlagen fehlen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="890" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="899" />
        <source>Verspätet</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="938" />
        <source>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</source>
        <translation>An diesem Schalter ist noch jemand: {who}. Trotzdem die nächste Person aufrufen?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="940" />
        <source>Trotzdem aufrufen</source>
        <translation>Trotzdem aufrufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1019" />
        <source>Vorsprache aufgenommen: {ticket} bei {sp}.</source>
        <translation>Vorsprache aufgenommen: {ticket} bei {sp}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1046" />
        <source>Die Wartenummer {ticket}</source>
        <translation>Die Wartenummer {ticket}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1064" />
        <source>{what} konnte nicht gedruckt werden: {why}</source>
        <translation>{what} konnte nicht gedruckt werden: {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1068" />
        <source> (Kopie)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1070" />
        <source>{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet ist (Menü Drucken → Drucker …): {path}</source>
        <translation>{what}{copy} wurde als PDF gespeichert, weil kein Drucker eingerichtet ist (Menü Drucken → Drucker …): {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1075" />
        <source>{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe Druckaufträge.</source>
        <translation>{what}{copy} wurde nicht gedruckt ({printer}): {why} Siehe Druckaufträge.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1083" />
        <source>{what}{copy} geht an den Drucker {printer}.</source>
        <translation>{what}{copy} geht an den Drucker {printer}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1114" />
        <source>Die Terminbestätigung {reference}</source>
        <translation>Die Terminbestätigung {reference}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1181" />
        <source>Der Stornobeleg {number}</source>
        <translation>Der Stornobeleg {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1182" />
        <source>Die Quittung {number}</source>
        <translation>Die Quittung {number}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1252" />
        <source>Quittung stornieren</source>
        <translation>Quittung stornieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1253" />
        <source>Die Quittung {number} über {total} ({payer}) durch einen Stornobeleg aufheben?</source>
        <translation>Die Quittung {number} über {total} ({payer}) durch einen Stornobeleg aufheben?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1315" />
        <source>Wartenummern:</source>
        <translation>Wartenummern:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1316" />
        <source>Bestätigungen und Abholscheine:</source>
        <translation>Bestätigungen und Abholscheine:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1318" />
        <source>Quittungen:</source>
        <translation>Quittungen:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1339" />
        <source>Wartenummern</source>
        <translation>Wartenummern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1339" />
        <source>Bestätigungen</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1340" />
        <source>Quittungen</source>
        <translation>Quittungen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1342" />
        <source>{what}: {printer}</source>
        <translation>{what}: {printer}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="1346" />
        <source>als PDF speichern</source>
        <translation>als PDF speichern</translation>
    </message>
</context>
<context>
    <name>PickupLabels</name>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="129" />
        <source>Bestellt</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="130" />
        <source>Eingetroffen</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="131" />
        <source>Ausgehändigt</source>
        <translation>Ausgehändigt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="132" />
        <source>Storniert</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="133" />
        <source>Vernichtet</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="139" />
        <source>eAT</source>
        <translation>eAT</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="139" />
        <source>Elektronischer Aufenthaltstitel (eAT)</source>
        <translation>Elektronischer Aufenthaltstitel (eAT)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="141" />
        <source>Reiseausweis</source>
        <translation>Reiseausweis</translation>
    </message>
</context>
<context>
    <name>PickupMessages</name>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="171" />
        <source>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</source>
        <translation>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="176" />
        <source>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {read} Zeichen).</source>
        <translation>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {read} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="180" />
        <source>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</source>
        <translation>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="183" />
        <source>Nicht gefunden: {what}.</source>
        <translation>Nicht gefunden: {what}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="186" />
        <source>Abgelehnt: Abholung durch eine andere Person nur mit schriftlicher Vollmacht. Bitte die Vollmacht prüfen und bestätigen.</source>
        <translation>Abgelehnt: Abholung durch eine andere Person nur mit schriftlicher Vollmacht. Bitte die Vollmacht prüfen und bestätigen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="190" />
        <source>Abgelehnt: die antragstellende Person ist unter {limit} Jahre alt. Das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</source>
        <translation>Abgelehnt: die antragstellende Person ist unter {limit} Jahre alt. Das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="195" />
        <source>Abgelehnt: die antragstellende Person ist nicht unter {limit} Jahre alt. Ein Elternteil braucht eine Vollmacht wie jede andere Person.</source>
        <translation>Abgelehnt: die antragstellende Person ist nicht unter {limit} Jahre alt. Ein Elternteil braucht eine Vollmacht wie jede andere Person.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="200" />
        <source>Bitte den Namen der abholenden Person angeben.</source>
        <translation>Bitte den Namen der abholenden Person angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="202" />
        <source>Falscher Abholort: das Dokument {reference} liegt bei {sp} zur Abholung bereit.</source>
        <translation>Falscher Abholort: das Dokument {reference} liegt bei {sp} zur Abholung bereit.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="207" />
        <source>Das Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</source>
        <translation>Das Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state}). Die Anzeige ist aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="213" />
        <source>Nicht möglich: das Dokument {reference} hat den Status „{state}“.</source>
        <translation>Nicht möglich: das Dokument {reference} hat den Status „{state}“.</translation>
    </message>
</context>
<context>
    <name>PickupModel</name>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="229" />
        <source>Abholnummer</source>
        <translation>Abholnummer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="232" />
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="231" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="233" />
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="234" />
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="230" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="236" />
        <source>Bestellt</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="235" />
        <source>Eingetroffen</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="355" />
        <source>Liegt seit {days} Tagen bereit</source>
        <translation>Liegt seit {days} Tagen bereit</translation>
    </message>
</context>
<context>
    <name>PickupView</name>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="112" />
        <source>{what}: Druck an {printer} fehlgeschlagen ({error}). Siehe Druckaufträge.</source>
        <extracomment>Background per state: arrived (ready to hand out) stands out, the rest stays quiet. ``output(data, *, label, entity, entity_id, copy)`` -&gt; where the document went; the signature of desk_app.ui.document_output.DocumentOutput.output (printer or PDF).</extracomment>
        <translation>{what}: Druck an {printer} fehlgeschlagen ({error}). Siehe Druckaufträge.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="118" />
        <source>{what} als PDF gespeichert (kein Drucker eingerichtet): {path}</source>
        <translation>{what} als PDF gespeichert (kein Drucker eingerichtet): {path}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="121" />
        <source>{what} an {printer} gesendet.</source>
        <translation>{what} an {printer} gesendet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="123" />
        <source>{what} erzeugt.</source>
        <translation>{what} erzeugt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="642" />
        <source>Aushändigen</source>
        <extracomment>A message for the clerk: (text, is_error). The opened order changed (DocumentOrderView or None).</extracomment>
        <translation>Aushändigen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="643" />
        <source>Das eingetroffene Dokument aushändigen und die Empfangsbestätigung drucken.</source>
        <translation>Das eingetroffene Dokument aushändigen und die Empfangsbestätigung drucken.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="646" />
        <source>Eingang buchen</source>
        <translation>Eingang buchen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="647" />
        <source>Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen.</source>
        <translation>Das geöffnete Dokument ist von der Bundesdruckerei eingetroffen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="650" />
        <source>Abholschein drucken</source>
        <translation>Abholschein drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="651" />
        <source>Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie).</source>
        <translation>Den Abholschein des geöffneten Dokuments noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="654" />
        <source>Empfangsbestätigung drucken</source>
        <translation>Empfangsbestätigung drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="655" />
        <source>Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken (Kopie).</source>
        <translation>Die Empfangsbestätigung des ausgehändigten Dokuments noch einmal drucken (Kopie).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="658" />
        <source>Lieferung erfassen</source>
        <translation>Lieferung erfassen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="659" />
        <source>Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der Lieferung.</source>
        <translation>Stapelbetrieb: jeder Scan bucht den Eingang eines Dokuments der Lieferung.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="685" />
        <source>&amp;Abholnummer:</source>
        <translation>&amp;Abholnummer:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="688" />
        <location filename="../../desk_app/ui/pickup_view.py" line="882" />
        <source>Barcode scannen oder 12 Ziffern eingeben, dann Enter</source>
        <translation>Barcode scannen oder 12 Ziffern eingeben, dann Enter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="698" />
        <source>Öffnen</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="779" />
        <source>Dokument:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="780" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="781" />
        <source>Geburtsdatum:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="782" />
        <source>Aktenzeichen:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="783" />
        <source>Bestellt am:</source>
        <translation>Bestellt am:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="784" />
        <source>Eingetroffen am:</source>
        <translation>Eingetroffen am:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="785" />
        <source>Ausgehändigt am:</source>
        <translation>Ausgehändigt am:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="786" />
        <source>Abgeholt von:</source>
        <translation>Abgeholt von:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="787" />
        <source>Dokumentennr.:</source>
        <translation>Dokumentennr.:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="788" />
        <source>Abholort:</source>
        <translation>Abholort:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="820" />
        <source>Lieferung der Bundesdruckerei erfassen</source>
        <translation>Lieferung der Bundesdruckerei erfassen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="825" />
        <source>Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe.</source>
        <translation>Jeden Abholschein-Barcode bzw. jede Abholnummer scannen: der Eingang wird sofort gebucht. Mit {key} zurück zur Ausgabe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="839" />
        <source>Liste leeren</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="881" />
        <source>Lieferung: Barcode scannen – der Eingang wird sofort gebucht</source>
        <translation>Lieferung: Barcode scannen – der Eingang wird sofort gebucht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="905" />
        <source>Dienststelle {id}</source>
        <translation>Dienststelle {id}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="906" />
        <source>keine Dienststelle gewählt</source>
        <translation>keine Dienststelle gewählt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="907" />
        <source>Dokumentenausgabe – {sp}</source>
        <translation>Dokumentenausgabe – {sp}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="909" />
        <source>Zur Abholung hier: {arrived} eingetroffen, {ordered} bestellt</source>
        <translation>Zur Abholung hier: {arrived} eingetroffen, {ordered} bestellt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="924" />
        <source>Kein Dokument geöffnet. Abholschein scannen oder eine Zeile der Liste wählen.</source>
        <translation>Kein Dokument geöffnet. Abholschein scannen oder eine Zeile der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="937" />
        <source>unbekannt</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="940" />
        <source>({age} Jahre)</source>
        <translation>({age} Jahre)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="942" />
        <source>Kind unter {limit}: Abholung durch ein Elternteil</source>
        <translation>Kind unter {limit}: Abholung durch ein Elternteil</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="952" />
        <source>der antragstellenden Person selbst</source>
        <translation>der antragstellenden Person selbst</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="963" />
        <source>Mitzubringen: Pass, bisheriges Dokument oder Fiktionsbescheinigung{pin}; bei Abholung durch andere Personen eine Vollmacht.</source>
        <translation>Mitzubringen: Pass, bisheriges Dokument oder Fiktionsbescheinigung{pin}; bei Abholung durch andere Personen eine Vollmacht.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="966" />
        <source>, PIN-Brief</source>
        <translation>, PIN-Brief</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="992" />
        <source>Dieses Dokument wird bei {sp} ausgegeben, nicht hier.</source>
        <translation>Dieses Dokument wird bei {sp} ausgegeben, nicht hier.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1093" />
        <source>Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung bereit, nicht hier.</source>
        <translation>Falscher Abholort: {ref} ({name}) liegt bei {sp} zur Abholung bereit, nicht hier.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1098" />
        <source>{ref} ({name}) liegt bereit: mit {key} aushändigen.</source>
        <translation>{ref} ({name}) liegt bereit: mit {key} aushändigen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1101" />
        <source>{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).</source>
        <translation>{ref} ({name}) ist noch nicht eingetroffen (bestellt am {date}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1104" />
        <source>{ref} ({name}) wurde bereits am {when} ausgehändigt.</source>
        <translation>{ref} ({name}) wurde bereits am {when} ausgehändigt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1106" />
        <source>{ref} ({name}): {state}. Nicht mehr auszuhändigen.</source>
        <translation>{ref} ({name}): {state}. Nicht mehr auszuhändigen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1210" />
        <source>{ref} an {who} ausgehändigt{replayed}.</source>
        <translation>{ref} an {who} ausgehändigt{replayed}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1212" />
        <source> (war bereits gespeichert)</source>
        <translation> (war bereits gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1216" />
        <source>Empfangsbestätigung</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1229" />
        <source>Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit „Empfangsbestätigung drucken“ erneut versuchen.</source>
        <translation>Die Empfangsbestätigung konnte nicht erzeugt werden: {why} Mit „Empfangsbestätigung drucken“ erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1261" />
        <source>Eingang gebucht. </source>
        <translation>Eingang gebucht. </translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1268" />
        <source>… {ref}: wird gebucht</source>
        <translation>… {ref}: wird gebucht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1300" />
        <source>{ref}: eingetroffen – {doc}, {name}</source>
        <translation>{ref}: eingetroffen – {doc}, {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1303" />
        <source>(Abholung bei {sp})</source>
        <translation>(Abholung bei {sp})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1322" />
        <source>Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}</source>
        <translation>Gescannt: {n} · eingetroffen: {ok} · Probleme: {bad}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1345" />
        <source>Der Abholschein konnte nicht erzeugt werden: {why}</source>
        <translation>Der Abholschein konnte nicht erzeugt werden: {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1349" />
        <source>Abholschein (Kopie)</source>
        <translation>Abholschein (Kopie)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1357" />
        <source>nicht gebucht</source>
        <translation>nicht gebucht</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1359" />
        <source>unbekannte Abholnummer</source>
        <translation>unbekannte Abholnummer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1361" />
        <source>nicht gebucht: das Dokument ist nicht im Status „Bestellt“ (schon eingetroffen, storniert oder ausgehändigt)</source>
        <translation>nicht gebucht: das Dokument ist nicht im Status „Bestellt“ (schon eingetroffen, storniert oder ausgehändigt)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/pickup_view.py" line="1365" />
        <source>Prüfziffer falsch – bitte noch einmal scannen</source>
        <translation>Prüfziffer falsch – bitte noch einmal scannen</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="72" />
        <source>Druckaufträge</source>
        <translation>Druckaufträge</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="99" />
        <source>Erneut senden</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="102" />
        <source>Umleiten</source>
        <translation>Umleiten</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="127" />
        <source>Zeit</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="127" />
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="127" />
        <source>Drucker</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="127" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="128" />
        <source>Hinweis</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="131" />
        <source>Wartet</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="131" />
        <source>Gesendet</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="132" />
        <source>Gedruckt</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="133" />
        <source>Fehlgeschlagen</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="133" />
        <source>Hängt</source>
        <translation>Hängt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="137" />
        <source>Wartemarke</source>
        <translation>Wartemarke</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="137" />
        <source>Abholschein</source>
        <translation>Abholschein</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="138" />
        <source>Terminbestätigung</source>
        <translation>Terminbestätigung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="139" />
        <source>Empfangsbestätigung</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="140" />
        <source>Quittung</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="235" />
        <source>Aktualisieren nicht möglich: {error}</source>
        <translation>Aktualisieren nicht möglich: {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="251" />
        <source> (Kopie)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="254" />
        <source> ({n}. Versuch)</source>
        <translation> ({n}. Versuch)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="273" />
        <source> (und {n} weitere)</source>
        <translation> (und {n} weitere)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="275" />
        <source>{status}: {what} auf {printer}{more}. {error}</source>
        <translation>{status}: {what} auf {printer}{more}. {error}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="294" />
        <source>Erneut gesendet</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/print_queue_panel.py" line="303" />
        <source>Umgeleitet auf {printer}</source>
        <translation>Umgeleitet auf {printer}</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="29" />
        <source>Drucker wählen</source>
        <extracomment>Marks the entry "as before": the settings or the system default.</extracomment>
        <translation>Drucker wählen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="31" />
        <source>Drucker je Dokumentart (gilt bis zum Beenden des Programms):</source>
        <translation>Drucker je Dokumentart (gilt bis zum Beenden des Programms):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="40" />
        <source>Voreinstellung ({name})</source>
        <translation>Voreinstellung ({name})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="41" />
        <source>als PDF speichern</source>
        <translation>als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="44" />
        <source>Nicht drucken, als PDF speichern</source>
        <translation>Nicht drucken, als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="56" />
        <source>Es ist kein Drucker eingerichtet. Dokumente werden als PDF gespeichert.</source>
        <translation>Es ist kein Drucker eingerichtet. Dokumente werden als PDF gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/printer_dialog.py" line="62" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
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
        <location filename="../../desk_app/ui/queue_model.py" line="239" />
        <source>ohne T. {time}</source>
        <extracomment>The per-state counts changed (for the section tabs).</extracomment>
        <translation>ohne T. {time}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="257" />
        <source>{time} ({minutes} Min.)</source>
        <translation>{time} ({minutes} Min.)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="266" />
        <source>{count} · gesperrt</source>
        <translation>{count} · gesperrt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="285" />
        <source>Aufrufsperre bis {time} Uhr</source>
        <translation>Aufrufsperre bis {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="288" />
        <source>Vorsprache ohne Termin, angekommen um {time} Uhr</source>
        <translation>Vorsprache ohne Termin, angekommen um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/queue_model.py" line="291" />
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
        <location filename="../../desk_app/ui/reassign_dialog.py" line="45" />
        <location filename="../../desk_app/ui/reassign_dialog.py" line="116" />
        <source>Umverteilen</source>
        <extracomment>Roles that work cases at a counter (the clerk list offers only these). OK with valid input: the keyword arguments for Desk.reassign (reason included).</extracomment>
        <translation>Umverteilen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="53" />
        <source>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</source>
        <translation>Vorgang {ticket} ({names}, {state}) umverteilen. Der Status bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="67" />
        <source>&amp;Dienststelle:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="71" />
        <source>&amp;Schalter:</source>
        <translation>&amp;Schalter:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="75" />
        <source>– unverändert –</source>
        <translation>– unverändert –</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="78" />
        <source>S&amp;achbearbeitung:</source>
        <translation>S&amp;achbearbeitung:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="80" />
        <source>Termin &amp;verlegen auf:</source>
        <translation>Termin &amp;verlegen auf:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="92" />
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Nur gebuchte Termine können verlegt werden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="102" />
        <source>Schalter nicht besetzt</source>
        <translation>Schalter nicht besetzt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="103" />
        <source>Lastausgleich zwischen den Schaltern</source>
        <translation>Lastausgleich zwischen den Schaltern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="104" />
        <source>Fachliche Zuständigkeit</source>
        <translation>Fachliche Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="105" />
        <source>Sprachkenntnisse der Sachbearbeitung</source>
        <translation>Sprachkenntnisse der Sachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="106" />
        <source>Terminverlegung auf Wunsch</source>
        <translation>Terminverlegung auf Wunsch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="109" />
        <source>Pflichtangabe</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="110" />
        <source>&amp;Grund:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="124" />
        <source>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</source>
        <translation>Ein Vorgang mit dem Status „{state}“ kann nicht umverteilt werden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="132" />
        <source>– beliebiger Schalter –</source>
        <translation>– beliebiger Schalter –</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="188" />
        <source>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</source>
        <translation>Bitte einen Grund angeben: Umverteilen ist nur mit Begründung möglich.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reassign_dialog.py" line="193" />
        <source>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</source>
        <translation>Nichts geändert: bitte eine andere Dienststelle, einen Schalter, eine Sachbearbeitung oder einen Termin wählen.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="56" />
        <source>Quittung</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="65" />
        <source>Gebühren für {ticket} (eine Zeile je Gebühr und Person):</source>
        <translation>Gebühren für {ticket} (eine Zeile je Gebühr und Person):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="70" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="70" />
        <source>Gebühr</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="70" />
        <source>Minderjährig</source>
        <translation>Minderjährig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="71" />
        <source>Gebührenfrei, Grund</source>
        <translation>Gebührenfrei, Grund</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="79" />
        <source>+ Gebühr</source>
        <translation>+ Gebühr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="82" />
        <source>− Gebühr entfernen</source>
        <translation>− Gebühr entfernen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="99" />
        <source>Zahlende Person:</source>
        <translation>Zahlende Person:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="102" />
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="103" />
        <source>EC-Karte (girocard)</source>
        <translation>EC-Karte (girocard)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="104" />
        <source>Zahlungsart:</source>
        <translation>Zahlungsart:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="108" />
        <source>Quittung ausstellen und drucken</source>
        <translation>Quittung ausstellen und drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="129" />
        <source>— Gebühr wählen —</source>
        <translation>— Gebühr wählen —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="139" />
        <source>leer: gebührenpflichtig</source>
        <translation>leer: gebührenpflichtig</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="176" />
        <source>Zeile {n}: bitte eine Gebühr wählen.</source>
        <translation>Zeile {n}: bitte eine Gebühr wählen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="186" />
        <source>Mindestens eine Gebühr eintragen.</source>
        <translation>Mindestens eine Gebühr eintragen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="193" />
        <source>Summe: —</source>
        <translation>Summe: —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="195" />
        <source>Summe: {amount}</source>
        <translation>Summe: {amount}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/receipt_dialog.py" line="208" />
        <source>Bitte den Namen der zahlenden Person angeben.</source>
        <translation>Bitte den Namen der zahlenden Person angeben.</translation>
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
    <name>ServiceTexts</name>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="18" />
        <source>Aktion nicht möglich.</source>
        <extracomment>error templates and validation messages, verbatim</extracomment>
        <translation>Aktion nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="19" />
        <source>{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.</source>
        <translation>{verb} ist nicht möglich: der Vorgang hat den Status {state_de}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="20" />
        <source>Keine Berechtigung für diese Aktion ({permission}).</source>
        <translation>Keine Berechtigung für diese Aktion ({permission}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="21" />
        <source>Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</source>
        <translation>Verspätet um {minutes} Minuten: Einchecken nur mit der Berechtigung für verspätete Ankunft (Schichtleitung).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="22" />
        <source>Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.</source>
        <translation>Abholung durch eine andere Person nur mit schriftlicher Vollmacht: bitte die Vollmacht prüfen und bestätigen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="23" />
        <source>Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).</source>
        <translation>Erneuter Aufruf erst ab {until_local} möglich (Aufrufsperre).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="24" />
        <source>Bitte einen Grund angeben.</source>
        <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="25" />
        <source>Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.</source>
        <translation>Verspätet um {minutes} Minuten: Einchecken nur mit Begründung.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="26" />
        <source>Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.</source>
        <translation>Der Termin hat noch nicht begonnen; Nicht erschienen ist noch nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="27" />
        <source>Der Termin ist für den {day} gebucht, nicht für heute.</source>
        <translation>Der Termin ist für den {day} gebucht, nicht für heute.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="28" />
        <source>Für jede Person des Vorgangs ist ein Ergebnis nötig.</source>
        <translation>Für jede Person des Vorgangs ist ein Ergebnis nötig.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="29" />
        <source>Weiterleiten nur an eine andere Dienststelle.</source>
        <translation>Weiterleiten nur an eine andere Dienststelle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="30" />
        <source>{what} wurde nicht gefunden.</source>
        <translation>{what} wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="31" />
        <source>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</source>
        <translation>Vorgang {ticket} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="32" />
        <source>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</source>
        <translation>Vorgang {ticket} wurde bereits an {counter} aufgerufen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="33" />
        <source>Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</source>
        <translation>Dokument {reference} wurde inzwischen an einem anderen Arbeitsplatz geändert (jetzt: {state_de}). Bitte die Anzeige prüfen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="34" />
        <source>Niemand wartet auf einen Aufruf.</source>
        <translation>Niemand wartet auf einen Aufruf.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="35" />
        <source>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).</source>
        <translation>Keine gültige Abholnummer: erwartet werden {length} Ziffern (gelesen: {length_read} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="36" />
        <source>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</source>
        <translation>Die Prüfziffer der Abholnummer {reference} stimmt nicht: bitte noch einmal scannen oder die Nummer Ziffer für Ziffer vergleichen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="37" />
        <source>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</source>
        <translation>Bitte den Barcode des Abholscheins scannen oder die Abholnummer eingeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="38" />
        <source>Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.</source>
        <translation>Quittung {position} von {count} im Stapel: {message} Es wurde keine Quittung des Stapels ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="39" />
        <source>Nur Lesezugriff: {why}</source>
        <translation>Nur Lesezugriff: {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="40" />
        <source>{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</source>
        <translation>{verb} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="41" />
        <source>Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</source>
        <translation>Die antragstellende Person ist unter {limit} Jahre alt: das Dokument holt ein Elternteil ab (oder eine Person mit Vollmacht der Eltern).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="42" />
        <source>Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.</source>
        <translation>Die antragstellende Person ist nicht unter {limit} Jahre alt: ein Elternteil braucht eine Vollmacht wie jede andere Person.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="43" />
        <source>Bitte den Namen der abholenden Person angeben.</source>
        <translation>Bitte den Namen der abholenden Person angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="44" />
        <source>Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.</source>
        <translation>Das Dokument {reference} liegt bei {service_point} zur Abholung bereit.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="45" />
        <source>Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.</source>
        <translation>Das Dokument {reference} ist erst seit {days} Tagen da; vernichtet wird erst nach {limit} Tagen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="46" />
        <source>{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</source>
        <translation>{what} ist nicht möglich: das Dokument {reference} hat den Status {state_de}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="47" />
        <source>Die Datei wurde nicht importiert: {count} Fehler.</source>
        <translation>Die Datei wurde nicht importiert: {count} Fehler.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="48" />
        <source>Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.</source>
        <translation>Gebühr {fee_code} ist am {day} nicht im Gebührenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="49" />
        <source>Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.</source>
        <translation>Druckauftrag {job_id} ist {status_de}; erneut drucken nur als Kopie.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="50" />
        <source>Quittungen sind in dieser Dienststelle ausgeschaltet.</source>
        <translation>Quittungen sind in dieser Dienststelle ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="51" />
        <source>Quittung {number} ist bereits storniert (Storno {by}).</source>
        <translation>Quittung {number} ist bereits storniert (Storno {by}).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="52" />
        <source>Quittung {number} ist selbst ein Storno und kann nicht storniert werden.</source>
        <translation>Quittung {number} ist selbst ein Storno und kann nicht storniert werden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="53" />
        <source>Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.</source>
        <translation>Die Aufbewahrungsfrist für nicht abgeholte Dokumente muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="54" />
        <source>Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).</source>
        <translation>Die Dokumentennummer besteht nur aus Buchstaben und Ziffern (höchstens 32 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="55" />
        <source>Der Familienname fehlt.</source>
        <translation>Der Familienname fehlt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="56" />
        <source>Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.</source>
        <translation>Staatsangehörigkeit als dreistelliger Code (z. B. TUR), nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="57" />
        <source>{label} ist zu lang.</source>
        <translation>{label} ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="58" />
        <source>{label} enthält Steuerzeichen und wurde nicht gespeichert.</source>
        <translation>{label} enthält Steuerzeichen und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="59" />
        <source>{label} ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>{label} ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="60" />
        <source>Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).</source>
        <translation>Geburtsdatum nicht lesbar: {value} (erwartet TT.MM.JJJJ, 00 für unbekannt).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="61" />
        <source>Kein Schalter gewählt.</source>
        <translation>Kein Schalter gewählt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="62" />
        <source>Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.</source>
        <translation>Das Dokument wurde von einer anderen Person abgeholt: bitte deren Namen für die Empfangsbestätigung angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="63" />
        <source>Das Dokument wurde von der antragstellenden Person selbst abgeholt.</source>
        <translation>Das Dokument wurde von der antragstellenden Person selbst abgeholt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="64" />
        <source>Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).</source>
        <translation>Unbekannte Dokumentart (erwartet: eAT oder Reiseausweis).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="65" />
        <source>Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.</source>
        <translation>Person {applicant_id} ist anonymisiert; kein Dokument bestellbar.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="66" />
        <source>An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.</source>
        <translation>An der Infotheke werden keine Dokumente ausgegeben; bitte eine Dienststelle als Abholort wählen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="67" />
        <source>Person {applicant_id} gehört nicht zum Vorgang {entry_id}.</source>
        <translation>Person {applicant_id} gehört nicht zum Vorgang {entry_id}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="68" />
        <source>Der Schalter gehört nicht zu dieser Dienststelle.</source>
        <translation>Der Schalter gehört nicht zu dieser Dienststelle.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="69" />
        <source>Nur gebuchte Termine können verlegt werden.</source>
        <translation>Nur gebuchte Termine können verlegt werden.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="70" />
        <source>Vorgang {entry_id} gibt es nicht.</source>
        <translation>Vorgang {entry_id} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="71" />
        <source>Unbekannte Zahlungsart {method}.</source>
        <translation>Unbekannte Zahlungsart {method}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="72" />
        <source>Eine Quittung braucht mindestens eine Gebühr.</source>
        <translation>Eine Quittung braucht mindestens eine Gebühr.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="73" />
        <source>Bitte den Namen des Zahlenden angeben.</source>
        <translation>Bitte den Namen des Zahlenden angeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="74" />
        <source>Der Stapel enthält keine Quittung.</source>
        <translation>Der Stapel enthält keine Quittung.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="75" />
        <source>Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.</source>
        <translation>Der Schlüssel gehört zu einer einzelnen Quittung, nicht zu einem Stapel.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="76" />
        <source>Mindestens eine Person ist nötig.</source>
        <translation>Mindestens eine Person ist nötig.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="77" />
        <source>Eine Person ist doppelt aufgeführt.</source>
        <translation>Eine Person ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="78" />
        <source>Buchungsnummer {reference} ist schon vergeben.</source>
        <translation>Buchungsnummer {reference} ist schon vergeben.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="83" />
        <source>Familienname</source>
        <extracomment>field names that validation messages put into ``{label}``</extracomment>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="84" />
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="85" />
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="86" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="87" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="88" />
        <source>Sprache</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/service_texts.py" line="89" />
        <source>Name der abholenden Person</source>
        <translation>Name der abholenden Person</translation>
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
        <location filename="../../desk_app/ui/shift_lead_board.py" line="237" />
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="237" />
        <source>Wartend</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="238" />
        <source>Längste Wartezeit</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="239" />
        <source>Aufgerufen</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="240" />
        <source>In Bearbeitung</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="241" />
        <source>Geparkt</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="242" />
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="243" />
        <source>Schalter besetzt</source>
        <translation>Schalter besetzt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="265" />
        <source>Am längsten wartet {ticket}.</source>
        <translation>Am längsten wartet {ticket}.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="278" />
        <source>Stelle</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="279" />
        <source>Mitarbeiter/in</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="279" />
        <source>Nummer</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="280" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="280" />
        <source>Seit</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="289" />
        <source>nicht besetzt</source>
        <translation>nicht besetzt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="291" />
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="298" />
        <source>{time} ({minutes} min)</source>
        <translation>{time} ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="318" />
        <source>frei</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="328" />
        <source>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</source>
        <translation>Laut Vorgang (der Arbeitsplatz meldet sich nicht).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="383" />
        <source>&amp;Umverteilen …</source>
        <extracomment>A text for the status bar: (text, is_error). An entry was reassigned here (the EntryView the service returned). refresh() finished (successfully or not).</extracomment>
        <translation>&amp;Umverteilen …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="385" />
        <source>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</source>
        <translation>Den gewählten Vorgang einem anderen Schalter, einer anderen Sachbearbeitung, Dienststelle oder Zeit zuweisen (mit Grund).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="390" />
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="278" />
        <location filename="../../desk_app/ui/shift_lead_board.py" line="407" />
        <source>Schalter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="414" />
        <source>Dienststellen heute</source>
        <translation>Dienststellen heute</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="605" />
        <source>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</source>
        <translation>Anwesenheit nicht lesbar: Mitarbeitende laut Vorgängen.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="637" />
        <source>Vorgänge aller Dienststellen</source>
        <translation>Vorgänge aller Dienststellen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="640" />
        <source>Vorgänge: {name}</source>
        <translation>Vorgänge: {name}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="647" />
        <source>Schichtleitung – Übersicht {day}</source>
        <translation>Schichtleitung – Übersicht {day}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/shift_lead_board.py" line="708" />
        <source>{ticket} umverteilt: {where}.</source>
        <translation>{ticket} umverteilt: {where}.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="39" />
        <source>Termine</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="39" />
        <source>Erschienen</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="40" />
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="41" />
        <source>Ausfallquote</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="42" />
        <source>Vorsprachen ohne Termin</source>
        <translation>Vorsprachen ohne Termin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="43" />
        <source>Aufruf verpasst</source>
        <translation>Aufruf verpasst</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="44" />
        <source>gegangen</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="44" />
        <source>storniert</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="45" />
        <source>noch offen</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="49" />
        <source>Mo</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="49" />
        <source>Di</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="50" />
        <source>Mi</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="50" />
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="51" />
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="51" />
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="52" />
        <source>So</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="136" />
        <source>◀ &amp;Vorwoche</source>
        <extracomment>A text for the status bar: (text, is_error). load() finished (successfully or not).</extracomment>
        <translation>◀ &amp;Vorwoche</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="144" />
        <source>Ein beliebiger Tag der gewünschten Kalenderwoche</source>
        <translation>Ein beliebiger Tag der gewünschten Kalenderwoche</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="146" />
        <source>&amp;Nächste Woche ▶</source>
        <translation>&amp;Nächste Woche ▶</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="159" />
        <source>Als &amp;PDF speichern …</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="166" />
        <source>Dienststelle</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="167" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="170" />
        <source>Nach Dienststelle</source>
        <translation>Nach Dienststelle</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="171" />
        <source>Nach Tag</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="178" />
        <source>Ausfallquote: Nicht erschienen ÷ entschiedene Termine (ohne noch offene). „Aufruf verpasst“: kam, reagierte aber nicht auf die Aufrufe.</source>
        <translation>Ausfallquote: Nicht erschienen ÷ entschiedene Termine (ohne noch offene). „Aufruf verpasst“: kam, reagierte aber nicht auf die Aufrufe.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="219" />
        <source>Wochenstatistik KW {week}/{year} ({first} – {last})</source>
        <translation>Wochenstatistik KW {week}/{year} ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="247" />
        <source>Gesamt</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="254" />
        <source>Woche</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="265" />
        <source>Wochenstatistik als PDF speichern</source>
        <translation>Wochenstatistik als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="268" />
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="294" />
        <source>PDF nicht gespeichert ({file}): {why}</source>
        <translation>PDF nicht gespeichert ({file}): {why}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/statistics_view.py" line="297" />
        <source>Wochenstatistik gespeichert: {file}</source>
        <translation>Wochenstatistik gespeichert: {file}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="37" />
        <source>Vorsprache ohne Termin</source>
        <translation>Vorsprache ohne Termin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="50" />
        <source>Dienststelle:</source>
        <translation>Dienststelle:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="53" />
        <source>Anliegen:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="58" />
        <source>Personen (eine Zeile je Person; Geburtsdatum TT.MM.JJJJ, 00 für unbekannt, z. B. 00.00.1990):</source>
        <translation>Personen (eine Zeile je Person; Geburtsdatum TT.MM.JJJJ, 00 für unbekannt, z. B. 00.00.1990):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="63" />
        <source>Familienname</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="63" />
        <source>Vorname(n)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="63" />
        <source>Geburtsdatum</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="64" />
        <source>Staatsangeh.</source>
        <translation>Staatsangeh.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="64" />
        <source>Aktenzeichen</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="71" />
        <source>+ Person</source>
        <translation>+ Person</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="74" />
        <source>− Person entfernen</source>
        <translation>− Person entfernen</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="83" />
        <source>Registrieren und Nummer drucken</source>
        <translation>Registrieren und Nummer drucken</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="94" />
        <source>— ohne Angabe —</source>
        <translation>— ohne Angabe —</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="132" />
        <source>Person {n}: {problem}</source>
        <translation>Person {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dialogs/walk_in_dialog.py" line="136" />
        <source>Mindestens eine Person eintragen.</source>
        <translation>Mindestens eine Person eintragen.</translation>
    </message>
</context>
</TS>