// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/srvsource.h"

#include <QPointer>

namespace Pigeon::Autoconfig {

using P = ServerCandidate::Protocol;

SrvSource::SrvSource(SrvResolver *resolver, QObject *parent)
    : DetectionSource(parent), m_resolver(resolver)
{
}

const QList<SrvSource::Service> &SrvSource::services()
{
    static const QList<Service> list = {
        {"_imaps._tcp.", P::Imap, Net::Security::ImplicitTls},
        {"_imap._tcp.", P::Imap, Net::Security::StartTls},
        {"_pop3s._tcp.", P::Pop3, Net::Security::ImplicitTls},
        {"_pop3._tcp.", P::Pop3, Net::Security::StartTls},
        {"_submissions._tcp.", P::Smtp, Net::Security::ImplicitTls},
        {"_submission._tcp.", P::Smtp, Net::Security::StartTls},
    };
    return list;
}

void SrvSource::start(const QString &emailAddress)
{
    m_address = emailAddress;
    const QString domain = emailAddress.mid(emailAddress.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    const int generation = ++m_generation;
    m_answers = QList<QList<SrvRecord>>(services().size());
    m_pending = int(services().size());
    m_error = {};
    QMetaObject::invokeMethod(this, [this, domain, generation] {
        if (generation == m_generation) // not cancelled or finished meanwhile
            Q_EMIT progressed(tr("Looking up mail services of %1 in DNS…").arg(domain));
    }, Qt::QueuedConnection);
    QPointer<SrvSource> self(this);
    for (int i = 0; i < services().size(); ++i) {
        m_resolver->lookup(QLatin1String(services()[i].prefix) + domain,
                           [self, generation, i](const Result<QList<SrvRecord>> &result) {
            if (!self || generation != self->m_generation)
                return;
            if (result)
                self->m_answers[i] = orderSrvRecords(*result);
            else if (!self->m_error.isError())
                self->m_error = result.error();
            if (--self->m_pending == 0)
                self->finish();
        });
    }
}

void SrvSource::finish()
{
    DetectedConfig config;
    config.source = ConfigSource::Srv;
    for (int i = 0; i < services().size(); ++i) {
        const Service &s = services()[i];
        for (const SrvRecord &r : std::as_const(m_answers[i])) {
            ServerCandidate c;
            c.protocol = s.protocol;
            c.host = r.target;
            c.port = r.port;
            c.security = s.security;
            c.username = m_address; // RFC 6186 §4: try the full address first
            (s.protocol == P::Smtp ? config.outgoing : config.incoming).append(c);
        }
    }
    ++m_generation;
    if (config.isComplete()) {
        Q_EMIT found(config);
        return;
    }
    if (m_error.isError())
        Q_EMIT failed(m_error);
    else
        Q_EMIT failed(MailError(MailError::Kind::NotFound,
                                tr("The domain publishes no SRV records for both incoming and outgoing mail.")));
}

void SrvSource::cancel()
{
    ++m_generation;
}

} // namespace Pigeon::Autoconfig
