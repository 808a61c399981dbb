// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectionsource.h"
#include "autoconfig/probebatch.h"

namespace Pigeon::Autoconfig {

/// Guesses the usual host names (imap., pop., pop3., mail., smtp. + domain) and probes them
/// on 993/143, 995/110 and 465/587 with ServerProbe, all at once. Prefers implicit TLS, then
/// STARTTLS (RFC 8314 §4.1, §5.1); never plaintext: ServerProbe refuses a missing STARTTLS.
/// What it reports, it reached, so its answer is verified.
class ProbeSource : public DetectionSource
{
    Q_OBJECT
public:
    explicit ProbeSource(QObject *parent = nullptr);

    void setEndpointRewrite(EndpointRewrite rewrite) { m_batch->setEndpointRewrite(std::move(rewrite)); }
    void setTimeouts(int connectMs, int replyMs) { m_batch->setTimeouts(connectMs, replyMs); }

    /// The guesses for @p domain, in order of preference within each protocol.
    static QList<ServerCandidate> candidatesFor(const QString &emailAddress);

    ConfigSource kind() const override { return ConfigSource::Probe; }
    void start(const QString &emailAddress) override;
    void cancel() override { m_batch->cancel(); }

private:
    void onFinished(const QList<ProbeResult> &results);

    ProbeBatch *m_batch;
    QList<ServerCandidate> m_candidates;
};

} // namespace Pigeon::Autoconfig
