// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectedconfig.h"
#include "autoconfig/proberesult.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Pigeon::Autoconfig {

class ServerProbe;

/// Maps the endpoint a detector wants to reach to the one it really connects to. Tests map
/// imap.example.test to 127.0.0.1 and a fixture port (and set the test CA); production
/// leaves it unset. The certificate is checked against the rewritten host.
using EndpointRewrite = std::function<Net::Endpoint(const Net::Endpoint &)>;

/// Runs several ServerProbes at once (without credentials: it only checks that a server of
/// the right kind answers and that TLS works, trusting the system's CAs).
class ProbeBatch : public QObject
{
    Q_OBJECT
public:
    explicit ProbeBatch(QObject *parent = nullptr);
    ~ProbeBatch() override;

    void setEndpointRewrite(EndpointRewrite rewrite) { m_rewrite = std::move(rewrite); }
    void setTimeouts(int connectMs, int replyMs);

    /// Probes each candidate; finished() follows with one result per candidate, same order.
    void start(const QList<ServerCandidate> &candidates);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    static ProbeProtocol protocolOf(ServerCandidate::Protocol protocol);

Q_SIGNALS:
    void probeFinished(const Pigeon::Autoconfig::ServerCandidate &candidate,
                       const Pigeon::Autoconfig::ProbeResult &result);
    void finished(const QList<Pigeon::Autoconfig::ProbeResult> &results);

private:
    EndpointRewrite m_rewrite;
    int m_connectMs = 8'000;
    int m_replyMs = 8'000;
    QList<ServerProbe *> m_probes;
    QList<ProbeResult> m_results;
    int m_pending = 0;
};

} // namespace Pigeon::Autoconfig
