// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/proberesult.h"
#include "common/mailerror.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Pigeon::Autoconfig {

/// One protocol's side of a ServerProbe: a line-driven state machine that reads the
/// greeting, asks for capabilities, upgrades with STARTTLS when the endpoint says so,
/// checks the login and logs out. It never touches the network itself: everything goes
/// through its Host (the ServerProbe), which owns the Transport.
class ProbeDialect
{
public:
    /// What a dialect may do. Implemented by ServerProbe.
    class Host
    {
    public:
        /// Sends one command line (CRLF is appended) and arms the read timeout.
        virtual void sendLine(const QByteArray &line) = 0;
        /// Sends a line that carries a secret through Transport::sendSensitive (CRLF is
        /// appended); the transcript shows only @p visiblePrefix. Returns false when the
        /// transport refused (e.g. unencrypted connection): the probe has then finished
        /// with that error and the dialect must do nothing more.
        virtual bool sendSecretLine(const QByteArray &line, const QByteArray &visiblePrefix) = 0;
        /// Starts the TLS handshake after the server accepted STARTTLS/STLS;
        /// the dialect's encrypted() follows.
        virtual void startTls() = 0;
        virtual bool isEncrypted() const = 0;
        /// The logout was sent: the server closing the connection now ends the probe
        /// with @p outcome (None = success) instead of a network error.
        virtual void expectClose(const MailError &outcome) = 0;
        /// The probe is complete and successful (the logout reply arrived).
        virtual void succeed() = 0;
        /// The probe failed; the dialect must do nothing more.
        virtual void fail(const MailError &error) = 0;

        virtual ProbeResult &probeResult() = 0;
        virtual const std::optional<ProbeCredentials> &credentials() const = 0;

    protected:
        ~Host() = default;
    };

    explicit ProbeDialect(Host &host) : m_host(host) {}
    virtual ~ProbeDialect() = default;
    ProbeDialect(const ProbeDialect &) = delete;
    ProbeDialect &operator=(const ProbeDialect &) = delete;

    /// One line from the server, CRLF (or LF) already removed.
    virtual void lineReceived(const QByteArray &line) = 0;
    /// The STARTTLS handshake completed.
    virtual void encrypted() = 0;

protected:
    Host &host() { return m_host; }
    ProbeResult &result() { return m_host.probeResult(); }
    bool wantsStartTls() const;
    bool hasCredentials() const { return m_host.credentials().has_value(); }
    const ProbeCredentials &credentials() const { return *m_host.credentials(); }
    /// Records a finished TLS upgrade in the result (capabilities are asked again).
    void noteStartTlsDone();

    /// RFC 4616: base64 of "\0user\0password" (empty authorization identity).
    QByteArray saslPlainResponse() const;
    static QByteArray base64(const QString &text);

    MailError startTlsUnavailable() const;
    MailError protocolError(const QByteArray &line) const;

private:
    Host &m_host;
};

} // namespace Pigeon::Autoconfig
