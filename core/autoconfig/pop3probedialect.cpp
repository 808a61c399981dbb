// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/pop3probedialect.h"

namespace Pigeon::Autoconfig {

namespace {

bool isOk(const QByteArray &line)
{
    return line == "+OK" || line.startsWith("+OK ");
}

bool isErr(const QByteArray &line)
{
    return line == "-ERR" || line.startsWith("-ERR ");
}

/// The text after "+OK "/"-ERR ", and the RFC 2449 §8 / RFC 3206 response code in brackets.
QString statusText(const QByteArray &line, QString *code = nullptr)
{
    const qsizetype space = line.indexOf(' ');
    QByteArray text = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close > 0) {
            if (code)
                *code = QString::fromLatin1(text.mid(1, close - 1)).toUpper();
            text = text.mid(close + 1).trimmed();
        }
    }
    return QString::fromUtf8(text);
}

bool unsafeForLine(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

} // namespace

bool Pop3ProbeDialect::hasCapability(const char *keyword) const
{
    for (const QString &cap : m_caps) {
        if (cap.section(QLatin1Char(' '), 0, 0).compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void Pop3ProbeDialect::failWith(const MailError &error)
{
    m_state = State::Done;
    host().fail(error);
}

void Pop3ProbeDialect::lineReceived(const QByteArray &line)
{
    switch (m_state) {
    case State::Greeting:
        if (!isOk(line)) {                            // RFC 1939 §4: "+OK" greeting
            failWith(isErr(line) ? MailError(MailError::Kind::ServerNo, statusText(line))
                                 : protocolError(line));
            return;
        }
        result().connected = true;
        result().greeting = statusText(line);
        m_state = State::Capa;
        host().sendLine("CAPA");
        return;
    case State::Capa:
        m_caps.clear();
        if (isOk(line)) {                             // RFC 2449 §5: multi-line list follows
            m_capaSupported = true;
            m_state = State::CapaList;
        } else if (isErr(line)) {                     // an RFC 1939-only server
            m_capaSupported = false;
            capabilitiesKnown();
        } else {
            failWith(protocolError(line));
        }
        return;
    case State::CapaList:
        if (line == ".") {
            capabilitiesKnown();
            return;
        }
        // RFC 1939 §3: a terminating octet at the start of a line is byte-stuffed.
        m_caps << QString::fromUtf8(line.startsWith("..") ? line.mid(1) : line).trimmed();
        return;
    case State::Stls:
        if (!isOk(line)) {
            MailError e = startTlsUnavailable();
            failWith(MailError(e.kind(), e.text() + QLatin1Char(' ') + statusText(line)));
            return;
        }
        m_state = State::Handshake;
        host().startTls();
        return;
    case State::User:
        if (!isOk(line)) {
            m_deferred = loginError(line);
            quit();
            return;
        }
        m_state = State::Pass;
        if (!host().sendSecretLine("PASS " + credentials().password.toUtf8(), "PASS"))
            m_state = State::Done;
        return;
    case State::Pass:
    case State::AuthPlain:
        if (line.startsWith('+') && !isOk(line)) {    // a SASL challenge we did not expect
            m_deferred = protocolError(line);
            host().sendLine("*");                     // RFC 5034 §4: cancel the exchange
            m_state = State::Quit;
            return;
        }
        if (isOk(line))
            result().loginSucceeded = true;
        else
            m_deferred = loginError(line);
        quit();
        return;
    case State::Quit:
        if (isOk(line) || isErr(line)) {
            m_state = State::Done;
            if (m_deferred.isError())
                host().fail(m_deferred);
            else
                host().succeed();
        }
        return;
    case State::Handshake:
    case State::Done:
        return;
    }
}

MailError Pop3ProbeDialect::loginError(const QByteArray &line) const
{
    QString code;
    const QString text = statusText(line, &code);
    // RFC 3206 §4/§5: [AUTH] = bad credentials, [SYS/TEMP] [SYS/PERM] [IN-USE] = other causes.
    if (text.contains(QLatin1String("Plaintext authentication disallowed"), Qt::CaseInsensitive))
        return MailError(MailError::Kind::InsecureAuthRefused, text, code);
    return MailError(MailError::Kind::AuthFailed, text, code);
}

void Pop3ProbeDialect::capabilitiesKnown()
{
    ProbeResult &r = result();
    if (!host().isEncrypted()) {
        r.capabilitiesBeforeTls = m_caps;
        r.startTlsOffered = hasCapability("STLS");
    }
    r.capabilities = m_caps;
    r.authMechanisms.clear();
    for (const QString &cap : std::as_const(m_caps)) {
        if (cap.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("SASL"), Qt::CaseInsensitive) == 0)
            r.authMechanisms = cap.toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1);
    }
    // Dovecot with disable_plaintext_auth lists neither USER nor SASL mechanisms before TLS.
    r.loginDisabled = m_capaSupported && !hasCapability("USER") && r.authMechanisms.isEmpty();

    if (wantsStartTls() && !host().isEncrypted()) {
        if (!r.startTlsOffered) {                     // never fall back to plaintext
            failWith(startTlsUnavailable());
            return;
        }
        m_state = State::Stls;
        host().sendLine("STLS");
        return;
    }
    login();
}

void Pop3ProbeDialect::encrypted()
{
    noteStartTlsDone();
    // RFC 2595 §4: the client MUST discard cached capabilities after STLS and ask again.
    m_caps.clear();
    m_state = State::Capa;
    host().sendLine("CAPA");
}

void Pop3ProbeDialect::login()
{
    if (!hasCredentials()) {
        quit();
        return;
    }
    ProbeResult &r = result();
    if (r.loginDisabled && !host().isEncrypted()) {
        failWith(MailError(MailError::Kind::InsecureAuthRefused,
                           tr("The server refuses to log in without encryption.")));
        return;
    }
    using Method = ProbeCredentials::Method;
    const Method method = credentials().method;
    if (method == Method::SaslLogin) {
        failWith(MailError(MailError::Kind::InvalidInput,
                           tr("The LOGIN mechanism is not used with POP3; use USER/PASS.")));
        return;
    }
    if (method == Method::SaslPlain
        || (method == Method::Automatic && r.authMechanisms.contains(QLatin1String("PLAIN")))) {
        // RFC 5034 §4: AUTH with an initial response.
        r.authMechanismUsed = QStringLiteral("PLAIN");
        m_state = State::AuthPlain;
        if (!host().sendSecretLine("AUTH PLAIN " + saslPlainResponse(), "AUTH PLAIN"))
            m_state = State::Done;
        return;
    }
    if (unsafeForLine(credentials().user) || unsafeForLine(credentials().password)
        || credentials().user.contains(QLatin1Char(' '))) {
        failWith(MailError(MailError::Kind::InvalidInput,
                           tr("The user name or password contains characters POP3 cannot send.")));
        return;
    }
    r.authMechanismUsed = QStringLiteral("USER");
    m_state = State::User;
    host().sendLine("USER " + credentials().user.toUtf8());
}

void Pop3ProbeDialect::quit()
{
    m_state = State::Quit;                            // RFC 1939 §6
    host().expectClose(m_deferred);
    host().sendLine("QUIT");
}

} // namespace Pigeon::Autoconfig
