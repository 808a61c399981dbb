// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/smtpprobedialect.h"

#include <QRegularExpression>

namespace Pigeon::Autoconfig {

namespace {

/// RFC 3463 §2: class.subject.detail at the start of the text.
QString enhancedCode(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})(?:\\s|$)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(text));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString SmtpProbeDialect::Reply::statusCode() const
{
    QString out = QString::number(code);
    const QString enhanced = lines.isEmpty() ? QString() : enhancedCode(lines.constLast());
    return enhanced.isEmpty() ? out : out + QLatin1Char(' ') + enhanced;
}

QString SmtpProbeDialect::Reply::text() const
{
    QStringList parts;
    for (const QByteArray &l : lines) {
        const QString e = enhancedCode(l);
        parts << QString::fromUtf8(e.isEmpty() ? l : l.mid(e.size()).trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

SmtpProbeDialect::SmtpProbeDialect(Host &host, QByteArray ehloName)
    : ProbeDialect(host), m_ehloName(std::move(ehloName))
{
}

bool SmtpProbeDialect::hasKeyword(const char *keyword) const
{
    for (const QString &cap : m_caps) {
        if (cap.section(QLatin1Char(' '), 0, 0) == QLatin1String(keyword))
            return true;
    }
    return false;
}

void SmtpProbeDialect::failWith(const MailError &error)
{
    m_state = State::Done;
    host().fail(error);
}

void SmtpProbeDialect::lineReceived(const QByteArray &line)
{
    if (m_state == State::Done || m_state == State::Handshake)
        return;
    // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
    //                              Reply-code [ SP textstring ] CRLF
    bool numeric = line.size() >= 3;
    for (int i = 0; numeric && i < 3; ++i)
        numeric = line.at(i) >= '0' && line.at(i) <= '9';
    const char sep = line.size() > 3 ? line.at(3) : ' ';
    if (!numeric || (sep != ' ' && sep != '-')) {
        failWith(protocolError(line));
        return;
    }
    const int code = line.left(3).toInt();
    if (!m_pending.lines.isEmpty() && m_pending.code != code) {
        failWith(protocolError(line));
        return;
    }
    m_pending.code = code;
    m_pending.lines << (line.size() > 4 ? line.mid(4) : QByteArray());
    if (sep == '-')
        return;
    const Reply reply = std::exchange(m_pending, Reply());
    replyReceived(reply);
}

void SmtpProbeDialect::replyReceived(const Reply &reply)
{
    switch (m_state) {
    case State::Greeting:
        if (reply.code != 220) {                      // RFC 5321 §3.1: 554 = no service
            failWith(MailError(MailError::Kind::ServerNo, reply.text(), reply.statusCode()));
            return;
        }
        result().connected = true;
        result().greeting = reply.text();
        m_state = State::Ehlo;
        host().sendLine("EHLO " + m_ehloName);
        return;
    case State::Ehlo:
        if (reply.code == 250) {
            m_caps.clear();
            // The first line greets; each further line is one extension (RFC 5321 §4.1.1.1).
            for (qsizetype i = 1; i < reply.lines.size(); ++i) {
                const QString l = QString::fromUtf8(reply.lines.at(i)).trimmed();
                const QString keyword = l.section(QLatin1Char(' '), 0, 0).toUpper();
                const QString params = l.section(QLatin1Char(' '), 1);
                m_caps << (params.isEmpty() ? keyword : keyword + QLatin1Char(' ') + params);
            }
            capabilitiesKnown();
        } else {
            m_state = State::Helo;                    // a pre-ESMTP server: no extensions
            host().sendLine("HELO " + m_ehloName);
        }
        return;
    case State::Helo:
        if (reply.code != 250) {
            failWith(MailError(MailError::Kind::ServerNo, reply.text(), reply.statusCode()));
            return;
        }
        m_caps.clear();
        capabilitiesKnown();
        return;
    case State::StartTls:
        if (reply.code != 220) {                      // RFC 3207 §4: 454 = TLS not available
            MailError e = startTlsUnavailable();
            failWith(MailError(e.kind(), e.text() + QLatin1Char(' ') + reply.text(), reply.statusCode()));
            return;
        }
        m_state = State::Handshake;
        host().startTls();
        return;
    case State::AuthLoginUser:
        if (reply.code != 334) {
            m_deferred = loginError(reply);
            quit();
            return;
        }
        // The LOGIN mechanism asks for the user name, then the password (both base64).
        m_state = State::AuthLoginPass;
        host().sendLine(base64(credentials().user));
        return;
    case State::AuthLoginPass:
        if (reply.code != 334) {
            m_deferred = loginError(reply);
            quit();
            return;
        }
        m_state = State::AuthPlain;                   // the next reply is the outcome
        if (!host().sendSecretLine(base64(credentials().password), QByteArray()))
            m_state = State::Done;
        return;
    case State::AuthPlain:
        if (reply.code == 235) {                      // RFC 4954 §6
            result().loginSucceeded = true;
        } else if (reply.code == 334) {               // a challenge we did not expect
            m_deferred = protocolError(QByteArray::number(reply.code) + ' ' + reply.lines.value(0));
            host().sendLine("*");                     // RFC 4954 §4: cancel
            m_state = State::Quit;
            host().expectClose(m_deferred);
            return;
        } else {
            m_deferred = loginError(reply);
        }
        quit();
        return;
    case State::Quit:
        m_state = State::Done;
        if (m_deferred.isError())
            host().fail(m_deferred);
        else
            host().succeed();
        return;
    case State::Handshake:
    case State::Done:
        return;
    }
}

MailError SmtpProbeDialect::loginError(const Reply &reply) const
{
    // RFC 4954 §6: 538 5.7.11 = encryption required; 535 5.7.8 = bad credentials;
    // 534 5.7.9 = mechanism too weak; 454 4.7.0 = temporary failure.
    if (reply.code == 538)
        return MailError(MailError::Kind::InsecureAuthRefused, reply.text(), reply.statusCode());
    if (reply.code >= 400 && reply.code < 500)
        return MailError(MailError::Kind::ServerNo, reply.text(), reply.statusCode());
    return MailError(MailError::Kind::AuthFailed, reply.text(), reply.statusCode());
}

void SmtpProbeDialect::capabilitiesKnown()
{
    ProbeResult &r = result();
    if (!host().isEncrypted()) {
        r.capabilitiesBeforeTls = m_caps;
        r.startTlsOffered = hasKeyword("STARTTLS");
    }
    r.capabilities = m_caps;
    r.authMechanisms.clear();
    for (const QString &cap : std::as_const(m_caps)) {
        // "AUTH PLAIN LOGIN"; some old servers also announce "AUTH=PLAIN LOGIN".
        if (cap.startsWith(QLatin1String("AUTH ")) || cap.startsWith(QLatin1String("AUTH="))) {
            const QStringList mechs = cap.mid(5).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &m : mechs) {
                if (!r.authMechanisms.contains(m))
                    r.authMechanisms << m;
            }
        }
    }
    // A submission server offers AUTH only after STARTTLS (RFC 3207 §4, RFC 8314 §3.3).
    r.loginDisabled = !host().isEncrypted() && r.authMechanisms.isEmpty() && r.startTlsOffered;

    if (wantsStartTls() && !host().isEncrypted()) {
        if (!r.startTlsOffered) {                     // never fall back to plaintext
            failWith(startTlsUnavailable());
            return;
        }
        m_state = State::StartTls;
        host().sendLine("STARTTLS");
        return;
    }
    login();
}

void SmtpProbeDialect::encrypted()
{
    noteStartTlsDone();
    // RFC 3207 §4.2: forget what the server said before TLS; EHLO again.
    m_caps.clear();
    m_state = State::Ehlo;
    host().sendLine("EHLO " + m_ehloName);
}

void SmtpProbeDialect::login()
{
    if (!hasCredentials()) {
        quit();
        return;
    }
    ProbeResult &r = result();
    if (r.authMechanisms.isEmpty()) {
        if (!host().isEncrypted()) {
            failWith(MailError(MailError::Kind::InsecureAuthRefused,
                               tr("The server offers no login on an unencrypted connection.")));
        } else {
            failWith(MailError(MailError::Kind::AuthFailed,
                               tr("The server does not offer any way to log in (no AUTH).")));
        }
        return;
    }
    using Method = ProbeCredentials::Method;
    const Method method = credentials().method;
    if (method == Method::ProtocolLogin) {
        failWith(MailError(MailError::Kind::InvalidInput,
                           tr("SMTP has no login command besides AUTH (RFC 4954).")));
        return;
    }
    const bool plain = r.authMechanisms.contains(QLatin1String("PLAIN"));
    if (method == Method::SaslPlain || (method == Method::Automatic && plain)) {
        // RFC 4954 §4: AUTH with an initial response saves a round trip.
        r.authMechanismUsed = QStringLiteral("PLAIN");
        m_state = State::AuthPlain;
        if (!host().sendSecretLine("AUTH PLAIN " + saslPlainResponse(), "AUTH PLAIN"))
            m_state = State::Done;
        return;
    }
    if (method == Method::SaslLogin || r.authMechanisms.contains(QLatin1String("LOGIN"))) {
        r.authMechanismUsed = QStringLiteral("LOGIN");
        m_state = State::AuthLoginUser;
        host().sendLine("AUTH LOGIN");
        return;
    }
    failWith(MailError(MailError::Kind::AuthFailed,
                       tr("The server offers no login method Pigeon supports (%1).")
                           .arg(r.authMechanisms.join(QLatin1Char(' ')))));
}

void SmtpProbeDialect::quit()
{
    m_state = State::Quit;                            // RFC 5321 §4.1.1.10
    host().expectClose(m_deferred);
    host().sendLine("QUIT");
}

} // namespace Pigeon::Autoconfig
