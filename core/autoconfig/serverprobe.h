// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/probedialect.h"
#include "autoconfig/proberesult.h"
#include "net/transport.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Pigeon::Autoconfig {

/// Checks one mail server the way the account wizard's "test connection" does.
///
/// Connects through a Net::Transport, reads the greeting, asks for capabilities
/// (IMAP CAPABILITY, RFC 9051 §6.1.1; POP3 CAPA, RFC 2449; SMTP EHLO, RFC 5321 §4.1.1.1),
/// upgrades with STARTTLS/STLS when the endpoint's security says so (RFC 9051 §6.2.1,
/// RFC 2595 §4, RFC 3207) and fails with MailError::Kind::StartTlsUnavailable when the
/// server does not offer it: it never falls back to plaintext. After TLS it asks for the
/// capabilities again. With credentials it checks the login (secrets only through
/// Transport::sendSensitive), then logs out.
///
/// finished() is emitted exactly once, also after cancel(). Delete the probe with
/// deleteLater() from a slot connected to finished().
class ServerProbe : public QObject, private ProbeDialect::Host
{
    Q_OBJECT
public:
    using TransportFactory = std::function<std::unique_ptr<Net::Transport>()>;

    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    /// Replaces the real SslTransport, e.g. with a scripted fake in unit tests.
    void setTransportFactory(TransportFactory factory);
    /// The name sent with SMTP EHLO/HELO. Default "[127.0.0.1]" (an address literal,
    /// RFC 5321 §4.1.4), which tells the server nothing about this machine.
    void setEhloName(const QString &name);

    /// Time limits for the TCP connect plus TLS handshake and for each reply. A connection
    /// test should give up sooner than a mail download: defaults 20 s and 30 s.
    void setTimeouts(int connectMs, int replyMs);

    /// Starts probing; call once per probe object.
    void start(const Net::Endpoint &endpoint, ProbeProtocol protocol,
               std::optional<ProbeCredentials> credentials = std::nullopt);
    /// Stops at once; finished() follows with MailError::Kind::Cancelled (unless it was
    /// already emitted).
    void cancel();

    bool isRunning() const { return m_running; }
    /// The result so far; complete once finished() was emitted.
    const ProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const Pigeon::Autoconfig::ProbeResult &result);

private:
    // ProbeDialect::Host
    void sendLine(const QByteArray &line) override;
    bool sendSecretLine(const QByteArray &line, const QByteArray &visiblePrefix) override;
    void startTls() override;
    bool isEncrypted() const override;
    void expectClose(const MailError &outcome) override;
    void succeed() override;
    void fail(const MailError &error) override;
    ProbeResult &probeResult() override { return m_result; }
    const std::optional<ProbeCredentials> &credentials() const override { return m_credentials; }

    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onError(const MailError &error);
    void onDisconnected();
    void finish(const MailError &error);
    void noteTlsState();

    TransportFactory m_factory;
    QString m_ehloName = QStringLiteral("[127.0.0.1]");
    int m_connectTimeoutMs = 20'000;
    int m_replyTimeoutMs = 30'000;
    std::unique_ptr<Net::Transport> m_transport;
    std::unique_ptr<ProbeDialect> m_dialect;
    std::optional<ProbeCredentials> m_credentials;
    ProbeResult m_result;
    bool m_running = false;
    bool m_finished = false;
    bool m_closeExpected = false;
    MailError m_closeOutcome;
};

} // namespace Pigeon::Autoconfig
