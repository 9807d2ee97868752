// A mapping import file and the IDs in it: checked without the database, so
// the fuzz target (fuzz/fuzz_mapping_import) builds this file alone.
#include "Csv.h"
#include "Error.h"
#include "Mappings.h"

#include <QCoreApplication>
#include <QHash>

namespace hd {

namespace Mappings {

namespace {

struct MappingsText
{
    Q_DECLARE_TR_FUNCTIONS(Mappings)
};

Error refused(const QString &message)
{
    return Error(Error::Code::Refused, message);
}

} // namespace

void checkId(const QString &id, const char *what)
{
    if (id.trimmed().isEmpty() || id != id.trimmed())
        throw refused(MappingsText::tr("the %1 ID is empty or has surrounding spaces").arg(MappingsText::tr(what)));
    if (id.size() > 100)
        throw refused(MappingsText::tr("the %1 ID is longer than 100 characters").arg(MappingsText::tr(what)));
    if (id.contains(QChar(0)))
        throw refused(MappingsText::tr("the %1 ID contains a NUL character").arg(MappingsText::tr(what)));
}

QList<ImportPair> parseImportFile(const QByteArray &csv)
{
    const QList<QStringList> records = Csv::parse(csv);
    QList<ImportPair> pairs;
    QHash<QString, QString> seen;
    for (int i = 0; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        const int line = i + 1;
        if (r.size() == 1 && r.first().trimmed().isEmpty())
            continue;
        if (i == 0 && r.value(0).trimmed().compare(QLatin1String("l1_rule_id"), Qt::CaseInsensitive) == 0)
            continue;
        if (r.size() != 2)
            throw refused(MappingsText::tr("line %1: expected two fields (telemetry ID, runbook ID), found %2")
                              .arg(line)
                              .arg(r.size()));
        try {
            checkId(r.at(0), QT_TRANSLATE_NOOP("Mappings", "telemetry"));
            checkId(r.at(1), QT_TRANSLATE_NOOP("Mappings", "runbook"));
        } catch (const Error &e) {
            throw refused(MappingsText::tr("line %1: %2").arg(line).arg(e.message()));
        }
        if (seen.contains(r.at(0)) && seen.value(r.at(0)) != r.at(1)) {
            throw refused(MappingsText::tr("line %1: \"%2\" is mapped twice in the file (to \"%3\" and \"%4\")")
                              .arg(line)
                              .arg(r.at(0), seen.value(r.at(0)), r.at(1)));
        }
        seen.insert(r.at(0), r.at(1));
        pairs << ImportPair{line, r.at(0), r.at(1)};
    }
    return pairs;
}

} // namespace Mappings

} // namespace hd
