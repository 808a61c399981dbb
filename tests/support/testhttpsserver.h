// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Pigeon::Test {

/// A tiny HTTP/1.1 server on 127.0.0.1 for the autoconfig tests: TLS with the throw-away
/// localhost certificate (TestCertificates, signed by the test CA), or plain HTTP to prove
/// that nothing is ever fetched from it. One request per connection, then close.
class TestHttpsServer : public QObject
{
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool silent = false; ///< never answer (for timeouts)
    };
    /// Called with the request target (path and query, as sent).
    using Handler = std::function<Response(const QByteArray &target)>;

    explicit TestHttpsServer(bool tls = true, QObject *parent = nullptr);
    ~TestHttpsServer() override;

    /// Listens on a free loopback port; false with errorString() on failure.
    bool listen();
    QString errorString() const { return m_error; }
    quint16 port() const;
    /// "https://localhost:PORT" (or http://), without a trailing slash.
    QString baseUrl() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Serves @p body for requests whose path (without query) is @p path; 404 for others.
    void serve(const QByteArray &path, const Response &response) { m_routes.insert(path, response); }

    /// Every request target received so far, in order.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void onConnection(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);

    bool m_tls;
    QTcpServer *m_server = nullptr;
    QString m_error;
    Handler m_handler;
    QHash<QByteArray, Response> m_routes;
    QList<QByteArray> m_requests;
};

} // namespace Pigeon::Test
