<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <source>unknown pattern &quot;%1&quot;</source>
        <translation>patrón desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pattern %1 is already %2</source>
        <translation>el patrón %1 ya tiene el estado %2</translation>
    </message>
    <message>
        <source>unknown runbook &quot;%1&quot;</source>
        <translation>runbook desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such appliance</source>
        <translation>no existe el dispositivo</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; has no appliances</source>
        <translation>la sede &quot;%1&quot; no tiene dispositivos</translation>
    </message>
    <message>
        <source>no such appliance &quot;%1&quot;</source>
        <translation>no existe el dispositivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database login name</source>
        <translation>&quot;%1&quot; no es un nombre de usuario de la base de datos</translation>
    </message>
    <message>
        <source>name at least one partner</source>
        <translation>indicar al menos un socio</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is not a partner ID (a UUID)</source>
        <translation>el socio &quot;%1&quot; no es un ID de socio (un UUID)</translation>
    </message>
    <message>
        <source>there is no database login &quot;%1&quot; (create it first: CREATE ROLE ... LOGIN)</source>
        <translation>no existe el usuario de base de datos &quot;%1&quot; (crearlo primero: CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a role that cannot log in</source>
        <translation>&quot;%1&quot; es un rol que no puede iniciar sesión</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>socio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only admins may change SLAs</source>
        <translation>solo los administradores pueden cambiar los SLA</translation>
    </message>
    <message>
        <source>the severity is one of %1, not &quot;%2&quot;</source>
        <translation>la gravedad es una de %1, no «%2»</translation>
    </message>
    <message>
        <source>an SLA is more than 0 and at most %1 hours</source>
        <translation>un SLA es mayor que 0 y de como máximo %1 horas</translation>
    </message>
    <message>
        <source>name at least one severity and its hours</source>
        <translation>indique al menos una gravedad y sus horas</translation>
    </message>
    <message>
        <source>the fleet&apos;s SLAs can be changed but not cleared; name a partner</source>
        <translation>los SLA de la flota se pueden cambiar pero no borrar; indique un socio</translation>
    </message>
    <message>
        <source>resolving incidents when their order completes is set per partner; name one</source>
        <translation>resolver incidentes al completarse su orden se ajusta por socio; indique uno</translation>
    </message>
</context>
<context>
    <name>AdminPanels</name>
    <message>
        <source>Promoted %1 as rule %2, mapped to %3.</source>
        <translation>%1 promovido como regla %2, asignada a %3.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>Rechazados: %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>it carries a user name or password (user:password@)</source>
        <translation>lleva un nombre de usuario o una contraseña (user:password@)</translation>
    </message>
    <message>
        <source>its %1= parameter is a secret</source>
        <translation>su parámetro %1= es un secreto</translation>
    </message>
    <message>
        <source>a Slack hook&apos;s path is its secret</source>
        <translation>la ruta de un webhook de Slack es su secreto</translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; is not one of %2</source>
        <translation>format: &quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>url: &quot;%1&quot; is not an http(s) URL</source>
        <translation>url: &quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <source>url: %1, and a route&apos;s URL is kept in the database: write that part as {secret} and give its value with the route&apos;s secret, which stays on the machine that sends</source>
        <translation>url: %1, y la URL de una ruta se guarda en la base de datos: escribir esa parte como {secret} e indicar su valor con el secreto de la ruta, que se queda en la máquina que envía</translation>
    </message>
    <message>
        <source>events: &quot;%1&quot; is not one of %2</source>
        <translation>events: &quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>min-severity: &quot;%1&quot; is not one of %2</source>
        <translation>min-severity: &quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>digest: whole hours from 1 to 168, or none</source>
        <translation>digest: horas enteras de 1 a 168, o none</translation>
    </message>
    <message>
        <source>in-window: mark or hold, not &quot;%1&quot;</source>
        <translation>in-window: mark o hold, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name a partner or a site, not both</source>
        <translation>indicar un socio o una sede, no ambos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner ID</source>
        <translation>&quot;%1&quot; no es un ID de socio</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flota</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>socio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>sede desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no alert route %1 (for this login)</source>
        <translation>no existe la ruta de alerta %1 (para este usuario)</translation>
    </message>
    <message>
        <source>no secret for route %1 on this machine: give it as the systemd credential %2 or store it with healdesk alert route secret %1</source>
        <translation>no hay secreto para la ruta %1 en esta máquina: indicarlo como la credencial de systemd %2 o guardarlo con healdesk alert route secret %1</translation>
    </message>
    <message>
        <source>no secret for route %1 on this machine (systemd credential %2 absent; %3)</source>
        <translation>no hay secreto para la ruta %1 en esta máquina (falta la credencial de systemd %2; %3)</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>el secreto está vacío</translation>
    </message>
    <message numerus="yes">
        <source>Healdesk: %n alert(s) for %1 in the last %2 h</source>
        <translation>
            <numerusform>Healdesk: %n alerta para %1 en las últimas %2 h</numerusform>
            <numerusform>Healdesk: %n alertas para %1 en las últimas %2 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Critical incident %1 on %2</source>
        <translation>Incidente crítico %1 en %2</translation>
    </message>
    <message>
        <source>Incident %1 on %2 was escalated to a technician (L3)</source>
        <translation>El incidente %1 en %2 se escaló a un técnico (L3)</translation>
    </message>
    <message>
        <source>Incident %1 on %2 (%3) is past its %4 h SLA</source>
        <translation>El incidente %1 en %2 (%3) ha superado su SLA de %4 h</translation>
    </message>
    <message>
        <source>Order %1 (%2) failed on %3%4</source>
        <translation>La orden %1 (%2) falló en %3%4</translation>
    </message>
    <message>
        <source>Order %1 (%2) was REJECTED by %3%4</source>
        <translation>La orden %1 (%2) fue rechazada (REJECTED) por %3%4</translation>
    </message>
    <message>
        <source>Order %1 (%2) expired on %3 without running</source>
        <translation>La orden %1 (%2) caducó en %3 sin ejecutarse</translation>
    </message>
    <message>
        <source>Test alert for route &quot;%1&quot;, asked for by %2</source>
        <translation>Alerta de prueba para la ruta &quot;%1&quot;, solicitada por %2</translation>
    </message>
    <message>
        <source>(reported during a maintenance window, until %1 UTC)</source>
        <translation>(notificado durante una ventana de mantenimiento, hasta %1 UTC)</translation>
    </message>
    <message>
        <source>route %1 needs its secret on this machine</source>
        <translation>la ruta %1 necesita su secreto en esta máquina</translation>
    </message>
    <message>
        <source>The report for %1, %2 to %3, was archived</source>
        <translation>Se archivó el informe de %1, del %2 al %3</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>row %1 has no link: it was inserted out of band, around the chain</source>
        <translation>la fila %1 no tiene enlace: se insertó por fuera de la cadena</translation>
    </message>
    <message>
        <source>row %1 is the first chained row but links to another row: the rows before it were deleted</source>
        <translation>la fila %1 es la primera encadenada pero enlaza con otra fila: se borraron las filas anteriores</translation>
    </message>
    <message>
        <source>row %1 does not link to row %2 before it: a row between them was deleted, or row %2 was rewritten with its hash</source>
        <translation>la fila %1 no enlaza con la fila %2 anterior: se borró una fila entre ambas, o la fila %2 se reescribió junto con su hash</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written: its fields no longer give its hash</source>
        <translation>la fila %1 se modificó después de escribirse: sus campos ya no dan su hash</translation>
    </message>
    <message>
        <source>its signed statement is not an audit statement (%1)</source>
        <translation>su declaración firmada no es una declaración de auditoría (%1)</translation>
    </message>
    <message>
        <source>its signed statement no longer describes the row: it was changed after signing</source>
        <translation>su declaración firmada ya no describe la fila: se modificó después de firmarse</translation>
    </message>
    <message>
        <source>it was signed by a key the trust file does not reach: %1</source>
        <translation>se firmó con una clave a la que no llega el archivo de confianza: %1</translation>
    </message>
    <message>
        <source>it was signed by key %1, which the database does not have</source>
        <translation>se firmó con la clave %1, que no está en la base de datos</translation>
    </message>
    <message>
        <source>its signature does not verify: the statement or the signature was changed</source>
        <translation>su firma no se verifica: se modificó la declaración o la firma</translation>
    </message>
    <message>
        <source>row %1 is signed, but %2</source>
        <translation>la fila %1 está firmada, pero %2</translation>
    </message>
    <message>
        <source>its signature is dated %1, not when the row was written</source>
        <translation>su firma lleva la fecha %1, no la de cuando se escribió la fila</translation>
    </message>
    <message>
        <source>it names %1, but was signed with the key of %2</source>
        <translation>nombra a %1, pero se firmó con la clave de %2</translation>
    </message>
    <message>
        <source>row %1 (%2) is always signed by its admin, but carries no signature: it was stripped</source>
        <translation>la fila %1 (%2) siempre la firma su administrador, pero no lleva firma: se la quitaron</translation>
    </message>
</context>
<context>
    <name>Branding</name>
    <message>
        <source>partner &quot;%1&quot; is not a partner ID (a UUID)</source>
        <translation>el socio «%1» no es un ID de socio (un UUID)</translation>
    </message>
    <message>
        <source>the logo must be a PNG image</source>
        <translation>el logotipo debe ser una imagen PNG</translation>
    </message>
    <message>
        <source>the logo is %1 bytes; at most 1 MiB (1,048,576 bytes) is kept</source>
        <translation>el logotipo tiene %1 bytes; se guarda como máximo 1 MiB (1.048.576 bytes)</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>socio desconocido «%1»</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PostgreSQL URI, e.g. postgresql://user@host:5432/dbname?sslmode=verify-full&amp;sslrootcert=ca.crt (host= may name a socket folder). Without it (and --profile), libpq&apos;s PG* variables apply.</source>
        <translation>URI de PostgreSQL, p. ej. postgresql://user@host:5432/dbname?sslmode=verify-full&amp;sslrootcert=ca.crt (host= puede indicar una carpeta de sockets). Sin ella (ni --profile), se aplican las variables PG* de libpq.</translation>
    </message>
    <message>
        <source>A saved connection profile (see healdesk profile); its password comes from the system keychain.</source>
        <translation>Perfil de conexión guardado (véase healdesk profile); su contraseña procede del llavero del sistema.</translation>
    </message>
    <message>
        <source>unexpected argument: </source>
        <translation>argumento inesperado: </translation>
    </message>
    <message>
        <source>missing argument: see --help</source>
        <translation>falta un argumento: véase --help</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>Muestra el plan sin cambiar nada.</translation>
    </message>
    <message>
        <source>Upgrade the database schema in place (adopting a legacy database).</source>
        <translation>Actualiza in situ el esquema de la base de datos (adoptando una base de datos heredada).</translation>
    </message>
    <message>
        <source>migrated to version </source>
        <translation>esquema migrado a la versión </translation>
    </message>
    <message>
        <source>tiny, demo, medium or large (default demo).</source>
        <translation>tiny, demo, medium o large (predeterminado: demo).</translation>
    </message>
    <message>
        <source>Seed number (default 1).</source>
        <translation>Número de semilla (predeterminado: 1).</translation>
    </message>
    <message>
        <source>The data set&apos;s &quot;now&quot;, ISO 8601 (default: now).</source>
        <translation>El &quot;ahora&quot; del conjunto de datos, ISO 8601 (predeterminado: el momento actual).</translation>
    </message>
    <message>
        <source>Leave runbook_id_mapping empty.</source>
        <translation>Deja vacía la tabla runbook_id_mapping.</translation>
    </message>
    <message>
        <source>Fill an empty database with a deterministic fleet.</source>
        <translation>Llena una base de datos vacía con una flota determinista.</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed debe ser un número entero</translation>
    </message>
    <message>
        <source>--anchor is not an ISO 8601 time</source>
        <translation>--anchor no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>generated </source>
        <translation>se generaron </translation>
    </message>
    <message>
        <source> executions, </source>
        <translation> ejecuciones, </translation>
    </message>
    <message>
        <source> incidents, </source>
        <translation> incidentes, </translation>
    </message>
    <message>
        <source> appliances</source>
        <translation> dispositivos</translation>
    </message>
    <message>
        <source>Start of the period, ISO 8601, inclusive.</source>
        <translation>Inicio del periodo, ISO 8601, incluido.</translation>
    </message>
    <message>
        <source>End of the period, ISO 8601, exclusive (a date alone means the end of that day).</source>
        <translation>Fin del periodo, ISO 8601, excluido (una fecha sola indica el final de ese día).</translation>
    </message>
    <message>
        <source>--site needs at least one site ID</source>
        <translation>--site necesita al menos un ID de sede</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Muestra un único objeto JSON.</translation>
    </message>
    <message>
        <source>Executions and incidents by tier, and per-runbook executions.</source>
        <translation>Ejecuciones e incidentes por nivel, y ejecuciones por runbook.</translation>
    </message>
    <message>
        <source>executions: </source>
        <translation>ejecuciones: </translation>
    </message>
    <message>
        <source> succeeded)</source>
        <translation> correctas)</translation>
    </message>
    <message>
        <source>incidents by tier:</source>
        <translation>incidentes por nivel:</translation>
    </message>
    <message>
        <source>runbooks:</source>
        <translation>runbooks:</translation>
    </message>
    <message>
        <source>unmapped:</source>
        <translation>sin asignar:</translation>
    </message>
    <message>
        <source>connection lost (</source>
        <translation>conexión perdida (</translation>
    </message>
    <message>
        <source>); retrying once</source>
        <translation>); se reintenta una vez</translation>
    </message>
    <message>
        <source>Runbook ID (RB-...).</source>
        <translation>ID de runbook (RB-...).</translation>
    </message>
    <message>
        <source>Parameters, a JSON object (default {}).</source>
        <translation>Parámetros, un objeto JSON (predeterminado: {}).</translation>
    </message>
    <message>
        <source>Why: goes into the audit log (required).</source>
        <translation>Motivo: queda en el registro de auditoría (obligatorio).</translation>
    </message>
    <message>
        <source>Confirm a disruptive runbook.</source>
        <translation>Confirma un runbook disruptivo.</translation>
    </message>
    <message>
        <source>Client-made order ID for idempotent retries (several appliances get -1, -2, ...).</source>
        <translation>ID de orden generado por el cliente para reintentos idempotentes (con varios dispositivos se añade -1, -2, ...).</translation>
    </message>
    <message>
        <source>Seconds before a pending order expires (default 3600).</source>
        <translation>Segundos antes de que caduque una orden pendiente (predeterminado: 3600).</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for every order to finish.</source>
        <translation>Espera hasta este número de segundos a que terminen todas las órdenes.</translation>
    </message>
    <message>
        <source>Issue a runbook order to appliances.</source>
        <translation>Emite una orden de runbook a dispositivos.</translation>
    </message>
    <message>
        <source>--runbook is required</source>
        <translation>--runbook es obligatorio</translation>
    </message>
    <message>
        <source>--ttl must be a whole number of seconds</source>
        <translation>--ttl debe ser un número entero de segundos</translation>
    </message>
    <message>
        <source>--wait must be a positive number of seconds</source>
        <translation>--wait debe ser un número positivo de segundos</translation>
    </message>
    <message>
        <source>not finished in time (%1)</source>
        <translation>no terminó a tiempo (%1)</translation>
    </message>
    <message>
        <source>Only orders with this status.</source>
        <translation>Solo órdenes con este estado.</translation>
    </message>
    <message>
        <source>At most this many (default 500).</source>
        <translation>Como máximo esta cantidad (predeterminado: 500).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Muestra un array JSON.</translation>
    </message>
    <message>
        <source>List orders, newest first.</source>
        <translation>Lista las órdenes, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit debe ser un número positivo</translation>
    </message>
    <message>
        <source>The order to cancel.</source>
        <translation>La orden que cancelar.</translation>
    </message>
    <message>
        <source>cancelled </source>
        <translation>orden cancelada: </translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE es obligatorio</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>no se puede escribir %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>no se puede escribir %1: permiso denegado</translation>
    </message>
    <message>
        <source>pdf or csv (default: from the file name).</source>
        <translation>pdf o csv (predeterminado: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>PDF page size: a4 (default) or letter.</source>
        <translation>Tamaño de página del PDF: a4 (predeterminado) o letter.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Archivo que escribir.</translation>
    </message>
    <message>
        <source>Write a compliance report for sites or a partner over a period (default: the last full calendar month, UTC). The file appears whole or not at all.</source>
        <translation>Escribe un informe de cumplimiento de unas sedes o de un socio para un periodo (predeterminado: el último mes natural completo, UTC). El archivo aparece completo o no aparece.</translation>
    </message>
    <message>
        <source>name the scope with --site ID[,ID...] or --partner ID</source>
        <translation>indicar el ámbito con --site ID[,ID...] o --partner ID</translation>
    </message>
    <message>
        <source>give both --from and --to, or neither for last month</source>
        <translation>indicar --from y --to a la vez, o ninguno para el mes pasado</translation>
    </message>
    <message>
        <source>--format must be pdf or csv</source>
        <translation>--format debe ser pdf o csv</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter</source>
        <translation>--page-size debe ser a4 o letter</translation>
    </message>
    <message>
        <source>wrote </source>
        <translation>se escribió </translation>
    </message>
    <message>
        <source> (report </source>
        <translation> (informe </translation>
    </message>
    <message>
        <source>, digest sha256:</source>
        <translation>, resumen sha256:</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>healdesk export verify: </source>
        <translation>healdesk export verify: </translation>
    </message>
    <message>
        <source>: digest MISMATCH (recorded </source>
        <translation>: resumen MISMATCH (registrado </translation>
    </message>
    <message>
        <source>, computed </source>
        <translation>, calculado </translation>
    </message>
    <message>
        <source>): the data was changed after export</source>
        <translation>): los datos se modificaron después de exportarlos</translation>
    </message>
    <message>
        <source>unmapped runbook IDs: </source>
        <translation>IDs de runbook sin asignar: </translation>
    </message>
    <message>
        <source> executions)</source>
        <translation> ejecuciones)</translation>
    </message>
    <message>
        <source>incidents with no tier but telemetry with one: </source>
        <translation>incidentes sin nivel cuya telemetría sí lo tiene: </translation>
    </message>
    <message>
        <source>incidents whose tier differs from telemetry: </source>
        <translation>incidentes cuyo nivel difiere de la telemetría: </translation>
    </message>
    <message>
        <source>orders pending past their deadline: </source>
        <translation>órdenes aún pendientes pasado su plazo: </translation>
    </message>
    <message>
        <source>pending orders with a matching execution: </source>
        <translation>órdenes pendientes con una ejecución coincidente: </translation>
    </message>
    <message>
        <source>orphan telemetry: appliance </source>
        <translation>telemetría huérfana: dispositivo </translation>
    </message>
    <message>
        <source>, incident </source>
        <translation>, incidente </translation>
    </message>
    <message>
        <source>, site </source>
        <translation>, sede </translation>
    </message>
    <message>
        <source>Print what would change and change nothing.</source>
        <translation>Muestra lo que cambiaría sin cambiar nada.</translation>
    </message>
    <message>
        <source>tiers (backfill incident tiers from telemetry), orders (reconcile pending orders with their matching execution) or expire (expire pending orders past their deadline that nothing matches).</source>
        <translation>tiers (completa los niveles de incidentes a partir de la telemetría), orders (concilia las órdenes pendientes con su ejecución coincidente) o expire (caduca las órdenes pendientes pasado su plazo con las que no coincide nada).</translation>
    </message>
    <message>
        <source>Repair one kind of data defect in one transaction with an audit row; running it again changes nothing.</source>
        <translation>Repara un tipo de defecto de datos en una sola transacción con una fila de auditoría; volver a ejecutarlo no cambia nada.</translation>
    </message>
    <message>
        <source>list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</source>
        <translation>list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</translation>
    </message>
    <message>
        <source>Edit the runbook ID mapping (telemetry ID -&gt; runbook); every change is checked and audited.</source>
        <translation>Edita la asignación de IDs de runbook (ID de telemetría -&gt; runbook); cada cambio se comprueba y se audita.</translation>
    </message>
    <message>
        <source>usage: healdesk mapping list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</source>
        <translation>uso: healdesk mapping list | set TELEMETRY-ID RB-ID | remove TELEMETRY-ID | import FILE.csv</translation>
    </message>
    <message>
        <source>removed </source>
        <translation>se quitó </translation>
    </message>
    <message>
        <source> executions are unmapped again)</source>
        <translation> ejecución(es) vuelven a estar sin asignar)</translation>
    </message>
    <message>
        <source>RB-* runbook ID</source>
        <translation>ID de runbook RB-*</translation>
    </message>
    <message>
        <source>name either --site or --appliance</source>
        <translation>indicar --site o bien --appliance</translation>
    </message>
    <message>
        <source>list | promote PAT-ID RB-ID | reject PAT-ID</source>
        <translation>list | promote PAT-ID RB-ID | reject PAT-ID</translation>
    </message>
    <message>
        <source>Patterns awaiting promotion to L1 rules: list them, promote one (creates the l1_rules row and its mapping) or reject it; audited.</source>
        <translation>Patrones pendientes de promoción a reglas L1: listarlos, promover uno (crea la fila de l1_rules y su asignación) o rechazarlo; con auditoría.</translation>
    </message>
    <message>
        <source>usage: healdesk pattern list | promote PAT-ID RB-ID | reject PAT-ID</source>
        <translation>uso: healdesk pattern list | promote PAT-ID RB-ID | reject PAT-ID</translation>
    </message>
    <message>
        <source>promoted </source>
        <translation>se promovió </translation>
    </message>
    <message>
        <source> as </source>
        <translation> como </translation>
    </message>
    <message>
        <source>rejected </source>
        <translation>se rechazó </translation>
    </message>
    <message>
        <source>Also allow mappings, runbook settings, fixes, promotions.</source>
        <translation>Permite además asignaciones, ajustes de runbooks, correcciones y promociones.</translation>
    </message>
    <message>
        <source>An existing database login</source>
        <translation>Un usuario de base de datos existente</translation>
    </message>
    <message>
        <source>Grant a database login the technician (or admin) role and the partners it serves; row-level security then limits it to those partners&apos; sites.</source>
        <translation>Concede a un usuario de base de datos el rol de técnico (o de administrador) y los socios a los que atiende; la seguridad a nivel de fila lo limita entonces a las sedes de esos socios.</translation>
    </message>
    <message>
        <source>disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>disable, allow, prefer, require, verify-ca o verify-full.</translation>
    </message>
    <message>
        <source>The CA certificate that signed the server&apos;s certificate.</source>
        <translation>El certificado de la CA que firmó el certificado del servidor.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and keep it in the system keychain.</source>
        <translation>Lee la contraseña de la primera línea de la entrada estándar y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>add, list, remove or check</source>
        <translation>add, list, remove o check</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Saved connections: the settings file keeps where the database is and how to check its certificate; passwords go to the system keychain only.</source>
        <translation>Conexiones guardadas: el archivo de configuración guarda dónde está la base de datos y cómo comprobar su certificado; las contraseñas van solo al llavero del sistema.</translation>
    </message>
    <message>
        <source>usage: healdesk profile add|remove|check NAME</source>
        <translation>uso: healdesk profile add|remove|check NAME</translation>
    </message>
    <message>
        <source>removed profile </source>
        <translation>se eliminó el perfil </translation>
    </message>
    <message>
        <source>connected as %1, TLS %2</source>
        <translation>conectado como %1, TLS %2</translation>
    </message>
    <message>
        <source>unknown profile action &quot;</source>
        <translation>acción de perfil desconocida &quot;</translation>
    </message>
    <message>
        <source>&quot;: use add, list, remove or check</source>
        <translation>&quot;: usar add, list, remove o check</translation>
    </message>
    <message>
        <source>healdesk profile: --password-stdin read an empty line; nothing was saved</source>
        <translation>healdesk profile: --password-stdin leyó una línea vacía; no se guardó nada</translation>
    </message>
    <message>
        <source>saved profile </source>
        <translation>se guardó el perfil </translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>comando desconocido: </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>mapped </source>
        <translation>asignado </translation>
    </message>
    <message>
        <source>already mapped: </source>
        <translation>ya estaba asignado: </translation>
    </message>
    <message>
        <source> (already so; nothing written)</source>
        <translation> (ya estaba así; no se escribió nada)</translation>
    </message>
    <message>
        <source>password in keychain</source>
        <translation>contraseña en el llavero</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sin contraseña</translation>
    </message>
    <message>
        <source>healdesk profile: note: a password on the command line is visible to other users of this machine; prefer --password-stdin</source>
        <translation>healdesk profile: nota: una contraseña en la línea de comandos es visible para los demás usuarios de este equipo; es preferible usar --password-stdin</translation>
    </message>
    <message>
        <source> (password in the system keychain)</source>
        <translation> (contraseña en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Scan telemetry instead of reading the rollups (slow on a large fleet; the figures are the same).</source>
        <translation>Recorre la telemetría en lugar de leer los resúmenes (lento en una flota grande; las cifras son las mismas).</translation>
    </message>
    <message>
        <source>With drain: keep draining every N seconds until stopped.</source>
        <translation>Con drain: sigue vaciando la cola cada N segundos hasta que se detenga.</translation>
    </message>
    <message>
        <source>status, drain (move queued telemetry changes into the rollups), rebuild (build them again from telemetry) or mode (job or trigger).</source>
        <translation>status, drain (pasa a los resúmenes los cambios de telemetría en cola), rebuild (los reconstruye desde la telemetría) o mode (job o trigger).</translation>
    </message>
    <message>
        <source>With mode: job or trigger.</source>
        <translation>Con mode: job o trigger.</translation>
    </message>
    <message>
        <source>The telemetry rollups that serve the dashboard and reports.</source>
        <translation>Los resúmenes de telemetría que alimentan el panel y los informes.</translation>
    </message>
    <message>
        <source>mode: </source>
        <translation>modo: </translation>
    </message>
    <message>
        <source>queued changes: </source>
        <translation>cambios en cola: </translation>
    </message>
    <message>
        <source>rollup rows: </source>
        <translation>filas de resumen: </translation>
    </message>
    <message>
        <source>last drain: </source>
        <translation>último vaciado: </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>--every takes whole seconds from 1 to 86400</source>
        <translation>--every admite segundos enteros de 1 a 86400</translation>
    </message>
    <message>
        <source>another drain is running; it moves the queue</source>
        <translation>ya hay otro vaciado en curso; él procesa la cola</translation>
    </message>
    <message>
        <source>missing argument: job or trigger</source>
        <translation>falta un argumento: job o trigger</translation>
    </message>
    <message>
        <source>rollup mode: </source>
        <translation>modo de resumen: </translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use status, drain, rebuild or mode</source>
        <translation>acción desconocida &quot;%1&quot;: use status, drain, rebuild o mode</translation>
    </message>
    <message>
        <source>A read-only standby of the same database (libpq URI; its host and port are kept, the login, database and TLS settings are the primary&apos;s). The console reads pages, statistics and reports from it.</source>
        <translation>Una réplica en espera de solo lectura de la misma base de datos (URI de libpq; se guardan su host y su puerto, el usuario, la base de datos y la configuración TLS son los del servidor principal). La consola lee de ella las páginas, las estadísticas y los informes.</translation>
    </message>
    <message>
        <source>Seconds the standby may lag before reads fall back to the primary (default 30).</source>
        <translation>Segundos que la réplica en espera puede ir retrasada antes de que las lecturas vuelvan al servidor principal (por defecto 30).</translation>
    </message>
    <message>
        <source>healdesk profile: --standby needs a host (postgresql://HOST:PORT); nothing was saved</source>
        <translation>healdesk profile: --standby necesita un host (postgresql://HOST:PUERTO); no se ha guardado nada</translation>
    </message>
    <message>
        <source>healdesk profile: --standby-max-lag takes whole seconds from 1 to 86400; nothing was saved</source>
        <translation>healdesk profile: --standby-max-lag admite segundos enteros de 1 a 86400; no se ha guardado nada</translation>
    </message>
    <message>
        <source>A control&apos;s evidence older than this many days before the period end is stale (default 30).</source>
        <translation>La evidencia de un control con más de estos días antes del fin del período se considera obsoleta (predeterminado: 30).</translation>
    </message>
    <message>
        <source>--stale-days takes whole days from 1 to 3650</source>
        <translation>--stale-days admite días enteros de 1 a 3650</translation>
    </message>
    <message>
        <source>the period ends after now: the report runs to %1, so far</source>
        <translation>el período termina después de ahora: el informe llega hasta %1, hasta el momento</translation>
    </message>
    <message>
        <source>A PNG image, at most 1 MiB.</source>
        <translation>Una imagen PNG, de 1 MiB como máximo.</translation>
    </message>
    <message>
        <source>Set the logo on the cover of the partner&apos;s compliance reports (kept in the database, audited; admins only).</source>
        <translation>Establecer el logotipo de la portada de los informes de cumplimiento del socio (se guarda en la base de datos, se audita; solo administradores).</translation>
    </message>
    <message>
        <source>logo set for partner %1 (%2 bytes, sha256:%3)</source>
        <translation>logotipo establecido para el socio %1 (%2 bytes, sha256:%3)</translation>
    </message>
    <message>
        <source>usage: healdesk partner set-logo PARTNER FILE.png</source>
        <translation>uso: healdesk partner set-logo SOCIO ARCHIVO.png</translation>
    </message>
    <message>
        <source>A head hash printed by an earlier verify: fail unless that row is still in the chain.</source>
        <translation>Un hash de cabeza de una verificación anterior: falla si esa fila ya no está en la cadena.</translation>
    </message>
    <message>
        <source>healdesk audit verify: the chain is BROKEN at row %1: %2</source>
        <translation>healdesk audit verify: la cadena está ROTA en la fila %1: %2</translation>
    </message>
    <message>
        <source>healdesk audit verify: no row has the head %1 any more: rows after it were removed and the chain rebuilt</source>
        <translation>healdesk audit verify: ninguna fila tiene ya la cabeza %1: se quitaron filas posteriores y se rehízo la cadena</translation>
    </message>
    <message>
        <source>audit chain holds: %1 rows chained, %2 from before the chain began</source>
        <translation>la cadena de auditoría cuadra: %1 filas encadenadas, %2 anteriores a la cadena</translation>
    </message>
    <message>
        <source>head sha256:%1 (keep it: verify --head checks it is still in the chain)</source>
        <translation>cabeza sha256:%1 (guárdela: verify --head comprueba que sigue en la cadena)</translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation>firmado con la clave %1</translation>
    </message>
    <message>
        <source>the report is %1; export verify will say so</source>
        <translation>el informe queda %1; export verify lo indicará</translation>
    </message>
    <message>
        <source>Count every data defect: unmapped runbook IDs, incident tiers missing or differing from telemetry, stuck and reconcilable orders, orphan telemetry, orders an appliance rejected.</source>
        <translation>Cuenta todos los defectos de datos: IDs de runbook sin asignar, niveles de incidente ausentes o distintos de la telemetría, órdenes atascadas y conciliables, telemetría huérfana, órdenes rechazadas por un dispositivo.</translation>
    </message>
    <message>
        <source>orders an appliance rejected: </source>
        <translation>órdenes rechazadas por un dispositivo: </translation>
    </message>
    <message>
        <source>usage: healdesk audit verify [--head SHA256] [--trust fleet-keys.json]</source>
        <translation>uso: healdesk audit verify [--head SHA256] [--trust fleet-keys.json]</translation>
    </message>
    <message>
        <source>this workstation&apos;s keychain holds no signing key for %1 (healdesk key create)</source>
        <translation>el llavero de esta estación de trabajo no contiene ninguna clave de firma para %1 (healdesk key create)</translation>
    </message>
    <message>
        <source>The fleet&apos;s trust file (healdesk key export-trust): its admin keys are what every signature must chain to.</source>
        <translation>El archivo de confianza de la flota (healdesk key export-trust): toda firma debe remontarse a sus claves de administrador.</translation>
    </message>
    <message>
        <source>technician (default), admin, or service (for the worker).</source>
        <translation>technician (predeterminado), admin o service (para el worker).</translation>
    </message>
    <message>
        <source>A note to tell your keys apart (e.g. the workstation).</source>
        <translation>Una nota para distinguir las claves propias (p. ej., la estación de trabajo).</translation>
    </message>
    <message>
        <source>Make a new key even though the keychain holds one (the old one stays in the database until an admin revokes it).</source>
        <translation>Crea una clave nueva aunque el llavero ya contenga una (la antigua sigue en la base de datos hasta que un administrador la revoque).</translation>
    </message>
    <message>
        <source>Make your Ed25519 signing key on this workstation: the private key goes to the system keychain only, the public key to the database, pending until another admin approves it.</source>
        <translation>Crea la clave de firma Ed25519 propia en esta estación de trabajo: la clave privada va solo al llavero del sistema y la clave pública a la base de datos, pendiente hasta que otro administrador la apruebe.</translation>
    </message>
    <message>
        <source>--role is technician, admin or service</source>
        <translation>--role debe ser technician, admin o service</translation>
    </message>
    <message>
        <source>you already have key %1 (%2); --replace makes a new one</source>
        <translation>ya existe la clave %1 (%2); --replace crea una nueva</translation>
    </message>
    <message>
        <source>key %1 of %2 (%3) is registered and pending; the private key is in this workstation&apos;s keychain only</source>
        <translation>la clave %1 de %2 (%3) está registrada y pendiente; la clave privada está solo en el llavero de esta estación de trabajo</translation>
    </message>
    <message>
        <source>no admin key is approved yet: the owner of Healdesk&apos;s schema approves this first one with: healdesk key approve %1 --bootstrap</source>
        <translation>todavía no hay ninguna clave de administrador aprobada: el propietario del esquema de Healdesk aprueba esta primera con: healdesk key approve %1 --bootstrap</translation>
    </message>
    <message>
        <source>another admin approves it with: healdesk key approve %1</source>
        <translation>otro administrador la aprueba con: healdesk key approve %1</translation>
    </message>
    <message>
        <source>List the signing keys with their state.</source>
        <translation>Lista las claves de firma con su estado.</translation>
    </message>
    <message>
        <source>first admin</source>
        <translation>primer administrador</translation>
    </message>
    <message>
        <source>How long the approval holds, in days (default 365).</source>
        <translation>Validez de la aprobación, en días (predeterminado: 365).</translation>
    </message>
    <message>
        <source>Approve the first admin key as the owner of Healdesk&apos;s schema (only while no admin key is approved).</source>
        <translation>Aprueba la primera clave de administrador como propietario del esquema de Healdesk (solo mientras no haya ninguna clave de administrador aprobada).</translation>
    </message>
    <message>
        <source>The key to approve.</source>
        <translation>La clave que se va a aprobar.</translation>
    </message>
    <message>
        <source>Approve another login&apos;s pending key, signed with your own approved admin key: the approval names the key, its login, role, partners and validity; audited.</source>
        <translation>Aprueba la clave pendiente de otro usuario, con la firma de la clave de administrador aprobada propia: la aprobación indica la clave, su usuario, su rol, sus socios y su validez; queda auditada.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days</source>
        <translation>--days requiere un número entero de días</translation>
    </message>
    <message>
        <source>approved %1 as the first admin key; now export the fleet&apos;s trust file: healdesk key export-trust -o fleet-keys.json</source>
        <translation>%1 aprobada como primera clave de administrador; ahora exportar el archivo de confianza de la flota: healdesk key export-trust -o fleet-keys.json</translation>
    </message>
    <message>
        <source>approving needs your admin signing key: %1</source>
        <translation>aprobar requiere la clave de firma de administrador propia: %1</translation>
    </message>
    <message>
        <source>approved %1 for %2 days</source>
        <translation>%1 aprobada durante %2 días</translation>
    </message>
    <message>
        <source>Why (required; signed and audited).</source>
        <translation>Motivo (obligatorio; se firma y se audita).</translation>
    </message>
    <message>
        <source>The key to revoke.</source>
        <translation>La clave que se va a revocar.</translation>
    </message>
    <message>
        <source>Revoke a key, signed with your admin key: what it signs later fails; what it signed before stays valid and says so.</source>
        <translation>Revoca una clave, con la firma de la clave de administrador propia: lo que firme después no se aceptará; lo que firmó antes sigue siendo válido y así se indica.</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason es obligatorio</translation>
    </message>
    <message>
        <source>revoking needs your admin signing key: %1</source>
        <translation>revocar requiere la clave de firma de administrador propia: %1</translation>
    </message>
    <message>
        <source>revoked %1; export the trust file again so appliances and auditors know</source>
        <translation>%1 revocada; exportar de nuevo el archivo de confianza para que los dispositivos y los auditores lo sepan</translation>
    </message>
    <message>
        <source>Write the fleet&apos;s trust file: the admin keys that chain to the first admin key, and the revocations and signing policies they signed. Appliances and auditors hold it.</source>
        <translation>Escribe el archivo de confianza de la flota: las claves de administrador que se remontan a la primera clave de administrador, y las revocaciones y políticas de firma que firmaron. Lo guardan los dispositivos y los auditores.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>fingerprint sha256:%1 (read it to whoever receives the file, over another channel)</source>
        <translation>huella sha256:%1 (comunicarla a quien reciba el archivo por otro canal)</translation>
    </message>
    <message>
        <source>required or off; without it, list.</source>
        <translation>required u off; sin él, se muestra la lista.</translation>
    </message>
    <message>
        <source>Whether a partner&apos;s orders must be signed (admins; signed and audited). Without a setting, list every partner&apos;s policy.</source>
        <translation>Indica si las órdenes de un socio deben ir firmadas (administradores; se firma y se audita). Sin valor, lista la política de todos los socios.</translation>
    </message>
    <message>
        <source>the setting is required or off, not &quot;%1&quot;</source>
        <translation>el valor debe ser required u off, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--partner is required</source>
        <translation>--partner es obligatorio</translation>
    </message>
    <message>
        <source>setting the policy needs your admin signing key: %1</source>
        <translation>establecer la política requiere la clave de firma de administrador propia: %1</translation>
    </message>
    <message>
        <source>orders for partner %1 must now be signed</source>
        <translation>las órdenes del socio %1 deben ir firmadas a partir de ahora</translation>
    </message>
    <message>
        <source>orders for partner %1 may now be unsigned</source>
        <translation>las órdenes del socio %1 pueden ir sin firmar a partir de ahora</translation>
    </message>
    <message>
        <source>usage: healdesk key create|list|approve|revoke|export-trust|policy [options] (see healdesk key create --help)</source>
        <translation>uso: healdesk key create|list|approve|revoke|export-trust|policy [opciones] (véase healdesk key create --help)</translation>
    </message>
    <message>
        <source>The order to check.</source>
        <translation>La orden que se va a comprobar.</translation>
    </message>
    <message>
        <source>Check one order&apos;s signature as an appliance would, against the trust file; print who signed it.</source>
        <translation>Comprueba la firma de una orden como lo haría un dispositivo, con el archivo de confianza; muestra quién la firmó.</translation>
    </message>
    <message>
        <source>--trust fleet-keys.json is required</source>
        <translation>--trust fleet-keys.json es obligatorio</translation>
    </message>
    <message>
        <source>unknown order &quot;%1&quot;</source>
        <translation>orden desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the key was revoked later, on %1: %2</source>
        <translation>la clave se revocó después, el %1: %2</translation>
    </message>
    <message>
        <source>%1: UNSIGNED; its partner&apos;s policy allows unsigned orders</source>
        <translation>%1: UNSIGNED; la política de su socio permite órdenes sin firmar</translation>
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
        <translation>firmado por %1 (clave %2) el %3, %4</translation>
    </message>
    <message>
        <source>the key was revoked later, on %1 (%2): this signature predates it and stays valid</source>
        <translation>la clave se revocó después, el %1 (%2): esta firma es anterior y sigue siendo válida</translation>
    </message>
    <message>
        <source>: UNSIGNED: </source>
        <translation>: UNSIGNED: </translation>
    </message>
    <message>
        <source>; nothing proves who made it or that the digest was not recomputed</source>
        <translation>; nada demuestra quién lo creó ni que el resumen no se haya recalculado</translation>
    </message>
    <message>
        <source>: NOT CHECKED: </source>
        <translation>: NOT CHECKED: </translation>
    </message>
    <message>
        <source>; it carries a signature by %1 (key %2), but without --trust fleet-keys.json nothing says that key is the fleet&apos;s</source>
        <translation>; lleva una firma de %1 (clave %2), pero sin --trust fleet-keys.json nada indica que esa clave sea de la flota</translation>
    </message>
    <message>
        <source>: SIGNATURE INVALID: </source>
        <translation>: SIGNATURE INVALID: </translation>
    </message>
    <message>
        <source>A report (CSV or PDF) written by healdesk export report.</source>
        <translation>Un informe (CSV o PDF) escrito por healdesk export report.</translation>
    </message>
    <message>
        <source>Check a report&apos;s digest and signature offline; exit 0 only when both hold and the signer chains to the trust file.</source>
        <translation>Comprueba sin conexión el resumen y la firma de un informe; sale con 0 solo si ambos son correctos y el firmante se remonta al archivo de confianza.</translation>
    </message>
    <message>
        <source>report %1, data sha256:%2, file sha256:%3</source>
        <translation>informe %1, datos sha256:%2, archivo sha256:%3</translation>
    </message>
    <message>
        <source>PDF file sha256:%1 (its data: pdfdetach -saveall, then verify the CSV)</source>
        <translation>archivo PDF sha256:%1 (sus datos: pdfdetach -saveall y, después, verificar el CSV)</translation>
    </message>
    <message>
        <source>: SIGNATURE INVALID: the signature is for report %1, this is report %2</source>
        <translation>: SIGNATURE INVALID: la firma es del informe %1 y este es el informe %2</translation>
    </message>
    <message>
        <source>report %1, %2 records, sha256:%3</source>
        <translation>informe %1, %2 registros, sha256:%3</translation>
    </message>
    <message>
        <source>Walk the audit log&apos;s hash chain and check every signed row&apos;s signature; exit 0 only when every chained row holds.</source>
        <translation>Recorre la cadena de hashes del registro de auditoría y comprueba la firma de cada fila firmada; sale con 0 solo si todas las filas encadenadas cuadran.</translation>
    </message>
    <message>
        <source>%1: signed by %2 (key %3), %4; checked as of its issue time, %5</source>
        <translation>%1: firmada por %2 (clave %3), %4; comprobada a la hora de su emisión, %5</translation>
    </message>
    <message>
        <source>Keep the orders back until this time (ISO 8601; UTC unless it names a zone); the worker sends them then.</source>
        <translation>Retiene las órdenes hasta esta fecha y hora (ISO 8601; UTC salvo que se indique una zona); el worker las envía entonces.</translation>
    </message>
    <message>
        <source>--hold-until takes a time such as 2026-12-06T02:00Z</source>
        <translation>--hold-until requiere una fecha y hora como 2026-12-06T02:00Z</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>retenida hasta %1</translation>
    </message>
    <message>
        <source>held: no maintenance window ahead</source>
        <translation>retenida: no hay ninguna ventana de mantenimiento próxima</translation>
    </message>
    <message>
        <source>cannot read the signing key from standard input</source>
        <translation>no se puede leer la clave de firma de la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read the systemd credential healdesk-signing-key</source>
        <translation>no se puede leer la credencial de systemd healdesk-signing-key</translation>
    </message>
    <message>
        <source>no service key: orders for partners that require signatures stay held</source>
        <translation>no hay clave de servicio: las órdenes para socios que exigen firma siguen retenidas</translation>
    </message>
    <message>
        <source>no worker holds the lead: orders held for windows, schedules and reports wait</source>
        <translation>ningún worker tiene el liderazgo: las órdenes retenidas por ventanas, las programaciones y los informes esperan</translation>
    </message>
    <message>
        <source>worker: running on %1 (pid %2), last heartbeat %3 s ago, %4 waiting</source>
        <translation>worker: en ejecución en %1 (pid %2), último latido hace %3 s, %4 en espera</translation>
    </message>
    <message>
        <source>Exit 0 when some worker holds the lead, 1 when none does (for monitoring).</source>
        <translation>Sale con 0 si algún worker tiene el liderazgo y con 1 si ninguno lo tiene (para monitorización).</translation>
    </message>
    <message>
        <source>Seconds between rounds of jobs (default 5).</source>
        <translation>Segundos entre rondas de tareas (predeterminado: 5).</translation>
    </message>
    <message>
        <source>Read the service signing key (base64) from standard input.</source>
        <translation>Lee la clave de firma del servicio (base64) de la entrada estándar.</translation>
    </message>
    <message>
        <source>Run the jobs that need no console: the rollup drain, order expiry, releasing held orders. Several workers may run; one leads. Stops on SIGTERM.</source>
        <translation>Ejecuta las tareas que no necesitan consola: el vaciado de los resúmenes, la caducidad de las órdenes y la liberación de las órdenes retenidas. Pueden ejecutarse varios workers; uno lidera. Se detiene con SIGTERM.</translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.2 to 3600</source>
        <translation>--interval requiere un número de segundos entre 0.2 y 3600</translation>
    </message>
    <message>
        <source>healdesk worker: </source>
        <translation>healdesk worker: </translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>no se puede configurar el manejo de señales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 2026-12-06T02:00</source>
        <translation>&quot;%1&quot; no es una fecha y hora como 2026-12-06T02:00</translation>
    </message>
    <message>
        <source>Every week on this day (Mon..Sun), the span following it: --weekly Sun 02:00-04:00, in the site&apos;s time zone.</source>
        <translation>Cada semana este día (Mon..Sun), en el intervalo que le sigue: --weekly Sun 02:00-04:00, en la zona horaria de la sede.</translation>
    </message>
    <message>
        <source>A one-off window&apos;s start (the site&apos;s zone unless given).</source>
        <translation>Inicio de una ventana puntual (en la zona horaria de la sede si no se indica otra).</translation>
    </message>
    <message>
        <source>A one-off window&apos;s end.</source>
        <translation>Fin de una ventana puntual.</translation>
    </message>
    <message>
        <source>Why (required; audited).</source>
        <translation>Motivo (obligatorio; se audita).</translation>
    </message>
    <message>
        <source>With --weekly: HH:MM-HH:MM.</source>
        <translation>Con --weekly: HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Add a maintenance window to a site: disruptive runbooks issued outside every window are held until the next one opens.</source>
        <translation>Añade una ventana de mantenimiento a una sede: los runbooks disruptivos emitidos fuera de toda ventana se retienen hasta que se abre la siguiente.</translation>
    </message>
    <message>
        <source>--site is required</source>
        <translation>--site es obligatorio</translation>
    </message>
    <message>
        <source>give either --weekly DAY HH:MM-HH:MM or --from and --to</source>
        <translation>indicar --weekly DAY HH:MM-HH:MM o bien --from y --to</translation>
    </message>
    <message>
        <source>the day is Mon, Tue, Wed, Thu, Fri, Sat or Sun</source>
        <translation>el día debe ser uno de estos: Mon, Tue, Wed, Thu, Fri, Sat or Sun</translation>
    </message>
    <message>
        <source>added window %1 to %2</source>
        <translation>se añadió la ventana %1 a %2</translation>
    </message>
    <message>
        <source>List maintenance windows, with the time zone each is read in.</source>
        <translation>Lista las ventanas de mantenimiento, con la zona horaria en la que se interpreta cada una.</translation>
    </message>
    <message>
        <source>The window (healdesk window list).</source>
        <translation>La ventana (healdesk window list).</translation>
    </message>
    <message>
        <source>Remove a maintenance window (audited).</source>
        <translation>Quita una ventana de mantenimiento (con auditoría).</translation>
    </message>
    <message>
        <source>a window ID is a number</source>
        <translation>un ID de ventana es un número</translation>
    </message>
    <message>
        <source>removed window %1</source>
        <translation>se quitó la ventana %1</translation>
    </message>
    <message>
        <source>An IANA time zone such as America/New_York; &quot;inherit&quot; clears it.</source>
        <translation>Una zona horaria IANA como America/New_York; &quot;inherit&quot; la borra.</translation>
    </message>
    <message>
        <source>Set the time zone a site&apos;s (or a partner&apos;s sites&apos;) windows are read in (admins; audited).</source>
        <translation>Establece la zona horaria en la que se interpretan las ventanas de una sede (o de las sedes de un socio) (administradores; con auditoría).</translation>
    </message>
    <message>
        <source>time zone of %1: %2</source>
        <translation>zona horaria de %1: %2</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>heredada</translation>
    </message>
    <message>
        <source>usage: healdesk window add|list|remove|time-zone [options] (see healdesk window add --help)</source>
        <translation>uso: healdesk window add|list|remove|time-zone [opciones] (véase healdesk window add --help)</translation>
    </message>
    <message>
        <source>usage: healdesk export report|verify|schedule|archive [options] (see healdesk export report --help)</source>
        <translation>uso: healdesk export report|verify|schedule|archive [opciones] (véase healdesk export report --help)</translation>
    </message>
    <message>
        <source>pdf, csv or both (default pdf,csv).</source>
        <translation>pdf, csv o ambos (predeterminado: pdf,csv).</translation>
    </message>
    <message>
        <source>The report&apos;s language: en, es or de (default en).</source>
        <translation>Idioma del informe: en, es o de (predeterminado: en).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (predeterminado) o letter.</translation>
    </message>
    <message>
        <source>The stale limit in days (default 30).</source>
        <translation>Límite de obsolescencia en días (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Have the worker write a partner&apos;s or a site&apos;s compliance report after each month into the archive; last month&apos;s comes at once.</source>
        <translation>Hace que el worker escriba al final de cada mes el informe de cumplimiento de un socio o de una sede en el archivo de informes; el del mes pasado se genera de inmediato.</translation>
    </message>
    <message>
        <source>added report schedule %1; the worker archives last month&apos;s report at its next round</source>
        <translation>se añadió la programación de informes %1; el worker archivará el informe del mes pasado en su próxima ronda</translation>
    </message>
    <message>
        <source>List report schedules.</source>
        <translation>Lista las programaciones de informes.</translation>
    </message>
    <message>
        <source>The schedule (healdesk export schedule list).</source>
        <translation>La programación (healdesk export schedule list).</translation>
    </message>
    <message>
        <source>Stop a report schedule; what it archived stays.</source>
        <translation>Detiene una programación de informes; lo que archivó se conserva.</translation>
    </message>
    <message>
        <source>a schedule ID is a number</source>
        <translation>un ID de programación es un número</translation>
    </message>
    <message>
        <source>removed report schedule %1</source>
        <translation>se quitó la programación de informes %1</translation>
    </message>
    <message>
        <source>List the archived reports, newest period first.</source>
        <translation>Lista los informes archivados, del periodo más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>The archived report (healdesk export archive list).</source>
        <translation>El informe archivado (healdesk export archive list).</translation>
    </message>
    <message>
        <source>Write an archived report to a file, as it was archived (its signature included: healdesk export verify checks it).</source>
        <translation>Escribe un informe archivado en un archivo, tal como se archivó (firma incluida: healdesk export verify la comprueba).</translation>
    </message>
    <message>
        <source>an archived report&apos;s ID is a number</source>
        <translation>el ID de un informe archivado es un número</translation>
    </message>
    <message>
        <source>wrote %1 (report %2)</source>
        <translation>escrito %1 (informe %2)</translation>
    </message>
    <message>
        <source>usage: healdesk export schedule add|list|remove [options]</source>
        <translation>uso: healdesk export schedule add|list|remove [opciones]</translation>
    </message>
    <message>
        <source>usage: healdesk export archive list|get [options]</source>
        <translation>uso: healdesk export archive list|get [opciones]</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>no se puede leer el secreto de la entrada estándar</translation>
    </message>
    <message>
        <source>standard input held no secret (one line expected)</source>
        <translation>la entrada estándar no contenía ningún secreto (se esperaba una línea)</translation>
    </message>
    <message>
        <source>Where to POST; write its secret part as {secret} (default for pagerduty: %1).</source>
        <translation>Adónde hacer el POST; escribir su parte secreta como {secret} (predeterminado para pagerduty: %1).</translation>
    </message>
    <message>
        <source>generic, slack, teams or pagerduty (default generic).</source>
        <translation>generic, slack, teams o pagerduty (predeterminado: generic).</translation>
    </message>
    <message>
        <source>Comma-separated kinds (default all): %1.</source>
        <translation>Tipos separados por comas (predeterminado: todos): %1.</translation>
    </message>
    <message>
        <source>low (default), medium, high or critical.</source>
        <translation>low (predeterminado), medium, high o critical.</translation>
    </message>
    <message>
        <source>Send one digest every N hours (1-168) instead of each event.</source>
        <translation>Envía un resumen cada N horas (1-168) en lugar de cada evento.</translation>
    </message>
    <message>
        <source>Incidents reported in a maintenance window: mark (default) or hold until it ends.</source>
        <translation>Incidentes notificados en una ventana de mantenimiento: mark (marcarlos, predeterminado) o hold (retenerlos hasta que termine).</translation>
    </message>
    <message>
        <source>A name to know it by.</source>
        <translation>Un nombre para identificarla.</translation>
    </message>
    <message>
        <source>Read the route&apos;s secret (the URL&apos;s {secret}, or PagerDuty&apos;s routing key) from standard input and keep it in this machine&apos;s keychain.</source>
        <translation>Lee el secreto de la ruta (el {secret} de la URL o la clave de enrutamiento de PagerDuty) de la entrada estándar y lo guarda en el llavero de esta máquina.</translation>
    </message>
    <message>
        <source>Add an alert route: the worker POSTs each event of its kinds, at or above its severity, in its scope, once (audited). Fleet-wide routes are for admins.</source>
        <translation>Añade una ruta de alerta: el worker envía por POST una vez cada evento de sus tipos, de su gravedad o superior, dentro de su ámbito (con auditoría). Las rutas de toda la flota son solo para administradores.</translation>
    </message>
    <message>
        <source>--digest takes whole hours from 1 to 168</source>
        <translation>--digest admite horas enteras de 1 a 168</translation>
    </message>
    <message>
        <source>added alert route %1</source>
        <translation>se añadió la ruta de alerta %1</translation>
    </message>
    <message>
        <source>its secret is on no machine yet: </source>
        <translation>su secreto aún no está en ninguna máquina: </translation>
    </message>
    <message>
        <source>its secret is in this machine&apos;s keychain; </source>
        <translation>su secreto está en el llavero de esta máquina; </translation>
    </message>
    <message>
        <source>a worker elsewhere reads it from the systemd credential %1 (README, &quot;Running the worker&quot;)</source>
        <translation>un worker en otra máquina lo lee de la credencial de systemd %1 (README, &quot;Running the worker&quot;)</translation>
    </message>
    <message>
        <source>The route (healdesk alert route list).</source>
        <translation>La ruta (healdesk alert route list).</translation>
    </message>
    <message>
        <source>Keep a route&apos;s secret, read from standard input, in this machine&apos;s keychain (for a worker run by hand on it).</source>
        <translation>Guarda el secreto de una ruta, leído de la entrada estándar, en el llavero de esta máquina (para un worker ejecutado a mano en ella).</translation>
    </message>
    <message>
        <source>a route ID is a number</source>
        <translation>un ID de ruta es un número</translation>
    </message>
    <message>
        <source>no alert route %1 (for this login)</source>
        <translation>no existe la ruta de alerta %1 (para este usuario)</translation>
    </message>
    <message>
        <source>kept the secret of route %1 in this machine&apos;s keychain</source>
        <translation>se guardó el secreto de la ruta %1 en el llavero de esta máquina</translation>
    </message>
    <message>
        <source>List alert routes and how their delivery went.</source>
        <translation>Lista las rutas de alerta y el resultado de sus envíos.</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>sede %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>socio %1</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flota</translation>
    </message>
    <message>
        <source>%1 sent, %2 pending, %3 given up</source>
        <translation>%1 enviadas, %2 pendientes, %3 abandonadas</translation>
    </message>
    <message>
        <source>Remove an alert route (audited); what it has not sent is dropped.</source>
        <translation>Quita una ruta de alerta (con auditoría); lo que no haya enviado se descarta.</translation>
    </message>
    <message>
        <source>removed alert route %1</source>
        <translation>se quitó la ruta de alerta %1</translation>
    </message>
    <message>
        <source>usage: healdesk alert route add|list|remove|secret [options]</source>
        <translation>uso: healdesk alert route add|list|remove|secret [opciones]</translation>
    </message>
    <message>
        <source>Queue a test alert on a route; the leading worker posts it (healdesk alert route list shows it sent).</source>
        <translation>Pone en cola una alerta de prueba en una ruta; el worker líder la envía (healdesk alert route list la muestra como enviada).</translation>
    </message>
    <message>
        <source>queued test alert %1 on route %2; the worker sends it</source>
        <translation>alerta de prueba %1 en cola en la ruta %2; el worker la envía</translation>
    </message>
    <message>
        <source>usage: healdesk alert route add|list|remove|secret, healdesk alert test ROUTE</source>
        <translation>uso: healdesk alert route add|list|remove|secret, healdesk alert test RUTA</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day such as 02:00</source>
        <translation>&quot;%1&quot; no es una hora del día como 02:00</translation>
    </message>
    <message>
        <source>Why (required): each order carries it.</source>
        <translation>Motivo (obligatorio): cada orden lo lleva.</translation>
    </message>
    <message>
        <source>At the start of each of the site&apos;s maintenance windows.</source>
        <translation>Al inicio de cada ventana de mantenimiento de la sede.</translation>
    </message>
    <message>
        <source>Every day at HH:MM, clinic time.</source>
        <translation>Cada día a las HH:MM, hora de la clínica.</translation>
    </message>
    <message>
        <source>Every month on this day (1-31; past a month&apos;s end, its last day), at --at.</source>
        <translation>Cada mes en este día (1-31; si supera el fin del mes, su último día), a la hora de --at.</translation>
    </message>
    <message>
        <source>With --monthly: the time of day, clinic time (HH:MM).</source>
        <translation>Con --monthly: la hora del día, hora de la clínica (HH:MM).</translation>
    </message>
    <message>
        <source>Seconds each order may wait for its appliance (default 3600).</source>
        <translation>Segundos que cada orden puede esperar a su dispositivo (predeterminado: 3600).</translation>
    </message>
    <message>
        <source>Confirm a disruptive runbook (each occurrence runs it unattended).</source>
        <translation>Confirma un runbook disruptivo (cada ocurrencia lo ejecuta sin supervisión).</translation>
    </message>
    <message>
        <source>Add a recurring order: the worker releases each occurrence as a batch, one order per appliance, signed with its service key (audited).</source>
        <translation>Añade una orden recurrente: el worker libera cada ocurrencia como un lote, una orden por dispositivo, firmada con su clave de servicio (con auditoría).</translation>
    </message>
    <message>
        <source>give one recurrence: --in-window, --daily HH:MM or --monthly DAY --at HH:MM</source>
        <translation>indicar una recurrencia: --in-window, --daily HH:MM o --monthly DÍA --at HH:MM</translation>
    </message>
    <message>
        <source>--monthly takes a day of the month from 1 to 31</source>
        <translation>--monthly admite un día del mes de 1 a 31</translation>
    </message>
    <message>
        <source>--monthly needs --at HH:MM</source>
        <translation>--monthly necesita --at HH:MM</translation>
    </message>
    <message>
        <source>--ttl takes whole seconds</source>
        <translation>--ttl admite segundos enteros</translation>
    </message>
    <message>
        <source>added schedule %1: %2 %3</source>
        <translation>se añadió la programación %1: %2 %3</translation>
    </message>
    <message>
        <source>, first at %1 clinic time (%2)</source>
        <translation>, primera: %1, hora de la clínica (%2)</translation>
    </message>
    <message>
        <source>List recurring orders: next occurrence, last batch.</source>
        <translation>Lista las órdenes recurrentes: próxima ocurrencia, último lote.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>próxima %1</translation>
    </message>
    <message>
        <source>no occurrence ahead</source>
        <translation>ninguna ocurrencia próxima</translation>
    </message>
    <message>
        <source>last %1 %2</source>
        <translation>último %1 %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>The schedule (healdesk order schedule list).</source>
        <translation>La programación (healdesk order schedule list).</translation>
    </message>
    <message>
        <source>Pause a recurring order: no occurrence is released until it is resumed (audited).</source>
        <translation>Pausa una orden recurrente: no se libera ninguna ocurrencia hasta que se reanude (con auditoría).</translation>
    </message>
    <message>
        <source>paused schedule %1</source>
        <translation>se pausó la programación %1</translation>
    </message>
    <message>
        <source>Resume a paused recurring order from now on (audited).</source>
        <translation>Reanuda una orden recurrente en pausa a partir de ahora (con auditoría).</translation>
    </message>
    <message>
        <source>resumed schedule %1</source>
        <translation>se reanudó la programación %1</translation>
    </message>
    <message>
        <source>Remove a recurring order; its batches stay on record (audited).</source>
        <translation>Quita una orden recurrente; sus lotes quedan registrados (con auditoría).</translation>
    </message>
    <message>
        <source>removed schedule %1</source>
        <translation>se quitó la programación %1</translation>
    </message>
    <message>
        <source>List a recurring order&apos;s batches, newest first.</source>
        <translation>Lista los lotes de una orden recurrente, los más recientes primero.</translation>
    </message>
    <message>
        <source>usage: healdesk order schedule add|list|pause|resume|remove|batches [options]</source>
        <translation>uso: healdesk order schedule add|list|pause|resume|remove|batches [opciones]</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;: give one of %2</source>
        <translation>estado desconocido «%1»: indicar uno de %2</translation>
    </message>
    <message>
        <source>Why (required; goes into the audit log).</source>
        <translation>Motivo (obligatorio; va al registro de auditoría).</translation>
    </message>
    <message>
        <source>Cancel a pending or held order.</source>
        <translation>Cancela una orden pendiente o retenida.</translation>
    </message>
    <message numerus="yes">
        <source>fix %1: %n row(s) would change (dry run, nothing written)</source>
        <translation>
            <numerusform>fix %1: cambiaría %n fila (simulación, no se escribió nada)</numerusform>
            <numerusform>fix %1: cambiarían %n filas (simulación, no se escribió nada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fix %1: %n row(s) changed</source>
        <translation>
            <numerusform>fix %1: %n fila modificada</numerusform>
            <numerusform>fix %1: %n filas modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n mapping(s), %1 already present</source>
        <translation>
            <numerusform>se importó %n asignación, %1 ya existentes</numerusform>
            <numerusform>se importaron %n asignaciones, %1 ya existentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 enabled on %n appliance(s)</source>
        <translation>
            <numerusform>%1 activado en %n dispositivo</numerusform>
            <numerusform>%1 activado en %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 disabled on %n appliance(s)</source>
        <translation>
            <numerusform>%1 desactivado en %n dispositivo</numerusform>
            <numerusform>%1 desactivado en %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebuilt the rollups from %n execution(s)</source>
        <translation>
            <numerusform>resúmenes reconstruidos a partir de %n ejecución</numerusform>
            <numerusform>resúmenes reconstruidos a partir de %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this partner&apos;s events (its ID or name).</source>
        <translation>Solo los eventos de este socio (su ID o su nombre).</translation>
    </message>
    <message>
        <source>Only this site&apos;s events (its ID or name).</source>
        <translation>Solo los eventos de esta sede (su ID o su nombre).</translation>
    </message>
    <message>
        <source>Only these sites (IDs or names, comma-separated).</source>
        <translation>Solo estas sedes (ID o nombres, separados por comas).</translation>
    </message>
    <message>
        <source>Only this partner&apos;s sites (its ID or name).</source>
        <translation>Solo las sedes de este socio (su ID o su nombre).</translation>
    </message>
    <message>
        <source>Appliances (IDs or host names, SITE/HOSTNAME where a name repeats; comma-separated).</source>
        <translation>Dispositivos (ID o nombres de host, SEDE/HOST donde un nombre se repite; separados por comas).</translation>
    </message>
    <message>
        <source>Every appliance of this site (its ID or name).</source>
        <translation>Todos los dispositivos de esta sede (su ID o su nombre).</translation>
    </message>
    <message>
        <source>These appliances (IDs or host names, SITE/HOSTNAME where a name repeats; comma-separated).</source>
        <translation>Estos dispositivos (ID o nombres de host, SEDE/HOST donde un nombre se repite; separados por comas).</translation>
    </message>
    <message>
        <source>A partner the login serves, by ID or name (repeat or comma-separate).</source>
        <translation>Un socio al que atiende el usuario, por ID o nombre (repetir o separar por comas).</translation>
    </message>
    <message>
        <source>usage: healdesk user grant LOGIN --partner PARTNER [--admin]</source>
        <translation>uso: healdesk user grant USUARIO --partner SOCIO [--admin]</translation>
    </message>
    <message numerus="yes">
        <source>granted %1 %2 for %n partner(s) (%3 new)</source>
        <translation>
            <numerusform>%1 recibió %2 para %n socio (%3 nuevos)</numerusform>
            <numerusform>%1 recibió %2 para %n socios (%3 nuevos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner, by ID or name.</source>
        <translation>El socio, por ID o nombre.</translation>
    </message>
    <message>
        <source>partners, sites or appliances</source>
        <translation>partners, sites o appliances</translation>
    </message>
    <message>
        <source>List the partners, sites or appliances this login may see, with the IDs and names other commands accept.</source>
        <translation>Listar los socios, sedes o dispositivos que este usuario puede ver, con los ID y nombres que aceptan los demás comandos.</translation>
    </message>
    <message>
        <source>list partners, sites or appliances, not &quot;%1&quot;</source>
        <translation>listar partners, sites o appliances, no «%1»</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SITES</source>
        <translation>SEDES</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>SOCIO</translation>
    </message>
    <message>
        <source>APPLIANCES</source>
        <translation>DISPOSITIVOS</translation>
    </message>
    <message>
        <source>SITE/HOSTNAME</source>
        <translation>SEDE/HOST</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>LAST CHECK-IN (UTC)</source>
        <translation>ÚLTIMO CONTACTO (UTC)</translation>
    </message>
    <message>
        <source>The site, by ID or name: every appliance it has at each occurrence, new ones included.</source>
        <translation>La sede, por ID o nombre: todos los dispositivos que tenga en cada ocurrencia, incluidos los nuevos.</translation>
    </message>
    <message>
        <source>Only these appliances of the site (IDs or host names), comma-separated.</source>
        <translation>Solo estos dispositivos de la sede (ID o nombres de host), separados por comas.</translation>
    </message>
    <message>
        <source>The site, by ID or name.</source>
        <translation>La sede, por ID o nombre.</translation>
    </message>
    <message>
        <source>Only this site (its ID or name).</source>
        <translation>Solo esta sede (su ID o su nombre).</translation>
    </message>
    <message>
        <source>The partner, by ID or name (its sites without a zone of their own).</source>
        <translation>El socio, por ID o nombre (sus sedes sin zona propia).</translation>
    </message>
    <message>
        <source>Every site of this partner (its ID or name).</source>
        <translation>Todas las sedes de este socio (su ID o su nombre).</translation>
    </message>
    <message>
        <source>This site (its ID or name).</source>
        <translation>Esta sede (su ID o su nombre).</translation>
    </message>
    <message>
        <source>Only what belongs to this partner (its ID or name).</source>
        <translation>Solo lo que pertenece a este socio (su ID o su nombre).</translation>
    </message>
    <message>
        <source>Only what belongs to this site (its ID or name).</source>
        <translation>Solo lo que pertenece a esta sede (su ID o su nombre).</translation>
    </message>
    <message>
        <source>set-params needs the schema file: healdesk runbook set-params RB-ID FILE.json</source>
        <translation>set-params necesita el archivo del esquema: healdesk runbook set-params RB-ID ARCHIVO.json</translation>
    </message>
    <message>
        <source>%1 is empty; to remove the schema use clear-params</source>
        <translation>%1 está vacío; para quitar el esquema, usar clear-params</translation>
    </message>
    <message>
        <source>%1 has no parameter schema: its orders take any JSON object</source>
        <translation>%1 no tiene esquema de parámetros: sus órdenes aceptan cualquier objeto JSON</translation>
    </message>
    <message>
        <source>%1: no change</source>
        <translation>%1: sin cambios</translation>
    </message>
    <message>
        <source>%1: parameter schema removed; its orders take any JSON object</source>
        <translation>%1: esquema de parámetros eliminado; sus órdenes aceptan cualquier objeto JSON</translation>
    </message>
    <message numerus="yes">
        <source>%1: parameter schema set (%n parameter(s))</source>
        <translation>
            <numerusform>%1: esquema de parámetros establecido (%n parámetro)</numerusform>
            <numerusform>%1: esquema de parámetros establecido (%n parámetros)</numerusform>
        </translation>
    </message>
    <message>
        <source>enable | disable | params | set-params | clear-params</source>
        <translation>enable | disable | params | set-params | clear-params</translation>
    </message>
    <message>
        <source>With set-params: the schema, a JSON file.</source>
        <translation>Con set-params: el esquema, un archivo JSON.</translation>
    </message>
    <message>
        <source>Switch a runbook on or off per appliance or per site (appliance_runbook_config), audited; orders respect it at once. Or show, set or clear its parameter schema (admins; audited): orders, the order dialog&apos;s form and recurring orders then take only the parameters it describes.</source>
        <translation>Activar o desactivar un runbook por dispositivo o por sede (appliance_runbook_config), con registro de auditoría; las órdenes lo respetan al momento. O mostrar, establecer o quitar su esquema de parámetros (administradores; auditado): las órdenes, el formulario del diálogo de órdenes y las órdenes periódicas solo aceptan entonces los parámetros que describe.</translation>
    </message>
    <message>
        <source>the action is enable, disable, params, set-params or clear-params, not &quot;%1&quot;</source>
        <translation>la acción es enable, disable, params, set-params o clear-params, no «%1»</translation>
    </message>
    <message numerus="yes">
        <source>drained %n queued change(s)</source>
        <translation>
            <numerusform>%n cambio en cola incorporado</numerusform>
            <numerusform>%n cambios en cola incorporados</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1: %2, %3, %4</source>
        <translation>escrito %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n admin key(s)</source>
        <translation>
            <numerusform>%n clave de administrador</numerusform>
            <numerusform>%n claves de administrador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revocation(s)</source>
        <translation>
            <numerusform>%n revocación</numerusform>
            <numerusform>%n revocaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed policy(ies)</source>
        <translation>
            <numerusform>%n política firmada</numerusform>
            <numerusform>%n políticas firmadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed row(s), each signer checked against the trust file</source>
        <translation>
            <numerusform>%n fila firmada, cada firmante comprobado con el archivo de confianza</numerusform>
            <numerusform>%n filas firmadas, cada firmante comprobado con el archivo de confianza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed row(s), checked against the database&apos;s keys (give --trust to check the signers are the fleet&apos;s)</source>
        <translation>
            <numerusform>%n fila firmada, comprobada con las claves de la base de datos (indicar --trust para comprobar que los firmantes son los de la flota)</numerusform>
            <numerusform>%n filas firmadas, comprobadas con las claves de la base de datos (indicar --trust para comprobar que los firmantes son los de la flota)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only incidents this login owns.</source>
        <translation>Solo incidentes de los que este usuario es responsable.</translation>
    </message>
    <message>
        <source>Only incidents nobody owns.</source>
        <translation>Solo incidentes sin responsable.</translation>
    </message>
    <message>
        <source>open, escalated or resolved.</source>
        <translation>open, escalated o resolved.</translation>
    </message>
    <message>
        <source>low, medium, high or critical.</source>
        <translation>low, medium, high o critical.</translation>
    </message>
    <message>
        <source>L1, L2, L3 or none.</source>
        <translation>L1, L2, L3 o none.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 50, 1-10000).</source>
        <translation>Como mucho tantos, los más recientes primero (por defecto 50, 1-10000).</translation>
    </message>
    <message>
        <source>List incidents this login may see, newest first.</source>
        <translation>Lista los incidentes que este usuario puede ver, los más recientes primero.</translation>
    </message>
    <message>
        <source>use one of --mine, --unassigned and --owner</source>
        <translation>use solo una de --mine, --unassigned y --owner</translation>
    </message>
    <message>
        <source>--owner takes a login name</source>
        <translation>--owner espera un nombre de usuario</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 espera %2, no «%3»</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000</source>
        <translation>--limit espera un número entero de 1 a 10000</translation>
    </message>
    <message>
        <source>REPORTED (UTC)</source>
        <translation>NOTIFICADO (UTC)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Imprime un objeto JSON.</translation>
    </message>
    <message>
        <source>The incident&apos;s ID.</source>
        <translation>El ID del incidente.</translation>
    </message>
    <message>
        <source>Show one incident: what was reported, its executions and what technicians did with it, in time order.</source>
        <translation>Muestra un incidente: lo notificado, sus ejecuciones y lo que hicieron los técnicos, en orden temporal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident ID (a UUID)</source>
        <translation>«%1» no es un ID de incidente (un UUID)</translation>
    </message>
    <message>
        <source> on </source>
        <translation> en </translation>
    </message>
    <message>
        <source>incident: </source>
        <translation>incidente: </translation>
    </message>
    <message>
        <source>severity: </source>
        <translation>gravedad: </translation>
    </message>
    <message>
        <source>, status: </source>
        <translation>, estado: </translation>
    </message>
    <message>
        <source>, tier: </source>
        <translation>, nivel: </translation>
    </message>
    <message>
        <source>, owner: </source>
        <translation>, responsable: </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>reported (%1)</source>
        <translation>notificado (%1)</translation>
    </message>
    <message>
        <source>execution %1 of %2 (%3): %4</source>
        <translation>ejecución %1 de %2 (%3): %4</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(sin hora)</translation>
    </message>
    <message>
        <source>The login to assign them to (required).</source>
        <translation>El usuario al que asignarlos (obligatorio).</translation>
    </message>
    <message>
        <source>What to write (required).</source>
        <translation>Lo que se escribe (obligatorio).</translation>
    </message>
    <message>
        <source>A note to go with it.</source>
        <translation>Una nota que la acompañe.</translation>
    </message>
    <message>
        <source>A UUID for this action, so that running the same command again applies it once (default: a new one).</source>
        <translation>Un UUID para esta acción, para que repetir el mismo comando la aplique una sola vez (por defecto: uno nuevo).</translation>
    </message>
    <message>
        <source>Incident IDs.</source>
        <translation>IDs de incidentes.</translation>
    </message>
    <message>
        <source>Act on incidents, all of them or none, in one transaction with its audit row.</source>
        <translation>Actúa sobre incidentes, todos o ninguno, en una transacción con su fila del registro de auditoría.</translation>
    </message>
    <message>
        <source>action %1 was applied before; nothing was done again</source>
        <translation>la acción %1 ya se aplicó; no se hizo nada de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incidente</numerusform>
            <numerusform>%1: %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: healdesk incident list|show|ack|assign|note|resolve|reopen [options] (see healdesk incident list --help)</source>
        <translation>uso: healdesk incident list|show|ack|assign|note|resolve|reopen [opciones] (vea healdesk incident list --help)</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>The escalation queue: open incidents that need a person (L3, escalated, a failed latest execution, or past their SLA), breached first, then by severity and age.</source>
        <translation>La cola de escalado: incidentes abiertos que necesitan a una persona (L3, escalados, con la última ejecución fallida o fuera de su SLA), primero los que incumplen, luego por gravedad y antigüedad.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HORAS</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>SET (UTC)</source>
        <translation>FIJADO (UTC)</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>FIJADO POR</translation>
    </message>
    <message>
        <source>This partner&apos;s SLAs (its ID or name); without it, the fleet&apos;s defaults.</source>
        <translation>Los SLA de este socio (su ID o nombre); sin él, los de la flota.</translation>
    </message>
    <message>
        <source>Show how long an open incident of each severity may wait before it counts as past its SLA: the partner&apos;s own hours, else the fleet&apos;s.</source>
        <translation>Muestra cuánto puede esperar un incidente abierto de cada gravedad antes de superar su SLA: las horas propias del socio, si no las de la flota.</translation>
    </message>
    <message>
        <source>For example critical=2 high=8 (hours, more than 0, at most 8760).</source>
        <translation>Por ejemplo critical=2 high=8 (horas, más de 0, como máximo 8760).</translation>
    </message>
    <message>
        <source>write each SLA as severity=hours, for example high=8, not &quot;%1&quot;</source>
        <translation>escriba cada SLA como gravedad=horas, por ejemplo high=8, no «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA(s) changed</source>
        <translation>
            <numerusform>%n SLA cambiado</numerusform>
            <numerusform>%n SLA cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>The severities to clear; none: all of the partner&apos;s own.</source>
        <translation>Las gravedades que borrar; ninguna: todas las propias del socio.</translation>
    </message>
    <message>
        <source>Drop a partner&apos;s own SLA hours, so the fleet&apos;s apply again (admins only, audited).</source>
        <translation>Borra las horas de SLA propias de un socio, de modo que vuelven a regir las de la flota (solo administradores, auditado).</translation>
    </message>
    <message>
        <source>name the partner with --partner; the fleet&apos;s SLAs can be changed but not cleared</source>
        <translation>indique el socio con --partner; los SLA de la flota se pueden cambiar pero no borrar</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA(s) cleared</source>
        <translation>
            <numerusform>%n SLA borrado</numerusform>
            <numerusform>%n SLA borrados</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: healdesk sla show|set|clear [--partner P] [severity=hours...] (see healdesk sla set --help)</source>
        <translation>uso: healdesk sla show|set|clear [--partner P] [gravedad=horas...] (vea healdesk sla set --help)</translation>
    </message>
    <message>
        <source>auto-resolve: on (an order run from an incident that completes resolves it)</source>
        <translation>auto-resolución: activada (una orden lanzada desde un incidente lo resuelve al completarse)</translation>
    </message>
    <message>
        <source>auto-resolve: off (the console offers to resolve)</source>
        <translation>auto-resolución: desactivada (la consola ofrece resolver)</translation>
    </message>
    <message>
        <source>on: an order run from one of the partner&apos;s incidents resolves the incident when it completes; off: the console offers to.</source>
        <translation>on: una orden lanzada desde un incidente del socio resuelve el incidente al completarse; off: la consola lo ofrece.</translation>
    </message>
    <message>
        <source>Set SLA hours, the fleet&apos;s or a partner&apos;s own, and a partner&apos;s auto-resolve (admins only, audited).</source>
        <translation>Fija las horas de SLA, las de la flota o las propias de un socio, y la auto-resolución de un socio (solo administradores, auditado).</translation>
    </message>
    <message>
        <source>--auto-resolve takes on or off, not &quot;%1&quot;</source>
        <translation>--auto-resolve admite on u off, no «%1»</translation>
    </message>
    <message>
        <source>--auto-resolve is set per partner: name it with --partner</source>
        <translation>--auto-resolve se fija por socio: indíquelo con --partner</translation>
    </message>
    <message>
        <source>name at least one severity=hours, or --auto-resolve</source>
        <translation>indique al menos una gravedad=horas, o --auto-resolve</translation>
    </message>
    <message>
        <source>usage: healdesk order issue|list|show|retry|cancel|verify|schedule [options] (see healdesk order issue --help)</source>
        <translation>uso: healdesk order issue|list|show|retry|cancel|verify|schedule [opciones] (vea healdesk order issue --help)</translation>
    </message>
    <message>
        <source>The order.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>Show one order: its parameters, who issued it and why, its batch and incident, its life (issued, acknowledged, finished) and its executions.</source>
        <translation>Muestra una orden: sus parámetros, quién la emitió y por qué, su lote e incidente, su vida (emitida, confirmada, terminada) y sus ejecuciones.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>runbook</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>appliance</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>emitida por</translation>
    </message>
    <message>
        <source> (unsigned)</source>
        <translation> (sin firmar)</translation>
    </message>
    <message>
        <source> (signed by %1)</source>
        <translation> (firmada por %1)</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>caduca</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>Retry the targets whose latest order failed or was rejected.</source>
        <translation>Reintentar los destinos cuya última orden falló o fue rechazada.</translation>
    </message>
    <message>
        <source>Retry the targets whose latest order expired.</source>
        <translation>Reintentar los destinos cuya última orden caducó.</translation>
    </message>
    <message>
        <source>Client-made ID base of the new orders, for an idempotent retry (-1, -2, ... are added).</source>
        <translation>Base de ID de las nuevas órdenes elegida por el cliente, para un reintento idempotente (se añaden -1, -2, ...).</translation>
    </message>
    <message>
        <source>Wait up to this many seconds for the new orders to finish.</source>
        <translation>Esperar hasta estos segundos a que terminen las nuevas órdenes.</translation>
    </message>
    <message>
        <source>The batch (order show names it).</source>
        <translation>El lote (order show lo indica).</translation>
    </message>
    <message>
        <source>Issue a batch&apos;s failed and/or expired orders again, to exactly those appliances: new order IDs in the same batch, every check of a first order, audited. Without --failed or --expired, both.</source>
        <translation>Vuelve a emitir las órdenes fallidas y/o caducadas de un lote, exactamente a esos dispositivos: nuevos ID de orden en el mismo lote, todas las comprobaciones de una primera orden, auditado. Sin --failed ni --expired, ambas.</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>not a PostgreSQL URI: expected postgresql://user@host:port/dbname?options</source>
        <translation>no es una URI de PostgreSQL: se esperaba postgresql://user@host:port/dbname?options</translation>
    </message>
    <message>
        <source>URI option &quot;%1&quot; has no value</source>
        <translation>la opción de URI &quot;%1&quot; no tiene valor</translation>
    </message>
    <message>
        <source>URI option &quot;%1&quot; is not a libpq keyword</source>
        <translation>la opción de URI &quot;%1&quot; no es una palabra clave de libpq</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto &quot;%1&quot; no es un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>URI option &quot;%1&quot; may not contain &apos;;&apos;</source>
        <translation>la opción de URI &quot;%1&quot; no puede contener &apos;;&apos;</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install libqt6sql6-psql</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado; instale libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>standby not checked yet; reading from the primary</source>
        <translation>réplica en espera aún sin comprobar; se lee del servidor principal</translation>
    </message>
    <message>
        <source>no standby configured</source>
        <translation>no hay réplica en espera configurada</translation>
    </message>
    <message>
        <source>the standby is not in recovery (promoted or not a standby); reading from the primary</source>
        <translation>la réplica en espera no está en recuperación (promovida o no es una réplica); se lee del servidor principal</translation>
    </message>
    <message>
        <source>reading from the standby (%1 s behind)</source>
        <translation>se lee de la réplica en espera (%1 s de retraso)</translation>
    </message>
    <message>
        <source>the standby is %1 s behind (limit %2 s); reading from the primary</source>
        <translation>la réplica en espera lleva %1 s de retraso (límite %2 s); se lee del servidor principal</translation>
    </message>
    <message>
        <source>standby unreachable (%1); reading from the primary</source>
        <translation>réplica en espera inaccesible (%1); se lee del servidor principal</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>in the future (%1)</source>
        <translation>en el futuro (%1)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>sin SLA</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>unknown generator size &quot;%1&quot; (expected tiny, demo, medium or large)</source>
        <translation>tamaño de generador desconocido &quot;%1&quot; (se esperaba tiny, demo, medium o large)</translation>
    </message>
    <message>
        <source>generator sizes must be positive</source>
        <translation>los tamaños del generador deben ser positivos</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>unknown fix &quot;%1&quot; (expected tiers, orders or expire)</source>
        <translation>corrección desconocida &quot;%1&quot; (se esperaba tiers, orders o expire)</translation>
    </message>
    <message>
        <source>Telemetry runbook ID</source>
        <translation>ID de runbook de telemetría</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Recorded tier</source>
        <translation>Nivel registrado</translation>
    </message>
    <message>
        <source>Telemetry tier</source>
        <translation>Nivel en telemetría</translation>
    </message>
    <message>
        <source>Latest execution</source>
        <translation>Ejecución más reciente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Matching execution</source>
        <translation>Ejecución coincidente</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Pasa a</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Unknown appliance</source>
        <translation>Dispositivo desconocido</translation>
    </message>
    <message>
        <source>Unknown incident</source>
        <translation>Incidente desconocido</translation>
    </message>
    <message>
        <source>Unknown site</source>
        <translation>Sede desconocida</translation>
    </message>
    <message>
        <source>Telemetry runbook IDs that resolve to no runbook</source>
        <translation>IDs de runbook de telemetría que no corresponden a ningún runbook</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) in the unmapped bucket</source>
        <translation>
            <numerusform>%n ejecución en el grupo sin asignar</numerusform>
            <numerusform>%n ejecuciones en el grupo sin asignar</numerusform>
        </translation>
    </message>
    <message>
        <source>Map each ID to a runbook (Mapping editor)</source>
        <translation>Asignar cada ID a un runbook (editor de asignaciones)</translation>
    </message>
    <message>
        <source>Incidents with no tier while telemetry has one</source>
        <translation>Incidentes sin nivel cuando la telemetría tiene uno</translation>
    </message>
    <message>
        <source>Backfill tiers from telemetry</source>
        <translation>Completar niveles a partir de la telemetría</translation>
    </message>
    <message>
        <source>Incidents whose tier differs from their latest execution</source>
        <translation>Incidentes cuyo nivel difiere de su última ejecución</translation>
    </message>
    <message>
        <source>Orders still pending past their deadline</source>
        <translation>Órdenes aún pendientes pasado su plazo</translation>
    </message>
    <message>
        <source>deadline: expires_at, or 1 h after issue for orders without one</source>
        <translation>plazo: expires_at, o 1 h tras la emisión para órdenes sin él</translation>
    </message>
    <message>
        <source>Reconcile first, then expire what nothing matches</source>
        <translation>Conciliar primero y después caducar lo que no coincida con nada</translation>
    </message>
    <message>
        <source>Pending orders with a matching execution</source>
        <translation>Órdenes pendientes con una ejecución coincidente</translation>
    </message>
    <message>
        <source>Reconcile: complete or fail from the execution (marked inferred)</source>
        <translation>Conciliar: completar o fallar según la ejecución (marcada como inferida)</translation>
    </message>
    <message>
        <source>Telemetry naming a missing appliance, incident or site</source>
        <translation>Telemetría que nombra un dispositivo, incidente o sede inexistente</translation>
    </message>
    <message>
        <source>appliance %1 · incident %2 · site %3</source>
        <translation>dispositivo %1 · incidente %2 · sede %3</translation>
    </message>
    <message>
        <source>None: kept and counted, never dropped</source>
        <translation>Ninguna: se conserva y se cuenta, nunca se descarta</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Rejected at</source>
        <translation>Fecha de rechazo</translation>
    </message>
    <message>
        <source>Why the appliance refused it</source>
        <translation>Motivo por el que el dispositivo la rechazó</translation>
    </message>
    <message>
        <source>Orders an appliance refused</source>
        <translation>Órdenes rechazadas por un dispositivo</translation>
    </message>
    <message>
        <source>unsigned, badly signed, replayed, expired, or for another appliance</source>
        <translation>sin firmar, mal firmadas, repetidas, caducadas o para otro dispositivo</translation>
    </message>
    <message>
        <source>None: find who wrote them (the audit log has every order Healdesk wrote)</source>
        <translation>Ninguna: averiguar quién las escribió (el registro de auditoría contiene todas las órdenes que escribió Healdesk)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;h3&gt;Healdesk %1&lt;/h3&gt;&lt;p&gt;Operations console for MSP technicians looking after HIPAA clinics.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3 (built against %4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6 (Core, Gui, Widgets, Charts, Sql, Network, Concurrent): LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCoro: MIT&lt;/li&gt;&lt;li&gt;QtKeychain: BSD-3-Clause&lt;/li&gt;&lt;li&gt;libpq (PostgreSQL client): PostgreSQL Licence&lt;/li&gt;&lt;li&gt;OpenSSL (through libpq): Apache-2.0&lt;/li&gt;&lt;li&gt;DejaVu fonts (reports): Bitstream Vera licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Healdesk %1&lt;/h3&gt;&lt;p&gt;Consola de operaciones para técnicos de MSP que atienden clínicas sujetas a HIPAA.&lt;/p&gt;&lt;p&gt;Compilación %2, Qt %3 (compilado con %4).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotecas y sus licencias&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt 6 (Core, Gui, Widgets, Charts, Sql, Network, Concurrent): LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/li&gt;&lt;li&gt;QCoro: MIT&lt;/li&gt;&lt;li&gt;QtKeychain: BSD-3-Clause&lt;/li&gt;&lt;li&gt;libpq (cliente de PostgreSQL): PostgreSQL Licence&lt;/li&gt;&lt;li&gt;OpenSSL (a través de libpq): Apache-2.0&lt;/li&gt;&lt;li&gt;Fuentes DejaVu (informes): licencia Bitstream Vera&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <source>the action ID &quot;%1&quot; is not a UUID</source>
        <translation>el ID de acción «%1» no es un UUID</translation>
    </message>
    <message>
        <source>no incident given</source>
        <translation>no se indicó ningún incidente</translation>
    </message>
    <message>
        <source>%1 incidents in one action; at most %2</source>
        <translation>%1 incidentes en una acción; como mucho %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident ID (a UUID)</source>
        <translation>«%1» no es un ID de incidente (un UUID)</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most 10000</source>
        <translation>el texto tiene %1 caracteres; como mucho 10000</translation>
    </message>
    <message>
        <source>the text holds a NUL character</source>
        <translation>el texto contiene un carácter NUL</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>una nota necesita su texto</translation>
    </message>
    <message>
        <source>a resolution needs a note saying what was done</source>
        <translation>una resolución necesita una nota que diga lo que se hizo</translation>
    </message>
    <message>
        <source>an assignment needs the login to assign to</source>
        <translation>una asignación necesita el usuario al que asignar</translation>
    </message>
    <message>
        <source>only an assignment takes a login to assign to</source>
        <translation>solo una asignación lleva un usuario</translation>
    </message>
    <message>
        <source>unknown incident action &quot;%1&quot;: use acknowledge, assign, note, resolve or reopen</source>
        <translation>acción de incidente desconocida «%1»: use acknowledge, assign, note, resolve o reopen</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>asumido por %1</translation>
    </message>
    <message>
        <source>assigned to %1 by %2</source>
        <translation>asignado a %1 por %2</translation>
    </message>
    <message>
        <source>given a note by %1</source>
        <translation>anotado por %1</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>resuelto por %1</translation>
    </message>
    <message>
        <source>reopened by %1</source>
        <translation>reabierto por %1</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>cambiado por %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then how long ago</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>an incident is named twice</source>
        <translation>un incidente aparece dos veces</translation>
    </message>
    <message>
        <source>there is no incident %1, or it is not one this login may see</source>
        <translation>no existe el incidente %1, o este usuario no puede verlo</translation>
    </message>
    <message>
        <source>incident %1 was %2 since you loaded it; nothing was changed. Look again before acting.</source>
        <translation>el incidente %1 fue %2 desde que lo cargó; no se cambió nada. Vuelva a mirarlo antes de actuar.</translation>
    </message>
    <message>
        <source>incident %1 is %2 now, not %3 as you saw it (its agent changed it); nothing was changed. Look again before acting.</source>
        <translation>el incidente %1 está ahora %2, no %3 como lo vio (su agente lo cambió); no se cambió nada. Vuelva a mirarlo antes de actuar.</translation>
    </message>
    <message>
        <source>resolved already</source>
        <translation>ya resuelto</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>no resuelto</translation>
    </message>
    <message>
        <source>yours already</source>
        <translation>ya suyo</translation>
    </message>
    <message>
        <source>assigned to %1 already</source>
        <translation>ya asignado a %1</translation>
    </message>
    <message>
        <source>incident %1 is %2; nothing was changed</source>
        <translation>el incidente %1 está %2; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 of the %2 incidents are that way already (the first, %3, is %4); nothing was changed</source>
        <translation>%1 de los %2 incidentes ya están así (el primero, %3, está %4); no se cambió nada</translation>
    </message>
    <message>
        <source>%1 cannot be given incident %2: it is not a Healdesk login that serves the incident&apos;s partner</source>
        <translation>no se puede dar el incidente %2 a %1: no es un usuario de Healdesk que atienda al socio del incidente</translation>
    </message>
    <message>
        <source>order %1 (%2) issued by %3: %4</source>
        <translation>orden %1 (%2) emitida por %3: %4</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>incident %1 no longer exists</source>
        <translation>el incidente %1 ya no existe</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>no hay incidente %1</translation>
    </message>
    <message>
        <source>it succeeded</source>
        <translation>tuvo éxito</translation>
    </message>
    <message>
        <source>it failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>%1 is the runbook of its latest execution (%2).</source>
        <translation>%1 es el runbook de su última ejecución (%2).</translation>
    </message>
    <message>
        <source>%1 is the runbook of its latest execution, %2 through the mapping (%3).</source>
        <translation>%1 es el runbook de su última ejecución, %2 a través de la correspondencia (%3).</translation>
    </message>
    <message>
        <source>No execution yet: %1 is what L1 rule %2 for %3 runs.</source>
        <translation>Aún sin ejecución: %1 es lo que ejecuta la regla L1 %2 para %3.</translation>
    </message>
    <message numerus="yes">
        <source>No execution and no L1 rule: %1 healed %2 most often in the fleet, %n time(s) in the last 90 days.</source>
        <translation>
            <numerusform>Sin ejecución ni regla L1: %1 es lo que más veces corrigió %2 en la flota, %n vez en los últimos 90 días.</numerusform>
            <numerusform>Sin ejecución ni regla L1: %1 es lo que más veces corrigió %2 en la flota, %n veces en los últimos 90 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to suggest: %1 has no execution, no L1 rule and no healing in the fleet in the last 90 days. Choose a runbook.</source>
        <translation>Nada que sugerir: %1 no tiene ejecución, ni regla L1, ni corrección en la flota en los últimos 90 días. Elija un runbook.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>&lt;i&gt;none recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;no se registró ninguno&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;state_before is not valid JSON: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c62828&apos;&gt;state_before no es JSON válido: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#c62828&apos;&gt;state_after is not valid JSON: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#c62828&apos;&gt;state_after no es JSON válido: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no state recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;no se registró ningún estado&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; border=&apos;1&apos; style=&apos;border-collapse:collapse&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Setting&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Before&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; border=&apos;1&apos; style=&apos;border-collapse:collapse&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Ajuste&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Antes&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Después&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;on %2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;en %2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>notificado</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>%1 ran %2: %3</source>
        <translation>%1 ejecutó %2: %3</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Timeline&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Cronología&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
</context>
<context>
    <name>InputParsers</name>
    <message>
        <source>parameters are %1 bytes; at most %2 are allowed</source>
        <translation>los parámetros ocupan %1 bytes; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>parameters are not valid JSON: %1 at offset %2</source>
        <translation>los parámetros no son JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>parameters must be a JSON object, like {&quot;force&quot;: true}</source>
        <translation>los parámetros deben ser un objeto JSON, como {&quot;force&quot;: true}</translation>
    </message>
    <message>
        <source>parameters name a field twice; give each field once</source>
        <translation>los parámetros nombran un campo dos veces; indicar cada campo una sola vez</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain could not %1: %2</source>
        <translation>el llavero del sistema no pudo %1: %2</translation>
    </message>
    <message>
        <source>read the password of profile &quot;%1&quot;</source>
        <translation>leer la contraseña del perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>store the password of profile &quot;%1&quot;</source>
        <translation>guardar la contraseña del perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>remove the password of profile &quot;%1&quot;</source>
        <translation>eliminar la contraseña del perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>read the signing key %1</source>
        <translation>leer la clave de firma %1</translation>
    </message>
    <message>
        <source>store the signing key %1</source>
        <translation>guardar la clave de firma %1</translation>
    </message>
    <message>
        <source>remove the signing key %1</source>
        <translation>eliminar la clave de firma %1</translation>
    </message>
    <message>
        <source>read the alert route secret %1</source>
        <translation>leer el secreto de la ruta de alerta %1</translation>
    </message>
    <message>
        <source>store the alert route secret %1</source>
        <translation>guardar el secreto de la ruta de alerta %1</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>%1 needs your admin signing key, and this workstation&apos;s keychain holds none for this login: run healdesk key create --role admin and have it approved</source>
        <translation>%1 requiere la clave de firma de administrador propia, y el llavero de esta estación de trabajo no contiene ninguna para este usuario: ejecutar healdesk key create --role admin y hacer que la aprueben</translation>
    </message>
    <message>
        <source>this database has no signing settings: run healdesk migrate</source>
        <translation>esta base de datos no tiene ajustes de firma: ejecutar healdesk migrate</translation>
    </message>
    <message>
        <source>a key&apos;s role is technician, admin or service</source>
        <translation>el rol de una clave debe ser technician, admin o service</translation>
    </message>
    <message>
        <source>no key %1</source>
        <translation>no existe la clave %1</translation>
    </message>
    <message>
        <source>an approval is valid for 1 to 1095 days</source>
        <translation>una aprobación es válida entre 1 y 1095 días</translation>
    </message>
    <message>
        <source>Approving a key</source>
        <translation>Aprobar una clave</translation>
    </message>
    <message>
        <source>a revocation needs a reason (--reason)</source>
        <translation>una revocación requiere un motivo (--reason)</translation>
    </message>
    <message>
        <source>Revoking a key</source>
        <translation>Revocar una clave</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner ID</source>
        <translation>&quot;%1&quot; no es un ID de socio</translation>
    </message>
    <message>
        <source>Setting the signing policy</source>
        <translation>Establecer la política de firma</translation>
    </message>
    <message>
        <source>%1 keys claim the first-admin approval, which Healdesk grants once: the key tables were written around Healdesk; check them before exporting trust</source>
        <translation>%1 claves reclaman la aprobación de primer administrador, que Healdesk concede una sola vez: las tablas de claves se escribieron sin pasar por Healdesk; revisarlas antes de exportar la confianza</translation>
    </message>
    <message>
        <source>no admin key is approved yet: an admin runs healdesk key create --role admin, then the schema&apos;s owner runs healdesk key approve KEY_ID --bootstrap</source>
        <translation>todavía no hay ninguna clave de administrador aprobada: un administrador ejecuta healdesk key create --role admin y, después, el propietario del esquema ejecuta healdesk key approve KEY_ID --bootstrap</translation>
    </message>
    <message>
        <source>the first admin key&apos;s approval does not describe key %1</source>
        <translation>la aprobación de la primera clave de administrador no describe la clave %1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation>idioma desconocido &quot;%1&quot; (disponibles: %2)</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <source>no PostgreSQL server binaries found (install postgresql-15)</source>
        <translation>no se encontraron los binarios del servidor PostgreSQL (instale postgresql-15)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot hand %1 to the postgres user</source>
        <translation>no se puede ceder %1 al usuario postgres</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb falló: %1</translation>
    </message>
    <message>
        <source>the demo database server did not start: %1</source>
        <translation>el servidor de base de datos de demostración no se inició: %1</translation>
    </message>
    <message>
        <source>the demo database server did not stop: %1</source>
        <translation>el servidor de base de datos de demostración no se detuvo: %1</translation>
    </message>
    <message>
        <source>the database server did not restart: %1</source>
        <translation>el servidor de base de datos no se reinició: %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>no free TCP port on 127.0.0.1</source>
        <translation>no hay ningún puerto TCP libre en 127.0.0.1</translation>
    </message>
    <message>
        <source>%1 already holds a cluster</source>
        <translation>%1 ya contiene un clúster</translation>
    </message>
    <message>
        <source>pg_basebackup failed: %1</source>
        <translation>pg_basebackup falló: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>healdesk: demo fleet generated</source>
        <translation>healdesk: flota de demostración generada</translation>
    </message>
    <message>
        <source>healdesk: reusing the demo database</source>
        <translation>healdesk: se reutiliza la base de datos de demostración</translation>
    </message>
    <message>
        <source>healdesk: no simulator at </source>
        <translation>healdesk: no hay simulador en </translation>
    </message>
    <message>
        <source>; orders will stay pending</source>
        <translation>; las órdenes seguirán pendientes</translation>
    </message>
    <message>
        <source>PostgreSQL URI (libpq form); default: PG* variables.</source>
        <translation>URI de PostgreSQL (formato de libpq); predeterminado: variables PG*.</translation>
    </message>
    <message>
        <source>A saved connection profile (healdesk profile add); password from the system keychain.</source>
        <translation>Perfil de conexión guardado (healdesk profile add); contraseña desde el llavero del sistema.</translation>
    </message>
    <message>
        <source>Start a private demo database and open it.</source>
        <translation>Inicia una base de datos de demostración privada y la abre.</translation>
    </message>
    <message>
        <source>Open every page, save a PNG of each into DIR once it shows data, and quit (used by the smoke test and the user guide).</source>
        <translation>Abre cada página, guarda un PNG de cada una en DIR en cuanto muestra datos, y sale (lo usan la prueba de humo y la guía del usuario).</translation>
    </message>
    <message>
        <source>Interface language: en, es or de (default: the View &gt; Language setting, else the system locale).</source>
        <translation>Idioma de la interfaz: en, es o de (predeterminado: el ajuste Ver &gt; Idioma o, si no, la configuración regional del sistema).</translation>
    </message>
    <message>
        <source>healdesk: preparing the demo database in </source>
        <translation>healdesk: preparando la base de datos de demostración en </translation>
    </message>
    <message>
        <source> SQL statement(s) were attempted on the GUI thread</source>
        <translation> intento(s) de ejecutar sentencias SQL en el hilo de la GUI</translation>
    </message>
    <message>
        <source>A read-only standby of the database (libpq URI): pages, statistics and reports read from it while it keeps up; orders, fixes and admin changes always go to the primary.</source>
        <translation>Una réplica en espera de solo lectura de la base de datos (URI de libpq): páginas, estadísticas e informes leen de ella mientras vaya al día; órdenes, correcciones y cambios de administración van siempre al servidor principal.</translation>
    </message>
    <message>
        <source>Seconds the standby may lag before reads fall back to the primary (default 30).</source>
        <translation>Segundos de retraso admitidos en la réplica antes de volver a leer del servidor principal (predeterminado: 30).</translation>
    </message>
    <message>
        <source>--standby-max-lag takes whole seconds from 1 to 86400</source>
        <translation>--standby-max-lag admite segundos enteros de 1 a 86400</translation>
    </message>
    <message>
        <source>Healdesk, the operations console for MSP technicians.

Commands: %1 (run &quot;healdesk COMMAND --help&quot;).</source>
        <translation>Healdesk, la consola de operaciones para técnicos de MSP.

Comandos: %1 (ejecutar &quot;healdesk COMMAND --help&quot;).</translation>
    </message>
    <message>
        <source>cannot write the demo&apos;s trust file %1: %2</source>
        <translation>no se puede escribir el archivo de confianza de la demostración %1: %2</translation>
    </message>
    <message>
        <source>demo alert inbox: empty</source>
        <translation>bandeja de alertas de la demo: vacía</translation>
    </message>
    <message numerus="yes">
        <source>demo alert inbox: %n alert(s)</source>
        <translation>
            <numerusform>bandeja de alertas de la demo: %n alerta</numerusform>
            <numerusform>bandeja de alertas de la demo: %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Última: %1</translation>
    </message>
    <message>
        <source>healdesk: unknown command &quot;%1&quot;; the commands are %2 (healdesk --help)</source>
        <translation>healdesk: comando desconocido «%1»; los comandos son %2 (healdesk --help)</translation>
    </message>
    <message>
        <source>healdesk: put the command first: healdesk %1 [options]</source>
        <translation>healdesk: poner el comando primero: healdesk %1 [opciones]</translation>
    </message>
    <message>
        <source>Healdesk</source>
        <translation>Healdesk</translation>
    </message>
    <message>
        <source>Open the window at WIDTHxHEIGHT pixels, e.g. 800x600 (for the screenshot tour at small and large screens).</source>
        <translation>Abrir la ventana con ANCHOxALTO píxeles, p. ej. 800x600 (para el recorrido de capturas en pantallas pequeñas y grandes).</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 800x600</source>
        <translation>--window-size acepta ANCHOxALTO, p. ej. 800x600</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>&quot;%1&quot; is not a span of the day such as 02:00-04:30</source>
        <translation>&quot;%1&quot; no es un intervalo del día como 02:00-04:30</translation>
    </message>
    <message>
        <source>a window that ends when it starts is empty</source>
        <translation>una ventana que termina cuando empieza está vacía</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>sede desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a window needs a reason (--reason): it goes into the audit log</source>
        <translation>una ventana requiere un motivo (--reason): queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>the day is Mon, Tue, Wed, Thu, Fri, Sat or Sun</source>
        <translation>el día debe ser uno de estos: Mon, Tue, Wed, Thu, Fri, Sat or Sun</translation>
    </message>
    <message>
        <source>a one-off window needs --from before --to</source>
        <translation>una ventana puntual requiere que --from sea anterior a --to</translation>
    </message>
    <message>
        <source>that window has already ended</source>
        <translation>esa ventana ya ha terminado</translation>
    </message>
    <message>
        <source>no window %1 (for this login)</source>
        <translation>no existe la ventana %1 (para este usuario)</translation>
    </message>
    <message>
        <source>name either a site or a partner</source>
        <translation>indicar una sede o bien un socio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (use an IANA name such as America/New_York)</source>
        <translation>&quot;%1&quot; no es una zona horaria (usar un nombre IANA como America/New_York)</translation>
    </message>
    <message>
        <source>no such site or partner (for this login)</source>
        <translation>no existe esa sede ni ese socio (para este usuario)</translation>
    </message>
    <message>
        <source>runs %1 clinic time, in %2</source>
        <translation>activa %1, hora de la clínica, en %2</translation>
    </message>
    <message>
        <source>runs %1 clinic time (%2 here), in %3</source>
        <translation>activa %1, hora de la clínica (%2 aquí), en %3</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>Mapped %1 to %2: %n execution(s) now count for it.</source>
        <translation>
            <numerusform>%1 asignado a %2: ahora cuenta %n ejecución para él.</numerusform>
            <numerusform>%1 asignado a %2: ahora cuentan %n ejecuciones para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1: %n execution(s) are unmapped again.</source>
        <translation>
            <numerusform>%1 eliminado: %n ejecución vuelve a estar sin asignar.</numerusform>
            <numerusform>%1 eliminado: %n ejecuciones vuelven a estar sin asignar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pair(s).</source>
        <translation>
            <numerusform>%n par importado.</numerusform>
            <numerusform>%n pares importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) were already there.</source>
        <translation>
            <numerusform>%n par ya estaba.</numerusform>
            <numerusform>%n pares ya estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mappings</name>
    <message>
        <source>the %1 ID is empty or has surrounding spaces</source>
        <translation>el ID de %1 está vacío o tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>the %1 ID is longer than 100 characters</source>
        <translation>el ID de %1 tiene más de 100 caracteres</translation>
    </message>
    <message>
        <source>the %1 ID contains a NUL character</source>
        <translation>el ID de %1 contiene un carácter NUL</translation>
    </message>
    <message>
        <source>line %1: expected two fields (telemetry ID, runbook ID), found %2</source>
        <translation>línea %1: se esperaban dos campos (ID de telemetría, ID de runbook) y hay %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is mapped twice in the file (to &quot;%3&quot; and &quot;%4&quot;)</source>
        <translation>línea %1: &quot;%2&quot; está asignado dos veces en el archivo (a &quot;%3&quot; y a &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>there is no runbook &quot;%1&quot;</source>
        <translation>no existe el runbook &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is itself a runbook ID; mapping it to &quot;%2&quot; would give one runbook two names (a cycle)</source>
        <translation>&quot;%1&quot; ya es un ID de runbook; asignarlo a &quot;%2&quot; daría dos nombres a un mismo runbook (un ciclo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a mapped telemetry ID, not a runbook (a cycle)</source>
        <translation>&quot;%1&quot; es un ID de telemetría asignado, no un runbook (un ciclo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already mapped to &quot;%2&quot; (a duplicate); remove that mapping first</source>
        <translation>&quot;%1&quot; ya está asignado a &quot;%2&quot; (un duplicado); quitar antes esa asignación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not mapped</source>
        <translation>&quot;%1&quot; no está asignado</translation>
    </message>
    <message>
        <source>telemetry</source>
        <translation>telemetría</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>runbook</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>missing table %1</source>
        <translation>falta la tabla %1</translation>
    </message>
    <message>
        <source>missing column %1.%2</source>
        <translation>falta la columna %1.%2</translation>
    </message>
    <message>
        <source>unexpected column %1.%2</source>
        <translation>columna inesperada %1.%2</translation>
    </message>
    <message>
        <source>unexpected table %1</source>
        <translation>tabla inesperada %1</translation>
    </message>
    <message>
        <source>the database has migration %1 (%2), which this Healdesk does not know; it is newer than this program (which knows up to %3)</source>
        <translation>la base de datos tiene la migración %1 (%2), que esta versión de Healdesk no conoce; es más reciente que este programa (que conoce hasta la %3)</translation>
    </message>
    <message>
        <source>migration %1 (%2) was changed after it was applied: recorded checksum %3, file checksum %4; refusing to upgrade</source>
        <translation>la migración %1 (%2) se modificó después de aplicarse: suma de comprobación registrada %3, suma de comprobación del archivo %4; se rechaza la actualización</translation>
    </message>
    <message>
        <source>the database is neither empty nor the known production schema; nothing was changed. Differences: %1</source>
        <translation>la base de datos no está vacía ni tiene el esquema de producción conocido; no se cambió nada. Diferencias: %1</translation>
    </message>
    <message>
        <source>empty database: every migration will be applied</source>
        <translation>base de datos vacía: se aplicarán todas las migraciones</translation>
    </message>
    <message>
        <source>database at version %1</source>
        <translation>base de datos en la versión %1</translation>
    </message>
    <message>
        <source>up to date at version %1</source>
        <translation>al día en la versión %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>unchanged, again after the migrations</source>
        <translation>sin cambios, de nuevo tras las migraciones</translation>
    </message>
    <message>
        <source>, then its backfill</source>
        <translation>, y después su relleno</translation>
    </message>
    <message>
        <source>this database is managed by another migration tool (its schema_migrations has %1); Healdesk adopts only an empty database or the production schema described in shared/legacy/schema.sql (its migration 1); nothing was changed</source>
        <translation>esta base de datos la gestiona otra herramienta de migraciones (su schema_migrations tiene %1); Healdesk solo adopta una base de datos vacía o el esquema de producción descrito en shared/legacy/schema.sql (su migración 1); no se cambió nada</translation>
    </message>
    <message>
        <source>the database is at schema version %1, this Healdesk&apos;s</source>
        <translation>la base de datos está en la versión de esquema %1, la de este Healdesk</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>la base de datos está vacía</translation>
    </message>
    <message>
        <source>the database has not been upgraded by Healdesk yet</source>
        <translation>Healdesk aún no ha actualizado la base de datos</translation>
    </message>
    <message>
        <source>the database was upgraded by an older Healdesk (schema version %1)</source>
        <translation>la base de datos la actualizó un Healdesk anterior (versión de esquema %1)</translation>
    </message>
    <message>
        <source>the database is managed by another migration tool (its schema_migrations has %1)</source>
        <translation>la base de datos la gestiona otra herramienta de migraciones (su schema_migrations tiene %1)</translation>
    </message>
    <message numerus="yes">
        <source>the database&apos;s rules are older than this Healdesk&apos;s (%n definition(s) changed)</source>
        <translation>
            <numerusform>las reglas de la base de datos son anteriores a las de este Healdesk (%n definición cambiada)</numerusform>
            <numerusform>las reglas de la base de datos son anteriores a las de este Healdesk (%n definiciones cambiadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is at schema version %1 and this Healdesk needs %2</source>
        <translation>la base de datos está en la versión de esquema %1 y este Healdesk necesita la %2</translation>
    </message>
    <message>
        <source>the database is at schema version %1, newer than this Healdesk (%2)</source>
        <translation>la base de datos está en la versión de esquema %1, más reciente que este Healdesk (%2)</translation>
    </message>
    <message>
        <source>%1: Healdesk cannot use it</source>
        <translation>%1: Healdesk no puede usarla</translation>
    </message>
    <message>
        <source>%1: use a newer Healdesk</source>
        <translation>%1: usar un Healdesk más reciente</translation>
    </message>
    <message>
        <source>%1: run healdesk migrate --dry-run to see the plan, then healdesk migrate</source>
        <translation>%1: ejecutar healdesk migrate --dry-run para ver el plan y después healdesk migrate</translation>
    </message>
    <message>
        <source>production schema not yet managed by Healdesk: adopted as version 1, rows untouched</source>
        <translation>esquema de producción aún no gestionado por Healdesk: se adopta como versión 1, sin tocar las filas</translation>
    </message>
    <message>
        <source>move Healdesk&apos;s record of migrations from schema_migrations to healdesk_migrations, rows as they are</source>
        <translation>mover el registro de migraciones de Healdesk de schema_migrations a healdesk_migrations, con las filas tal como están</translation>
    </message>
    <message>
        <source>record the new checksum of migration %1, rewritten for that name alone</source>
        <translation>anotar la nueva suma de comprobación de la migración %1, reescrita solo por ese nombre</translation>
    </message>
    <message>
        <source>the database was upgraded by an older Healdesk</source>
        <translation>la base de datos la actualizó un Healdesk anterior</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n partners: %2; give the ID</source>
        <translation>
            <numerusform>«%1» designa %n socio: %2; indicar el ID</numerusform>
            <numerusform>«%1» designa %n socios: %2; indicar el ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n sites: %2; give the site ID</source>
        <translation>
            <numerusform>«%1» designa %n sede: %2; indicar el ID de la sede</numerusform>
            <numerusform>«%1» designa %n sedes: %2; indicar el ID de la sede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n appliances: %2; give the ID, or SITE/HOSTNAME</source>
        <translation>
            <numerusform>«%1» designa %n dispositivo: %2; indicar el ID o SEDE/HOST</numerusform>
            <numerusform>«%1» designa %n dispositivos: %2; indicar el ID o SEDE/HOST</numerusform>
        </translation>
    </message>
    <message>
        <source>list what? partners, sites or appliances, not &quot;%1&quot;</source>
        <translation>¿listar qué? partners, sites o appliances, no «%1»</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;: none has that ID or name (healdesk list partners shows them)</source>
        <translation>socio desconocido «%1»: ninguno tiene ese ID o nombre (healdesk list partners los muestra)</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;: none has that ID or name (healdesk list sites shows them)</source>
        <translation>sede desconocida «%1»: ninguna tiene ese ID o nombre (healdesk list sites las muestra)</translation>
    </message>
    <message>
        <source>unknown appliance &quot;%1&quot;: none has that ID or host name (healdesk list appliances shows them)</source>
        <translation>dispositivo desconocido «%1»: ninguno tiene ese ID o nombre de host (healdesk list appliances los muestra)</translation>
    </message>
</context>
<context>
    <name>OrderSchedules</name>
    <message>
        <source>daily at %1</source>
        <translation>cada día a las %1</translation>
    </message>
    <message>
        <source>monthly on day %1 at %2</source>
        <translation>cada mes el día %1 a las %2</translation>
    </message>
    <message>
        <source>at each window&apos;s start</source>
        <translation>al inicio de cada ventana</translation>
    </message>
    <message>
        <source>the recurrence is window, daily or monthly, not &quot;%1&quot;</source>
        <translation>la recurrencia es window, daily o monthly, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a daily or monthly schedule needs a time such as 02:00</source>
        <translation>una programación diaria o mensual necesita una hora como 02:00</translation>
    </message>
    <message>
        <source>a monthly schedule needs a day from 1 to 31</source>
        <translation>una programación mensual necesita un día de 1 a 31</translation>
    </message>
    <message>
        <source>the time to live must be between 60 seconds and 7 days</source>
        <translation>el tiempo de vida debe estar entre 60 segundos y 7 días</translation>
    </message>
    <message>
        <source>a schedule needs a site</source>
        <translation>una programación necesita una sede</translation>
    </message>
    <message>
        <source>appliance %1: %2</source>
        <translation>dispositivo %1: %2</translation>
    </message>
    <message>
        <source>appliance %1 (%2) is not at site %3</source>
        <translation>el dispositivo %1 (%2) no está en la sede %3</translation>
    </message>
    <message>
        <source>%1 is disruptive and each occurrence runs it unattended; confirm it explicitly</source>
        <translation>%1 es disruptivo y cada ocurrencia lo ejecuta sin supervisión; hay que confirmarlo explícitamente</translation>
    </message>
    <message>
        <source>site %1 has no maintenance window to run in; add one first</source>
        <translation>la sede %1 no tiene ninguna ventana de mantenimiento en la que ejecutarse; hay que añadir una primero</translation>
    </message>
    <message>
        <source>site %1 is not one this login may schedule for</source>
        <translation>este usuario no puede crear programaciones para la sede %1</translation>
    </message>
    <message>
        <source>no running schedule %1 (for this login)</source>
        <translation>no existe la programación activa %1 (para este usuario)</translation>
    </message>
    <message>
        <source>no paused schedule %1 (for this login)</source>
        <translation>no existe la programación en pausa %1 (para este usuario)</translation>
    </message>
    <message>
        <source>no schedule %1 (for this login)</source>
        <translation>no existe la programación %1 (para este usuario)</translation>
    </message>
    <message>
        <source>schedule %1 (%2, made by %3): %4</source>
        <translation>programación %1 (%2, creada por %3): %4</translation>
    </message>
    <message>
        <source>the site has no appliances</source>
        <translation>la sede no tiene dispositivos</translation>
    </message>
    <message>
        <source>no worker ran while it was due</source>
        <translation>ningún worker se ejecutó cuando correspondía</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>waiting for appliance</source>
        <translation>esperando al dispositivo</translation>
    </message>
    <message>
        <source>stuck pending (no TTL)</source>
        <translation>atascada como pendiente (sin TTL)</translation>
    </message>
    <message>
        <source>a reason is required: it goes into the audit log</source>
        <translation>se requiere un motivo: queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>the time to live must be between 10 seconds and 7 days</source>
        <translation>el tiempo de vida debe estar entre 10 segundos y 7 días</translation>
    </message>
    <message>
        <source>order id &quot;%1&quot; must be 1-56 letters, digits or . _ : -</source>
        <translation>el ID de orden &quot;%1&quot; debe tener de 1 a 56 letras, dígitos o . _ : -</translation>
    </message>
    <message>
        <source>name either appliances or a site</source>
        <translation>indicar dispositivos o bien una sede</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appliance ID</source>
        <translation>&quot;%1&quot; no es un ID de dispositivo</translation>
    </message>
    <message>
        <source>unknown runbook &quot;%1&quot;</source>
        <translation>runbook desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>runbook %1 is disabled for every appliance</source>
        <translation>el runbook %1 está desactivado para todos los dispositivos</translation>
    </message>
    <message>
        <source>%1 is disabled for this appliance in appliance_runbook_config</source>
        <translation>%1 está desactivado para este dispositivo en appliance_runbook_config</translation>
    </message>
    <message>
        <source>no such appliance</source>
        <translation>no existe el dispositivo</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; has no appliances (or does not exist)</source>
        <translation>la sede &quot;%1&quot; no tiene dispositivos (o no existe)</translation>
    </message>
    <message>
        <source>refused, nothing was ordered: %1</source>
        <translation>se rechaza; no se emitió ninguna orden: %1</translation>
    </message>
    <message>
        <source>no appliance to order</source>
        <translation>ningún dispositivo al que emitir la orden</translation>
    </message>
    <message>
        <source>%1 is disruptive and would touch %n appliance(s); confirm it explicitly</source>
        <translation>%1 es disruptivo y afectaría a %n dispositivo(s); hay que confirmarlo explícitamente</translation>
    </message>
    <message>
        <source>order id %1 is already used by a different order</source>
        <translation>el ID de orden %1 ya lo usa otra orden</translation>
    </message>
    <message>
        <source>unknown order &quot;%1&quot;</source>
        <translation>orden desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and you have no signing key on this workstation: run healdesk key create (or Settings ▸ Signing key) and ask an admin to approve it</source>
        <translation>las órdenes para %1 deben ir firmadas y no hay ninguna clave de firma propia en esta estación de trabajo: ejecutar healdesk key create (o Ajustes ▸ Clave de firma) y pedir a un administrador que la apruebe</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and your key %2 is not registered in this database: run healdesk key create</source>
        <translation>las órdenes para %1 deben ir firmadas y la clave %2 no está registrada en esta base de datos: ejecutar healdesk key create</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and your key %2 is pending: ask an admin to run healdesk key approve %2</source>
        <translation>las órdenes para %1 deben ir firmadas y la clave %2 está pendiente: pedir a un administrador que ejecute healdesk key approve %2</translation>
    </message>
    <message>
        <source>orders for %1 must be signed, and your key %2 is %3: create a new one (healdesk key create) and have it approved</source>
        <translation>las órdenes para %1 deben ir firmadas y la clave %2 está %3: crear una nueva (healdesk key create) y hacer que la aprueben</translation>
    </message>
    <message>
        <source>%1 (this appliance ran it already)</source>
        <translation>%1 (este dispositivo ya la ejecutó)</translation>
    </message>
    <message>
        <source>held: no maintenance window ahead</source>
        <translation>retenida: no hay ninguna ventana de mantenimiento próxima</translation>
    </message>
    <message>
        <source>held until %1</source>
        <translation>retenida hasta %1</translation>
    </message>
    <message>
        <source>a hold must end in the future</source>
        <translation>una retención debe terminar en el futuro</translation>
    </message>
    <message>
        <source>order %1 is %2; only a pending or held order can be cancelled</source>
        <translation>la orden %1 está %2; solo se puede cancelar una orden pendiente o retenida</translation>
    </message>
    <message>
        <source>waiting for a worker with an approved service key: this partner&apos;s orders must be signed</source>
        <translation>esperando a un worker con una clave de servicio aprobada: las órdenes de este socio deben ir firmadas</translation>
    </message>
    <message>
        <source>say why the order is cancelled: the reason goes into the audit log</source>
        <translation>indicar por qué se cancela la orden: el motivo va al registro de auditoría</translation>
    </message>
    <message>
        <source>no incident %1 that this login may see</source>
        <translation>no hay incidente %1 visible para este inicio de sesión</translation>
    </message>
    <message>
        <source>an order run from an incident goes to the incident&apos;s own appliance only</source>
        <translation>una orden lanzada desde un incidente va solo al dispositivo del incidente</translation>
    </message>
    <message>
        <source>%1 would be held for a maintenance window; an order run from an incident runs now, so run it from the Fleet page to hold it</source>
        <translation>%1 quedaría retenida hasta una ventana de mantenimiento; una orden lanzada desde un incidente se ejecuta ya, así que lánzela desde la página Flota para retenerla</translation>
    </message>
    <message>
        <source>a batch ID is a UUID, not &quot;%1&quot;</source>
        <translation>un ID de lote es un UUID, no «%1»</translation>
    </message>
    <message>
        <source>no batch %1 that this login may see</source>
        <translation>no hay lote %1 visible para este inicio de sesión</translation>
    </message>
    <message>
        <source>retry the failed orders, the expired ones, or both</source>
        <translation>reintente las órdenes fallidas, las caducadas o ambas</translation>
    </message>
    <message>
        <source>batch %1 has no %2 order to retry</source>
        <translation>el lote %1 no tiene ninguna orden %2 que reintentar</translation>
    </message>
    <message>
        <source>failed or expired</source>
        <translation>fallida o caducada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>retry of batch %1: %2</source>
        <translation>reintento del lote %1: %2</translation>
    </message>
    <message>
        <source>batch %1 was retried by someone else meanwhile; nothing was ordered, look at it again</source>
        <translation>otra persona reintentó el lote %1 mientras tanto; no se ordenó nada, revíselo de nuevo</translation>
    </message>
</context>
<context>
    <name>ParameterSchema</name>
    <message>
        <source>the parameter schema is not valid: %1</source>
        <translation>el esquema de parámetros no es válido: %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>debe ser texto, no %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>debe ser un número, no %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>debe ser al menos %1, no %2</translation>
    </message>
    <message>
        <source>must be at most %1, not %2</source>
        <translation>debe ser como máximo %1, no %2</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>debe ser uno de %1, no %2</translation>
    </message>
    <message>
        <source>must match %1, not %2</source>
        <translation>debe coincidir con %1, no %2</translation>
    </message>
    <message>
        <source>it is %1 bytes; at most %2 are allowed</source>
        <translation>ocupa %1 bytes; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <source>it must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keyword Healdesk checks</source>
        <translation>«%1» no es una palabra clave que Healdesk compruebe</translation>
    </message>
    <message>
        <source>the parameters&apos; type must be &quot;object&quot;</source>
        <translation>el tipo de los parámetros debe ser «object»</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object naming each parameter</source>
        <translation>«properties» debe ser un objeto que nombre cada parámetro</translation>
    </message>
    <message>
        <source>&quot;additionalProperties&quot; must be true or false</source>
        <translation>«additionalProperties» debe ser true o false</translation>
    </message>
    <message>
        <source>parameter %1 must be described by an object</source>
        <translation>el parámetro %1 debe describirse con un objeto</translation>
    </message>
    <message>
        <source>parameter %1: &quot;%2&quot; is not a keyword Healdesk checks</source>
        <translation>parámetro %1: «%2» no es una palabra clave que Healdesk compruebe</translation>
    </message>
    <message>
        <source>parameter %1: the type must be string, integer, number or boolean</source>
        <translation>parámetro %1: el tipo debe ser string, integer, number o boolean</translation>
    </message>
    <message>
        <source>parameter %1: %2 needs a numeric type and a number</source>
        <translation>parámetro %1: %2 necesita un tipo numérico y un número</translation>
    </message>
    <message>
        <source>parameter %1: the minimum is above the maximum</source>
        <translation>parámetro %1: el mínimo supera el máximo</translation>
    </message>
    <message>
        <source>parameter %1: the pattern must be a valid regular expression on text</source>
        <translation>parámetro %1: el patrón debe ser una expresión regular válida sobre texto</translation>
    </message>
    <message>
        <source>parameter %1: enum must list at least one value</source>
        <translation>parámetro %1: enum debe enumerar al menos un valor</translation>
    </message>
    <message>
        <source>parameter %1: the allowed value %2 %3</source>
        <translation>parámetro %1: el valor permitido %2 %3</translation>
    </message>
    <message>
        <source>parameter %1: the default %2</source>
        <translation>parámetro %1: el valor predeterminado %2</translation>
    </message>
    <message>
        <source>&quot;required&quot; must list parameter names</source>
        <translation>«required» debe enumerar nombres de parámetros</translation>
    </message>
    <message>
        <source>&quot;required&quot; names %1, which is not among the properties</source>
        <translation>«required» nombra %1, que no está entre las properties</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 is not a parameter of this runbook (it takes %2)</source>
        <translation>%1 no es un parámetro de este runbook (acepta %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>parameters refused, nothing was ordered: %1</source>
        <translation>parámetros rechazados, no se ordenó nada: %1</translation>
    </message>
    <message>
        <source>it names a key twice; give each once</source>
        <translation>nombra una clave dos veces; indicar cada una una sola vez</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile keeps host, port, user, database, sslmode and sslrootcert; &quot;%1&quot; is not one of them</source>
        <translation>un perfil guarda host, port, user, database, sslmode y sslrootcert; &quot;%1&quot; no es ninguno de ellos</translation>
    </message>
    <message>
        <source>profile name &quot;%1&quot; must be 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>el nombre de perfil &quot;%1&quot; debe tener de 1 a 63 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o un dígito</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>root certificate &quot;%1&quot; is not a readable file</source>
        <translation>el certificado raíz &quot;%1&quot; no es un archivo legible</translation>
    </message>
    <message>
        <source>sslmode %1 checks the server against a root certificate: give one with --sslrootcert</source>
        <translation>sslmode %1 comprueba el servidor con un certificado raíz: indicar uno con --sslrootcert</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto &quot;%1&quot; no es un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>no se puede escribir el archivo de configuración %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give --db or --profile, not both</source>
        <translation>indicar --db o --profile, no ambos</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (%2)</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>none saved yet</source>
        <translation>aún no hay ninguno guardado</translation>
    </message>
    <message>
        <source>the password of profile &quot;%1&quot; is not in the system keychain any more; save it again with healdesk profile add %1 --password-stdin</source>
        <translation>la contraseña del perfil &quot;%1&quot; ya no está en el llavero del sistema; vuelva a guardarla con healdesk profile add %1 --password-stdin</translation>
    </message>
    <message>
        <source>a standby port or lag limit needs a standby host</source>
        <translation>un puerto o un límite de retraso de réplica en espera necesita un host de réplica</translation>
    </message>
    <message>
        <source>the standby is the primary itself (same host and port)</source>
        <translation>la réplica en espera es el propio servidor principal (mismo host y puerto)</translation>
    </message>
    <message>
        <source>the standby lag limit takes whole seconds from 1 to 86400</source>
        <translation>el límite de retraso de la réplica en espera admite segundos enteros de 1 a 86400</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
</context>
<context>
    <name>ReportArchive</name>
    <message>
        <source>name either a partner or a site</source>
        <translation>indicar un socio o bien una sede</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partner ID</source>
        <translation>&quot;%1&quot; no es un ID de socio</translation>
    </message>
    <message>
        <source>name at least one format: pdf, csv</source>
        <translation>indicar al menos un formato: pdf, csv</translation>
    </message>
    <message>
        <source>the formats are pdf and csv, not &quot;%1&quot;</source>
        <translation>los formatos son pdf y csv, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the page size is a4 or letter</source>
        <translation>el tamaño de página debe ser a4 o letter</translation>
    </message>
    <message>
        <source>the language is en, es or de</source>
        <translation>el idioma debe ser en, es o de</translation>
    </message>
    <message>
        <source>the stale limit takes whole days from 1 to 3650</source>
        <translation>el límite de obsolescencia admite días enteros de 1 a 3650</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>socio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>sede desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no report schedule %1 (for this login)</source>
        <translation>no existe la programación de informes %1 (para este usuario)</translation>
    </message>
    <message>
        <source>no archived report %1 (for this login)</source>
        <translation>no existe el informe archivado %1 (para este usuario)</translation>
    </message>
    <message>
        <source>archived report %1 has no %2</source>
        <translation>el informe archivado %1 no incluye %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 to %2 (UTC, whole days)</source>
        <translation>del %1 al %2 (UTC, días completos)</translation>
    </message>
    <message>
        <source>%1 to %2 UTC (end excluded)</source>
        <translation>del %1 al %2 UTC (fin excluido)</translation>
    </message>
    <message>
        <source>… (cut; the CSV holds the full text)</source>
        <translation>… (recortado; el CSV contiene el texto completo)</translation>
    </message>
    <message numerus="yes">
        <source>Partner: %1 (%2), all of its %n site(s)</source>
        <translation>
            <numerusform>Socio: %1 (%2), con %n sede</numerusform>
            <numerusform>Socio: %1 (%2), con todas sus %n sedes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Sedes: %1</translation>
    </message>
    <message>
        <source>Partner: %1 (%2)</source>
        <translation>Socio: %1 (%2)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC by database login %2</source>
        <translation>Generado: %1 UTC por el usuario de base de datos %2</translation>
    </message>
    <message>
        <source>Report ID: %1    Schema version: %2</source>
        <translation>ID de informe: %1    Versión del esquema: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>HIPAA compliance report</source>
        <translation>Informe de cumplimiento HIPAA</translation>
    </message>
    <message>
        <source>Incidents by tier</source>
        <translation>Incidentes por nivel</translation>
    </message>
    <message>
        <source>Executions by tier</source>
        <translation>Ejecuciones por nivel</translation>
    </message>
    <message>
        <source>Healing tiers</source>
        <translation>Niveles de corrección</translation>
    </message>
    <message>
        <source>nothing in this period</source>
        <translation>nada en este periodo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>L1: deterministic rule</source>
        <translation>L1: regla determinista</translation>
    </message>
    <message>
        <source>L2: plan made by an LLM</source>
        <translation>L2: plan elaborado por un LLM</translation>
    </message>
    <message>
        <source>L3: escalated to a person</source>
        <translation>L3: escalado a una persona</translation>
    </message>
    <message>
        <source>none or unknown tier</source>
        <translation>sin nivel o nivel desconocido</translation>
    </message>
    <message>
        <source>Healdesk HIPAA compliance report · %1</source>
        <translation>Informe de cumplimiento HIPAA de Healdesk · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Data digest (SHA-256): %1</source>
        <translation>Resumen de los datos (SHA-256): %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing the CSV</source>
        <translation>Escribiendo el CSV</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Maquetando las páginas</translation>
    </message>
    <message>
        <source>HIPAA compliance report %1</source>
        <translation>Informe de cumplimiento HIPAA %1</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Escribiendo la página %1 de %2</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Period: %1, so far (the period asked for ends after the report was made)</source>
        <translation>Período: %1, hasta el momento (el período pedido termina después de crear el informe)</translation>
    </message>
    <message>
        <source>No activity in this period: no incident, execution or order was recorded for this scope. Figures with nothing to measure show —. Incidents still open and the compliance state of each control come from before the period and still show.</source>
        <translation>Sin actividad en este período: no se registró ningún incidente, ejecución ni orden para este ámbito. Las cifras sin nada que medir muestran —. Los incidentes aún abiertos y el estado de cumplimiento de cada control vienen de antes del período y se siguen mostrando.</translation>
    </message>
    <message>
        <source>(no HIPAA control)</source>
        <translation>(ningún control HIPAA)</translation>
    </message>
    <message>
        <source>%1 rows, more than the %2 this document lists one by one. The CSV attached to this PDF (report-%3.csv) lists every one; the SHA-256 of this section&apos;s records in it is %4.</source>
        <translation>%1 filas, más de las %2 que este documento enumera una a una. El CSV adjunto a este PDF (report-%3.csv) las enumera todas; el SHA-256 de los registros de esta sección en él es %4.</translation>
    </message>
    <message>
        <source>Per HIPAA control (an execution counts under each control its runbook covers):</source>
        <translation>Por control HIPAA (una ejecución cuenta en cada control que cubre su runbook):</translation>
    </message>
    <message>
        <source>Per runbook:</source>
        <translation>Por runbook:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Con éxito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Preparado por %1</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2)</source>
        <translation>Firmado por %1 (clave %2)</translation>
    </message>
    <message>
        <source>UNSIGNED: no approved signing key vouches for this report</source>
        <translation>UNSIGNED: ninguna clave de firma aprobada respalda este informe</translation>
    </message>
    <message>
        <source>Report %1 · %2</source>
        <translation>Informe %1 · %2</translation>
    </message>
    <message>
        <source>cannot start a PDF</source>
        <translation>no se puede iniciar un PDF</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CSV line %1: a quote inside an unquoted field</source>
        <translation>CSV, línea %1: comillas dentro de un campo sin comillas</translation>
    </message>
    <message>
        <source>CSV line %1: text after a closing quote</source>
        <translation>CSV, línea %1: texto después de unas comillas de cierre</translation>
    </message>
    <message>
        <source>CSV line %1: a quoted field never ends</source>
        <translation>CSV, línea %1: un campo entre comillas no termina nunca</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>se canceló el informe</translation>
    </message>
    <message>
        <source>a report covers one or more sites or a partner; name them</source>
        <translation>un informe abarca una o varias sedes o un socio; hay que indicarlos</translation>
    </message>
    <message>
        <source>a report needs a period with a start and an end</source>
        <translation>un informe necesita un periodo con inicio y fin</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>socio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;</source>
        <translation>sede desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot; for this partner</source>
        <translation>sede desconocida &quot;%1&quot; para este socio</translation>
    </message>
    <message>
        <source>(unmapped telemetry ID)</source>
        <translation>(ID de telemetría sin asignar)</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Informe listo</translation>
    </message>
    <message>
        <source>unknown digest algorithm &quot;%1&quot;</source>
        <translation>algoritmo de resumen desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a Healdesk report CSV (no report section or no digest)</source>
        <translation>no es un CSV de informe de Healdesk (no hay sección de informe o no hay resumen)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Reading the scope</source>
        <translation>Leyendo el ámbito</translation>
    </message>
    <message>
        <source>Sites in scope</source>
        <translation>Sedes en el ámbito</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>ID de sede</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>ID de socio</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsoletos</translation>
    </message>
    <message>
        <source>The partner has no sites.</source>
        <translation>El socio no tiene sedes.</translation>
    </message>
    <message>
        <source>Counting incidents</source>
        <translation>Contando los incidentes</translation>
    </message>
    <message>
        <source>Counting executions by tier and runbook</source>
        <translation>Contando las ejecuciones por nivel y runbook</translation>
    </message>
    <message>
        <source>Building the HIPAA control matrix</source>
        <translation>Generando la matriz de controles HIPAA</translation>
    </message>
    <message>
        <source>HIPAA control matrix</source>
        <translation>Matriz de controles HIPAA</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No runbook names a HIPAA control.</source>
        <translation>Ningún runbook hace referencia a un control HIPAA.</translation>
    </message>
    <message>
        <source>Exceptions: failed executions</source>
        <translation>Excepciones: ejecuciones fallidas</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No execution failed in the period.</source>
        <translation>Ninguna ejecución falló en el periodo.</translation>
    </message>
    <message>
        <source>Listing escalations and open incidents</source>
        <translation>Listando los escalados y los incidentes abiertos</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Listing orders</source>
        <translation>Listando las órdenes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Inferido</translation>
    </message>
    <message>
        <source>Human actions: orders issued</source>
        <translation>Acciones humanas: órdenes emitidas</translation>
    </message>
    <message>
        <source>No order was issued in the period.</source>
        <translation>No se emitió ninguna orden en el periodo.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <source>Human actions: audit log</source>
        <translation>Acciones humanas: registro de auditoría</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Usuario de base de datos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>No audited action in the period.</source>
        <translation>Ninguna acción auditada en el periodo.</translation>
    </message>
    <message>
        <source>Actions on this scope&apos;s orders, and administrative changes that name a site in scope or no site.</source>
        <translation>Acciones sobre las órdenes de este ámbito y cambios administrativos que nombran una sede del ámbito o ninguna sede.</translation>
    </message>
    <message>
        <source>Collecting evidence</source>
        <translation>Recopilando las evidencias</translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <translation>Anexo de evidencias</translation>
    </message>
    <message>
        <source>SHA-256 of state_after</source>
        <translation>SHA-256 de state_after</translation>
    </message>
    <message>
        <source>No execution in the period.</source>
        <translation>Ninguna ejecución en el periodo.</translation>
    </message>
    <message>
        <source>Every execution in the period. The hash is SHA-256 of state_after as stored (PostgreSQL jsonb text); it is empty when the appliance recorded no state.</source>
        <translation>Todas las ejecuciones del periodo. El hash es el SHA-256 de state_after tal como está almacenado (texto jsonb de PostgreSQL); está vacío cuando el dispositivo no registró ningún estado.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>ID de informe</translation>
    </message>
    <message>
        <source>Generated at (database time, UTC)</source>
        <translation>Fecha de generación (hora de la base de datos, UTC)</translation>
    </message>
    <message>
        <source>Generated by (database login)</source>
        <translation>Generado por (usuario de base de datos)</translation>
    </message>
    <message>
        <source>Period start (inclusive)</source>
        <translation>Inicio del periodo (incluido)</translation>
    </message>
    <message>
        <source>Period end (exclusive)</source>
        <translation>Fin del periodo (excluido)</translation>
    </message>
    <message>
        <source>Scope kind</source>
        <translation>Tipo de ámbito</translation>
    </message>
    <message>
        <source>Database schema version</source>
        <translation>Versión del esquema de la base de datos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Incidents reported in the period</source>
        <translation>Incidentes notificados en el periodo</translation>
    </message>
    <message>
        <source>Mean time to resolve (incidents of the period resolved so far)</source>
        <translation>Tiempo medio de resolución (incidentes del periodo resueltos hasta ahora)</translation>
    </message>
    <message>
        <source>Executions in the period</source>
        <translation>Ejecuciones en el periodo</translation>
    </message>
    <message>
        <source>Executions that succeeded</source>
        <translation>Ejecuciones correctas</translation>
    </message>
    <message>
        <source>Executions that failed</source>
        <translation>Ejecuciones fallidas</translation>
    </message>
    <message>
        <source>Orders issued in the period</source>
        <translation>Órdenes emitidas en el periodo</translation>
    </message>
    <message>
        <source>Orders cancelled</source>
        <translation>Órdenes canceladas</translation>
    </message>
    <message>
        <source>HIPAA controls</source>
        <translation>Controles HIPAA</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Incidentes por gravedad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Resolved or closed</source>
        <translation>Resueltos o cerrados</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Tiempo medio de resolución</translation>
    </message>
    <message>
        <source>No incident was reported in the period.</source>
        <translation>No se notificó ningún incidente en el periodo.</translation>
    </message>
    <message>
        <source>Incidents by status</source>
        <translation>Incidentes por estado</translation>
    </message>
    <message>
        <source>Incidents by healing tier</source>
        <translation>Incidentes por nivel de corrección</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>An incident&apos;s tier is the tier of its latest execution, else its recorded tier; none when neither is known.</source>
        <translation>El nivel de un incidente es el de su última ejecución o, en su defecto, su nivel registrado; none cuando no se conoce ninguno de los dos.</translation>
    </message>
    <message>
        <source>Executions by healing tier</source>
        <translation>Ejecuciones por nivel de corrección</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Executions by runbook</source>
        <translation>Ejecuciones por runbook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Duración media</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>Duración p95</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>This report contains no patient data (PHI): only appliance, runbook and execution metadata.</source>
        <translation>Este informe no contiene datos de pacientes (PHI): solo metadatos de dispositivos, runbooks y ejecuciones.</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Failing on</source>
        <translation>No cumple en</translation>
    </message>
    <message numerus="yes">
        <source>Each appliance in scope and each control form a pair. As of the period end a pair is passing when the latest execution of a runbook covering the control succeeded, failing when it failed, stale when that execution is more than %n day(s) older than the period end, and without evidence when there is none. Score: passing over passing and failing pairs. Executions and successes count the period&apos;s executions of the covering runbooks.</source>
        <translation>
            <numerusform>Cada equipo del ámbito forma un par con cada control. Al final del período un par cumple cuando la última ejecución de un runbook que cubre el control tuvo éxito, no cumple cuando falló, está obsoleto cuando esa ejecución es más de %n día anterior al fin del período, y no tiene evidencia cuando no hay ninguna. Puntuación: pares que cumplen sobre los que cumplen y los que no. Ejecuciones y éxitos cuentan las ejecuciones del período de los runbooks que lo cubren.</numerusform>
            <numerusform>Cada equipo del ámbito forma un par con cada control. Al final del período un par cumple cuando la última ejecución de un runbook que cubre el control tuvo éxito, no cumple cuando falló, está obsoleto cuando esa ejecución es más de %n días anterior al fin del período, y no tiene evidencia cuando no hay ninguna. Puntuación: pares que cumplen sobre los que cumplen y los que no. Ejecuciones y éxitos cuentan las ejecuciones del período de los runbooks que lo cubren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Informando</translation>
    </message>
    <message>
        <source>Appliances: in scope. Reporting: those that sent telemetry in the period. Pairs and score as of the period end, as in the control matrix.</source>
        <translation>Equipos: en el ámbito. Informando: los que enviaron telemetría en el período. Pares y puntuación al final del período, como en la matriz de controles.</translation>
    </message>
    <message>
        <source>Exceptions: controls failing at the period end</source>
        <translation>Excepciones: controles que no cumplen al final del período</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>No cumple desde</translation>
    </message>
    <message>
        <source>Failing for</source>
        <translation>Tiempo sin cumplir</translation>
    </message>
    <message>
        <source>No (appliance, control) pair was failing at the period end.</source>
        <translation>Ningún par (equipo, control) incumplía al final del período.</translation>
    </message>
    <message>
        <source>Pairs whose latest covering execution failed, with the first failure after their last success.</source>
        <translation>Pares cuya última ejecución que los cubre falló, con el primer fallo tras su último éxito.</translation>
    </message>
    <message>
        <source>Runbook ID mapping used</source>
        <translation>Asignación de ID de runbook usada</translation>
    </message>
    <message>
        <source>Telemetry runbook ID</source>
        <translation>ID de runbook en telemetría</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Contado como</translation>
    </message>
    <message>
        <source>No execution of the period went through the mapping.</source>
        <translation>Ninguna ejecución del período pasó por la asignación.</translation>
    </message>
    <message>
        <source>Every mapping row that resolved an execution of the period to a runbook. The report facts give the SHA-256 of the whole mapping as read.</source>
        <translation>Cada fila de la asignación que resolvió una ejecución del período a un runbook. Los datos del informe dan el SHA-256 de toda la asignación tal como se leyó.</translation>
    </message>
    <message>
        <source>At the period end</source>
        <translation>Al final del período</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Age at the period end</source>
        <translation>Antigüedad al final del período</translation>
    </message>
    <message>
        <source>The period asked for ends after the report was made, so it runs to that moment (so far)</source>
        <translation>El período pedido termina después de crear el informe, así que llega hasta ese momento (hasta ahora)</translation>
    </message>
    <message>
        <source>Previous period of equal length: start (it ends where this one starts)</source>
        <translation>Período anterior de igual duración: inicio (termina donde empieza este)</translation>
    </message>
    <message>
        <source>A pair is stale when its latest evidence is older than this many days before the period end</source>
        <translation>Un par está obsoleto cuando su última evidencia es anterior en más de estos días al fin del período</translation>
    </message>
    <message>
        <source>Rows in the runbook ID mapping as read</source>
        <translation>Filas de la asignación de ID de runbook tal como se leyó</translation>
    </message>
    <message>
        <source>SHA-256 of the whole runbook ID mapping as read</source>
        <translation>SHA-256 de toda la asignación de ID de runbook tal como se leyó</translation>
    </message>
    <message>
        <source>Incident figures count incidents reported in the period; execution figures count telemetry rows; the compliance figures count (appliance, control) pairs as of the period end. They are never added together.</source>
        <translation>Las cifras de incidentes cuentan incidentes notificados en el período; las de ejecuciones, filas de telemetría; las de cumplimiento, pares (equipo, control) al final del período. Nunca se suman entre sí.</translation>
    </message>
    <message>
        <source>Compliance score: passing pairs over passing and failing pairs, as of the period end</source>
        <translation>Puntuación de cumplimiento: pares que cumplen sobre los que cumplen y los que no, al final del período</translation>
    </message>
    <message>
        <source>Compliance score at the end of the previous period</source>
        <translation>Puntuación de cumplimiento al final del período anterior</translation>
    </message>
    <message>
        <source>Change of the compliance score since then</source>
        <translation>Cambio de la puntuación de cumplimiento desde entonces</translation>
    </message>
    <message>
        <source>Pairs passing: the latest covering execution succeeded</source>
        <translation>Pares que cumplen: la última ejecución que los cubre tuvo éxito</translation>
    </message>
    <message>
        <source>Pairs failing: the latest covering execution failed</source>
        <translation>Pares que no cumplen: la última ejecución que los cubre falló</translation>
    </message>
    <message>
        <source>Pairs stale: the latest covering execution is too old to count</source>
        <translation>Pares obsoletos: la última ejecución que los cubre es demasiado antigua para contar</translation>
    </message>
    <message>
        <source>Pairs with no covering execution at all</source>
        <translation>Pares sin ninguna ejecución que los cubra</translation>
    </message>
    <message>
        <source>HIPAA controls named by a runbook</source>
        <translation>Controles HIPAA nombrados por un runbook</translation>
    </message>
    <message>
        <source>Appliances in scope</source>
        <translation>Equipos en el ámbito</translation>
    </message>
    <message>
        <source>Appliances that reported telemetry in the period</source>
        <translation>Equipos que enviaron telemetría en el período</translation>
    </message>
    <message>
        <source>Of those, not resolved or closed when the report was made</source>
        <translation>De ellos, sin resolver ni cerrar al crear el informe</translation>
    </message>
    <message>
        <source>Of those, resolved (with a resolution time) before the period end</source>
        <translation>De ellos, resueltos (con hora de resolución) antes del fin del período</translation>
    </message>
    <message>
        <source>Healed automatically: L1 or L2 share of the incidents resolved by the period end</source>
        <translation>Reparados automáticamente: parte L1 o L2 de los incidentes resueltos al final del período</translation>
    </message>
    <message>
        <source>Incidents open at the period end (reported before it, whenever)</source>
        <translation>Incidentes abiertos al final del período (notificados antes, en cualquier momento)</translation>
    </message>
    <message>
        <source>Critical incidents open at the period end</source>
        <translation>Incidentes críticos abiertos al final del período</translation>
    </message>
    <message>
        <source>Incidents of the period at tier L3 (healed by a person; not the status &quot;escalated&quot;)</source>
        <translation>Incidentes del período en el nivel L3 (reparados por una persona; no el estado «escalated»)</translation>
    </message>
    <message>
        <source>The status the agent keeps, as it is when the report was made. &quot;Escalated&quot; means the agent handed the incident to a person and it is not closed yet; the tier L3 means a person healed it or was asked to, whatever its status now.</source>
        <translation>El estado que lleva el agente, tal como está al crear el informe. «Escalated» significa que el agente pasó el incidente a una persona y aún no está cerrado; el nivel L3 significa que una persona lo reparó o se le pidió, sea cual sea su estado ahora.</translation>
    </message>
    <message>
        <source>Telemetry runbook IDs resolved through the mapping table; IDs that resolve to no runbook are listed as unmapped, never dropped. Average and p95 (95th percentile, interpolated) are exact over the period&apos;s executions with a duration.</source>
        <translation>ID de runbook de la telemetría resueltos mediante la tabla de asignación; los que no resuelven a ningún runbook se listan como sin asignar, nunca se descartan. La media y el p95 (percentil 95, interpolado) son exactos sobre las ejecuciones del período con duración.</translation>
    </message>
    <message>
        <source>the stale limit is a whole number of days, 1 to 3650</source>
        <translation>el límite de obsolescencia es un número entero de días, de 1 a 3650</translation>
    </message>
    <message>
        <source>the period starts %1, after now (%2): there is nothing to report yet</source>
        <translation>el período empieza %1, después de ahora (%2): aún no hay nada que informar</translation>
    </message>
    <message>
        <source>Exceptions: incidents at tier L3</source>
        <translation>Excepciones: incidentes en el nivel L3</translation>
    </message>
    <message>
        <source>No incident of the period is at tier L3.</source>
        <translation>Ningún incidente del período está en el nivel L3.</translation>
    </message>
    <message>
        <source>Incidents reported in the period whose tier is L3: a person healed them or was asked to.</source>
        <translation>Incidentes notificados en el período cuyo nivel es L3: una persona los reparó o se le pidió.</translation>
    </message>
    <message>
        <source>Exceptions: incidents open at the period end</source>
        <translation>Excepciones: incidentes abiertos al final del período</translation>
    </message>
    <message>
        <source>No incident was open at the period end.</source>
        <translation>Ningún incidente estaba abierto al final del período.</translation>
    </message>
    <message>
        <source>Incidents reported before the end of the period and not resolved or closed before it.</source>
        <translation>Incidentes notificados antes del fin del período y no resueltos ni cerrados antes de él.</translation>
    </message>
    <message>
        <source>SHA-256 of the failed executions: the CSV&apos;s records of that section</source>
        <translation>SHA-256 de las ejecuciones fallidas: los registros de esa sección en el CSV</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence list: the CSV&apos;s evidence records, header included</source>
        <translation>SHA-256 de la lista de evidencias: los registros de evidencia del CSV, cabecera incluida</translation>
    </message>
    <message>
        <source>Computing the digest</source>
        <translation>Calculando el resumen</translation>
    </message>
    <message>
        <source>SHA-256 of the partner&apos;s logo on the cover (none set: empty)</source>
        <translation>SHA-256 del logotipo del socio en la portada (sin logotipo: vacío)</translation>
    </message>
    <message>
        <source>Exceptions: orders failed, rejected, expired or overdue</source>
        <translation>Excepciones: órdenes fallidas, rechazadas, caducadas o vencidas</translation>
    </message>
    <message>
        <source>No order failed, was rejected or expired in the period, and none was overdue at its end.</source>
        <translation>Ninguna orden falló, fue rechazada ni caducó en el periodo, y ninguna estaba vencida al final del mismo.</translation>
    </message>
    <message>
        <source>Orders that failed, expired or were rejected by their appliance (a missing or bad signature, a replay) in the period, and orders issued before its end that were still not done at the end although their deadline had passed (overdue).</source>
        <translation>Órdenes que fallaron, caducaron o fueron rechazadas por su dispositivo (firma ausente o incorrecta, repetición) en el periodo, y órdenes emitidas antes del final del periodo que al final aún no se habían completado aunque su plazo había vencido (vencidas).</translation>
    </message>
    <message>
        <source>Orders failed, rejected or expired in the period, or overdue at its end</source>
        <translation>Órdenes fallidas, rechazadas o caducadas en el periodo, o vencidas al final del mismo</translation>
    </message>
    <message>
        <source>unsigned: this workstation&apos;s keychain holds no signing key for this login</source>
        <translation>sin firmar: el llavero de esta estación de trabajo no contiene ninguna clave de firma para este usuario</translation>
    </message>
    <message>
        <source>unsigned: your signing key %1 is %2, not approved</source>
        <translation>sin firmar: la clave de firma %1 está %2, no aprobada</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>the PDF&apos;s signature line is damaged</source>
        <translation>la línea de firma del PDF está dañada</translation>
    </message>
    <message>
        <source>the PDF has bytes after its signature line: it was changed after signing</source>
        <translation>el PDF tiene bytes después de su línea de firma: se modificó después de firmarlo</translation>
    </message>
</context>
<context>
    <name>Rollups</name>
    <message>
        <source>unknown rollup mode &quot;%1&quot;: use job or trigger</source>
        <translation>modo de resumen desconocido &quot;%1&quot;: use job o trigger</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>the result has no column &quot;%1&quot; (it has: %2)</source>
        <translation>el resultado no tiene la columna &quot;%1&quot; (tiene: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>partner &quot;%1&quot; is not a partner ID (a UUID)</source>
        <translation>el socio &quot;%1&quot; no es un ID de socio (un UUID)</translation>
    </message>
    <message>
        <source>site ID &quot;%1&quot; is not valid</source>
        <translation>el ID de sede &quot;%1&quot; no es válido</translation>
    </message>
    <message>
        <source>the period is empty or inverted (from %1 to %2)</source>
        <translation>el periodo está vacío o invertido (de %1 a %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or time</source>
        <translation>&quot;%1&quot; no es una fecha ni una hora ISO 8601</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>SQL must not run on the GUI thread</source>
        <translation>el SQL no debe ejecutarse en el hilo de la interfaz gráfica</translation>
    </message>
    <message>
        <source>no value for :%1</source>
        <translation>no hay valor para :%1</translation>
    </message>
    <message>
        <source>the statement has no :%1</source>
        <translation>la sentencia no tiene :%1</translation>
    </message>
    <message>
        <source>two values for :%1</source>
        <translation>dos valores para :%1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>the cryptographic library could not %1</source>
        <translation>la biblioteca criptográfica no pudo: %1</translation>
    </message>
    <message>
        <source>read a public key</source>
        <translation>leer una clave pública</translation>
    </message>
    <message>
        <source>make an Ed25519 key</source>
        <translation>crear una clave Ed25519</translation>
    </message>
    <message>
        <source>the signing key in the keychain is damaged (not 32 bytes)</source>
        <translation>la clave de firma del llavero está dañada (no tiene 32 bytes)</translation>
    </message>
    <message>
        <source>load the signing key</source>
        <translation>cargar la clave de firma</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>firmar</translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation>leer la clave de firma</translation>
    </message>
    <message>
        <source>%1 holds a control character (a line break or a tab) and cannot be signed</source>
        <translation>%1 contiene un carácter de control (un salto de línea o un tabulador) y no se puede firmar</translation>
    </message>
    <message>
        <source>the statement does not end with a line break</source>
        <translation>la declaración no termina con un salto de línea</translation>
    </message>
    <message>
        <source>the statement has %1 lines, not %2</source>
        <translation>la declaración tiene %1 líneas, no %2</translation>
    </message>
    <message>
        <source>the statement is a &quot;%1&quot;, not a &quot;%2&quot;</source>
        <translation>la declaración es un «%1», no un «%2»</translation>
    </message>
    <message>
        <source>line %1 should give %2</source>
        <translation>la línea %1 debería indicar %2</translation>
    </message>
    <message>
        <source>line %1 is not clean UTF-8 text</source>
        <translation>la línea %1 no es texto UTF-8 limpio</translation>
    </message>
    <message>
        <source>draw a random nonce</source>
        <translation>obtener un nonce aleatorio</translation>
    </message>
</context>
<context>
    <name>SqlLibrary</name>
    <message>
        <source>embedded SQL file is missing</source>
        <translation>falta el archivo SQL incrustado</translation>
    </message>
    <message>
        <source>SQL includes nest too deeply</source>
        <translation>las inclusiones de SQL están anidadas a demasiada profundidad</translation>
    </message>
    <message>
        <source>a positional &quot;?&quot; placeholder: name every value (:name)</source>
        <translation>un marcador &quot;?&quot; por posición: nombre cada valor (:name)</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>security</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>access</source>
        <translation>acceso</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoría</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>cortafuegos</translation>
    </message>
    <message>
        <source>malware</source>
        <translation>programas maliciosos</translation>
    </message>
    <message>
        <source>patching</source>
        <translation>parches</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenida</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>the trust file&apos;s %1 has no &quot;%2&quot;</source>
        <translation>el archivo de confianza (%1) no tiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the trust file&apos;s %1 has a &quot;%2&quot; that is not a time</source>
        <translation>el archivo de confianza (%1) tiene un &quot;%2&quot; que no es una fecha y hora</translation>
    </message>
    <message>
        <source>not a trust file: %1</source>
        <translation>no es un archivo de confianza: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a trust file: its format is not %1</source>
        <translation>no es un archivo de confianza: su formato no es %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>anchor %1</source>
        <translation>ancla %1</translation>
    </message>
    <message>
        <source>the trust file&apos;s %1: key ID %2 is not the ID of its public key</source>
        <translation>el archivo de confianza (%1): el ID de clave %2 no es el ID de su clave pública</translation>
    </message>
    <message>
        <source>the trust file names no admin key</source>
        <translation>el archivo de confianza no indica ninguna clave de administrador</translation>
    </message>
    <message>
        <source>revocation %1</source>
        <translation>revocación %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>política %1</translation>
    </message>
    <message>
        <source>cannot read the trust file %1: %2</source>
        <translation>no se puede leer el archivo de confianza %1: %2</translation>
    </message>
    <message>
        <source>its chain of approvals is longer than %1 keys</source>
        <translation>su cadena de aprobaciones tiene más de %1 claves</translation>
    </message>
    <message>
        <source>it names no key</source>
        <translation>no indica ninguna clave</translation>
    </message>
    <message>
        <source>key %1 of %2 was revoked on %3 (%4)</source>
        <translation>la clave %1 de %2 se revocó el %3 (%4)</translation>
    </message>
    <message>
        <source>a fleet admin key in the trust file (%1)</source>
        <translation>una clave de administrador de la flota en el archivo de confianza (%1)</translation>
    </message>
    <message>
        <source>admin key %1 of %2 is valid from %3 to %4, not on %5</source>
        <translation>la clave de administrador %1 de %2 es válida del %3 al %4, no el %5</translation>
    </message>
    <message>
        <source>key %1 is unknown: neither the trust file nor the database has it</source>
        <translation>la clave %1 es desconocida: no está ni en el archivo de confianza ni en la base de datos</translation>
    </message>
    <message>
        <source>key %1 is not the ID of the public key stored with it</source>
        <translation>la clave %1 no es el ID de la clave pública guardada con ella</translation>
    </message>
    <message>
        <source>key %1 of %2 is pending: no admin approved it</source>
        <translation>la clave %1 de %2 está pendiente: ningún administrador la aprobó</translation>
    </message>
    <message>
        <source>the approval of key %1 is not an approval statement (%2)</source>
        <translation>la aprobación de la clave %1 no es una declaración de aprobación (%2)</translation>
    </message>
    <message>
        <source>key %1 was approved for another installation</source>
        <translation>la clave %1 se aprobó para otra instalación</translation>
    </message>
    <message>
        <source>the approval of key %1 names another key, login or role</source>
        <translation>la aprobación de la clave %1 indica otra clave, otro usuario u otro rol</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved only as the first admin key, and the trust file does not name it</source>
        <translation>la clave %1 de %2 solo se aprobó como primera clave de administrador, y el archivo de confianza no la indica</translation>
    </message>
    <message>
        <source>the approval of key %1 has no valid times</source>
        <translation>la aprobación de la clave %1 no tiene fechas válidas</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by key %3, which is not trusted: %4</source>
        <translation>la clave %1 de %2 la aprobó la clave %3, que no es de confianza: %4</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by %3, whose key is not an admin key</source>
        <translation>la clave %1 de %2 la aprobó %3, cuya clave no es de administrador</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by its own owner; another admin must approve it</source>
        <translation>la clave %1 de %2 la aprobó su propio titular; debe aprobarla otro administrador</translation>
    </message>
    <message>
        <source>the approval of key %1 of %2 does not verify against %3&apos;s key: it is forged or was changed</source>
        <translation>la aprobación de la clave %1 de %2 no se verifica con la clave de %3: está falsificada o se modificó</translation>
    </message>
    <message>
        <source>approved by %1 (key %2) on %3, valid until %4</source>
        <translation>aprobada por %1 (clave %2) el %3, válida hasta el %4</translation>
    </message>
    <message>
        <source>key %1 of %2 was not yet approved on %3</source>
        <translation>la clave %1 de %2 aún no estaba aprobada el %3</translation>
    </message>
    <message>
        <source>the approval of key %1 of %2 expired on %3</source>
        <translation>la aprobación de la clave %1 de %2 caducó el %3</translation>
    </message>
    <message>
        <source>the order&apos;s parameters are not JSON</source>
        <translation>los parámetros de la orden no son JSON</translation>
    </message>
    <message>
        <source>unsigned, and this partner&apos;s orders must be signed</source>
        <translation>sin firmar, y las órdenes de este socio deben ir firmadas</translation>
    </message>
    <message>
        <source>its signed payload is not an order statement (%1)</source>
        <translation>su contenido firmado no es una declaración de orden (%1)</translation>
    </message>
    <message>
        <source>its signed payload is not in the canonical form Healdesk signs</source>
        <translation>su contenido firmado no está en la forma canónica que firma Healdesk</translation>
    </message>
    <message>
        <source>no trust file to check its signer against</source>
        <translation>no hay archivo de confianza con el que comprobar su firmante</translation>
    </message>
    <message>
        <source>signed by a key the fleet does not trust: %1</source>
        <translation>firmada con una clave en la que la flota no confía: %1</translation>
    </message>
    <message>
        <source>the signature does not verify against %1&apos;s key: the signed payload was changed or signed by someone else</source>
        <translation>la firma no se verifica con la clave de %1: el contenido firmado se modificó o lo firmó otra persona</translation>
    </message>
    <message>
        <source>its signed times are not valid times</source>
        <translation>sus fechas firmadas no son fechas válidas</translation>
    </message>
    <message>
        <source>expired: its signed expiry was %1</source>
        <translation>caducada: su caducidad firmada era %1</translation>
    </message>
    <message>
        <source>meant for appliance %1, not this one (%2)</source>
        <translation>destinada al dispositivo %1, no a este (%2)</translation>
    </message>
    <message>
        <source>replayed: its nonce was already used by order %1</source>
        <translation>repetida: su nonce ya lo usó la orden %1</translation>
    </message>
    <message>
        <source>replayed: a copy of order %1 under the new ID %2</source>
        <translation>repetida: una copia de la orden %1 con el nuevo ID %2</translation>
    </message>
    <message>
        <source>its appliance was changed after signing (signed for %1)</source>
        <translation>su dispositivo se modificó después de firmarse (firmada para %1)</translation>
    </message>
    <message>
        <source>its runbook was changed after signing (signed: %1)</source>
        <translation>su runbook se modificó después de firmarse (firmado: %1)</translation>
    </message>
    <message>
        <source>its parameters were changed after signing (signed: %1)</source>
        <translation>sus parámetros se modificaron después de firmarse (firmados: %1)</translation>
    </message>
    <message>
        <source>its issue or expiry time was changed after signing</source>
        <translation>su hora de emisión o de caducidad se modificó después de firmarse</translation>
    </message>
    <message>
        <source>its nonce or key column does not match the signed payload</source>
        <translation>su columna de nonce o de clave no coincide con el contenido firmado</translation>
    </message>
    <message>
        <source>signed by %1, whose approval does not cover this appliance&apos;s partner</source>
        <translation>firmada por %1, cuya aprobación no cubre al socio de este dispositivo</translation>
    </message>
    <message>
        <source>the signature block is not a report statement (%1)</source>
        <translation>el bloque de firma no es una declaración de informe (%1)</translation>
    </message>
    <message>
        <source>the signature block has no valid signing time</source>
        <translation>el bloque de firma no tiene una fecha de firma válida</translation>
    </message>
    <message>
        <source>the signature covers digest %1, but the data&apos;s digest is now %2: the report was changed after signing</source>
        <translation>la firma cubre el resumen %1, pero el resumen de los datos es ahora %2: el informe se modificó después de firmarse</translation>
    </message>
    <message>
        <source>the signature covers file SHA-256 %1, but the file&apos;s is now %2: the file was changed after signing</source>
        <translation>la firma cubre el SHA-256 de archivo %1, pero el del archivo es ahora %2: el archivo se modificó después de firmarse</translation>
    </message>
    <message>
        <source>the file does not carry the signing key %1</source>
        <translation>el archivo no lleva la clave de firma %1</translation>
    </message>
    <message>
        <source>the signature does not verify against the key the file carries</source>
        <translation>la firma no se verifica con la clave que lleva el archivo</translation>
    </message>
    <message>
        <source>signed by a key the trust file does not reach: %1</source>
        <translation>firmado con una clave a la que no llega el archivo de confianza: %1</translation>
    </message>
    <message>
        <source>the signature does not verify against %1&apos;s key</source>
        <translation>la firma no se verifica con la clave de %1</translation>
    </message>
    <message>
        <source>the statement names %1, but the key is %2&apos;s</source>
        <translation>la declaración indica %1, pero la clave es de %2</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved by %3, whose key was revoked on %4: the approvals it made no longer count until another admin approves the key again</source>
        <translation>la clave %1 de %2 la aprobó %3, cuya clave se revocó el %4: sus aprobaciones ya no cuentan hasta que otro administrador vuelva a aprobar la clave</translation>
    </message>
    <message>
        <source>the approval of key %1 of %2 runs for more than three years</source>
        <translation>la aprobación de la clave %1 de %2 dura más de tres años</translation>
    </message>
    <message>
        <source>key %1 of %2 was approved for partners beyond those of its approver %3</source>
        <translation>la clave %1 de %2 se aprobó para socios fuera de los de quien la aprobó, %3</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>worker %1 on %2 (pid %3) started; checking every %4 s</source>
        <translation>worker %1 en %2 (pid %3) iniciado; comprobando cada %4 s</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>lost the lead: %1</source>
        <translation>liderazgo perdido: %1</translation>
    </message>
    <message>
        <source>leading: this worker runs the jobs</source>
        <translation>liderando: este worker ejecuta las tareas</translation>
    </message>
    <message numerus="yes">
        <source>drain: moved %n queued telemetry change(s) into the rollups</source>
        <translation>
            <numerusform>vaciado: se pasó %n cambio de telemetría en cola a los resúmenes</numerusform>
            <numerusform>vaciado: se pasaron %n cambios de telemetría en cola a los resúmenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire: %n order(s) passed their time to live</source>
        <translation>
            <numerusform>caducidad: %n orden superó su tiempo de vida</numerusform>
            <numerusform>caducidad: %n órdenes superaron su tiempo de vida</numerusform>
        </translation>
    </message>
    <message>
        <source>release: held order %1 written for appliance %2, expires %3</source>
        <translation>liberación: orden retenida %1 escrita para el dispositivo %2, caduca %3</translation>
    </message>
    <message>
        <source>database reachable again</source>
        <translation>base de datos accesible de nuevo</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>reintentando en %n s</numerusform>
            <numerusform>reintentando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: %1</source>
        <translation>deteniendo: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>archive: %1&apos;s report for %2 kept (%3)</source>
        <translation>archivo: informe de %1 correspondiente a %2 guardado (%3)</translation>
    </message>
    <message>
        <source>unsigned: %1</source>
        <translation>sin firmar: %1</translation>
    </message>
    <message>
        <source>signed with key %1</source>
        <translation>firmado con la clave %1</translation>
    </message>
    <message numerus="yes">
        <source>sla: %n alert(s) for incidents past their SLA</source>
        <translation>
            <numerusform>sla: %n alerta por incidentes que superaron su SLA</numerusform>
            <numerusform>sla: %n alertas por incidentes que superaron su SLA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alerts: %n delivered alert(s) older than 90 days removed</source>
        <translation>
            <numerusform>alertas: se eliminó %n alerta entregada con más de 90 días</numerusform>
            <numerusform>alertas: se eliminaron %n alertas entregadas con más de 90 días</numerusform>
        </translation>
    </message>
    <message>
        <source>schedule %1: the occurrence of %2 was missed (no worker ran while it was due)</source>
        <translation>programación %1: se perdió la ocurrencia de %2 (ningún worker se ejecutó cuando correspondía)</translation>
    </message>
    <message numerus="yes">
        <source>schedule %1: the occurrence of %2 released as a batch of %n order(s)</source>
        <translation>
            <numerusform>programación %1: la ocurrencia de %2 se liberó como un lote de %n orden</numerusform>
            <numerusform>programación %1: la ocurrencia de %2 se liberó como un lote de %n órdenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>schedule %1: the occurrence of %2 released as a batch of %n order(s); refused: %3</source>
        <translation>
            <numerusform>programación %1: la ocurrencia de %2 se liberó como un lote de %n orden; rechazados: %3</numerusform>
            <numerusform>programación %1: la ocurrencia de %2 se liberó como un lote de %n órdenes; rechazados: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>digest of %n alert(s)</source>
        <translation>
            <numerusform>resumen de %n alerta</numerusform>
            <numerusform>resumen de %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 not sent: %4</source>
        <translation>alerta: ruta %1 (%2): %3 no enviada: %4</translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 delivered (%4)</source>
        <translation>alerta: ruta %1 (%2): %3 entregada (%4)</translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 given up after %4 tries: %5</source>
        <translation>alerta: ruta %1 (%2): %3 abandonada tras %4 intentos: %5</translation>
    </message>
    <message>
        <source>alert: route %1 (%2): %3 failed (%4), tried again later</source>
        <translation>alerta: ruta %1 (%2): %3 falló (%4), se reintentará más tarde</translation>
    </message>
</context>
<context>
    <name>hd::AlertRoutesDialog</name>
    <message>
        <source>Critical incident</source>
        <translation>Incidente crítico</translation>
    </message>
    <message>
        <source>Escalated to L3</source>
        <translation>Escalado a L3</translation>
    </message>
    <message>
        <source>Past its SLA</source>
        <translation>SLA superado</translation>
    </message>
    <message>
        <source>Order failed</source>
        <translation>Orden fallida</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Orden rechazada</translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation>Orden caducada</translation>
    </message>
    <message>
        <source>Report archived</source>
        <translation>Informe archivado</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message numerus="yes">
        <source>%n sent, last %1</source>
        <translation>
            <numerusform>%n enviada, la última %1</numerusform>
            <numerusform>%n enviadas, la última %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>ninguna enviada</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up</source>
        <translation>
            <numerusform>%n abandonada</numerusform>
            <numerusform>%n abandonadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>JSON genérico</translation>
    </message>
    <message>
        <source>Alert routes</source>
        <translation>Rutas de alerta</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>En una ventana</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>e.g. Ops channel (optional)</source>
        <translation>p. ej., canal de operaciones (opcional)</translation>
    </message>
    <message>
        <source>https://hooks.example.org/services/{secret}</source>
        <translation>https://hooks.example.org/services/{secret}</translation>
    </message>
    <message>
        <source>Write the secret part of the URL as {secret}: the URL is kept in the database, the secret only on the machines that send (this one&apos;s keychain, the worker&apos;s systemd credential healdesk-alert-ID).</source>
        <translation>Escribir la parte secreta de la URL como {secret}: la URL se guarda en la base de datos y el secreto solo en las máquinas que envían (el llavero de esta, la credencial de systemd healdesk-alert-ID del worker).</translation>
    </message>
    <message>
        <source>each event at once</source>
        <translation>cada evento al instante</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>send them, marked as in a window</source>
        <translation>enviarlos, marcados como en ventana</translation>
    </message>
    <message>
        <source>hold them until the window ends</source>
        <translation>retenerlos hasta que termine la ventana</translation>
    </message>
    <message>
        <source>kept in this machine&apos;s keychain, never in the database</source>
        <translation>se guarda en el llavero de esta máquina, nunca en la base de datos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecreto:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>From severity:</source>
        <translation>Gravedad mínima:</translation>
    </message>
    <message>
        <source>Digest every:</source>
        <translation>Resumen cada:</translation>
    </message>
    <message>
        <source>Incidents in a maintenance window:</source>
        <translation>Incidentes en una ventana de mantenimiento:</translation>
    </message>
    <message>
        <source>&amp;Add route</source>
        <translation>&amp;Añadir ruta</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Nueva ruta</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Enviar &amp;prueba</translation>
    </message>
    <message>
        <source>Queue a test alert on the selected route; the worker posts it within seconds</source>
        <translation>Poner en cola una alerta de prueba en la ruta seleccionada; el worker la envía en segundos</translation>
    </message>
    <message>
        <source>The worker sends each alert once to every route that wants it, retrying when the destination is down; consoles send none. A route may serve one partner, one site or (admins) the whole fleet.</source>
        <translation>El worker envía cada alerta una sola vez a cada ruta que la requiera y reintenta si el destino no está disponible; las consolas no envían ninguna. Una ruta puede atender a un socio, a una sede o (administradores) a toda la flota.</translation>
    </message>
    <message>
        <source>This console used to post alerts to %1 itself; consoles no longer send alerts. &lt;a href=&quot;use&quot;&gt;Put it in the form&lt;/a&gt; to add it as a route the worker serves.</source>
        <translation>Esta consola enviaba antes las alertas a %1 por sí misma; las consolas ya no envían alertas. &lt;a href=&quot;use&quot;&gt;Pasarla al formulario&lt;/a&gt; para añadirla como ruta que atienda el worker.</translation>
    </message>
    <message>
        <source>The whole fleet (admins)</source>
        <translation>Toda la flota (administradores)</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Socio %1</translation>
    </message>
    <message>
        <source>Site %1 (%2)</source>
        <translation>Sede %1 (%2)</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>sede %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>socio %1</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flota</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>cada %n h</numerusform>
            <numerusform>cada %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenida</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>No routes yet: alerts are kept for none. Add one below.</source>
        <translation>Aún no hay rutas: no se conserva ninguna alerta. Añadir una abajo.</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada %1</translation>
    </message>
    <message>
        <source>given up: %1</source>
        <translation>abandonada: %1</translation>
    </message>
    <message numerus="yes">
        <source>retrying after %n failed tries: %1</source>
        <translation>
            <numerusform>reintentando tras %n intento fallido: %1</numerusform>
            <numerusform>reintentando tras %n intentos fallidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the worker</source>
        <translation>esperando al worker</translation>
    </message>
    <message>
        <source>Added route %1. The worker sends its alerts from now on; Send test checks the way.</source>
        <translation>Se añadió la ruta %1. El worker envía sus alertas a partir de ahora; Enviar prueba comprueba el camino.</translation>
    </message>
    <message>
        <source>Select the routes to remove.</source>
        <translation>Seleccionar las rutas que quitar.</translation>
    </message>
    <message>
        <source>Remove alert routes</source>
        <translation>Quitar rutas de alerta</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n route(s)? Their alerts not yet sent are dropped.</source>
        <translation>
            <numerusform>¿Quitar %n ruta? Se descartan sus alertas aún no enviadas.</numerusform>
            <numerusform>¿Quitar %n rutas? Se descartan sus alertas aún no enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n route(s).</source>
        <translation>
            <numerusform>Se quitó %n ruta.</numerusform>
            <numerusform>Se quitaron %n rutas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the route to test.</source>
        <translation>Seleccionar la ruta que probar.</translation>
    </message>
    <message>
        <source>Test alert queued on route %1; it shows as sent below when the worker has posted it.</source>
        <translation>Alerta de prueba en cola en la ruta %1; aparece abajo como enviada cuando el worker la haya enviado.</translation>
    </message>
</context>
<context>
    <name>hd::ApplianceModel</name>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Versión del agente</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>hd::ArchivePanel</name>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Write the selected report to a file exactly as it was archived</source>
        <translation>Escribir el informe seleccionado en un archivo exactamente como se archivó</translation>
    </message>
    <message>
        <source>Check the selected report&apos;s digest and signature against the fleet&apos;s admin keys</source>
        <translation>Comprobar el resumen y la firma del informe seleccionado con las claves de administrador de la flota</translation>
    </message>
    <message>
        <source>Reports the worker made after each month for the report schedules (healdesk export schedule add), kept six years.</source>
        <translation>Informes que el worker creó al final de cada mes para las programaciones de informes (healdesk export schedule add); se conservan seis años.</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>Nothing archived yet: a report schedule and a running worker fill this list.</source>
        <translation>Aún no hay nada archivado: una programación de informes y un worker en ejecución llenan esta lista.</translation>
    </message>
    <message>
        <source>Select one archived report.</source>
        <translation>Seleccionar un informe archivado.</translation>
    </message>
    <message>
        <source>Save the archived report</source>
        <translation>Guardar el informe archivado</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Escrito %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>✘ Changed: its data no longer gives the digest it records.</source>
        <translation>✘ Modificado: sus datos ya no dan el resumen que registra.</translation>
    </message>
    <message>
        <source>✔ Report %1 holds: signed by %2 on %3, %4.</source>
        <translation>✔ El informe %1 es correcto: firmado por %2 el %3, %4.</translation>
    </message>
    <message>
        <source>The data matches its digest, but the report is unsigned: nothing proves who made it.</source>
        <translation>Los datos coinciden con su resumen, pero el informe no está firmado: nada demuestra quién lo creó.</translation>
    </message>
    <message>
        <source>✘ The signature does not hold: %1</source>
        <translation>✘ La firma no es válida: %1</translation>
    </message>
</context>
<context>
    <name>hd::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>hd::AuditPage</name>
    <message>
        <source>Any user</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Target contains… (order ID, site, appliance)</source>
        <translation>El objetivo contiene… (ID de orden, sede, dispositivo)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 entry&lt;/b&gt; in the period</source>
        <translation>&lt;b&gt;1 entrada&lt;/b&gt; en el periodo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 entries&lt;/b&gt; in the period</source>
        <translation>&lt;b&gt;%1 entradas&lt;/b&gt; en el periodo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportado %1 a %2</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Verificar &amp;cadena</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check every signed row&apos;s signature</source>
        <translation>Recalcular el hash de cada fila y comprobar la firma de cada fila firmada</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Comprobando la cadena de auditoría…</translation>
    </message>
    <message>
        <source>Head SHA-256 %1: note it down; healdesk audit verify --head checks it is still there</source>
        <translation>SHA-256 de cabeza %1: anotarlo; healdesk audit verify --head comprueba que sigue ahí</translation>
    </message>
    <message>
        <source>✘ The audit chain is broken at row %1: %2</source>
        <translation>✘ La cadena de auditoría está rota en la fila %1: %2</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>No se pudo comprobar la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>✔ The audit chain holds: %1 rows linked by their hashes, %2 of them carrying their actor&apos;s signature, checked against the database&apos;s keys (healdesk audit verify --trust checks them against the fleet&apos;s trust file); %3 from before the chain began.</source>
        <translation>✔ La cadena de auditoría cuadra: %1 filas enlazadas por sus hashes, %2 de ellas con la firma de su autor, comprobadas con las claves de la base de datos (healdesk audit verify --trust las comprueba con el archivo de confianza de la flota); %3 de antes de que empezara la cadena.</translation>
    </message>
    <message>
        <source>Copy details as &amp;JSON</source>
        <translation>Copiar detalles como &amp;JSON</translation>
    </message>
</context>
<context>
    <name>hd::BatchModel</name>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>ID de lote</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 expired, %4 pending, %5 cancelled</source>
        <translation>%1 completadas, %2 fallidas, %3 caducadas, %4 pendientes, %5 canceladas</translation>
    </message>
</context>
<context>
    <name>hd::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Guardar como p&amp;erfil…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to a database — Healdesk</source>
        <translation>Conectar con una base de datos — Healdesk</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <source>the clinic database, e.g. healdesk</source>
        <translation>la base de datos de la clínica, p. ej. healdesk</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>su usuario de la base de datos</translation>
    </message>
    <message>
        <source>empty when the server needs none</source>
        <translation>vacía si el servidor no pide ninguna</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the certificate and the host name (recommended)</source>
        <translation>verify-full: cifrar, comprobar el certificado y el nombre del host (recomendado)</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the certificate</source>
        <translation>verify-ca: cifrar y comprobar el certificado</translation>
    </message>
    <message>
        <source>require: encrypt, check nothing</source>
        <translation>require: cifrar, sin comprobar nada</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can (libpq&apos;s default)</source>
        <translation>prefer: cifrar si el servidor puede (predeterminado de libpq)</translation>
    </message>
    <message>
        <source>disable: never encrypt (a local socket)</source>
        <translation>disable: no cifrar nunca (un socket local)</translation>
    </message>
    <message>
        <source>the CA certificate the server&apos;s is signed by (verify modes)</source>
        <translation>el certificado de la CA que firma el del servidor (modos verify)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Certificado raíz</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>optional: a read-only standby, postgresql://replica.example.org:5432</source>
        <translation>opcional: un standby de solo lectura, postgresql://replica.example.org:5432</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Certificado &amp;raíz:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>&amp;Standby:</source>
        <translation>S&amp;tandby:</translation>
    </message>
    <message>
        <source>Where is the clinic database? Your administrator can tell you its address, your login and how the server proves who it is.</source>
        <translation>¿Dónde está la base de datos de la clínica? Su administrador puede indicarle la dirección, su usuario y cómo se identifica el servidor.</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>A name for this connection (letters, digits, . _ -):</source>
        <translation>Un nombre para esta conexión (letras, dígitos, . _ -):</translation>
    </message>
    <message>
        <source>Saved as profile %1: File ▸ Recent profiles and healdesk --profile %1 open it.</source>
        <translation>Guardado como perfil %1: Archivo ▸ Perfiles recientes y healdesk --profile %1 lo abren.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>the port is a number from 1 to 65535</source>
        <translation>el puerto es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>Connected as %1, without TLS.</source>
        <translation>Conectado como %1, sin TLS.</translation>
    </message>
    <message>
        <source>Connected as %1, TLS %2.</source>
        <translation>Conectado como %1, TLS %2.</translation>
    </message>
    <message>
        <source>Try the d&amp;emo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>TLS m&amp;ode:</source>
        <translation>&amp;Modo TLS:</translation>
    </message>
    <message>
        <source>as the environment says (PGSSLMODE; else prefer)</source>
        <translation>según el entorno (PGSSLMODE; si no, prefer)</translation>
    </message>
</context>
<context>
    <name>hd::DetectorModel</name>
    <message>
        <source>Defect</source>
        <translation>Defecto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
</context>
<context>
    <name>hd::FixDialog</name>
    <message>
        <source>Loading the preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <source>Backfill incident tiers</source>
        <translation>Completar niveles de incidentes</translation>
    </message>
    <message>
        <source>Reconcile pending orders</source>
        <translation>Conciliar órdenes pendientes</translation>
    </message>
    <message>
        <source>Expire pending orders</source>
        <translation>Caducar órdenes pendientes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Debido a</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>The change runs in one transaction with one audit row (fix.%1) naming every row; running it again changes nothing.</source>
        <translation>El cambio se ejecuta en una sola transacción con una sola fila de auditoría (fix.%1) que nombra cada fila; volver a ejecutarlo no cambia nada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Nothing to change: the data is already consistent.</source>
        <translation>Nada que cambiar: los datos ya son coherentes.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s)&lt;/b&gt; will change as listed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n fila&lt;/b&gt; cambiará como se indica.</numerusform>
            <numerusform>&lt;b&gt;%n filas&lt;/b&gt; cambiarán como se indica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>hd::FleetPage</name>
    <message>
        <source>Double-click or press Enter to see an appliance&apos;s incidents</source>
        <translation>Doble clic o Intro para ver los incidentes de un dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n site(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n sede&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n sedes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run runbook on selected appliances…</source>
        <translation>&amp;Ejecutar runbook en los dispositivos seleccionados…</translation>
    </message>
    <message>
        <source>Run runbook on &amp;every appliance of this site…</source>
        <translation>Ejecutar runbook en &amp;todos los dispositivos de esta sede…</translation>
    </message>
    <message>
        <source>Loading sites…</source>
        <translation>Cargando sedes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appliances&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dispositivos&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>every appliance of %1 (%2)</source>
        <translation>todos los dispositivos de %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appliances&lt;/b&gt; — select a site</source>
        <translation>&lt;b&gt;Dispositivos&lt;/b&gt; — seleccionar una sede</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appliances of %1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Dispositivos de %1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows…</source>
        <translation>&amp;Ventanas de mantenimiento…</translation>
    </message>
    <message>
        <source> — appliances: &lt;span style=&apos;color:#2e7d32&apos;&gt;%1 online&lt;/span&gt;, &lt;span style=&apos;color:#b25a00&apos;&gt;%2 stale&lt;/span&gt;, &lt;span style=&apos;color:#c62828&apos;&gt;%3 offline&lt;/span&gt; — %4 incidents open now (whatever the period)</source>
        <translation> — dispositivos: &lt;span style=&apos;color:#2e7d32&apos;&gt;%1 en línea&lt;/span&gt;, &lt;span style=&apos;color:#b25a00&apos;&gt;%2 retrasados&lt;/span&gt;, &lt;span style=&apos;color:#c62828&apos;&gt;%3 sin conexión&lt;/span&gt; — %4 incidentes abiertos ahora (sea cual sea el periodo)</translation>
    </message>
</context>
<context>
    <name>hd::HealthPage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>R&amp;eparar…</translation>
    </message>
    <message>
        <source>Preview and apply the repair of the selected defect (Ctrl+Enter)</source>
        <translation>Previsualizar y aplicar la reparación del defecto seleccionado (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Mismatches</source>
        <translation>&amp;Discrepancias</translation>
    </message>
    <message>
        <source>Runbook &amp;settings</source>
        <translation>A&amp;justes de runbooks</translation>
    </message>
    <message>
        <source>&amp;Learning</source>
        <translation>Aprend&amp;izaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;No mismatch found&lt;/b&gt; between the components&apos; data.</source>
        <translation>&lt;b&gt;No se encontró ninguna discrepancia&lt;/b&gt; entre los datos de los componentes.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n kind(s) of mismatch&lt;/b&gt; found; select one to see its rows and repair it.</source>
        <translation>
            <numerusform>&lt;b&gt;%n tipo de discrepancia&lt;/b&gt; encontrado; seleccionarlo para ver sus filas y repararlo.</numerusform>
            <numerusform>&lt;b&gt;%n tipos de discrepancia&lt;/b&gt; encontrados; seleccionar uno para ver sus filas y repararlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the first 1,000 rows</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: las primeras 1.000 filas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n fila</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s); the audit log records each.</source>
        <translation>
            <numerusform>%n fila reparada; el registro de auditoría la recoge.</numerusform>
            <numerusform>%n filas reparadas; el registro de auditoría recoge cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Estado de los datos</translation>
    </message>
    <message>
        <source>Si&amp;gning keys</source>
        <translation>Claves de &amp;firma</translation>
    </message>
    <message>
        <source> Data health looks at all of the data, whatever the period.</source>
        <translation> «Estado de los datos» mira todos los datos, sea cual sea el periodo.</translation>
    </message>
</context>
<context>
    <name>hd::IncidentDesk</name>
    <message>
        <source>&amp;Acknowledge (take it)</source>
        <translation>&amp;Asumir</translation>
    </message>
    <message>
        <source>A&amp;ssign to…</source>
        <translation>A&amp;signar a…</translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation>Añadir una &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Some selected rows are still loading; nothing was changed. Try again in a moment.</source>
        <translation>Algunas filas seleccionadas aún se están cargando; no se cambió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Select one or more incidents first.</source>
        <translation>Seleccione primero uno o varios incidentes.</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n incident(s) (kept with each, and in the audit log):</source>
        <translation>
            <numerusform>Nota sobre %n incidente (se guarda en cada uno y en el registro de auditoría):</numerusform>
            <numerusform>Nota sobre %n incidentes (se guarda en cada uno y en el registro de auditoría):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was done to resolve %n incident(s)? (kept with each, and in the audit log)</source>
        <translation>
            <numerusform>¿Qué se hizo para resolver %n incidente? (se guarda en cada uno y en el registro de auditoría)</numerusform>
            <numerusform>¿Qué se hizo para resolver %n incidentes? (se guarda en cada uno y en el registro de auditoría)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login to give %n incident(s) to:</source>
        <translation>
            <numerusform>El usuario que recibe %n incidente:</numerusform>
            <numerusform>El usuario que recibe %n incidentes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign incidents</source>
        <translation>Asignar incidentes</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Resolve incidents</source>
        <translation>Resolver incidentes</translation>
    </message>
    <message>
        <source>That action was applied before; nothing was done again.</source>
        <translation>Esa acción ya se aplicó; no se hizo nada de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s).</source>
        <translation>
            <numerusform>%1: %n incidente.</numerusform>
            <numerusform>%1: %n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Asumido</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Run a run&amp;book for it…</source>
        <translation>&amp;Ejecutar un runbook para él…</translation>
    </message>
    <message>
        <source>Select one incident to run a runbook for it.</source>
        <translation>Seleccione un solo incidente para ejecutar un runbook para él.</translation>
    </message>
    <message>
        <source>Order %1 ran %2 and completed.</source>
        <translation>La orden %1 ejecutó %2 y se completó.</translation>
    </message>
    <message>
        <source>Resolved after its order completed.</source>
        <translation>Resuelto tras completarse su orden.</translation>
    </message>
</context>
<context>
    <name>hd::IncidentModel</name>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Recorded on the incident: %1</source>
        <translation>Registrado en el incidente: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>%1 · in window</source>
        <translation>%1 · en ventana</translation>
    </message>
    <message>
        <source>Reported while its site was in a maintenance window: expected work, and alerts say so</source>
        <translation>Notificado mientras su sede estaba en una ventana de mantenimiento: trabajo previsto, y las alertas lo indican</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>hd::IncidentsPage</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b25a00&apos;&gt;(the incident row records %1)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b25a00&apos;&gt;(la fila del incidente registra %1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Executions (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ejecuciones (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No execution recorded for this incident.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No hay ninguna ejecución registrada para este incidente.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&apos;color:#b25a00&apos;&gt;(unmapped)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:#b25a00&apos;&gt;(sin asignar)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>unknown (recorded as &quot;%1&quot;)</source>
        <translation>desconocido (registrado como &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>State change:</source>
        <translation>Cambio de estado:</translation>
    </message>
    <message>
        <source>Any appliance</source>
        <translation>Cualquier dispositivo</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Search type, check, host, site, details or incident ID  (Ctrl+F)</source>
        <translation>Buscar tipo, comprobación, host, sede, detalles o ID de incidente  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an incident to see its executions.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Seleccionar un incidente para ver sus ejecuciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 loaded, counting…</source>
        <translation>%1 cargados, contando…</translation>
    </message>
    <message>
        <source>%1 incidents (%2 loaded)</source>
        <translation>%1 incidentes (%2 cargados)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No incident matches the filter.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Ningún incidente coincide con el filtro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody&lt;/i&gt;</source>
        <translation>&lt;i&gt;nadie&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;background:#e8f5e9;padding:4px&apos;&gt;Order %1 (%2) completed. &lt;a href=&apos;%3&apos;&gt;Resolve the incident&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background:#e8f5e9;padding:4px&apos;&gt;Orden %1 (%2) completada. &lt;a href=&apos;%3&apos;&gt;Resolver el incidente&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hd::IssueOrderDialog</name>
    <message>
        <source>Run a runbook</source>
        <translation>Ejecutar un runbook</translation>
    </message>
    <message>
        <source>Disruptive runbook</source>
        <translation>Runbook disruptivo</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disruptive: it may restart services or interrupt work.

Run it on %n appliance(s)?</source>
        <translation>
            <numerusform>%1 es disruptivo: puede reiniciar servicios o interrumpir el trabajo.

¿Ejecutarlo en %n dispositivo?</numerusform>
            <numerusform>%1 es disruptivo: puede reiniciar servicios o interrumpir el trabajo.

¿Ejecutarlo en %n dispositivos?</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Destino:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Search by ID, name, category or HIPAA control</source>
        <translation>Buscar por ID, nombre, categoría o control HIPAA</translation>
    </message>
    <message>
        <source>A JSON object, at most %1 bytes</source>
        <translation>Un objeto JSON de %1 bytes como máximo</translation>
    </message>
    <message>
        <source>Why (required; recorded in the audit log)</source>
        <translation>Motivo (obligatorio; queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A pending order expires if no appliance acknowledges it in time</source>
        <translation>Una orden pendiente caduca si ningún dispositivo la confirma a tiempo</translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation>&amp;Runbook:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parámetros:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>Caduca &amp;tras:</translation>
    </message>
    <message>
        <source>&amp;Issue order</source>
        <translation>&amp;Emitir orden</translation>
    </message>
    <message>
        <source>%1 — %2 HIPAA: %3.%4</source>
        <translation>%1 — %2 HIPAA: %3.%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> Disruptive: you will be asked to confirm.</source>
        <translation> Disruptivo: se pedirá confirmación.</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (desactivado)</translation>
    </message>
    <message>
        <source>  ⚠ disruptive</source>
        <translation>  ⚠ disruptivo</translation>
    </message>
    <message>
        <source>A reason is required: it goes into the audit log.</source>
        <translation>El motivo es obligatorio: queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was ordered:
</source>
        <translation>Rechazado, no se emitió ninguna orden:
</translation>
    </message>
    <message>
        <source>Not issued: the disruptive runbook was not confirmed.</source>
        <translation>No emitida: no se confirmó el runbook disruptivo.</translation>
    </message>
    <message>
        <source>The connection broke while the order was being written, so it is not confirmed. Press Issue again once the console is back online: the same order ID is sent, so it can never be written twice.</source>
        <translation>La conexión se cortó mientras se escribía la orden, así que no está confirmada. Pulsar &quot;Emitir orden&quot; de nuevo cuando la consola vuelva a estar en línea: se envía el mismo ID de orden, así que nunca se puede escribir dos veces.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No escrita: %1</translation>
    </message>
    <message>
        <source>Refused, nothing was ordered: %1</source>
        <translation>Rechazado, no se emitió ninguna orden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n signed order(s)…</source>
        <translation>
            <numerusform>Emitiendo %n orden firmada…</numerusform>
            <numerusform>Emitiendo %n órdenes firmadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n unsigned order(s)…</source>
        <translation>
            <numerusform>Emitiendo %n orden sin firmar…</numerusform>
            <numerusform>Emitiendo %n órdenes sin firmar…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hold until</source>
        <translation>Retener &amp;hasta</translation>
    </message>
    <message>
        <source>Keep the order back until then; the worker sends it at that time</source>
        <translation>Retener la orden hasta entonces; el worker la envía en ese momento</translation>
    </message>
    <message>
        <source>no maintenance window ahead; it waits until one is added</source>
        <translation>no hay ninguna ventana de mantenimiento próxima; espera hasta que se añada una</translation>
    </message>
    <message>
        <source>Held until the site&apos;s maintenance window, not sent now:
</source>
        <translation>Retenida hasta la ventana de mantenimiento de la sede; no se envía ahora:
</translation>
    </message>
    <message>
        <source>&lt;b&gt;For incident:&lt;/b&gt; %1 on %2&lt;br&gt;&lt;b&gt;Suggested:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Para el incidente:&lt;/b&gt; %1 en %2&lt;br&gt;&lt;b&gt;Sugerencia:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Incident %1 (%2)</source>
        <translation>Incidente %1 (%2)</translation>
    </message>
</context>
<context>
    <name>hd::LearningPanel</name>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Apariciones</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>&amp;Promote to an L1 rule for</source>
        <translation>Pr&amp;omover a regla L1 para</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <source>Patterns the agents learned, awaiting promotion to deterministic L1 rules.</source>
        <translation>Patrones aprendidos por los agentes, pendientes de promoción a reglas L1 deterministas.</translation>
    </message>
    <message>
        <source>Select one pattern and the runbook its rule should run.</source>
        <translation>Seleccionar un patrón y el runbook que debe ejecutar su regla.</translation>
    </message>
    <message>
        <source>Select the patterns to reject.</source>
        <translation>Seleccionar los patrones que rechazar.</translation>
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
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Reconnect &amp;now</source>
        <translation>Reco&amp;nectar ahora</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload the current page (F5)</source>
        <translation>Recargar la página actual (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Choose &amp;scope</source>
        <translation>Elegir á&amp;mbito</translation>
    </message>
    <message>
        <source>&amp;Find incidents</source>
        <translation>&amp;Buscar incidentes</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Ó&amp;rdenes</translation>
    </message>
    <message>
        <source>&amp;Run runbook…</source>
        <translation>&amp;Ejecutar runbook…</translation>
    </message>
    <message>
        <source>Run a runbook on the appliances selected on the Fleet page, or on the current site (Ctrl+R)</source>
        <translation>Ejecutar un runbook en los dispositivos seleccionados en la página Flota o en la sede actual (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Healdesk</source>
        <translation>A&amp;cerca de Healdesk</translation>
    </message>
    <message>
        <source>About Healdesk</source>
        <translation>Acerca de Healdesk</translation>
    </message>
    <message>
        <source>Run a runbook</source>
        <translation>Ejecutar un runbook</translation>
    </message>
    <message>
        <source>Select a site or some of its appliances on the Fleet page first.</source>
        <translation>Seleccionar primero una sede o algunos de sus dispositivos en la página Flota.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) issued</source>
        <translation>
            <numerusform>%n orden emitida</numerusform>
            <numerusform>%n órdenes emitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Socio: %1</translation>
    </message>
    <message>
        <source>Sites without a partner</source>
        <translation>Sedes sin socio</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection to the database.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sin conexión con la base de datos.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing was loaded yet.</source>
        <translation>Todavía no se ha cargado nada.</translation>
    </message>
    <message>
        <source>The pages show what was loaded at %1; nothing can be ordered or changed until the connection is back.</source>
        <translation>Las páginas muestran lo cargado a las %1; no se puede emitir ni cambiar nada hasta que vuelva la conexión.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s.</source>
        <translation>
            <numerusform>Reconexión en %n s.</numerusform>
            <numerusform>Reconexión en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; offline: %1</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; sin conexión: %1</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#2e7d32&apos;&gt;live&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#2e7d32&apos;&gt;en directo&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#b25a00&apos;&gt;live updates paused&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#b25a00&apos;&gt;actualizaciones en directo en pausa&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language changes the next time Healdesk starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Healdesk.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; reads: standby</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; lecturas: réplica en espera</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b25a00&apos;&gt;●&lt;/span&gt; reads: primary (standby not used)</source>
        <translation>&lt;span style=&apos;color:#b25a00&apos;&gt;●&lt;/span&gt; lecturas: servidor principal (réplica sin usar)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>&amp;Clave de firma…</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>No signing key on this workstation for %1: orders for partners that require signatures are refused, reports are marked unsigned (Settings ▸ Signing key)</source>
        <translation>No hay clave de firma en esta estación de trabajo para %1: se rechazan las órdenes para socios que exigen firma y los informes se marcan como sin firmar (Ajustes ▸ Clave de firma)</translation>
    </message>
    <message>
        <source>signing as %1</source>
        <translation>firmando como %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Signing key %1 (%2)</source>
        <translation>Clave de firma %1 (%2)</translation>
    </message>
    <message>
        <source>not in the database</source>
        <translation>no está en la base de datos</translation>
    </message>
    <message>
        <source>worker: running on %1</source>
        <translation>worker: en ejecución en %1</translation>
    </message>
    <message numerus="yes">
        <source>healdesk worker releases held orders, expires orders and drains the rollups (pid %1, %n other(s) waiting to take over)</source>
        <translation>
            <numerusform>healdesk worker libera las órdenes retenidas, caduca órdenes y vacía los resúmenes (pid %1, %n más en espera para tomar el relevo)</numerusform>
            <numerusform>healdesk worker libera las órdenes retenidas, caduca órdenes y vacía los resúmenes (pid %1, %n más en espera para tomar el relevo)</numerusform>
        </translation>
    </message>
    <message>
        <source>no worker: orders, schedules and reports wait</source>
        <translation>sin worker: las órdenes, las programaciones y los informes esperan</translation>
    </message>
    <message>
        <source>No healdesk worker is running: orders held for a maintenance window are not released. This console drains the rollups meanwhile. Start the service (systemctl enable --now healdesk-worker) or run healdesk worker.</source>
        <translation>No se está ejecutando ningún healdesk worker: las órdenes retenidas por una ventana de mantenimiento no se liberan. Mientras tanto, esta consola vacía los resúmenes. Iniciar el servicio (systemctl enable --now healdesk-worker) o ejecutar healdesk worker.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) held until a maintenance window</source>
        <translation>
            <numerusform>%n orden retenida hasta una ventana de mantenimiento</numerusform>
            <numerusform>%n órdenes retenidas hasta una ventana de mantenimiento</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first opens %1)</source>
        <translation> (la primera se abre %1)</translation>
    </message>
    <message>
        <source>Recurring &amp;orders…</source>
        <translation>Órdenes &amp;recurrentes…</translation>
    </message>
    <message>
        <source>Runbooks the worker runs on a schedule: in each maintenance window, daily or monthly</source>
        <translation>Runbooks que el worker ejecuta según una programación: en cada ventana de mantenimiento, a diario o cada mes</translation>
    </message>
    <message>
        <source>Alert &amp;routes…</source>
        <translation>&amp;Rutas de alerta…</translation>
    </message>
    <message>
        <source>Where the worker sends alerts: webhooks, Slack, Teams, PagerDuty</source>
        <translation>Adónde envía el worker las alertas: webhooks, Slack, Teams, PagerDuty</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>%1 — Healdesk</source>
        <translation>%1 — Healdesk</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>&amp;Conectar con una base de datos…</translation>
    </message>
    <message>
        <source>&amp;Recent profiles</source>
        <translation>Perfiles &amp;recientes</translation>
    </message>
    <message>
        <source>(none saved: File ▸ Connect ▸ Save as profile)</source>
        <translation>(ninguno guardado: Archivo ▸ Conectar ▸ Guardar como perfil)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (the incident&apos;s appliance)</source>
        <translation>%1 (el dispositivo del incidente)</translation>
    </message>
    <message>
        <source>Order %1 issued for the incident: its timeline follows it, and offers to resolve it once it completes</source>
        <translation>Orden %1 emitida para el incidente: su cronología la sigue y ofrece resolverlo cuando se complete</translation>
    </message>
</context>
<context>
    <name>hd::MaintenanceDialog</name>
    <message>
        <source>Maintenance windows of %1</source>
        <translation>Ventanas de mantenimiento de %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>When (clinic time)</source>
        <translation>Cuándo (hora de la clínica)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Establecida por</translation>
    </message>
    <message>
        <source>Why (required; recorded in the audit log)</source>
        <translation>Motivo (obligatorio; queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Add &amp;weekly</source>
        <translation>Añadir &amp;semanal</translation>
    </message>
    <message>
        <source>Add &amp;one-off</source>
        <translation>Añadir &amp;puntual</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Every week:</source>
        <translation>Cada semana:</translation>
    </message>
    <message>
        <source>Once:</source>
        <translation>Una vez:</translation>
    </message>
    <message>
        <source>Windows are in the clinic&apos;s time zone, &lt;b&gt;%1&lt;/b&gt;. Disruptive runbooks issued outside every window are held until the next one opens; a site without windows runs them at once.</source>
        <translation>Las ventanas están en la zona horaria de la clínica, &lt;b&gt;%1&lt;/b&gt;. Los runbooks disruptivos emitidos fuera de toda ventana se retienen hasta que se abre la siguiente; una sede sin ventanas los ejecuta de inmediato.</translation>
    </message>
    <message>
        <source>every %1, %2–%3</source>
        <translation>cada %1, %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2 clinic time</source>
        <translation>de %1 a %2 (hora de la clínica)</translation>
    </message>
    <message>
        <source>No window opens in the next eight days.</source>
        <translation>No se abre ninguna ventana en los próximos ocho días.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Próxima: %1</translation>
    </message>
    <message>
        <source>Added window %1.</source>
        <translation>Se añadió la ventana %1.</translation>
    </message>
    <message>
        <source>Select the windows to remove.</source>
        <translation>Seleccionar las ventanas que quitar.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n window(s).</source>
        <translation>
            <numerusform>Se quitó %n ventana.</numerusform>
            <numerusform>Se quitaron %n ventanas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::MappingDialog</name>
    <message>
        <source>Runbook ID mapping</source>
        <translation>Asignación de IDs de runbook</translation>
    </message>
    <message>
        <source>Telemetry runbook ID</source>
        <translation>ID de runbook de telemetría</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Map selected to</source>
        <translation>&amp;Asignar los seleccionados a</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar los seleccionados</translation>
    </message>
    <message>
        <source>&amp;Import pairs…</source>
        <translation>&amp;Importar pares…</translation>
    </message>
    <message>
        <source>A CSV file of &quot;telemetry ID,runbook ID&quot; lines; all or nothing</source>
        <translation>Un archivo CSV con líneas &quot;ID de telemetría,ID de runbook&quot;; se importa todo o nada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unmapped telemetry IDs&lt;/b&gt; (executions that count for no runbook)</source>
        <translation>&lt;b&gt;IDs de telemetría sin asignar&lt;/b&gt; (ejecuciones que no cuentan para ningún runbook)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mappings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Asignaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select unmapped IDs and a runbook first.</source>
        <translation>Seleccionar primero IDs sin asignar y un runbook.</translation>
    </message>
    <message>
        <source>Select mappings to remove first.</source>
        <translation>Seleccionar primero las asignaciones que quitar.</translation>
    </message>
    <message>
        <source>Import mapping pairs</source>
        <translation>Importar pares de asignación</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>— choose a runbook —</source>
        <translation>— elegir un runbook —</translation>
    </message>
    <message>
        <source>Suggested %1: %2 is its ID in another case or spacing.</source>
        <translation>Sugerido %1: %2 es su ID con otras mayúsculas o espacios.</translation>
    </message>
    <message>
        <source>Suggested %1: %2 is %3, which maps to it, in another case or spacing.</source>
        <translation>Sugerido %1: %2 es %3 con otras mayúsculas o espacios, que está asignado a él.</translation>
    </message>
    <message>
        <source>Looking for a runbook for %1 by its incident type…</source>
        <translation>Buscando un runbook para %1 por su tipo de incidente…</translation>
    </message>
    <message>
        <source>No runbook to suggest for %1: it has no incident type. Choose one.</source>
        <translation>Ningún runbook que sugerir para %1: no tiene tipo de incidente. Elija uno.</translation>
    </message>
    <message>
        <source>No runbook to suggest for %1: nothing maps or runs for its incident type %2. Choose one.</source>
        <translation>Ningún runbook que sugerir para %1: nada se asigna ni se ejecuta para su tipo de incidente %2. Elija uno.</translation>
    </message>
    <message>
        <source>%1 is the L1 rule for %2</source>
        <translation>%1 es la regla L1 de %2</translation>
    </message>
    <message>
        <source>%1 runs for %2</source>
        <translation>%1 se ejecuta para %2</translation>
    </message>
    <message>
        <source>Suggested %1: %2, and %3, another L1 rule for %4, resolves to it. Check before mapping.</source>
        <translation>Sugerido %1: %2, y %3, otra regla L1 de %4, se resuelve en él. Compruébelo antes de asignar.</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1: %2, and %n execution(s) for %3 ran %1 under its own ID. Check before mapping.</source>
        <translation>
            <numerusform>Sugerido %1: %2, y %n ejecución para %3 ejecutó %1 con su propio ID. Compruébelo antes de asignar.</numerusform>
            <numerusform>Sugerido %1: %2, y %n ejecuciones para %3 ejecutaron %1 con su propio ID. Compruébelo antes de asignar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::OrderDetailDialog</name>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;ninguno&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;on %2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &lt;span style=&apos;color:gray;font-weight:normal&apos;&gt;en %2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:gray&apos;&gt;(unsigned)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:gray&apos;&gt;(sin firmar)&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:gray&apos;&gt;(signed by %1)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:gray&apos;&gt;(firmada por %1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>&lt;i&gt;none: issued to one appliance&lt;/i&gt;</source>
        <translation>&lt;i&gt;ninguno: emitida a un solo dispositivo&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>&lt;i&gt;none: not run from an incident&lt;/i&gt;</source>
        <translation>&lt;i&gt;ninguno: no se lanzó desde un incidente&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Parameters&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Parámetros&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitida por %1</translation>
    </message>
    <message>
        <source>acknowledged by the appliance</source>
        <translation>confirmada por el dispositivo</translation>
    </message>
    <message>
        <source>executed %1: %2</source>
        <translation>ejecutó %1: %2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>expires if no appliance has acknowledged it by then</source>
        <translation>caduca si ningún dispositivo la ha confirmado para entonces</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Timeline&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Cronología&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Result&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Resultado&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Executions (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ejecuciones (%1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No execution recorded for this order yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aún no hay ejecuciones registradas para esta orden.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Orden %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Cargando…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hd::OrderModel</name>
    <message>
        <source>execution %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de orden</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (inferido)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca %1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clave desconocida %1</translation>
    </message>
    <message>
        <source>Key %1: an appliance holding the trust file checks this signature before running it</source>
        <translation>Clave %1: un dispositivo con el archivo de confianza comprueba esta firma antes de ejecutarla</translation>
    </message>
    <message>
        <source>No maintenance window ahead: add one to the site, or cancel the order</source>
        <translation>No hay ninguna ventana de mantenimiento próxima: añadir una a la sede o cancelar la orden</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Batch %1: the orders of one issue to several appliances</source>
        <translation>Lote %1: las órdenes de una emisión a varios dispositivos</translation>
    </message>
</context>
<context>
    <name>hd::OrderSchedulesDialog</name>
    <message>
        <source>%1 clinic time</source>
        <translation>%1, hora de la clínica</translation>
    </message>
    <message>
        <source>%1 clinic time (%2 yours)</source>
        <translation>%1, hora de la clínica (%2 aquí)</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberado</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>The runbook may be &amp;disruptive: run it unattended</source>
        <translation>El runbook puede ser &amp;disruptivo: ejecutarlo sin supervisión</translation>
    </message>
    <message>
        <source>Recurring orders</source>
        <translation>Órdenes recurrentes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Last batch</source>
        <translation>Último lote</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Ocurrencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>at the start of each maintenance window</source>
        <translation>al inicio de cada ventana de mantenimiento</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>every month on day</source>
        <translation>cada mes el día</translation>
    </message>
    <message>
        <source>Past a short month&apos;s end, its last day</source>
        <translation>En los meses más cortos, su último día</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>clinic time</source>
        <translation>hora de la clínica</translation>
    </message>
    <message>
        <source>Why (required): every order of every batch carries it</source>
        <translation>Motivo (obligatorio): lo lleva cada orden de cada lote</translation>
    </message>
    <message>
        <source>The runbook&apos;s parameters, a JSON object</source>
        <translation>Parámetros del runbook, un objeto JSON</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation>&amp;Runbook:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parámetros:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Add schedule</source>
        <translation>&amp;Añadir programación</translation>
    </message>
    <message>
        <source>New recurring order (every appliance the site has at each occurrence)</source>
        <translation>Nueva orden recurrente (todos los dispositivos que tenga la sede en cada ocurrencia)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>The worker releases each occurrence as a batch: one order per appliance, signed with its service key, naming the schedule and who made it. A disruptive runbook outside the site&apos;s windows is held until one opens. Occurrences no worker released within the hour (a window&apos;s: while it is open) are recorded as missed, not run late.</source>
        <translation>El worker libera cada ocurrencia como un lote: una orden por dispositivo, firmada con su clave de servicio, que indica la programación y quién la creó. Un runbook disruptivo fuera de las ventanas de la sede se retiene hasta que se abra una. Las ocurrencias que ningún worker liberó en el plazo de una hora (las de una ventana: mientras está abierta) se registran como omitidas; no se ejecutan con retraso.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>paused since %1</source>
        <translation>en pausa desde %1</translation>
    </message>
    <message>
        <source>no window ahead</source>
        <translation>ninguna ventana próxima</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n order(s))</source>
        <translation>
            <numerusform>%1, %2 (%n orden)</numerusform>
            <numerusform>%1, %2 (%n órdenes)</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>all, as the site has them</source>
        <translation>todos, los que tenga la sede</translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>%n indicado</numerusform>
            <numerusform>%n indicados</numerusform>
        </translation>
    </message>
    <message>
        <source>No recurring orders yet. Add one below, or with healdesk order schedule add.</source>
        <translation>Aún no hay órdenes recurrentes. Añadir una abajo o con healdesk order schedule add.</translation>
    </message>
    <message>
        <source>Added schedule %1; the worker releases its occurrences.</source>
        <translation>Se añadió la programación %1; el worker libera sus ocurrencias.</translation>
    </message>
    <message>
        <source>Select the schedules first.</source>
        <translation>Seleccionar primero las programaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n schedule(s).</source>
        <translation>
            <numerusform>Se pausó %n programación.</numerusform>
            <numerusform>Se pausaron %n programaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n schedule(s) from now on.</source>
        <translation>
            <numerusform>Se reanudó %n programación a partir de ahora.</numerusform>
            <numerusform>Se reanudaron %n programaciones a partir de ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove recurring orders</source>
        <translation>Quitar órdenes recurrentes</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n schedule(s)? Their batches stay on record; orders already written are not cancelled.</source>
        <translation>
            <numerusform>¿Quitar %n programación? Sus lotes se conservan en el registro; las órdenes ya escritas no se cancelan.</numerusform>
            <numerusform>¿Quitar %n programaciones? Sus lotes se conservan en el registro; las órdenes ya escritas no se cancelan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n schedule(s).</source>
        <translation>
            <numerusform>Se quitó %n programación.</numerusform>
            <numerusform>Se quitaron %n programaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::OrdersPage</name>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Cancelar orden…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Run runbook…</source>
        <translation>&amp;Ejecutar runbook…</translation>
    </message>
    <message>
        <source>Issue a runbook order (Ctrl+R)</source>
        <translation>Emitir una orden de runbook (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n order(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n orden&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n órdenes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Cancelar órdenes</translation>
    </message>
    <message numerus="yes">
        <source>Why cancel %n order(s)? (goes into the audit log)</source>
        <translation>
            <numerusform>¿Por qué cancelar %n orden? (queda en el registro de auditoría)</numerusform>
            <numerusform>¿Por qué cancelar %n órdenes? (queda en el registro de auditoría)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some orders were not cancelled</source>
        <translation>Algunas órdenes no se cancelaron</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>&amp;Group by batch</source>
        <translation>A&amp;grupar por lote</translation>
    </message>
    <message>
        <source>Re&amp;try failed and expired</source>
        <translation>&amp;Reintentar fallidas y caducadas</translation>
    </message>
    <message>
        <source>Cancel the re&amp;st…</source>
        <translation>Cancelar las &amp;demás…</translation>
    </message>
    <message>
        <source>One row per issue to several appliances, with the progress of its targets</source>
        <translation>Una fila por emisión a varios dispositivos, con el progreso de sus destinos</translation>
    </message>
    <message>
        <source>New orders to exactly the targets whose latest order failed or expired, in the same batch</source>
        <translation>Nuevas órdenes exactamente a los destinos cuya última orden falló o caducó, en el mismo lote</translation>
    </message>
    <message>
        <source>Cancel the batch&apos;s orders that have not started</source>
        <translation>Cancelar las órdenes del lote que no han empezado</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n batch(es)&lt;/b&gt; of orders to several appliances</source>
        <translation>
            <numerusform>&lt;b&gt;%n lote&lt;/b&gt; de órdenes a varios dispositivos</numerusform>
            <numerusform>&lt;b&gt;%n lotes&lt;/b&gt; de órdenes a varios dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) issued again to the failed and expired targets.</source>
        <translation>
            <numerusform>%n orden emitida de nuevo a los destinos fallidos y caducados.</numerusform>
            <numerusform>%n órdenes emitidas de nuevo a los destinos fallidos y caducados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) of the batch cancelled.</source>
        <translation>
            <numerusform>%n orden del lote cancelada.</numerusform>
            <numerusform>%n órdenes del lote canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disruptive runbook</source>
        <translation>Runbook disruptivo</translation>
    </message>
    <message numerus="yes">
        <source>%1 is disruptive: it may restart services or interrupt work.

Run it again on %n appliance(s)?</source>
        <translation>
            <numerusform>%1 es disruptivo: puede reiniciar servicios o interrumpir el trabajo.

¿Ejecutarlo de nuevo en %n dispositivo?</numerusform>
            <numerusform>%1 es disruptivo: puede reiniciar servicios o interrumpir el trabajo.

¿Ejecutarlo de nuevo en %n dispositivos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hd::ParameterForm</name>
    <message>
        <source>(not set)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>matching %1</source>
        <translation>que coincida con %1</translation>
    </message>
    <message>
        <source>This runbook takes no parameters.</source>
        <translation>Este runbook no acepta parámetros.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
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
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>past SLA</source>
        <translation>SLA superado</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>last run failed</source>
        <translation>última ejecución fallida</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
</context>
<context>
    <name>hd::QueuePage</name>
    <message>
        <source>All that need a person</source>
        <translation>Todo lo que necesita a una persona</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SLA &amp;hours…</source>
        <translation>&amp;Horas de SLA…</translation>
    </message>
    <message>
        <source>How long an open incident of each severity may wait, for the fleet and per partner</source>
        <translation>Cuánto puede esperar un incidente abierto de cada gravedad, para la flota y por socio</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an incident to see its timeline.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Seleccione un incidente para ver su cronología.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Nothing waits for a person here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Aquí nada espera a una persona.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need a person, %1 past their SLA</source>
        <translation>
            <numerusform>%n incidente necesita a una persona, %1 con el SLA superado</numerusform>
            <numerusform>%n incidentes necesitan a una persona, %1 con el SLA superado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) need a person</source>
        <translation>
            <numerusform>%n incidente necesita a una persona</numerusform>
            <numerusform>%n incidentes necesitan a una persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
</context>
<context>
    <name>hd::ReportsPage</name>
    <message>
        <source>A whole &amp;partner</source>
        <translation>Un &amp;socio completo</translation>
    </message>
    <message>
        <source>Chosen si&amp;tes</source>
        <translation>Sedes e&amp;legidas</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vis&amp;ta previa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Filter sites…</source>
        <translation>Filtrar sedes…</translation>
    </message>
    <message>
        <source>Period (UTC, whole days)</source>
        <translation>Periodo (UTC, días completos)</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Último mes completo</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Este mes hasta hoy</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Último trimestre completo</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>Prede&amp;finido:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;Hasta (incluido):</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
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
        <translation>PDF y CSV</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Tamaño de pá&amp;gina:</translation>
    </message>
    <message>
        <source>Build the report and show its pages (Ctrl+Enter)</source>
        <translation>Generar el informe y mostrar sus páginas (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+E). After a preview, the file holds exactly the previewed data.</source>
        <translation>Escribir el informe en un archivo (Ctrl+E). Tras una vista previa, el archivo contiene exactamente los datos previsualizados.</translation>
    </message>
    <message>
        <source>Stop building or writing the report (Esc); no partial file is left</source>
        <translation>Detener la generación o escritura del informe (Esc); no queda ningún archivo parcial</translation>
    </message>
    <message>
        <source>Choose a scope and a period, then &lt;b&gt;Preview&lt;/b&gt; (Ctrl+Enter) or &lt;b&gt;Export&lt;/b&gt; (Ctrl+E).</source>
        <translation>Elegir un ámbito y un periodo y, después, &lt;b&gt;Vista previa&lt;/b&gt; (Ctrl+Enter) o &lt;b&gt;Exportar&lt;/b&gt; (Ctrl+E).</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Página </translation>
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
ID de sede: %2
Socio: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>Elegir un socio.</translation>
    </message>
    <message>
        <source>Tick at least one site.</source>
        <translation>Marcar al menos una sede.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Reading the report data…</source>
        <translation>Leyendo los datos del informe…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; pages · report %2&lt;br&gt;%3 incidents, %4 executions, compliance score %5 · digest &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; páginas · informe %2&lt;br&gt;%3 incidentes, %4 ejecuciones, puntuación de cumplimiento %5 · resumen &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Preview ready. Nothing happened in this period; the report says so.</source>
        <translation>Vista previa lista. No ocurrió nada en este periodo; el informe lo indica.</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vista previa lista.</translation>
    </message>
    <message>
        <source>Export compliance report</source>
        <translation>Exportar informe de cumplimiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (report %2).</source>
        <translation>Escrito %1 (informe %2).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A control&apos;s latest evidence older than this before the period end is stale: it counts neither as passing nor as failing</source>
        <translation>La última evidencia de un control anterior en más de esto al fin del período está obsoleta: no cuenta ni como cumple ni como no cumple</translation>
    </message>
    <message>
        <source>Evidence &amp;stale after:</source>
        <translation>Evidencia &amp;obsoleta tras:</translation>
    </message>
    <message>
        <source>%1 The report is %2.</source>
        <translation>%1 El informe queda %2.</translation>
    </message>
    <message>
        <source>New &amp;report</source>
        <translation>&amp;Nuevo informe</translation>
    </message>
    <message>
        <source>Arch&amp;ive</source>
        <translation>Arch&amp;ivo</translation>
    </message>
</context>
<context>
    <name>hd::RunbookModel</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Runbook ID</source>
        <translation>ID de runbook</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>HIPAA controls</source>
        <translation>Controles HIPAA</translation>
    </message>
    <message>
        <source>Disruptive</source>
        <translation>Disruptivo</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Avg duration</source>
        <translation>Duración media</translation>
    </message>
    <message>
        <source>p95 duration</source>
        <translation>Duración p95</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>(telemetry ID with no runbook)</source>
        <translation>(ID de telemetría sin runbook)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>hd::RunbookParametersDialog</name>
    <message>
        <source>Parameters of %1</source>
        <translation>Parámetros de %1</translation>
    </message>
    <message>
        <source>What %1&apos;s parameters may be, as JSON Schema: per field type (string, integer, number, boolean), enum, minimum, maximum, pattern, default, description; at the top properties and required. Orders, recurring orders and the order dialog&apos;s form refuse anything else. Empty: any JSON object.</source>
        <translation>Lo que pueden ser los parámetros de %1, como JSON Schema: por campo type (string, integer, number, boolean), enum, minimum, maximum, pattern, default, description; arriba properties y required. Las órdenes, las órdenes periódicas y el formulario del diálogo de órdenes rechazan todo lo demás. Vacío: cualquier objeto JSON.</translation>
    </message>
    <message>
        <source>Parameter schema</source>
        <translation>Esquema de parámetros</translation>
    </message>
    <message>
        <source>No schema: orders take any JSON object.</source>
        <translation>Sin esquema: las órdenes aceptan cualquier objeto JSON.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>Schema removed: orders for %1 take any JSON object.</source>
        <translation>Esquema eliminado: las órdenes para %1 aceptan cualquier objeto JSON.</translation>
    </message>
    <message>
        <source>Saved: orders for %1 now take only these parameters.</source>
        <translation>Guardado: las órdenes para %1 solo aceptan ahora estos parámetros.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Appliances at site</source>
        <translation>Dispositivos en la sede</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>Switched on here</source>
        <translation>Activados aquí</translation>
    </message>
    <message>
        <source>Globally</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ctivar</translation>
    </message>
    <message>
        <source>Switch the selected runbooks off for the chosen appliance, or for every appliance of the site</source>
        <translation>Desactivar los runbooks seleccionados para el dispositivo elegido o para todos los dispositivos de la sede</translation>
    </message>
    <message>
        <source>Switch the selected runbooks on for the chosen appliance, or for every appliance of the site</source>
        <translation>Activar los runbooks seleccionados para el dispositivo elegido o para todos los dispositivos de la sede</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>Aplicar a:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All appliances of the site</source>
        <translation>Todos los dispositivos de la sede</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Select one or more runbooks first.</source>
        <translation>Seleccionar primero uno o varios runbooks.</translation>
    </message>
    <message numerus="yes">
        <source>Enabled on %n appliance setting(s); orders accept it now.</source>
        <translation>
            <numerusform>Activado en %n configuración de dispositivo; las órdenes ya lo aceptan.</numerusform>
            <numerusform>Activado en %n configuraciones de dispositivo; las órdenes ya lo aceptan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled on %n appliance setting(s); orders refuse it now.</source>
        <translation>
            <numerusform>Desactivado en %n configuración de dispositivo; las órdenes ya lo rechazan.</numerusform>
            <numerusform>Desactivado en %n configuraciones de dispositivo; las órdenes ya lo rechazan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Parameters…</source>
        <translation>&amp;Parámetros…</translation>
    </message>
    <message>
        <source>What the selected runbook&apos;s parameters may be: orders and the order dialog&apos;s form follow it</source>
        <translation>Lo que pueden ser los parámetros del runbook seleccionado: las órdenes y el formulario del diálogo de órdenes lo siguen</translation>
    </message>
    <message>
        <source>Select one runbook to see its parameters.</source>
        <translation>Seleccionar un runbook para ver sus parámetros.</translation>
    </message>
</context>
<context>
    <name>hd::RunbooksPage</name>
    <message>
        <source>Filter by ID, name, category or HIPAA control</source>
        <translation>Filtrar por ID, nombre, categoría o control HIPAA</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 executions&lt;/b&gt; in scope: %2 resolved to %3 runbooks, &lt;span style=&apos;color:#b25a00&apos;&gt;%4 under %5 unmapped telemetry IDs&lt;/span&gt; (shown last, in italics).</source>
        <translation>&lt;b&gt;%1 ejecuciones&lt;/b&gt; en el ámbito: %2 corresponden a %3 runbooks, &lt;span style=&apos;color:#b25a00&apos;&gt;%4 bajo %5 IDs de telemetría sin asignar&lt;/span&gt; (al final, en cursiva).</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Period: %1. </source>
        <translation>Periodo: %1. </translation>
    </message>
</context>
<context>
    <name>hd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>hd::SigningKeyDialog</name>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>Copiar &amp;ID de clave</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Healdesk signs every order you issue, every report you export and every change you make with your own Ed25519 key, so appliances and auditors can tell it was you and that nothing changed since. The private key is made here and kept in this workstation&apos;s keychain only; the database holds the public key, which another admin approves before appliances trust it.</source>
        <translation>Healdesk firma cada orden emitida, cada informe exportado y cada cambio realizado con la clave Ed25519 propia de cada usuario, para que los dispositivos y los auditores sepan quién lo hizo y que nada ha cambiado desde entonces. La clave privada se crea aquí y se guarda solo en el llavero de esta estación de trabajo; la base de datos contiene la clave pública, que otro administrador aprueba antes de que los dispositivos confíen en ella.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Admin (approves other keys)</source>
        <translation>Administrador (aprueba otras claves)</translation>
    </message>
    <message>
        <source>A note that tells your keys apart, such as this workstation&apos;s name</source>
        <translation>Una nota para distinguir las claves propias, como el nombre de esta estación de trabajo</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ID de clave:</translation>
    </message>
    <message>
        <source>Role of a new key:</source>
        <translation>Rol de una clave nueva:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>This workstation holds no signing key for %1: orders for partners that require signatures are refused, and reports are marked unsigned.</source>
        <translation>Esta estación de trabajo no tiene ninguna clave de firma para %1: se rechazan las órdenes para socios que exigen firma y los informes se marcan como sin firmar.</translation>
    </message>
    <message>
        <source>No signing key: %1</source>
        <translation>Sin clave de firma: %1</translation>
    </message>
    <message>
        <source>Approved: your orders, reports and changes are signed.</source>
        <translation>Aprobada: las órdenes, informes y cambios propios se firman.</translation>
    </message>
    <message>
        <source>Pending: another admin approves it in Data health ▸ Signing keys, or with healdesk key approve %1</source>
        <translation>Pendiente: otro administrador la aprueba en Estado de los datos ▸ Claves de firma, o con healdesk key approve %1</translation>
    </message>
    <message>
        <source>The database does not know this key: create it again.</source>
        <translation>La base de datos no conoce esta clave: crearla de nuevo.</translation>
    </message>
    <message>
        <source>This key is %1: create a new one and have it approved.</source>
        <translation>Esta clave está %1: crear una nueva y hacer que la aprueben.</translation>
    </message>
    <message>
        <source>&amp;Create a new key</source>
        <translation>&amp;Crear una clave nueva</translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation>Creando la clave…</translation>
    </message>
    <message>
        <source>Key %1 is registered and pending. Ask another admin to approve it (Data health ▸ Signing keys, or healdesk key approve %1).</source>
        <translation>La clave %1 está registrada y pendiente. Pedir a otro administrador que la apruebe (Estado de los datos ▸ Claves de firma, o healdesk key approve %1).</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>No se creó ninguna clave: %1</translation>
    </message>
</context>
<context>
    <name>hd::SigningKeysPanel</name>
    <message>
        <source>Key ID</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Orders must be signed</source>
        <translation>Firma de órdenes obligatoria</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Establecida por</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>E&amp;xport trust file…</source>
        <translation>E&amp;xportar archivo de confianza…</translation>
    </message>
    <message>
        <source>Approve the selected pending key with your own admin key</source>
        <translation>Aprobar la clave pendiente seleccionada con la clave de administrador propia</translation>
    </message>
    <message>
        <source>Revoke the selected key: what it signs from now on is refused</source>
        <translation>Revocar la clave seleccionada: lo que firme a partir de ahora se rechaza</translation>
    </message>
    <message>
        <source>The fleet&apos;s admin keys, for appliances and auditors (fleet-keys.json)</source>
        <translation>Las claves de administrador de la flota, para dispositivos y auditores (fleet-keys.json)</translation>
    </message>
    <message>
        <source>&amp;Require signed orders</source>
        <translation>Exi&amp;gir órdenes firmadas</translation>
    </message>
    <message>
        <source>Allow &amp;unsigned orders</source>
        <translation>Permitir órdenes &amp;sin firmar</translation>
    </message>
    <message>
        <source>For appliances that cannot check signatures yet; signed by your admin key and audited</source>
        <translation>Para dispositivos que aún no pueden comprobar firmas; se firma con la clave de administrador propia y se audita</translation>
    </message>
    <message>
        <source>Technicians&apos; signing keys. A pending key signs nothing appliances trust until an admin other than its owner approves it.</source>
        <translation>Claves de firma de los técnicos. Una clave pendiente no firma nada en lo que confíen los dispositivos hasta que la apruebe un administrador distinto de su titular.</translation>
    </message>
    <message>
        <source>Whether each partner&apos;s appliances run only signed orders:</source>
        <translation>Si los dispositivos de cada socio ejecutan solo órdenes firmadas:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>installation default</source>
        <translation>predeterminado de la instalación</translation>
    </message>
    <message>
        <source>first admin key</source>
        <translation>primera clave de administrador</translation>
    </message>
    <message>
        <source>Select one pending key to approve.</source>
        <translation>Seleccionar una clave pendiente para aprobarla.</translation>
    </message>
    <message>
        <source>Approve key</source>
        <translation>Aprobar clave</translation>
    </message>
    <message>
        <source>Approve key %1 for how many days? The approval is signed with your admin key and names its login, role and partners.</source>
        <translation>¿Durante cuántos días aprobar la clave %1? La aprobación se firma con la clave de administrador propia e indica su usuario, su rol y sus socios.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %1 for %n day(s).</source>
        <translation>
            <numerusform>%1 aprobada durante %n día.</numerusform>
            <numerusform>%1 aprobada durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one key to revoke.</source>
        <translation>Seleccionar una clave para revocarla.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Why is key %1 revoked? (required; signed and audited)</source>
        <translation>¿Por qué se revoca la clave %1? (obligatorio; se firma y se audita)</translation>
    </message>
    <message>
        <source>Not revoked: a revocation needs a reason.</source>
        <translation>No revocada: una revocación requiere un motivo.</translation>
    </message>
    <message>
        <source>Revoked %1. Export the trust file again so appliances and auditors know.</source>
        <translation>%1 revocada. Exportar de nuevo el archivo de confianza para que los dispositivos y los auditores lo sepan.</translation>
    </message>
    <message>
        <source>Select the partners first.</source>
        <translation>Seleccionar primero los socios.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) now require signed orders.</source>
        <translation>
            <numerusform>%n socio exige ahora órdenes firmadas.</numerusform>
            <numerusform>%n socios exigen ahora órdenes firmadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) now accept unsigned orders.</source>
        <translation>
            <numerusform>%n socio acepta ahora órdenes sin firmar.</numerusform>
            <numerusform>%n socios aceptan ahora órdenes sin firmar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the fleet&apos;s trust file</source>
        <translation>Exportar el archivo de confianza de la flota</translation>
    </message>
    <message>
        <source>Trust files (*.json)</source>
        <translation>Archivos de confianza (*.json)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n admin key(s). Its SHA-256 is %2; read it to whoever receives the file, over another channel.</source>
        <translation>
            <numerusform>Escrito %1: %n clave de administrador. Su SHA-256 es %2; comunicarlo a quien reciba el archivo por otro canal.</numerusform>
            <numerusform>Escrito %1: %n claves de administrador. Su SHA-256 es %2; comunicarlo a quien reciba el archivo por otro canal.</numerusform>
        </translation>
    </message>
    <message>
        <source>No trust file written: %1</source>
        <translation>No se escribió ningún archivo de confianza: %1</translation>
    </message>
    <message>
        <source>Appliances that hold the trust file run unsigned orders only where an admin signed &quot;off&quot; here; the installation default decides only what consoles refuse before writing.</source>
        <translation>Los dispositivos que tienen el archivo de confianza solo ejecutan órdenes sin firmar donde un administrador firmó aquí «desactivada»; el valor predeterminado de la instalación solo decide lo que las consolas rechazan antes de escribir.</translation>
    </message>
</context>
<context>
    <name>hd::SiteModel</name>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Appliances</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Retrasados</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(sin socio)</translation>
    </message>
</context>
<context>
    <name>hd::SlaDialog</name>
    <message>
        <source>The fleet&apos;s defaults</source>
        <translation>Valores de la flota</translation>
    </message>
    <message>
        <source>How long an open incident of each severity may wait for its fix before the queue shows it as past its SLA and the alert routes hear of it. A partner follows the fleet&apos;s hours unless it has its own.</source>
        <translation>Cuánto puede esperar un incidente abierto de cada gravedad a su corrección antes de que la cola lo muestre con el SLA superado y las rutas de alerta lo sepan. Un socio sigue las horas de la flota salvo que tenga las suyas.</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ticked: this partner&apos;s own hours. Unticked: the fleet&apos;s (%1 h).</source>
        <translation>Marcado: las horas propias de este socio. Sin marcar: las de la flota (%1 h).</translation>
    </message>
    <message>
        <source>Only admins can change SLA hours.</source>
        <translation>Solo los administradores pueden cambiar las horas de SLA.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n SLA(s) changed.</source>
        <translation>
            <numerusform>Guardado: %n SLA cambiado.</numerusform>
            <numerusform>Guardado: %n SLA cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve an incident by itself when an order run from it &amp;completes</source>
        <translation>Resolver un incidente por sí solo cuando una orden lanzada desde él se &amp;complete</translation>
    </message>
    <message>
        <source>SLA hours and resolving</source>
        <translation>Horas de SLA y resolución</translation>
    </message>
    <message>
        <source>Per partner. Unticked, the incident&apos;s timeline offers to resolve it instead.</source>
        <translation>Por socio. Sin marcar, la cronología del incidente ofrece resolverlo.</translation>
    </message>
</context>
<context>
    <name>hd::TiersPage</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 executions&lt;/b&gt; (telemetry rows) and &lt;b&gt;%2 incidents&lt;/b&gt; in scope. The two are different counts and are never added together. Click a slice or a bar to list the incidents of that tier.</source>
        <translation>&lt;b&gt;%1 ejecuciones&lt;/b&gt; (filas de telemetría) y &lt;b&gt;%2 incidentes&lt;/b&gt; en el ámbito. Son recuentos distintos y nunca se suman. Hacer clic en un sector o una barra para ver los incidentes de ese nivel.</translation>
    </message>
    <message>
        <source>Executions by tier (telemetry rows)</source>
        <translation>Ejecuciones por nivel (filas de telemetría)</translation>
    </message>
    <message>
        <source>Incidents by tier (latest execution)</source>
        <translation>Incidentes por nivel (última ejecución)</translation>
    </message>
    <message>
        <source>Executions per day by tier</source>
        <translation>Ejecuciones diarias por nivel</translation>
    </message>
    <message>
        <source>Success rate per tier (successful executions / executions)</source>
        <translation>Tasa de éxito por nivel (ejecuciones correctas / ejecuciones)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Healing tiers</source>
        <translation>Niveles de corrección</translation>
    </message>
    <message>
        <source>Period: %1. </source>
        <translation>Periodo: %1. </translation>
    </message>
    <message>
        <source>L2, L3, unknown</source>
        <translation>L2, L3, desconocido</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>%1 (right scale)</source>
        <translation>%1 (escala derecha)</translation>
    </message>
</context>
<context>
    <name>hd::UpgradeDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Upgrade the database — Healdesk</source>
        <translation>Actualizar la base de datos — Healdesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Calculando el plan…</translation>
    </message>
    <message>
        <source>Upgrade plan</source>
        <translation>Plan de actualización</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Nothing to do here: install the Healdesk that upgraded this database.</source>
        <translation>Aquí no hay nada que hacer: instalar el Healdesk que actualizó esta base de datos.</translation>
    </message>
    <message>
        <source>Healdesk adopts only an empty database or the production schema. Nothing was changed.</source>
        <translation>Healdesk solo adopta una base de datos vacía o el esquema de producción. No se cambió nada.</translation>
    </message>
    <message>
        <source>Only %1 may upgrade this database (the owner of its tables). Ask them to run healdesk migrate --dry-run, then healdesk migrate, or to open Healdesk as that login. Nothing was changed.</source>
        <translation>Solo %1 puede actualizar esta base de datos (el propietario de sus tablas). Pedirle que ejecute healdesk migrate --dry-run y después healdesk migrate, o que abra Healdesk con ese usuario. No se cambió nada.</translation>
    </message>
    <message>
        <source>Healdesk cannot upgrade this database. Nothing was changed.</source>
        <translation>Healdesk no puede actualizar esta base de datos. No se cambió nada.</translation>
    </message>
    <message>
        <source>What the upgrade will do, in order. Every row is kept: migrations add tables, columns and rules and move rows without deleting any. Each step runs in its own transaction, so a step that fails leaves the database as it was before it.</source>
        <translation>Lo que hará la actualización, en orden. Se conservan todas las filas: las migraciones añaden tablas, columnas y reglas y mueven filas sin borrar ninguna. Cada paso se ejecuta en su propia transacción, así que un paso que falla deja la base de datos como estaba antes de él.</translation>
    </message>
    <message>
        <source>Upgrading…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The upgrade stopped: %1</source>
        <translation>La actualización se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>hd::UserGuideDialog</name>
    <message>
        <source>Healdesk user guide</source>
        <translation>Guía de uso de Healdesk (en inglés)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The user guide is not installed: it belongs in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La guía de uso no está instalada: debería estar en %1.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
