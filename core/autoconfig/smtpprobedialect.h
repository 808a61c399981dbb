// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/probedialect.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Pigeon::Autoconfig {

/// The SMTP side of a ServerProbe: greeting and EHLO (RFC 5321 §4.1.1.1, falling back
/// to HELO), STARTTLS (RFC 3207), AUTH PLAIN or LOGIN (RFC 4954), QUIT.
class SmtpProbeDialect final : public ProbeDialect
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Autoconfig::SmtpProbeDialect)
public:
    SmtpProbeDialect(Host &host, QByteArray ehloName);

    void lineReceived(const QByteArray &line) override;
    void encrypted() override;

    /// One complete (possibly multi-line) reply, RFC 5321 §4.2.
    struct Reply {
        int code = 0;
        QList<QByteArray> lines; ///< text of each line, without the code and separator
        /// "535 5.7.8": the reply code and, when present, the enhanced status code (RFC 3463).
        QString statusCode() const;
        /// The text of every line, joined by spaces, without the enhanced status code.
        QString text() const;
    };

private:
    enum class State {
        Greeting, Ehlo, Helo, StartTls, Handshake, AuthPlain, AuthLoginUser, AuthLoginPass, Quit, Done
    };

    void replyReceived(const Reply &reply);
    void capabilitiesKnown();
    void login();
    void quit();
    void failWith(const MailError &error);
    MailError loginError(const Reply &reply) const;
    bool hasKeyword(const char *keyword) const;

    QByteArray m_ehloName;
    State m_state = State::Greeting;
    Reply m_pending;           ///< lines of a multi-line reply so far
    QStringList m_caps;        ///< EHLO keywords with parameters, keyword upper-cased
    MailError m_deferred;
};

} // namespace Pigeon::Autoconfig
