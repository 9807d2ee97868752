// The command line alone, linked without Qt Widgets: that this program links
// at all proves the command line needs no widget. ctest also checks that no
// widget library is among what it loads (Cli.LinksNoWidgets).
#include "Cli.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("healdesk"));
    return hd::cli::run(app.arguments());
}
