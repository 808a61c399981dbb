// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/imapprobedialect.h"

#include <optional>

namespace Pigeon::Autoconfig {

namespace {

bool startsWithCi(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size()
           && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

/// RFC 9051 §4.3 quoted string; nothing for text a quoted string cannot carry
/// (CR, LF, NUL, and 8-bit characters, which IMAP4rev1 servers may reject).
std::optional<QByteArray> quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out = "\"";
    for (const char c : utf8) {
        if (c == '\r' || c == '\n' || c == '\0' || (static_cast<unsigned char>(c) & 0x80))
            return std::nullopt;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

/// A non-synchronizing literal (RFC 7888 LITERAL+), for 8-bit text.
std::optional<QByteArray> literalPlus(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0'))
        return std::nullopt;
    return '{' + QByteArray::number(utf8.size()) + "+}\r\n" + utf8;
}

} // namespace

ImapProbeDialect::Status ImapProbeDialect::parseStatus(QByteArrayView afterTag)
{
    Status s;
    QByteArrayView rest = afterTag.trimmed();
    const qsizetype space = rest.indexOf(' ');
    s.status = (space < 0 ? rest : rest.first(space)).toByteArray().toUpper();
    rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1).trimmed();
    // RFC 9051 §7.1: resp-text = ["[" resp-text-code "]" SP] text
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            const QByteArrayView code = rest.sliced(1, close - 1);
            const qsizetype cs = code.indexOf(' ');
            s.code = (cs < 0 ? code : code.first(cs)).toByteArray().toUpper();
            s.codeArgs = cs < 0 ? QByteArray() : code.sliced(cs + 1).toByteArray();
            rest = rest.sliced(close + 1).trimmed();
        }
    }
    s.text = rest.toByteArray();
    return s;
}

QByteArray ImapProbeDialect::nextTag()
{
    m_tag = "p" + QByteArray::number(++m_tagCounter);
    return m_tag;
}

bool ImapProbeDialect::hasCapability(const char *atom) const
{
    return m_caps.contains(QLatin1String(atom), Qt::CaseInsensitive);
}

void ImapProbeDialect::setCapabilities(QByteArrayView atoms)
{
    m_caps.clear();
    const QList<QByteArray> words = atoms.toByteArray().simplified().split(' ');
    for (const QByteArray &w : words) {
        if (!w.isEmpty())
            m_caps << QString::fromLatin1(w).toUpper();
    }
    m_capsKnown = true;
}

void ImapProbeDialect::lineReceived(const QByteArray &line)
{
    if (m_state == State::Done)
        return;
    if (m_state == State::Greeting) {
        greeting(line);
        return;
    }
    if (line.startsWith("* ")) {
        const QByteArrayView data = QByteArrayView(line).sliced(2);
        if (startsWithCi(data, "CAPABILITY ")) {           // RFC 9051 §7.2.2
            setCapabilities(data.sliced(11));
        } else if (startsWithCi(data, "BYE") && m_state != State::Logout) {
            const Status s = parseStatus(data);        // RFC 9051 §7.1.5
            host().fail(MailError(MailError::Kind::ServerBye, QString::fromUtf8(s.text),
                                  QString::fromLatin1(s.code)));
            m_state = State::Done;
        }
        return;                                        // other untagged data: not our business
    }
    if (line.startsWith('+')) {                        // RFC 9051 §7.5 continuation request
        if (m_state == State::Authenticate) {
            // RFC 9051 §6.2.2: the client response to an empty challenge, base64.
            m_state = State::AuthenticateResponse;
            if (!host().sendSecretLine(saslPlainResponse(), QByteArray()))
                m_state = State::Done;
        } else if (m_state == State::AuthenticateResponse) {
            host().sendLine("*");                      // an unexpected second challenge: cancel
        } else {
            host().fail(protocolError(line));
            m_state = State::Done;
        }
        return;
    }
    const qsizetype space = line.indexOf(' ');
    if (space <= 0 || line.left(space) != m_tag) {
        host().fail(protocolError(line));
        m_state = State::Done;
        return;
    }
    tagged(parseStatus(QByteArrayView(line).sliced(space + 1)));
}

