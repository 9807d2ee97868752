#pragma once

#include <QMainWindow>

class QLabel;

namespace hd {

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database *db, QWidget *parent = nullptr);

private:
    void setConnected(bool connected, const QString &message);

    Database *m_db;
    QLabel *m_connection = nullptr;
};

} // namespace hd
