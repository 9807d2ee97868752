// The Spanish and German translations: well-formed against their sources, built into the binary
// under the contexts the code looks them up in, and switching numbers and dates to the locale.
#include "Error.h"
#include "Format.h"
#include "Language.h"
#include "Settings.h"
#include "TsFile.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using hd::test::readTsFile;
using hd::test::tsPath;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// "&File" has one accelerator; "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

} // namespace

class TranslationFile : public ::testing::TestWithParam<const char *>
{
};

TEST_P(TranslationFile, EveryEntryKeepsPlaceholdersAndAccelerators)
{
    QString error;
    const auto messages = readTsFile(tsPath(GetParam()), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_GT(messages.size(), 400);
    int numerus = 0;
    for (const auto &m : messages) {
        const std::string where = QString(m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_FALSE(m.unfinished) << where;
        ASSERT_EQ(m.translations.size(), m.numerus ? 2 : 1) << where; // Spanish and German: singular, plural
        numerus += m.numerus ? 1 : 0;
        for (const QString &t : m.translations) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << where;
            if (m.numerus) {
                // A plural form may spell the count out, but never invents another argument.
                QStringList source = placeholders(m.source), translated = placeholders(t);
                source.removeAll(QStringLiteral("%n"));
                translated.removeAll(QStringLiteral("%n"));
                EXPECT_EQ(translated, source) << where << " -> " << t.toStdString();
            } else {
                EXPECT_EQ(placeholders(t), placeholders(m.source)) << where << " -> " << t.toStdString();
            }
            EXPECT_EQ(accelerators(t), accelerators(m.source)) << where << " -> " << t.toStdString();
        }
    }
    EXPECT_GT(numerus, 0);
}

TEST_P(TranslationFile, BuiltInTranslationAnswersEveryEntryInItsContext)
{
    const QString code = QString::fromLatin1(GetParam());
    const QStringList warnings = hd::Language::install(*QCoreApplication::instance(), code);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
    const auto messages = readTsFile(tsPath(GetParam()));
    ASSERT_GT(messages.size(), 400);
    for (const auto &m : messages) {
        const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8();
        if (m.numerus) {
            // Spanish and German use the first form for exactly one.
            EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 1),
                      QString(m.translations.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")))
                << source.constData();
            EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 7),
                      QString(m.translations.at(1)).replace(QStringLiteral("%n"), QStringLiteral("7")))
                << source.constData();
        } else {
            EXPECT_EQ(QCoreApplication::translate(context, source), m.translations.at(0)) << source.constData();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, ::testing::Values("es", "de"));

TEST(Language, GermanLocaleFormatsNumbersDatesAndQtStrings)
{
    hd::Language::install(*QCoreApplication::instance(), QStringLiteral("de"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    // Decimal comma, day before month, Qt's own buttons in German.
    EXPECT_EQ(hd::format::duration(2.5), QStringLiteral("2,5 s"));
    EXPECT_EQ(hd::format::percent(1, 8), QStringLiteral("12,5 %"));
    const QDateTime when(QDate(2026, 10, 31), QTime(14, 5, 9), Qt::LocalTime);
    EXPECT_TRUE(hd::format::dateTime(when).startsWith(QStringLiteral("31.10.")))
        << hd::format::dateTime(when).toStdString();
    EXPECT_TRUE(hd::format::dateTime(when).endsWith(QStringLiteral("14:05:09")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    EXPECT_EQ(hd::format::ago(when.addSecs(-3 * 3600), when), QStringLiteral("vor 3 Std."));
}

TEST(Language, EnglishKeepsIsoDates)
{
    hd::Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
    const QDateTime when(QDate(2026, 10, 31), QTime(14, 5, 9), Qt::LocalTime);
    EXPECT_EQ(hd::format::dateTime(when), QStringLiteral("2026-10-31 14:05:09"));
    EXPECT_EQ(hd::format::duration(2.5), QStringLiteral("2.5 s"));
    // English has its plural forms too: "1 site", "8 sites", never "8 site(s)".
    EXPECT_EQ(QCoreApplication::translate("hd::FleetPage", "<b>%n site(s)</b>", nullptr, 1), QStringLiteral("<b>1 site</b>"));
    EXPECT_EQ(QCoreApplication::translate("hd::FleetPage", "<b>%n site(s)</b>", nullptr, 8), QStringLiteral("<b>8 sites</b>"));
    EXPECT_EQ(QCoreApplication::translate("hd::MainWindow", "%n order(s) issued", nullptr, 1), QStringLiteral("1 order issued"));
    // Pages say which period their figures cover; a period's end is exclusive, so its last day is the one before.
    const QDateTime nov(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    EXPECT_EQ(hd::format::period(nov, {}), QStringLiteral("since 2026-11-01 (UTC)"));
    EXPECT_EQ(hd::format::period(nov, nov.addMonths(1)), QStringLiteral("2026-11-01 to 2026-11-30 (UTC)"));
    EXPECT_EQ(hd::format::period({}, {}), QStringLiteral("all time"));
    // The status bar's "Updated" time is on the same 24-hour clock as the dates beside it.
    EXPECT_EQ(hd::format::clockTime(QTime(23, 15, 2)), QStringLiteral("23:15:02"));
    // The database's timestamps inside a text (a repair's before and after) read as the reader's times.
    const QString shown = hd::format::dateTime(QDateTime(QDate(2026, 11, 5), QTime(1, 4, 48, 615), Qt::UTC));
    const QString half = hd::format::dateTime(QDateTime(QDate(2026, 11, 5), QTime(1, 4, 48), Qt::OffsetFromUTC, 5 * 3600 + 1800));
    EXPECT_EQ(hd::format::timesIn(QStringLiteral("matched at 2026-11-05 01:04:48.61548+00 by exec-1")),
              QStringLiteral("matched at ") + shown + QStringLiteral(" by exec-1"));
    EXPECT_EQ(hd::format::timesIn(QStringLiteral("2026-11-05T01:04:48+05:30")), half);
    EXPECT_NE(half, shown);
    EXPECT_EQ(hd::format::timesIn(QStringLiteral("pending; no time here, 2026-11-05 alone")),
              QStringLiteral("pending; no time here, 2026-11-05 alone"));
}

TEST(Language, ChoiceComesFromCommandLineThenSetting)
{
    EXPECT_EQ(hd::Language::choose(QStringLiteral("de")).code, QStringLiteral("de"));
    EXPECT_EQ(hd::Language::choose(QStringLiteral("es_MX")).code, QStringLiteral("es"));
    EXPECT_EQ(hd::Language::choose(QStringLiteral("de-AT")).code, QStringLiteral("de"));
    try {
        hd::Language::choose(QStringLiteral("fr"));
        FAIL() << "French is not shipped";
    } catch (const hd::Error &e) {
        EXPECT_EQ(e.code(), hd::Error::Code::Config);
        EXPECT_TRUE(e.message().contains(QStringLiteral("\"fr\""))) << e.message().toStdString();
    }
    hd::Settings().setLanguage(QStringLiteral("es"));
    const auto saved = hd::Language::choose({});
    EXPECT_EQ(saved.code, QStringLiteral("es"));
    EXPECT_EQ(saved.reason, QStringLiteral("setting"));
    EXPECT_EQ(hd::Language::choose(QStringLiteral("de")).code, QStringLiteral("de")) << "the command line wins";
    hd::Settings().setLanguage({});
    EXPECT_EQ(hd::Language::choose({}).reason, QStringLiteral("system locale"));
}

// The command line follows the system locale too: the same subcommand's help in German and in English.
TEST(Language, CommandLineHelpFollowsTheSystemLocale)
{
    const QString source = QStringLiteral("Upgrade the database schema in place (adopting a legacy database).");
    QString german;
    for (const auto &m : readTsFile(tsPath("de")))
        if (m.context == QLatin1String("Cli") && m.source == source)
            german = m.translations.value(0);
    ASSERT_FALSE(german.isEmpty()) << "the Cli context of healdesk_de.ts lacks the migrate description";
    ASSERT_NE(german, source);
    QTemporaryDir config;
    auto help = [&config](const QString &lang) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANG"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HEALDESK_EXECUTABLE), {QStringLiteral("migrate"), QStringLiteral("--help")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    };
    const QString de = help(QStringLiteral("de_DE.UTF-8"));
    EXPECT_TRUE(de.contains(german.simplified())) << de.toStdString();
    const QString en = help(QStringLiteral("C.UTF-8"));
    EXPECT_TRUE(en.contains(source)) << en.toStdString();
    EXPECT_FALSE(en.contains(german.simplified()));
}
