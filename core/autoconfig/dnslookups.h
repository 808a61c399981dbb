// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QDnsLookup>
#include <QList>
#include <QObject>

#include <functional>

namespace Pigeon::Autoconfig {

/// The QDnsLookup bookkeeping the DNS resolvers share: starts lookups owned by one object,
/// turns "no such record" into an empty answer and other failures into MailError values,
/// and aborts whatever is still running.
class DnsLookups
{
public:
    template<typename Record>
    using Callback = std::function<void(const Result<QList<Record>> &)>;

    explicit DnsLookups(QObject *owner) : m_owner(owner) {}
    ~DnsLookups() { abortAll(); }

    /// Looks up @p name; @p convert reads the records of a successful answer.
    template<typename Record>
    void lookup(QDnsLookup::Type type, const QString &name, Callback<Record> done,
                std::function<QList<Record>(const QDnsLookup &)> convert)
    {
        auto *dns = new QDnsLookup(type, name, m_owner);
        m_lookups.append(dns);
        QObject::connect(dns, &QDnsLookup::finished, m_owner,
                         [this, dns, done = std::move(done), convert = std::move(convert)] {
            m_lookups.removeOne(dns);
            dns->deleteLater();
            if (dns->error() == QDnsLookup::NotFoundError)
                done(QList<Record>());
            else if (dns->error() != QDnsLookup::NoError)
                done(MailError(MailError::Kind::Network, dns->errorString()));
            else
                done(convert(*dns));
        });
        dns->lookup();
    }

    void abortAll()
    {
        const auto lookups = m_lookups;
        m_lookups.clear();
        for (QDnsLookup *dns : lookups) {
            dns->disconnect(m_owner);
            dns->abort();
            dns->deleteLater();
        }
    }

private:
    QObject *m_owner;
    QList<QDnsLookup *> m_lookups;
};

} // namespace Pigeon::Autoconfig
