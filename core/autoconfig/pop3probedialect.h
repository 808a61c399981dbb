// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/probedialect.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pigeon::Autoconfig {

/// The POP3 side of a ServerProbe: greeting (RFC 1939 §4), CAPA (RFC 2449), STLS
/// (RFC 2595 §4), AUTH PLAIN (RFC 5034) or USER/PASS (RFC 1939 §7), QUIT.
class Pop3ProbeDialect final : public ProbeDialect
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Autoconfig::Pop3ProbeDialect)
public:
    using ProbeDialect::ProbeDialect;

    void lineReceived(const QByteArray &line) override;
    void encrypted() override;

private:
    enum class State { Greeting, Capa, CapaList, Stls, Handshake, User, Pass, AuthPlain, Quit, Done };

    void capabilitiesKnown();
    void login();
    void quit();
    void failWith(const MailError &error);
    MailError loginError(const QByteArray &line) const;
    bool hasCapability(const char *keyword) const;

    State m_state = State::Greeting;
    QStringList m_caps;
    bool m_capaSupported = false;
    MailError m_deferred;
};

} // namespace Pigeon::Autoconfig
