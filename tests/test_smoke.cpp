// Starts `healdesk --demo` under a real X server (Xvfb), opens every page,
// saves a screenshot of each under the build folder, and checks that the
// private cluster was stopped on exit; a second start reuses it.
#include "TestDatabase.h"
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// The pictures the screenshot tour takes (ScreenshotTour), in every language.
constexpr int TourPictures = 23;

class Xvfb
{
public:
    Xvfb()
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (exe.isEmpty())
            return;
        m_process.setProgram(exe);
        // -displayfd: the server picks a free display and writes its number to fd 1.
        m_process.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                QStringLiteral("0"), QStringLiteral("1920x1200x24"), QStringLiteral("-nolisten"),
                                QStringLiteral("tcp")});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(10000))
            out += m_process.readAllStandardOutput();
        m_display = QStringLiteral(":") + QString::fromLatin1(out.trimmed());
    }
    ~Xvfb()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

struct DemoRun
{
    int code = -1;
    QString err;
};

DemoRun runDemo(const QString &display, const QString &demoDir, const QString &shots, const QString &config,
                const QStringList &extraArgs = {}, const QMap<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HEALDESK_DEMO_DIR"), demoDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    // The demo must need no server settings at all.
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE"})
        env.remove(QString::fromLatin1(name));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEALDESK_EXECUTABLE),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshots"), shots} + extraArgs);
    const bool finished = p.waitForFinished(240000);
    if (!finished)
        p.kill();
    return {finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardError())};
}

QString withoutAccelerator(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// What the console showed in one language, checked against that language's .ts file: no text may be
// an English source whose translation differs, and every window title, menu, toolbar and tab text
// must be a translation (or a language's own name in the language menu).
struct LanguageFindings
{
    QStringList untranslated;
    QStringList unknownChrome;
    int translatedSeen = 0;
    int lines = 0;
};

LanguageFindings checkTexts(const QString &tsvPath, const char *code)
{
    LanguageFindings f;
    QSet<QString> english, translated;
    QList<QRegularExpression> englishPatterns, translatedPatterns;
    auto pattern = [](const QString &text) {
        static const QRegularExpression arg(QStringLiteral("%(\\d+|n)"));
        QStringList escaped;
        for (const QString &part : text.split(arg))
            escaped << QRegularExpression::escape(part);
        return QRegularExpression(QStringLiteral("^") + escaped.join(QStringLiteral("(.+)")) + QStringLiteral("$"));
    };
    for (const auto &m : hd::test::readTsFile(hd::test::tsPath(code))) {
        const QString source = withoutAccelerator(m.source);
        bool differs = true;
        for (const QString &t : m.translations) {
            const QString tr = withoutAccelerator(t);
            differs = differs && tr != source;
            if (tr.contains(QLatin1Char('%')))
                translatedPatterns << pattern(tr);
            else
                translated << tr;
        }
        if (!differs)
            continue; // "CSV", "L1", "Runbook": the same word in both languages
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
        if (source.contains(QLatin1Char('%'))) {
            QString literal = source;
            literal.remove(QRegularExpression(QStringLiteral("%(\\d+|n)")));
            if (literal.count(letters) >= 8) // "%1 — %2" would match anything
                englishPatterns << pattern(source);
        } else {
            english << source;
        }
    }
    QStringList languageNames;
    for (const char *c : {"en", "es", "de"})
        languageNames << QLocale(QString::fromLatin1(c)).nativeLanguageName().toLower();

    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return f;
    QString page;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QString kind = line.section(QLatin1Char('\t'), 0, 0);
        QString text = line.section(QLatin1Char('\t'), 1);
        if (kind == QLatin1String("page")) {
            page = text;
            continue;
        }
        if (text.isEmpty())
            continue;
        ++f.lines;
        text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        const QString shown = withoutAccelerator(text);
        const QString where = page + QLatin1Char('/') + kind + QStringLiteral(": ") + shown;
        bool isEnglish = english.contains(shown);
        for (const auto &re : std::as_const(englishPatterns))
            isEnglish = isEnglish || re.match(shown).hasMatch();
        bool isTranslation = translated.contains(shown);
        for (const auto &re : std::as_const(translatedPatterns))
            isTranslation = isTranslation || re.match(shown).hasMatch();
        if (isEnglish && !isTranslation)
            f.untranslated << where;
        if (isTranslation)
            ++f.translatedSeen;
        static const QStringList chrome{QStringLiteral("window-title"), QStringLiteral("menu"),
                                        QStringLiteral("menu-item"),    QStringLiteral("toolbar"),
                                        QStringLiteral("toolbar-item"), QStringLiteral("tab")};
        if (chrome.contains(kind) && !isTranslation && !languageNames.contains(shown.toLower()))
            f.unknownChrome << where;
    }
    return f;
}

} // namespace

