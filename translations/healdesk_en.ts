<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Alerts</name>
    <message numerus="yes">
        <source>Healdesk: %n alert(s) for %1 in the last %2 h</source>
        <translation>
            <numerusform>Healdesk: %n alert for %1 in the last %2 h</numerusform>
            <numerusform>Healdesk: %n alerts for %1 in the last %2 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>fix %1: %n row(s) would change (dry run, nothing written)</source>
        <translation>
            <numerusform>fix %1: %n row would change (dry run, nothing written)</numerusform>
            <numerusform>fix %1: %n rows would change (dry run, nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fix %1: %n row(s) changed</source>
        <translation>
            <numerusform>fix %1: %n row changed</numerusform>
            <numerusform>fix %1: %n rows changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n mapping(s), %1 already present</source>
        <translation>
            <numerusform>imported %n mapping, %1 already present</numerusform>
            <numerusform>imported %n mappings, %1 already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 enabled on %n appliance(s)</source>
        <translation>
            <numerusform>%1 enabled on %n appliance</numerusform>
            <numerusform>%1 enabled on %n appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 disabled on %n appliance(s)</source>
        <translation>
            <numerusform>%1 disabled on %n appliance</numerusform>
            <numerusform>%1 disabled on %n appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebuilt the rollups from %n execution(s)</source>
        <translation>
            <numerusform>rebuilt the rollups from %n execution</numerusform>
            <numerusform>rebuilt the rollups from %n executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>granted %1 %2 for %n partner(s) (%3 new)</source>
        <translation>
            <numerusform>granted %1 %2 for %n partner (%3 new)</numerusform>
            <numerusform>granted %1 %2 for %n partners (%3 new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: parameter schema set (%n parameter(s))</source>
        <translation>
            <numerusform>%1: parameter schema set (%n parameter)</numerusform>
            <numerusform>%1: parameter schema set (%n parameters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drained %n queued change(s)</source>
        <translation>
            <numerusform>drained %n queued change</numerusform>
            <numerusform>drained %n queued changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin key(s)</source>
        <translation>
            <numerusform>%n admin key</numerusform>
            <numerusform>%n admin keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation(s)</source>
        <translation>
            <numerusform>%n revocation</numerusform>
            <numerusform>%n revocations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed policy(ies)</source>
        <translation>
            <numerusform>%n signed policy</numerusform>
            <numerusform>%n signed policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed row(s), each signer checked against the trust file</source>
        <translation>
            <numerusform>%n signed row, each signer checked against the trust file</numerusform>
            <numerusform>%n signed rows, each signer checked against the trust file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed row(s), checked against the database&apos;s keys (give --trust to check the signers are the fleet&apos;s)</source>
        <translation>
            <numerusform>%n signed row, checked against the database&apos;s keys (give --trust to check the signers are the fleet&apos;s)</numerusform>
            <numerusform>%n signed rows, checked against the database&apos;s keys (give --trust to check the signers are the fleet&apos;s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incident</numerusform>
            <numerusform>%1: %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA(s) changed</source>
        <translation>
            <numerusform>%n SLA changed</numerusform>
            <numerusform>%n SLAs changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLA(s) cleared</source>
        <translation>
            <numerusform>%n SLA cleared</numerusform>
            <numerusform>%n SLAs cleared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message numerus="yes">
        <source>%n execution(s) in the unmapped bucket</source>
        <translation>
            <numerusform>%n execution in the unmapped bucket</numerusform>
            <numerusform>%n executions in the unmapped bucket</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>No execution and no L1 rule: %1 healed %2 most often in the fleet, %n time(s) in the last 90 days.</source>
        <translation>
            <numerusform>No execution and no L1 rule: %1 healed %2 most often in the fleet, %n time in the last 90 days.</numerusform>
            <numerusform>No execution and no L1 rule: %1 healed %2 most often in the fleet, %n times in the last 90 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>demo alert inbox: %n alert(s)</source>
        <translation>
            <numerusform>demo alert inbox: %n alert</numerusform>
            <numerusform>demo alert inbox: %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>Mapped %1 to %2: %n execution(s) now count for it.</source>
        <translation>
            <numerusform>Mapped %1 to %2: %n execution now counts for it.</numerusform>
            <numerusform>Mapped %1 to %2: %n executions now count for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1: %n execution(s) are unmapped again.</source>
        <translation>
            <numerusform>Removed %1: %n execution is unmapped again.</numerusform>
            <numerusform>Removed %1: %n executions are unmapped again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s).</source>
        <translation>
            <numerusform>Imported %n pair.</numerusform>
            <numerusform>Imported %n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) were already there.</source>
        <translation>
            <numerusform>%n pair was already there.</numerusform>
            <numerusform>%n pairs were already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message numerus="yes">
        <source>the database&apos;s rules are older than this Healdesk&apos;s (%n definition(s) changed)</source>
        <translation>
            <numerusform>the database&apos;s rules are older than this Healdesk&apos;s (%n definition changed)</numerusform>
            <numerusform>the database&apos;s rules are older than this Healdesk&apos;s (%n definitions changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n partners: %2; give the ID</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n partner: %2; give the ID</numerusform>
            <numerusform>&quot;%1&quot; names %n partners: %2; give the ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n sites: %2; give the site ID</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n site: %2; give the site ID</numerusform>
            <numerusform>&quot;%1&quot; names %n sites: %2; give the site ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n appliances: %2; give the ID, or SITE/HOSTNAME</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n appliance: %2; give the ID, or SITE/HOSTNAME</numerusform>
            <numerusform>&quot;%1&quot; names %n appliances: %2; give the ID, or SITE/HOSTNAME</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>Partner: %1 (%2), all of its %n site(s)</source>
        <translation>
            <numerusform>Partner: %1 (%2), all of its %n site</numerusform>
            <numerusform>Partner: %1 (%2), all of its %n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>Each appliance in scope and each control form a pair. As of the period end a pair is passing when the latest execution of a runbook covering the control succeeded, failing when it failed, stale when that execution is more than %n day(s) older than the period end, and without evidence when there is none. Score: passing over passing and failing pairs. Executions and successes count the period&apos;s executions of the covering runbooks.</source>
        <translation>
            <numerusform>Each appliance in scope and each control form a pair. As of the period end a pair is passing when the latest execution of a runbook covering the control succeeded, failing when it failed, stale when that execution is more than %n day older than the period end, and without evidence when there is none. Score: passing over passing and failing pairs. Executions and successes count the period&apos;s executions of the covering runbooks.</numerusform>
            <numerusform>Each appliance in scope and each control form a pair. As of the period end a pair is passing when the latest execution of a runbook covering the control succeeded, failing when it failed, stale when that execution is more than %n days older than the period end, and without evidence when there is none. Score: passing over passing and failing pairs. Executions and successes count the period&apos;s executions of the covering runbooks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message numerus="yes">
        <source>drain: moved %n queued telemetry change(s) into the rollups</source>
        <translation>
            <numerusform>drain: moved %n queued telemetry change into the rollups</numerusform>
            <numerusform>drain: moved %n queued telemetry changes into the rollups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire: %n order(s) passed their time to live</source>
        <translation>
            <numerusform>expire: %n order passed its time to live</numerusform>
            <numerusform>expire: %n orders passed their time to live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sla: %n alert(s) for incidents past their SLA</source>
        <translation>
            <numerusform>sla: %n alert for incidents past their SLA</numerusform>
            <numerusform>sla: %n alerts for incidents past their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alerts: %n delivered alert(s) older than 90 days removed</source>
        <translation>
            <numerusform>alerts: %n delivered alert older than 90 days removed</numerusform>
            <numerusform>alerts: %n delivered alerts older than 90 days removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>schedule %1: the occurrence of %2 released as a batch of %n order(s)</source>
        <translation>
            <numerusform>schedule %1: the occurrence of %2 released as a batch of %n order</numerusform>
            <numerusform>schedule %1: the occurrence of %2 released as a batch of %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>schedule %1: the occurrence of %2 released as a batch of %n order(s); refused: %3</source>
        <translation>
            <numerusform>schedule %1: the occurrence of %2 released as a batch of %n order; refused: %3</numerusform>
            <numerusform>schedule %1: the occurrence of %2 released as a batch of %n orders; refused: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>digest of %n alert(s)</source>
        <translation>
            <numerusform>digest of %n alert</numerusform>
            <numerusform>digest of %n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::AlertRoutesDialog</name>
    <message numerus="yes">
        <source>%n sent, last %1</source>
        <translation>
            <numerusform>%n sent, last %1</numerusform>
            <numerusform>%n sent, last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up</source>
        <translation>
            <numerusform>%n given up</numerusform>
            <numerusform>%n given up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>every %n h</numerusform>
            <numerusform>every %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retrying after %n failed tries: %1</source>
        <translation>
            <numerusform>retrying after %n failed tries: %1</numerusform>
            <numerusform>retrying after %n failed tries: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n route(s)? Their alerts not yet sent are dropped.</source>
        <translation>
            <numerusform>Remove %n route? Its alerts not yet sent are dropped.</numerusform>
            <numerusform>Remove %n routes? Their alerts not yet sent are dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n route(s).</source>
        <translation>
            <numerusform>Removed %n route.</numerusform>
            <numerusform>Removed %n routes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::FixDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s)&lt;/b&gt; will change as listed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row&lt;/b&gt; will change as listed.</numerusform>
            <numerusform>&lt;b&gt;%n rows&lt;/b&gt; will change as listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::FleetPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n site(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n site&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n sites&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n appliance</numerusform>
            <numerusform>%n appliances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::HealthPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n kind(s) of mismatch&lt;/b&gt; found; select one to see its rows and repair it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n kind of mismatch&lt;/b&gt; found; select one to see its rows and repair it.</numerusform>
            <numerusform>&lt;b&gt;%n kinds of mismatch&lt;/b&gt; found; select one to see its rows and repair it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n row</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s); the audit log records each.</source>
        <translation>
            <numerusform>Repaired %n row; the audit log records each.</numerusform>
            <numerusform>Repaired %n rows; the audit log records each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::IncidentDesk</name>
    <message numerus="yes">
        <source>Note on %n incident(s) (kept with each, and in the audit log):</source>
        <translation>
            <numerusform>Note on %n incident (kept with it, and in the audit log):</numerusform>
            <numerusform>Note on %n incidents (kept with each, and in the audit log):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was done to resolve %n incident(s)? (kept with each, and in the audit log)</source>
        <translation>
            <numerusform>What was done to resolve %n incident? (kept with it, and in the audit log)</numerusform>
            <numerusform>What was done to resolve %n incidents? (kept with each, and in the audit log)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login to give %n incident(s) to:</source>
        <translation>
            <numerusform>The login to give %n incident to:</numerusform>
            <numerusform>The login to give %n incidents to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s).</source>
        <translation>
            <numerusform>%1: %n incident.</numerusform>
            <numerusform>%1: %n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::IssueOrderDialog</name>
    <message numerus="yes">
        <source>%1 is disruptive: it may restart services or interrupt work.

Run it on %n appliance(s)?</source>
        <translation>
            <numerusform>%1 is disruptive: it may restart services or interrupt work.

Run it on %n appliance?</numerusform>
            <numerusform>%1 is disruptive: it may restart services or interrupt work.

Run it on %n appliances?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n signed order(s)…</source>
        <translation>
            <numerusform>Issuing %n signed order…</numerusform>
            <numerusform>Issuing %n signed orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n unsigned order(s)…</source>
        <translation>
            <numerusform>Issuing %n unsigned order…</numerusform>
            <numerusform>Issuing %n unsigned orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message numerus="yes">
        <source>healdesk worker releases held orders, expires orders and drains the rollups (pid %1, %n other(s) waiting to take over)</source>
        <translation>
            <numerusform>healdesk worker releases held orders, expires orders and drains the rollups (pid %1, %n other waiting to take over)</numerusform>
            <numerusform>healdesk worker releases held orders, expires orders and drains the rollups (pid %1, %n others waiting to take over)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) issued</source>
        <translation>
            <numerusform>%n order issued</numerusform>
            <numerusform>%n orders issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) held until a maintenance window</source>
        <translation>
            <numerusform>%n order held until a maintenance window</numerusform>
            <numerusform>%n orders held until a maintenance window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s.</source>
        <translation>
            <numerusform>Reconnecting in %n s.</numerusform>
            <numerusform>Reconnecting in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::MaintenanceDialog</name>
    <message numerus="yes">
        <source>Removed %n window(s).</source>
        <translation>
            <numerusform>Removed %n window.</numerusform>
            <numerusform>Removed %n windows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::MappingDialog</name>
    <message numerus="yes">
        <source>Suggested %1: %2, and %n execution(s) for %3 ran %1 under its own ID. Check before mapping.</source>
        <translation>
            <numerusform>Suggested %1: %2, and %n execution for %3 ran %1 under its own ID. Check before mapping.</numerusform>
            <numerusform>Suggested %1: %2, and %n executions for %3 ran %1 under its own ID. Check before mapping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::OrderSchedulesDialog</name>
    <message numerus="yes">
        <source>%1, %2 (%n order(s))</source>
        <translation>
            <numerusform>%1, %2 (%n order)</numerusform>
            <numerusform>%1, %2 (%n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n named</numerusform>
            <numerusform>%n named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused %n schedule(s).</source>
        <translation>
            <numerusform>Paused %n schedule.</numerusform>
            <numerusform>Paused %n schedules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n schedule(s) from now on.</source>
        <translation>
            <numerusform>Resumed %n schedule from now on.</numerusform>
            <numerusform>Resumed %n schedules from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n schedule(s)? Their batches stay on record; orders already written are not cancelled.</source>
        <translation>
            <numerusform>Remove %n schedule? Its batches stay on record; orders already written are not cancelled.</numerusform>
            <numerusform>Remove %n schedules? Their batches stay on record; orders already written are not cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n schedule(s).</source>
        <translation>
            <numerusform>Removed %n schedule.</numerusform>
            <numerusform>Removed %n schedules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::OrdersPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n order(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n order&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n orders&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why cancel %n order(s)? (goes into the audit log)</source>
        <translation>
            <numerusform>Why cancel %n order? (goes into the audit log)</numerusform>
            <numerusform>Why cancel %n orders? (goes into the audit log)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n batch(es)&lt;/b&gt; of orders to several appliances</source>
        <translation>
            <numerusform>&lt;b&gt;%n batch&lt;/b&gt; of orders to several appliances</numerusform>
            <numerusform>&lt;b&gt;%n batches&lt;/b&gt; of orders to several appliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) issued again to the failed and expired targets.</source>
        <translation>
            <numerusform>%n order issued again to the failed and expired targets.</numerusform>
            <numerusform>%n orders issued again to the failed and expired targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the batch cancelled.</source>
        <translation>
            <numerusform>%n order of the batch cancelled.</numerusform>
            <numerusform>%n orders of the batch cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is disruptive: it may restart services or interrupt work.

Run it again on %n appliance(s)?</source>
        <translation>
            <numerusform>%1 is disruptive: it may restart services or interrupt work.

Run it again on %n appliance?</numerusform>
            <numerusform>%1 is disruptive: it may restart services or interrupt work.

Run it again on %n appliances?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::QueuePage</name>
    <message numerus="yes">
        <source>%n incident(s) need a person, %1 past their SLA</source>
        <translation>
            <numerusform>%n incident needs a person, %1 past its SLA</numerusform>
            <numerusform>%n incidents need a person, %1 past their SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need a person</source>
        <translation>
            <numerusform>%n incident needs a person</numerusform>
            <numerusform>%n incidents need a person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::RunbookSettingsPanel</name>
    <message numerus="yes">
        <source>Enabled on %n appliance setting(s); orders accept it now.</source>
        <translation>
            <numerusform>Enabled on %n appliance setting; orders accept it now.</numerusform>
            <numerusform>Enabled on %n appliance settings; orders accept it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled on %n appliance setting(s); orders refuse it now.</source>
        <translation>
            <numerusform>Disabled on %n appliance setting; orders refuse it now.</numerusform>
            <numerusform>Disabled on %n appliance settings; orders refuse it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::SigningKeysPanel</name>
    <message numerus="yes">
        <source>Approved %1 for %n day(s).</source>
        <translation>
            <numerusform>Approved %1 for %n day.</numerusform>
            <numerusform>Approved %1 for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) now require signed orders.</source>
        <translation>
            <numerusform>%n partner now requires signed orders.</numerusform>
            <numerusform>%n partners now require signed orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) now accept unsigned orders.</source>
        <translation>
            <numerusform>%n partner now accepts unsigned orders.</numerusform>
            <numerusform>%n partners now accept unsigned orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n admin key(s). Its SHA-256 is %2; read it to whoever receives the file, over another channel.</source>
        <translation>
            <numerusform>Wrote %1: %n admin key. Its SHA-256 is %2; read it to whoever receives the file, over another channel.</numerusform>
            <numerusform>Wrote %1: %n admin keys. Its SHA-256 is %2; read it to whoever receives the file, over another channel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::SlaDialog</name>
    <message numerus="yes">
        <source>Saved: %n SLA(s) changed.</source>
        <translation>
            <numerusform>Saved: %n SLA changed.</numerusform>
            <numerusform>Saved: %n SLAs changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
