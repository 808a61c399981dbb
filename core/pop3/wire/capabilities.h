// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>

namespace Pigeon::Pop3 {

/// What a server announced in its CAPA reply (RFC 2449 §5, §6).
class Capabilities
{
public:
    /// Parses the body of a CAPA reply: one capability per line, "NAME args...".
    static Capabilities parse(QByteArrayView capaBody);

    /// Whether CAPA was answered at all (a server without RFC 2449 says -ERR).
    bool isKnown() const { return m_known; }
    bool has(QByteArrayView name) const;
    /// The arguments that followed @p name (e.g. "SASL PLAIN LOGIN" -> {"PLAIN", "LOGIN"}).
    QByteArrayList arguments(QByteArrayView name) const;

    bool pipelining() const { return has("PIPELINING"); }        ///< RFC 2449 §6.6
    bool stls() const { return has("STLS"); }                    ///< RFC 2595 §4
    bool uidl() const { return has("UIDL"); }                    ///< RFC 2449 §6.7
    bool top() const { return has("TOP"); }                      ///< RFC 2449 §6.1
    bool user() const { return has("USER"); }                    ///< RFC 2449 §6.2
    bool respCodes() const { return has("RESP-CODES"); }         ///< RFC 2449 §6.4
    bool authRespCode() const { return has("AUTH-RESP-CODE"); }  ///< RFC 3206 §6
    /// Upper-cased SASL mechanisms (RFC 2449 §6.3, RFC 5034).
    QByteArrayList saslMechanisms() const;
    bool hasSasl(QByteArrayView mechanism) const;
    /// Names in the order announced, for logs and `pigeon-cli`.
    QByteArrayList names() const { return m_order; }

private:
    bool m_known = false;
    QHash<QByteArray, QByteArrayList> m_caps; ///< upper-case name -> arguments
    QByteArrayList m_order;
};

} // namespace Pigeon::Pop3
