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
    <message>
        <source>only admins may change SLAs</source>
        <translation>nur Admins dürfen SLAs ändern</translation>
    </message>
    <message>
        <source>the severity is one of %1, not &quot;%2&quot;</source>
        <translation>der Schweregrad ist einer von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>an SLA is more than 0 and at most %1 hours</source>
        <translation>ein SLA ist größer als 0 und höchstens %1 Stunden</translation>
    </message>
    <message>
        <source>name at least one severity and its hours</source>
        <translation>nennen Sie mindestens einen Schweregrad und seine Stunden</translation>
    </message>
    <message>
        <source>the fleet&apos;s SLAs can be changed but not cleared; name a partner</source>
        <translation>die SLAs der Flotte lassen sich ändern, aber nicht löschen; nennen Sie einen Partner</translation>
    </message>
    <message>
        <source>resolving incidents when their order completes is set per partner; name one</source>
        <translation>das Beheben von Vorfällen nach abgeschlossenem Auftrag wird je Partner eingestellt; nennen Sie einen</translation>
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
    <name>Alerts</name>
    <message>
        <source>it carries a user name or password (user:password@)</source>
        <translation>sie enthält einen Benutzernamen oder ein Passwort (user:password@)</translation>
    </message>
    <message>
        <source>its %1= parameter is a secret</source>
        <translation>ihr Parameter %1= ist geheim</translation>
    </message>
    <message>
        <source>a Slack hook&apos;s path is its secret</source>
        <translation>der Pfad eines Slack-Hooks ist sein Secret</translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; is not one of %2</source>
        <translation>format: „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>url: „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>url: %1, and a route&apos;s URL is kept in the database: write that part as {secret} and give its value with the route&apos;s secret, which stays on the machine that sends</source>
        <translation>url: %1, und die URL einer Route wird in der Datenbank gespeichert: diesen Teil als {secret} schreiben und seinen Wert als Secret der Route angeben, das auf dem sendenden Rechner bleibt</translation>
    </message>
    <message>
        <source>events: &quot;%1&quot; is not one of %2</source>
        <translation>events: „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>min-severity: &quot;%1&quot; is not one of %2</source>
        <translation>min-severity: „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>digest: whole hours from 1 to 168, or none</source>
        <translation>digest: ganze Stunden von 1 bis 168 oder none</translation>
    </message>
    <message>
        <source>in-window: mark or hold, not &quot;%1&quot;</source>
        <translation>in-window: mark oder hold, nicht „%1“</translation>
    </message>
    <message>
        <source>name a partner or a site, not both</source>
        <translation>einen Partner oder einen Standort angeben, nicht beides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner ID</source>
        <translation>„%1“ ist keine Partner-ID</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>Bestand</translation>
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
        <source>no alert route %1 (for this login)</source>
        <translation>Alarmroute %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>no secret for route %1 on this machine: give it as the systemd credential %2 or store it with healdesk alert route secret %1</source>
        <translation>kein Secret für Route %1 auf diesem Rechner: als systemd-Anmeldeinformation %2 angeben oder mit healdesk alert route secret %1 speichern</translation>
    </message>
    <message>
        <source>no secret for route %1 on this machine (systemd credential %2 absent; %3)</source>
        <translation>kein Secret für Route %1 auf diesem Rechner (systemd-Anmeldeinformation %2 fehlt; %3)</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>das Secret ist leer</translation>
    </message>
    <message numerus="yes">
        <source>Healdesk: %n alert(s) for %1 in the last %2 h</source>
        <translation>
            <numerusform>Healdesk: %n Alarm für %1 in den letzten %2 h</numerusform>
            <numerusform>Healdesk: %n Alarme für %1 in den letzten %2 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
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
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Critical incident %1 on %2</source>
        <translation>Kritischer Vorfall %1 auf %2</translation>
    </message>
    <message>
        <source>Incident %1 on %2 was escalated to a technician (L3)</source>
        <translation>Vorfall %1 auf %2 wurde an einen Techniker eskaliert (L3)</translation>
    </message>
    <message>
        <source>Incident %1 on %2 (%3) is past its %4 h SLA</source>
        <translation>Vorfall %1 auf %2 (%3) hat sein SLA von %4 h überschritten</translation>
    </message>
    <message>
        <source>Order %1 (%2) failed on %3%4</source>
        <translation>Auftrag %1 (%2) auf %3 fehlgeschlagen%4</translation>
    </message>
    <message>
        <source>Order %1 (%2) was REJECTED by %3%4</source>
        <translation>Auftrag %1 (%2) wurde von %3 abgelehnt (REJECTED)%4</translation>
    </message>
    <message>
        <source>Order %1 (%2) expired on %3 without running</source>
        <translation>Auftrag %1 (%2) ist auf %3 abgelaufen, ohne ausgeführt zu werden</translation>
    </message>
    <message>
        <source>Test alert for route &quot;%1&quot;, asked for by %2</source>
        <translation>Testalarm für Route „%1“, angefordert von %2</translation>
    </message>
    <message>
        <source>(reported during a maintenance window, until %1 UTC)</source>
        <translation>(während eines Wartungsfensters gemeldet, bis %1 UTC)</translation>
    </message>
    <message>
        <source>route %1 needs its secret on this machine</source>
        <translation>Route %1 braucht ihr Secret auf diesem Rechner</translation>
    </message>
    <message>
        <source>The report for %1, %2 to %3, was archived</source>
        <translation>Der Bericht für %1, %2 bis %3, wurde archiviert</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>row %1 has no link: it was inserted out of band, around the chain</source>
        <translation>Zeile %1 hat keine Verkettung: sie wurde an der Kette vorbei eingefügt</translation>
    </message>
    <message>
        <source>row %1 is the first chained row but links to another row: the rows before it were deleted</source>
        <translation>Zeile %1 ist die erste verkettete Zeile, verweist aber auf eine andere: die Zeilen davor wurden gelöscht</translation>
    </message>
    <message>
        <source>row %1 does not link to row %2 before it: a row between them was deleted, or row %2 was rewritten with its hash</source>
        <translation>Zeile %1 verweist nicht auf die vorherige Zeile %2: eine Zeile dazwischen wurde gelöscht, oder Zeile %2 wurde samt Hash neu geschrieben</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written: its fields no longer give its hash</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert: ihre Felder ergeben ihren Hash nicht mehr</translation>
    </message>
    <message>
        <source>its signed statement is not an audit statement (%1)</source>
        <translation>ihre signierte Erklärung ist keine Prüfprotokoll-Erklärung (%1)</translation>
    </message>
    <message>
        <source>its signed statement no longer describes the row: it was changed after signing</source>
        <translation>ihre signierte Erklärung beschreibt die Zeile nicht mehr: sie wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>it was signed by a key the trust file does not reach: %1</source>
        <translation>sie wurde mit einem Schlüssel signiert, den die Vertrauensdatei nicht abdeckt: %1</translation>
    </message>
    <message>
        <source>it was signed by key %1, which the database does not have</source>
        <translation>sie wurde mit Schlüssel %1 signiert, den die Datenbank nicht kennt</translation>
    </message>
    <message>
        <source>its signature does not verify: the statement or the signature was changed</source>
        <translation>ihre Signatur lässt sich nicht verifizieren: Erklärung oder Signatur wurde geändert</translation>
    </message>
    <message>
        <source>row %1 is signed, but %2</source>
        <translation>Zeile %1 ist signiert, aber %2</translation>
    </message>
    <message>
        <source>its signature is dated %1, not when the row was written</source>
        <translation>ihre Signatur ist auf %1 datiert, nicht auf den Zeitpunkt, zu dem die Zeile geschrieben wurde</translation>
    </message>
    <message>
        <source>it names %1, but was signed with the key of %2</source>
        <translation>sie nennt %1, wurde aber mit dem Schlüssel von %2 signiert</translation>
    </message>
    <message>
        <source>row %1 (%2) is always signed by its admin, but carries no signature: it was stripped</source>
        <translation>Zeile %1 (%2) wird immer von ihrem Admin signiert, trägt aber keine Signatur: sie wurde entfernt</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <source>partner &quot;%1&quot; is not a partner ID (a UUID)</source>
        <translation>Partner „%1“ ist keine Partner-ID (UUID)</translation>
    </message>
    <message>
        <source>the logo must be a PNG image</source>
        <translation>das Logo muss ein PNG-Bild sein</translation>
    </message>
    <message>
        <source>the logo is %1 bytes; at most 1 MiB (1,048,576 bytes) is kept</source>
        <translation>das Logo hat %1 Bytes; höchstens 1 MiB (1.048.576 Bytes) wird gespeichert</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>unbekannter Partner „%1“</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PostgreSQL URI, e.g. postgresql://user@host:5432/dbname?sslmode=verify-full&amp;sslrootcert=ca.crt (host= may name a socket folder). Without it (and --profile), libpq&apos;s PG* variables apply.</source>
        <translation>PostgreSQL-URI, z. B. postgresql://user@host:5432/dbname?sslmode=verify-full&amp;sslrootcert=ca.crt (host= kann einen Socket-Ordner angeben). Ohne diese Option (und ohne --profile) gelten die PG*-Variablen von libpq.</translation>
    </message>
    <message>
        <source>A saved connection profile (see healdesk profile); its password comes from the system keychain.</source>
        <translation>Ein gespeichertes Verbindungsprofil (siehe healdesk profile); sein Passwort kommt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>unexpected argument: </source>
        <translation>unerwartetes Argument: </translation>
    </message>
    <message>
        <source>missing argument: see --help</source>
        <translation>fehlendes Argument: siehe --help</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>Plan ausgeben, nichts ändern.</translation>
    </message>
    <message>
        <source>Upgrade the database schema in place (adopting a legacy database).</source>
        <translation>Datenbankschema an Ort und Stelle aktualisieren (übernimmt auch eine Altdatenbank).</translation>
    </message>
    <message>
        <source>migrated to version </source>
        <translation>migriert auf Version </translation>
    </message>
    <message>
        <source>tiny, demo, medium or large (default demo).</source>
        <translation>tiny, demo, medium oder large (Standard: demo).</translation>
    </message>
    <message>
        <source>Seed number (default 1).</source>
        <translation>Startwert (Seed) für die Erzeugung (Standard: 1).</translation>
    </message>
    <message>
        <source>The data set&apos;s &quot;now&quot;, ISO 8601 (default: now).</source>
        <translation>„Jetzt“ des Datensatzes, ISO 8601 (Standard: aktuelle Zeit).</translation>
    </message>
    <message>
        <source>Leave runbook_id_mapping empty.</source>
        <translation>runbook_id_mapping leer lassen.</translation>
    </message>
    <message>
        <source>Fill an empty database with a deterministic fleet.</source>
        <translation>Eine leere Datenbank mit einem deterministischen Bestand füllen.</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>--anchor is not an ISO 8601 time</source>
        <translation>--anchor ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>generated </source>
        <translation>erzeugt: </translation>
    </message>
    <message>
        <source> executions, </source>
        <translation> Ausführungen, </translation>
    </message>
    <message>
        <source> incidents, </source>
        <translation> Vorfälle, </translation>
    </message>
    <message>
        <source> appliances</source>
        <translation> Appliances</translation>
    </message>
    <message>
        <source>Start of the period, ISO 8601, inclusive.</source>
        <translation>Beginn des Zeitraums, ISO 8601, einschließlich.</translation>
    </message>
    <message>
        <source>End of the period, ISO 8601, exclusive (a date alone means the end of that day).</source>
        <translation>Ende des Zeitraums, ISO 8601, ausschließlich (ein bloßes Datum steht für das Ende dieses Tages).</translation>
    </message>
    <message>
        <source>--site needs at least one site ID</source>
        <translation>--site braucht mindestens eine Standort-ID</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Executions and incidents by tier, and per-runbook executions.</source>
        <translation>Ausführungen und Vorfälle nach Stufe sowie Ausführungen pro Runbook.</translation>
    </message>
    <message>
        <source>executions: </source>
        <translation>Ausführungen: </translation>
    </message>
    <message>
        <source> succeeded)</source>
        <translation> erfolgreich)</translation>
    </message>
    <message>
        <source>incidents by tier:</source>
        <translation>Vorfälle nach Stufe:</translation>
    </message>
    <message>
        <source>runbooks:</source>
        <translation>Runbooks:</translation>
    </message>
    <message>
        <source>unmapped:</source>
        <translation>nicht zugeordnet:</translation>
    </message>
    <message>
        <source>connection lost (</source>
        <translation>Verbindung unterbrochen (</translation>
    </message>
    <message>
        <source>); retrying once</source>
        <translation>); einmaliger neuer Versuch</translation>
    </message>
    <message>
        <source>Runbook ID (RB-...).</source>
        <translation>Runbook-ID (RB-...).</translation>
    </message>
    <message>
        <source>Parameters, a JSON object (default {}).</source>
        <translation>Parameter als JSON-Objekt (Standard: {}).</translation>
    </message>
    <message>
        <source>Why: goes into the audit log (required).</source>
        <translation>Begründung; wird ins Prüfprotokoll übernommen (erforderlich).</translation>
    </message>
    <message>
        <source>Confirm a disruptive runbook.</source>
        <translation>Ein störendes Runbook bestätigen.</translation>
    </message>
    <message>
        <source>Client-made order ID for idempotent retries (several appliances get -1, -2, ...).</source>
        <translation>Vom Client vergebene Auftrags-ID für idempotente Wiederholungen (mehrere Appliances erhalten -1, -2, ...).</translation>
    </message>
    <message>
        <source>Seconds before a pending order expires (default 3600).</source>
        <translation>Sekunden, bis ein ausstehender Auftrag verfällt (Standard: 3600).</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for every order to finish.</source>
        <translation>Bis zu so viele Sekunden warten, bis alle Aufträge abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Issue a runbook order to appliances.</source>
        <translation>Einen Runbook-Auftrag an Appliances erteilen.</translation>
    </message>
    <message>
        <source>--runbook is required</source>
        <translation>--runbook ist erforderlich</translation>
    </message>
    <message>
        <source>--ttl must be a whole number of seconds</source>
        <translation>--ttl muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>--wait must be a positive number of seconds</source>
        <translation>--wait muss eine positive Anzahl von Sekunden sein</translation>
    </message>
    <message>
        <source>not finished in time (%1)</source>
        <translation>nicht rechtzeitig abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>Only orders with this status.</source>
        <translation>Nur Aufträge mit diesem Status.</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>Höchstens so viele (Standard: 500).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>List orders, newest first.</source>
        <translation>Aufträge auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>The order to cancel.</source>
        <translation>Der zu stornierende Auftrag.</translation>
    </message>
    <message>
        <source>cancelled </source>
        <translation>storniert: </translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>%1 kann nicht geschrieben werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>pdf or csv (default: from the file name).</source>
        <translation>pdf oder csv (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>PDF page size: a4 (default) or letter.</source>
        <translation>PDF-Seitengröße: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Write a compliance report for sites or a partner over a period (default: the last full calendar month, UTC). The file appears whole or not at all.</source>
        <translation>Einen Konformitätsbericht für Standorte oder einen Partner über einen Zeitraum schreiben (Standard: der letzte volle Kalendermonat, UTC). Die Datei entsteht vollständig oder gar nicht.</translation>
    </message>
    <message>
        <source>name the scope with --site ID[,ID...] or --partner ID</source>
        <translation>den Bereich mit --site ID[,ID...] oder --partner ID angeben</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither for last month</source>
        <translation>sowohl --from als auch --to angeben oder keines von beiden für den letzten Monat</translation>
    </message>
    <message>
        <source>--format must be pdf or csv</source>
        <translation>--format muss pdf oder csv sein</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter</source>
        <translation>--page-size muss a4 oder letter sein</translation>
    </message>
    <message>
        <source>wrote </source>
        <translation>geschrieben: </translation>
    </message>
    <message>
        <source> (report </source>
        <translation> (Bericht </translation>
    </message>
    <message>
        <source>, digest sha256:</source>
        <translation>, Prüfsumme sha256:</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>healdesk export verify: </source>
        <translation>healdesk export verify: </translation>
    </message>
    <message>
        <source>: digest MISMATCH (recorded </source>
        <translation>: Prüfsumme MISMATCH (erfasst </translation>
    </message>
    <message>
        <source>, computed </source>
        <translation>, berechnet </translation>
    </message>
    <message>
        <source>): the data was changed after export</source>
        <translation>): Die Daten wurden nach dem Export geändert</translation>
    </message>
    <message>
        <source>unmapped runbook IDs: </source>
        <translation>nicht zugeordnete Runbook-IDs: </translation>
    </message>
    <message>
        <source> executions)</source>
        <translation> Ausführungen)</translation>
    </message>
    <message>
        <source>incidents with no tier but telemetry with one: </source>
        <translation>Vorfälle ohne Stufe, obwohl die Telemetrie eine hat: </translation>
    </message>
    <message>
        <source>incidents whose tier differs from telemetry: </source>
        <translation>Vorfälle, deren Stufe von der Telemetrie abweicht: </translation>
    </message>
    <message>
        <source>orders pending past their deadline: </source>
        <translation>Aufträge, die nach Fristablauf noch ausstehen: </translation>
    </message>
    <message>
        <source>pending orders with a matching execution: </source>
        <translation>ausstehende Aufträge mit passender Ausführung: </translation>
    </message>
    <message>
        <source>orphan telemetry: appliance </source>
        <translation>verwaiste Telemetrie: Appliance </translation>
    </message>
    <message>
        <source>, incident </source>
        <translation>, Vorfall </translation>
    </message>
    <message>
        <source>, site </source>
        <translation>, Standort </translation>
    </message>
    <message>
        <source>Print what would change and change nothing.</source>
        <translation>Ausgeben, was sich ändern würde, nichts ändern.</translation>
    </message>
    <message>
        <source>tiers (backfill incident tiers from telemetry), orders (reconcile pending orders with their matching execution) or expire (expire pending orders past their deadline that nothing matches).</source>
        <translation>tiers (Vorfallsstufen aus der Telemetrie nachtragen), orders (ausstehende Aufträge mit ihrer passenden Ausführung abgleichen) oder expire (ausstehende Aufträge nach Fristablauf ohne passende Ausführung verfallen lassen).</translation>
    </message>
    <message>
        <source>Repair one kind of data defect in one transaction with an audit row; running it again changes nothing.</source>
        <translation>Eine Art von Datenfehler in einer Transaktion mit Prüfprotokolleintrag beheben; eine Wiederholung ändert nichts.</translation>
    </message>
    <message>
        <source>list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</source>
        <translation>list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</translation>
    </message>
    <message>
        <source>Edit the runbook ID mapping (telemetry ID -&gt; runbook); every change is checked and audited.</source>
        <translation>Die Runbook-ID-Zuordnung bearbeiten (Telemetrie-ID -&gt; Runbook); jede Änderung wird geprüft und protokolliert.</translation>
    </message>
    <message>
        <source>usage: healdesk mapping list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</source>
        <translation>Aufruf: healdesk mapping list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</translation>
    </message>
    <message>
        <source>removed </source>
        <translation>entfernt: </translation>
    </message>
    <message>
        <source> executions are unmapped again)</source>
        <translation> Ausführungen sind wieder ohne Zuordnung)</translation>
    </message>
    <message>
        <source>RB-* runbook ID</source>
        <translation>Runbook-ID (RB-*)</translation>
    </message>
    <message>
        <source>name either --site or --appliance</source>
        <translation>entweder --site oder --appliance angeben</translation>
    </message>
    <message>
        <source>list | promote PAT-ID RB-ID | reject PAT-ID</source>
        <translation>list | promote PAT-ID RB-ID | reject PAT-ID</translation>
    </message>
    <message>
        <source>Patterns awaiting promotion to L1 rules: list them, promote one (creates the l1_rules row and its mapping) or reject it; audited.</source>
        <translation>Muster, die auf die Übernahme als L1-Regeln warten: auflisten, eines übernehmen (legt die l1_rules-Zeile und ihre Zuordnung an) oder ablehnen; protokolliert.</translation>
    </message>
    <message>
        <source>usage: healdesk pattern list | promote PAT-ID RB-ID | reject PAT-ID</source>
        <translation>Aufruf: healdesk pattern list | promote PAT-ID RB-ID | reject PAT-ID</translation>
    </message>
    <message>
        <source>promoted </source>
        <translation>übernommen: </translation>
    </message>
    <message>
        <source> as </source>
        <translation> als </translation>
    </message>
    <message>
        <source>rejected </source>
        <translation>abgelehnt: </translation>
    </message>
    <message>
        <source>Also allow mappings, runbook settings, fixes, promotions.</source>
        <translation>Zusätzlich Zuordnungen, Runbook-Einstellungen, Korrekturen und Übernahmen erlauben.</translation>
    </message>
    <message>
        <source>An existing database login</source>
        <translation>Ein vorhandenes Datenbank-Login</translation>
    </message>
    <message>
        <source>Grant a database login the technician (or admin) role and the partners it serves; row-level security then limits it to those partners&apos; sites.</source>
        <translation>Einem Datenbank-Login die Techniker- (oder Admin-)Rolle und die betreuten Partner zuweisen; Row-Level-Security beschränkt es dann auf die Standorte dieser Partner.</translation>
    </message>
    <message>
        <source>disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>disable, allow, prefer, require, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <source>The CA certificate that signed the server&apos;s certificate.</source>
        <translation>Das CA-Zertifikat, mit dem das Serverzertifikat signiert wurde.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and keep it in the system keychain.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen und im Schlüsselbund des Systems ablegen.</translation>
    </message>
    <message>
        <source>add, list, remove or check</source>
        <translation>add, list, remove oder check</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Saved connections: the settings file keeps where the database is and how to check its certificate; passwords go to the system keychain only.</source>
        <translation>Gespeicherte Verbindungen: Die Einstellungsdatei enthält, wo die Datenbank liegt und wie ihr Zertifikat geprüft wird; Passwörter kommen ausschließlich in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>usage: healdesk profile add|remove|check NAME</source>
        <translation>Aufruf: healdesk profile add|remove|check NAME</translation>
    </message>
    <message>
        <source>removed profile </source>
        <translation>Profil entfernt: </translation>
    </message>
    <message>
        <source>connected as %1, TLS %2</source>
        <translation>verbunden als %1, TLS %2</translation>
    </message>
    <message>
        <source>unknown profile action &quot;</source>
        <translation>unbekannte Profilaktion „</translation>
    </message>
    <message>
        <source>&quot;: use add, list, remove or check</source>
        <translation>“: add, list, remove oder check verwenden</translation>
    </message>
    <message>
        <source>healdesk profile: --password-stdin read an empty line; nothing was saved</source>
        <translation>healdesk profile: --password-stdin hat eine leere Zeile gelesen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>saved profile </source>
        <translation>Profil gespeichert: </translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>unbekannter Befehl: </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>mapped </source>
        <translation>zugeordnet: </translation>
    </message>
    <message>
        <source>already mapped: </source>
        <translation>bereits zugeordnet: </translation>
    </message>
    <message>
        <source> (already so; nothing written)</source>
        <translation> (bereits so eingestellt; nichts geschrieben)</translation>
    </message>
    <message>
        <source>password in keychain</source>
        <translation>Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>healdesk profile: note: a password on the command line is visible to other users of this machine; prefer --password-stdin</source>
        <translation>healdesk profile: Hinweis: Ein Passwort auf der Kommandozeile ist für andere Benutzer dieses Rechners sichtbar; besser --password-stdin verwenden</translation>
    </message>
    <message>
        <source> (password in the system keychain)</source>
        <translation> (Passwort im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Scan telemetry instead of reading the rollups (slow on a large fleet; the figures are the same).</source>
        <translation>Telemetrie durchsuchen statt die Verdichtungen zu lesen (langsam bei einer großen Flotte; die Zahlen sind dieselben).</translation>
    </message>
    <message>
        <source>With drain: keep draining every N seconds until stopped.</source>
        <translation>Mit drain: alle N Sekunden weiter abarbeiten, bis es beendet wird.</translation>
    </message>
    <message>
        <source>status, drain (move queued telemetry changes into the rollups), rebuild (build them again from telemetry) or mode (job or trigger).</source>
        <translation>status, drain (wartende Telemetrieänderungen in die Verdichtungen übernehmen), rebuild (sie aus der Telemetrie neu aufbauen) oder mode (job oder trigger).</translation>
    </message>
    <message>
        <source>With mode: job or trigger.</source>
        <translation>Mit mode: job oder trigger.</translation>
    </message>
    <message>
        <source>The telemetry rollups that serve the dashboard and reports.</source>
        <translation>Die Telemetrie-Verdichtungen, aus denen Dashboard und Berichte lesen.</translation>
    </message>
    <message>
        <source>mode: </source>
        <translation>Modus: </translation>
    </message>
    <message>
        <source>queued changes: </source>
        <translation>wartende Änderungen: </translation>
    </message>
    <message>
        <source>rollup rows: </source>
        <translation>Verdichtungszeilen: </translation>
    </message>
    <message>
        <source>last drain: </source>
        <translation>zuletzt abgearbeitet: </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>--every takes whole seconds from 1 to 86400</source>
        <translation>--every erwartet ganze Sekunden von 1 bis 86400</translation>
    </message>
    <message>
        <source>another drain is running; it moves the queue</source>
        <translation>ein anderer Lauf arbeitet die Warteschlange bereits ab</translation>
    </message>
    <message>
        <source>missing argument: job or trigger</source>
        <translation>fehlendes Argument: job oder trigger</translation>
    </message>
    <message>
        <source>rollup mode: </source>
        <translation>Verdichtungsmodus: </translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use status, drain, rebuild or mode</source>
        <translation>unbekannte Aktion &quot;%1&quot;: status, drain, rebuild oder mode verwenden</translation>
    </message>
    <message>
        <source>A read-only standby of the same database (libpq URI; its host and port are kept, the login, database and TLS settings are the primary&apos;s). The console reads pages, statistics and reports from it.</source>
        <translation>Ein schreibgeschützter Standby derselben Datenbank (libpq-URI; gespeichert werden Host und Port, Anmeldung, Datenbank und TLS-Einstellungen sind die des Primärservers). Die Konsole liest Seiten, Statistiken und Berichte von ihm.</translation>
    </message>
    <message>
        <source>Seconds the standby may lag before reads fall back to the primary (default 30).</source>
        <translation>Sekunden, die der Standby zurückliegen darf, bevor Lesezugriffe auf den Primärserver zurückfallen (Standard 30).</translation>
    </message>
    <message>
        <source>healdesk profile: --standby needs a host (postgresql://HOST:PORT); nothing was saved</source>
        <translation>healdesk profile: --standby braucht einen Host (postgresql://HOST:PORT); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>healdesk profile: --standby-max-lag takes whole seconds from 1 to 86400; nothing was saved</source>
        <translation>healdesk profile: --standby-max-lag nimmt ganze Sekunden von 1 bis 86400; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>A control&apos;s evidence older than this many days before the period end is stale (default 30).</source>
        <translation>Nachweise einer Kontrolle, die so viele Tage vor dem Ende des Zeitraums liegen, gelten als veraltet (Standard: 30).</translation>
    </message>
    <message>
        <source>--stale-days takes whole days from 1 to 3650</source>
        <translation>--stale-days erwartet ganze Tage von 1 bis 3650</translation>
    </message>
    <message>
        <source>the period ends after now: the report runs to %1, so far</source>
        <translation>der Zeitraum endet nach dem jetzigen Zeitpunkt: der Bericht reicht bis %1, bisher</translation>
    </message>
    <message>
        <source>A PNG image, at most 1 MiB.</source>
        <translation>Ein PNG-Bild, höchstens 1 MiB.</translation>
    </message>
    <message>
        <source>Set the logo on the cover of the partner&apos;s compliance reports (kept in the database, audited; admins only).</source>
        <translation>Das Logo auf dem Deckblatt der Konformitätsberichte des Partners festlegen (in der Datenbank gespeichert, protokolliert; nur für Admins).</translation>
    </message>
    <message>
        <source>logo set for partner %1 (%2 bytes, sha256:%3)</source>
        <translation>Logo für Partner %1 festgelegt (%2 Bytes, sha256:%3)</translation>
    </message>
    <message>
        <source>usage: healdesk partner set-logo PARTNER FILE.png</source>
        <translation>Aufruf: healdesk partner set-logo PARTNER DATEI.png</translation>
    </message>
    <message>
        <source>A head hash printed by an earlier verify: fail unless that row is still in the chain.</source>
        <translation>Ein Kopf-Hash aus einer früheren Prüfung: scheitern, wenn diese Zeile nicht mehr in der Kette ist.</translation>
    </message>
    <message>
        <source>healdesk audit verify: the chain is BROKEN at row %1: %2</source>
        <translation>healdesk audit verify: die Kette ist bei Zeile %1 GEBROCHEN: %2</translation>
    </message>
    <message>
        <source>healdesk audit verify: no row has the head %1 any more: rows after it were removed and the chain rebuilt</source>
        <translation>healdesk audit verify: keine Zeile hat mehr den Kopf %1: Zeilen danach wurden entfernt und die Kette neu aufgebaut</translation>
    </message>
    <message>
        <source>audit chain holds: %1 rows chained, %2 from before the chain began</source>
        <translation>Prüfkette stimmt: %1 Zeilen verkettet, %2 aus der Zeit vor der Kette</translation>
    </message>
    <message>
        <source>head sha256:%1 (keep it: verify --head checks it is still in the chain)</source>
        <translation>Kopf sha256:%1 (aufbewahren: verify --head prüft, ob er noch in der Kette ist)</translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation>signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <source>the report is %1; export verify will say so</source>
        <translation>der Bericht ist %1; export verify wird das melden</translation>
    </message>
    <message>
        <source>Count every data defect: unmapped runbook IDs, incident tiers missing or differing from telemetry, stuck and reconcilable orders, orphan telemetry, orders an appliance rejected.</source>
        <translation>Alle Datenfehler zählen: nicht zugeordnete Runbook-IDs, fehlende oder von der Telemetrie abweichende Vorfallsstufen, festhängende und abgleichbare Aufträge, verwaiste Telemetrie, von einer Appliance abgelehnte Aufträge.</translation>
    </message>
    <message>
        <source>orders an appliance rejected: </source>
        <translation>von einer Appliance abgelehnte Aufträge: </translation>
    </message>
    <message>
        <source>usage: healdesk audit verify [--head SHA256] [--trust fleet-keys.json]</source>
        <translation>Aufruf: healdesk audit verify [--head SHA256] [--trust fleet-keys.json]</translation>
    </message>
    <message>
        <source>this workstation&apos;s keychain holds no signing key for %1 (healdesk key create)</source>
        <translation>der Schlüsselbund dieses Arbeitsplatzes enthält keinen Signaturschlüssel für %1 (healdesk key create)</translation>
    </message>
    <message>
        <source>The fleet&apos;s trust file (healdesk key export-trust): its admin keys are what every signature must chain to.</source>
        <translation>Die Vertrauensdatei des Bestands (healdesk key export-trust): Jede Signatur muss sich über eine Kette auf ihre Admin-Schlüssel zurückführen lassen.</translation>
    </message>
    <message>
        <source>technician (default), admin, or service (for the worker).</source>
        <translation>technician (Standard), admin oder service (für den Worker).</translation>
    </message>
    <message>
        <source>A note to tell your keys apart (e.g. the workstation).</source>
        <translation>Eine Notiz, um Ihre Schlüssel zu unterscheiden (z. B. der Arbeitsplatz).</translation>
    </message>
    <message>
        <source>Make a new key even though the keychain holds one (the old one stays in the database until an admin revokes it).</source>
        <translation>Einen neuen Schlüssel erstellen, auch wenn der Schlüsselbund schon einen enthält (der alte bleibt in der Datenbank, bis ein Admin ihn widerruft).</translation>
    </message>
    <message>
        <source>Make your Ed25519 signing key on this workstation: the private key goes to the system keychain only, the public key to the database, pending until another admin approves it.</source>
        <translation>Ihren Ed25519-Signaturschlüssel auf diesem Arbeitsplatz erstellen: Der private Schlüssel kommt nur in den Schlüsselbund des Systems, der öffentliche in die Datenbank, wo er aussteht, bis ein anderer Admin ihn genehmigt.</translation>
    </message>
    <message>
        <source>--role is technician, admin or service</source>
        <translation>--role erwartet technician, admin oder service</translation>
    </message>
    <message>
        <source>you already have key %1 (%2); --replace makes a new one</source>
        <translation>Sie haben bereits Schlüssel %1 (%2); --replace erstellt einen neuen</translation>
    </message>
    <message>
        <source>key %1 of %2 (%3) is registered and pending; the private key is in this workstation&apos;s keychain only</source>
        <translation>Schlüssel %1 von %2 (%3) ist registriert und steht aus; der private Schlüssel liegt nur im Schlüsselbund dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>no admin key is approved yet: the owner of Healdesk&apos;s schema approves this first one with: healdesk key approve %1 --bootstrap</source>
        <translation>noch ist kein Admin-Schlüssel genehmigt: Der Eigentümer des Healdesk-Schemas genehmigt diesen ersten mit: healdesk key approve %1 --bootstrap</translation>
    </message>
    <message>
        <source>another admin approves it with: healdesk key approve %1</source>
        <translation>ein anderer Admin genehmigt ihn mit: healdesk key approve %1</translation>
    </message>
    <message>
        <source>List the signing keys with their state.</source>
        <translation>Die Signaturschlüssel mit ihrem Zustand auflisten.</translation>
    </message>
    <message>
        <source>first admin</source>
        <translation>erster Admin</translation>
    </message>
    <message>
        <source>How long the approval holds, in days (default 365).</source>
        <translation>Wie lange die Genehmigung gilt, in Tagen (Standard: 365).</translation>
    </message>
    <message>
        <source>Approve the first admin key as the owner of Healdesk&apos;s schema (only while no admin key is approved).</source>
        <translation>Den ersten Admin-Schlüssel als Eigentümer des Healdesk-Schemas genehmigen (nur solange kein Admin-Schlüssel genehmigt ist).</translation>
    </message>
    <message>
        <source>The key to approve.</source>
        <translation>Der zu genehmigende Schlüssel.</translation>
    </message>
    <message>
        <source>Approve another login&apos;s pending key, signed with your own approved admin key: the approval names the key, its login, role, partners and validity; audited.</source>
        <translation>Den ausstehenden Schlüssel eines anderen Logins genehmigen, signiert mit Ihrem eigenen genehmigten Admin-Schlüssel: Die Genehmigung nennt den Schlüssel, sein Login, seine Rolle, Partner und Gültigkeit; wird protokolliert.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days</source>
        <translation>--days erwartet eine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>approved %1 as the first admin key; now export the fleet&apos;s trust file: healdesk key export-trust -o fleet-keys.json</source>
        <translation>%1 als ersten Admin-Schlüssel genehmigt; jetzt die Vertrauensdatei des Bestands exportieren: healdesk key export-trust -o fleet-keys.json</translation>
    </message>
    <message>
        <source>approving needs your admin signing key: %1</source>
        <translation>zum Genehmigen ist Ihr Admin-Signaturschlüssel nötig: %1</translation>
    </message>
    <message>
        <source>approved %1 for %2 days</source>
        <translation>%1 für %2 Tage genehmigt</translation>
    </message>
    <message>
        <source>Why (required; signed and audited).</source>
        <translation>Begründung (erforderlich; wird signiert und protokolliert).</translation>
    </message>
    <message>
        <source>The key to revoke.</source>
        <translation>Der zu widerrufende Schlüssel.</translation>
    </message>
    <message>
        <source>Revoke a key, signed with your admin key: what it signs later fails; what it signed before stays valid and says so.</source>
        <translation>Einen Schlüssel widerrufen, signiert mit Ihrem Admin-Schlüssel: Was er danach signiert, scheitert; was er zuvor signiert hat, bleibt gültig und wird mit entsprechendem Hinweis ausgewiesen.</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason ist erforderlich</translation>
    </message>
    <message>
        <source>revoking needs your admin signing key: %1</source>
        <translation>zum Widerrufen ist Ihr Admin-Signaturschlüssel nötig: %1</translation>
    </message>
    <message>
        <source>revoked %1; export the trust file again so appliances and auditors know</source>
        <translation>%1 widerrufen; die Vertrauensdatei erneut exportieren, damit Appliances und Prüfer davon erfahren</translation>
    </message>
    <message>
        <source>Write the fleet&apos;s trust file: the admin keys that chain to the first admin key, and the revocations and signing policies they signed. Appliances and auditors hold it.</source>
        <translation>Die Vertrauensdatei des Bestands schreiben: die Admin-Schlüssel, die sich über eine Kette auf den ersten Admin-Schlüssel zurückführen lassen, sowie die von ihnen signierten Widerrufe und Signaturrichtlinien. Appliances und Prüfer bewahren sie auf.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>fingerprint sha256:%1 (read it to whoever receives the file, over another channel)</source>
        <translation>Fingerabdruck sha256:%1 (dem Empfänger der Datei über einen anderen Kanal vorlesen)</translation>
    </message>
    <message>
        <source>required or off; without it, list.</source>
        <translation>required oder off; ohne Angabe: auflisten.</translation>
    </message>
    <message>
        <source>Whether a partner&apos;s orders must be signed (admins; signed and audited). Without a setting, list every partner&apos;s policy.</source>
        <translation>Ob die Aufträge eines Partners signiert sein müssen (Admins; wird signiert und protokolliert). Ohne Einstellung: die Richtlinie jedes Partners auflisten.</translation>
    </message>
    <message>
        <source>the setting is required or off, not &quot;%1&quot;</source>
        <translation>die Einstellung ist required oder off, nicht „%1“</translation>
    </message>
    <message>
        <source>--partner is required</source>
        <translation>--partner ist erforderlich</translation>
    </message>
    <message>
        <source>setting the policy needs your admin signing key: %1</source>
        <translation>zum Festlegen der Richtlinie ist Ihr Admin-Signaturschlüssel nötig: %1</translation>
    </message>
    <message>
        <source>orders for partner %1 must now be signed</source>
        <translation>Aufträge für Partner %1 müssen jetzt signiert sein</translation>
    </message>
    <message>
        <source>orders for partner %1 may now be unsigned</source>
        <translation>Aufträge für Partner %1 dürfen jetzt unsigniert sein</translation>
    </message>
    <message>
        <source>usage: healdesk key create|list|approve|revoke|export-trust|policy [options] (see healdesk key create --help)</source>
        <translation>Aufruf: healdesk key create|list|approve|revoke|export-trust|policy [Optionen] (siehe healdesk key create --help)</translation>
    </message>
    <message>
        <source>The order to check.</source>
        <translation>Der zu prüfende Auftrag.</translation>
    </message>
    <message>
        <source>Check one order&apos;s signature as an appliance would, against the trust file; print who signed it.</source>
        <translation>Die Signatur eines Auftrags so gegen die Vertrauensdatei prüfen, wie es eine Appliance tut; ausgeben, wer ihn signiert hat.</translation>
    </message>
    <message>
        <source>--trust fleet-keys.json is required</source>
        <translation>--trust fleet-keys.json ist erforderlich</translation>
    </message>
    <message>
        <source>unknown order &quot;%1&quot;</source>
        <translation>unbekannter Auftrag „%1“</translation>
    </message>
    <message>
        <source>the key was revoked later, on %1: %2</source>
        <translation>der Schlüssel wurde später widerrufen, am %1: %2</translation>
    </message>
    <message>
        <source>%1: UNSIGNED; its partner&apos;s policy allows unsigned orders</source>
        <translation>%1: UNSIGNED; die Richtlinie seines Partners erlaubt unsignierte Aufträge</translation>
    </message>
    <message>
        <source>%1: REJECTED: %2</source>
        <translation>%1: REJECTED: %2</translation>
    </message>
    <message>
        <source>: OK, </source>
        <translation>: OK, </translation>
    </message>
    <message>
        <source>signed by %1 (key %2) on %3, %4</source>
        <translation>signiert von %1 (Schlüssel %2) am %3, %4</translation>
    </message>
    <message>
        <source>the key was revoked later, on %1 (%2): this signature predates it and stays valid</source>
        <translation>der Schlüssel wurde später widerrufen, am %1 (%2): diese Signatur ist älter und bleibt gültig</translation>
    </message>
    <message>
        <source>: UNSIGNED: </source>
        <translation>: UNSIGNED: </translation>
    </message>
    <message>
        <source>; nothing proves who made it or that the digest was not recomputed</source>
        <translation>; nichts belegt, wer den Bericht erstellt hat oder dass die Prüfsumme nicht neu berechnet wurde</translation>
    </message>
    <message>
        <source>: NOT CHECKED: </source>
        <translation>: NOT CHECKED: </translation>
    </message>
    <message>
        <source>; it carries a signature by %1 (key %2), but without --trust fleet-keys.json nothing says that key is the fleet&apos;s</source>
        <translation>; der Bericht trägt eine Signatur von %1 (Schlüssel %2), aber ohne --trust fleet-keys.json belegt nichts, dass dieser Schlüssel zum Bestand gehört</translation>
    </message>
    <message>
        <source>: SIGNATURE INVALID: </source>
        <translation>: SIGNATURE INVALID: </translation>
    </message>
    <message>
        <source>A report (CSV or PDF) written by healdesk export report.</source>
        <translation>Ein von healdesk export report geschriebener Bericht (CSV oder PDF).</translation>
    </message>
    <message>
        <source>Check a report&apos;s digest and signature offline; exit 0 only when both hold and the signer chains to the trust file.</source>
        <translation>Prüfsumme und Signatur eines Berichts offline prüfen; Exit-Code 0 nur, wenn beide stimmen und sich der Signierende auf die Vertrauensdatei zurückführen lässt.</translation>
    </message>
    <message>
        <source>report %1, data sha256:%2, file sha256:%3</source>
        <translation>Bericht %1, Daten sha256:%2, Datei sha256:%3</translation>
    </message>
    <message>
        <source>PDF file sha256:%1 (its data: pdfdetach -saveall, then verify the CSV)</source>
        <translation>PDF-Datei sha256:%1 (ihre Daten: pdfdetach -saveall, dann die CSV-Datei prüfen)</translation>
    </message>
    <message>
        <source>: SIGNATURE INVALID: the signature is for report %1, this is report %2</source>
        <translation>: SIGNATURE INVALID: die Signatur gilt für Bericht %1, dies ist Bericht %2</translation>
    </message>
    <message>
        <source>report %1, %2 records, sha256:%3</source>
        <translation>Bericht %1, %2 Datensätze, sha256:%3</translation>
    </message>
    <message>
        <source>Walk the audit log&apos;s hash chain and check every signed row&apos;s signature; exit 0 only when every chained row holds.</source>
        <translation>Die Hash-Kette des Prüfprotokolls durchlaufen und die Signatur jeder signierten Zeile prüfen; Exit-Code 0 nur, wenn jede verkettete Zeile stimmt.</translation>
    </message>
    <message>
        <source>%1: signed by %2 (key %3), %4; checked as of its issue time, %5</source>
        <translation>%1: signiert von %2 (Schlüssel %3), %4; geprüft zum Zeitpunkt der Erteilung, %5</translation>
    </message>
    <message>
        <source>Keep the orders back until this time (ISO 8601; UTC unless it names a zone); the worker sends them then.</source>
        <translation>Die Aufträge bis zu diesem Zeitpunkt zurückhalten (ISO 8601; UTC, sofern keine Zone angegeben ist); der Worker sendet sie dann.</translation>
    </message>
    <message>
        <source>--hold-until takes a time such as 2026-12-06T02:00Z</source>
        <translation>--hold-until erwartet eine Zeitangabe wie 2026-12-06T02:00Z</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>zurückgehalten bis %1</translation>
    </message>
    <message>
        <source>held: no maintenance window ahead</source>
        <translation>zurückgehalten: kein bevorstehendes Wartungsfenster</translation>
    </message>
    <message>
        <source>cannot read the signing key from standard input</source>
        <translation>der Signaturschlüssel kann nicht aus der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the systemd credential healdesk-signing-key</source>
        <translation>die systemd-Anmeldeinformation healdesk-signing-key kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no service key: orders for partners that require signatures stay held</source>
        <translation>kein Dienstschlüssel: Aufträge für Partner, die Signaturen verlangen, bleiben zurückgehalten</translation>
    </message>
    <message>
        <source>no worker holds the lead: orders held for windows, schedules and reports wait</source>
        <translation>kein Worker hat die Führungsrolle: für Wartungsfenster zurückgehaltene Aufträge, Zeitpläne und Berichte warten</translation>
    </message>
    <message>
        <source>worker: running on %1 (pid %2), last heartbeat %3 s ago, %4 waiting</source>
        <translation>Worker: läuft auf %1 (PID %2), letztes Lebenszeichen vor %3 s, %4 wartend</translation>
    </message>
    <message>
        <source>Exit 0 when some worker holds the lead, 1 when none does (for monitoring).</source>
        <translation>Exit-Code 0, wenn ein Worker die Führungsrolle hat, 1, wenn keiner sie hat (für das Monitoring).</translation>
    </message>
    <message>
        <source>Seconds between rounds of jobs (default 5).</source>
        <translation>Sekunden zwischen zwei Job-Durchläufen (Standard: 5).</translation>
    </message>
    <message>
        <source>Read the service signing key (base64) from standard input.</source>
        <translation>Den Dienst-Signaturschlüssel (base64) aus der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Run the jobs that need no console: the rollup drain, order expiry, releasing held orders. Several workers may run; one leads. Stops on SIGTERM.</source>
        <translation>Die Jobs ausführen, die keine Konsole brauchen: wartende Änderungen in die Verdichtungen übernehmen, Aufträge verfallen lassen, zurückgehaltene Aufträge freigeben. Mehrere Worker dürfen laufen; einer übernimmt die Führungsrolle. Beendet sich bei SIGTERM.</translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.2 to 3600</source>
        <translation>--interval erwartet Sekunden von 0.2 bis 3600</translation>
    </message>
    <message>
        <source>healdesk worker: </source>
        <translation>healdesk worker: </translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 2026-12-06T02:00</source>
        <translation>„%1“ ist keine Zeitangabe wie 2026-12-06T02:00</translation>
    </message>
    <message>
        <source>Every week on this day (Mon..Sun), the span following it: --weekly Sun 02:00-04:00, in the site&apos;s time zone.</source>
        <translation>Jede Woche an diesem Tag (Mon..Sun) der dahinter angegebene Zeitraum: --weekly Sun 02:00-04:00, in der Zeitzone des Standorts.</translation>
    </message>
    <message>
        <source>A one-off window&apos;s start (the site&apos;s zone unless given).</source>
        <translation>Beginn eines einmaligen Fensters (in der Zeitzone des Standorts, sofern keine angegeben ist).</translation>
    </message>
    <message>
        <source>A one-off window&apos;s end.</source>
        <translation>Ende eines einmaligen Fensters.</translation>
    </message>
    <message>
        <source>Why (required; audited).</source>
        <translation>Begründung (erforderlich; wird protokolliert).</translation>
    </message>
    <message>
        <source>With --weekly: HH:MM-HH:MM.</source>
        <translation>Mit --weekly: HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Add a maintenance window to a site: disruptive runbooks issued outside every window are held until the next one opens.</source>
        <translation>Einem Standort ein Wartungsfenster hinzufügen: Störende Runbooks, die außerhalb aller Fenster erteilt werden, werden zurückgehalten, bis das nächste Fenster öffnet.</translation>
    </message>
    <message>
        <source>--site is required</source>
        <translation>--site ist erforderlich</translation>
    </message>
    <message>
        <source>give either --weekly DAY HH:MM-HH:MM or --from and --to</source>
        <translation>entweder --weekly DAY HH:MM-HH:MM oder --from und --to angeben</translation>
    </message>
    <message>
        <source>the day is Mon, Tue, Wed, Thu, Fri, Sat or Sun</source>
        <translation>als Tag zulässig: Mon, Tue, Wed, Thu, Fri, Sat or Sun</translation>
    </message>
    <message>
        <source>added window %1 to %2</source>
        <translation>Wartungsfenster %1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>List maintenance windows, with the time zone each is read in.</source>
        <translation>Wartungsfenster auflisten, jeweils mit der Zeitzone, in der sie gelten.</translation>
    </message>
    <message>
        <source>The window (healdesk window list).</source>
        <translation>Das Wartungsfenster (healdesk window list).</translation>
    </message>
    <message>
        <source>Remove a maintenance window (audited).</source>
        <translation>Ein Wartungsfenster entfernen (wird protokolliert).</translation>
    </message>
    <message>
        <source>a window ID is a number</source>
        <translation>eine Fenster-ID ist eine Zahl</translation>
    </message>
    <message>
        <source>removed window %1</source>
        <translation>Wartungsfenster %1 entfernt</translation>
    </message>
    <message>
        <source>An IANA time zone such as America/New_York; &quot;inherit&quot; clears it.</source>
        <translation>Eine IANA-Zeitzone wie America/New_York; „inherit“ entfernt sie.</translation>
    </message>
    <message>
        <source>Set the time zone a site&apos;s (or a partner&apos;s sites&apos;) windows are read in (admins; audited).</source>
        <translation>Die Zeitzone festlegen, in der die Wartungsfenster eines Standorts (oder der Standorte eines Partners) gelten (Admins; wird protokolliert).</translation>
    </message>
    <message>
        <source>time zone of %1: %2</source>
        <translation>Zeitzone von %1: %2</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>usage: healdesk window add|list|remove|time-zone [options] (see healdesk window add --help)</source>
        <translation>Aufruf: healdesk window add|list|remove|time-zone [Optionen] (siehe healdesk window add --help)</translation>
    </message>
    <message>
        <source>usage: healdesk export report|verify|schedule|archive [options] (see healdesk export report --help)</source>
        <translation>Aufruf: healdesk export report|verify|schedule|archive [Optionen] (siehe healdesk export report --help)</translation>
    </message>
    <message>
        <source>pdf, csv or both (default pdf,csv).</source>
        <translation>pdf, csv oder beides (Standard: pdf,csv).</translation>
    </message>
    <message>
        <source>The report&apos;s language: en, es or de (default en).</source>
        <translation>Die Sprache des Berichts: en, es oder de (Standard: en).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>The stale limit in days (default 30).</source>
        <translation>Die Grenze für veraltete Nachweise in Tagen (Standard: 30).</translation>
    </message>
    <message>
        <source>Have the worker write a partner&apos;s or a site&apos;s compliance report after each month into the archive; last month&apos;s comes at once.</source>
        <translation>Den Worker nach jedem Monat den Konformitätsbericht eines Partners oder eines Standorts ins Berichtsarchiv schreiben lassen; der des letzten Monats entsteht sofort.</translation>
    </message>
    <message>
        <source>added report schedule %1; the worker archives last month&apos;s report at its next round</source>
        <translation>Berichtszeitplan %1 hinzugefügt; der Worker archiviert den Bericht des letzten Monats bei seinem nächsten Durchlauf</translation>
    </message>
    <message>
        <source>List report schedules.</source>
        <translation>Berichtszeitpläne auflisten.</translation>
    </message>
    <message>
        <source>The schedule (healdesk export schedule list).</source>
        <translation>Der Zeitplan (healdesk export schedule list).</translation>
    </message>
    <message>
        <source>Stop a report schedule; what it archived stays.</source>
        <translation>Einen Berichtszeitplan beenden; was er archiviert hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>a schedule ID is a number</source>
        <translation>eine Zeitplan-ID ist eine Zahl</translation>
    </message>
    <message>
        <source>removed report schedule %1</source>
        <translation>Berichtszeitplan %1 entfernt</translation>
    </message>
    <message>
        <source>List the archived reports, newest period first.</source>
        <translation>Die archivierten Berichte auflisten, neuester Zeitraum zuerst.</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>The archived report (healdesk export archive list).</source>
        <translation>Der archivierte Bericht (healdesk export archive list).</translation>
    </message>
    <message>
        <source>Write an archived report to a file, as it was archived (its signature included: healdesk export verify checks it).</source>
        <translation>Einen archivierten Bericht so in eine Datei schreiben, wie er archiviert wurde (einschließlich seiner Signatur: healdesk export verify prüft sie).</translation>
    </message>
    <message>
        <source>an archived report&apos;s ID is a number</source>
        <translation>die ID eines archivierten Berichts ist eine Zahl</translation>
    </message>
    <message>
        <source>wrote %1 (report %2)</source>
        <translation>%1 geschrieben (Bericht %2)</translation>
    </message>
    <message>
        <source>usage: healdesk export schedule add|list|remove [options]</source>
        <translation>Aufruf: healdesk export schedule add|list|remove [Optionen]</translation>
    </message>
    <message>
        <source>usage: healdesk export archive list|get [options]</source>
        <translation>Aufruf: healdesk export archive list|get [Optionen]</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>das Secret kann nicht aus der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>standard input held no secret (one line expected)</source>
        <translation>die Standardeingabe enthielt kein Secret (eine Zeile erwartet)</translation>
    </message>
    <message>
        <source>Where to POST; write its secret part as {secret} (default for pagerduty: %1).</source>
        <translation>Ziel des POST; den geheimen Teil als {secret} schreiben (Standard für pagerduty: %1).</translation>
    </message>
    <message>
        <source>generic, slack, teams or pagerduty (default generic).</source>
        <translation>generic, slack, teams oder pagerduty (Standard: generic).</translation>
    </message>
    <message>
        <source>Comma-separated kinds (default all): %1.</source>
        <translation>Arten, durch Kommas getrennt (Standard: alle): %1.</translation>
    </message>
    <message>
        <source>low (default), medium, high or critical.</source>
        <translation>low (Standard), medium, high oder critical.</translation>
    </message>
    <message>
        <source>Send one digest every N hours (1-168) instead of each event.</source>
        <translation>Alle N Stunden (1-168) eine Sammelmeldung statt jedes einzelnen Ereignisses senden.</translation>
    </message>
    <message>
        <source>Incidents reported in a maintenance window: mark (default) or hold until it ends.</source>
        <translation>In einem Wartungsfenster gemeldete Vorfälle: mark (markieren, Standard) oder hold (bis zu seinem Ende zurückhalten).</translation>
    </message>
    <message>
        <source>A name to know it by.</source>
        <translation>Ein Name zum Wiedererkennen.</translation>
    </message>
    <message>
        <source>Read the route&apos;s secret (the URL&apos;s {secret}, or PagerDuty&apos;s routing key) from standard input and keep it in this machine&apos;s keychain.</source>
        <translation>Das Secret der Route (das {secret} der URL oder den Routing-Key von PagerDuty) aus der Standardeingabe lesen und im Schlüsselbund dieses Rechners ablegen.</translation>
    </message>
    <message>
        <source>Add an alert route: the worker POSTs each event of its kinds, at or above its severity, in its scope, once (audited). Fleet-wide routes are for admins.</source>
        <translation>Eine Alarmroute hinzufügen: Der Worker sendet jedes Ereignis ihrer Arten ab ihrem Schweregrad in ihrem Bereich genau einmal per POST (wird protokolliert). Routen für den gesamten Bestand sind Admins vorbehalten.</translation>
    </message>
    <message>
        <source>--digest takes whole hours from 1 to 168</source>
        <translation>--digest erwartet ganze Stunden von 1 bis 168</translation>
    </message>
    <message>
        <source>added alert route %1</source>
        <translation>Alarmroute %1 hinzugefügt</translation>
    </message>
    <message>
        <source>its secret is on no machine yet: </source>
        <translation>ihr Secret liegt noch auf keinem Rechner: </translation>
    </message>
    <message>
        <source>its secret is in this machine&apos;s keychain; </source>
        <translation>ihr Secret liegt im Schlüsselbund dieses Rechners; </translation>
    </message>
    <message>
        <source>a worker elsewhere reads it from the systemd credential %1 (README, &quot;Running the worker&quot;)</source>
        <translation>ein Worker auf einem anderen Rechner liest es aus der systemd-Anmeldeinformation %1 (README, „Running the worker“)</translation>
    </message>
    <message>
        <source>The route (healdesk alert route list).</source>
        <translation>Die Route (healdesk alert route list).</translation>
    </message>
    <message>
        <source>Keep a route&apos;s secret, read from standard input, in this machine&apos;s keychain (for a worker run by hand on it).</source>
        <translation>Das Secret einer Route aus der Standardeingabe lesen und im Schlüsselbund dieses Rechners ablegen (für einen hier von Hand gestarteten Worker).</translation>
    </message>
    <message>
        <source>a route ID is a number</source>
        <translation>eine Routen-ID ist eine Zahl</translation>
    </message>
    <message>
        <source>no alert route %1 (for this login)</source>
        <translation>Alarmroute %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>kept the secret of route %1 in this machine&apos;s keychain</source>
        <translation>Secret von Route %1 im Schlüsselbund dieses Rechners abgelegt</translation>
    </message>
    <message>
        <source>List alert routes and how their delivery went.</source>
        <translation>Alarmrouten und ihren Zustellstatus auflisten.</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1 sent, %2 pending, %3 given up</source>
        <translation>%1 gesendet, %2 ausstehend, %3 aufgegeben</translation>
    </message>
    <message>
        <source>Remove an alert route (audited); what it has not sent is dropped.</source>
        <translation>Eine Alarmroute entfernen (wird protokolliert); noch nicht Gesendetes wird verworfen.</translation>
    </message>
    <message>
        <source>removed alert route %1</source>
        <translation>Alarmroute %1 entfernt</translation>
    </message>
    <message>
        <source>usage: healdesk alert route add|list|remove|secret [options]</source>
        <translation>Aufruf: healdesk alert route add|list|remove|secret [Optionen]</translation>
    </message>
    <message>
        <source>Queue a test alert on a route; the leading worker posts it (healdesk alert route list shows it sent).</source>
        <translation>Einen Testalarm für eine Route einreihen; der führende Worker sendet ihn (healdesk alert route list zeigt ihn als gesendet).</translation>
    </message>
    <message>
        <source>queued test alert %1 on route %2; the worker sends it</source>
        <translation>Testalarm %1 für Route %2 eingereiht; der Worker sendet ihn</translation>
    </message>
    <message>
        <source>usage: healdesk alert route add|list|remove|secret, healdesk alert test ROUTE</source>
        <translation>Aufruf: healdesk alert route add|list|remove|secret, healdesk alert test ROUTE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day such as 02:00</source>
        <translation>„%1“ ist keine Uhrzeit wie 02:00</translation>
    </message>
    <message>
        <source>Why (required): each order carries it.</source>
        <translation>Begründung (erforderlich): Jeder Auftrag enthält sie.</translation>
    </message>
    <message>
        <source>At the start of each of the site&apos;s maintenance windows.</source>
        <translation>Zu Beginn jedes Wartungsfensters des Standorts.</translation>
    </message>
    <message>
        <source>Every day at HH:MM, clinic time.</source>
        <translation>Täglich um HH:MM, Ortszeit der Klinik.</translation>
    </message>
    <message>
        <source>Every month on this day (1-31; past a month&apos;s end, its last day), at --at.</source>
        <translation>Monatlich an diesem Tag (1-31; nach Monatsende am letzten Tag), um --at.</translation>
    </message>
    <message>
        <source>With --monthly: the time of day, clinic time (HH:MM).</source>
        <translation>Mit --monthly: die Uhrzeit, Ortszeit der Klinik (HH:MM).</translation>
    </message>
    <message>
        <source>Seconds each order may wait for its appliance (default 3600).</source>
        <translation>Sekunden, die jeder Auftrag auf seine Appliance warten darf (Standard: 3600).</translation>
    </message>
    <message>
        <source>Confirm a disruptive runbook (each occurrence runs it unattended).</source>
        <translation>Ein störendes Runbook bestätigen (jeder Termin führt es unbeaufsichtigt aus).</translation>
    </message>
    <message>
        <source>Add a recurring order: the worker releases each occurrence as a batch, one order per appliance, signed with its service key (audited).</source>
        <translation>Einen wiederkehrenden Auftrag hinzufügen: Der Worker gibt jeden Termin als Stapel frei, ein Auftrag pro Appliance, signiert mit seinem Dienstschlüssel (wird protokolliert).</translation>
    </message>
    <message>
        <source>give one recurrence: --in-window, --daily HH:MM or --monthly DAY --at HH:MM</source>
        <translation>eine Wiederholung angeben: --in-window, --daily HH:MM oder --monthly DAY --at HH:MM</translation>
    </message>
    <message>
        <source>--monthly takes a day of the month from 1 to 31</source>
        <translation>--monthly erwartet einen Tag des Monats von 1 bis 31</translation>
    </message>
    <message>
        <source>--monthly needs --at HH:MM</source>
        <translation>--monthly braucht --at HH:MM</translation>
    </message>
    <message>
        <source>--ttl takes whole seconds</source>
        <translation>--ttl erwartet ganze Sekunden</translation>
    </message>
    <message>
        <source>added schedule %1: %2 %3</source>
        <translation>Zeitplan %1 hinzugefügt: %2 %3</translation>
    </message>
    <message>
        <source>, first at %1 clinic time (%2)</source>
        <translation>, erstmals %1 Ortszeit der Klinik (%2)</translation>
    </message>
    <message>
        <source>List recurring orders: next occurrence, last batch.</source>
        <translation>Wiederkehrende Aufträge auflisten: nächster Termin, letzter Stapel.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster Termin %1</translation>
    </message>
    <message>
        <source>no occurrence ahead</source>
        <translation>kein bevorstehender Termin</translation>
    </message>
    <message>
        <source>last %1 %2</source>
        <translation>zuletzt %1 %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>The schedule (healdesk order schedule list).</source>
        <translation>Der Zeitplan (healdesk order schedule list).</translation>
    </message>
    <message>
        <source>Pause a recurring order: no occurrence is released until it is resumed (audited).</source>
        <translation>Einen wiederkehrenden Auftrag pausieren: Bis zur Fortsetzung wird kein Termin freigegeben (wird protokolliert).</translation>
    </message>
    <message>
        <source>paused schedule %1</source>
        <translation>Zeitplan %1 pausiert</translation>
    </message>
    <message>
        <source>Resume a paused recurring order from now on (audited).</source>
        <translation>Einen pausierten wiederkehrenden Auftrag ab jetzt fortsetzen (wird protokolliert).</translation>
    </message>
    <message>
        <source>resumed schedule %1</source>
        <translation>Zeitplan %1 fortgesetzt</translation>
    </message>
    <message>
        <source>Remove a recurring order; its batches stay on record (audited).</source>
        <translation>Einen wiederkehrenden Auftrag entfernen; seine Stapel bleiben erfasst (wird protokolliert).</translation>
    </message>
    <message>
        <source>removed schedule %1</source>
        <translation>Zeitplan %1 entfernt</translation>
    </message>
    <message>
        <source>List a recurring order&apos;s batches, newest first.</source>
        <translation>Die Stapel eines wiederkehrenden Auftrags auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>usage: healdesk order schedule add|list|pause|resume|remove|batches [options]</source>
        <translation>Aufruf: healdesk order schedule add|list|pause|resume|remove|batches [Optionen]</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;: give one of %2</source>
        <translation>unbekannter Status „%1“: einen von %2 angeben</translation>
    </message>
    <message>
        <source>Why (required; goes into the audit log).</source>
        <translation>Begründung (erforderlich; kommt ins Prüfprotokoll).</translation>
    </message>
    <message>
        <source>Cancel a pending or held order.</source>
        <translation>Einen ausstehenden oder zurückgehaltenen Auftrag stornieren.</translation>
    </message>
    <message numerus="yes">
        <source>fix %1: %n row(s) would change (dry run, nothing written)</source>
        <translation>
            <numerusform>fix %1: %n Zeile würde sich ändern (Probelauf, nichts geschrieben)</numerusform>
            <numerusform>fix %1: %n Zeilen würden sich ändern (Probelauf, nichts geschrieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fix %1: %n row(s) changed</source>
        <translation>
            <numerusform>fix %1: %n Zeile geändert</numerusform>
            <numerusform>fix %1: %n Zeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n mapping(s), %1 already present</source>
        <translation>
            <numerusform>importiert: %n Zuordnung, %1 bereits vorhanden</numerusform>
            <numerusform>importiert: %n Zuordnungen, %1 bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 enabled on %n appliance(s)</source>
        <translation>
            <numerusform>%1 aktiviert auf %n Appliance</numerusform>
            <numerusform>%1 aktiviert auf %n Appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 disabled on %n appliance(s)</source>
        <translation>
            <numerusform>%1 deaktiviert auf %n Appliance</numerusform>
            <numerusform>%1 deaktiviert auf %n Appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebuilt the rollups from %n execution(s)</source>
        <translation>
            <numerusform>Verdichtungen neu aufgebaut aus %n Ausführung</numerusform>
            <numerusform>Verdichtungen neu aufgebaut aus %n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this partner&apos;s events (its ID or name).</source>
        <translation>Nur die Ereignisse dieses Partners (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>Only this site&apos;s events (its ID or name).</source>
        <translation>Nur die Ereignisse dieses Standorts (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>Only these sites (IDs or names, comma-separated).</source>
        <translation>Nur diese Standorte (IDs oder Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only this partner&apos;s sites (its ID or name).</source>
        <translation>Nur die Standorte dieses Partners (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>Appliances (IDs or host names, SITE/HOSTNAME where a name repeats; comma-separated).</source>
        <translation>Appliances (IDs oder Hostnamen, STANDORT/HOSTNAME, wo sich ein Name wiederholt; durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Every appliance of this site (its ID or name).</source>
        <translation>Jede Appliance dieses Standorts (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>These appliances (IDs or host names, SITE/HOSTNAME where a name repeats; comma-separated).</source>
        <translation>Diese Appliances (IDs oder Hostnamen, STANDORT/HOSTNAME, wo sich ein Name wiederholt; durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>A partner the login serves, by ID or name (repeat or comma-separate).</source>
        <translation>Ein Partner, den das Login betreut, per ID oder Name (wiederholen oder durch Kommas trennen).</translation>
    </message>
    <message>
        <source>usage: healdesk user grant LOGIN --partner PARTNER [--admin]</source>
        <translation>Aufruf: healdesk user grant LOGIN --partner PARTNER [--admin]</translation>
    </message>
    <message numerus="yes">
        <source>granted %1 %2 for %n partner(s) (%3 new)</source>
        <translation>
            <numerusform>%1 erhielt %2 für %n Partner (%3 neu)</numerusform>
            <numerusform>%1 erhielt %2 für %n Partner (%3 neu)</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner, by ID or name.</source>
        <translation>Der Partner, per ID oder Name.</translation>
    </message>
    <message>
        <source>partners, sites or appliances</source>
        <translation>partners, sites oder appliances</translation>
    </message>
    <message>
        <source>List the partners, sites or appliances this login may see, with the IDs and names other commands accept.</source>
        <translation>Die Partner, Standorte oder Appliances auflisten, die dieses Login sehen darf, mit den IDs und Namen, die andere Befehle annehmen.</translation>
    </message>
    <message>
        <source>list partners, sites or appliances, not &quot;%1&quot;</source>
        <translation>partners, sites oder appliances auflisten, nicht „%1“</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SITES</source>
        <translation>STANDORTE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>PARTNER</translation>
    </message>
    <message>
        <source>APPLIANCES</source>
        <translation>APPLIANCES</translation>
    </message>
    <message>
        <source>SITE/HOSTNAME</source>
        <translation>STANDORT/HOSTNAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>LAST CHECK-IN (UTC)</source>
        <translation>LETZTER CHECK-IN (UTC)</translation>
    </message>
    <message>
        <source>The site, by ID or name: every appliance it has at each occurrence, new ones included.</source>
        <translation>Der Standort, per ID oder Name: jede Appliance, die er beim jeweiligen Termin hat, neue eingeschlossen.</translation>
    </message>
    <message>
        <source>Only these appliances of the site (IDs or host names), comma-separated.</source>
        <translation>Nur diese Appliances des Standorts (IDs oder Hostnamen), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The site, by ID or name.</source>
        <translation>Der Standort, per ID oder Name.</translation>
    </message>
    <message>
        <source>Only this site (its ID or name).</source>
        <translation>Nur dieser Standort (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>The partner, by ID or name (its sites without a zone of their own).</source>
        <translation>Der Partner, per ID oder Name (seine Standorte ohne eigene Zeitzone).</translation>
    </message>
    <message>
        <source>Every site of this partner (its ID or name).</source>
        <translation>Jeder Standort dieses Partners (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>This site (its ID or name).</source>
        <translation>Dieser Standort (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>Only what belongs to this partner (its ID or name).</source>
        <translation>Nur was zu diesem Partner gehört (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>Only what belongs to this site (its ID or name).</source>
        <translation>Nur was zu diesem Standort gehört (seine ID oder sein Name).</translation>
    </message>
    <message>
        <source>set-params needs the schema file: healdesk runbook set-params RB-ID FILE.json</source>
        <translation>set-params braucht die Schemadatei: healdesk runbook set-params RB-ID DATEI.json</translation>
    </message>
    <message>
        <source>%1 is empty; to remove the schema use clear-params</source>
        <translation>%1 ist leer; zum Entfernen des Schemas clear-params verwenden</translation>
    </message>
    <message>
        <source>%1 has no parameter schema: its orders take any JSON object</source>
        <translation>%1 hat kein Parameterschema: seine Aufträge nehmen jedes JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: no change</source>
        <translation>%1: keine Änderung</translation>
    </message>
    <message>
        <source>%1: parameter schema removed; its orders take any JSON object</source>
        <translation>%1: Parameterschema entfernt; seine Aufträge nehmen jedes JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%1: parameter schema set (%n parameter(s))</source>
        <translation>
            <numerusform>%1: Parameterschema gesetzt (%n Parameter)</numerusform>
            <numerusform>%1: Parameterschema gesetzt (%n Parameter)</numerusform>
        </translation>
    </message>
    <message>
        <source>enable | disable | params | set-params | clear-params</source>
        <translation>enable | disable | params | set-params | clear-params</translation>
    </message>
    <message>
        <source>With set-params: the schema, a JSON file.</source>
        <translation>Bei set-params: das Schema, eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Switch a runbook on or off per appliance or per site (appliance_runbook_config), audited; orders respect it at once. Or show, set or clear its parameter schema (admins; audited): orders, the order dialog&apos;s form and recurring orders then take only the parameters it describes.</source>
        <translation>Ein Runbook pro Appliance oder pro Standort ein- oder ausschalten (appliance_runbook_config), protokolliert; Aufträge beachten es sofort. Oder sein Parameterschema anzeigen, setzen oder entfernen (Admins; protokolliert): Aufträge, das Formular des Auftragsdialogs und wiederkehrende Aufträge nehmen dann nur die Parameter, die es beschreibt.</translation>
    </message>
    <message>
        <source>the action is enable, disable, params, set-params or clear-params, not &quot;%1&quot;</source>
        <translation>die Aktion ist enable, disable, params, set-params oder clear-params, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>drained %n queued change(s)</source>
        <translation>
            <numerusform>%n wartende Änderung übernommen</numerusform>
            <numerusform>%n wartende Änderungen übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2, %3, %4</source>
        <translation>%1 geschrieben: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n admin key(s)</source>
        <translation>
            <numerusform>%n Admin-Schlüssel</numerusform>
            <numerusform>%n Admin-Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation(s)</source>
        <translation>
            <numerusform>%n Widerruf</numerusform>
            <numerusform>%n Widerrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed policy(ies)</source>
        <translation>
            <numerusform>%n signierte Richtlinie</numerusform>
            <numerusform>%n signierte Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed row(s), each signer checked against the trust file</source>
        <translation>
            <numerusform>%n signierte Zeile, jeder Unterzeichner gegen die Vertrauensdatei geprüft</numerusform>
            <numerusform>%n signierte Zeilen, jeder Unterzeichner gegen die Vertrauensdatei geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed row(s), checked against the database&apos;s keys (give --trust to check the signers are the fleet&apos;s)</source>
        <translation>
            <numerusform>%n signierte Zeile, gegen die Schlüssel der Datenbank geprüft (--trust angeben, um zu prüfen, dass die Unterzeichner die der Flotte sind)</numerusform>
            <numerusform>%n signierte Zeilen, gegen die Schlüssel der Datenbank geprüft (--trust angeben, um zu prüfen, dass die Unterzeichner die der Flotte sind)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only incidents this login owns.</source>
        <translation>Nur Vorfälle, die dieser Login besitzt.</translation>
    </message>
    <message>
        <source>Only incidents nobody owns.</source>
        <translation>Nur Vorfälle ohne Besitzer.</translation>
    </message>
    <message>
        <source>open, escalated or resolved.</source>
        <translation>open, escalated oder resolved.</translation>
    </message>
    <message>
        <source>low, medium, high or critical.</source>
        <translation>low, medium, high oder critical.</translation>
    </message>
    <message>
        <source>L1, L2, L3 or none.</source>
        <translation>L1, L2, L3 oder none.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 50, 1-10000).</source>
        <translation>Höchstens so viele, neueste zuerst (Standard 50, 1–10000).</translation>
    </message>
    <message>
        <source>List incidents this login may see, newest first.</source>
        <translation>Vorfälle auflisten, die dieser Login sehen darf, neueste zuerst.</translation>
    </message>
    <message>
        <source>use one of --mine, --unassigned and --owner</source>
        <translation>nur eines von --mine, --unassigned und --owner verwenden</translation>
    </message>
    <message>
        <source>--owner takes a login name</source>
        <translation>--owner erwartet einen Login-Namen</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 erwartet %2, nicht „%3“</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000</source>
        <translation>--limit erwartet eine ganze Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>REPORTED (UTC)</source>
        <translation>GEMELDET (UTC)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The incident&apos;s ID.</source>
        <translation>Die ID des Vorfalls.</translation>
    </message>
    <message>
        <source>Show one incident: what was reported, its executions and what technicians did with it, in time order.</source>
        <translation>Einen Vorfall zeigen: was gemeldet wurde, seine Ausführungen und was Techniker damit taten, in zeitlicher Reihenfolge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident ID (a UUID)</source>
        <translation>„%1“ ist keine Vorfalls-ID (eine UUID)</translation>
    </message>
    <message>
        <source> on </source>
        <translation> auf </translation>
    </message>
    <message>
        <source>incident: </source>
        <translation>Vorfall: </translation>
    </message>
    <message>
        <source>severity: </source>
        <translation>Schweregrad: </translation>
    </message>
    <message>
        <source>, status: </source>
        <translation>, Status: </translation>
    </message>
    <message>
        <source>, tier: </source>
        <translation>, Stufe: </translation>
    </message>
    <message>
        <source>, owner: </source>
        <translation>, Besitzer: </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>reported (%1)</source>
        <translation>gemeldet (%1)</translation>
    </message>
    <message>
        <source>execution %1 of %2 (%3): %4</source>
        <translation>Ausführung %1 von %2 (%3): %4</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(ohne Zeit)</translation>
    </message>
    <message>
        <source>The login to assign them to (required).</source>
        <translation>Der Login, dem sie zugewiesen werden (erforderlich).</translation>
    </message>
    <message>
        <source>What to write (required).</source>
        <translation>Was geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>A note to go with it.</source>
        <translation>Eine Notiz dazu.</translation>
    </message>
    <message>
        <source>A UUID for this action, so that running the same command again applies it once (default: a new one).</source>
        <translation>Eine UUID für diese Aktion, damit derselbe Befehl bei Wiederholung nur einmal wirkt (Standard: eine neue).</translation>
    </message>
    <message>
        <source>Incident IDs.</source>
        <translation>Vorfalls-IDs.</translation>
    </message>
    <message>
        <source>Act on incidents, all of them or none, in one transaction with its audit row.</source>
        <translation>Auf Vorfälle einwirken, alle oder keinen, in einer Transaktion mit ihrer Prüfprotokollzeile.</translation>
    </message>
    <message>
        <source>action %1 was applied before; nothing was done again</source>
        <translation>Aktion %1 wurde schon angewandt; nichts wurde erneut getan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n Vorfall</numerusform>
            <numerusform>%1: %n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: healdesk incident list|show|ack|assign|note|resolve|reopen [options] (see healdesk incident list --help)</source>
        <translation>Aufruf: healdesk incident list|show|ack|assign|note|resolve|reopen [Optionen] (siehe healdesk incident list --help)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>The escalation queue: open incidents that need a person (L3, escalated, a failed latest execution, or past their SLA), breached first, then by severity and age.</source>
        <translation>Die Eskalationswarteschlange: offene Vorfälle, die einen Menschen brauchen (L3, eskaliert, letzte Ausführung fehlgeschlagen oder SLA überschritten), Überschreitungen zuerst, dann nach Schweregrad und Alter.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>STUNDEN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>SET (UTC)</source>
        <translation>GESETZT (UTC)</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>GESETZT VON</translation>
    </message>
    <message>
        <source>This partner&apos;s SLAs (its ID or name); without it, the fleet&apos;s defaults.</source>
        <translation>Die SLAs dieses Partners (ID oder Name); ohne: die Vorgaben der Flotte.</translation>
    </message>
    <message>
        <source>Show how long an open incident of each severity may wait before it counts as past its SLA: the partner&apos;s own hours, else the fleet&apos;s.</source>
        <translation>Zeigt, wie lange ein offener Vorfall je Schweregrad warten darf, bevor er sein SLA überschreitet: die eigenen Stunden des Partners, sonst die der Flotte.</translation>
    </message>
    <message>
        <source>For example critical=2 high=8 (hours, more than 0, at most 8760).</source>
        <translation>Zum Beispiel critical=2 high=8 (Stunden, mehr als 0, höchstens 8760).</translation>
    </message>
    <message>
        <source>write each SLA as severity=hours, for example high=8, not &quot;%1&quot;</source>
        <translation>schreiben Sie jedes SLA als Schweregrad=Stunden, zum Beispiel high=8, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA(s) changed</source>
        <translation>
            <numerusform>%n SLA geändert</numerusform>
            <numerusform>%n SLAs geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The severities to clear; none: all of the partner&apos;s own.</source>
        <translation>Die zu löschenden Schweregrade; keiner: alle eigenen des Partners.</translation>
    </message>
    <message>
        <source>Drop a partner&apos;s own SLA hours, so the fleet&apos;s apply again (admins only, audited).</source>
        <translation>Löscht die eigenen SLA-Stunden eines Partners, sodass wieder die der Flotte gelten (nur Admins, protokolliert).</translation>
    </message>
    <message>
        <source>name the partner with --partner; the fleet&apos;s SLAs can be changed but not cleared</source>
        <translation>nennen Sie den Partner mit --partner; die SLAs der Flotte lassen sich ändern, aber nicht löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA(s) cleared</source>
        <translation>
            <numerusform>%n SLA gelöscht</numerusform>
            <numerusform>%n SLAs gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: healdesk sla show|set|clear [--partner P] [severity=hours...] (see healdesk sla set --help)</source>
        <translation>Aufruf: healdesk sla show|set|clear [--partner P] [Schweregrad=Stunden...] (siehe healdesk sla set --help)</translation>
    </message>
    <message>
        <source>auto-resolve: on (an order run from an incident that completes resolves it)</source>
        <translation>Auto-Beheben: an (ein aus einem Vorfall gestarteter Auftrag behebt ihn, sobald er abgeschlossen ist)</translation>
    </message>
    <message>
        <source>auto-resolve: off (the console offers to resolve)</source>
        <translation>Auto-Beheben: aus (die Konsole bietet das Beheben an)</translation>
    </message>
    <message>
        <source>on: an order run from one of the partner&apos;s incidents resolves the incident when it completes; off: the console offers to.</source>
        <translation>on: ein aus einem Vorfall des Partners gestarteter Auftrag behebt den Vorfall, sobald er abgeschlossen ist; off: die Konsole bietet es an.</translation>
    </message>
    <message>
        <source>Set SLA hours, the fleet&apos;s or a partner&apos;s own, and a partner&apos;s auto-resolve (admins only, audited).</source>
        <translation>Setzt SLA-Stunden, die der Flotte oder die eigenen eines Partners, und das Auto-Beheben eines Partners (nur Admins, protokolliert).</translation>
    </message>
    <message>
        <source>--auto-resolve takes on or off, not &quot;%1&quot;</source>
        <translation>--auto-resolve nimmt on oder off, nicht „%1“</translation>
    </message>
    <message>
        <source>--auto-resolve is set per partner: name it with --partner</source>
        <translation>--auto-resolve gilt je Partner: nennen Sie ihn mit --partner</translation>
    </message>
    <message>
        <source>name at least one severity=hours, or --auto-resolve</source>
        <translation>nennen Sie mindestens ein Schweregrad=Stunden oder --auto-resolve</translation>
    </message>
    <message>
        <source>usage: healdesk order issue|list|show|retry|cancel|verify|schedule [options] (see healdesk order issue --help)</source>
        <translation>Aufruf: healdesk order issue|list|show|retry|cancel|verify|schedule [Optionen] (siehe healdesk order issue --help)</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>Der Auftrag.</translation>
    </message>
    <message>
        <source>Show one order: its parameters, who issued it and why, its batch and incident, its life (issued, acknowledged, finished) and its executions.</source>
        <translation>Zeigt einen Auftrag: seine Parameter, wer ihn warum erteilt hat, seinen Stapel und Vorfall, seinen Verlauf (erteilt, bestätigt, beendet) und seine Ausführungen.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>erteilt von</translation>
    </message>
    <message>
        <source> (unsigned)</source>
        <translation> (unsigniert)</translation>
    </message>
    <message>
        <source> (signed by %1)</source>
        <translation> (signiert von %1)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Retry the targets whose latest order failed or was rejected.</source>
        <translation>Die Ziele erneut versuchen, deren letzter Auftrag fehlschlug oder abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Retry the targets whose latest order expired.</source>
        <translation>Die Ziele erneut versuchen, deren letzter Auftrag abgelaufen ist.</translation>
    </message>
    <message>
        <source>Client-made ID base of the new orders, for an idempotent retry (-1, -2, ... are added).</source>
        <translation>Vom Client gewählte ID-Basis der neuen Aufträge, für einen idempotenten Wiederholungsversuch (-1, -2, ... werden angehängt).</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for the new orders to finish.</source>
        <translation>Bis zu so viele Sekunden warten, bis die neuen Aufträge beendet sind.</translation>
    </message>
    <message>
        <source>The batch (order show names it).</source>
        <translation>Der Stapel (order show nennt ihn).</translation>
    </message>
    <message>
        <source>Issue a batch&apos;s failed and/or expired orders again, to exactly those appliances: new order IDs in the same batch, every check of a first order, audited. Without --failed or --expired, both.</source>
        <translation>Erteilt die fehlgeschlagenen und/oder abgelaufenen Aufträge eines Stapels erneut, an genau diese Appliances: neue Auftrags-IDs im selben Stapel, jede Prüfung eines ersten Auftrags, protokolliert. Ohne --failed oder --expired: beide.</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>not a PostgreSQL URI: expected postgresql://user@host:port/dbname?options</source>
        <translation>keine PostgreSQL-URI: erwartet wird postgresql://user@host:port/dbname?options</translation>
    </message>
    <message>
        <source>URI option &quot;%1&quot; has no value</source>
        <translation>URI-Option „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>URI option &quot;%1&quot; is not a libpq keyword</source>
        <translation>URI-Option „%1“ ist kein libpq-Schlüsselwort</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>URI option &quot;%1&quot; may not contain &apos;;&apos;</source>
        <translation>URI-Option „%1“ darf kein &apos;;&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql</source>
        <translation>der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert; bitte libqt6sql6-psql installieren</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>standby not checked yet; reading from the primary</source>
        <translation>Standby noch nicht geprüft; es wird vom Primärserver gelesen</translation>
    </message>
    <message>
        <source>no standby configured</source>
        <translation>kein Standby konfiguriert</translation>
    </message>
    <message>
        <source>the standby is not in recovery (promoted or not a standby); reading from the primary</source>
        <translation>der Standby ist nicht im Recovery-Modus (hochgestuft oder kein Standby); es wird vom Primärserver gelesen</translation>
    </message>
    <message>
        <source>reading from the standby (%1 s behind)</source>
        <translation>es wird vom Standby gelesen (%1 s Rückstand)</translation>
    </message>
    <message>
        <source>the standby is %1 s behind (limit %2 s); reading from the primary</source>
        <translation>der Standby hat %1 s Rückstand (Grenze %2 s); es wird vom Primärserver gelesen</translation>
    </message>
    <message>
        <source>standby unreachable (%1); reading from the primary</source>
        <translation>Standby nicht erreichbar (%1); es wird vom Primärserver gelesen</translation>
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
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>kein SLA</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 überschritten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>unknown generator size &quot;%1&quot; (expected tiny, demo, medium or large)</source>
        <translation>unbekannte Generatorgröße „%1“ (erwartet: tiny, demo, medium oder large)</translation>
    </message>
    <message>
        <source>generator sizes must be positive</source>
        <translation>Generatorgrößen müssen positiv sein</translation>
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
    <message>
        <source>Issued by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Rejected at</source>
        <translation>Abgelehnt am</translation>
    </message>
    <message>
        <source>Why the appliance refused it</source>
        <translation>Ablehnungsgrund der Appliance</translation>
    </message>
    <message>
        <source>Orders an appliance refused</source>
        <translation>Von einer Appliance abgelehnte Aufträge</translation>
    </message>
    <message>
        <source>unsigned, badly signed, replayed, expired, or for another appliance</source>
        <translation>unsigniert, fehlerhaft signiert, wiedereingespielt, abgelaufen oder für eine andere Appliance</translation>
    </message>
    <message>
        <source>None: find who wrote them (the audit log has every order Healdesk wrote)</source>
        <translation>Keine: ermitteln, wer sie geschrieben hat (das Prüfprotokoll enthält jeden Auftrag, den Healdesk geschrieben hat)</translation>
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
    <name>IncidentActions</name>
    <message>
        <source>the action ID &quot;%1&quot; is not a UUID</source>
        <translation>die Aktions-ID „%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>no incident given</source>
        <translation>kein Vorfall angegeben</translation>
    </message>
    <message>
        <source>%1 incidents in one action; at most %2</source>
        <translation>%1 Vorfälle in einer Aktion; höchstens %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident ID (a UUID)</source>
        <translation>„%1“ ist keine Vorfalls-ID (eine UUID)</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most 10000</source>
        <translation>der Text hat %1 Zeichen; höchstens 10000</translation>
    </message>
    <message>
        <source>the text holds a NUL character</source>
        <translation>der Text enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>eine Notiz braucht ihren Text</translation>
    </message>
    <message>
        <source>a resolution needs a note saying what was done</source>
        <translation>eine Behebung braucht eine Notiz, was getan wurde</translation>
    </message>
    <message>
        <source>an assignment needs the login to assign to</source>
        <translation>eine Zuweisung braucht den Login, dem zugewiesen wird</translation>
    </message>
    <message>
        <source>only an assignment takes a login to assign to</source>
        <translation>nur eine Zuweisung nimmt einen Login</translation>
    </message>
    <message>
        <source>unknown incident action &quot;%1&quot;: use acknowledge, assign, note, resolve or reopen</source>
        <translation>unbekannte Vorfallsaktion „%1“: acknowledge, assign, note, resolve oder reopen verwenden</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>assigned to %1 by %2</source>
        <translation>%1 zugewiesen von %2</translation>
    </message>
    <message>
        <source>given a note by %1</source>
        <translation>mit Notiz versehen von %1</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>behoben von %1</translation>
    </message>
    <message>
        <source>reopened by %1</source>
        <translation>wieder geöffnet von %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>geändert von %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then how long ago</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>an incident is named twice</source>
        <translation>ein Vorfall ist doppelt genannt</translation>
    </message>
    <message>
        <source>there is no incident %1, or it is not one this login may see</source>
        <translation>es gibt keinen Vorfall %1, oder dieser Login darf ihn nicht sehen</translation>
    </message>
    <message>
        <source>incident %1 was %2 since you loaded it; nothing was changed. Look again before acting.</source>
        <translation>Vorfall %1 wurde seit dem Laden %2; nichts wurde geändert. Vor dem Handeln erneut ansehen.</translation>
    </message>
    <message>
        <source>incident %1 is %2 now, not %3 as you saw it (its agent changed it); nothing was changed. Look again before acting.</source>
        <translation>Vorfall %1 ist jetzt %2, nicht %3 wie angezeigt (sein Agent hat ihn geändert); nichts wurde geändert. Vor dem Handeln erneut ansehen.</translation>
    </message>
    <message>
        <source>resolved already</source>
        <translation>schon behoben</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nicht behoben</translation>
    </message>
    <message>
        <source>yours already</source>
        <translation>schon Ihrer</translation>
    </message>
    <message>
        <source>assigned to %1 already</source>
        <translation>schon %1 zugewiesen</translation>
    </message>
    <message>
        <source>incident %1 is %2; nothing was changed</source>
        <translation>Vorfall %1 ist %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 of the %2 incidents are that way already (the first, %3, is %4); nothing was changed</source>
        <translation>%1 der %2 Vorfälle sind schon so (der erste, %3, ist %4); nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 cannot be given incident %2: it is not a Healdesk login that serves the incident&apos;s partner</source>
        <translation>%1 kann Vorfall %2 nicht erhalten: kein Healdesk-Login, der den Partner des Vorfalls betreut</translation>
    </message>
    <message>
        <source>order %1 (%2) issued by %3: %4</source>
        <translation>Auftrag %1 (%2) von %3 erteilt: %4</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>incident %1 no longer exists</source>
        <translation>Vorfall %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>kein Vorfall %1</translation>
    </message>
    <message>
        <source>it succeeded</source>
        <translation>sie war erfolgreich</translation>
    </message>
    <message>
        <source>it failed</source>
        <translation>sie schlug fehl</translation>
    </message>
    <message>
        <source>%1 is the runbook of its latest execution (%2).</source>
        <translation>%1 ist das Runbook seiner letzten Ausführung (%2).</translation>
    </message>
    <message>
        <source>%1 is the runbook of its latest execution, %2 through the mapping (%3).</source>
        <translation>%1 ist das Runbook seiner letzten Ausführung, %2 über die Zuordnung (%3).</translation>
    </message>
    <message>
        <source>No execution yet: %1 is what L1 rule %2 for %3 runs.</source>
        <translation>Noch keine Ausführung: %1 führt die L1-Regel %2 für %3 aus.</translation>
    </message>
    <message numerus="yes">
        <source>No execution and no L1 rule: %1 healed %2 most often in the fleet, %n time(s) in the last 90 days.</source>
        <translation>
            <numerusform>Keine Ausführung und keine L1-Regel: %1 hat %2 in der Flotte am häufigsten behoben, %n-mal in den letzten 90 Tagen.</numerusform>
            <numerusform>Keine Ausführung und keine L1-Regel: %1 hat %2 in der Flotte am häufigsten behoben, %n-mal in den letzten 90 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to suggest: %1 has no execution, no L1 rule and no healing in the fleet in the last 90 days. Choose a runbook.</source>
        <translation>Kein Vorschlag: %1 hat keine Ausführung, keine L1-Regel und keine Behebung in der Flotte in den letzten 90 Tagen. Wählen Sie ein Runbook.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>&lt;i&gt;none recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine erfasst&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;state_before is not valid JSON: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c62828&apos;&gt;state_before ist kein gültiges JSON: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;state_after is not valid JSON: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c62828&apos;&gt;state_after ist kein gültiges JSON: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no state recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;kein Zustand erfasst&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; border=&apos;1&apos; style=&apos;border-collapse:collapse&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Setting&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Before&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; border=&apos;1&apos; style=&apos;border-collapse:collapse&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Einstellung&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Vorher&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Nachher&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;on %2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;auf %2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 ran %2: %3</source>
        <translation>%1 führte %2 aus: %3</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Timeline&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verlauf&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ohne Zeit</translation>
    </message>
</context>
<context>
    <name>InputParsers</name>
    <message>
        <source>parameters are %1 bytes; at most %2 are allowed</source>
        <translation>die Parameter umfassen %1 Byte; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>parameters are not valid JSON: %1 at offset %2</source>
        <translation>die Parameter sind kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>parameters must be a JSON object, like {&quot;force&quot;: true}</source>
        <translation>die Parameter müssen ein JSON-Objekt sein, etwa {&quot;force&quot;: true}</translation>
    </message>
    <message>
        <source>parameters name a field twice; give each field once</source>
        <translation>Parameter nennen ein Feld zweimal; jedes Feld nur einmal angeben</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain could not %1: %2</source>
        <translation>der Schlüsselbund des Systems konnte %1: %2</translation>
    </message>
    <message>
        <source>read the password of profile &quot;%1&quot;</source>
        <translation>das Passwort von Profil „%1“ nicht lesen</translation>
    </message>
    <message>
        <source>store the password of profile &quot;%1&quot;</source>
        <translation>das Passwort von Profil „%1“ nicht speichern</translation>
    </message>
    <message>
        <source>remove the password of profile &quot;%1&quot;</source>
        <translation>das Passwort von Profil „%1“ nicht entfernen</translation>
    </message>
    <message>
        <source>read the signing key %1</source>
        <translation>den Signaturschlüssel %1 nicht lesen</translation>
    </message>
    <message>
        <source>store the signing key %1</source>
        <translation>den Signaturschlüssel %1 nicht speichern</translation>
    </message>
    <message>
        <source>remove the signing key %1</source>
        <translation>den Signaturschlüssel %1 nicht entfernen</translation>
    </message>
    <message>
        <source>read the alert route secret %1</source>
        <translation>das Secret der Alarmroute %1 nicht lesen</translation>
    </message>
    <message>
        <source>store the alert route secret %1</source>
        <translation>das Secret der Alarmroute %1 nicht speichern</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>%1 needs your admin signing key, and this workstation&apos;s keychain holds none for this login: run healdesk key create --role admin and have it approved</source>
        <translation>%1 erfordert Ihren Admin-Signaturschlüssel, und der Schlüsselbund dieses Arbeitsplatzes enthält keinen für dieses Login: healdesk key create --role admin ausführen und den Schlüssel genehmigen lassen</translation>
    </message>
    <message>
        <source>this database has no signing settings: run healdesk migrate</source>
        <translation>diese Datenbank hat keine Signatureinstellungen: healdesk migrate ausführen</translation>
    </message>
    <message>
        <source>a key&apos;s role is technician, admin or service</source>
        <translation>die Rolle eines Schlüssels ist technician, admin oder service</translation>
    </message>
    <message>
        <source>no key %1</source>
        <translation>Schlüssel %1 nicht vorhanden</translation>
    </message>
    <message>
        <source>an approval is valid for 1 to 1095 days</source>
        <translation>eine Genehmigung gilt 1 bis 1095 Tage</translation>
    </message>
    <message>
        <source>Approving a key</source>
        <translation>Das Genehmigen eines Schlüssels</translation>
    </message>
    <message>
        <source>a revocation needs a reason (--reason)</source>
        <translation>ein Widerruf braucht eine Begründung (--reason)</translation>
    </message>
    <message>
        <source>Revoking a key</source>
        <translation>Das Widerrufen eines Schlüssels</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner ID</source>
        <translation>„%1“ ist keine Partner-ID</translation>
    </message>
    <message>
        <source>Setting the signing policy</source>
        <translation>Das Festlegen der Signaturrichtlinie</translation>
    </message>
    <message>
        <source>%1 keys claim the first-admin approval, which Healdesk grants once: the key tables were written around Healdesk; check them before exporting trust</source>
        <translation>%1 Schlüssel beanspruchen die Genehmigung als erster Admin-Schlüssel, die Healdesk nur einmal erteilt: die Schlüsseltabellen wurden an Healdesk vorbei beschrieben; vor dem Exportieren der Vertrauensdatei prüfen</translation>
    </message>
    <message>
        <source>no admin key is approved yet: an admin runs healdesk key create --role admin, then the schema&apos;s owner runs healdesk key approve KEY_ID --bootstrap</source>
        <translation>noch ist kein Admin-Schlüssel genehmigt: Ein Admin führt healdesk key create --role admin aus, dann führt der Eigentümer des Schemas healdesk key approve KEY_ID --bootstrap aus</translation>
    </message>
    <message>
        <source>the first admin key&apos;s approval does not describe key %1</source>
        <translation>die Genehmigung des ersten Admin-Schlüssels beschreibt Schlüssel %1 nicht</translation>
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
    <name>LocalCluster</name>
    <message>
        <source>no PostgreSQL server binaries found (install postgresql-15)</source>
        <translation>keine PostgreSQL-Serverprogramme gefunden (bitte postgresql-15 installieren)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the demo database server did not start: %1</source>
        <translation>der Demo-Datenbankserver ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>the demo database server did not stop: %1</source>
        <translation>der Demo-Datenbankserver hat sich nicht beendet: %1</translation>
    </message>
    <message>
        <source>the database server did not restart: %1</source>
        <translation>der Datenbankserver ist nicht neu gestartet: %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no free TCP port on 127.0.0.1</source>
        <translation>kein freier TCP-Port auf 127.0.0.1</translation>
    </message>
    <message>
        <source>%1 already holds a cluster</source>
        <translation>%1 enthält bereits einen Cluster</translation>
    </message>
    <message>
        <source>pg_basebackup failed: %1</source>
        <translation>pg_basebackup fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>healdesk: demo fleet generated</source>
        <translation>healdesk: Demo-Bestand erzeugt</translation>
    </message>
    <message>
        <source>healdesk: reusing the demo database</source>
        <translation>healdesk: vorhandene Demo-Datenbank wird wiederverwendet</translation>
    </message>
    <message>
        <source>healdesk: no simulator at </source>
        <translation>healdesk: kein Simulator unter </translation>
    </message>
    <message>
        <source>; orders will stay pending</source>
        <translation>; Aufträge bleiben ausstehend</translation>
    </message>
    <message>
        <source>PostgreSQL URI (libpq form); default: PG* variables.</source>
        <translation>PostgreSQL-URI (libpq-Form); Standard: PG*-Variablen.</translation>
    </message>
    <message>
        <source>A saved connection profile (healdesk profile add); password from the system keychain.</source>
        <translation>Ein gespeichertes Verbindungsprofil (healdesk profile add); Passwort aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Start a private demo database and open it.</source>
        <translation>Eine private Demo-Datenbank starten und öffnen.</translation>
    </message>
    <message>
        <source>Open every page, save a PNG of each into DIR once it shows data, and quit (used by the smoke test and the user guide).</source>
        <translation>Jede Seite öffnen, sobald sie Daten zeigt ein PNG davon in DIR speichern und beenden (für den Smoke-Test und das Benutzerhandbuch).</translation>
    </message>
    <message>
        <source>Interface language: en, es or de (default: the View &gt; Language setting, else the system locale).</source>
        <translation>Oberflächensprache: en, es oder de (Standard: die Einstellung Ansicht &gt; Sprache, sonst das Gebietsschema des Systems).</translation>
    </message>
    <message>
        <source>healdesk: preparing the demo database in </source>
        <translation>healdesk: Demo-Datenbank wird vorbereitet in </translation>
    </message>
    <message>
        <source> SQL statement(s) were attempted on the GUI thread</source>
        <translation> SQL-Anweisung(en) wurden im GUI-Thread versucht</translation>
    </message>
    <message>
        <source>A read-only standby of the database (libpq URI): pages, statistics and reports read from it while it keeps up; orders, fixes and admin changes always go to the primary.</source>
        <translation>Ein schreibgeschützter Standby der Datenbank (libpq-URI): Seiten, Statistiken und Berichte lesen von ihm, solange er Schritt hält; Aufträge, Korrekturen und Verwaltungsänderungen gehen immer an den Primärserver.</translation>
    </message>
    <message>
        <source>Seconds the standby may lag before reads fall back to the primary (default 30).</source>
        <translation>Sekunden Rückstand, die der Standby haben darf, bevor wieder vom Primärserver gelesen wird (Standard: 30).</translation>
    </message>
    <message>
        <source>--standby-max-lag takes whole seconds from 1 to 86400</source>
        <translation>--standby-max-lag erwartet ganze Sekunden von 1 bis 86400</translation>
    </message>
    <message>
        <source>Healdesk, the operations console for MSP technicians.

Commands: %1 (run &quot;healdesk COMMAND --help&quot;).</source>
        <translation>Healdesk, die Betriebskonsole für MSP-Techniker.

Befehle: %1 (siehe „healdesk COMMAND --help“).</translation>
    </message>
    <message>
        <source>cannot write the demo&apos;s trust file %1: %2</source>
        <translation>die Vertrauensdatei %1 der Demo kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>demo alert inbox: empty</source>
        <translation>Alarm-Eingang der Demo: leer</translation>
    </message>
    <message numerus="yes">
        <source>demo alert inbox: %n alert(s)</source>
        <translation>
            <numerusform>Alarm-Eingang der Demo: %n Alarm</numerusform>
            <numerusform>Alarm-Eingang der Demo: %n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>healdesk: unknown command &quot;%1&quot;; the commands are %2 (healdesk --help)</source>
        <translation>healdesk: unbekannter Befehl „%1“; die Befehle sind %2 (healdesk --help)</translation>
    </message>
    <message>
        <source>healdesk: put the command first: healdesk %1 [options]</source>
        <translation>healdesk: den Befehl zuerst angeben: healdesk %1 [Optionen]</translation>
    </message>
    <message>
        <source>Healdesk</source>
        <translation>Healdesk</translation>
    </message>
    <message>
        <source>Open the window at WIDTHxHEIGHT pixels, e.g. 800x600 (for the screenshot tour at small and large screens).</source>
        <translation>Das Fenster mit BREITExHÖHE Pixeln öffnen, z. B. 800x600 (für den Bildschirmfoto-Rundgang auf kleinen und großen Bildschirmen).</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 800x600</source>
        <translation>--window-size nimmt BREITExHÖHE, z. B. 800x600</translation>
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
    <name>Maintenance</name>
    <message>
        <source>&quot;%1&quot; is not a span of the day such as 02:00-04:30</source>
        <translation>„%1“ ist keine Tageszeitspanne wie 02:00-04:30</translation>
    </message>
    <message>
        <source>a window that ends when it starts is empty</source>
        <translation>ein Fenster, das zur selben Zeit endet, zu der es beginnt, ist leer</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>unbekannter Standort „%1“</translation>
    </message>
    <message>
        <source>a window needs a reason (--reason): it goes into the audit log</source>
        <translation>ein Wartungsfenster braucht eine Begründung (--reason): Sie wird ins Prüfprotokoll übernommen</translation>
    </message>
    <message>
        <source>the day is Mon, Tue, Wed, Thu, Fri, Sat or Sun</source>
        <translation>als Tag zulässig: Mon, Tue, Wed, Thu, Fri, Sat or Sun</translation>
    </message>
    <message>
        <source>a one-off window needs --from before --to</source>
        <translation>bei einem einmaligen Fenster muss --from vor --to liegen</translation>
    </message>
    <message>
        <source>that window has already ended</source>
        <translation>dieses Fenster ist bereits vorbei</translation>
    </message>
    <message>
        <source>no window %1 (for this login)</source>
        <translation>Wartungsfenster %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>name either a site or a partner</source>
        <translation>entweder einen Standort oder einen Partner angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use an IANA name such as America/New_York)</source>
        <translation>„%1“ ist keine Zeitzone (einen IANA-Namen wie America/New_York verwenden)</translation>
    </message>
    <message>
        <source>no such site or partner (for this login)</source>
        <translation>Standort oder Partner nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>runs %1 clinic time, in %2</source>
        <translation>gilt %1 Ortszeit der Klinik, in %2</translation>
    </message>
    <message>
        <source>runs %1 clinic time (%2 here), in %3</source>
        <translation>gilt %1 Ortszeit der Klinik (hier %2), in %3</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>Mapped %1 to %2: %n execution(s) now count for it.</source>
        <translation>
            <numerusform>%1 auf %2 abgebildet: %n Ausführung zählt jetzt dafür.</numerusform>
            <numerusform>%1 auf %2 abgebildet: %n Ausführungen zählen jetzt dafür.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1: %n execution(s) are unmapped again.</source>
        <translation>
            <numerusform>%1 entfernt: %n Ausführung ist wieder ohne Zuordnung.</numerusform>
            <numerusform>%1 entfernt: %n Ausführungen sind wieder ohne Zuordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s).</source>
        <translation>
            <numerusform>%n Paar importiert.</numerusform>
            <numerusform>%n Paare importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) were already there.</source>
        <translation>
            <numerusform>%n Paar war schon vorhanden.</numerusform>
            <numerusform>%n Paare waren schon vorhanden.</numerusform>
        </translation>
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
    <name>Migrator</name>
    <message>
        <source>missing table %1</source>
        <translation>fehlende Tabelle %1</translation>
    </message>
    <message>
        <source>missing column %1.%2</source>
        <translation>fehlende Spalte %1.%2</translation>
    </message>
    <message>
        <source>unexpected column %1.%2</source>
        <translation>unerwartete Spalte %1.%2</translation>
    </message>
    <message>
        <source>unexpected table %1</source>
        <translation>unerwartete Tabelle %1</translation>
    </message>
    <message>
        <source>the database has migration %1 (%2), which this Healdesk does not know; it is newer than this program (which knows up to %3)</source>
        <translation>die Datenbank enthält Migration %1 (%2), die diese Healdesk-Version nicht kennt; sie ist neuer als dieses Programm (es kennt Migrationen bis %3)</translation>
    </message>
    <message>
        <source>migration %1 (%2) was changed after it was applied: recorded checksum %3, file checksum %4; refusing to upgrade</source>
        <translation>Migration %1 (%2) wurde nach dem Anwenden geändert: erfasste Prüfsumme %3, Prüfsumme der Datei %4; Aktualisierung abgelehnt</translation>
    </message>
    <message>
        <source>the database is neither empty nor the known production schema; nothing was changed. Differences: %1</source>
        <translation>die Datenbank ist weder leer noch das bekannte Produktionsschema; nichts wurde geändert. Unterschiede: %1</translation>
    </message>
    <message>
        <source>empty database: every migration will be applied</source>
        <translation>leere Datenbank: alle Migrationen werden angewendet</translation>
    </message>
    <message>
        <source>database at version %1</source>
        <translation>Datenbank auf Version %1</translation>
    </message>
    <message>
        <source>up to date at version %1</source>
        <translation>auf dem neuesten Stand mit Version %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged, again after the migrations</source>
        <translation>unverändert, erneut nach den Migrationen</translation>
    </message>
    <message>
        <source>, then its backfill</source>
        <translation>, danach seine Nachberechnung</translation>
    </message>
    <message>
        <source>this database is managed by another migration tool (its schema_migrations has %1); Healdesk adopts only an empty database or the production schema described in shared/legacy/schema.sql (its migration 1); nothing was changed</source>
        <translation>diese Datenbank wird von einem anderen Migrationswerkzeug verwaltet (ihre schema_migrations hat %1); Healdesk übernimmt nur eine leere Datenbank oder das in shared/legacy/schema.sql beschriebene Produktionsschema (seine Migration 1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>the database is at schema version %1, this Healdesk&apos;s</source>
        <translation>die Datenbank hat Schemaversion %1, die dieses Healdesk</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>die Datenbank ist leer</translation>
    </message>
    <message>
        <source>the database has not been upgraded by Healdesk yet</source>
        <translation>die Datenbank wurde noch nicht von Healdesk aktualisiert</translation>
    </message>
    <message>
        <source>the database was upgraded by an older Healdesk (schema version %1)</source>
        <translation>die Datenbank wurde von einem älteren Healdesk aktualisiert (Schemaversion %1)</translation>
    </message>
    <message>
        <source>the database is managed by another migration tool (its schema_migrations has %1)</source>
        <translation>die Datenbank wird von einem anderen Migrationswerkzeug verwaltet (ihre schema_migrations hat %1)</translation>
    </message>
    <message numerus="yes">
        <source>the database&apos;s rules are older than this Healdesk&apos;s (%n definition(s) changed)</source>
        <translation>
            <numerusform>die Regeln der Datenbank sind älter als die dieses Healdesk (%n Definition geändert)</numerusform>
            <numerusform>die Regeln der Datenbank sind älter als die dieses Healdesk (%n Definitionen geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is at schema version %1 and this Healdesk needs %2</source>
        <translation>die Datenbank hat Schemaversion %1, dieses Healdesk braucht %2</translation>
    </message>
    <message>
        <source>the database is at schema version %1, newer than this Healdesk (%2)</source>
        <translation>die Datenbank hat Schemaversion %1, neuer als dieses Healdesk (%2)</translation>
    </message>
    <message>
        <source>%1: Healdesk cannot use it</source>
        <translation>%1: Healdesk kann sie nicht verwenden</translation>
    </message>
    <message>
        <source>%1: use a newer Healdesk</source>
        <translation>%1: ein neueres Healdesk verwenden</translation>
    </message>
    <message>
        <source>%1: run healdesk migrate --dry-run to see the plan, then healdesk migrate</source>
        <translation>%1: healdesk migrate --dry-run zeigt den Plan, danach healdesk migrate ausführen</translation>
    </message>
    <message>
        <source>production schema not yet managed by Healdesk: adopted as version 1, rows untouched</source>
        <translation>Produktionsschema, noch nicht von Healdesk verwaltet: als Version 1 übernommen, Zeilen unverändert</translation>
    </message>
    <message>
        <source>move Healdesk&apos;s record of migrations from schema_migrations to healdesk_migrations, rows as they are</source>
        <translation>Healdesks Migrationsprotokoll von schema_migrations nach healdesk_migrations verschieben, Zeilen unverändert</translation>
    </message>
    <message>
        <source>record the new checksum of migration %1, rewritten for that name alone</source>
        <translation>neue Prüfsumme von Migration %1 eintragen, die nur für diesen Namen umgeschrieben wurde</translation>
    </message>
    <message>
        <source>the database was upgraded by an older Healdesk</source>
        <translation>die Datenbank wurde von einem älteren Healdesk aktualisiert</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n partners: %2; give the ID</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Partner: %2; die ID angeben</numerusform>
            <numerusform>„%1“ bezeichnet %n Partner: %2; die ID angeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n sites: %2; give the site ID</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Standort: %2; die Standort-ID angeben</numerusform>
            <numerusform>„%1“ bezeichnet %n Standorte: %2; die Standort-ID angeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n appliances: %2; give the ID, or SITE/HOSTNAME</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Appliance: %2; die ID oder STANDORT/HOSTNAME angeben</numerusform>
            <numerusform>„%1“ bezeichnet %n Appliances: %2; die ID oder STANDORT/HOSTNAME angeben</numerusform>
        </translation>
    </message>
    <message>
        <source>list what? partners, sites or appliances, not &quot;%1&quot;</source>
        <translation>was auflisten? partners, sites oder appliances, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;: none has that ID or name (healdesk list partners shows them)</source>
        <translation>unbekannter Partner „%1“: keiner hat diese ID oder diesen Namen (healdesk list partners zeigt sie)</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;: none has that ID or name (healdesk list sites shows them)</source>
        <translation>unbekannter Standort „%1“: keiner hat diese ID oder diesen Namen (healdesk list sites zeigt sie)</translation>
    </message>
    <message>
        <source>unknown appliance &quot;%1&quot;: none has that ID or host name (healdesk list appliances shows them)</source>
        <translation>unbekannte Appliance „%1“: keine hat diese ID oder diesen Hostnamen (healdesk list appliances zeigt sie)</translation>
    </message>
</context>
<context>
    <name>OrderSchedules</name>
    <message>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>monthly on day %1 at %2</source>
        <translation>monatlich am Tag %1 um %2</translation>
    </message>
    <message>
        <source>at each window&apos;s start</source>
        <translation>zu Beginn jedes Fensters</translation>
    </message>
    <message>
        <source>the recurrence is window, daily or monthly, not &quot;%1&quot;</source>
        <translation>die Wiederholung ist window, daily oder monthly, nicht „%1“</translation>
    </message>
    <message>
        <source>a daily or monthly schedule needs a time such as 02:00</source>
        <translation>ein täglicher oder monatlicher Zeitplan braucht eine Uhrzeit wie 02:00</translation>
    </message>
    <message>
        <source>a monthly schedule needs a day from 1 to 31</source>
        <translation>ein monatlicher Zeitplan braucht einen Tag von 1 bis 31</translation>
    </message>
    <message>
        <source>the time to live must be between 60 seconds and 7 days</source>
        <translation>die Gültigkeitsdauer muss zwischen 60 Sekunden und 7 Tagen liegen</translation>
    </message>
    <message>
        <source>a schedule needs a site</source>
        <translation>ein Zeitplan braucht einen Standort</translation>
    </message>
    <message>
        <source>appliance %1: %2</source>
        <translation>Appliance %1: %2</translation>
    </message>
    <message>
        <source>appliance %1 (%2) is not at site %3</source>
        <translation>Appliance %1 (%2) gehört nicht zu Standort %3</translation>
    </message>
    <message>
        <source>%1 is disruptive and each occurrence runs it unattended; confirm it explicitly</source>
        <translation>%1 ist störend und jeder Termin führt es unbeaufsichtigt aus; bitte ausdrücklich bestätigen</translation>
    </message>
    <message>
        <source>site %1 has no maintenance window to run in; add one first</source>
        <translation>Standort %1 hat kein Wartungsfenster für die Ausführung; zuerst eines hinzufügen</translation>
    </message>
    <message>
        <source>site %1 is not one this login may schedule for</source>
        <translation>für Standort %1 darf dieses Login nichts planen</translation>
    </message>
    <message>
        <source>no running schedule %1 (for this login)</source>
        <translation>aktiver Zeitplan %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>no paused schedule %1 (for this login)</source>
        <translation>pausierter Zeitplan %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>no schedule %1 (for this login)</source>
        <translation>Zeitplan %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>schedule %1 (%2, made by %3): %4</source>
        <translation>Zeitplan %1 (%2, erstellt von %3): %4</translation>
    </message>
    <message>
        <source>the site has no appliances</source>
        <translation>der Standort hat keine Appliances</translation>
    </message>
    <message>
        <source>no worker ran while it was due</source>
        <translation>kein Worker lief, als er fällig war</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>waiting for appliance</source>
        <translation>wartet auf Appliance</translation>
    </message>
    <message>
        <source>stuck pending (no TTL)</source>
        <translation>hängt ausstehend fest (ohne TTL)</translation>
    </message>
    <message>
        <source>a reason is required: it goes into the audit log</source>
        <translation>eine Begründung ist erforderlich: Sie wird ins Prüfprotokoll übernommen</translation>
    </message>
    <message>
        <source>the time to live must be between 10 seconds and 7 days</source>
        <translation>die Gültigkeitsdauer muss zwischen 10 Sekunden und 7 Tagen liegen</translation>
    </message>
    <message>
        <source>order id &quot;%1&quot; must be 1-56 letters, digits or . _ : -</source>
        <translation>Auftrags-ID „%1“ muss aus 1-56 Buchstaben, Ziffern oder . _ : - bestehen</translation>
    </message>
    <message>
        <source>name either appliances or a site</source>
        <translation>entweder Appliances oder einen Standort angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appliance ID</source>
        <translation>„%1“ ist keine Appliance-ID</translation>
    </message>
    <message>
        <source>unknown runbook &quot;%1&quot;</source>
        <translation>unbekanntes Runbook „%1“</translation>
    </message>
    <message>
        <source>runbook %1 is disabled for every appliance</source>
        <translation>Runbook %1 ist für alle Appliances deaktiviert</translation>
    </message>
    <message>
        <source>%1 is disabled for this appliance in appliance_runbook_config</source>
        <translation>%1 ist für diese Appliance in appliance_runbook_config deaktiviert</translation>
    </message>
    <message>
        <source>no such appliance</source>
        <translation>Appliance nicht vorhanden</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; has no appliances (or does not exist)</source>
        <translation>Standort „%1“ hat keine Appliances (oder existiert nicht)</translation>
    </message>
    <message>
        <source>refused, nothing was ordered: %1</source>
        <translation>abgelehnt, es wurde kein Auftrag erteilt: %1</translation>
    </message>
    <message>
        <source>no appliance to order</source>
        <translation>keine Appliance für einen Auftrag</translation>
    </message>
    <message>
        <source>%1 is disruptive and would touch %n appliance(s); confirm it explicitly</source>
        <translation>%1 ist störend und beträfe %n Appliance(s); bitte ausdrücklich bestätigen</translation>
    </message>
    <message>
        <source>order id %1 is already used by a different order</source>
        <translation>Auftrags-ID %1 wird bereits von einem anderen Auftrag verwendet</translation>
    </message>
    <message>
        <source>unknown order &quot;%1&quot;</source>
        <translation>unbekannter Auftrag „%1“</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and you have no signing key on this workstation: run healdesk key create (or Settings ▸ Signing key) and ask an admin to approve it</source>
        <translation>Aufträge für %1 müssen signiert sein, und Sie haben auf diesem Arbeitsplatz keinen Signaturschlüssel: healdesk key create ausführen (oder Einstellungen ▸ Signaturschlüssel) und einen Admin bitten, ihn zu genehmigen</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and your key %2 is not registered in this database: run healdesk key create</source>
        <translation>Aufträge für %1 müssen signiert sein, und Ihr Schlüssel %2 ist in dieser Datenbank nicht registriert: healdesk key create ausführen</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and your key %2 is pending: ask an admin to run healdesk key approve %2</source>
        <translation>Aufträge für %1 müssen signiert sein, und Ihr Schlüssel %2 steht noch aus: einen Admin bitten, healdesk key approve %2 auszuführen</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and your key %2 is %3: create a new one (healdesk key create) and have it approved</source>
        <translation>Aufträge für %1 müssen signiert sein, und Ihr Schlüssel %2 ist %3: einen neuen erstellen (healdesk key create) und genehmigen lassen</translation>
    </message>
    <message>
        <source>%1 (this appliance ran it already)</source>
        <translation>%1 (diese Appliance hat ihn bereits ausgeführt)</translation>
    </message>
    <message>
        <source>held: no maintenance window ahead</source>
        <translation>zurückgehalten: kein bevorstehendes Wartungsfenster</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>zurückgehalten bis %1</translation>
    </message>
    <message>
        <source>a hold must end in the future</source>
        <translation>der Zeitpunkt für das Zurückhalten muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>order %1 is %2; only a pending or held order can be cancelled</source>
        <translation>Auftrag %1 ist %2; nur ein ausstehender oder zurückgehaltener Auftrag kann storniert werden</translation>
    </message>
    <message>
        <source>waiting for a worker with an approved service key: this partner&apos;s orders must be signed</source>
        <translation>wartet auf einen Worker mit genehmigtem Dienstschlüssel: Die Aufträge dieses Partners müssen signiert sein</translation>
    </message>
    <message>
        <source>say why the order is cancelled: the reason goes into the audit log</source>
        <translation>bitte angeben, warum der Auftrag storniert wird: die Begründung kommt ins Prüfprotokoll</translation>
    </message>
    <message>
        <source>no incident %1 that this login may see</source>
        <translation>kein Vorfall %1, den diese Anmeldung sehen darf</translation>
    </message>
    <message>
        <source>an order run from an incident goes to the incident&apos;s own appliance only</source>
        <translation>ein aus einem Vorfall gestarteter Auftrag geht nur an die Appliance des Vorfalls</translation>
    </message>
    <message>
        <source>%1 would be held for a maintenance window; an order run from an incident runs now, so run it from the Fleet page to hold it</source>
        <translation>%1 würde bis zu einem Wartungsfenster zurückgehalten; ein aus einem Vorfall gestarteter Auftrag läuft sofort, starten Sie ihn also von der Seite Flotte, um ihn zurückzuhalten</translation>
    </message>
    <message>
        <source>a batch ID is a UUID, not &quot;%1&quot;</source>
        <translation>eine Stapel-ID ist eine UUID, nicht „%1“</translation>
    </message>
    <message>
        <source>no batch %1 that this login may see</source>
        <translation>kein Stapel %1, den diese Anmeldung sehen darf</translation>
    </message>
    <message>
        <source>retry the failed orders, the expired ones, or both</source>
        <translation>versuchen Sie die fehlgeschlagenen Aufträge, die abgelaufenen oder beide erneut</translation>
    </message>
    <message>
        <source>batch %1 has no %2 order to retry</source>
        <translation>Stapel %1 hat keinen %2 Auftrag zum erneuten Versuch</translation>
    </message>
    <message>
        <source>failed or expired</source>
        <translation>fehlgeschlagenen oder abgelaufenen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagenen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufenen</translation>
    </message>
    <message>
        <source>retry of batch %1: %2</source>
        <translation>erneuter Versuch von Stapel %1: %2</translation>
    </message>
    <message>
        <source>batch %1 was retried by someone else meanwhile; nothing was ordered, look at it again</source>
        <translation>Stapel %1 wurde inzwischen von jemand anderem erneut versucht; nichts wurde beauftragt, sehen Sie ihn sich noch einmal an</translation>
    </message>
</context>
<context>
    <name>ParameterSchema</name>
    <message>
        <source>the parameter schema is not valid: %1</source>
        <translation>das Parameterschema ist ungültig: %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>muss mindestens %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be at most %1, not %2</source>
        <translation>darf höchstens %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>muss einer der Werte %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must match %1, not %2</source>
        <translation>muss %1 entsprechen, nicht %2</translation>
    </message>
    <message>
        <source>it is %1 bytes; at most %2 are allowed</source>
        <translation>es hat %1 Bytes; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Position %2</translation>
    </message>
    <message>
        <source>it must be a JSON object</source>
        <translation>es muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keyword Healdesk checks</source>
        <translation>„%1“ ist kein Schlüsselwort, das Healdesk prüft</translation>
    </message>
    <message>
        <source>the parameters&apos; type must be &quot;object&quot;</source>
        <translation>der Typ der Parameter muss „object“ sein</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object naming each parameter</source>
        <translation>„properties“ muss ein Objekt sein, das jeden Parameter nennt</translation>
    </message>
    <message>
        <source>&quot;additionalProperties&quot; must be true or false</source>
        <translation>„additionalProperties“ muss true oder false sein</translation>
    </message>
    <message>
        <source>parameter %1 must be described by an object</source>
        <translation>Parameter %1 muss durch ein Objekt beschrieben werden</translation>
    </message>
    <message>
        <source>parameter %1: &quot;%2&quot; is not a keyword Healdesk checks</source>
        <translation>Parameter %1: „%2“ ist kein Schlüsselwort, das Healdesk prüft</translation>
    </message>
    <message>
        <source>parameter %1: the type must be string, integer, number or boolean</source>
        <translation>Parameter %1: der Typ muss string, integer, number oder boolean sein</translation>
    </message>
    <message>
        <source>parameter %1: %2 needs a numeric type and a number</source>
        <translation>Parameter %1: %2 braucht einen Zahlentyp und eine Zahl</translation>
    </message>
    <message>
        <source>parameter %1: the minimum is above the maximum</source>
        <translation>Parameter %1: das Minimum liegt über dem Maximum</translation>
    </message>
    <message>
        <source>parameter %1: the pattern must be a valid regular expression on text</source>
        <translation>Parameter %1: das Muster muss ein gültiger regulärer Ausdruck auf Text sein</translation>
    </message>
    <message>
        <source>parameter %1: enum must list at least one value</source>
        <translation>Parameter %1: enum muss mindestens einen Wert nennen</translation>
    </message>
    <message>
        <source>parameter %1: the allowed value %2 %3</source>
        <translation>Parameter %1: der zulässige Wert %2 %3</translation>
    </message>
    <message>
        <source>parameter %1: the default %2</source>
        <translation>Parameter %1: der Standardwert %2</translation>
    </message>
    <message>
        <source>&quot;required&quot; must list parameter names</source>
        <translation>„required“ muss Parameternamen auflisten</translation>
    </message>
    <message>
        <source>&quot;required&quot; names %1, which is not among the properties</source>
        <translation>„required“ nennt %1, das nicht unter den properties ist</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a parameter of this runbook (it takes %2)</source>
        <translation>%1 ist kein Parameter dieses Runbooks (es nimmt %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>parameters refused, nothing was ordered: %1</source>
        <translation>Parameter abgelehnt, nichts wurde beauftragt: %1</translation>
    </message>
    <message>
        <source>it names a key twice; give each once</source>
        <translation>es nennt einen Schlüssel zweimal; jeden nur einmal angeben</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile keeps host, port, user, database, sslmode and sslrootcert; &quot;%1&quot; is not one of them</source>
        <translation>ein Profil speichert host, port, user, database, sslmode und sslrootcert; „%1“ gehört nicht dazu</translation>
    </message>
    <message>
        <source>profile name &quot;%1&quot; must be 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Profilname „%1“ muss aus 1 bis 63 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>root certificate &quot;%1&quot; is not a readable file</source>
        <translation>Stammzertifikat „%1“ ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>sslmode %1 checks the server against a root certificate: give one with --sslrootcert</source>
        <translation>sslmode %1 prüft den Server anhand eines Stammzertifikats: bitte eines mit --sslrootcert angeben</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>die Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>give --db or --profile, not both</source>
        <translation>--db oder --profile angeben, nicht beides</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (%2)</source>
        <translation>kein Profil namens „%1“ (%2)</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>noch keines gespeichert</translation>
    </message>
    <message>
        <source>the password of profile &quot;%1&quot; is not in the system keychain any more; save it again with healdesk profile add %1 --password-stdin</source>
        <translation>das Passwort von Profil „%1“ ist nicht mehr im Schlüsselbund des Systems; erneut speichern mit healdesk profile add %1 --password-stdin</translation>
    </message>
    <message>
        <source>a standby port or lag limit needs a standby host</source>
        <translation>ein Standby-Port oder eine Verzögerungsgrenze braucht einen Standby-Host</translation>
    </message>
    <message>
        <source>the standby is the primary itself (same host and port)</source>
        <translation>der Standby ist der Primärserver selbst (gleicher Host und Port)</translation>
    </message>
    <message>
        <source>the standby lag limit takes whole seconds from 1 to 86400</source>
        <translation>die Verzögerungsgrenze des Standbys nimmt ganze Sekunden von 1 bis 86400</translation>
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
    <name>ReportArchive</name>
    <message>
        <source>name either a partner or a site</source>
        <translation>entweder einen Partner oder einen Standort angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner ID</source>
        <translation>„%1“ ist keine Partner-ID</translation>
    </message>
    <message>
        <source>name at least one format: pdf, csv</source>
        <translation>mindestens ein Format angeben: pdf, csv</translation>
    </message>
    <message>
        <source>the formats are pdf and csv, not &quot;%1&quot;</source>
        <translation>die Formate sind pdf und csv, nicht „%1“</translation>
    </message>
    <message>
        <source>the page size is a4 or letter</source>
        <translation>die Seitengröße ist a4 oder letter</translation>
    </message>
    <message>
        <source>the language is en, es or de</source>
        <translation>die Sprache ist en, es oder de</translation>
    </message>
    <message>
        <source>the stale limit takes whole days from 1 to 3650</source>
        <translation>die Grenze für veraltete Nachweise erwartet ganze Tage von 1 bis 3650</translation>
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
        <source>no report schedule %1 (for this login)</source>
        <translation>Berichtszeitplan %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>no archived report %1 (for this login)</source>
        <translation>archivierter Bericht %1 nicht vorhanden (für dieses Login)</translation>
    </message>
    <message>
        <source>archived report %1 has no %2</source>
        <translation>zum archivierten Bericht %1 gibt es keine %2-Datei</translation>
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
        <source>Writing page %1 of %2</source>
        <translation>Seite %1 von %2 wird geschrieben</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Period: %1, so far (the period asked for ends after the report was made)</source>
        <translation>Zeitraum: %1, bisher (der gewünschte Zeitraum endet nach der Erstellung des Berichts)</translation>
    </message>
    <message>
        <source>No activity in this period: no incident, execution or order was recorded for this scope. Figures with nothing to measure show —. Incidents still open and the compliance state of each control come from before the period and still show.</source>
        <translation>Keine Aktivität in diesem Zeitraum: Für diesen Bereich wurde kein Vorfall, keine Ausführung und kein Auftrag erfasst. Kennzahlen ohne Messgrundlage zeigen —. Noch offene Vorfälle und der Konformitätsstatus jeder Kontrolle stammen aus der Zeit davor und werden weiter angezeigt.</translation>
    </message>
    <message>
        <source>(no HIPAA control)</source>
        <translation>(keine HIPAA-Kontrolle)</translation>
    </message>
    <message>
        <source>%1 rows, more than the %2 this document lists one by one. The CSV attached to this PDF (report-%3.csv) lists every one; the SHA-256 of this section&apos;s records in it is %4.</source>
        <translation>%1 Zeilen, mehr als die %2, die dieses Dokument einzeln aufführt. Die an dieses PDF angehängte CSV-Datei (report-%3.csv) führt jede auf; der SHA-256 der Datensätze dieses Abschnitts darin ist %4.</translation>
    </message>
    <message>
        <source>Per HIPAA control (an execution counts under each control its runbook covers):</source>
        <translation>Pro HIPAA-Kontrolle (eine Ausführung zählt bei jeder Kontrolle, die ihr Runbook abdeckt):</translation>
    </message>
    <message>
        <source>Per runbook:</source>
        <translation>Pro Runbook:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
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
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2)</source>
        <translation>Signiert von %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>UNSIGNED: no approved signing key vouches for this report</source>
        <translation>UNSIGNED: kein genehmigter Signaturschlüssel bürgt für diesen Bericht</translation>
    </message>
    <message>
        <source>Report %1 · %2</source>
        <translation>Bericht %1 · %2</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>ein PDF kann nicht angelegt werden</translation>
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
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>The partner has no sites.</source>
        <translation>Der Partner hat keine Standorte.</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No runbook names a HIPAA control.</source>
        <translation>Kein Runbook nennt eine HIPAA-Kontrolle.</translation>
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
        <source>Incidents reported in the period</source>
        <translation>Im Zeitraum gemeldete Vorfälle</translation>
    </message>
    <message>
        <source>Mean time to resolve (incidents of the period resolved so far)</source>
        <translation>Mittlere Behebungszeit (bisher behobene Vorfälle des Zeitraums)</translation>
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
        <source>Orders issued in the period</source>
        <translation>Im Zeitraum erteilte Aufträge</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Stornierte Aufträge</translation>
    </message>
    <message>
        <source>HIPAA controls</source>
        <translation>HIPAA-Kontrollen</translation>
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
        <source>This report contains no patient data (PHI): only appliance, runbook and execution metadata.</source>
        <translation>Dieser Bericht enthält keine Patientendaten (PHI), nur Metadaten zu Appliances, Runbooks und Ausführungen.</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Ohne Nachweis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Failing on</source>
        <translation>Nicht erfüllt auf</translation>
    </message>
    <message numerus="yes">
        <source>Each appliance in scope and each control form a pair. As of the period end a pair is passing when the latest execution of a runbook covering the control succeeded, failing when it failed, stale when that execution is more than %n day(s) older than the period end, and without evidence when there is none. Score: passing over passing and failing pairs. Executions and successes count the period&apos;s executions of the covering runbooks.</source>
        <translation>
            <numerusform>Jede Appliance im Bereich bildet mit jeder Kontrolle ein Paar. Zum Ende des Zeitraums ist ein Paar erfüllt, wenn die letzte Ausführung eines Runbooks, das die Kontrolle abdeckt, erfolgreich war, nicht erfüllt, wenn sie fehlschlug, veraltet, wenn diese Ausführung mehr als %n Tag vor dem Ende des Zeitraums liegt, und ohne Nachweis, wenn es keine gibt. Wert: erfüllte Paare geteilt durch erfüllte und nicht erfüllte Paare. Ausführungen und Erfolge zählen die Ausführungen der abdeckenden Runbooks im Zeitraum.</numerusform>
            <numerusform>Jede Appliance im Bereich bildet mit jeder Kontrolle ein Paar. Zum Ende des Zeitraums ist ein Paar erfüllt, wenn die letzte Ausführung eines Runbooks, das die Kontrolle abdeckt, erfolgreich war, nicht erfüllt, wenn sie fehlschlug, veraltet, wenn diese Ausführung mehr als %n Tage vor dem Ende des Zeitraums liegt, und ohne Nachweis, wenn es keine gibt. Wert: erfüllte Paare geteilt durch erfüllte und nicht erfüllte Paare. Ausführungen und Erfolge zählen die Ausführungen der abdeckenden Runbooks im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Meldend</translation>
    </message>
    <message>
        <source>Appliances: in scope. Reporting: those that sent telemetry in the period. Pairs and score as of the period end, as in the control matrix.</source>
        <translation>Appliances: im Bereich. Meldend: jene, die im Zeitraum Telemetrie gesendet haben. Paare und Wert zum Ende des Zeitraums, wie in der Kontrollmatrix.</translation>
    </message>
    <message>
        <source>Exceptions: controls failing at the period end</source>
        <translation>Ausnahmen: am Ende des Zeitraums nicht erfüllte Kontrollen</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>Nicht erfüllt seit</translation>
    </message>
    <message>
        <source>Failing for</source>
        <translation>Nicht erfüllt seit (Dauer)</translation>
    </message>
    <message>
        <source>No (appliance, control) pair was failing at the period end.</source>
        <translation>Am Ende des Zeitraums war kein Paar (Appliance, Kontrolle) nicht erfüllt.</translation>
    </message>
    <message>
        <source>Pairs whose latest covering execution failed, with the first failure after their last success.</source>
        <translation>Paare, deren letzte abdeckende Ausführung fehlschlug, mit dem ersten Fehlschlag nach ihrem letzten Erfolg.</translation>
    </message>
    <message>
        <source>Runbook ID mapping used</source>
        <translation>Verwendete Zuordnung der Runbook-IDs</translation>
    </message>
    <message>
        <source>Telemetry runbook ID</source>
        <translation>Telemetrie-Runbook-ID</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Gezählt als</translation>
    </message>
    <message>
        <source>No execution of the period went through the mapping.</source>
        <translation>Keine Ausführung des Zeitraums lief über die Zuordnung.</translation>
    </message>
    <message>
        <source>Every mapping row that resolved an execution of the period to a runbook. The report facts give the SHA-256 of the whole mapping as read.</source>
        <translation>Jede Zuordnungszeile, die eine Ausführung des Zeitraums einem Runbook zugeordnet hat. Die Berichtsangaben nennen den SHA-256 der gesamten Zuordnung, wie sie gelesen wurde.</translation>
    </message>
    <message>
        <source>At the period end</source>
        <translation>Am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Age at the period end</source>
        <translation>Alter am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>The period asked for ends after the report was made, so it runs to that moment (so far)</source>
        <translation>Der gewünschte Zeitraum endet nach der Erstellung des Berichts und reicht daher bis zu diesem Moment (bisher)</translation>
    </message>
    <message>
        <source>Previous period of equal length: start (it ends where this one starts)</source>
        <translation>Vorheriger, gleich langer Zeitraum: Beginn (er endet, wo dieser beginnt)</translation>
    </message>
    <message>
        <source>A pair is stale when its latest evidence is older than this many days before the period end</source>
        <translation>Ein Paar ist veraltet, wenn sein letzter Nachweis mehr als so viele Tage vor dem Ende des Zeitraums liegt</translation>
    </message>
    <message>
        <source>Rows in the runbook ID mapping as read</source>
        <translation>Zeilen der Runbook-ID-Zuordnung, wie gelesen</translation>
    </message>
    <message>
        <source>SHA-256 of the whole runbook ID mapping as read</source>
        <translation>SHA-256 der gesamten Runbook-ID-Zuordnung, wie gelesen</translation>
    </message>
    <message>
        <source>Incident figures count incidents reported in the period; execution figures count telemetry rows; the compliance figures count (appliance, control) pairs as of the period end. They are never added together.</source>
        <translation>Vorfallszahlen zählen im Zeitraum gemeldete Vorfälle, Ausführungszahlen zählen Telemetriezeilen, die Konformitätszahlen zählen Paare (Appliance, Kontrolle) zum Ende des Zeitraums. Sie werden nie zusammengezählt.</translation>
    </message>
    <message>
        <source>Compliance score: passing pairs over passing and failing pairs, as of the period end</source>
        <translation>Konformitätswert: erfüllte Paare geteilt durch erfüllte und nicht erfüllte Paare, zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Compliance score at the end of the previous period</source>
        <translation>Konformitätswert am Ende des vorherigen Zeitraums</translation>
    </message>
    <message>
        <source>Change of the compliance score since then</source>
        <translation>Änderung des Konformitätswerts seither</translation>
    </message>
    <message>
        <source>Pairs passing: the latest covering execution succeeded</source>
        <translation>Erfüllte Paare: die letzte abdeckende Ausführung war erfolgreich</translation>
    </message>
    <message>
        <source>Pairs failing: the latest covering execution failed</source>
        <translation>Nicht erfüllte Paare: die letzte abdeckende Ausführung schlug fehl</translation>
    </message>
    <message>
        <source>Pairs stale: the latest covering execution is too old to count</source>
        <translation>Veraltete Paare: die letzte abdeckende Ausführung ist zu alt, um zu zählen</translation>
    </message>
    <message>
        <source>Pairs with no covering execution at all</source>
        <translation>Paare ganz ohne abdeckende Ausführung</translation>
    </message>
    <message>
        <source>HIPAA controls named by a runbook</source>
        <translation>Von einem Runbook genannte HIPAA-Kontrollen</translation>
    </message>
    <message>
        <source>Appliances in scope</source>
        <translation>Appliances im Bereich</translation>
    </message>
    <message>
        <source>Appliances that reported telemetry in the period</source>
        <translation>Appliances, die im Zeitraum Telemetrie gemeldet haben</translation>
    </message>
    <message>
        <source>Of those, not resolved or closed when the report was made</source>
        <translation>Davon bei Erstellung des Berichts weder behoben noch geschlossen</translation>
    </message>
    <message>
        <source>Of those, resolved (with a resolution time) before the period end</source>
        <translation>Davon vor dem Ende des Zeitraums behoben (mit Behebungszeit)</translation>
    </message>
    <message>
        <source>Healed automatically: L1 or L2 share of the incidents resolved by the period end</source>
        <translation>Automatisch behoben: Anteil L1 oder L2 an den bis zum Ende des Zeitraums behobenen Vorfällen</translation>
    </message>
    <message>
        <source>Incidents open at the period end (reported before it, whenever)</source>
        <translation>Am Ende des Zeitraums offene Vorfälle (irgendwann davor gemeldet)</translation>
    </message>
    <message>
        <source>Critical incidents open at the period end</source>
        <translation>Am Ende des Zeitraums offene kritische Vorfälle</translation>
    </message>
    <message>
        <source>Incidents of the period at tier L3 (healed by a person; not the status &quot;escalated&quot;)</source>
        <translation>Vorfälle des Zeitraums mit Stufe L3 (von einem Menschen behoben; nicht der Status „escalated“)</translation>
    </message>
    <message>
        <source>The status the agent keeps, as it is when the report was made. &quot;Escalated&quot; means the agent handed the incident to a person and it is not closed yet; the tier L3 means a person healed it or was asked to, whatever its status now.</source>
        <translation>Der Status, den der Agent führt, wie er bei Erstellung des Berichts ist. „Escalated“ heißt, der Agent hat den Vorfall an einen Menschen übergeben und er ist noch nicht geschlossen; die Stufe L3 heißt, ein Mensch hat ihn behoben oder wurde darum gebeten, gleich welchen Status er jetzt hat.</translation>
    </message>
    <message>
        <source>Telemetry runbook IDs resolved through the mapping table; IDs that resolve to no runbook are listed as unmapped, never dropped. Average and p95 (95th percentile, interpolated) are exact over the period&apos;s executions with a duration.</source>
        <translation>Runbook-IDs der Telemetrie über die Zuordnungstabelle aufgelöst; IDs ohne Runbook werden als nicht zugeordnet aufgeführt, nie weggelassen. Mittelwert und p95 (95. Perzentil, interpoliert) sind exakt über die Ausführungen des Zeitraums mit Dauer.</translation>
    </message>
    <message>
        <source>the stale limit is a whole number of days, 1 to 3650</source>
        <translation>die Grenze für veraltete Nachweise ist eine ganze Zahl von Tagen, 1 bis 3650</translation>
    </message>
    <message>
        <source>the period starts %1, after now (%2): there is nothing to report yet</source>
        <translation>der Zeitraum beginnt %1, nach dem jetzigen Zeitpunkt (%2): es gibt noch nichts zu berichten</translation>
    </message>
    <message>
        <source>Exceptions: incidents at tier L3</source>
        <translation>Ausnahmen: Vorfälle mit Stufe L3</translation>
    </message>
    <message>
        <source>No incident of the period is at tier L3.</source>
        <translation>Kein Vorfall des Zeitraums hat die Stufe L3.</translation>
    </message>
    <message>
        <source>Incidents reported in the period whose tier is L3: a person healed them or was asked to.</source>
        <translation>Im Zeitraum gemeldete Vorfälle mit der Stufe L3: ein Mensch hat sie behoben oder wurde darum gebeten.</translation>
    </message>
    <message>
        <source>Exceptions: incidents open at the period end</source>
        <translation>Ausnahmen: am Ende des Zeitraums offene Vorfälle</translation>
    </message>
    <message>
        <source>No incident was open at the period end.</source>
        <translation>Am Ende des Zeitraums war kein Vorfall offen.</translation>
    </message>
    <message>
        <source>Incidents reported before the end of the period and not resolved or closed before it.</source>
        <translation>Vor dem Ende des Zeitraums gemeldete Vorfälle, die davor weder behoben noch geschlossen wurden.</translation>
    </message>
    <message>
        <source>SHA-256 of the failed executions: the CSV&apos;s records of that section</source>
        <translation>SHA-256 der fehlgeschlagenen Ausführungen: die Datensätze dieses Abschnitts in der CSV-Datei</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence list: the CSV&apos;s evidence records, header included</source>
        <translation>SHA-256 der Nachweisliste: die Nachweis-Datensätze der CSV-Datei, samt Kopfzeile</translation>
    </message>
    <message>
        <source>Computing the digest</source>
        <translation>Prüfsumme wird berechnet</translation>
    </message>
    <message>
        <source>SHA-256 of the partner&apos;s logo on the cover (none set: empty)</source>
        <translation>SHA-256 des Partnerlogos auf dem Deckblatt (keines festgelegt: leer)</translation>
    </message>
    <message>
        <source>Exceptions: orders failed, rejected, expired or overdue</source>
        <translation>Ausnahmen: fehlgeschlagene, abgelehnte, abgelaufene oder überfällige Aufträge</translation>
    </message>
    <message>
        <source>No order failed, was rejected or expired in the period, and none was overdue at its end.</source>
        <translation>Im Zeitraum ist kein Auftrag fehlgeschlagen, abgelehnt worden oder abgelaufen, und zu seinem Ende war keiner überfällig.</translation>
    </message>
    <message>
        <source>Orders that failed, expired or were rejected by their appliance (a missing or bad signature, a replay) in the period, and orders issued before its end that were still not done at the end although their deadline had passed (overdue).</source>
        <translation>Aufträge, die im Zeitraum fehlgeschlagen, abgelaufen oder von ihrer Appliance abgelehnt worden sind (fehlende oder ungültige Signatur, Wiedereinspielung), sowie vor seinem Ende erteilte Aufträge, die zum Ende trotz abgelaufener Frist noch nicht erledigt waren (überfällig).</translation>
    </message>
    <message>
        <source>Orders failed, rejected or expired in the period, or overdue at its end</source>
        <translation>Im Zeitraum fehlgeschlagene, abgelehnte oder abgelaufene sowie zu seinem Ende überfällige Aufträge</translation>
    </message>
    <message>
        <source>unsigned: this workstation&apos;s keychain holds no signing key for this login</source>
        <translation>unsigniert: der Schlüsselbund dieses Arbeitsplatzes enthält keinen Signaturschlüssel für dieses Login</translation>
    </message>
    <message>
        <source>unsigned: your signing key %1 is %2, not approved</source>
        <translation>unsigniert: Ihr Signaturschlüssel %1 ist %2, nicht genehmigt</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <source>the PDF&apos;s signature line is damaged</source>
        <translation>die Signaturzeile des PDF ist beschädigt</translation>
    </message>
    <message>
        <source>the PDF has bytes after its signature line: it was changed after signing</source>
        <translation>das PDF hat Bytes nach seiner Signaturzeile: es wurde nach dem Signieren geändert</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <source>unknown rollup mode &quot;%1&quot;: use job or trigger</source>
        <translation>unbekannter Verdichtungsmodus &quot;%1&quot;: job oder trigger verwenden</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>the result has no column &quot;%1&quot; (it has: %2)</source>
        <translation>das Ergebnis hat keine Spalte &quot;%1&quot; (es hat: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>partner &quot;%1&quot; is not a partner ID (a UUID)</source>
        <translation>Partner „%1“ ist keine Partner-ID (UUID)</translation>
    </message>
    <message>
        <source>site ID &quot;%1&quot; is not valid</source>
        <translation>Standort-ID „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>the period is empty or inverted (from %1 to %2)</source>
        <translation>der Zeitraum ist leer oder umgekehrt (von %1 bis %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or time</source>
        <translation>„%1“ ist weder ein Datum noch eine Zeitangabe nach ISO 8601</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>SQL must not run on the GUI thread</source>
        <translation>SQL darf nicht im GUI-Thread laufen</translation>
    </message>
    <message>
        <source>no value for :%1</source>
        <translation>kein Wert für :%1</translation>
    </message>
    <message>
        <source>the statement has no :%1</source>
        <translation>die Anweisung hat kein :%1</translation>
    </message>
    <message>
        <source>two values for :%1</source>
        <translation>zwei Werte für :%1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>the cryptographic library could not %1</source>
        <translation>die Kryptobibliothek konnte nicht: %1</translation>
    </message>
    <message>
        <source>read a public key</source>
        <translation>öffentlichen Schlüssel lesen</translation>
    </message>
    <message>
        <source>make an Ed25519 key</source>
        <translation>Ed25519-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>the signing key in the keychain is damaged (not 32 bytes)</source>
        <translation>der Signaturschlüssel im Schlüsselbund ist beschädigt (nicht 32 Bytes)</translation>
    </message>
    <message>
        <source>load the signing key</source>
        <translation>Signaturschlüssel laden</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>signieren</translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation>Signaturschlüssel auslesen</translation>
    </message>
    <message>
        <source>%1 holds a control character (a line break or a tab) and cannot be signed</source>
        <translation>%1 enthält ein Steuerzeichen (Zeilenumbruch oder Tabulator) und kann nicht signiert werden</translation>
    </message>
    <message>
        <source>the statement does not end with a line break</source>
        <translation>die Erklärung endet nicht mit einem Zeilenumbruch</translation>
    </message>
    <message>
        <source>the statement has %1 lines, not %2</source>
        <translation>die Erklärung hat %1 Zeilen statt %2</translation>
    </message>
    <message>
        <source>the statement is a &quot;%1&quot;, not a &quot;%2&quot;</source>
        <translation>die Erklärung ist ein „%1“, kein „%2“</translation>
    </message>
    <message>
        <source>line %1 should give %2</source>
        <translation>Zeile %1 sollte %2 angeben</translation>
    </message>
    <message>
        <source>line %1 is not clean UTF-8 text</source>
        <translation>Zeile %1 ist kein sauberer UTF-8-Text</translation>
    </message>
    <message>
        <source>draw a random nonce</source>
        <translation>Zufalls-Nonce ziehen</translation>
    </message>
</context>
<context>
    <name>SqlLibrary</name>
    <message>
        <source>embedded SQL file is missing</source>
        <translation>eingebettete SQL-Datei fehlt</translation>
    </message>
    <message>
        <source>SQL includes nest too deeply</source>
        <translation>SQL-Includes sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a positional &quot;?&quot; placeholder: name every value (:name)</source>
        <translation>ein Platzhalter &quot;?&quot; nach Position: benennen Sie jeden Wert (:name)</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>malware</source>
        <translation>Schadsoftware</translation>
    </message>
    <message>
        <source>patching</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>the trust file&apos;s %1 has no &quot;%2&quot;</source>
        <translation>Vertrauensdatei, %1: „%2“ fehlt</translation>
    </message>
    <message>
        <source>the trust file&apos;s %1 has a &quot;%2&quot; that is not a time</source>
        <translation>Vertrauensdatei, %1: „%2“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>not a trust file: %1</source>
        <translation>keine Vertrauensdatei: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a trust file: its format is not %1</source>
        <translation>keine Vertrauensdatei: ihr Format ist nicht %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfdaten</translation>
    </message>
    <message>
        <source>anchor %1</source>
        <translation>Anker %1</translation>
    </message>
    <message>
        <source>the trust file&apos;s %1: key ID %2 is not the ID of its public key</source>
        <translation>Vertrauensdatei, %1: Schlüssel-ID %2 ist nicht die ID des zugehörigen öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>the trust file names no admin key</source>
        <translation>die Vertrauensdatei nennt keinen Admin-Schlüssel</translation>
    </message>
    <message>
        <source>revocation %1</source>
        <translation>Widerruf %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>cannot read the trust file %1: %2</source>
        <translation>die Vertrauensdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its chain of approvals is longer than %1 keys</source>
        <translation>seine Genehmigungskette ist länger als %1 Schlüssel</translation>
    </message>
    <message>
        <source>it names no key</source>
        <translation>kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>key %1 of %2 was revoked on %3 (%4)</source>
        <translation>Schlüssel %1 von %2 wurde am %3 widerrufen (%4)</translation>
    </message>
    <message>
        <source>a fleet admin key in the trust file (%1)</source>
        <translation>ein Admin-Schlüssel des Bestands in der Vertrauensdatei (%1)</translation>
    </message>
    <message>
        <source>admin key %1 of %2 is valid from %3 to %4, not on %5</source>
        <translation>Admin-Schlüssel %1 von %2 ist von %3 bis %4 gültig, nicht am %5</translation>
    </message>
    <message>
        <source>key %1 is unknown: neither the trust file nor the database has it</source>
        <translation>Schlüssel %1 ist unbekannt: weder die Vertrauensdatei noch die Datenbank enthält ihn</translation>
    </message>
    <message>
        <source>key %1 is not the ID of the public key stored with it</source>
        <translation>Schlüssel %1 ist nicht die ID des mit ihm gespeicherten öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>key %1 of %2 is pending: no admin approved it</source>
        <translation>Schlüssel %1 von %2 steht aus: kein Admin hat ihn genehmigt</translation>
    </message>
    <message>
        <source>the approval of key %1 is not an approval statement (%2)</source>
        <translation>die Genehmigung von Schlüssel %1 ist keine Genehmigungserklärung (%2)</translation>
    </message>
    <message>
        <source>key %1 was approved for another installation</source>
        <translation>Schlüssel %1 wurde für eine andere Installation genehmigt</translation>
    </message>
    <message>
        <source>the approval of key %1 names another key, login or role</source>
        <translation>die Genehmigung von Schlüssel %1 nennt einen anderen Schlüssel, ein anderes Login oder eine andere Rolle</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved only as the first admin key, and the trust file does not name it</source>
        <translation>Schlüssel %1 von %2 wurde nur als erster Admin-Schlüssel genehmigt, und die Vertrauensdatei nennt ihn nicht</translation>
    </message>
    <message>
        <source>the approval of key %1 has no valid times</source>
        <translation>die Genehmigung von Schlüssel %1 hat keine gültigen Zeitangaben</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by key %3, which is not trusted: %4</source>
        <translation>Schlüssel %1 von %2 wurde von Schlüssel %3 genehmigt, dem nicht vertraut wird: %4</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by %3, whose key is not an admin key</source>
        <translation>Schlüssel %1 von %2 wurde von %3 genehmigt, dessen Schlüssel kein Admin-Schlüssel ist</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by its own owner; another admin must approve it</source>
        <translation>Schlüssel %1 von %2 wurde von seinem eigenen Besitzer genehmigt; ein anderer Admin muss ihn genehmigen</translation>
    </message>
    <message>
        <source>the approval of key %1 of %2 does not verify against %3&apos;s key: it is forged or was changed</source>
        <translation>die Genehmigung von Schlüssel %1 von %2 lässt sich mit dem Schlüssel von %3 nicht verifizieren: sie ist gefälscht oder wurde geändert</translation>
    </message>
    <message>
        <source>approved by %1 (key %2) on %3, valid until %4</source>
        <translation>genehmigt von %1 (Schlüssel %2) am %3, gültig bis %4</translation>
    </message>
    <message>
        <source>key %1 of %2 was not yet approved on %3</source>
        <translation>Schlüssel %1 von %2 war am %3 noch nicht genehmigt</translation>
    </message>
    <message>
        <source>the approval of key %1 of %2 expired on %3</source>
        <translation>die Genehmigung von Schlüssel %1 von %2 ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>the order&apos;s parameters are not JSON</source>
        <translation>die Parameter des Auftrags sind kein JSON</translation>
    </message>
    <message>
        <source>unsigned, and this partner&apos;s orders must be signed</source>
        <translation>unsigniert, und die Aufträge dieses Partners müssen signiert sein</translation>
    </message>
    <message>
        <source>its signed payload is not an order statement (%1)</source>
        <translation>seine signierten Nutzdaten sind keine Auftragserklärung (%1)</translation>
    </message>
    <message>
        <source>its signed payload is not in the canonical form Healdesk signs</source>
        <translation>seine signierten Nutzdaten haben nicht die kanonische Form, die Healdesk signiert</translation>
    </message>
    <message>
        <source>no trust file to check its signer against</source>
        <translation>keine Vertrauensdatei, gegen die der Signierende geprüft werden kann</translation>
    </message>
    <message>
        <source>signed by a key the fleet does not trust: %1</source>
        <translation>signiert mit einem Schlüssel, dem der Bestand nicht vertraut: %1</translation>
    </message>
    <message>
        <source>the signature does not verify against %1&apos;s key: the signed payload was changed or signed by someone else</source>
        <translation>die Signatur lässt sich mit dem Schlüssel von %1 nicht verifizieren: die signierten Nutzdaten wurden geändert oder von jemand anderem signiert</translation>
    </message>
    <message>
        <source>its signed times are not valid times</source>
        <translation>seine signierten Zeitangaben sind ungültig</translation>
    </message>
    <message>
        <source>expired: its signed expiry was %1</source>
        <translation>abgelaufen: der signierte Ablaufzeitpunkt war %1</translation>
    </message>
    <message>
        <source>meant for appliance %1, not this one (%2)</source>
        <translation>für Appliance %1 bestimmt, nicht für diese (%2)</translation>
    </message>
    <message>
        <source>replayed: its nonce was already used by order %1</source>
        <translation>wiedereingespielt: seine Nonce wurde bereits von Auftrag %1 verwendet</translation>
    </message>
    <message>
        <source>replayed: a copy of order %1 under the new ID %2</source>
        <translation>wiedereingespielt: eine Kopie von Auftrag %1 unter der neuen ID %2</translation>
    </message>
    <message>
        <source>its appliance was changed after signing (signed for %1)</source>
        <translation>seine Appliance wurde nach dem Signieren geändert (signiert für %1)</translation>
    </message>
    <message>
        <source>its runbook was changed after signing (signed: %1)</source>
        <translation>sein Runbook wurde nach dem Signieren geändert (signiert: %1)</translation>
    </message>
    <message>
        <source>its parameters were changed after signing (signed: %1)</source>
        <translation>seine Parameter wurden nach dem Signieren geändert (signiert: %1)</translation>
    </message>
    <message>
        <source>its issue or expiry time was changed after signing</source>
        <translation>sein Erteilungs- oder Ablaufzeitpunkt wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>its nonce or key column does not match the signed payload</source>
        <translation>seine Nonce- oder Schlüsselspalte stimmt nicht mit den signierten Nutzdaten überein</translation>
    </message>
    <message>
        <source>signed by %1, whose approval does not cover this appliance&apos;s partner</source>
        <translation>signiert von %1, dessen Genehmigung den Partner dieser Appliance nicht abdeckt</translation>
    </message>
    <message>
        <source>the signature block is not a report statement (%1)</source>
        <translation>der Signaturblock ist keine Berichtserklärung (%1)</translation>
    </message>
    <message>
        <source>the signature block has no valid signing time</source>
        <translation>der Signaturblock hat keinen gültigen Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>the signature covers digest %1, but the data&apos;s digest is now %2: the report was changed after signing</source>
        <translation>die Signatur deckt die Prüfsumme %1 ab, die Prüfsumme der Daten ist aber jetzt %2: der Bericht wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>the signature covers file SHA-256 %1, but the file&apos;s is now %2: the file was changed after signing</source>
        <translation>die Signatur deckt den Datei-SHA-256 %1 ab, die Datei hat aber jetzt %2: die Datei wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>the file does not carry the signing key %1</source>
        <translation>die Datei enthält den Signaturschlüssel %1 nicht</translation>
    </message>
    <message>
        <source>the signature does not verify against the key the file carries</source>
        <translation>die Signatur lässt sich mit dem in der Datei enthaltenen Schlüssel nicht verifizieren</translation>
    </message>
    <message>
        <source>signed by a key the trust file does not reach: %1</source>
        <translation>signiert mit einem Schlüssel, den die Vertrauensdatei nicht abdeckt: %1</translation>
    </message>
    <message>
        <source>the signature does not verify against %1&apos;s key</source>
        <translation>die Signatur lässt sich mit dem Schlüssel von %1 nicht verifizieren</translation>
    </message>
    <message>
        <source>the statement names %1, but the key is %2&apos;s</source>
        <translation>die Erklärung nennt %1, der Schlüssel gehört aber %2</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by %3, whose key was revoked on %4: the approvals it made no longer count until another admin approves the key again</source>
        <translation>Schlüssel %1 von %2 wurde von %3 genehmigt, dessen Schlüssel am %4 widerrufen wurde: dessen Genehmigungen zählen nicht mehr, bis ein anderer Admin den Schlüssel erneut genehmigt</translation>
    </message>
    <message>
        <source>the approval of key %1 of %2 runs for more than three years</source>
        <translation>die Genehmigung von Schlüssel %1 von %2 gilt länger als drei Jahre</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved for partners beyond those of its approver %3</source>
        <translation>Schlüssel %1 von %2 wurde für Partner genehmigt, die über die seines Genehmigers %3 hinausgehen</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>worker %1 on %2 (pid %3) started; checking every %4 s</source>
        <translation>worker %1 auf %2 (pid %3) gestartet; prüft alle %4 s</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>lost the lead: %1</source>
        <translation>nicht mehr führend: %1</translation>
    </message>
    <message>
        <source>leading: this worker runs the jobs</source>
        <translation>führend: dieser Worker führt die Jobs aus</translation>
    </message>
    <message numerus="yes">
        <source>drain: moved %n queued telemetry change(s) into the rollups</source>
        <translation>
            <numerusform>drain: %n wartende Telemetrieänderung in die Verdichtungen übernommen</numerusform>
            <numerusform>drain: %n wartende Telemetrieänderungen in die Verdichtungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire: %n order(s) passed their time to live</source>
        <translation>
            <numerusform>expire: %n Auftrag hat seine Gültigkeitsdauer überschritten</numerusform>
            <numerusform>expire: %n Aufträge haben ihre Gültigkeitsdauer überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>release: held order %1 written for appliance %2, expires %3</source>
        <translation>release: zurückgehaltener Auftrag %1 für Appliance %2 geschrieben, verfällt am %3</translation>
    </message>
    <message>
        <source>database reachable again</source>
        <translation>die Datenbank ist wieder erreichbar</translation>
    </message>
    <message>
        <source>database</source>
        <translation>datenbank</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: %1</source>
        <translation>wird beendet: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>archive: %1&apos;s report for %2 kept (%3)</source>
        <translation>archive: Bericht von %1 für %2 archiviert (%3)</translation>
    </message>
    <message>
        <source>unsigned: %1</source>
        <translation>unsigniert: %1</translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation>signiert mit Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>sla: %n alert(s) for incidents past their SLA</source>
        <translation>
            <numerusform>sla: %n Alarm für Vorfälle mit überschrittenem SLA</numerusform>
            <numerusform>sla: %n Alarme für Vorfälle mit überschrittenem SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alerts: %n delivered alert(s) older than 90 days removed</source>
        <translation>
            <numerusform>alerts: %n zugestellter Alarm, älter als 90 Tage, entfernt</numerusform>
            <numerusform>alerts: %n zugestellte Alarme, älter als 90 Tage, entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>schedule %1: the occurrence of %2 was missed (no worker ran while it was due)</source>
        <translation>Zeitplan %1: Termin %2 wurde verpasst (kein Worker lief, als er fällig war)</translation>
    </message>
    <message numerus="yes">
        <source>schedule %1: the occurrence of %2 released as a batch of %n order(s)</source>
        <translation>
            <numerusform>Zeitplan %1: Termin %2 als Stapel aus %n Auftrag freigegeben</numerusform>
            <numerusform>Zeitplan %1: Termin %2 als Stapel aus %n Aufträgen freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>schedule %1: the occurrence of %2 released as a batch of %n order(s); refused: %3</source>
        <translation>
            <numerusform>Zeitplan %1: Termin %2 als Stapel aus %n Auftrag freigegeben; abgelehnt: %3</numerusform>
            <numerusform>Zeitplan %1: Termin %2 als Stapel aus %n Aufträgen freigegeben; abgelehnt: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>digest of %n alert(s)</source>
        <translation>
            <numerusform>Sammelmeldung mit %n Alarm</numerusform>
            <numerusform>Sammelmeldung mit %n Alarmen</numerusform>
        </translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 not sent: %4</source>
        <translation>alert: Route %1 (%2): %3 nicht gesendet: %4</translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 delivered (%4)</source>
        <translation>alert: Route %1 (%2): %3 zugestellt (%4)</translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 given up after %4 tries: %5</source>
        <translation>alert: Route %1 (%2): %3 nach %4 Versuchen aufgegeben: %5</translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 failed (%4), tried again later</source>
        <translation>alert: Route %1 (%2): %3 fehlgeschlagen (%4), wird später erneut versucht</translation>
    </message>
</context>
<context>
    <name>hd::AlertRoutesDialog</name>
    <message>
        <source>Critical incident</source>
        <translation>Kritischer Vorfall</translation>
    </message>
    <message>
        <source>Escalated to L3</source>
        <translation>An L3 eskaliert</translation>
    </message>
    <message>
        <source>Past its SLA</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>Order failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Auftrag abgelehnt</translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation>Auftrag abgelaufen</translation>
    </message>
    <message>
        <source>Report archived</source>
        <translation>Bericht archiviert</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <source>%n sent, last %1</source>
        <translation>
            <numerusform>%n gesendet, zuletzt %1</numerusform>
            <numerusform>%n gesendet, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>keine gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up</source>
        <translation>
            <numerusform>%n aufgegeben</numerusform>
            <numerusform>%n aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>Generisches JSON</translation>
    </message>
    <message>
        <source>Alert routes</source>
        <translation>Alarmrouten</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Sammelmeldung</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>e.g. Ops channel (optional)</source>
        <translation>z. B. Ops-Kanal (optional)</translation>
    </message>
    <message>
        <source>https://hooks.example.org/services/{secret}</source>
        <translation>https://hooks.example.org/services/{secret}</translation>
    </message>
    <message>
        <source>Write the secret part of the URL as {secret}: the URL is kept in the database, the secret only on the machines that send (this one&apos;s keychain, the worker&apos;s systemd credential healdesk-alert-ID).</source>
        <translation>Den geheimen Teil der URL als {secret} schreiben: Die URL wird in der Datenbank gespeichert, das Secret nur auf den sendenden Rechnern (im Schlüsselbund dieses Rechners, in der systemd-Anmeldeinformation healdesk-alert-ID des Workers).</translation>
    </message>
    <message>
        <source>each event at once</source>
        <translation>jedes Ereignis sofort</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>send them, marked as in a window</source>
        <translation>senden, als „im Fenster“ markiert</translation>
    </message>
    <message>
        <source>hold them until the window ends</source>
        <translation>bis zum Ende des Fensters zurückhalten</translation>
    </message>
    <message>
        <source>kept in this machine&apos;s keychain, never in the database</source>
        <translation>im Schlüsselbund dieses Rechners gespeichert, nie in der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>From severity:</source>
        <translation>Ab Schweregrad:</translation>
    </message>
    <message>
        <source>Digest every:</source>
        <translation>Sammelmeldung alle:</translation>
    </message>
    <message>
        <source>Incidents in a maintenance window:</source>
        <translation>Vorfälle im Wartungsfenster:</translation>
    </message>
    <message>
        <source>&amp;Add route</source>
        <translation>Route &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Neue Route</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Queue a test alert on the selected route; the worker posts it within seconds</source>
        <translation>Einen Testalarm für die ausgewählte Route einreihen; der Worker sendet ihn binnen Sekunden</translation>
    </message>
    <message>
        <source>The worker sends each alert once to every route that wants it, retrying when the destination is down; consoles send none. A route may serve one partner, one site or (admins) the whole fleet.</source>
        <translation>Der Worker sendet jeden Alarm einmal an jede Route, die ihn erhalten soll, und versucht es erneut, wenn das Ziel nicht erreichbar ist; Konsolen senden keine. Eine Route kann einen Partner, einen Standort oder (für Admins) den ganzen Bestand bedienen.</translation>
    </message>
    <message>
        <source>This console used to post alerts to %1 itself; consoles no longer send alerts. &lt;a href=&quot;use&quot;&gt;Put it in the form&lt;/a&gt; to add it as a route the worker serves.</source>
        <translation>Diese Konsole hat Alarme früher selbst an %1 gesendet; Konsolen senden keine Alarme mehr. &lt;a href=&quot;use&quot;&gt;Ins Formular übernehmen&lt;/a&gt;, um die Adresse als Route hinzuzufügen, die der Worker bedient.</translation>
    </message>
    <message>
        <source>The whole fleet (admins)</source>
        <translation>Der ganze Bestand (Admins)</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>Site %1 (%2)</source>
        <translation>Standort %1 (%2)</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>alle %n h</numerusform>
            <numerusform>alle %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>No routes yet: alerts are kept for none. Add one below.</source>
        <translation>Noch keine Routen: Es werden keine Alarme vorgehalten. Unten eine hinzufügen.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet %1</translation>
    </message>
    <message>
        <source>given up: %1</source>
        <translation>aufgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying after %n failed tries: %1</source>
        <translation>
            <numerusform>neuer Versuch nach %n Fehlversuch: %1</numerusform>
            <numerusform>neuer Versuch nach %n Fehlversuchen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the worker</source>
        <translation>wartet auf den Worker</translation>
    </message>
    <message>
        <source>Added route %1. The worker sends its alerts from now on; Send test checks the way.</source>
        <translation>Route %1 hinzugefügt. Der Worker sendet ihre Alarme ab jetzt; „Test senden“ prüft den Weg.</translation>
    </message>
    <message>
        <source>Select the routes to remove.</source>
        <translation>Die zu entfernenden Routen auswählen.</translation>
    </message>
    <message>
        <source>Remove alert routes</source>
        <translation>Alarmrouten entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n route(s)? Their alerts not yet sent are dropped.</source>
        <translation>
            <numerusform>%n Route entfernen? Ihre noch nicht gesendeten Alarme werden verworfen.</numerusform>
            <numerusform>%n Routen entfernen? Ihre noch nicht gesendeten Alarme werden verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n route(s).</source>
        <translation>
            <numerusform>%n Route entfernt.</numerusform>
            <numerusform>%n Routen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the route to test.</source>
        <translation>Die zu testende Route auswählen.</translation>
    </message>
    <message>
        <source>Test alert queued on route %1; it shows as sent below when the worker has posted it.</source>
        <translation>Testalarm für Route %1 eingereiht; er erscheint unten als gesendet, sobald der Worker ihn gesendet hat.</translation>
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
    <name>hd::ArchivePanel</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Write the selected report to a file exactly as it was archived</source>
        <translation>Den ausgewählten Bericht genau so in eine Datei schreiben, wie er archiviert wurde</translation>
    </message>
    <message>
        <source>Check the selected report&apos;s digest and signature against the fleet&apos;s admin keys</source>
        <translation>Prüfsumme und Signatur des ausgewählten Berichts gegen die Admin-Schlüssel des Bestands prüfen</translation>
    </message>
    <message>
        <source>Reports the worker made after each month for the report schedules (healdesk export schedule add), kept six years.</source>
        <translation>Berichte, die der Worker nach jedem Monat für die Berichtszeitpläne (healdesk export schedule add) erstellt hat, sechs Jahre lang aufbewahrt.</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>Nothing archived yet: a report schedule and a running worker fill this list.</source>
        <translation>Noch nichts archiviert: Ein Berichtszeitplan und ein laufender Worker füllen diese Liste.</translation>
    </message>
    <message>
        <source>Select one archived report.</source>
        <translation>Einen archivierten Bericht auswählen.</translation>
    </message>
    <message>
        <source>Save the archived report</source>
        <translation>Archivierten Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>✘ Changed: its data no longer gives the digest it records.</source>
        <translation>✘ Geändert: Die Daten ergeben nicht mehr die im Bericht erfasste Prüfsumme.</translation>
    </message>
    <message>
        <source>✔ Report %1 holds: signed by %2 on %3, %4.</source>
        <translation>✔ Bericht %1 ist intakt: signiert von %2 am %3, %4.</translation>
    </message>
    <message>
        <source>The data matches its digest, but the report is unsigned: nothing proves who made it.</source>
        <translation>Die Daten stimmen mit ihrer Prüfsumme überein, aber der Bericht ist unsigniert: Nichts belegt, wer ihn erstellt hat.</translation>
    </message>
    <message>
        <source>✘ The signature does not hold: %1</source>
        <translation>✘ Die Signatur ist nicht gültig: %1</translation>
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
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check every signed row&apos;s signature</source>
        <translation>Den Hash jeder Zeile neu berechnen und die Signatur jeder signierten Zeile prüfen</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Die Kette des Prüfprotokolls wird geprüft …</translation>
    </message>
    <message>
        <source>Head SHA-256 %1: note it down; healdesk audit verify --head checks it is still there</source>
        <translation>Kopf-SHA-256 %1: notieren; healdesk audit verify --head prüft, ob er noch vorhanden ist</translation>
    </message>
    <message>
        <source>✘ The audit chain is broken at row %1: %2</source>
        <translation>✘ Die Kette des Prüfprotokolls ist bei Zeile %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>Die Kette des Prüfprotokolls konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>✔ The audit chain holds: %1 rows linked by their hashes, %2 of them carrying their actor&apos;s signature, checked against the database&apos;s keys (healdesk audit verify --trust checks them against the fleet&apos;s trust file); %3 from before the chain began.</source>
        <translation>✔ Die Prüfkette ist intakt: %1 Zeilen über ihre Hashes verknüpft, %2 davon mit der Signatur ihres Urhebers, geprüft gegen die Schlüssel der Datenbank (healdesk audit verify --trust prüft sie gegen die Vertrauensdatei des Bestands); %3 aus der Zeit vor Beginn der Kette.</translation>
    </message>
    <message>
        <source>Copy details as &amp;JSON</source>
        <translation>Details als &amp;JSON kopieren</translation>
    </message>
</context>
<context>
    <name>hd::BatchModel</name>
    <message>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 von %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 expired, %4 pending, %5 cancelled</source>
        <translation>%1 abgeschlossen, %2 fehlgeschlagen, %3 abgelaufen, %4 ausstehend, %5 storniert</translation>
    </message>
</context>
<context>
    <name>hd::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Als &amp;Profil speichern…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to a database — Healdesk</source>
        <translation>Mit einer Datenbank verbinden — Healdesk</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>the clinic database, e.g. healdesk</source>
        <translation>die Datenbank der Praxis, z. B. healdesk</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>Ihr Datenbank-Login</translation>
    </message>
    <message>
        <source>empty when the server needs none</source>
        <translation>leer, wenn der Server keines verlangt</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the certificate and the host name (recommended)</source>
        <translation>verify-full: verschlüsseln, Zertifikat und Hostnamen prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate</source>
        <translation>verify-ca: verschlüsseln und das Zertifikat prüfen</translation>
    </message>
    <message>
        <source>require: encrypt, check nothing</source>
        <translation>require: verschlüsseln, nichts prüfen</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can (libpq&apos;s default)</source>
        <translation>prefer: verschlüsseln, wenn der Server es kann (Standard von libpq)</translation>
    </message>
    <message>
        <source>disable: never encrypt (a local socket)</source>
        <translation>disable: nie verschlüsseln (ein lokaler Socket)</translation>
    </message>
    <message>
        <source>the CA certificate the server&apos;s is signed by (verify modes)</source>
        <translation>das CA-Zertifikat, mit dem das des Servers signiert ist (verify-Modi)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>optional: a read-only standby, postgresql://replica.example.org:5432</source>
        <translation>optional: ein schreibgeschützter Standby, postgresql://replica.example.org:5432</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Stammzertifikat:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Date&amp;nbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Standby:</source>
        <translation>Stand&amp;by:</translation>
    </message>
    <message>
        <source>Where is the clinic database? Your administrator can tell you its address, your login and how the server proves who it is.</source>
        <translation>Wo ist die Datenbank der Praxis? Ihre Administration nennt Ihnen die Adresse, Ihr Login und wie der Server sich ausweist.</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>A name for this connection (letters, digits, . _ -):</source>
        <translation>Ein Name für diese Verbindung (Buchstaben, Ziffern, . _ -):</translation>
    </message>
    <message>
        <source>Saved as profile %1: File ▸ Recent profiles and healdesk --profile %1 open it.</source>
        <translation>Als Profil %1 gespeichert: Datei ▸ Zuletzt verwendete Profile und healdesk --profile %1 öffnen es.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>the port is a number from 1 to 65535</source>
        <translation>der Port ist eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>Connected as %1, without TLS.</source>
        <translation>Verbunden als %1, ohne TLS.</translation>
    </message>
    <message>
        <source>Connected as %1, TLS %2.</source>
        <translation>Verbunden als %1, TLS %2.</translation>
    </message>
    <message>
        <source>Try the d&amp;emo</source>
        <translation>D&amp;emo ausprobieren</translation>
    </message>
    <message>
        <source>TLS m&amp;ode:</source>
        <translation>TLS-M&amp;odus:</translation>
    </message>
    <message>
        <source>as the environment says (PGSSLMODE; else prefer)</source>
        <translation>wie die Umgebung vorgibt (PGSSLMODE; sonst prefer)</translation>
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
    <message>
        <source>&amp;Maintenance windows…</source>
        <translation>&amp;Wartungsfenster …</translation>
    </message>
    <message>
        <source> — appliances: &lt;span style=&apos;color:#2e7d32&apos;&gt;%1 online&lt;/span&gt;, &lt;span style=&apos;color:#b25a00&apos;&gt;%2 stale&lt;/span&gt;, &lt;span style=&apos;color:#c62828&apos;&gt;%3 offline&lt;/span&gt; — %4 incidents open now (whatever the period)</source>
        <translation> — Appliances: &lt;span style=&apos;color:#2e7d32&apos;&gt;%1 online&lt;/span&gt;, &lt;span style=&apos;color:#b25a00&apos;&gt;%2 überfällig&lt;/span&gt;, &lt;span style=&apos;color:#c62828&apos;&gt;%3 offline&lt;/span&gt; — %4 Vorfälle jetzt offen (unabhängig vom Zeitraum)</translation>
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
    <message>
        <source>Si&amp;gning keys</source>
        <translation>Si&amp;gnaturschlüssel</translation>
    </message>
    <message>
        <source> Data health looks at all of the data, whatever the period.</source>
        <translation> Der Datenzustand betrachtet alle Daten, unabhängig vom Zeitraum.</translation>
    </message>
</context>
<context>
    <name>hd::IncidentDesk</name>
    <message>
        <source>&amp;Acknowledge (take it)</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>A&amp;ssign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>Be&amp;heben…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Some selected rows are still loading; nothing was changed. Try again in a moment.</source>
        <translation>Einige ausgewählte Zeilen werden noch geladen; nichts wurde geändert. Gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Select one or more incidents first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Vorfälle aus.</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n incident(s) (kept with each, and in the audit log):</source>
        <translation>
            <numerusform>Notiz zu %n Vorfall (bei jedem und im Prüfprotokoll gespeichert):</numerusform>
            <numerusform>Notiz zu %n Vorfällen (bei jedem und im Prüfprotokoll gespeichert):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was done to resolve %n incident(s)? (kept with each, and in the audit log)</source>
        <translation>
            <numerusform>Was wurde getan, um %n Vorfall zu beheben? (bei jedem und im Prüfprotokoll gespeichert)</numerusform>
            <numerusform>Was wurde getan, um %n Vorfälle zu beheben? (bei jedem und im Prüfprotokoll gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login to give %n incident(s) to:</source>
        <translation>
            <numerusform>Der Login, der %n Vorfall erhält:</numerusform>
            <numerusform>Der Login, der %n Vorfälle erhält:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign incidents</source>
        <translation>Vorfälle zuweisen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Resolve incidents</source>
        <translation>Vorfälle beheben</translation>
    </message>
    <message>
        <source>That action was applied before; nothing was done again.</source>
        <translation>Diese Aktion wurde schon angewandt; nichts wurde erneut getan.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s).</source>
        <translation>
            <numerusform>%1: %n Vorfall.</numerusform>
            <numerusform>%1: %n Vorfälle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Run a run&amp;book for it…</source>
        <translation>&amp;Runbook dafür ausführen…</translation>
    </message>
    <message>
        <source>Select one incident to run a runbook for it.</source>
        <translation>Wählen Sie genau einen Vorfall, um ein Runbook dafür auszuführen.</translation>
    </message>
    <message>
        <source>Order %1 ran %2 and completed.</source>
        <translation>Auftrag %1 hat %2 ausgeführt und ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Resolved after its order completed.</source>
        <translation>Behoben, nachdem sein Auftrag abgeschlossen war.</translation>
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
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>%1 · in window</source>
        <translation>%1 · im Fenster</translation>
    </message>
    <message>
        <source>Reported while its site was in a maintenance window: expected work, and alerts say so</source>
        <translation>Gemeldet, während sein Standort in einem Wartungsfenster war: erwartete Arbeiten; Alarme weisen darauf hin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
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
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No incident matches the filter.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Kein Vorfall entspricht dem Filter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody&lt;/i&gt;</source>
        <translation>&lt;i&gt;niemand&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;background:#e8f5e9;padding:4px&apos;&gt;Order %1 (%2) completed. &lt;a href=&apos;%3&apos;&gt;Resolve the incident&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background:#e8f5e9;padding:4px&apos;&gt;Auftrag %1 (%2) abgeschlossen. &lt;a href=&apos;%3&apos;&gt;Vorfall beheben&lt;/a&gt;&lt;/p&gt;</translation>
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
    <message>
        <source>The connection broke while the order was being written, so it is not confirmed. Press Issue again once the console is back online: the same order ID is sent, so it can never be written twice.</source>
        <translation>Die Verbindung brach ab, während der Auftrag geschrieben wurde; er ist daher nicht bestätigt. Klicken Sie erneut auf „Auftrag erteilen“, sobald die Konsole wieder online ist: Es wird dieselbe Auftrags-ID gesendet, sodass er nie doppelt geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Refused, nothing was ordered: %1</source>
        <translation>Abgelehnt, es wurde nichts beauftragt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n signed order(s)…</source>
        <translation>
            <numerusform>%n signierter Auftrag wird erteilt …</numerusform>
            <numerusform>%n signierte Aufträge werden erteilt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n unsigned order(s)…</source>
        <translation>
            <numerusform>%n unsignierter Auftrag wird erteilt …</numerusform>
            <numerusform>%n unsignierte Aufträge werden erteilt …</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hold until</source>
        <translation>&amp;Zurückhalten bis</translation>
    </message>
    <message>
        <source>Keep the order back until then; the worker sends it at that time</source>
        <translation>Den Auftrag bis dahin zurückhalten; der Worker sendet ihn zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>no maintenance window ahead; it waits until one is added</source>
        <translation>kein bevorstehendes Wartungsfenster; der Auftrag wartet, bis eines hinzugefügt wird</translation>
    </message>
    <message>
        <source>Held until the site&apos;s maintenance window, not sent now:
</source>
        <translation>Bis zum Wartungsfenster des Standorts zurückgehalten, nicht sofort gesendet:
</translation>
    </message>
    <message>
        <source>&lt;b&gt;For incident:&lt;/b&gt; %1 on %2&lt;br&gt;&lt;b&gt;Suggested:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Für den Vorfall:&lt;/b&gt; %1 auf %2&lt;br&gt;&lt;b&gt;Vorschlag:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Incident %1 (%2)</source>
        <translation>Vorfall %1 (%2)</translation>
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
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; reads: standby</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; Lesen: Standby</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b25a00&apos;&gt;●&lt;/span&gt; reads: primary (standby not used)</source>
        <translation>&lt;span style=&apos;color:#b25a00&apos;&gt;●&lt;/span&gt; Lesen: Primärserver (Standby nicht genutzt)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>&amp;Signaturschlüssel …</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>No signing key on this workstation for %1: orders for partners that require signatures are refused, reports are marked unsigned (Settings ▸ Signing key)</source>
        <translation>Kein Signaturschlüssel für %1 auf diesem Arbeitsplatz: Aufträge für Partner, die Signaturen verlangen, werden abgelehnt, Berichte werden als unsigniert gekennzeichnet (Einstellungen ▸ Signaturschlüssel)</translation>
    </message>
    <message>
        <source>signing as %1</source>
        <translation>signiert als %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Signing key %1 (%2)</source>
        <translation>Signaturschlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>nicht in der Datenbank</translation>
    </message>
    <message>
        <source>worker: running on %1</source>
        <translation>Worker: läuft auf %1</translation>
    </message>
    <message numerus="yes">
        <source>healdesk worker releases held orders, expires orders and drains the rollups (pid %1, %n other(s) waiting to take over)</source>
        <translation>
            <numerusform>healdesk worker gibt zurückgehaltene Aufträge frei, lässt Aufträge verfallen und übernimmt wartende Änderungen in die Verdichtungen (PID %1, %n weiterer bereit zur Übernahme)</numerusform>
            <numerusform>healdesk worker gibt zurückgehaltene Aufträge frei, lässt Aufträge verfallen und übernimmt wartende Änderungen in die Verdichtungen (PID %1, %n weitere bereit zur Übernahme)</numerusform>
        </translation>
    </message>
    <message>
        <source>no worker: orders, schedules and reports wait</source>
        <translation>kein Worker: Aufträge, Zeitpläne und Berichte warten</translation>
    </message>
    <message>
        <source>No healdesk worker is running: orders held for a maintenance window are not released. This console drains the rollups meanwhile. Start the service (systemctl enable --now healdesk-worker) or run healdesk worker.</source>
        <translation>Es läuft kein healdesk worker: Für ein Wartungsfenster zurückgehaltene Aufträge werden nicht freigegeben. Diese Konsole übernimmt bis dahin wartende Änderungen in die Verdichtungen. Starten Sie den Dienst (systemctl enable --now healdesk-worker) oder führen Sie healdesk worker aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) held until a maintenance window</source>
        <translation>
            <numerusform>%n Auftrag bis zu einem Wartungsfenster zurückgehalten</numerusform>
            <numerusform>%n Aufträge bis zu einem Wartungsfenster zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first opens %1)</source>
        <translation> (das erste Fenster öffnet %1)</translation>
    </message>
    <message>
        <source>Recurring &amp;orders…</source>
        <translation>&amp;Wiederkehrende Aufträge …</translation>
    </message>
    <message>
        <source>Runbooks the worker runs on a schedule: in each maintenance window, daily or monthly</source>
        <translation>Runbooks, die der Worker nach Zeitplan ausführt: in jedem Wartungsfenster, täglich oder monatlich</translation>
    </message>
    <message>
        <source>Alert &amp;routes…</source>
        <translation>Alarm&amp;routen …</translation>
    </message>
    <message>
        <source>Where the worker sends alerts: webhooks, Slack, Teams, PagerDuty</source>
        <translation>Wohin der Worker Alarme sendet: Webhooks, Slack, Teams, PagerDuty</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>%1 — Healdesk</source>
        <translation>%1 — Healdesk</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>Mit einer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Recent profiles</source>
        <translation>&amp;Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>(none saved: File ▸ Connect ▸ Save as profile)</source>
        <translation>(keine gespeichert: Datei ▸ Verbinden ▸ Als Profil speichern)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (the incident&apos;s appliance)</source>
        <translation>%1 (die Appliance des Vorfalls)</translation>
    </message>
    <message>
        <source>Order %1 issued for the incident: its timeline follows it, and offers to resolve it once it completes</source>
        <translation>Auftrag %1 für den Vorfall erteilt: sein Verlauf zeigt ihn und bietet das Beheben an, sobald er abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>hd::MaintenanceDialog</name>
    <message>
        <source>Maintenance windows of %1</source>
        <translation>Wartungsfenster von %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>When (clinic time)</source>
        <translation>Wann (Ortszeit der Klinik)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>Why (required; recorded in the audit log)</source>
        <translation>Warum (Pflichtfeld; wird im Prüfprotokoll erfasst)</translation>
    </message>
    <message>
        <source>Add &amp;weekly</source>
        <translation>&amp;Wöchentlich hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;one-off</source>
        <translation>&amp;Einmalig hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Every week:</source>
        <translation>Jede Woche:</translation>
    </message>
    <message>
        <source>Once:</source>
        <translation>Einmalig:</translation>
    </message>
    <message>
        <source>Windows are in the clinic&apos;s time zone, &lt;b&gt;%1&lt;/b&gt;. Disruptive runbooks issued outside every window are held until the next one opens; a site without windows runs them at once.</source>
        <translation>Die Fenster gelten in der Zeitzone der Klinik, &lt;b&gt;%1&lt;/b&gt;. Störende Runbooks, die außerhalb aller Fenster erteilt werden, werden zurückgehalten, bis das nächste Fenster öffnet; ein Standort ohne Fenster führt sie sofort aus.</translation>
    </message>
    <message>
        <source>every %1, %2–%3</source>
        <translation>jeden %1, %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2 clinic time</source>
        <translation>%1 bis %2 Ortszeit der Klinik</translation>
    </message>
    <message>
        <source>No window opens in the next eight days.</source>
        <translation>In den nächsten acht Tagen öffnet kein Fenster.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächstes Fenster: %1</translation>
    </message>
    <message>
        <source>Added window %1.</source>
        <translation>Wartungsfenster %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the windows to remove.</source>
        <translation>Die zu entfernenden Fenster auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n window(s).</source>
        <translation>
            <numerusform>%n Fenster entfernt.</numerusform>
            <numerusform>%n Fenster entfernt.</numerusform>
        </translation>
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
    <message>
        <source>— choose a runbook —</source>
        <translation>— Runbook wählen —</translation>
    </message>
    <message>
        <source>Suggested %1: %2 is its ID in another case or spacing.</source>
        <translation>Vorschlag %1: %2 ist seine ID in anderer Schreibweise.</translation>
    </message>
    <message>
        <source>Suggested %1: %2 is %3, which maps to it, in another case or spacing.</source>
        <translation>Vorschlag %1: %2 ist %3 in anderer Schreibweise, und das ist ihm zugeordnet.</translation>
    </message>
    <message>
        <source>Looking for a runbook for %1 by its incident type…</source>
        <translation>Suche ein Runbook für %1 über seinen Vorfalltyp…</translation>
    </message>
    <message>
        <source>No runbook to suggest for %1: it has no incident type. Choose one.</source>
        <translation>Kein Runbook für %1 vorzuschlagen: es hat keinen Vorfalltyp. Wählen Sie eines.</translation>
    </message>
    <message>
        <source>No runbook to suggest for %1: nothing maps or runs for its incident type %2. Choose one.</source>
        <translation>Kein Runbook für %1 vorzuschlagen: für seinen Vorfalltyp %2 ist nichts zugeordnet oder gelaufen. Wählen Sie eines.</translation>
    </message>
    <message>
        <source>%1 is the L1 rule for %2</source>
        <translation>%1 ist die L1-Regel für %2</translation>
    </message>
    <message>
        <source>%1 runs for %2</source>
        <translation>%1 läuft für %2</translation>
    </message>
    <message>
        <source>Suggested %1: %2, and %3, another L1 rule for %4, resolves to it. Check before mapping.</source>
        <translation>Vorschlag %1: %2, und %3, eine andere L1-Regel für %4, führt darauf. Vor dem Zuordnen prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1: %2, and %n execution(s) for %3 ran %1 under its own ID. Check before mapping.</source>
        <translation>
            <numerusform>Vorschlag %1: %2, und %n Ausführung für %3 lief %1 unter dessen eigener ID. Vor dem Zuordnen prüfen.</numerusform>
            <numerusform>Vorschlag %1: %2, und %n Ausführungen für %3 liefen %1 unter dessen eigener ID. Vor dem Zuordnen prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::OrderDetailDialog</name>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;on %2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;auf %2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source> &lt;span style=&apos;color:gray&apos;&gt;(unsigned)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:gray&apos;&gt;(unsigniert)&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:gray&apos;&gt;(signed by %1)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:gray&apos;&gt;(signiert von %1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>&lt;i&gt;none: issued to one appliance&lt;/i&gt;</source>
        <translation>&lt;i&gt;keiner: an eine Appliance erteilt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>&lt;i&gt;none: not run from an incident&lt;/i&gt;</source>
        <translation>&lt;i&gt;keiner: nicht aus einem Vorfall gestartet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Parameters&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Parameter&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>erteilt von %1</translation>
    </message>
    <message>
        <source>acknowledged by the appliance</source>
        <translation>von der Appliance bestätigt</translation>
    </message>
    <message>
        <source>executed %1: %2</source>
        <translation>%1 ausgeführt: %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>expires if no appliance has acknowledged it by then</source>
        <translation>läuft ab, wenn keine Appliance ihn bis dahin bestätigt hat</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Timeline&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verlauf&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Result&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ergebnis&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Executions (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ausführungen (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No execution recorded for this order yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Für diesen Auftrag ist noch keine Ausführung erfasst.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wird geladen …&lt;/p&gt;</translation>
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
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>Key %1: an appliance holding the trust file checks this signature before running it</source>
        <translation>Schlüssel %1: Eine Appliance mit der Vertrauensdatei prüft diese Signatur, bevor sie den Auftrag ausführt</translation>
    </message>
    <message>
        <source>No maintenance window ahead: add one to the site, or cancel the order</source>
        <translation>Kein bevorstehendes Wartungsfenster: dem Standort eines hinzufügen oder den Auftrag stornieren</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Batch %1: the orders of one issue to several appliances</source>
        <translation>Stapel %1: die Aufträge einer Erteilung an mehrere Appliances</translation>
    </message>
</context>
<context>
    <name>hd::OrderSchedulesDialog</name>
    <message>
        <source>%1 clinic time</source>
        <translation>%1 Ortszeit der Klinik</translation>
    </message>
    <message>
        <source>%1 clinic time (%2 yours)</source>
        <translation>%1 Ortszeit der Klinik (%2 bei Ihnen)</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>The runbook may be &amp;disruptive: run it unattended</source>
        <translation>Das Runbook kann s&amp;tören: unbeaufsichtigt ausführen</translation>
    </message>
    <message>
        <source>Recurring orders</source>
        <translation>Wiederkehrende Aufträge</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation>Letzter Stapel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>at the start of each maintenance window</source>
        <translation>zu Beginn jedes Wartungsfensters</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every month on day</source>
        <translation>monatlich am Tag</translation>
    </message>
    <message>
        <source>Past a short month&apos;s end, its last day</source>
        <translation>Fehlt der Tag in einem kürzeren Monat, gilt dessen letzter Tag</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>clinic time</source>
        <translation>Ortszeit der Klinik</translation>
    </message>
    <message>
        <source>Why (required): every order of every batch carries it</source>
        <translation>Warum (Pflichtfeld): Jeder Auftrag jedes Stapels enthält diese Angabe</translation>
    </message>
    <message>
        <source>The runbook&apos;s parameters, a JSON object</source>
        <translation>Die Parameter des Runbooks als JSON-Objekt</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation>&amp;Runbook:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
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
        <source>&amp;Add schedule</source>
        <translation>Zeitplan &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New recurring order (every appliance the site has at each occurrence)</source>
        <translation>Neuer wiederkehrender Auftrag (alle Appliances, die der Standort zum jeweiligen Termin hat)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>The worker releases each occurrence as a batch: one order per appliance, signed with its service key, naming the schedule and who made it. A disruptive runbook outside the site&apos;s windows is held until one opens. Occurrences no worker released within the hour (a window&apos;s: while it is open) are recorded as missed, not run late.</source>
        <translation>Der Worker gibt jeden Termin als Stapel frei: ein Auftrag pro Appliance, signiert mit seinem Dienstschlüssel, mit Angabe des Zeitplans und seines Erstellers. Ein störendes Runbook außerhalb der Fenster des Standorts wird zurückgehalten, bis eines öffnet. Termine, die kein Worker binnen einer Stunde freigegeben hat (bei einem Fenster: solange es offen ist), werden als versäumt erfasst und nicht verspätet ausgeführt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>paused since %1</source>
        <translation>angehalten seit %1</translation>
    </message>
    <message>
        <source>no window ahead</source>
        <translation>kein bevorstehendes Fenster</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n order(s))</source>
        <translation>
            <numerusform>%1, %2 (%n Auftrag)</numerusform>
            <numerusform>%1, %2 (%n Aufträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>all, as the site has them</source>
        <translation>alle, wie am Standort vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n angegeben</numerusform>
            <numerusform>%n angegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>No recurring orders yet. Add one below, or with healdesk order schedule add.</source>
        <translation>Noch keine wiederkehrenden Aufträge. Unten einen hinzufügen oder mit healdesk order schedule add.</translation>
    </message>
    <message>
        <source>Added schedule %1; the worker releases its occurrences.</source>
        <translation>Zeitplan %1 hinzugefügt; der Worker gibt seine Termine frei.</translation>
    </message>
    <message>
        <source>Select the schedules first.</source>
        <translation>Zuerst die Zeitpläne auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n schedule(s).</source>
        <translation>
            <numerusform>%n Zeitplan angehalten.</numerusform>
            <numerusform>%n Zeitpläne angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n schedule(s) from now on.</source>
        <translation>
            <numerusform>%n Zeitplan ab jetzt fortgesetzt.</numerusform>
            <numerusform>%n Zeitpläne ab jetzt fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove recurring orders</source>
        <translation>Wiederkehrende Aufträge entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n schedule(s)? Their batches stay on record; orders already written are not cancelled.</source>
        <translation>
            <numerusform>%n Zeitplan entfernen? Seine Stapel bleiben erfasst; bereits geschriebene Aufträge werden nicht storniert.</numerusform>
            <numerusform>%n Zeitpläne entfernen? Ihre Stapel bleiben erfasst; bereits geschriebene Aufträge werden nicht storniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n schedule(s).</source>
        <translation>
            <numerusform>%n Zeitplan entfernt.</numerusform>
            <numerusform>%n Zeitpläne entfernt.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Group by batch</source>
        <translation>Nach Stapel &amp;gruppieren</translation>
    </message>
    <message>
        <source>Re&amp;try failed and expired</source>
        <translation>Fehlgeschlagene und abgelaufene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Cancel the re&amp;st…</source>
        <translation>Übrige s&amp;tornieren …</translation>
    </message>
    <message>
        <source>One row per issue to several appliances, with the progress of its targets</source>
        <translation>Eine Zeile je Erteilung an mehrere Appliances, mit dem Fortschritt ihrer Ziele</translation>
    </message>
    <message>
        <source>New orders to exactly the targets whose latest order failed or expired, in the same batch</source>
        <translation>Neue Aufträge an genau die Ziele, deren letzter Auftrag fehlschlug oder ablief, im selben Stapel</translation>
    </message>
    <message>
        <source>Cancel the batch&apos;s orders that have not started</source>
        <translation>Die noch nicht begonnenen Aufträge des Stapels stornieren</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n batch(es)&lt;/b&gt; of orders to several appliances</source>
        <translation>
            <numerusform>&lt;b&gt;%n Stapel&lt;/b&gt; von Aufträgen an mehrere Appliances</numerusform>
            <numerusform>&lt;b&gt;%n Stapel&lt;/b&gt; von Aufträgen an mehrere Appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) issued again to the failed and expired targets.</source>
        <translation>
            <numerusform>%n Auftrag erneut an die fehlgeschlagenen und abgelaufenen Ziele erteilt.</numerusform>
            <numerusform>%n Aufträge erneut an die fehlgeschlagenen und abgelaufenen Ziele erteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the batch cancelled.</source>
        <translation>
            <numerusform>%n Auftrag des Stapels storniert.</numerusform>
            <numerusform>%n Aufträge des Stapels storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disruptive runbook</source>
        <translation>Störendes Runbook</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disruptive: it may restart services or interrupt work.

Run it again on %n appliance(s)?</source>
        <translation>
            <numerusform>%1 ist störend: es kann Dienste neu starten oder die Arbeit unterbrechen.

Erneut auf %n Appliance ausführen?</numerusform>
            <numerusform>%1 ist störend: es kann Dienste neu starten oder die Arbeit unterbrechen.

Erneut auf %n Appliances ausführen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::ParameterForm</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>matching %1</source>
        <translation>passend zu %1</translation>
    </message>
    <message>
        <source>This runbook takes no parameters.</source>
        <translation>Dieses Runbook nimmt keine Parameter.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
</context>
<context>
    <name>hd::QueueModel</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
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
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
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
        <source>past SLA</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>last run failed</source>
        <translation>letzter Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>hd::QueuePage</name>
    <message>
        <source>All that need a person</source>
        <translation>Alle, die einen Menschen brauchen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SLA &amp;hours…</source>
        <translation>SLA-&amp;Stunden…</translation>
    </message>
    <message>
        <source>How long an open incident of each severity may wait, for the fleet and per partner</source>
        <translation>Wie lange ein offener Vorfall je Schweregrad warten darf, für die Flotte und je Partner</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an incident to see its timeline.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie einen Vorfall, um seinen Verlauf zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Nothing waits for a person here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Hier wartet nichts auf einen Menschen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need a person, %1 past their SLA</source>
        <translation>
            <numerusform>%n Vorfall braucht einen Menschen, %1 über dem SLA</numerusform>
            <numerusform>%n Vorfälle brauchen einen Menschen, %1 über dem SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need a person</source>
        <translation>
            <numerusform>%n Vorfall braucht einen Menschen</numerusform>
            <numerusform>%n Vorfälle brauchen einen Menschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Anzeigen:</translation>
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
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A control&apos;s latest evidence older than this before the period end is stale: it counts neither as passing nor as failing</source>
        <translation>Der letzte Nachweis einer Kontrolle, der so weit vor dem Ende des Zeitraums liegt, ist veraltet: er zählt weder als erfüllt noch als nicht erfüllt</translation>
    </message>
    <message>
        <source>Evidence &amp;stale after:</source>
        <translation>Nachweis &amp;veraltet nach:</translation>
    </message>
    <message>
        <source>%1 The report is %2.</source>
        <translation>%1 Der Bericht ist %2.</translation>
    </message>
    <message>
        <source>New &amp;report</source>
        <translation>Neuer Be&amp;richt</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Ar&amp;chiv</translation>
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
    <name>hd::RunbookParametersDialog</name>
    <message>
        <source>Parameters of %1</source>
        <translation>Parameter von %1</translation>
    </message>
    <message>
        <source>What %1&apos;s parameters may be, as JSON Schema: per field type (string, integer, number, boolean), enum, minimum, maximum, pattern, default, description; at the top properties and required. Orders, recurring orders and the order dialog&apos;s form refuse anything else. Empty: any JSON object.</source>
        <translation>Was die Parameter von %1 sein dürfen, als JSON Schema: je Feld type (string, integer, number, boolean), enum, minimum, maximum, pattern, default, description; oben properties und required. Aufträge, wiederkehrende Aufträge und das Formular des Auftragsdialogs lehnen alles andere ab. Leer: jedes JSON-Objekt.</translation>
    </message>
    <message>
        <source>Parameter schema</source>
        <translation>Parameterschema</translation>
    </message>
    <message>
        <source>No schema: orders take any JSON object.</source>
        <translation>Kein Schema: Aufträge nehmen jedes JSON-Objekt.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Änderung.</translation>
    </message>
    <message>
        <source>Schema removed: orders for %1 take any JSON object.</source>
        <translation>Schema entfernt: Aufträge für %1 nehmen jedes JSON-Objekt.</translation>
    </message>
    <message>
        <source>Saved: orders for %1 now take only these parameters.</source>
        <translation>Gespeichert: Aufträge für %1 nehmen nun nur diese Parameter.</translation>
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
    <message>
        <source>&amp;Parameters…</source>
        <translation>&amp;Parameter…</translation>
    </message>
    <message>
        <source>What the selected runbook&apos;s parameters may be: orders and the order dialog&apos;s form follow it</source>
        <translation>Was die Parameter des gewählten Runbooks sein dürfen: Aufträge und das Formular des Auftragsdialogs folgen dem</translation>
    </message>
    <message>
        <source>Select one runbook to see its parameters.</source>
        <translation>Ein Runbook auswählen, um seine Parameter zu sehen.</translation>
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
    <message>
        <source>Period: %1. </source>
        <translation>Zeitraum: %1. </translation>
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
    <name>hd::SigningKeyDialog</name>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Healdesk signs every order you issue, every report you export and every change you make with your own Ed25519 key, so appliances and auditors can tell it was you and that nothing changed since. The private key is made here and kept in this workstation&apos;s keychain only; the database holds the public key, which another admin approves before appliances trust it.</source>
        <translation>Healdesk signiert jeden Auftrag, den Sie erteilen, jeden Bericht, den Sie exportieren, und jede Änderung, die Sie vornehmen, mit Ihrem eigenen Ed25519-Schlüssel, damit Appliances und Prüfer erkennen können, dass Sie es waren und sich seitdem nichts geändert hat. Der private Schlüssel wird hier erzeugt und nur im Schlüsselbund dieses Arbeitsplatzes aufbewahrt; die Datenbank enthält den öffentlichen Schlüssel, den ein anderer Admin genehmigt, bevor Appliances ihm vertrauen.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Admin (approves other keys)</source>
        <translation>Admin (genehmigt andere Schlüssel)</translation>
    </message>
    <message>
        <source>A note that tells your keys apart, such as this workstation&apos;s name</source>
        <translation>Eine Notiz zur Unterscheidung Ihrer Schlüssel, etwa der Name dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Role of a new key:</source>
        <translation>Rolle eines neuen Schlüssels:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>This workstation holds no signing key for %1: orders for partners that require signatures are refused, and reports are marked unsigned.</source>
        <translation>Dieser Arbeitsplatz hat keinen Signaturschlüssel für %1: Aufträge für Partner, die Signaturen verlangen, werden abgelehnt, und Berichte werden als unsigniert gekennzeichnet.</translation>
    </message>
    <message>
        <source>No signing key: %1</source>
        <translation>Kein Signaturschlüssel: %1</translation>
    </message>
    <message>
        <source>Approved: your orders, reports and changes are signed.</source>
        <translation>Genehmigt: Ihre Aufträge, Berichte und Änderungen werden signiert.</translation>
    </message>
    <message>
        <source>Pending: another admin approves it in Data health ▸ Signing keys, or with healdesk key approve %1</source>
        <translation>Ausstehend: Ein anderer Admin genehmigt ihn unter Datenzustand ▸ Signaturschlüssel oder mit healdesk key approve %1</translation>
    </message>
    <message>
        <source>The database does not know this key: create it again.</source>
        <translation>Die Datenbank kennt diesen Schlüssel nicht: Schlüssel neu erstellen.</translation>
    </message>
    <message>
        <source>This key is %1: create a new one and have it approved.</source>
        <translation>Dieser Schlüssel ist %1: einen neuen erstellen und genehmigen lassen.</translation>
    </message>
    <message>
        <source>&amp;Create a new key</source>
        <translation>&amp;Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation>Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>Key %1 is registered and pending. Ask another admin to approve it (Data health ▸ Signing keys, or healdesk key approve %1).</source>
        <translation>Schlüssel %1 ist registriert und steht aus. Bitten Sie einen anderen Admin, ihn zu genehmigen (Datenzustand ▸ Signaturschlüssel oder healdesk key approve %1).</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>Es wurde kein Schlüssel erzeugt: %1</translation>
    </message>
</context>
<context>
    <name>hd::SigningKeysPanel</name>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Orders must be signed</source>
        <translation>Aufträge müssen signiert sein</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Festgelegt von</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen …</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>E&amp;xport trust file…</source>
        <translation>Vertrauensdatei e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Approve the selected pending key with your own admin key</source>
        <translation>Den ausgewählten ausstehenden Schlüssel mit Ihrem eigenen Admin-Schlüssel genehmigen</translation>
    </message>
    <message>
        <source>Revoke the selected key: what it signs from now on is refused</source>
        <translation>Den ausgewählten Schlüssel widerrufen: Was er ab jetzt signiert, wird abgelehnt</translation>
    </message>
    <message>
        <source>The fleet&apos;s admin keys, for appliances and auditors (fleet-keys.json)</source>
        <translation>Die Admin-Schlüssel des Bestands, für Appliances und Prüfer (fleet-keys.json)</translation>
    </message>
    <message>
        <source>&amp;Require signed orders</source>
        <translation>Signierte Aufträge &amp;verlangen</translation>
    </message>
    <message>
        <source>Allow &amp;unsigned orders</source>
        <translation>&amp;Unsignierte Aufträge zulassen</translation>
    </message>
    <message>
        <source>For appliances that cannot check signatures yet; signed by your admin key and audited</source>
        <translation>Für Appliances, die noch keine Signaturen prüfen können; mit Ihrem Admin-Schlüssel signiert und protokolliert</translation>
    </message>
    <message>
        <source>Technicians&apos; signing keys. A pending key signs nothing appliances trust until an admin other than its owner approves it.</source>
        <translation>Signaturschlüssel der Techniker. Ein ausstehender Schlüssel signiert nichts, dem Appliances vertrauen, bis ein anderer Admin als sein Besitzer ihn genehmigt.</translation>
    </message>
    <message>
        <source>Whether each partner&apos;s appliances run only signed orders:</source>
        <translation>Ob die Appliances des jeweiligen Partners nur signierte Aufträge ausführen:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>installation default</source>
        <translation>Installationsstandard</translation>
    </message>
    <message>
        <source>first admin key</source>
        <translation>erster Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Select one pending key to approve.</source>
        <translation>Einen ausstehenden Schlüssel zum Genehmigen auswählen.</translation>
    </message>
    <message>
        <source>Approve key</source>
        <translation>Schlüssel genehmigen</translation>
    </message>
    <message>
        <source>Approve key %1 for how many days? The approval is signed with your admin key and names its login, role and partners.</source>
        <translation>Schlüssel %1 für wie viele Tage genehmigen? Die Genehmigung wird mit Ihrem Admin-Schlüssel signiert und nennt sein Login, seine Rolle und seine Partner.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %1 for %n day(s).</source>
        <translation>
            <numerusform>%1 für %n Tag genehmigt.</numerusform>
            <numerusform>%1 für %n Tage genehmigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one key to revoke.</source>
        <translation>Einen Schlüssel zum Widerrufen auswählen.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Why is key %1 revoked? (required; signed and audited)</source>
        <translation>Warum wird Schlüssel %1 widerrufen? (Pflichtfeld; wird signiert und protokolliert)</translation>
    </message>
    <message>
        <source>Not revoked: a revocation needs a reason.</source>
        <translation>Nicht widerrufen: Ein Widerruf braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Revoked %1. Export the trust file again so appliances and auditors know.</source>
        <translation>%1 widerrufen. Exportieren Sie die Vertrauensdatei erneut, damit Appliances und Prüfer davon erfahren.</translation>
    </message>
    <message>
        <source>Select the partners first.</source>
        <translation>Zuerst die Partner auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) now require signed orders.</source>
        <translation>
            <numerusform>%n Partner verlangt jetzt signierte Aufträge.</numerusform>
            <numerusform>%n Partner verlangen jetzt signierte Aufträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) now accept unsigned orders.</source>
        <translation>
            <numerusform>%n Partner akzeptiert jetzt unsignierte Aufträge.</numerusform>
            <numerusform>%n Partner akzeptieren jetzt unsignierte Aufträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the fleet&apos;s trust file</source>
        <translation>Vertrauensdatei des Bestands exportieren</translation>
    </message>
    <message>
        <source>Trust files (*.json)</source>
        <translation>Vertrauensdateien (*.json)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n admin key(s). Its SHA-256 is %2; read it to whoever receives the file, over another channel.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Admin-Schlüssel. Der SHA-256 der Datei ist %2; lesen Sie ihn dem Empfänger der Datei über einen anderen Kanal vor.</numerusform>
            <numerusform>%1 geschrieben: %n Admin-Schlüssel. Der SHA-256 der Datei ist %2; lesen Sie ihn dem Empfänger der Datei über einen anderen Kanal vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>No trust file written: %1</source>
        <translation>Keine Vertrauensdatei geschrieben: %1</translation>
    </message>
    <message>
        <source>Appliances that hold the trust file run unsigned orders only where an admin signed &quot;off&quot; here; the installation default decides only what consoles refuse before writing.</source>
        <translation>Appliances mit der Vertrauensdatei führen unsignierte Aufträge nur dort aus, wo ein Admin hier „aus“ signiert hat; die Voreinstellung der Installation entscheidet nur, was Konsolen vor dem Schreiben ablehnen.</translation>
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
    <name>hd::SlaDialog</name>
    <message>
        <source>The fleet&apos;s defaults</source>
        <translation>Vorgaben der Flotte</translation>
    </message>
    <message>
        <source>How long an open incident of each severity may wait for its fix before the queue shows it as past its SLA and the alert routes hear of it. A partner follows the fleet&apos;s hours unless it has its own.</source>
        <translation>Wie lange ein offener Vorfall je Schweregrad auf seine Behebung warten darf, bevor die Warteschlange ihn als SLA-überschritten zeigt und die Alarmwege davon erfahren. Ein Partner folgt den Stunden der Flotte, sofern er keine eigenen hat.</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ticked: this partner&apos;s own hours. Unticked: the fleet&apos;s (%1 h).</source>
        <translation>Angehakt: die eigenen Stunden dieses Partners. Nicht angehakt: die der Flotte (%1 h).</translation>
    </message>
    <message>
        <source>Only admins can change SLA hours.</source>
        <translation>Nur Admins können SLA-Stunden ändern.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n SLA(s) changed.</source>
        <translation>
            <numerusform>Gespeichert: %n SLA geändert.</numerusform>
            <numerusform>Gespeichert: %n SLAs geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve an incident by itself when an order run from it &amp;completes</source>
        <translation>Vorfall von selbst beheben, wenn ein daraus gestarteter Auftrag a&amp;bgeschlossen ist</translation>
    </message>
    <message>
        <source>SLA hours and resolving</source>
        <translation>SLA-Stunden und Beheben</translation>
    </message>
    <message>
        <source>Per partner. Unticked, the incident&apos;s timeline offers to resolve it instead.</source>
        <translation>Je Partner. Nicht angehakt, bietet der Verlauf des Vorfalls stattdessen das Beheben an.</translation>
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
    <message>
        <source>Period: %1. </source>
        <translation>Zeitraum: %1. </translation>
    </message>
    <message>
        <source>L2, L3, unknown</source>
        <translation>L2, L3, unbekannt</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>%1 (right scale)</source>
        <translation>%1 (rechte Skala)</translation>
    </message>
</context>
<context>
    <name>hd::UpgradeDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Upgrade the database — Healdesk</source>
        <translation>Datenbank aktualisieren — Healdesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Plan wird ermittelt…</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Aktualisierungsplan</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Nothing to do here: install the Healdesk that upgraded this database.</source>
        <translation>Hier ist nichts zu tun: das Healdesk installieren, das diese Datenbank aktualisiert hat.</translation>
    </message>
    <message>
        <source>Healdesk adopts only an empty database or the production schema. Nothing was changed.</source>
        <translation>Healdesk übernimmt nur eine leere Datenbank oder das Produktionsschema. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Only %1 may upgrade this database (the owner of its tables). Ask them to run healdesk migrate --dry-run, then healdesk migrate, or to open Healdesk as that login. Nothing was changed.</source>
        <translation>Nur %1 darf diese Datenbank aktualisieren (Eigentümer ihrer Tabellen). Bitte healdesk migrate --dry-run und danach healdesk migrate ausführen lassen oder Healdesk mit diesem Login öffnen lassen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Healdesk cannot upgrade this database. Nothing was changed.</source>
        <translation>Healdesk kann diese Datenbank nicht aktualisieren. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>What the upgrade will do, in order. Every row is kept: migrations add tables, columns and rules and move rows without deleting any. Each step runs in its own transaction, so a step that fails leaves the database as it was before it.</source>
        <translation>Was die Aktualisierung tut, in dieser Reihenfolge. Jede Zeile bleibt erhalten: Migrationen fügen Tabellen, Spalten und Regeln hinzu und verschieben Zeilen, ohne welche zu löschen. Jeder Schritt läuft in einer eigenen Transaktion; ein fehlgeschlagener Schritt hinterlässt die Datenbank wie vor ihm.</translation>
    </message>
    <message>
        <source>Upgrading…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The upgrade stopped: %1</source>
        <translation>Die Aktualisierung wurde angehalten: %1</translation>
    </message>
</context>
<context>
    <name>hd::UserGuideDialog</name>
    <message>
        <source>Healdesk user guide</source>
        <translation>Healdesk-Benutzerhandbuch (englisch)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The user guide is not installed: it belongs in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Benutzerhandbuch ist nicht installiert: es gehört nach %1.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
