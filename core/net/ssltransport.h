// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/certificateinfo.h"
#include "net/linebuffer.h"
#include "net/transport.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;

namespace Pigeon::Net {

/// The real Transport: TCP, STARTTLS or implicit TLS through QSslSocket.
///
/// The only class in Pigeon that owns a QSslSocket, so every security rule of
/// docs/SECURITY.md is enforced here and nowhere else. Single-threaded and fully
/// asynchronous: timeouts are QTimers, never waitFor*().
///
/// Reading: the socket (or, under COMPRESS, the inflater) is read in blocks into a
/// LineBuffer that frames lines; a literal is moved into one buffer allocated once at its
/// final size, from the LineBuffer for what it already holds, straight from the socket for
/// the rest.
///
/// Disconnects: when the client called close() or abort(), only disconnected() is emitted.
/// When the server closes while a reply is awaited (setAwaitingReply(true)), during a
/// literal, or before the connection is ready, errorOccurred(Network) comes first. When it
/// closes while nothing is awaited (e.g. after a logout), disconnected() comes alone.
/// Errors are never emitted from inside a call the client made (connectToServer(),
/// readLiteral(), startTls()); they arrive from the event loop.
///
/// Signals: implicit TLS emits connected() once the handshake succeeded; encrypted() is
/// emitted only after startTls(). connectToServer() on a live connection drops the old one
/// without signals.
class SslTransport : public Transport
{
    Q_OBJECT
public:
    explicit SslTransport(QObject *parent = nullptr);
    ~SslTransport() override;

    void connectToServer(const Endpoint &endpoint) override;
    void startTls() override;
    void send(QByteArrayView data) override;
    Result<void> sendSensitive(QByteArrayView data, QByteArrayView visiblePrefix) override;
    void readLiteral(qint64 size) override;
    void setAwaitingReply(bool awaiting) override;
    bool startCompression() override;
    bool isCompressed() const override { return bool(m_codec); }
    bool canCompress() const override { return true; }
    QHostAddress peerAddress() const override;
    void close() override;
    void abort() override;

    State state() const override { return m_state; }
    bool isEncrypted() const override;
    QSslCertificate peerCertificate() const override { return m_peerCertificate; }

    /// The endpoint of the current (or last) connection.
    const Endpoint &endpoint() const { return m_endpoint; }

    /// The TLS configuration used for @p policy: system CAs plus the policy's extra CA file,
    /// peer verification on. Fails (Kind::Tls) when the extra CA file cannot be read, as
    /// silently ignoring it would turn a configuration mistake into a trust error later.
    static Result<QSslConfiguration> sslConfiguration(const TlsPolicy &policy);
    /// Whether @p policy pins exactly @p certificate for @p host.
    static bool isPinned(const TlsPolicy &policy, const QString &host,
                         const QSslCertificate &certificate);

private:
    void onSocketConnected();
    void onSocketEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketDisconnected();
    void onReadyRead();
    void onConnectTimeout();
    void onReadTimeout();

    void processIncoming();
    void scheduleProcessing();
    /// Appends what the socket (or the inflater) has to m_incoming; false when nothing was
    /// added, or under COMPRESS when the data is corrupt (then *corrupt is set).
    bool fillIncoming(bool *corrupt);
    /// Moves literal bytes from m_incoming, else from the socket; false when none are ready.
    bool readLiteralBytes(bool *corrupt);
    void resetCompression();
    void finishLiteral();

    void fail(const MailError &error);
    void failLater(const MailError &error);
    void teardown();
    void write(QByteArrayView data);

    QString hostText() const;
    QString logLabel() const;

    QSslSocket *m_socket = nullptr;
    Endpoint m_endpoint;
    State m_state = State::Disconnected;
    QSslCertificate m_peerCertificate;
    std::optional<CertificateInfo> m_untrusted; ///< set by sslErrors, reported on handshake failure
    QTimer m_connectTimer;
    QTimer m_readTimer;
    quint64 m_generation = 0; ///< bumped per connection; stale queued calls compare it
    bool m_awaiting = false;
    bool m_processing = false;
    bool m_processingQueued = false;
    bool m_halted = false;     ///< a failure is queued: deliver nothing more
    bool m_deferErrors = false;///< inside a client call: report failures from the event loop

    std::unique_ptr<class DeflateCodec> m_codec; ///< COMPRESS=DEFLATE is on
    LineBuffer m_incoming;     ///< received (under COMPRESS: inflated) bytes not yet delivered

    bool m_inLiteral = false;
    QByteArray m_literal;      ///< allocated once at its final size
    qint64 m_literalFilled = 0;
};

} // namespace Pigeon::Net
