// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/srvresolver.h"

#include <algorithm>

namespace Pigeon::Autoconfig {

QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records)
{
    records.removeIf([](const SrvRecord &r) {
        return r.target.isEmpty() || r.target == QLatin1String(".") || r.port == 0;
    });
    std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    for (SrvRecord &r : records) {
        if (r.target.endsWith(QLatin1Char('.')))
            r.target.chop(1); // DNS answers are absolute names
        r.target = r.target.toLower();
    }
    return records;
}

void DnsSrvResolver::lookup(const QString &name, Callback done)
{
    m_lookups.lookup<SrvRecord>(QDnsLookup::SRV, name, std::move(done), [](const QDnsLookup &dns) {
        QList<SrvRecord> records;
        const auto answers = dns.serviceRecords();
        for (const QDnsServiceRecord &r : answers)
            records.append({r.target(), r.port(), r.priority(), r.weight()});
        return records;
    });
}

} // namespace Pigeon::Autoconfig
