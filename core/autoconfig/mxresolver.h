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

/// One DNS MX record (RFC 5321 §5.1).
struct MxRecord {
    QString exchange;
    quint16 preference = 0;
    friend bool operator==(const MxRecord &, const MxRecord &) = default;
};

/// Looks up MX records. An interface so tests inject answers.
class MxResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QList<MxRecord>> &)>;
    using QObject::QObject;

    /// Looks up the MX records of @p domain; @p done is called once, from the event loop,
    /// unless cancelAll() comes first. No MX record is an empty list, not an error.
    virtual void lookup(const QString &domain, Callback done) = 0;
    virtual void cancelAll() = 0;
};

/// MxResolver over QDnsLookup (the system's resolver configuration).
class DnsMxResolver : public MxResolver
{
    Q_OBJECT
public:
    using MxResolver::MxResolver;
    void lookup(const QString &domain, Callback done) override;
    void cancelAll() override { m_lookups.abortAll(); }

private:
    DnsLookups m_lookups{this};
};

} // namespace Pigeon::Autoconfig
