// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/certificateinfo.h"

#include <QCryptographicHash>
#include <QMultiMap>

namespace Pigeon::Net {

namespace {

// "CN=..., O=..." from the attributes, most specific first, as users know it from browsers.
QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    static const QByteArray order[] = {"CN", "OU", "O", "L", "ST", "C", "emailAddress"};
    QStringList parts;
    for (const QByteArray &attr : order) {
        const QStringList values = issuer ? cert.issuerInfo(attr) : cert.subjectInfo(attr);
        for (const QString &v : values)
            parts << QString::fromLatin1(attr) + QLatin1Char('=') + v;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString CertificateInfo::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate,
                                                 const QString &host, const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.m_host = host;
    for (const QSslError &e : errors)
        info.m_reasons << e.errorString();
    if (certificate.isNull())
        return info;
    info.m_sha256 = fingerprint(certificate);
    info.m_subject = distinguishedName(certificate, false);
    info.m_issuer = distinguishedName(certificate, true);
    info.m_notBefore = certificate.effectiveDate();
    info.m_notAfter = certificate.expiryDate();
    const auto alt = certificate.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        info.m_altNames << it.value();
    info.m_pem = certificate.toPem();
    info.m_selfSigned = certificate.isSelfSigned();
    return info;
}

QString CertificateInfo::sha256Display() const
{
    QString out;
    out.reserve(m_sha256.size() * 3 / 2);
    for (qsizetype i = 0; i < m_sha256.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QStringView(m_sha256).mid(i, 2);
    }
    return out;
}

} // namespace Pigeon::Net
