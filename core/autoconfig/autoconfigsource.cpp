// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/autoconfigsource.h"

#include "autoconfig/autoconfigparser.h"
#include "autoconfig/configfetcher.h"
#include "common/logging.h"

#include <QPointer>
#include <QUrlQuery>

namespace Pigeon::Autoconfig {

AutoconfigSource::AutoconfigSource(ConfigFetcher *fetcher, QObject *parent)
    : DetectionSource(parent), m_fetcher(fetcher)
{
}

QList<QUrl> AutoconfigSource::urlsFor(const QString &emailAddress)
{
    const QString domain = emailAddress.mid(emailAddress.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    QUrl first;
    first.setScheme(QStringLiteral("https"));
    first.setHost(QStringLiteral("autoconfig.") + domain);
    first.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(QUrl::toPercentEncoding(emailAddress)));
    first.setQuery(query);
    QUrl second;
    second.setScheme(QStringLiteral("https"));
    second.setHost(domain);
    second.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    return {first, second};
}

void AutoconfigSource::start(const QString &emailAddress)
{
    m_address = emailAddress;
    m_done = false;
    m_firstError = {};
    const int generation = ++m_generation;
    const QList<QUrl> urls = urlsFor(emailAddress);
    if (urls.first().host().isEmpty()) {
        m_done = true;
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT failed(MailError(MailError::Kind::InvalidInput, tr("The address has no valid domain.")));
        }, Qt::QueuedConnection);
        return;
    }
    m_pending = int(urls.size());
    QPointer<AutoconfigSource> self(this);
    for (const QUrl &url : urls) {
        const QUrl target = m_rewrite ? m_rewrite(url) : url;
        QMetaObject::invokeMethod(this, [this, url, generation] {
            if (generation == m_generation && !m_done)
                Q_EMIT progressed(tr("Asking %1 for its settings…").arg(url.host()));
        }, Qt::QueuedConnection);
        m_fetcher->fetch(target, [self, generation, url](const Result<QByteArray> &result) {
            if (self)
                self->onFetched(generation, url, result);
        });
    }
}

void AutoconfigSource::onFetched(int generation, const QUrl &url, const Result<QByteArray> &result)
{
    if (generation != m_generation || m_done)
        return;
    --m_pending;
    MailError error;
    if (result) {
        auto parsed = AutoconfigParser::parse(*result, m_address);
        if (parsed && parsed->isComplete()) {
            m_done = true;
            qCDebug(lcAutoconfig) << "autoconfig found at" << url.toDisplayString();
            Q_EMIT found(*parsed);
            return;
        }
        error = parsed ? MailError(MailError::Kind::NotFound, tr("%1 lists no secure incoming and outgoing server.").arg(url.host()))
                       : parsed.error();
    } else {
        error = result.error();
    }
    qCDebug(lcAutoconfig) << "autoconfig" << url.toDisplayString() << "failed:" << error.toString();
    // Report the most telling failure: a refused redirect or a broken file beats "not found".
    if (!m_firstError.isError() || m_firstError.kind() == MailError::Kind::HostNotFound
        || m_firstError.kind() == MailError::Kind::NotFound)
        m_firstError = error;
    if (m_pending == 0) {
        m_done = true;
        Q_EMIT failed(m_firstError);
    }
}

void AutoconfigSource::cancel()
{
    ++m_generation; // late callbacks are ignored
    m_done = true;
}

} // namespace Pigeon::Autoconfig
