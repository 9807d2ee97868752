#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace hd {

// A small HTTP/1.1 receiver on 127.0.0.1 (a port of its own): records each
// request's path and body and answers with the next status of a script (then
// 200). The demo's alert inbox, and the suite's webhook endpoints.
class HttpInbox : public QObject
{
    Q_OBJECT
public:
    explicit HttpInbox(QList<int> statuses = {}, QObject *parent = nullptr);
    bool isListening() const { return m_server.isListening(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    QList<QByteArray> bodies;
    QList<QByteArray> paths;

Q_SIGNALS:
    void received(const QByteArray &path, const QByteArray &body);

private:
    QTcpServer m_server;
    QList<int> m_statuses;
};

} // namespace hd
