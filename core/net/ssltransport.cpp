// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/ssltransport.h"

#include "common/logging.h"
#include "net/deflatecodec.h"
#include "net/transcriptlogger.h"

#include <QSslCipher>
#include <QSslSocket>

#include <cstring>

namespace Pigeon::Net {

namespace {

// The socket is read in blocks of at most this much.
constexpr qint64 kReadBlock = 64 * 1024;
// Under COMPRESS, inflate ahead at most this much beyond what framing consumed.
constexpr qsizetype kInflateAhead = 256 * 1024;

} // namespace

SslTransport::SslTransport(QObject *parent)
    : Transport(parent)
    , m_connectTimer(this) // children, so moveToThread() takes them along
    , m_readTimer(this)
{
    qRegisterMetaType<Pigeon::MailError>();
    qRegisterMetaType<Pigeon::Net::CertificateInfo>();
    m_connectTimer.setSingleShot(true);
    m_readTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &SslTransport::onConnectTimeout);
    connect(&m_readTimer, &QTimer::timeout, this, &SslTransport::onReadTimeout);
}

SslTransport::~SslTransport()
{
    if (m_socket) {
        // No signals from a half-destroyed object.
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

Result<QSslConfiguration> SslTransport::sslConfiguration(const TlsPolicy &policy)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::SecureProtocols);
    if (!policy.extraCaFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(policy.extraCaFile, QSsl::Pem);
        if (extra.isEmpty()) {
            return MailError(MailError::Kind::Tls,
                             tr("The certificate authority file %1 could not be read or holds no certificate.")
                                 .arg(policy.extraCaFile));
        }
        // Setting CAs explicitly turns off Qt's on-demand loading of the system store, so
        // the system CAs are added first: the extra file is trusted *in addition*.
        QList<QSslCertificate> cas = config.caCertificates();
        if (cas.isEmpty()) {
            // Reading and parsing the system bundle costs 0.3-0.5 s here; it is read once
            // per process (a changed system store takes effect at the next start).
            static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
            cas = systemCas;
        }
        cas += extra;
        config.setCaCertificates(cas);
    }
    return config;
}

