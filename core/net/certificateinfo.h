// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/tlspolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Pigeon::Net {

/// What the user needs to decide whether to trust a server certificate that failed
/// verification. The payload of MailError::Kind::UntrustedCertificate.
///
/// A plain value (no QSslCertificate inside) so it can cross threads, be shown by the
/// UI and be turned into a PinnedCertificate with pin() when the user accepts it.
class CertificateInfo
{
public:
    CertificateInfo() = default;

    /// Describes @p certificate as presented by @p host with the verification @p errors.
    static CertificateInfo fromCertificate(const QSslCertificate &certificate, const QString &host,
                                           const QList<QSslError> &errors = {});
    /// Lower-case hex SHA-256 of the DER encoding: the identity used for pinning.
    static QString fingerprint(const QSslCertificate &certificate);

    bool isNull() const { return m_sha256.isEmpty(); }
    /// Lower-case hex SHA-256 of the DER certificate (64 characters).
    QString sha256() const { return m_sha256; }
    /// The fingerprint grouped as "ab:cd:..." for display.
    QString sha256Display() const;
    /// Subject distinguished name, e.g. "CN=mail.example.org, O=Example".
    QString subject() const { return m_subject; }
    QString issuer() const { return m_issuer; }
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }
    /// Names the certificate is valid for (subject alternative names, DNS and IP).
    QStringList subjectAlternativeNames() const { return m_altNames; }
    /// The host name the connection was made to.
    QString host() const { return m_host; }
    /// Why verification failed, one sentence per error (from OpenSSL via Qt).
    QStringList reasons() const { return m_reasons; }
    /// The certificate in PEM, so the UI can show or export it.
    QByteArray pem() const { return m_pem; }
    bool isSelfSigned() const { return m_selfSigned; }

    /// The pin to store in the account's TlsPolicy when the user trusts this certificate.
    PinnedCertificate pin() const { return {m_host, m_sha256}; }

    friend bool operator==(const CertificateInfo &a, const CertificateInfo &b)
    {
        return a.m_sha256 == b.m_sha256 && a.m_host == b.m_host && a.m_reasons == b.m_reasons;
    }

private:
    QString m_sha256;
    QString m_subject;
    QString m_issuer;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QStringList m_altNames;
    QString m_host;
    QStringList m_reasons;
    QByteArray m_pem;
    bool m_selfSigned = false;
};

} // namespace Pigeon::Net

Q_DECLARE_METATYPE(Pigeon::Net::CertificateInfo)
