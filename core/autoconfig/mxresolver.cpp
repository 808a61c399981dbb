// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/mxresolver.h"

namespace Pigeon::Autoconfig {

void DnsMxResolver::lookup(const QString &domain, Callback done)
{
    m_lookups.lookup<MxRecord>(QDnsLookup::MX, domain, std::move(done), [](const QDnsLookup &dns) {
        QList<MxRecord> records;
        const auto answers = dns.mailExchangeRecords();
        for (const QDnsMailExchangeRecord &r : answers)
            records.append({r.exchange(), r.preference()});
        return records;
    });
}

} // namespace Pigeon::Autoconfig