TEST(Smoke, DemoOpensEveryPageUnderXvfbAndStopsItsCluster)
{
    Xvfb x;
    ASSERT_FALSE(x.display().isEmpty()) << "Xvfb did not start (scripts/test installs the xvfb package)";
    QTemporaryDir tmp(QStringLiteral("/tmp/healdesk-smoke-XXXXXX"));
    ASSERT_TRUE(tmp.isValid());
    // When the tests run as root the demo server runs as postgres, which must reach this folder.
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    const QString demoDir = tmp.filePath(QStringLiteral("demo"));
    const QString shots = QStringLiteral(HEALDESK_BINARY_DIR "/screenshots");
    QDir(shots).removeRecursively();

    const DemoRun first = runDemo(x.display(), demoDir, shots, tmp.filePath(QStringLiteral("config")));
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("demo fleet generated"))) << first.err.toStdString();
    const QStringList pngs = QDir(shots).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pngs.size(), TourPictures) << pngs.join(QLatin1Char(' ')).toStdString();
    for (const QString &png : pngs) {
        const QImage image(QDir(shots).filePath(png));
        // Pages are window grabs; the last picture is the run-runbook dialog.
        EXPECT_GE(image.width(),
                  png.contains(QStringLiteral("run-runbook")) || png.contains(QStringLiteral("shortcuts")) ||
                          png.contains(QStringLiteral("signing-key.png")) ||
                          png.contains(QStringLiteral("maintenance-windows")) ||
                          png.contains(QStringLiteral("runbook-mapping")) || png.contains(QStringLiteral("incident-runbook")) ||
                          png.contains(QStringLiteral("order-detail"))
                      ? 400
                      : 800)
            << png.toStdString();
        EXPECT_GE(image.height(), png.contains(QStringLiteral("signing-key.png")) ? 200 : 400) << png.toStdString();
        // A blank or single-colour grab would be a failed page.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int xx = 0; xx < image.width(); xx += 7)
                colours.insert(image.pixel(xx, y));
        EXPECT_GT(colours.size(), 20) << png.toStdString();
    }
    // The demo's own worker ran (the status bar said so) and an alert reached the demo's inbox along its route:
    // the report it archived at once.
    QFile texts(QDir(shots).filePath(QStringLiteral("ui-texts.tsv")));
    ASSERT_TRUE(texts.open(QIODevice::ReadOnly));
    const QString seen = QString::fromUtf8(texts.readAll());
    EXPECT_TRUE(seen.contains(QStringLiteral("worker: running on "))) << "the status bar never showed the demo's worker";
    EXPECT_TRUE(seen.contains(QRegularExpression(QStringLiteral("demo alert inbox: [1-9]"))))
        << "no alert reached the demo's inbox";
    // The user guide shows pictures this tour takes, under the same names (scripts/guide-screenshots).
    QFile guide(QStringLiteral(HEALDESK_SOURCE_DIR "/docs/user-guide.md"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    static const QRegularExpression image(QStringLiteral("\\]\\(images/([^)]+\\.png)\\)"));
    int guideImages = 0;
    for (auto it = image.globalMatch(QString::fromUtf8(guide.readAll())); it.hasNext(); ++guideImages) {
        const QString name = it.next().captured(1);
        EXPECT_TRUE(pngs.contains(name)) << "the guide shows " << name.toStdString() << ", which the tour no longer takes";
        EXPECT_TRUE(QFileInfo::exists(QStringLiteral(HEALDESK_SOURCE_DIR "/docs/images/") + name)) << name.toStdString();
    }
    EXPECT_EQ(guideImages, pngs.size()) << "every page the tour visits appears in the guide";
    EXPECT_TRUE(QFileInfo::exists(demoDir + QStringLiteral("/PG_VERSION")));
    EXPECT_FALSE(QFileInfo::exists(demoDir + QStringLiteral("/postmaster.pid"))) << "the demo cluster is still running";

    const DemoRun second =
        runDemo(x.display(), demoDir, tmp.filePath(QStringLiteral("shots2")), tmp.filePath(QStringLiteral("config")));
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("reusing the demo database"))) << second.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(demoDir + QStringLiteral("/postmaster.pid")));
}

