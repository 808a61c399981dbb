// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectionsource.h"
#include "autoconfig/srvresolver.h"

namespace Pigeon::Autoconfig {

/// RFC 6186 SRV records: _imaps._tcp and _imap._tcp (§3.2), _pop3s._tcp and _pop3._tcp
/// (§3.3), _submissions._tcp (RFC 8314 §5.1) and _submission._tcp (§3.1). Implicit TLS is
/// listed first (RFC 8314 §5.1); the non-TLS service names are used with STARTTLS only,
/// never in plaintext. DNS answers are not authenticated, so the result is unverified: the
/// detector checks the servers (and their certificates) before using it (RFC 6186 §6).
class SrvSource : public DetectionSource
{
    Q_OBJECT
public:
    /// @p resolver must outlive the source.
    explicit SrvSource(SrvResolver *resolver, QObject *parent = nullptr);

    ConfigSource kind() const override { return ConfigSource::Srv; }
    void start(const QString &emailAddress) override;
    void cancel() override;

private:
    struct Service {
        const char *prefix;
        ServerCandidate::Protocol protocol;
        Net::Security security;
    };
    static const QList<Service> &services();
    void finish();

    SrvResolver *m_resolver;
    QString m_address;
    int m_generation = 0;
    int m_pending = 0;
    QList<QList<SrvRecord>> m_answers; ///< per services() entry
    MailError m_error;
};

} // namespace Pigeon::Autoconfig
