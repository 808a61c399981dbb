// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/dnslookups.h"
#include "common/result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Pigeon::Autoconfig {

/// One DNS SRV record (RFC 2782).
struct SrvRecord {
    QString target; ///< "." means the service is decidedly not offered (RFC 2782)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    friend bool operator==(const SrvRecord &, const SrvRecord &) = default;
};

/// Orders records for use: lowest priority first (RFC 2782); within one priority the
/// heavier weight first. RFC 2782 picks by weighted chance; a mail client sets up an
/// account once, so a stable order the user can reproduce is worth more than spreading
/// load. Records with target "." are dropped, and if only such records exist the result
/// is empty (the service is not offered).
QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records);

/// Looks up SRV records. An interface so tests inject answers.
class SrvResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QList<SrvRecord>> &)>;
    using QObject::QObject;

    /// Looks up @p name (e.g. "_imaps._tcp.example.org"); @p done is called once, from the
    /// event loop, unless cancelAll() comes first. No such record is an empty list, not an error.
    virtual void lookup(const QString &name, Callback done) = 0;
    virtual void cancelAll() = 0;
};

/// SrvResolver over QDnsLookup (the system's resolver configuration).
class DnsSrvResolver : public SrvResolver
{
    Q_OBJECT
public:
    using SrvResolver::SrvResolver;
    void lookup(const QString &name, Callback done) override;
    void cancelAll() override { m_lookups.abortAll(); }

private:
    DnsLookups m_lookups{this};
};

} // namespace Pigeon::Autoconfig
