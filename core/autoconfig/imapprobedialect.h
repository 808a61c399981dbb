// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/probedialect.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pigeon::Autoconfig {

/// The IMAP side of a ServerProbe (RFC 9051, compatible with IMAP4rev1 RFC 3501):
/// greeting, CAPABILITY, STARTTLS, LOGIN or AUTHENTICATE PLAIN, LOGOUT.
class ImapProbeDialect final : public ProbeDialect
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Autoconfig::ImapProbeDialect)
public:
    using ProbeDialect::ProbeDialect;

    void lineReceived(const QByteArray &line) override;
    void encrypted() override;

    /// The parts of a status response: "OK [CODE args] text".
    struct Status {
        QByteArray status;   ///< OK, NO, BAD, BYE, PREAUTH (upper case)
        QByteArray code;     ///< response code atom, upper case ("CAPABILITY", "AUTHENTICATIONFAILED")
        QByteArray codeArgs; ///< the rest of the bracketed code
        QByteArray text;
    };
    static Status parseStatus(QByteArrayView afterTag);

private:
    enum class State {
        Greeting, Capability, StartTls, Handshake, Authenticate, AuthenticateResponse, Login,
        Logout, Done
    };

    void greeting(const QByteArray &line);
    void tagged(const Status &status);
    void capabilitiesKnown();
    void login();
    void logout();
    QByteArray nextTag();
    bool hasCapability(const char *atom) const;
    void setCapabilities(QByteArrayView atoms);
    MailError loginError(const Status &status) const;

    State m_state = State::Greeting;
    int m_tagCounter = 0;
    QByteArray m_tag;         ///< tag of the command whose completion is awaited
    QStringList m_caps;       ///< current capability list (upper case)
    bool m_capsKnown = false;
    bool m_preauth = false;
    MailError m_deferred;     ///< reported after the LOGOUT completed
};

} // namespace Pigeon::Autoconfig
