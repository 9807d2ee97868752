#include "HttpInbox.h"

#include <QTcpSocket>

#include <memory>

namespace hd {

HttpInbox::HttpInbox(QList<int> statuses, QObject *parent) : QObject(parent), m_statuses(std::move(statuses))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
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
                const QByteArray body = buffer->mid(end + 4, length);
                const QByteArray path = headers.value(0).split(' ').value(1);
                bodies << body;
                paths << path;
                const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
                socket->write("HTTP/1.1 " + QByteArray::number(status) +
                              " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
                emit received(path, body);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpInbox::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

} // namespace hd
