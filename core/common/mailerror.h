// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Pigeon {

/// An error as a value: what kind of failure, what the server said, and text for people.
/// Engines never report failures as bare strings, so callers can react to the kind
/// (ask for a password again, offer to trust a certificate, retry later).
class MailError
{
public:
    enum class Kind {
        None,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        Network,             ///< connection lost or other socket failure
        Tls,                 ///< handshake failed for a reason other than the certificate
        UntrustedCertificate,///< payload(): Net::CertificateInfo
        StartTlsUnavailable, ///< account requires STARTTLS, server does not offer it
        InsecureAuthRefused, ///< would send a password in plaintext
        AuthFailed,
        Protocol,            ///< the server broke the protocol (malformed reply)
        LimitExceeded,       ///< line or literal beyond the configured limit
        ServerNo,            ///< the server refused a command (IMAP NO, POP3 -ERR, SMTP 5xx)
        ServerBad,
        ServerBye,
        Cancelled,
        Io,
        DiskFull,
        Parse,
        Keychain,
        NotFound,
        InvalidInput,
        Internal,
    };

    MailError() = default;
    MailError(Kind kind, QString text, QString serverCode = {})
        : m_kind(kind), m_text(std::move(text)), m_serverCode(std::move(serverCode)) {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// Human-readable description (already translated where it comes from tr()).
    QString text() const { return m_text; }
    /// Server response code or status (e.g. "AUTHENTICATIONFAILED", "IN-USE", "535 5.7.8").
    QString serverCode() const { return m_serverCode; }
    /// Extra structured data, e.g. the certificate of an UntrustedCertificate error.
    QVariant payload() const { return m_payload; }
    MailError &setPayload(QVariant payload) { m_payload = std::move(payload); return *this; }

    /// Stable machine name of the kind, for logs, JSON output and tests.
    static QString kindName(Kind kind);
    /// "kindName: text" for logs.
    QString toString() const;

private:
    Kind m_kind = Kind::None;
    QString m_text;
    QString m_serverCode;
    QVariant m_payload;
};

} // namespace Pigeon

Q_DECLARE_METATYPE(Pigeon::MailError)
