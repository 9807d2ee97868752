#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace hd::test {

// A real HTTP/1.1 server on 127.0.0.1 for network tests: records each request
// body and answers with the next status from a script (then 200).
class LocalHttpServer : public QObject
{
public:
    explicit LocalHttpServer(QList<int> statuses = {})
        : m_statuses(std::move(statuses))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    const auto headers = buffer->left(end).split('\n');
                    for (const QByteArray &h : headers) {
                        if (h.toLower().startsWith("content-length:"))
                            length = h.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    bodies << buffer->mid(end + 4, length);
                    paths << headers.value(0).split(' ').value(1);
                    const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
                    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    QList<QByteArray> bodies;
    QList<QByteArray> paths;

private:
    QTcpServer m_server;
    QList<int> m_statuses;
};

} // namespace hd::test
