// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/probesource.h"

namespace Pigeon::Autoconfig {

using P = ServerCandidate::Protocol;
using S = Net::Security;

ProbeSource::ProbeSource(QObject *parent) : DetectionSource(parent), m_batch(new ProbeBatch(this))
{
    connect(m_batch, &ProbeBatch::probeFinished, this, [this](const ServerCandidate &c, const ProbeResult &r) {
        if (r.ok())
            Q_EMIT progressed(tr("%1 answers on port %2.").arg(c.host).arg(c.port));
    });
    connect(m_batch, &ProbeBatch::finished, this, &ProbeSource::onFinished);
}

QList<ServerCandidate> ProbeSource::candidatesFor(const QString &emailAddress)
{
    const QString domain = emailAddress.mid(emailAddress.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    struct Guess {
        P protocol;
        const char *prefix;
        quint16 port;
        S security;
    };
    // Implicit TLS on every name before STARTTLS on any (RFC 8314 §5.1).
    static const Guess guesses[] = {
        {P::Imap, "imap.", 993, S::ImplicitTls}, {P::Imap, "mail.", 993, S::ImplicitTls},
        {P::Imap, "imap.", 143, S::StartTls},    {P::Imap, "mail.", 143, S::StartTls},
        {P::Pop3, "pop.", 995, S::ImplicitTls},  {P::Pop3, "pop3.", 995, S::ImplicitTls},
        {P::Pop3, "mail.", 995, S::ImplicitTls}, {P::Pop3, "pop.", 110, S::StartTls},
        {P::Pop3, "pop3.", 110, S::StartTls},    {P::Pop3, "mail.", 110, S::StartTls},
        {P::Smtp, "smtp.", 465, S::ImplicitTls}, {P::Smtp, "mail.", 465, S::ImplicitTls},
        {P::Smtp, "smtp.", 587, S::StartTls},    {P::Smtp, "mail.", 587, S::StartTls},
    };
    QList<ServerCandidate> list;
    for (const Guess &g : guesses) {
        ServerCandidate c;
        c.protocol = g.protocol;
        c.host = QLatin1String(g.prefix) + domain;
        c.port = g.port;
        c.security = g.security;
        c.username = emailAddress;
        list.append(c);
    }
    return list;
}

void ProbeSource::start(const QString &emailAddress)
{
    m_candidates = candidatesFor(emailAddress);
    m_batch->start(m_candidates);
    // Queued like every signal of a source; skipped when cancel() came first.
    QMetaObject::invokeMethod(this, [this] {
        if (m_batch->isRunning())
            Q_EMIT progressed(tr("Trying the usual server names…"));
    }, Qt::QueuedConnection);
}

void ProbeSource::onFinished(const QList<ProbeResult> &results)
{
    DetectedConfig config;
    config.source = ConfigSource::Probe;
    config.verified = true;
    MailError firstError;
    for (int i = 0; i < results.size(); ++i) {
        if (!results[i].ok()) {
            // Keep a telling error (a certificate problem beats "host not found").
            if (!firstError.isError() || firstError.kind() == MailError::Kind::HostNotFound
                || firstError.kind() == MailError::Kind::ConnectionRefused)
                firstError = results[i].error;
            continue;
        }
        const ServerCandidate &c = m_candidates[i];
        (c.protocol == P::Smtp ? config.outgoing : config.incoming).append(c);
    }
    // IMAP before POP3 whatever the order of arrival: IMAP keeps mail in sync across devices.
    std::stable_sort(config.incoming.begin(), config.incoming.end(),
                     [](const ServerCandidate &a, const ServerCandidate &b) {
                         return a.protocol == P::Imap && b.protocol == P::Pop3;
                     });
    if (config.isComplete()) {
        Q_EMIT found(config);
        return;
    }
    Q_EMIT failed(firstError.isError() && config.incoming.isEmpty() && config.outgoing.isEmpty()
                      ? firstError
                      : MailError(MailError::Kind::NotFound,
                                  tr("No secure incoming and outgoing server answered under the usual names.")));
}

} // namespace Pigeon::Autoconfig
