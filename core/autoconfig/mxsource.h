// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectionsource.h"
#include "autoconfig/mxresolver.h"

namespace Pigeon::Autoconfig {

class ProviderList;

/// Custom domains hosted by a big provider ("anna@kowalski.pl" with Google, Yandex or
/// Zoho): the domain's MX host names the provider (aspmx.l.google.com -> google.com), and
/// the built-in list knows that provider by its mail-exchanger domain (the <pigeon:mx>
/// extension) or by one of its domains. The same idea as Thunderbird's MX lookup. The
/// user name is the full address, as hosted domains use it.
class MxSource : public DetectionSource
{
    Q_OBJECT
public:
    /// @p resolver must outlive the source; @p list defaults to the embedded list.
    explicit MxSource(MxResolver *resolver, const ProviderList *list = nullptr, QObject *parent = nullptr);

    /// The registrable part of a host name: the last two labels, or three under a
    /// two-letter country domain with a generic second level (mx.example.co.uk ->
    /// example.co.uk). No public-suffix list: it only needs to match provider domains.
    static QString baseDomain(QString host);

    ConfigSource kind() const override { return ConfigSource::Mx; }
    void start(const QString &emailAddress) override;
    void cancel() override { ++m_generation; }

private:
    void onAnswer(const QList<MxRecord> &records);

    MxResolver *m_resolver;
    const ProviderList *m_list;
    QString m_address;
    int m_generation = 0;
};

} // namespace Pigeon::Autoconfig
