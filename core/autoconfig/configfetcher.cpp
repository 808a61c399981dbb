// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/configfetcher.h"

#include "common/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace Pigeon::Autoconfig {

namespace {
const char *const CallbackProperty = "pigeonFetchCallback";
struct Pending {
    ConfigFetcher::Callback done;
    QByteArray data;
    MailError error;
};
} // namespace

HttpsConfigFetcher::HttpsConfigFetcher(QObject *parent)
    : ConfigFetcher(parent), m_nam(new QNetworkAccessManager(this))
{
    // Nothing is cached (AlwaysNetwork per request); cookies stay in this fetcher's memory.
}

HttpsConfigFetcher::~HttpsConfigFetcher()
{
    cancelAll();
}

void HttpsConfigFetcher::fetch(const QUrl &url, Callback done)
{
    if (url.scheme() != QLatin1String("https")) {
        QTimer::singleShot(0, this, [done, url] {
            done(MailError(MailError::Kind::Tls, tr("Refusing to fetch settings without HTTPS: %1").arg(url.toDisplayString())));
        });
        return;
    }
    QNetworkRequest request(url);
    // Every redirect is checked in redirected() below: only https targets are followed,
    // because a settings file fetched in plaintext could send the password anywhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/xml, text/xml");
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCa);
        request.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = m_nam->get(request);
    auto *pending = new Pending{std::move(done), {}, {}};
    reply->setProperty(CallbackProperty, QVariant::fromValue(static_cast<void *>(pending)));
    m_replies.append(reply);

    connect(reply, &QNetworkReply::redirected, reply, [this, reply, pending](const QUrl &target) {
        if (target.scheme() == QLatin1String("https")) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCInfo(lcAutoconfig) << "refused redirect to" << target.toDisplayString();
        pending->error = MailError(MailError::Kind::Tls,
                                   tr("The server redirected to an address without HTTPS (%1).").arg(target.toDisplayString()));
        reply->abort();
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [this, reply, pending] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxSize && !pending->error.isError()) {
            pending->error = MailError(MailError::Kind::LimitExceeded, tr("The settings file is too large."));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [this, reply, pending] {
        if (pending->error.isError())
            return;
        pending->data += reply->readAll();
        if (pending->data.size() > m_maxSize) {
            pending->error = MailError(MailError::Kind::LimitExceeded, tr("The settings file is too large."));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
        if (pending->error.isError())
            return finish(reply, pending->error);
        if (reply->error() != QNetworkReply::NoError) {
            MailError::Kind kind = MailError::Kind::Network;
            switch (reply->error()) {
            case QNetworkReply::HostNotFoundError: kind = MailError::Kind::HostNotFound; break;
            case QNetworkReply::ConnectionRefusedError: kind = MailError::Kind::ConnectionRefused; break;
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError: kind = MailError::Kind::Timeout; break;
            case QNetworkReply::SslHandshakeFailedError: kind = MailError::Kind::Tls; break;
            case QNetworkReply::ContentNotFoundError: kind = MailError::Kind::NotFound; break;
            default: break;
            }
            return finish(reply, MailError(kind, reply->errorString()));
        }
        pending->data += reply->readAll();
        if (pending->data.size() > m_maxSize)
            return finish(reply, MailError(MailError::Kind::LimitExceeded, tr("The settings file is too large.")));
        finish(reply, pending->data);
    });
}

void HttpsConfigFetcher::finish(QNetworkReply *reply, const Result<QByteArray> &result)
{
    auto *pending = static_cast<Pending *>(reply->property(CallbackProperty).value<void *>());
    m_replies.removeOne(reply);
    reply->disconnect(); // no lambda may touch pending after this
    reply->deleteLater();
    Callback done = std::move(pending->done);
    delete pending;
    if (done)
        done(result);
}

void HttpsConfigFetcher::cancelAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        delete static_cast<Pending *>(reply->property(CallbackProperty).value<void *>());
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Pigeon::Autoconfig
