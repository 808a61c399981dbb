// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "support/testhttpsserver.h"

#include "support/testcertificates.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

namespace Pigeon::Test {

TestHttpsServer::TestHttpsServer(bool tls, QObject *parent) : QObject(parent), m_tls(tls) {}

TestHttpsServer::~TestHttpsServer() = default;

bool TestHttpsServer::listen()
{
    if (m_tls) {
        if (!TestCertificates::available()) {
            m_error = TestCertificates::errorString();
            return false;
        }
        auto *ssl = new QSslServer(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(TestCertificates::certificate());
        conf.setPrivateKey(TestCertificates::key());
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(conf);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    // QSslServer queues a connection only once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            onConnection(socket);
    });
    if (!m_server->listen(QHostAddress::LocalHost)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 TestHttpsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString TestHttpsServer::baseUrl() const
{
    return QStringLiteral("%1://localhost:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port());
}

void TestHttpsServer::onConnection(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable())
        onReadyRead(socket);
}

void TestHttpsServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n") || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    m_requests.append(target);

    Response response;
    if (m_handler) {
        response = m_handler(target);
    } else {
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        response = m_routes.value(path, Response{404, "not found", {}, false});
    }
    if (response.silent)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    bool hasType = false;
    for (const auto &h : std::as_const(response.headers)) {
        out += h.first + ": " + h.second + "\r\n";
        hasType |= h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        out += "Content-Type: text/xml\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace Pigeon::Test