void ImapProbeDialect::greeting(const QByteArray &line)
{
    // RFC 9051 §7.1.1/§7.1.4/§7.1.5: greeting = "*" SP (resp-cond-auth / resp-cond-bye)
    if (!line.startsWith("* ")) {
        host().fail(protocolError(line));
        m_state = State::Done;
        return;
    }
    const Status s = parseStatus(QByteArrayView(line).sliced(2));
    if (s.status == "BYE") {
        host().fail(MailError(MailError::Kind::ServerBye, QString::fromUtf8(s.text), QString::fromLatin1(s.code)));
        m_state = State::Done;
        return;
    }
    if (s.status != "OK" && s.status != "PREAUTH") {
        host().fail(protocolError(line));
        m_state = State::Done;
        return;
    }
    result().connected = true;
    result().greeting = QString::fromUtf8(s.text);
    m_preauth = s.status == "PREAUTH";
    if (s.code == "CAPABILITY")
        setCapabilities(s.codeArgs);
    if (m_capsKnown) {
        capabilitiesKnown();
    } else {
        m_state = State::Capability;
        host().sendLine(nextTag() + " CAPABILITY");
    }
}

void ImapProbeDialect::tagged(const Status &status)
{
    switch (m_state) {
    case State::Capability:
        if (status.status == "OK" && status.code == "CAPABILITY")
            setCapabilities(status.codeArgs);          // some servers answer in the code only
        if (status.status != "OK" || !m_capsKnown) {
            host().fail(MailError(MailError::Kind::Protocol,
                                  tr("The server did not list its capabilities: %1")
                                      .arg(QString::fromUtf8(status.text))));
            m_state = State::Done;
            return;
        }
        capabilitiesKnown();
        return;
    case State::StartTls:
        if (status.status != "OK") {                  // RFC 9051 §6.2.1: NO/BAD = no TLS
            MailError e = startTlsUnavailable();
            host().fail(MailError(e.kind(), e.text() + QLatin1Char(' ') + QString::fromUtf8(status.text),
                                  QString::fromLatin1(status.code)));
            m_state = State::Done;
            return;
        }
        m_state = State::Handshake;
        host().startTls();
        return;
    case State::Authenticate:
    case State::AuthenticateResponse:
    case State::Login:
        if (status.status == "OK") {
            result().loginSucceeded = true;
            if (status.code == "CAPABILITY") {         // RFC 9051 §6.2.2: may come with the OK
                setCapabilities(status.codeArgs);
                result().postLoginCapabilities = m_caps;
            }
        } else {
            m_deferred = loginError(status);
        }
        logout();
        return;
    case State::Logout:
        m_state = State::Done;
        if (m_deferred.isError())
            host().fail(m_deferred);
        else
            host().succeed();
        return;
    default:
        host().fail(MailError(MailError::Kind::Protocol,
                              tr("The server completed a command that was not sent.")));
        m_state = State::Done;
        return;
    }
}

MailError ImapProbeDialect::loginError(const Status &status) const
{
    const QString text = QString::fromUtf8(status.text);
    const QString code = QString::fromLatin1(status.code);
    // RFC 5530 §3: PRIVACYREQUIRED = the operation needs an encrypted connection.
    if (status.code == "PRIVACYREQUIRED")
        return MailError(MailError::Kind::InsecureAuthRefused, text, code);
    if (status.status == "BAD")
        return MailError(MailError::Kind::ServerBad, text, code);
    // NO: AUTHENTICATIONFAILED, AUTHORIZATIONFAILED, EXPIRED, ... (RFC 5530). UNAVAILABLE
    // and the like are also failures to log in; the code tells the caller which.
    return MailError(MailError::Kind::AuthFailed, text, code);
}

