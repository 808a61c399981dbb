// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/providerlist.h"

#include "autoconfig/autoconfigparser.h"
#include "common/logging.h"

#include <QDir>
#include <QFile>

namespace Pigeon::Autoconfig {

namespace {
AutoconfigParser::Options builtInOptions()
{
    AutoconfigParser::Options o;
    o.source = ConfigSource::ProviderList;
    o.allowPigeonExtensions = true;
    return o;
}
} // namespace

ProviderList::ProviderList(const QString &directory)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(name + QStringLiteral(": ") + file.errorString());
            continue;
        }
        const QByteArray xml = file.readAll();
        // Parsed once here for the domain index (with a dummy address); lookup() parses
        // again with the user's address so placeholders resolve for them.
        const auto parsed = AutoconfigParser::parse(xml, QStringLiteral("user@example.invalid"),
                                                    builtInOptions());
        if (!parsed) {
            m_errors.append(name + QStringLiteral(": ") + parsed.error().text());
            qCWarning(lcAutoconfig) << "built-in provider file" << name << "is broken:" << parsed.error().toString();
            continue;
        }
        m_files.append(name);
        for (const QString &domain : parsed->domains) {
            if (m_byDomain.contains(domain))
                m_errors.append(name + QStringLiteral(": domain listed twice: ") + domain);
            m_byDomain.insert(domain, xml);
        }
        for (const QString &mx : parsed->mxDomains)
            m_byMx.insert(mx, xml);
    }
}

const ProviderList &ProviderList::builtIn()
{
    static const ProviderList list;
    return list;
}

std::optional<DetectedConfig> ProviderList::lookup(const QString &emailAddress) const
{
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return std::nullopt;
    QString domain = emailAddress.mid(at + 1).trimmed().toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const auto it = m_byDomain.constFind(domain);
    if (it == m_byDomain.cend())
        return std::nullopt;
    return configFor(*it, emailAddress);
}

std::optional<DetectedConfig> ProviderList::configFor(const QByteArray &xml, const QString &emailAddress) const
{
    auto parsed = AutoconfigParser::parse(xml, emailAddress, builtInOptions());
    if (!parsed)
        return std::nullopt;
    DetectedConfig config = std::move(parsed).value();
    // The list is curated: its answer counts as verified unless the file says otherwise.
    config.verified = !config.unverified;
    return config;
}

std::optional<DetectedConfig> ProviderList::lookupByMx(const QString &mxDomain, const QString &emailAddress) const
{
    const QString key = mxDomain.trimmed().toLower();
    const QByteArray xml = m_byMx.contains(key) ? m_byMx.value(key) : m_byDomain.value(key);
    if (xml.isEmpty())
        return std::nullopt;
    auto config = configFor(xml, emailAddress);
    if (!config)
        return std::nullopt;
    // A hosted domain is not the provider's own: its user name is the whole address.
    for (QList<ServerCandidate> *list : {&config->incoming, &config->outgoing}) {
        for (ServerCandidate &c : *list)
            c.username = emailAddress;
    }
    return config;
}

} // namespace Pigeon::Autoconfig
