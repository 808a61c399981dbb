// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/srvresolver.h"

#include <QDnsLookup>

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

DnsSrvResolver::~DnsSrvResolver()
{
    cancelAll();
}

void DnsSrvResolver::lookup(const QString &name, Callback done)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, this);
    m_lookups.append(dns);
    connect(dns, &QDnsLookup::finished, this, [this, dns, done = std::move(done)] {
        m_lookups.removeOne(dns);
        dns->deleteLater();
        if (dns->error() == QDnsLookup::NotFoundError) {
            done(QList<SrvRecord>());
            return;
        }
        if (dns->error() != QDnsLookup::NoError) {
            done(MailError(MailError::Kind::Network, dns->errorString()));
            return;
        }
        QList<SrvRecord> records;
        const auto answers = dns->serviceRecords();
        for (const QDnsServiceRecord &r : answers)
            records.append({r.target(), r.port(), r.priority(), r.weight()});
        done(records);
    });
    dns->lookup();
}

void DnsSrvResolver::cancelAll()
{
    const auto lookups = m_lookups;
    m_lookups.clear();
    for (QObject *o : lookups) {
        o->disconnect(this);
        static_cast<QDnsLookup *>(o)->abort();
        o->deleteLater();
    }
}

} // namespace Pigeon::Autoconfig