void ImapProbeDialect::capabilitiesKnown()
{
    ProbeResult &r = result();
    if (!host().isEncrypted()) {
        r.capabilitiesBeforeTls = m_caps;
        r.startTlsOffered = hasCapability("STARTTLS");
    }
    r.capabilities = m_caps;
    r.authMechanisms.clear();
    for (const QString &cap : std::as_const(m_caps)) {
        if (cap.startsWith(QLatin1String("AUTH=")))
            r.authMechanisms << cap.mid(5);
    }
    r.loginDisabled = hasCapability("LOGINDISABLED");  // RFC 9051 §6.2.3

    if (wantsStartTls() && !host().isEncrypted()) {
        // Never fall back to plaintext (RFC 8314 §5.1 spirit, RFC 9051 §6.2.1).
        if (!r.startTlsOffered || m_preauth) {
            host().fail(startTlsUnavailable());
            m_state = State::Done;
            return;
        }
        m_state = State::StartTls;
        host().sendLine(nextTag() + " STARTTLS");
        return;
    }
    login();
}

void ImapProbeDialect::encrypted()
{
    noteStartTlsDone();
    // RFC 9051 §6.2.1: discard cached capabilities and ask again over TLS.
    m_caps.clear();
    m_capsKnown = false;
    m_state = State::Capability;
    host().sendLine(nextTag() + " CAPABILITY");
}

void ImapProbeDialect::login()
{
    if (!hasCredentials() || m_preauth) {
        logout();
        return;
    }
    ProbeResult &r = result();
    if (r.loginDisabled && !host().isEncrypted()) {
        host().fail(MailError(MailError::Kind::InsecureAuthRefused,
                              tr("The server refuses to log in without encryption (LOGINDISABLED)."),
                              QStringLiteral("LOGINDISABLED")));
        m_state = State::Done;
        return;
    }
    using Method = ProbeCredentials::Method;
    const Method method = credentials().method;
    if (method == Method::SaslLogin) {
        host().fail(MailError(MailError::Kind::InvalidInput,
                              tr("The LOGIN mechanism is not used with IMAP; use the LOGIN command.")));
        m_state = State::Done;
        return;
    }
    const QByteArray tag = nextTag();
    if (method == Method::SaslPlain
        || (method == Method::Automatic && r.authMechanisms.contains(QLatin1String("PLAIN")))) {
        r.authMechanismUsed = QStringLiteral("PLAIN");
        if (hasCapability("SASL-IR")) {               // RFC 4959: initial response inline
            m_state = State::AuthenticateResponse;
            if (!host().sendSecretLine(tag + " AUTHENTICATE PLAIN " + saslPlainResponse(),
                                       tag + " AUTHENTICATE PLAIN"))
                m_state = State::Done;
        } else {
            m_state = State::Authenticate;
            host().sendLine(tag + " AUTHENTICATE PLAIN");
        }
        return;
    }
    // RFC 9051 §6.2.3 LOGIN with quoted strings, or LITERAL+ literals for 8-bit text.
    const bool literals = hasCapability("LITERAL+");
    auto encode = [literals](const QString &s) {
        std::optional<QByteArray> q = quoted(s);
        return q || !literals ? q : literalPlus(s);
    };
    const std::optional<QByteArray> user = encode(credentials().user);
    const std::optional<QByteArray> pass = encode(credentials().password);
    if (!user || !pass) {
        host().fail(MailError(MailError::Kind::InvalidInput,
                              tr("The user name or password contains characters this server "
                                 "cannot accept with LOGIN.")));
        m_state = State::Done;
        return;
    }
    r.authMechanismUsed = QStringLiteral("LOGIN");
    m_state = State::Login;
    if (!host().sendSecretLine(tag + " LOGIN " + *user + ' ' + *pass,
                               tag + " LOGIN " + (quoted(credentials().user).value_or("<user>"))))
        m_state = State::Done;
}

void ImapProbeDialect::logout()
{
    m_state = State::Logout;                           // RFC 9051 §6.1.3
    host().expectClose(m_deferred);
    host().sendLine(nextTag() + " LOGOUT");
}

} // namespace Pigeon::Autoconfig
