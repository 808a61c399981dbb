// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "common/result.h"
#include "net/endpoint.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>

namespace Pigeon::Net {

/// A byte stream to a mail server, framed into CRLF lines and exact-length literals.
///
/// Every protocol engine (IMAP, POP3, SMTP, the wizard's probes) talks to the network
/// only through this interface, so security rules live in one place and engines can be
/// tested against a scripted fake. SslTransport is the real implementation.
///
/// Security rules enforced here (docs/SECURITY.md):
/// - certificates are verified; an untrusted one fails with MailError::Kind::UntrustedCertificate
///   carrying a CertificateInfo, unless the endpoint's TlsPolicy pins exactly that certificate;
/// - startTls() discards plaintext the server sent before the handshake (CVE-2011-0411 class);
/// - sendSensitive() refuses to send a secret over an unencrypted connection unless the
///   policy explicitly allows insecure authentication;
/// - line length and literal size are limited, so a hostile server cannot exhaust memory.
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Encrypting, Closing };
    Q_ENUM(State)

    struct Limits {
        qsizetype maxLineLength = 8 * 1024 * 1024; ///< a longer line is a protocol error
        qint64 maxLiteralSize = 512LL * 1024 * 1024;///< a larger literal is refused
        int connectTimeoutMs = 30'000;              ///< TCP + (implicit) TLS handshake
        int readTimeoutMs = 120'000;                ///< silence while a reply is awaited
    };

    using QObject::QObject;
    ~Transport() override = default;

    /// Connects; with Security::ImplicitTls the TLS handshake happens first.
    /// Emits connected() when application data can flow (after TLS for implicit TLS).
    virtual void connectToServer(const Endpoint &endpoint) = 0;
    /// Upgrades a plain connection (after the server accepted STARTTLS/STLS).
    /// Bytes already buffered from the server are discarded first. Emits encrypted().
    virtual void startTls() = 0;
    /// Sends bytes as they are; the transcript shows them through Redactor.
    virtual void send(QByteArrayView data) = 0;
    /// Sends bytes that carry a secret. The transcript shows only @p visiblePrefix and a
    /// mask. Refused (nothing sent) on an unencrypted connection unless the endpoint's
    /// policy allows insecure authentication.
    virtual Result<void> sendSensitive(QByteArrayView data, QByteArrayView visiblePrefix) = 0;
    /// The next @p size bytes arrive as one literalReceived() instead of lines.
    /// Call it from the lineReceived() handler of the line that announced the literal:
    /// once that handler returns, bytes already received are framed as lines.
    virtual void readLiteral(qint64 size) = 0;
    /// Whether a reply is awaited: arms the read timeout (engines call it after a command).
    virtual void setAwaitingReply(bool awaiting) = 0;
    /// Raw DEFLATE both ways from the next byte on (IMAP COMPRESS=DEFLATE, RFC 4978). Call
    /// it from the lineReceived() handler of the server's OK, like readLiteral(). False
    /// (and nothing changes) when this transport cannot compress.
    virtual bool startCompression() { return false; }
    virtual bool isCompressed() const { return false; }
    /// Whether startCompression() can work here (asked before offering COMPRESS).
    virtual bool canCompress() const { return false; }
    /// The server's address once connected (null when unknown): whether it is on the
    /// local network decides compression (Net::shouldCompress).
    virtual QHostAddress peerAddress() const { return {}; }
    /// Closes after pending writes; emits disconnected().
    virtual void close() = 0;
    /// Drops the connection at once; emits disconnected().
    virtual void abort() = 0;

    virtual State state() const = 0;
    virtual bool isEncrypted() const = 0;
    virtual QSslCertificate peerCertificate() const = 0;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    /// Protocol name shown in transcript lines ("imap", "pop3", "smtp").
    void setTranscriptLabel(const QString &label) { m_label = label; }
    QString transcriptLabel() const { return m_label; }

Q_SIGNALS:
    void connected();
    void encrypted();
    /// One line from the server, terminator included (CRLF, or LF from sloppy servers).
    void lineReceived(const QByteArray &line);
    void literalReceived(const QByteArray &data);
    void literalProgress(qint64 received, qint64 total);
    /// A failure; the connection is closed afterwards and disconnected() follows.
    void errorOccurred(const Pigeon::MailError &error);
    void disconnected();

private:
    Limits m_limits;
    QString m_label;
};

} // namespace Pigeon::Net
