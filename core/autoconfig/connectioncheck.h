// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "autoconfig/proberesult.h"

#include <QObject>

namespace Pigeon::Autoconfig {

class ServerProbe;

/// The wizard's connection test for a whole account: logs in to the incoming server
/// (IMAP or POP3) and the outgoing (SMTP) server at once with the account's own endpoints
/// and TLS policy (extra CA, pinned certificates, insecure-auth consent), then logs out.
///
/// finished() is emitted exactly once per start(), also after cancel(); incomingFinished()
/// and outgoingFinished() tell the UI as each side completes.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void setTimeouts(int connectMs, int replyMs);

    /// The credentials method ServerProbe uses for an account's authentication setting.
    static ProbeCredentials::Method methodFor(Account::AuthMethod auth, ProbeProtocol protocol);
    static ProbeProtocol incomingProtocolOf(Account::IncomingProtocol protocol);

    void start(const Account::Account &account, const QString &password);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    const ProbeResult &incoming() const { return m_incoming; }
    const ProbeResult &outgoing() const { return m_outgoing; }
    bool ok() const { return m_incoming.ok() && m_outgoing.ok(); }

Q_SIGNALS:
    void incomingFinished(const Pigeon::Autoconfig::ProbeResult &result);
    void outgoingFinished(const Pigeon::Autoconfig::ProbeResult &result);
    void finished(bool ok);

private:
    ServerProbe *startProbe(const Net::Endpoint &endpoint, ProbeProtocol protocol,
                            const Account::ServerSettings &server, const QString &password);
    void stopProbes();

    int m_connectMs = 15'000;
    int m_replyMs = 20'000;
    ServerProbe *m_incomingProbe = nullptr;
    ServerProbe *m_outgoingProbe = nullptr;
    ProbeResult m_incoming;
    ProbeResult m_outgoing;
    int m_pending = 0;
};

} // namespace Pigeon::Autoconfig
