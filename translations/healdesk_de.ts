<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>unbekanntes Muster „%1“</translation>
    </message>
    <message>
        <source>pattern %1 is already %2</source>
        <translation>Muster %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <source>unknown runbook &quot;%1&quot;</source>
        <translation>unbekanntes Runbook „%1“</translation>
    </message>
    <message>
        <source>no such appliance</source>
        <translation>Appliance nicht vorhanden</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; has no appliances</source>
        <translation>Standort „%1“ hat keine Appliances</translation>
    </message>
    <message>
        <source>no such appliance &quot;%1&quot;</source>
        <translation>Appliance „%1“ nicht vorhanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database login name</source>
        <translation>„%1“ ist kein gültiger Datenbank-Loginname</translation>
    </message>
    <message>
        <source>name at least one partner</source>
        <translation>mindestens einen Partner angeben</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is not a partner ID (a UUID)</source>
        <translation>Partner „%1“ ist keine Partner-ID (UUID)</translation>
    </message>
    <message>
        <source>there is no database login &quot;%1&quot; (create it first: CREATE ROLE ... LOGIN)</source>
        <translation>es gibt kein Datenbank-Login „%1“ (zuerst anlegen: CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a role that cannot log in</source>
        <translation>„%1“ ist eine Rolle ohne Anmelderecht</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>unbekannter Partner „%1“</translation>
    </message>
</context>
<context>
    <name>AdminPanels</name>
    <message>
        <source>Promoted %1 as rule %2, mapped to %3.</source>
        <translation>%1 als Regel %2 übernommen, zugeordnet zu %3.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in the future (%1)</source>
        <translation>in der Zukunft (%1)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 min</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>unknown fix &quot;%1&quot; (expected tiers, orders or expire)</source>
        <translation>unbekannte Korrektur „%1“ (erwartet: tiers, orders oder expire)</translation>
    </message>
    <message>
        <source>Telemetry runbook ID</source>
        <translation>Telemetrie-Runbook-ID</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Recorded tier</source>
        <translation>Erfasste Stufe</translation>
    </message>
    <message>
        <source>Telemetry tier</source>
        <translation>Telemetrie-Stufe</translation>
    </message>
    <message>
        <source>Latest execution</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Matching execution</source>
        <translation>Passende Ausführung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Unknown appliance</source>
        <translation>Unbekannte Appliance</translation>
    </message>
    <message>
        <source>Unknown incident</source>
        <translation>Unbekannter Vorfall</translation>
    </message>
    <message>
        <source>Unknown site</source>
        <translation>Unbekannter Standort</translation>
    </message>
    <message>
        <source>Telemetry runbook IDs that resolve to no runbook</source>
        <translation>Telemetrie-Runbook-IDs ohne zugehöriges Runbook</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) in the unmapped bucket</source>
        <translation>
            <numerusform>%n Ausführung ohne Zuordnung</numerusform>
            <numerusform>%n Ausführungen ohne Zuordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>Map each ID to a runbook (Mapping editor)</source>
        <translation>Jede ID einem Runbook zuordnen (Zuordnungseditor)</translation>
    </message>
    <message>
        <source>Incidents with no tier while telemetry has one</source>
        <translation>Vorfälle ohne Stufe, obwohl die Telemetrie eine hat</translation>
    </message>
    <message>
        <source>Backfill tiers from telemetry</source>
        <translation>Stufen aus der Telemetrie nachtragen</translation>
    </message>
    <message>
        <source>Incidents whose tier differs from their latest execution</source>
        <translation>Vorfälle, deren Stufe von der letzten Ausführung abweicht</translation>
    </message>
    <message>
        <source>Orders still pending past their deadline</source>
        <translation>Aufträge, die nach Fristablauf noch ausstehen</translation>
    </message>
    <message>
        <source>deadline: expires_at, or 1 h after issue for orders without one</source>
        <translation>Frist: expires_at, oder 1 Std. nach Erteilung bei Aufträgen ohne diesen Wert</translation>
    </message>
    <message>
        <source>Reconcile first, then expire what nothing matches</source>
        <translation>Zuerst abgleichen, dann Aufträge ohne passende Ausführung verfallen lassen</translation>
    </message>
    <message>
        <source>Pending orders with a matching execution</source>
        <translation>Ausstehende Aufträge mit passender Ausführung</translation>
    </message>
    <message>
        <source>Reconcile: complete or fail from the execution (marked inferred)</source>
        <translation>Abgleichen: anhand der Ausführung abschließen oder als fehlgeschlagen setzen (als abgeleitet markiert)</translation>
    </message>
    <message>
        <source>Telemetry naming a missing appliance, incident or site</source>
        <translation>Telemetrie mit Verweis auf fehlende Appliance, fehlenden Vorfall oder Standort</translation>
    </message>
    <message>
        <source>appliance %1 · incident %2 · site %3</source>
        <translation>Appliance %1 · Vorfall %2 · Standort %3</translation>
    </message>
    <message>
        <source>None: kept and counted, never dropped</source>
        <translation>Keine: wird behalten und gezählt, nie verworfen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;h3&gt;Healdesk %1&lt;/h3&gt;&lt;p&gt;Operations console for MSP technicians looking after HIPAA clinics.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3 (built against %4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6 (Core, Gui, Widgets, Charts, Sql, Network, Concurrent): LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCoro: MIT&lt;/li&gt;&lt;li&gt;QtKeychain: BSD-3-Clause&lt;/li&gt;&lt;li&gt;libpq (PostgreSQL client): PostgreSQL Licence&lt;/li&gt;&lt;li&gt;OpenSSL (through libpq): Apache-2.0&lt;/li&gt;&lt;li&gt;DejaVu fonts (reports): Bitstream Vera licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Healdesk %1&lt;/h3&gt;&lt;p&gt;Betriebskonsole für MSP-Techniker, die HIPAA-pflichtige Kliniken betreuen.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3 (kompiliert gegen %4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotheken und ihre Lizenzen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6 (Core, Gui, Widgets, Charts, Sql, Network, Concurrent): LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCoro: MIT&lt;/li&gt;&lt;li&gt;QtKeychain: BSD-3-Clause&lt;/li&gt;&lt;li&gt;libpq (PostgreSQL-Client): PostgreSQL-Lizenz&lt;/li&gt;&lt;li&gt;OpenSSL (über libpq): Apache-2.0&lt;/li&gt;&lt;li&gt;DejaVu-Schriften (Berichte): Bitstream-Vera-Lizenz&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>unbekannte Sprache „%1“ (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Mapped %1 to %2: %3 execution(s) now count for it.</source>
        <translation>%1 wurde %2 zugeordnet: %3 Ausführung(en) zählen jetzt dafür.</translation>
    </message>
    <message>
        <source>Removed %1: %2 execution(s) are unmapped again.</source>
        <translation>%1 entfernt: %2 Ausführung(en) sind wieder ohne Zuordnung.</translation>
    </message>
    <message>
        <source>Imported %1 pair(s); %2 were already there.</source>
        <translation>%1 Paar(e) importiert; %2 waren bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>Mappings</name>
    <message>
        <source>the %1 ID is empty or has surrounding spaces</source>
        <translation>die %1-ID ist leer oder hat Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>the %1 ID is longer than 100 characters</source>
        <translation>die %1-ID ist länger als 100 Zeichen</translation>
    </message>
    <message>
        <source>the %1 ID contains a NUL character</source>
        <translation>die %1-ID enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>line %1: expected two fields (telemetry ID, runbook ID), found %2</source>
        <translation>Zeile %1: zwei Felder erwartet (Telemetrie-ID, Runbook-ID), %2 gefunden</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is mapped twice in the file (to &quot;%3&quot; and &quot;%4&quot;)</source>
        <translation>Zeile %1: „%2“ ist in der Datei doppelt zugeordnet (zu „%3“ und „%4“)</translation>
    </message>
    <message>
        <source>there is no runbook &quot;%1&quot;</source>
        <translation>es gibt kein Runbook „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is itself a runbook ID; mapping it to &quot;%2&quot; would give one runbook two names (a cycle)</source>
        <translation>„%1“ ist selbst eine Runbook-ID; eine Zuordnung zu „%2“ gäbe einem Runbook zwei Namen (ein Zyklus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a mapped telemetry ID, not a runbook (a cycle)</source>
        <translation>„%1“ ist eine zugeordnete Telemetrie-ID, kein Runbook (ein Zyklus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already mapped to &quot;%2&quot; (a duplicate); remove that mapping first</source>
        <translation>„%1“ ist bereits „%2“ zugeordnet (ein Duplikat); diese Zuordnung zuerst entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not mapped</source>
        <translation>„%1“ ist nicht zugeordnet</translation>
    </message>
    <message>
        <source>telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>Runbook</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 to %2 (UTC, whole days)</source>
        <translation>%1 bis %2 (UTC, ganze Tage)</translation>
    </message>
    <message>
        <source>%1 to %2 UTC (end excluded)</source>
        <translation>%1 bis %2 UTC (Ende ausgeschlossen)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Nachgewiesen</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>No evidence in period</source>
        <translation>Kein Nachweis im Zeitraum</translation>
    </message>
    <message>
        <source>… (cut; the CSV holds the full text)</source>
        <translation>… (gekürzt; die CSV enthält den vollständigen Text)</translation>
    </message>
    <message numerus="yes">
        <source>Partner: %1 (%2), all of its %n site(s)</source>
        <translation>
            <numerusform>Partner: %1 (%2), mit seinem %n Standort</numerusform>
            <numerusform>Partner: %1 (%2), mit allen %n Standorten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <source>Partner: %1 (%2)</source>
        <translation>Partner: %1 (%2)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC by database login %2</source>
        <translation>Erstellt: %1 UTC von Datenbank-Login %2</translation>
    </message>
    <message>
        <source>Report ID: %1    Schema version: %2</source>
        <translation>Berichts-ID: %1    Schemaversion: %2</translation>
    </message>
    <message>
        <source>No activity in this period: no incident, execution or order was recorded for this scope. Every figure below is zero and every HIPAA control shows no evidence.</source>
        <translation>Keine Aktivität in diesem Zeitraum: Für diesen Bereich wurde kein Vorfall, keine Ausführung und kein Auftrag erfasst. Alle folgenden Werte sind null, und für keine HIPAA-Kontrolle liegt ein Nachweis vor.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>HIPAA compliance report</source>
        <translation>HIPAA-Konformitätsbericht</translation>
    </message>
    <message>
        <source>Incidents by tier</source>
        <translation>Vorfälle nach Stufe</translation>
    </message>
    <message>
        <source>Executions by tier</source>
        <translation>Ausführungen nach Stufe</translation>
    </message>
    <message>
        <source>Healing tiers</source>
        <translation>Behebungsstufen</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>L1: deterministic rule</source>
        <translation>L1: deterministische Regel</translation>
    </message>
    <message>
        <source>L2: plan made by an LLM</source>
        <translation>L2: von einem LLM erstellter Plan</translation>
    </message>
    <message>
        <source>L3: escalated to a person</source>
        <translation>L3: an einen Menschen eskaliert</translation>
    </message>
    <message>
        <source>none or unknown tier</source>
        <translation>keine oder unbekannte Stufe</translation>
    </message>
    <message>
        <source>Healdesk HIPAA compliance report · %1</source>
        <translation>Healdesk HIPAA-Konformitätsbericht · %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Data digest (SHA-256): %1</source>
        <translation>Datenprüfsumme (SHA-256): %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the CSV</source>
        <translation>CSV wird geschrieben</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <source>HIPAA compliance report %1</source>
        <translation>HIPAA-Konformitätsbericht %1</translation>
    </message>
    <message>
        <source>cannot start a PDF in %1</source>
        <translation>PDF in %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Seite %1 von %2 wird geschrieben</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CSV line %1: a quote inside an unquoted field</source>
        <translation>CSV-Zeile %1: Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>CSV line %1: text after a closing quote</source>
        <translation>CSV-Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>CSV line %1: a quoted field never ends</source>
        <translation>CSV-Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <source>a report covers one or more sites or a partner; name them</source>
        <translation>ein Bericht umfasst einen oder mehrere Standorte oder einen Partner; bitte angeben</translation>
    </message>
    <message>
        <source>a report needs a period with a start and an end</source>
        <translation>ein Bericht braucht einen Zeitraum mit Anfang und Ende</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>unbekannter Partner „%1“</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot; for this partner</source>
        <translation>unbekannter Standort „%1“ für diesen Partner</translation>
    </message>
    <message>
        <source>Incident figures count incidents reported in the period; execution figures count telemetry rows. The two are never added together.</source>
        <translation>Vorfallszahlen zählen die im Zeitraum gemeldeten Vorfälle; Ausführungszahlen zählen Telemetriezeilen. Beide werden nie zusammengezählt.</translation>
    </message>
    <message>
        <source>(unmapped telemetry ID)</source>
        <translation>(nicht zugeordnete Telemetrie-ID)</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Bericht fertig</translation>
    </message>
    <message>
        <source>unknown digest algorithm &quot;%1&quot;</source>
        <translation>unbekannter Prüfsummenalgorithmus „%1“</translation>
    </message>
    <message>
        <source>not a Healdesk report CSV (no report section or no digest)</source>
        <translation>keine Healdesk-Berichts-CSV (kein Berichtsabschnitt oder keine Prüfsumme)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Reading the scope</source>
        <translation>Bereich wird gelesen</translation>
    </message>
    <message>
        <source>Sites in scope</source>
        <translation>Standorte im Bereich</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>The partner has no sites.</source>
        <translation>Der Partner hat keine Standorte.</translation>
    </message>
    <message>
        <source>Appliance status as of the time the report was generated.</source>
        <translation>Status der Appliances zum Zeitpunkt der Berichterstellung.</translation>
    </message>
    <message>
        <source>Counting incidents</source>
        <translation>Vorfälle werden gezählt</translation>
    </message>
    <message>
        <source>Counting executions by tier and runbook</source>
        <translation>Ausführungen werden nach Stufe und Runbook gezählt</translation>
    </message>
    <message>
        <source>Building the HIPAA control matrix</source>
        <translation>HIPAA-Kontrollmatrix wird erstellt</translation>
    </message>
    <message>
        <source>HIPAA control matrix</source>
        <translation>HIPAA-Kontrollmatrix</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Unhealed</source>
        <translation>Nicht behoben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No runbook names a HIPAA control.</source>
        <translation>Kein Runbook nennt eine HIPAA-Kontrolle.</translation>
    </message>
    <message>
        <source>Every control named by a runbook. Verified: executions in the period and, on every appliance, the most recent one succeeded. Failing: on at least one appliance the most recent execution failed (unhealed). No evidence: no execution of a covering runbook in the period.</source>
        <translation>Jede von einem Runbook genannte Kontrolle. Nachgewiesen: Ausführungen im Zeitraum, und auf jeder Appliance war die jeweils letzte erfolgreich. Nicht erfüllt: Auf mindestens einer Appliance ist die letzte Ausführung fehlgeschlagen (nicht behoben). Kein Nachweis: keine Ausführung eines abdeckenden Runbooks im Zeitraum.</translation>
    </message>
    <message>
        <source>Listing failed executions</source>
        <translation>Fehlgeschlagene Ausführungen werden aufgelistet</translation>
    </message>
    <message>
        <source>Exceptions: failed executions</source>
        <translation>Ausnahmen: fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No execution failed in the period.</source>
        <translation>Im Zeitraum ist keine Ausführung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Listing escalations and open incidents</source>
        <translation>Eskalationen und offene Vorfälle werden aufgelistet</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Exceptions: L3 escalations</source>
        <translation>Ausnahmen: L3-Eskalationen</translation>
    </message>
    <message>
        <source>No incident was escalated to L3 in the period.</source>
        <translation>Im Zeitraum wurde kein Vorfall an L3 eskaliert.</translation>
    </message>
    <message>
        <source>Incidents reported in the period whose tier is L3 (escalated to a person).</source>
        <translation>Im Zeitraum gemeldete Vorfälle mit der Stufe L3 (an einen Menschen eskaliert).</translation>
    </message>
    <message>
        <source>Exceptions: incidents still open</source>
        <translation>Ausnahmen: noch offene Vorfälle</translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation>Es ist kein Vorfall offen.</translation>
    </message>
    <message>
        <source>Incidents reported before the end of the period that are neither resolved nor closed.</source>
        <translation>Vor dem Ende des Zeitraums gemeldete Vorfälle, die weder behoben noch geschlossen sind.</translation>
    </message>
    <message>
        <source>Listing orders</source>
        <translation>Aufträge werden aufgelistet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <source>Exceptions: orders that failed or expired</source>
        <translation>Ausnahmen: fehlgeschlagene oder verfallene Aufträge</translation>
    </message>
    <message>
        <source>No order issued in the period failed or expired.</source>
        <translation>Kein im Zeitraum erteilter Auftrag ist fehlgeschlagen oder verfallen.</translation>
    </message>
    <message>
        <source>Human actions: orders issued</source>
        <translation>Manuelle Aktionen: erteilte Aufträge</translation>
    </message>
    <message>
        <source>No order was issued in the period.</source>
        <translation>Im Zeitraum wurde kein Auftrag erteilt.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Prüfprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>Human actions: audit log</source>
        <translation>Manuelle Aktionen: Prüfprotokoll</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Datenbank-Login</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No audited action in the period.</source>
        <translation>Keine protokollierte Aktion im Zeitraum.</translation>
    </message>
    <message>
        <source>Actions on this scope&apos;s orders, and administrative changes that name a site in scope or no site.</source>
        <translation>Aktionen zu Aufträgen dieses Bereichs sowie administrative Änderungen, die einen Standort im Bereich oder keinen Standort nennen.</translation>
    </message>
    <message>
        <source>Collecting evidence</source>
        <translation>Nachweise werden gesammelt</translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <translation>Anhang: Nachweise</translation>
    </message>
    <message>
        <source>SHA-256 of state_after</source>
        <translation>SHA-256 von state_after</translation>
    </message>
    <message>
        <source>No execution in the period.</source>
        <translation>Keine Ausführung im Zeitraum.</translation>
    </message>
    <message>
        <source>Every execution in the period. The hash is SHA-256 of state_after as stored (PostgreSQL jsonb text); it is empty when the appliance recorded no state.</source>
        <translation>Jede Ausführung im Zeitraum. Der Hash ist der SHA-256 von state_after in gespeicherter Form (PostgreSQL-jsonb-Text); er ist leer, wenn die Appliance keinen Zustand erfasst hat.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Generated at (database time, UTC)</source>
        <translation>Erstellt am (Datenbankzeit, UTC)</translation>
    </message>
    <message>
        <source>Generated by (database login)</source>
        <translation>Erstellt von (Datenbank-Login)</translation>
    </message>
    <message>
        <source>Period start (inclusive)</source>
        <translation>Beginn des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <source>Period end (exclusive)</source>
        <translation>Ende des Zeitraums (ausschließlich)</translation>
    </message>
    <message>
        <source>Scope kind</source>
        <translation>Art des Bereichs</translation>
    </message>
    <message>
        <source>Database schema version</source>
        <translation>Version des Datenbankschemas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Compliance score: share of HIPAA controls verified in the period</source>
        <translation>Konformitätswert: Anteil der im Zeitraum nachgewiesenen HIPAA-Kontrollen</translation>
    </message>
    <message>
        <source>Appliances online (checked in within 5 min)</source>
        <translation>Appliances online (Meldung innerhalb von 5 min)</translation>
    </message>
    <message>
        <source>Appliances stale (within 15 min)</source>
        <translation>Appliances überfällig (Meldung innerhalb von 15 min)</translation>
    </message>
    <message>
        <source>Appliances offline</source>
        <translation>Appliances offline</translation>
    </message>
    <message>
        <source>Incidents reported in the period</source>
        <translation>Im Zeitraum gemeldete Vorfälle</translation>
    </message>
    <message>
        <source>Of those, still open</source>
        <translation>Davon noch offen</translation>
    </message>
    <message>
        <source>Healed automatically (incidents whose tier is L1 or L2)</source>
        <translation>Automatisch behoben (Vorfälle mit Stufe L1 oder L2)</translation>
    </message>
    <message>
        <source>Mean time to resolve (incidents of the period resolved so far)</source>
        <translation>Mittlere Behebungszeit (bisher behobene Vorfälle des Zeitraums)</translation>
    </message>
    <message>
        <source>Incidents open now (reported before the period end)</source>
        <translation>Derzeit offene Vorfälle (vor Ende des Zeitraums gemeldet)</translation>
    </message>
    <message>
        <source>Critical incidents open now</source>
        <translation>Derzeit offene kritische Vorfälle</translation>
    </message>
    <message>
        <source>Executions in the period</source>
        <translation>Ausführungen im Zeitraum</translation>
    </message>
    <message>
        <source>Executions that succeeded</source>
        <translation>Erfolgreiche Ausführungen</translation>
    </message>
    <message>
        <source>Executions that failed</source>
        <translation>Fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>Incidents escalated to L3</source>
        <translation>An L3 eskalierte Vorfälle</translation>
    </message>
    <message>
        <source>Orders issued in the period</source>
        <translation>Im Zeitraum erteilte Aufträge</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Stornierte Aufträge</translation>
    </message>
    <message>
        <source>Orders that failed or expired</source>
        <translation>Fehlgeschlagene oder verfallene Aufträge</translation>
    </message>
    <message>
        <source>HIPAA controls</source>
        <translation>HIPAA-Kontrollen</translation>
    </message>
    <message>
        <source>Controls verified</source>
        <translation>Nachgewiesene Kontrollen</translation>
    </message>
    <message>
        <source>Controls failing</source>
        <translation>Nicht erfüllte Kontrollen</translation>
    </message>
    <message>
        <source>Controls with no evidence in the period</source>
        <translation>Kontrollen ohne Nachweis im Zeitraum</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved or closed</source>
        <translation>Behoben oder geschlossen</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Mittlere Behebungszeit</translation>
    </message>
    <message>
        <source>No incident was reported in the period.</source>
        <translation>Im Zeitraum wurde kein Vorfall gemeldet.</translation>
    </message>
    <message>
        <source>Incidents by status</source>
        <translation>Vorfälle nach Status</translation>
    </message>
    <message>
        <source>Incidents by healing tier</source>
        <translation>Vorfälle nach Behebungsstufe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>An incident&apos;s tier is the tier of its latest execution, else its recorded tier; none when neither is known.</source>
        <translation>Die Stufe eines Vorfalls ist die Stufe seiner letzten Ausführung, andernfalls seine erfasste Stufe; none, wenn keine von beiden bekannt ist.</translation>
    </message>
    <message>
        <source>Executions by healing tier</source>
        <translation>Ausführungen nach Behebungsstufe</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Executions by runbook</source>
        <translation>Ausführungen nach Runbook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>p95-Dauer</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
        <source>Telemetry runbook IDs resolved through the mapping table; IDs that resolve to no runbook are listed as unmapped, never dropped.</source>
        <translation>Telemetrie-Runbook-IDs werden über die Zuordnungstabelle aufgelöst; IDs ohne zugehöriges Runbook werden als nicht zugeordnet aufgeführt, nie verworfen.</translation>
    </message>
    <message>
        <source>This report contains no patient data (PHI): only appliance, runbook and execution metadata.</source>
        <translation>Dieser Bericht enthält keine Patientendaten (PHI), nur Metadaten zu Appliances, Runbooks und Ausführungen.</translation>
    </message>
</context>
<context>
    <name>hd::ApplianceModel</name>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>hd::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hd::AuditPage</name>
    <message>
        <source>Any user</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Target contains… (order ID, site, appliance)</source>
        <translation>Ziel enthält … (Auftrags-ID, Standort, Appliance)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 entry&lt;/b&gt; in the period</source>
        <translation>&lt;b&gt;1 Eintrag&lt;/b&gt; im Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 entries&lt;/b&gt; in the period</source>
        <translation>&lt;b&gt;%1 Einträge&lt;/b&gt; im Zeitraum</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>hd::DetectorModel</name>
    <message>
        <source>Defect</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
</context>
<context>
    <name>hd::FixDialog</name>
    <message>
        <source>Loading the preview…</source>
        <translation>Vorschau wird geladen …</translation>
    </message>
    <message>
        <source>Backfill incident tiers</source>
        <translation>Vorfallsstufen nachtragen</translation>
    </message>
    <message>
        <source>Reconcile pending orders</source>
        <translation>Ausstehende Aufträge abgleichen</translation>
    </message>
    <message>
        <source>Expire pending orders</source>
        <translation>Ausstehende Aufträge verfallen lassen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>The change runs in one transaction with one audit row (fix.%1) naming every row; running it again changes nothing.</source>
        <translation>Die Änderung läuft in einer Transaktion mit einem Prüfprotokolleintrag (fix.%1), der jede Zeile nennt; erneutes Ausführen ändert nichts.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Nothing to change: the data is already consistent.</source>
        <translation>Nichts zu ändern: Die Daten sind bereits konsistent.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s)&lt;/b&gt; will change as listed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Zeile&lt;/b&gt; wird wie aufgeführt geändert.</numerusform>
            <numerusform>&lt;b&gt;%n Zeilen&lt;/b&gt; werden wie aufgeführt geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>hd::FleetPage</name>
    <message>
        <source>Double-click or press Enter to see an appliance&apos;s incidents</source>
        <translation>Doppelklick oder Enter zeigt die Vorfälle einer Appliance</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n site(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Standort&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Standorte&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> — appliances: &lt;span style=&apos;color:#2e7d32&apos;&gt;%1 online&lt;/span&gt;, &lt;span style=&apos;color:#b25a00&apos;&gt;%2 stale&lt;/span&gt;, &lt;span style=&apos;color:#c62828&apos;&gt;%3 offline&lt;/span&gt; — %4 open incidents</source>
        <translation> — Appliances: &lt;span style=&apos;color:#2e7d32&apos;&gt;%1 online&lt;/span&gt;, &lt;span style=&apos;color:#b25a00&apos;&gt;%2 überfällig&lt;/span&gt;, &lt;span style=&apos;color:#c62828&apos;&gt;%3 offline&lt;/span&gt; — %4 offene Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Run runbook on selected appliances…</source>
        <translation>Runbook auf &amp;ausgewählten Appliances ausführen …</translation>
    </message>
    <message>
        <source>Run runbook on &amp;every appliance of this site…</source>
        <translation>Runbook auf &amp;allen Appliances dieses Standorts ausführen …</translation>
    </message>
    <message>
        <source>Loading sites…</source>
        <translation>Standorte werden geladen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appliances&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appliances&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n Appliance</numerusform>
            <numerusform>%n Appliances</numerusform>
        </translation>
    </message>
    <message>
        <source>every appliance of %1 (%2)</source>
        <translation>alle Appliances von %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appliances&lt;/b&gt; — select a site</source>
        <translation>&lt;b&gt;Appliances&lt;/b&gt; — Standort auswählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appliances of %1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Appliances von %1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>hd::HealthPage</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren …</translation>
    </message>
    <message>
        <source>Preview and apply the repair of the selected defect (Ctrl+Enter)</source>
        <translation>Reparatur des ausgewählten Problems prüfen und anwenden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Mismatches</source>
        <translation>&amp;Unstimmigkeiten</translation>
    </message>
    <message>
        <source>Runbook &amp;settings</source>
        <translation>Runbook-&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Learning</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No mismatch found&lt;/b&gt; between the components&apos; data.</source>
        <translation>&lt;b&gt;Keine Unstimmigkeit&lt;/b&gt; zwischen den Daten der Komponenten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n kind(s) of mismatch&lt;/b&gt; found; select one to see its rows and repair it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Art von Unstimmigkeit&lt;/b&gt; gefunden; auswählen, um ihre Zeilen zu sehen und sie zu reparieren.</numerusform>
            <numerusform>&lt;b&gt;%n Arten von Unstimmigkeiten&lt;/b&gt; gefunden; eine auswählen, um ihre Zeilen zu sehen und sie zu reparieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the first 1,000 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: die ersten 1.000 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeile</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s); the audit log records each.</source>
        <translation>
            <numerusform>%n Zeile repariert; das Prüfprotokoll erfasst sie.</numerusform>
            <numerusform>%n Zeilen repariert; das Prüfprotokoll erfasst jede einzelne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Datenzustand</translation>
    </message>
</context>
<context>
    <name>hd::IncidentModel</name>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Recorded on the incident: %1</source>
        <translation>Am Vorfall erfasst: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>hd::IncidentsPage</name>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b25a00&apos;&gt;(the incident row records %1)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b25a00&apos;&gt;(der Vorfallseintrag nennt %1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Executions (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ausführungen (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No execution recorded for this incident.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Für diesen Vorfall wurde keine Ausführung erfasst.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#b25a00&apos;&gt;(unmapped)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:#b25a00&apos;&gt;(nicht zugeordnet)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unknown (recorded as &quot;%1&quot;)</source>
        <translation>unbekannt (erfasst als „%1“)</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>State change:</source>
        <translation>Zustandsänderung:</translation>
    </message>
    <message>
        <source>Any appliance</source>
        <translation>Alle Appliances</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Search type, check, host, site, details or incident ID  (Ctrl+F)</source>
        <translation>Typ, Prüfung, Host, Standort, Details oder Vorfalls-ID suchen  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an incident to see its executions.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Vorfall auswählen, um seine Ausführungen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 loaded, counting…</source>
        <translation>%1 geladen, wird gezählt …</translation>
    </message>
    <message>
        <source>%1 incidents (%2 loaded)</source>
        <translation>%1 Vorfälle (%2 geladen)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
</context>
<context>
    <name>hd::IssueOrderDialog</name>
    <message>
        <source>Run a runbook</source>
        <translation>Runbook ausführen</translation>
    </message>
    <message>
        <source>Disruptive runbook</source>
        <translation>Störendes Runbook</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disruptive: it may restart services or interrupt work.

Run it on %n appliance(s)?</source>
        <translation>
            <numerusform>%1 ist störend: Es kann Dienste neu starten oder die Arbeit unterbrechen.

Auf %n Appliance ausführen?</numerusform>
            <numerusform>%1 ist störend: Es kann Dienste neu starten oder die Arbeit unterbrechen.

Auf %n Appliances ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Search by ID, name, category or HIPAA control</source>
        <translation>Nach ID, Name, Kategorie oder HIPAA-Kontrolle suchen</translation>
    </message>
    <message>
        <source>A JSON object, at most %1 bytes</source>
        <translation>Ein JSON-Objekt, höchstens %1 Byte</translation>
    </message>
    <message>
        <source>Why (required; recorded in the audit log)</source>
        <translation>Warum (Pflichtfeld; wird im Prüfprotokoll erfasst)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A pending order expires if no appliance acknowledges it in time</source>
        <translation>Ein ausstehender Auftrag verfällt, wenn keine Appliance ihn rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation>&amp;Runbook:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Verfällt nach:</translation>
    </message>
    <message>
        <source>&amp;Issue order</source>
        <translation>Auftrag &amp;erteilen</translation>
    </message>
    <message>
        <source>%1 — %2 HIPAA: %3.%4</source>
        <translation>%1 — %2 HIPAA: %3.%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> Disruptive: you will be asked to confirm.</source>
        <translation> Störend: Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (deaktiviert)</translation>
    </message>
    <message>
        <source>  ⚠ disruptive</source>
        <translation>  ⚠ störend</translation>
    </message>
    <message>
        <source>A reason is required: it goes into the audit log.</source>
        <translation>Eine Begründung ist erforderlich: Sie wird ins Prüfprotokoll übernommen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was ordered:
</source>
        <translation>Abgelehnt, es wurde nichts beauftragt:
</translation>
    </message>
    <message>
        <source>Not issued: the disruptive runbook was not confirmed.</source>
        <translation>Nicht erteilt: Das störende Runbook wurde nicht bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n order(s)…</source>
        <translation>
            <numerusform>%n Auftrag wird erteilt …</numerusform>
            <numerusform>%n Aufträge werden erteilt …</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection broke while the order was being written, so it is not confirmed. Press Issue again once the console is back online: the same order ID is sent, so it can never be written twice.</source>
        <translation>Die Verbindung brach ab, während der Auftrag geschrieben wurde; er ist daher nicht bestätigt. Klicken Sie erneut auf „Auftrag erteilen“, sobald die Konsole wieder online ist: Es wird dieselbe Auftrags-ID gesendet, sodass er nie doppelt geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>hd::LearningPanel</name>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Vorfallstyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>&amp;Promote to an L1 rule for</source>
        <translation>Als L1-Regel überneh&amp;men für</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ableh&amp;nen</translation>
    </message>
    <message>
        <source>Patterns the agents learned, awaiting promotion to deterministic L1 rules.</source>
        <translation>Von den Agents gelernte Muster, die auf die Übernahme als deterministische L1-Regeln warten.</translation>
    </message>
    <message>
        <source>Select one pattern and the runbook its rule should run.</source>
        <translation>Ein Muster und das Runbook auswählen, das seine Regel ausführen soll.</translation>
    </message>
    <message>
        <source>Select the patterns to reject.</source>
        <translation>Die abzulehnenden Muster auswählen.</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>Healdesk</source>
        <translation>Healdesk</translation>
    </message>
    <message>
        <source>An alert could not be delivered to the webhook: %1</source>
        <translation>Ein Alarm konnte nicht an den Webhook zugestellt werden: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the current page (F5)</source>
        <translation>Aktuelle Seite neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Choose &amp;scope</source>
        <translation>&amp;Bereich wählen</translation>
    </message>
    <message>
        <source>&amp;Find incidents</source>
        <translation>&amp;Vorfälle suchen</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>&amp;Run runbook…</source>
        <translation>&amp;Runbook ausführen …</translation>
    </message>
    <message>
        <source>Run a runbook on the appliances selected on the Fleet page, or on the current site (Ctrl+R)</source>
        <translation>Runbook auf den auf der Seite „Bestand“ ausgewählten Appliances oder auf dem aktuellen Standort ausführen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Alert &amp;webhook…</source>
        <translation>Alarm-&amp;Webhook …</translation>
    </message>
    <message>
        <source>Alert webhook</source>
        <translation>Alarm-Webhook</translation>
    </message>
    <message>
        <source>New critical incidents and failed orders are posted as JSON to this URL (HTTPS recommended).
Leave empty to turn alerts off.</source>
        <translation>Neue kritische Vorfälle und fehlgeschlagene Aufträge werden als JSON an diese URL gesendet (HTTPS empfohlen).
Leer lassen, um Alarme abzuschalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Healdesk</source>
        <translation>Ü&amp;ber Healdesk</translation>
    </message>
    <message>
        <source>About Healdesk</source>
        <translation>Über Healdesk</translation>
    </message>
    <message>
        <source>Run a runbook</source>
        <translation>Runbook ausführen</translation>
    </message>
    <message>
        <source>Select a site or some of its appliances on the Fleet page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Bestand“ einen Standort oder einige seiner Appliances aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) issued</source>
        <translation>
            <numerusform>%n Auftrag erteilt</numerusform>
            <numerusform>%n Aufträge erteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>Sites without a partner</source>
        <translation>Standorte ohne Partner</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection to the database.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine Verbindung zur Datenbank.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing was loaded yet.</source>
        <translation>Es wurde noch nichts geladen.</translation>
    </message>
    <message>
        <source>The pages show what was loaded at %1; nothing can be ordered or changed until the connection is back.</source>
        <translation>Die Seiten zeigen den Stand von %1; bis die Verbindung wieder besteht, kann nichts beauftragt oder geändert werden.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s.</source>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n s.</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; offline: %1</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; offline: %1</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#2e7d32&apos;&gt;live&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#2e7d32&apos;&gt;live&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#b25a00&apos;&gt;live updates paused&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#b25a00&apos;&gt;Live-Aktualisierung pausiert&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Healdesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Healdesk.</translation>
    </message>
</context>
<context>
    <name>hd::MappingDialog</name>
    <message>
        <source>Runbook ID mapping</source>
        <translation>Runbook-ID-Zuordnung</translation>
    </message>
    <message>
        <source>Telemetry runbook ID</source>
        <translation>Telemetrie-Runbook-ID</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>&amp;Map selected to</source>
        <translation>Auswahl &amp;zuordnen zu</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Import pairs…</source>
        <translation>Paare &amp;importieren …</translation>
    </message>
    <message>
        <source>A CSV file of &quot;telemetry ID,runbook ID&quot; lines; all or nothing</source>
        <translation>Eine CSV-Datei mit Zeilen „Telemetrie-ID,Runbook-ID“; alles oder nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unmapped telemetry IDs&lt;/b&gt; (executions that count for no runbook)</source>
        <translation>&lt;b&gt;Nicht zugeordnete Telemetrie-IDs&lt;/b&gt; (Ausführungen, die keinem Runbook zugerechnet werden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mappings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuordnungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select unmapped IDs and a runbook first.</source>
        <translation>Zuerst nicht zugeordnete IDs und ein Runbook auswählen.</translation>
    </message>
    <message>
        <source>Select mappings to remove first.</source>
        <translation>Zuerst die zu entfernenden Zuordnungen auswählen.</translation>
    </message>
    <message>
        <source>Import mapping pairs</source>
        <translation>Zuordnungspaare importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hd::OrderModel</name>
    <message>
        <source>execution %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Auftrags-ID</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Verfällt am %1</translation>
    </message>
</context>
<context>
    <name>hd::OrdersPage</name>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>Auftrag &amp;stornieren …</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Run runbook…</source>
        <translation>&amp;Runbook ausführen …</translation>
    </message>
    <message>
        <source>Issue a runbook order (Ctrl+R)</source>
        <translation>Runbook-Auftrag erteilen (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n order(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Auftrag&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Aufträge&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Aufträge stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Why cancel %n order(s)? (goes into the audit log)</source>
        <translation>
            <numerusform>Warum %n Auftrag stornieren? (wird ins Prüfprotokoll übernommen)</numerusform>
            <numerusform>Warum %n Aufträge stornieren? (wird ins Prüfprotokoll übernommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some orders were not cancelled</source>
        <translation>Einige Aufträge wurden nicht storniert</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>hd::ReportsPage</name>
    <message>
        <source>A whole &amp;partner</source>
        <translation>Ganzer &amp;Partner</translation>
    </message>
    <message>
        <source>Chosen si&amp;tes</source>
        <translation>Ausgewählte &amp;Standorte</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Filter sites…</source>
        <translation>Standorte filtern …</translation>
    </message>
    <message>
        <source>Period (UTC, whole days)</source>
        <translation>Zeitraum (UTC, ganze Tage)</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Letzter voller Monat</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Dieser Monat bis heute</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Letztes volles Quartal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>Vo&amp;reinstellung:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Vo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>B&amp;is (einschließlich):</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>PDF and CSV</source>
        <translation>PDF und CSV</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Build the report and show its pages (Ctrl+Enter)</source>
        <translation>Bericht erstellen und seine Seiten anzeigen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E). After a preview, the file holds exactly the previewed data.</source>
        <translation>Bericht in eine Datei schreiben (Ctrl+E). Nach einer Vorschau enthält die Datei genau die Daten der Vorschau.</translation>
    </message>
    <message>
        <source>Stop building or writing the report (Esc); no partial file is left</source>
        <translation>Erstellen oder Schreiben des Berichts abbrechen (Esc); es bleibt keine unvollständige Datei zurück</translation>
    </message>
    <message>
        <source>Choose a scope and a period, then &lt;b&gt;Preview&lt;/b&gt; (Ctrl+Enter) or &lt;b&gt;Export&lt;/b&gt; (Ctrl+E).</source>
        <translation>Bereich und Zeitraum wählen, dann &lt;b&gt;Vorschau&lt;/b&gt; (Ctrl+Enter) oder &lt;b&gt;Exportieren&lt;/b&gt; (Ctrl+E).</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Site ID: %2
Partner: %3</source>
        <translation>%1
Standort-ID: %2
Partner: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>Partner auswählen.</translation>
    </message>
    <message>
        <source>Tick at least one site.</source>
        <translation>Mindestens einen Standort ankreuzen.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Reading the report data…</source>
        <translation>Berichtsdaten werden gelesen …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; pages · report %2&lt;br&gt;%3 incidents, %4 executions, compliance score %5 · digest &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Seiten · Bericht %2&lt;br&gt;%3 Vorfälle, %4 Ausführungen, Konformitätswert %5 · Prüfsumme &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Preview ready. Nothing happened in this period; the report says so.</source>
        <translation>Vorschau fertig. In diesem Zeitraum ist nichts geschehen; der Bericht weist darauf hin.</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vorschau fertig.</translation>
    </message>
    <message>
        <source>Export compliance report</source>
        <translation>Konformitätsbericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (report %2).</source>
        <translation>%1 geschrieben (Bericht %2).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>hd::RunbookModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Runbook ID</source>
        <translation>Runbook-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>HIPAA controls</source>
        <translation>HIPAA-Kontrollen</translation>
    </message>
    <message>
        <source>Disruptive</source>
        <translation>Störend</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Avg duration</source>
        <translation>Ø Dauer</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>p95-Dauer</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>(telemetry ID with no runbook)</source>
        <translation>(Telemetrie-ID ohne Runbook)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>hd::RunbookSettingsPanel</name>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Appliances at site</source>
        <translation>Appliances am Standort</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Switched on here</source>
        <translation>Hier aktiviert</translation>
    </message>
    <message>
        <source>Globally</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akt&amp;ivieren</translation>
    </message>
    <message>
        <source>Switch the selected runbooks off for the chosen appliance, or for every appliance of the site</source>
        <translation>Die ausgewählten Runbooks für die gewählte Appliance oder für alle Appliances des Standorts deaktivieren</translation>
    </message>
    <message>
        <source>Switch the selected runbooks on for the chosen appliance, or for every appliance of the site</source>
        <translation>Die ausgewählten Runbooks für die gewählte Appliance oder für alle Appliances des Standorts aktivieren</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>Anwenden auf:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All appliances of the site</source>
        <translation>Alle Appliances des Standorts</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Select one or more runbooks first.</source>
        <translation>Zuerst ein oder mehrere Runbooks auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Enabled on %n appliance setting(s); orders accept it now.</source>
        <translation>
            <numerusform>In %n Appliance-Einstellung aktiviert; Aufträge dafür werden jetzt angenommen.</numerusform>
            <numerusform>In %n Appliance-Einstellungen aktiviert; Aufträge dafür werden jetzt angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled on %n appliance setting(s); orders refuse it now.</source>
        <translation>
            <numerusform>In %n Appliance-Einstellung deaktiviert; Aufträge dafür werden jetzt abgelehnt.</numerusform>
            <numerusform>In %n Appliance-Einstellungen deaktiviert; Aufträge dafür werden jetzt abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::RunbooksPage</name>
    <message>
        <source>Filter by ID, name, category or HIPAA control</source>
        <translation>Nach ID, Name, Kategorie oder HIPAA-Kontrolle filtern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 executions&lt;/b&gt; in scope: %2 resolved to %3 runbooks, &lt;span style=&apos;color:#b25a00&apos;&gt;%4 under %5 unmapped telemetry IDs&lt;/span&gt; (shown last, in italics).</source>
        <translation>&lt;b&gt;%1 Ausführungen&lt;/b&gt; im Bereich: %2 davon %3 Runbooks zugeordnet, &lt;span style=&apos;color:#b25a00&apos;&gt;%4 unter %5 nicht zugeordneten Telemetrie-IDs&lt;/span&gt; (zuletzt aufgeführt, kursiv).</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
</context>
<context>
    <name>hd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>hd::SiteModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(kein Partner)</translation>
    </message>
</context>
<context>
    <name>hd::TiersPage</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 executions&lt;/b&gt; (telemetry rows) and &lt;b&gt;%2 incidents&lt;/b&gt; in scope. The two are different counts and are never added together. Click a slice or a bar to list the incidents of that tier.</source>
        <translation>&lt;b&gt;%1 Ausführungen&lt;/b&gt; (Telemetriezeilen) und &lt;b&gt;%2 Vorfälle&lt;/b&gt; im Bereich. Das sind unterschiedliche Zählungen, die nie zusammengezählt werden. Klicken Sie auf ein Segment oder einen Balken, um die Vorfälle dieser Stufe aufzulisten.</translation>
    </message>
    <message>
        <source>Executions by tier (telemetry rows)</source>
        <translation>Ausführungen nach Stufe (Telemetriezeilen)</translation>
    </message>
    <message>
        <source>Incidents by tier (latest execution)</source>
        <translation>Vorfälle nach Stufe (letzte Ausführung)</translation>
    </message>
    <message>
        <source>Executions per day by tier</source>
        <translation>Ausführungen pro Tag nach Stufe</translation>
    </message>
    <message>
        <source>Success rate per tier (successful executions / executions)</source>
        <translation>Erfolgsquote pro Stufe (erfolgreiche Ausführungen / Ausführungen)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Healing tiers</source>
        <translation>Behebungsstufen</translation>
    </message>
</context>
</TS>
