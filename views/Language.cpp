#include "Language.h"

#include "Error.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace hd::Language {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de")};
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

namespace {

QString shipped(const QString &tag)
{
    // "de-AT", "es_MX" and "de" all pick the language alone.
    const QString language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return available().contains(language) ? language : QString();
}

} // namespace

Choice choose(const QString &commandLine)
{
    if (!commandLine.isEmpty()) {
        const QString code = shipped(commandLine);
        if (code.isEmpty())
            throw Error(Error::Code::Config,
                        QCoreApplication::translate("Language", "unknown language \"%1\" (available: %2)")
                            .arg(commandLine, available().join(QStringLiteral(", "))));
        return {code, QStringLiteral("command line")};
    }
    const QString saved = shipped(Settings().language());
    if (!saved.isEmpty())
        return {saved, QStringLiteral("setting")};
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString code = shipped(tag);
        if (!code.isEmpty())
            return {code, QStringLiteral("system locale")};
    }
    return {QStringLiteral("en"), QStringLiteral("system locale")};
}

namespace {
// What install() put in place, so a later call replaces it rather than stacking.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}
} // namespace

QStringList install(QCoreApplication &app, const QString &code)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    QStringList warnings;
    // The system locale keeps its country (de_AT stays Austrian) when it speaks the chosen language.
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == QLocale(code).language() ? system : QLocale(code);
    QLocale::setDefault(locale);
    // English too has a file of its own: the plural forms of the %n strings ("1 order", "2 orders").
    auto *own = new QTranslator(&app);
    installed() << own;
    if (own->load(QStringLiteral(":/i18n/healdesk_") + code))
        QCoreApplication::installTranslator(own);
    else
        warnings << QStringLiteral("the %1 translation is missing from this build").arg(code);
    if (code == QLatin1String("en"))
        return warnings; // Qt's own strings are English already
    // Qt's own strings: standard buttons, file dialogs, context menus of text fields.
    auto *qt = new QTranslator(&app);
    installed() << qt;
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        warnings << QStringLiteral(
                        "Qt's own %1 translation (qtbase_%1.qm) is not installed; install qt6-translations-l10n")
                        .arg(code);
    return warnings;
}

} // namespace hd::Language
