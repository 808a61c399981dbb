// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/probebatch.h"

#include "autoconfig/serverprobe.h"

namespace Pigeon::Autoconfig {

ProbeBatch::ProbeBatch(QObject *parent) : QObject(parent) {}

ProbeBatch::~ProbeBatch()
{
    cancel();
}

void ProbeBatch::setTimeouts(int connectMs, int replyMs)
{
    m_connectMs = connectMs;
    m_replyMs = replyMs;
}

ProbeProtocol ProbeBatch::protocolOf(ServerCandidate::Protocol protocol)
{
    switch (protocol) {
    case ServerCandidate::Protocol::Imap: return ProbeProtocol::Imap;
    case ServerCandidate::Protocol::Pop3: return ProbeProtocol::Pop3;
    case ServerCandidate::Protocol::Smtp: return ProbeProtocol::Smtp;
    }
    return ProbeProtocol::Imap;
}

void ProbeBatch::start(const QList<ServerCandidate> &candidates)
{
    cancel();
    m_results = QList<ProbeResult>(candidates.size());
    m_pending = int(candidates.size());
    if (candidates.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_results); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        const ServerCandidate candidate = candidates[i];
        Net::Endpoint endpoint{candidate.host, candidate.port, candidate.security, {}};
        if (m_rewrite)
            endpoint = m_rewrite(endpoint);
        auto *probe = new ServerProbe(this);
        probe->setTimeouts(m_connectMs, m_replyMs);
        m_probes.append(probe);
        connect(probe, &ServerProbe::finished, this, [this, probe, i, candidate](const ProbeResult &result) {
            m_probes.removeOne(probe);
            probe->deleteLater();
            m_results[i] = result;
            Q_EMIT probeFinished(candidate, result);
            if (--m_pending == 0)
                Q_EMIT finished(m_results);
        });
        probe->start(endpoint, protocolOf(candidate.protocol));
    }
}

void ProbeBatch::cancel()
{
    const auto probes = m_probes;
    m_probes.clear();
    m_pending = 0;
    for (ServerProbe *probe : probes) {
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
}

} // namespace Pigeon::Autoconfig