// Each language opens every page under Xvfb at both ends of the screens technicians use, 800x600 and
// 1920x1080; the tour lists the window's texts beside each picture. Spanish and English are chosen on the
// command line, German from the system locale.
struct TourRun
{
    const char *code;
    int width;
    int height;
};

void PrintTo(const TourRun &run, std::ostream *os)
{
    *os << run.code << " at " << run.width << "x" << run.height;
}

class SmokeLanguage : public ::testing::TestWithParam<TourRun>
{
};

TEST_P(SmokeLanguage, EveryPageShowsTranslatedTitlesMenusAndWidgets)
{
    const QString code = QString::fromLatin1(GetParam().code);
    const QSize size(GetParam().width, GetParam().height);
    Xvfb x;
    ASSERT_FALSE(x.display().isEmpty()) << "Xvfb did not start (scripts/test installs the xvfb package)";
    QTemporaryDir tmp(QStringLiteral("/tmp/healdesk-smoke-XXXXXX"));
    ASSERT_TRUE(tmp.isValid());
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    const QString shots =
        QStringLiteral(HEALDESK_BINARY_DIR "/screenshots-%1-%2x%3").arg(code).arg(size.width()).arg(size.height());
    QDir(shots).removeRecursively();
    QStringList args{QStringLiteral("--window-size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())};
    QMap<QString, QString> env;
    if (code != QLatin1String("de")) {
        args << QStringLiteral("--lang") << code;
    } else {
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de_DE:de"));
    }
    const DemoRun run = runDemo(x.display(), tmp.filePath(QStringLiteral("demo")), shots,
                                tmp.filePath(QStringLiteral("config")), args, env);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("translation"))) << run.err.toStdString();
    EXPECT_EQ(QDir(shots).entryList({QStringLiteral("*.png")}, QDir::Files).size(), TourPictures);
    // The pages (01-09, named in the language) were photographed at that size: the window took it.
    const QStringList pages = QDir(shots).entryList({QStringLiteral("0[1-9]-*.png")}, QDir::Files);
    EXPECT_GE(pages.size(), 9);
    for (const QString &page : pages) {
        const QImage picture(QDir(shots).filePath(page));
        EXPECT_EQ(picture.size(), size) << page.toStdString();
    }

    const LanguageFindings f = checkTexts(QDir(shots).filePath(QStringLiteral("ui-texts.tsv")), GetParam().code);
    EXPECT_GT(f.lines, 300) << "the tour listed too few texts";
    // English's file holds only its plural forms: a source shown where its plural should be ("3 order(s)") is
    // what it catches.
    EXPECT_TRUE(f.untranslated.isEmpty()) << "source text left in the " << GetParam().code << " interface:\n"
                                          << f.untranslated.join(QLatin1Char('\n')).toStdString();
    if (code == QLatin1String("en"))
        return;
    EXPECT_GT(f.translatedSeen, 200);
    EXPECT_TRUE(f.unknownChrome.isEmpty()) << "titles, menus, toolbars or tabs not from the translation:\n"
                                           << f.unknownChrome.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, SmokeLanguage,
                         ::testing::Values(TourRun{"en", 800, 600}, TourRun{"en", 1920, 1080}, TourRun{"es", 800, 600},
                                           TourRun{"es", 1920, 1080}, TourRun{"de", 800, 600},
                                           TourRun{"de", 1920, 1080}),
                         [](const ::testing::TestParamInfo<TourRun> &info) {
                             return std::string(info.param.code) + "_" + std::to_string(info.param.width) + "x" +
                                    std::to_string(info.param.height);
                         });
