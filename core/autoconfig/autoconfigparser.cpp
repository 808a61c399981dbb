// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/autoconfigparser.h"

#include "common/logging.h"

#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

namespace Pigeon::Autoconfig {

namespace {

constexpr int MaxServers = 32;
constexpr int MaxDomains = 512;

struct Address {
    QString full, local, domain;
};

Address splitAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return {address, address.left(at), address.mid(at + 1).toLower()};
}

// A DNS name (after IDNA) or an IPv4 literal; nothing that could smuggle a path or port.
bool isAcceptableHost(const QString &host)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}(?:\\.[A-Za-z0-9-]{1,63})*)\\.?$"));
    if (host.size() > 253)
        return false;
    const QByteArray ace = QUrl::toAce(host);
    return !ace.isEmpty() && re.match(QString::fromLatin1(ace)).hasMatch();
}

} // namespace

QString AutoconfigParser::pigeonNamespace()
{
    return QStringLiteral("urn:x-pigeon-mail:autoconfig-extension:1");
}

bool AutoconfigParser::resolvePlaceholders(QString *text, const QString &emailAddress)
{
    const Address a = splitAddress(emailAddress);
    text->replace(QLatin1String("%EMAILADDRESS%"), a.full)
        .replace(QLatin1String("%EMAILLOCALPART%"), a.local)
        .replace(QLatin1String("%EMAILDOMAIN%"), a.domain);
    static const QRegularExpression unknown(QStringLiteral("%[A-Za-z_]+%"));
    return !unknown.match(*text).hasMatch();
}

namespace {

class Reader
{
    // The context must be the name lupdate records for tr() calls in this class.
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Autoconfig::Reader)

public:
    Reader(const QByteArray &xml, const QString &address, const AutoconfigParser::Options &options)
        : m_xml(xml), m_address(address), m_options(options)
    {
        m_config.source = options.source;
    }

    Result<DetectedConfig> run();

private:
    MailError parseError(const QString &why) const
    {
        return MailError(MailError::Kind::Parse,
                         tr("The settings file is not usable (line %1): %2")
                             .arg(m_xml.lineNumber()).arg(why));
    }
    bool next(); // false at end or on error (DTDs count as errors)
    bool readProvider();
    void readServer(ServerCandidate::Protocol protocol, bool outgoing);
    void readAccess();

    QXmlStreamReader m_xml;
    QString m_address;
    AutoconfigParser::Options m_options;
    DetectedConfig m_config;
    QString m_error;
    int m_servers = 0;
};

bool Reader::next()
{
    m_xml.readNext();
    if (m_xml.tokenType() == QXmlStreamReader::DTD) {
        // Entity declarations are how "billion laughs" and external entities attack; a
        // settings file has no use for a DTD at all.
        m_error = tr("document type declarations are not allowed");
        return false;
    }
    if (m_xml.hasError()) {
        m_error = m_xml.errorString();
        return false;
    }
    return !m_xml.atEnd();
}

