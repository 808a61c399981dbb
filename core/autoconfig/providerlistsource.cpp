// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/providerlistsource.h"

#include "autoconfig/providerlist.h"

#include <QTimer>

namespace Pigeon::Autoconfig {

ProviderListSource::ProviderListSource(const ProviderList *list, QObject *parent)
    : DetectionSource(parent), m_list(list ? list : &ProviderList::builtIn())
{
}

void ProviderListSource::start(const QString &emailAddress)
{
    m_cancelled = false;
    // Queued so the caller has connected everything and sees the documented order.
    QTimer::singleShot(0, this, [this, emailAddress] {
        if (m_cancelled)
            return;
        if (auto config = m_list->lookup(emailAddress))
            Q_EMIT found(*config);
        else
            Q_EMIT failed(MailError(MailError::Kind::NotFound,
                                    tr("The domain is not in Pigeon's list of providers.")));
    });
}

} // namespace Pigeon::Autoconfig
