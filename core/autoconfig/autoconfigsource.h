// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectionsource.h"

#include <QUrl>

#include <functional>

namespace Pigeon::Autoconfig {

class ConfigFetcher;

/// The domain's own autoconfig file, over HTTPS only (never http: a file fetched in
/// plaintext could point the password at any server):
///   https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>
///   https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
/// Both are asked at once; the first that parses into a usable configuration wins.
class AutoconfigSource : public DetectionSource
{
    Q_OBJECT
public:
    /// @p fetcher must outlive the source (tests pass one trusting the test CA).
    explicit AutoconfigSource(ConfigFetcher *fetcher, QObject *parent = nullptr);

    /// Maps each URL before fetching; tests point autoconfig.example.test at a local server.
    void setUrlRewrite(std::function<QUrl(const QUrl &)> rewrite) { m_rewrite = std::move(rewrite); }

    /// The URLs asked for @p emailAddress, in order of preference.
    static QList<QUrl> urlsFor(const QString &emailAddress);

    ConfigSource kind() const override { return ConfigSource::Autoconfig; }
    void start(const QString &emailAddress) override;
    void cancel() override;

private:
    void onFetched(int generation, const QUrl &url, const Result<QByteArray> &result);

    ConfigFetcher *m_fetcher;
    std::function<QUrl(const QUrl &)> m_rewrite;
    QString m_address;
    int m_generation = 0;
    int m_pending = 0;
    bool m_done = true;
    MailError m_firstError;
};

} // namespace Pigeon::Autoconfig
