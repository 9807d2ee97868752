#include "Generator.h"

#include "Error.h"
#include "Session.h"
#include "SqlLibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hd {

namespace {
struct GeneratorMsg
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
};
} // namespace

GeneratorOptions GeneratorOptions::preset(const QString &name)
{
    GeneratorOptions o;
    if (name == QLatin1String("tiny"))
        return o;
    if (name == QLatin1String("demo")) {
        o.partners = 3;
        o.sites = 8;
        o.appliancesPerSite = 6;
        o.incidents = 1500;
        o.telemetry = 6000;
        o.orders = 120;
        o.days = 60;
        return o;
    }
    if (name == QLatin1String("medium")) {
        o.partners = 10;
        o.sites = 100;
        o.appliancesPerSite = 10;
        o.incidents = 100000;
        o.telemetry = 1000000;
        o.orders = 5000;
        o.days = 365;
        return o;
    }
    if (name == QLatin1String("large")) {
        o.partners = 40;
        o.sites = 500;
        o.appliancesPerSite = 20;
        o.incidents = 1000000;
        o.telemetry = 10000000;
        o.orders = 50000;
        o.days = 365;
        return o;
    }
    throw Error(Error::Code::Config,
                GeneratorMsg::tr("unknown generator size \"%1\" (expected tiny, demo, medium or large)").arg(name));
}

namespace Generator {

void generate(Session &session, const GeneratorOptions &o)
{
    if (o.partners < 1 || o.sites < 1 || o.appliancesPerSite < 1 || o.incidents < 1 || o.telemetry < 0 ||
        o.orders < 0 || o.days < 1) {
        throw Error(Error::Code::InvalidInput, GeneratorMsg::tr("generator sizes must be positive"));
    }
    const QString script = QString::fromUtf8(SqlLibrary::file(QStringLiteral("generator/fleet.sql")));
    static const QRegularExpression marker(QStringLiteral("^-- @@(.*)$"), QRegularExpression::MultilineOption);
    // "-- @@ requires TABLE" or "requires TABLE.COLUMN": run only when the schema has it (a legacy
    // database lacks Healdesk's tables and columns).
    static const QRegularExpression requires_(QStringLiteral("^\\s*requires\\s+(\\w+)(?:\\.(\\w+))?"));

    struct Statement
    {
        QString sql;
        QString requiredTable;
        QString requiredColumn;
        int line = 0;
    };
    QList<Statement> statements;
    auto it = marker.globalMatch(script);
    QList<QRegularExpressionMatch> marks;
    while (it.hasNext())
        marks << it.next();
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const auto start = marks[i].capturedEnd();
        const auto end = i + 1 < marks.size() ? marks[i + 1].capturedStart() : script.size();
        Statement st;
        st.sql = script.mid(start, end - start).trimmed();
        st.line = int(script.left(marks[i].capturedStart()).count(QLatin1Char('\n'))) + 1;
        const auto req = requires_.match(marks[i].captured(1));
        if (req.hasMatch()) {
            st.requiredTable = req.captured(1);
            st.requiredColumn = req.captured(2);
        }
        statements << st;
    }

    session.transaction([&] {
        session.script(QStringLiteral("CREATE TEMP TABLE gen_params (seed bigint, partners int, sites int, "
                                      "appliances_per_site int, incidents int, telemetry bigint, orders int, days int, "
                                      "anchor timestamptz, with_mapping boolean) ON COMMIT DROP"),
                       QStringLiteral("generator parameters"));
        session.queryText(
            QStringLiteral(
                "INSERT INTO gen_params VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()), ?)"),
            {o.seed, o.partners, o.sites, o.appliancesPerSite, o.incidents, o.telemetry, o.orders, o.days,
             o.anchor.isValid() ? QVariant(o.anchor.toUTC().toString(Qt::ISODateWithMs))
                                : QVariant(QMetaType::fromType<QString>()),
             o.withMapping},
            QStringLiteral("generator parameters"));
        for (const Statement &st : statements) {
            if (!st.requiredTable.isEmpty()) {
                const QString table = QStringLiteral("public.") + st.requiredTable;
                auto q = session.queryText(
                    QStringLiteral(
                        "SELECT to_regclass(?) IS NOT NULL AND (coalesce(?, '') = '' OR EXISTS (SELECT 1 FROM "
                        "pg_attribute WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped)) AS present"),
                    // A table alone binds no column: a null, which the coalesce reads as "any" (a plain
                    // comparison with '' was null, and skipped every such statement).
                    {table, st.requiredColumn, table, st.requiredColumn}, QStringLiteral("generator"));
                if (!q.next() || !q.flag("present"))
                    continue;
            }
            session.script(st.sql, QStringLiteral("generator/fleet.sql:%1").arg(st.line));
        }
    });
}

} // namespace Generator

} // namespace hd
