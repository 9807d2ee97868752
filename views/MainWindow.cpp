#include "MainWindow.h"

#include "Database.h"

#include <QLabel>
#include <QStatusBar>

namespace hd {

MainWindow::MainWindow(Database *db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Healdesk"));
    m_connection = new QLabel(this);
    statusBar()->addPermanentWidget(m_connection);
    connect(m_db, &Database::connectionChanged, this, &MainWindow::setConnected);
    setConnected(false, tr("connecting to %1").arg(m_db->config().describe()));
    resize(1280, 800);
}

void MainWindow::setConnected(bool connected, const QString &message)
{
    m_connection->setText((connected ? tr("● Connected: %1") : tr("○ Offline: %1")).arg(message));
}

} // namespace hd
