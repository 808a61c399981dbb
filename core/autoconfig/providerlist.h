// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectedconfig.h"
#include "common/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pigeon::Autoconfig {

/// Pigeon's built-in provider list: the autoconfig files in resources/providers/, embedded
/// as the Qt resource :/pigeon/providers/. Known domains are answered at once, without
/// network, including the provider's access rules (Pigeon XML extension).
class ProviderList
{
public:
    /// Reads every *.xml in @p directory (default: the embedded list).
    explicit ProviderList(const QString &directory = defaultDirectory());

    static QString defaultDirectory() { return QStringLiteral(":/pigeon/providers"); }
    /// The shared instance over the embedded list (read on first use).
    static const ProviderList &builtIn();

    /// The configuration for @p emailAddress when its domain is a known provider.
    std::optional<DetectedConfig> lookup(const QString &emailAddress) const;

    /// The provider whose mail exchangers live under @p mxDomain (a <pigeon:mx> entry or one
    /// of its domains), configured for @p emailAddress with the full address as user name
    /// (hosted custom domains log in with it).
    std::optional<DetectedConfig> lookupByMx(const QString &mxDomain, const QString &emailAddress) const;

    /// Every domain the list knows, lower case.
    QStringList domains() const { return m_byDomain.keys(); }
    /// Files that did not parse (file name and error), for tests and logs.
    QStringList errors() const { return m_errors; }
    QStringList files() const { return m_files; }

private:
    std::optional<DetectedConfig> configFor(const QByteArray &xml, const QString &emailAddress) const;

    QHash<QString, QByteArray> m_byDomain; ///< domain -> the provider file's bytes
    QHash<QString, QByteArray> m_byMx;     ///< mail-exchanger domain -> the provider file's bytes
    QStringList m_errors;
    QStringList m_files;
};

} // namespace Pigeon::Autoconfig
