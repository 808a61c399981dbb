// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/mxsource.h"

#include "autoconfig/providerlist.h"

#include <QPointer>

#include <algorithm>

namespace Pigeon::Autoconfig {

MxSource::MxSource(MxResolver *resolver, const ProviderList *list, QObject *parent)
    : DetectionSource(parent), m_resolver(resolver), m_list(list ? list : &ProviderList::builtIn())
{
}

QString MxSource::baseDomain(QString host)
{
    host = host.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1); // DNS answers are absolute names
    const QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    static const QStringList genericSecondLevel = {QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"),
                                                   QStringLiteral("org"), QStringLiteral("ac"),  QStringLiteral("gov"),
                                                   QStringLiteral("edu")};
    int keep = 2;
    if (labels.size() >= 3 && labels.last().size() == 2 && genericSecondLevel.contains(labels[labels.size() - 2]))
        keep = 3;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

void MxSource::start(const QString &emailAddress)
{
    m_address = emailAddress;
    const QString domain = emailAddress.mid(emailAddress.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    const int generation = ++m_generation;
    QPointer<MxSource> self(this);
    QMetaObject::invokeMethod(this, [self, domain, generation] {
        if (self && generation == self->m_generation)
            Q_EMIT self->progressed(tr("Looking up the mail exchanger of %1…").arg(domain));
    }, Qt::QueuedConnection);
    m_resolver->lookup(domain, [self, generation](const Result<QList<MxRecord>> &result) {
        if (!self || generation != self->m_generation)
            return;
        ++self->m_generation; // answered: nothing more from this run
        if (!result) {
            Q_EMIT self->failed(result.error());
            return;
        }
        self->onAnswer(*result);
    });
}

void MxSource::onAnswer(const QList<MxRecord> &answer)
{
    QList<MxRecord> records = answer;
    std::stable_sort(records.begin(), records.end(),
                     [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    QStringList tried;
    for (const MxRecord &r : std::as_const(records)) {
        const QString base = baseDomain(r.exchange);
        if (base.isEmpty() || tried.contains(base))
            continue;
        tried.append(base);
        if (auto config = m_list->lookupByMx(base, m_address)) {
            config->source = ConfigSource::Mx;
            Q_EMIT found(*config);
            return;
        }
    }
    Q_EMIT failed(MailError(MailError::Kind::NotFound,
                            tried.isEmpty() ? tr("The domain names no mail exchanger.")
                                            : tr("The mail exchanger (%1) belongs to no provider Pigeon knows.")
                                                  .arg(tried.join(QStringLiteral(", ")))));
}

} // namespace Pigeon::Autoconfig
