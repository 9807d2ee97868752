#include "Audit.h"
#include "AuditModel.h"
#include "AuditPage.h"
#include "Error.h"
#include "FleetFixture.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace hd;
using namespace hd::test;

namespace {

struct Entry
{
    QString user;
    QString action;
    QString target;
    QString note;
    int hoursAgo;
};

// A small RFC 4180 reader, written independently of the exporter.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class AuditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.migrate();
        entries = {{QStringLiteral("alice"), QStringLiteral("order.issue"), QStringLiteral("ORD-1"), QStringLiteral("plain"), 1},
                   {QStringLiteral("bob"), QStringLiteral("order.cancel"), QStringLiteral("ORD-1"),
                    QStringLiteral("comma, \"quote\" and\nnewline"), 2},
                   {QStringLiteral("alice"), QStringLiteral("mapping.set"), QStringLiteral("L1-X_100%"), QStringLiteral("Ünïcödé 検査"), 30},
                   {QStringLiteral("bob"), QStringLiteral("order.issue"), QStringLiteral("ORD-2"), QStringLiteral("x"), 50},
                   {QStringLiteral("carol"), QStringLiteral("order.issue"), QStringLiteral("ORD-X1009"), QStringLiteral("y"), 100}};
        for (const Entry &e : entries) {
            t.exec(QStringLiteral("INSERT INTO admin_audit_log (username, action, target, details, created_at) VALUES "
                                  "(?, ?, ?, jsonb_build_object('note', ?::text), now() - make_interval(hours => ?))"),
                   {e.user, e.action, e.target, e.note, e.hoursAgo});
        }
    }

    QStringList targets(const QList<AuditRow> &rows)
    {
        QStringList out;
        for (const AuditRow &r : rows)
            out << r.username + QLatin1Char('/') + r.target;
        return out;
    }
    QStringList expected(const std::function<bool(const Entry &)> &keep)
    {
        QStringList out; // entries are listed newest first already
        for (const Entry &e : entries)
            if (keep(e))
                out << e.user + QLatin1Char('/') + e.target;
        return out;
    }
    QList<AuditRow> list(const AuditFilter &f) { return t.db().runSync([&](Session &s) { return Audit::list(s, f); }); }

    TestDatabase t;
    QList<Entry> entries;
};

TEST_F(AuditTest, FiltersByUserActionTargetAndPeriod)
{
    EXPECT_EQ(targets(list({})), expected([](const Entry &) { return true; }));
    AuditFilter f;
    f.user = QStringLiteral("alice");
    EXPECT_EQ(targets(list(f)), expected([](const Entry &e) { return e.user == QLatin1String("alice"); }));
    f = {};
    f.action = QStringLiteral("order.issue");
    EXPECT_EQ(targets(list(f)), expected([](const Entry &e) { return e.action == QLatin1String("order.issue"); }));
    f = {};
    f.target = QStringLiteral("_100%");
    EXPECT_EQ(targets(list(f)), expected([](const Entry &e) { return e.target.contains(QStringLiteral("_100%")); }));
    f.target = QStringLiteral("ORD_X");
    EXPECT_EQ(targets(list(f)), QStringList()); // "_" is not a wildcard: ORD-X1009 does not match
    f = {};
    f.from = QDateTime::currentDateTimeUtc().addSecs(-3600 * 40);
    EXPECT_EQ(targets(list(f)), expected([](const Entry &e) { return e.hoursAgo < 40; }));
    f.to = QDateTime::currentDateTimeUtc().addSecs(-3600 * 10);
    EXPECT_EQ(targets(list(f)), expected([](const Entry &e) { return e.hoursAgo < 40 && e.hoursAgo > 10; }));
}

TEST_F(AuditTest, CsvExportRoundTripsEveryFieldAndNeverLeavesHalfAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    const qint64 rows = awaitTask(Audit::exportCsv(t.db(), {}, path));
    EXPECT_EQ(rows, entries.size());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = parseCsv(f.readAll());
    ASSERT_EQ(csv.size(), entries.size() + 1);
    EXPECT_EQ(csv[0], Audit::csvHeader());
    for (int i = 0; i < entries.size(); ++i) {
        ASSERT_EQ(csv[i + 1].size(), 6);
        EXPECT_EQ(csv[i + 1][2], entries[i].user);
        EXPECT_EQ(csv[i + 1][3], entries[i].action);
        EXPECT_EQ(csv[i + 1][4], entries[i].target);
        EXPECT_EQ(QJsonDocument::fromJson(csv[i + 1][5].toUtf8()).object().value(QStringLiteral("note")).toString(),
                  entries[i].note);
    }
    // An unwritable destination is an error and leaves nothing behind.
    const QString bad = dir.filePath(QStringLiteral("no-such-folder/audit.csv"));
    EXPECT_THROW(awaitTask(Audit::exportCsv(t.db(), {}, bad)), Error);
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(AuditTest, PageShowsFiltersAndExports)
{
    AuditPage page(&t.db());
    new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, page.model());
    page.show();
    page.setScope({});
    ASSERT_TRUE(waitUntil([&] { return page.hasData() && page.userBox()->count() == 4; }));
    EXPECT_EQ(page.view()->model()->rowCount(), entries.size());
    // Details read as words; the JSON stays the tooltip (and the CSV's column).
    QStringList words, json;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        words << page.model()->index(r, AuditModel::Details).data().toString();
        json << page.model()->index(r, AuditModel::Details).data(Qt::ToolTipRole).toString();
    }
    for (const Entry &e : entries) {
        EXPECT_TRUE(words.contains(QStringLiteral("note: ") + e.note)) << words.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(std::any_of(json.cbegin(), json.cend(), [&e](const QString &j) {
            return QJsonDocument::fromJson(j.toUtf8()).object().value(QStringLiteral("note")).toString() == e.note;
        })) << e.note.toStdString();
    }
    QSignalSpy loaded(page.model(), &AuditModel::loaded);
    page.userBox()->setCurrentIndex(page.userBox()->findData(QStringLiteral("bob")));
    ASSERT_TRUE(waitUntil([&] { return loaded.count() >= 1 && !page.model()->isLoading(); }));
    EXPECT_EQ(page.view()->model()->rowCount(), 2);
    QTemporaryDir dir;
    QSignalSpy exported(&page, &AuditPage::exported);
    awaitTask(page.exportCsv(dir.filePath(QStringLiteral("bob.csv"))));
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.at(0).at(0).toLongLong(), 2);
}
