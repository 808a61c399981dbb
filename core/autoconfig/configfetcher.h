// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pigeon::Autoconfig {

/// Fetches one small document over HTTPS. An interface so tests (and a future proxy-aware
/// fetcher) can replace it.
class ConfigFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QByteArray> &)>;
    using QObject::QObject;

    /// Starts a GET; @p done is called exactly once from the event loop unless cancelAll()
    /// comes first. Only https URLs are fetched.
    virtual void fetch(const QUrl &url, Callback done) = 0;
    virtual void cancelAll() = 0;
};

/// ConfigFetcher with QNetworkAccessManager: https only (an http URL, or a redirect to
/// anything but https, fails with MailError::Kind::Tls), a size cap checked against
/// Content-Length and while reading, a transfer timeout, at most 5 redirects.
class HttpsConfigFetcher : public ConfigFetcher
{
    Q_OBJECT
public:
    explicit HttpsConfigFetcher(QObject *parent = nullptr);
    ~HttpsConfigFetcher() override;

    /// Trusts these CAs in addition to the system's (tests: the throw-away test CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }

    void fetch(const QUrl &url, Callback done) override;
    void cancelAll() override;

private:
    void finish(QNetworkReply *reply, const Result<QByteArray> &result);

    QNetworkAccessManager *m_nam;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs = 10'000;
    qint64 m_maxSize = 128 * 1024;
    QList<QNetworkReply *> m_replies;
};

} // namespace Pigeon::Autoconfig