bool SslTransport::isPinned(const TlsPolicy &policy, const QString &host,
                            const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return false;
    const QString fingerprint = CertificateInfo::fingerprint(certificate);
    for (const PinnedCertificate &pin : policy.pinned) {
        if (pin.host.compare(host, Qt::CaseInsensitive) == 0
            && pin.sha256.compare(fingerprint, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SslTransport::logLabel() const
{
    return transcriptLabel().isEmpty() ? QStringLiteral("net") : transcriptLabel();
}

QString SslTransport::hostText() const
{
    return m_endpoint.host + QLatin1Char(':') + QString::number(m_endpoint.port);
}

bool SslTransport::isEncrypted() const
{
    return m_socket && m_state == State::Connected && m_socket->isEncrypted();
}

// ---------------------------------------------------------------------------------------
// Connection lifecycle

void SslTransport::connectToServer(const Endpoint &endpoint)
{
    if (m_socket) {
        // A new connection replaces the old one silently: the caller asked for it.
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    ++m_generation;
    m_endpoint = endpoint;
    m_state = State::Connecting;
    m_peerCertificate = QSslCertificate();
    m_untrusted.reset();
    m_awaiting = false;
    m_halted = false;
    m_inLiteral = false;
    m_literal = QByteArray();
    m_literalFilled = 0;
    m_readTimer.stop();
    m_incoming.clear();
    resetCompression();

    if (endpoint.host.isEmpty() || endpoint.port == 0) {
        failLater(MailError(MailError::Kind::InvalidInput, tr("No server name or port is set.")));
        return;
    }
    Result<QSslConfiguration> config = sslConfiguration(endpoint.tls);
    if (!config) {
        failLater(config.error());
        return;
    }

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(config.value());
    // The certificate must name the host the user typed, not whatever DNS returned.
    m_socket->setPeerVerifyName(endpoint.host);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    connect(m_socket, &QSslSocket::connected, this, &SslTransport::onSocketConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SslTransport::onSocketEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(m_socket, &QSslSocket::disconnected, this, &SslTransport::onSocketDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &SslTransport::onReadyRead);

    qCInfo(lcNet).noquote() << logLabel() << "connecting to" << hostText()
                            << "security" << securityName(endpoint.security);
    m_connectTimer.start(limits().connectTimeoutMs);
    // QAbstractSocket may report e.g. a refused loopback connection from inside this call.
    m_deferErrors = true;
    if (endpoint.security == Security::ImplicitTls)
        m_socket->connectToHostEncrypted(endpoint.host, endpoint.port);
    else
        m_socket->connectToHost(endpoint.host, endpoint.port);
    m_deferErrors = false;
}

void SslTransport::onSocketConnected()
{
    if (m_endpoint.security == Security::ImplicitTls)
        return; // connected() waits for the handshake
    m_connectTimer.stop();
    m_state = State::Connected;
    qCDebug(lcNet).noquote() << logLabel() << "connected (plain) to" << hostText();
    Q_EMIT connected();
    scheduleProcessing();
}

void SslTransport::onSocketEncrypted()
{
    m_connectTimer.stop();
    m_peerCertificate = m_socket->peerCertificate();
    const QSslCipher cipher = m_socket->sessionCipher();
    qCInfo(lcNet).noquote() << logLabel() << "TLS established with" << hostText()
                            << cipher.protocolString() << cipher.name();
    const State before = m_state;
    m_state = State::Connected;
    if (before == State::Encrypting)
        Q_EMIT encrypted();
    else
        Q_EMIT connected();
    scheduleProcessing();
}

void SslTransport::startTls()
{
    if (m_state != State::Connected || !m_socket || m_socket->isEncrypted()) {
        failLater(MailError(MailError::Kind::Internal,
                            tr("Cannot start TLS: the connection is not a plain, open connection.")));
        return;
    }
    // RFC 3207 §4, RFC 2595 §3.1, CVE-2011-0411: anything received after the server's
    // "go ahead" and before the handshake is plaintext that a man in the middle may have
    // injected; it must never be read as if it came over TLS.
    // Our own buffer may hold such bytes too: read ahead with the "go ahead" line.
    const qint64 unread = m_socket->bytesAvailable();
    const qint64 stale = m_incoming.size() + unread;
    m_incoming.clear();
    if (stale > 0) {
        if (unread > 0)
            m_socket->skip(unread);
        qCWarning(lcNet).noquote() << logLabel() << "discarded" << stale
                                   << "plaintext bytes received before the TLS handshake";
        TranscriptLogger::note(logLabel(), 'S',
                               QByteArray("{discarded " + QByteArray::number(stale) + " plaintext bytes before TLS}"));
    }
    m_inLiteral = false;
    m_literal = QByteArray();
    m_literalFilled = 0;
    m_state = State::Encrypting;
    m_connectTimer.start(limits().connectTimeoutMs);
    m_deferErrors = true;
    m_socket->startClientEncryption();
    m_deferErrors = false;
}

void SslTransport::close()
{
    if (m_state == State::Disconnected || m_state == State::Closing)
        return;
    if (!m_socket || m_state == State::Connecting || m_state == State::Encrypting) {
        abort(); // nothing worth flushing
        return;
    }
    m_state = State::Closing;
    m_readTimer.stop();
    m_awaiting = false;
    // A server that never acknowledges must not keep us waiting forever.
    m_connectTimer.start(limits().connectTimeoutMs);
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        teardown();
}

void SslTransport::abort()
{
    teardown();
}

void SslTransport::teardown()
{
    if (m_state == State::Disconnected)
        return;
    m_state = State::Disconnected;
    m_connectTimer.stop();
    m_readTimer.stop();
    m_awaiting = false;
    m_inLiteral = false;
    m_literal = QByteArray();
    m_literalFilled = 0;
    m_incoming.clear();
    resetCompression();
    if (m_socket) {
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater(); // we may be inside one of its signals
        m_socket = nullptr;
    }
    qCDebug(lcNet).noquote() << logLabel() << "disconnected from" << hostText();
    Q_EMIT disconnected();
}

void SslTransport::fail(const MailError &error)
{
    if (m_state == State::Disconnected)
        return;
    if (m_deferErrors) {
        failLater(error);
        return;
    }
    const quint64 generation = m_generation;
    m_halted = true;
    m_connectTimer.stop();
    m_readTimer.stop();
    qCWarning(lcNet).noquote() << logLabel() << hostText() << error.toString();
    QPointer<SslTransport> self(this);
    Q_EMIT errorOccurred(error);
    // The receiver may have deleted us, aborted, or started a new connection.
    if (!self || generation != m_generation)
        return;
    teardown();
}

void SslTransport::failLater(const MailError &error)
{
    // Callers are usually inside one of our signals; report from the event loop instead,
    // and deliver nothing more in the meantime.
    m_halted = true;
    m_readTimer.stop();
    m_connectTimer.stop();
    // Nothing the socket reports from now on may overtake this error.
    if (m_socket)
        QObject::disconnect(m_socket, nullptr, this, nullptr);
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation, error] {
        if (generation == m_generation)
            fail(error);
    }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------
// Errors and certificates

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate cert = m_socket->peerCertificate();
    if (cert.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                cert = e.certificate();
                break;
            }
        }
    }
    if (isPinned(m_endpoint.tls, m_endpoint.host, cert)) {
        // The user accepted exactly this certificate for exactly this host. Revocation is
        // never overridden: it means the owner withdrew the certificate.
        bool overridable = true;
        for (const QSslError &e : errors) {
            if (e.error() == QSslError::CertificateRevoked
                || e.error() == QSslError::CertificateBlacklisted)
                overridable = false;
        }
        if (overridable) {
            qCInfo(lcNet).noquote() << logLabel() << "accepting pinned certificate"
                                    << CertificateInfo::fingerprint(cert) << "for" << m_endpoint.host;
            // Only these errors for this certificate: Qt compares error and certificate.
            m_socket->ignoreSslErrors(errors);
            return;
        }
    }
    m_untrusted = CertificateInfo::fromCertificate(cert, m_endpoint.host, errors);
    // Not ignored: Qt now fails the handshake and onSocketError() reports m_untrusted.
}

void SslTransport::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_state == State::Disconnected || m_state == State::Closing)
        return;
    const QString detail = m_socket ? m_socket->errorString() : QString();
    if (m_untrusted) {
        const CertificateInfo info = *m_untrusted;
        MailError error(MailError::Kind::UntrustedCertificate,
                        tr("The certificate of %1 is not trusted: %2")
                            .arg(m_endpoint.host, info.reasons().join(QStringLiteral("; "))));
        error.setPayload(QVariant::fromValue(info));
        fail(error);
        return;
    }
    using E = QAbstractSocket::SocketError;
    switch (socketError) {
    case E::RemoteHostClosedError:
        if (m_state == State::Connecting || m_state == State::Encrypting) {
            fail(MailError(m_endpoint.security == Security::None ? MailError::Kind::Network
                                                                 : MailError::Kind::Tls,
                           tr("%1 closed the connection before it was ready.").arg(hostText())));
        }
        // Otherwise onSocketDisconnected() decides whether the close was expected.
        return;
    case E::HostNotFoundError:
        fail(MailError(MailError::Kind::HostNotFound,
                       tr("The server %1 was not found.").arg(m_endpoint.host)));
        return;
    case E::ConnectionRefusedError:
        fail(MailError(MailError::Kind::ConnectionRefused,
                       tr("%1 refused the connection.").arg(hostText())));
        return;
    case E::SocketTimeoutError:
        fail(MailError(MailError::Kind::Timeout, tr("The connection to %1 timed out.").arg(hostText())));
        return;
    case E::SslHandshakeFailedError:
    case E::SslInternalError:
    case E::SslInvalidUserDataError:
        fail(MailError(MailError::Kind::Tls,
                       tr("The secure connection to %1 failed: %2").arg(hostText(), detail)));
        return;
    default:
        fail(MailError(MailError::Kind::Network,
                       tr("Network error with %1: %2").arg(hostText(), detail)));
        return;
    }
}

void SslTransport::onSocketDisconnected()
{
    // Lines that arrived together with the FIN are still delivered.
    if (m_state == State::Connected && !m_halted)
        processIncoming();
    if (m_state == State::Disconnected)
        return;
    const bool unexpected = m_state == State::Connecting || m_state == State::Encrypting
        || (m_state == State::Connected && (m_awaiting || m_inLiteral));
    if (unexpected && !m_halted) {
        fail(MailError(MailError::Kind::Network,
                       tr("%1 closed the connection unexpectedly.").arg(hostText())));
        return;
    }
    teardown();
}

void SslTransport::onConnectTimeout()
{
    if (m_state == State::Closing) {
        teardown();
        return;
    }
    const QString text = m_state == State::Encrypting
        ? tr("The TLS handshake with %1 did not finish within %n second(s).", nullptr,
             (limits().connectTimeoutMs + 999) / 1000).arg(hostText())
        : tr("Could not connect to %1 within %n second(s).", nullptr,
             (limits().connectTimeoutMs + 999) / 1000).arg(hostText());
    fail(MailError(MailError::Kind::Timeout, text));
}

void SslTransport::onReadTimeout()
{
    if (m_state != State::Connected)
        return;
    fail(MailError(MailError::Kind::Timeout,
                   tr("%1 did not answer within %n second(s).", nullptr,
                      (limits().readTimeoutMs + 999) / 1000).arg(hostText())));
}

// ---------------------------------------------------------------------------------------
// Writing

void SslTransport::write(QByteArrayView data)
{
    if (!m_socket || m_state == State::Disconnected || m_state == State::Closing) {
        qCWarning(lcNet).noquote() << logLabel() << "dropping" << data.size()
                                   << "bytes written while not connected";
        return;
    }
    if (m_codec) {
        const QByteArray compressed = m_codec->compress(data);
        m_socket->write(compressed.constData(), compressed.size());
        return;
    }
    m_socket->write(data.data(), data.size());
}

void SslTransport::send(QByteArrayView data)
{
    TranscriptLogger::client(logLabel(), data);
    write(data);
}

Result<void> SslTransport::sendSensitive(QByteArrayView data, QByteArrayView visiblePrefix)
{
    if (!m_socket || (m_state != State::Connected && m_state != State::Encrypting)) {
        return MailError(MailError::Kind::Network,
                         tr("Not connected to %1.").arg(hostText()));
    }
    if (!isEncrypted() && !m_endpoint.tls.allowInsecureAuth) {
        qCWarning(lcNet).noquote() << logLabel()
                                   << "refused to send a credential over an unencrypted connection to"
                                   << hostText();
        return MailError(MailError::Kind::InsecureAuthRefused,
                         tr("The password was not sent: the connection to %1 is not encrypted.")
                             .arg(hostText()));
    }
    TranscriptLogger::sensitive(logLabel(), visiblePrefix);
    write(data);
    return {};
}

void SslTransport::setAwaitingReply(bool awaiting)
{
    m_awaiting = awaiting;
    if (awaiting && (m_state == State::Connected || m_state == State::Connecting))
        m_readTimer.start(limits().readTimeoutMs);
    else if (!awaiting)
        m_readTimer.stop();
}

// ---------------------------------------------------------------------------------------
// Reading

void SslTransport::readLiteral(qint64 size)
{
    if (m_state == State::Disconnected || m_halted)
        return;
    if (size < 0 || size > limits().maxLiteralSize) {
        failLater(MailError(MailError::Kind::LimitExceeded,
                            tr("%1 announced a literal of %2 bytes, more than the limit of %3.")
                                .arg(hostText()).arg(size).arg(limits().maxLiteralSize)));
        return;
    }
    m_inLiteral = true;
    // One allocation at the final size; the socket reads straight into it.
    m_literal = QByteArray(qsizetype(size), Qt::Uninitialized);
    m_literalFilled = 0;
    // A literal is a reply in progress: silence in the middle of it is a timeout.
    if (size > 0)
        m_readTimer.start(limits().readTimeoutMs);
    scheduleProcessing();
}

void SslTransport::onReadyRead()
{
    if (m_awaiting || m_inLiteral)
        m_readTimer.start(limits().readTimeoutMs);
    processIncoming();
}

void SslTransport::scheduleProcessing()
{
    // From inside processIncoming() the running loop picks the change up itself.
    if (m_processing || m_processingQueued)
        return;
    m_processingQueued = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(this, [this, generation] {
        m_processingQueued = false;
        if (generation == m_generation)
            processIncoming();
    }, Qt::QueuedConnection);
}

QHostAddress SslTransport::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

bool SslTransport::startCompression()
{
    if (!m_socket || m_state != State::Connected || m_codec)
        return false;
    auto codec = std::make_unique<DeflateCodec>();
    if (!codec->isValid())
        return false;
    // Bytes after the line being handled (read ahead with it, or still in the socket) are
    // compressed already.
    if (!m_incoming.isEmpty())
        codec->addInput(m_incoming.takeAll());
    m_codec = std::move(codec);
    qCInfo(lcNet).noquote() << logLabel() << "DEFLATE compression on with" << hostText();
    return true;
}

void SslTransport::resetCompression()
{
    if (m_codec) {
        qCInfo(lcNet).noquote() << logLabel() << "DEFLATE totals: sent" << m_codec->plainOut() << "->"
                                << m_codec->compressedOut() << "bytes, received" << m_codec->compressedIn()
                                << "->" << m_codec->plainIn();
    }
    m_codec.reset();
}

bool SslTransport::fillIncoming(bool *corrupt)
{
    *corrupt = false;
    if (m_codec) {
        const qint64 raw = m_socket->bytesAvailable();
        if (raw > 0)
            m_codec->addInput(m_socket->read(raw));
        // A bounded amount per call: a small packet may inflate to gigabytes.
        QByteArray &buffer = m_incoming.appendTarget();
        const qsizetype before = buffer.size();
        if (!m_codec->inflate(buffer, kInflateAhead)) {
            *corrupt = true;
            return false;
        }
        return buffer.size() > before;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return false;
    QByteArray &buffer = m_incoming.appendTarget();
    const qsizetype before = buffer.size();
    const qsizetype want = qsizetype(std::min<qint64>(available, kReadBlock));
    buffer.resize(before + want);
    const qint64 n = m_socket->read(buffer.data() + before, want);
    buffer.resize(before + std::max<qint64>(n, 0));
    return n > 0;
}

bool SslTransport::readLiteralBytes(bool *corrupt)
{
    *corrupt = false;
    char *to = m_literal.data() + m_literalFilled;
    const qint64 missing = m_literal.size() - m_literalFilled;
    if (m_incoming.isEmpty() && m_codec && !fillIncoming(corrupt))
        return false;
    // What was read ahead with the announcing line is moved out of the buffer; the rest of
    // a big literal goes from the socket straight into its final place.
    const qint64 n = m_incoming.isEmpty() ? m_socket->read(to, missing) : m_incoming.take(to, missing);
    if (n <= 0)
        return false;
    m_literalFilled += n;
    return true;
}

void SslTransport::finishLiteral()
{
    QByteArray data = std::move(m_literal);
    m_literal = QByteArray();
    m_inLiteral = false;
    m_literalFilled = 0;
    if (!m_awaiting)
        m_readTimer.stop();
    TranscriptLogger::serverLiteral(logLabel(), data.size());
    Q_EMIT literalReceived(data);
}

void SslTransport::processIncoming()
{
    if (m_processing)
        return;
    m_processing = true;
    QPointer<SslTransport> self(this);
    const quint64 generation = m_generation;
    // Every emit may re-enter (readLiteral, startTls, close, a new connection, deletion):
    // re-check after each one.
    auto live = [&] {
        return self && generation == m_generation && m_socket && !m_halted
            && m_state == State::Connected;
    };
    bool corrupt = false;
    while (live()) {
        if (m_inLiteral) {
            if (m_literalFilled < m_literal.size()) {
                if (!readLiteralBytes(&corrupt))
                    break;
                Q_EMIT literalProgress(m_literalFilled, m_literal.size());
                if (!live() || !m_inLiteral || m_literalFilled < m_literal.size())
                    continue;
            }
            finishLiteral();
            continue;
        }
        // Read more only while no line is complete, and never hold much more than the
        // longest line allowed.
        const qsizetype maxLine = limits().maxLineLength;
        qsizetype length = m_incoming.nextLineLength();
        while (length < 0 && m_incoming.size() <= maxLine && fillIncoming(&corrupt))
            length = m_incoming.nextLineLength();
        if (corrupt)
            break;
        if (length > maxLine || (length < 0 && m_incoming.size() > maxLine)) {
            fail(MailError(MailError::Kind::LimitExceeded,
                           tr("%1 sent a line longer than %2 bytes.").arg(hostText()).arg(maxLine)));
            break;
        }
        if (length < 0)
            break;
        const QByteArray line = m_incoming.takeLine(length);
        TranscriptLogger::serverLine(logLabel(), line);
        Q_EMIT lineReceived(line);
    }
    if (corrupt && live()) {
        fail(MailError(MailError::Kind::Protocol,
                       tr("%1 sent compressed data that could not be decompressed.").arg(hostText())));
    }
    if (self)
        m_processing = false;
}

} // namespace Pigeon::Net