Result<DetectedConfig> Reader::run()
{
    bool sawRoot = false;
    while (next()) {
        if (!m_xml.isStartElement())
            continue;
        if (sawRoot)
            break;
        sawRoot = true;
        if (m_xml.name() != QLatin1String("clientConfig") || !m_xml.namespaceUri().isEmpty())
            return parseError(tr("the root element is <%1>, not <clientConfig>").arg(m_xml.name()));
        // version="1.1" is the only published version; older files parse the same way.
        bool sawProvider = false;
        while (next()) {
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == QLatin1String("emailProvider") && !sawProvider) {
                sawProvider = true;
                if (!readProvider())
                    break;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        break;
    }
    if (!m_error.isEmpty())
        return parseError(m_error);
    if (!sawRoot)
        return parseError(tr("the document is empty"));
    if (m_config.incoming.isEmpty() && m_config.outgoing.isEmpty())
        return parseError(tr("it lists no usable mail server"));
    return m_config;
}

bool Reader::readProvider()
{
    m_config.providerId = m_xml.attributes().value(QLatin1String("id")).toString();
    const bool extensions = m_options.allowPigeonExtensions;
    while (next()) {
        if (m_xml.isEndElement())
            return true;
        if (!m_xml.isStartElement())
            continue;
        const auto name = m_xml.name();
        if (m_xml.namespaceUri() == AutoconfigParser::pigeonNamespace()) {
            if (!extensions) {
                m_xml.skipCurrentElement();
            } else if (name == QLatin1String("access")) {
                readAccess();
            } else if (name == QLatin1String("mx")) {
                const QString d = m_xml.readElementText().trimmed().toLower();
                if (!d.isEmpty() && m_config.mxDomains.size() < MaxDomains)
                    m_config.mxDomains.append(d);
            } else if (name == QLatin1String("verification")) {
                const auto state = m_xml.attributes().value(QLatin1String("state"));
                m_config.unverified = state == QLatin1String("unverified");
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (!m_xml.namespaceUri().isEmpty()) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("domain")) {
            const QString d = m_xml.readElementText().trimmed().toLower();
            if (!d.isEmpty() && m_config.domains.size() < MaxDomains)
                m_config.domains.append(d);
        } else if (name == QLatin1String("displayName")) {
            m_config.displayName = m_xml.readElementText().simplified().left(200);
        } else if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
            const bool outgoing = name == QLatin1String("outgoingServer");
            const QString type = m_xml.attributes().value(QLatin1String("type")).toString().toLower();
            if (!outgoing && type == QLatin1String("imap"))
                readServer(ServerCandidate::Protocol::Imap, false);
            else if (!outgoing && type == QLatin1String("pop3"))
                readServer(ServerCandidate::Protocol::Pop3, false);
            else if (outgoing && type == QLatin1String("smtp"))
                readServer(ServerCandidate::Protocol::Smtp, true);
            else {
                // e.g. "exchange" or "jmap": fine, just not something Pigeon speaks.
                m_config.skipped.append(tr("server type \"%1\" is not supported").arg(type));
                m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
        if (!m_error.isEmpty())
            return false;
    }
    return false;
}

void Reader::readAccess()
{
    const auto attrs = m_xml.attributes();
    AccessRule rule;
    if (!accessKindFromName(attrs.value(QLatin1String("kind")).toString(), &rule.kind)) {
        m_config.skipped.append(tr("unknown access rule \"%1\"").arg(attrs.value(QLatin1String("kind"))));
    } else {
        const QUrl url(attrs.value(QLatin1String("url")).toString(), QUrl::StrictMode);
        if (url.isValid() && url.scheme() == QLatin1String("https"))
            rule.url = url; // only https links are shown to the user
        m_config.access.append(rule);
    }
    m_xml.skipCurrentElement();
}

void Reader::readServer(ServerCandidate::Protocol protocol, bool outgoing)
{
    ServerCandidate c;
    c.protocol = protocol;
    QString host, port, socketType, username = QStringLiteral("%EMAILADDRESS%");
    QStringList auths;
    while (next()) {
        if (m_xml.isEndElement())
            break;
        if (!m_xml.isStartElement())
            continue;
        const auto name = m_xml.name();
        if (!m_xml.namespaceUri().isEmpty())
            m_xml.skipCurrentElement();
        else if (name == QLatin1String("hostname"))
            host = m_xml.readElementText().trimmed();
        else if (name == QLatin1String("port"))
            port = m_xml.readElementText().trimmed();
        else if (name == QLatin1String("socketType"))
            socketType = m_xml.readElementText().trimmed();
        else if (name == QLatin1String("username"))
            username = m_xml.readElementText().trimmed();
        else if (name == QLatin1String("authentication"))
            auths.append(m_xml.readElementText().trimmed());
        else
            m_xml.skipCurrentElement();
    }
    if (!m_error.isEmpty())
        return;
    if (++m_servers > MaxServers) {
        m_error = tr("more than %1 servers").arg(MaxServers);
        return;
    }
    auto skip = [&](const QString &why) {
        m_config.skipped.append(QStringLiteral("%1: %2").arg(host.left(100), why));
    };

    if (!AutoconfigParser::resolvePlaceholders(&host, m_address) || !isAcceptableHost(host))
        return skip(tr("not a valid host name"));
    c.host = host.toLower();

    if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        c.security = Net::Security::ImplicitTls;
    else if (socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        c.security = Net::Security::StartTls;
    else if (socketType.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        c.security = Net::Security::None; // kept, but marked insecure (ServerCandidate::insecure)
    else
        return skip(tr("unknown socketType \"%1\"").arg(socketType.left(40)));

    if (port.isEmpty()) {
        c.port = outgoing ? Account::Account::defaultSmtpPort(c.security)
                          : Account::Account::defaultIncomingPort(
                                protocol == ServerCandidate::Protocol::Imap ? Account::IncomingProtocol::Imap
                                                                            : Account::IncomingProtocol::Pop3,
                                c.security);
    } else {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return skip(tr("port \"%1\" is out of range").arg(port.left(20)));
        c.port = quint16(value);
    }

    if (!AutoconfigParser::resolvePlaceholders(&username, m_address))
        return skip(tr("unknown placeholder in the user name"));
    c.username = username;

    // Thunderbird's authentication values; the first one Pigeon can do wins.
    bool known = auths.isEmpty();
    bool onlyOAuth = !auths.isEmpty();
    for (const QString &a : std::as_const(auths)) {
        const QString v = a.toLower();
        if (v == QLatin1String("password-cleartext") || v == QLatin1String("plain")) {
            c.auth = Account::AuthMethod::Auto;
        } else if (v == QLatin1String("password-encrypted") || v == QLatin1String("secure")) {
            c.auth = Account::AuthMethod::CramMd5;
        } else if (v == QLatin1String("oauth2")) {
            known = true;
            continue;
        } else {
            continue; // GSSAPI, NTLM, client-IP-address, TLS-client-cert, none
        }
        known = true;
        onlyOAuth = false;
        break;
    }
    if (!known)
        return skip(tr("no supported authentication method"));
    c.oauth2 = onlyOAuth;

    (outgoing ? m_config.outgoing : m_config.incoming).append(c);
}

} // namespace

Result<DetectedConfig> AutoconfigParser::parse(const QByteArray &xml, const QString &emailAddress,
                                               const Options &options)
{
    if (xml.size() > options.maxSize) {
        return MailError(MailError::Kind::LimitExceeded,
                         tr("The settings file is larger than %1 KiB.").arg(options.maxSize / 1024));
    }
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == emailAddress.size() - 1)
        return MailError(MailError::Kind::InvalidInput, tr("\"%1\" is not an e-mail address.").arg(emailAddress));
    Reader reader(xml, emailAddress, options);
    auto result = reader.run();
    if (!result)
        qCDebug(lcAutoconfig) << "autoconfig parse failed:" << result.error().toString();
    return result;
}

} // namespace Pigeon::Autoconfig
