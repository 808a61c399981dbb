// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/account.h"

#include <QJsonArray>

namespace Pigeon::Account {

namespace {

MailError parseError(const QString &field)
{
    return MailError(MailError::Kind::Parse, Account::tr("invalid value for \"%1\" in the account settings").arg(field));
}

// Small typed readers: a missing key keeps the default, a key of the wrong type is an
// error (a hand-edited file should fail loudly, not silently lose a setting).
bool readString(const QJsonObject &o, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

template<typename Int>
bool readInt(const QJsonObject &o, const char *key, Int *out, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != qint64(d) || d < double(min) || d > double(max))
        return false;
    *out = Int(d);
    return true;
}

QJsonObject serverToJson(const ServerSettings &s)
{
    return QJsonObject{{QStringLiteral("host"), s.host},
                       {QStringLiteral("port"), int(s.port)},
                       {QStringLiteral("security"), Net::securityName(s.security)},
                       {QStringLiteral("username"), s.username},
                       {QStringLiteral("auth"), authMethodName(s.auth)}};
}

Result<ServerSettings> serverFromJson(const QJsonValue &value, const QString &what)
{
    ServerSettings s;
    if (value.isUndefined())
        return s;
    if (!value.isObject())
        return parseError(what);
    const QJsonObject o = value.toObject();
    QString security = Net::securityName(s.security);
    QString auth = authMethodName(s.auth);
    if (!readString(o, "host", &s.host))
        return parseError(what + QLatin1String(".host"));
    if (!readInt(o, "port", &s.port, 0, 65535))
        return parseError(what + QLatin1String(".port"));
    if (!readString(o, "security", &security) || !Net::securityFromName(security, &s.security))
        return parseError(what + QLatin1String(".security"));
    if (!readString(o, "username", &s.username))
        return parseError(what + QLatin1String(".username"));
    if (!readString(o, "auth", &auth) || !authMethodFromName(auth, &s.auth))
        return parseError(what + QLatin1String(".auth"));
    return s;
}

QJsonObject tlsToJson(const Net::TlsPolicy &tls)
{
    QJsonArray pins;
    for (const auto &pin : tls.pinned)
        pins.append(QJsonObject{{QStringLiteral("host"), pin.host}, {QStringLiteral("sha256"), pin.sha256}});
    return QJsonObject{{QStringLiteral("extraCaFile"), tls.extraCaFile},
                       {QStringLiteral("pinned"), pins},
                       {QStringLiteral("allowInsecureAuth"), tls.allowInsecureAuth}};
}

Result<Net::TlsPolicy> tlsFromJson(const QJsonValue &value)
{
    Net::TlsPolicy tls;
    if (value.isUndefined())
        return tls;
    if (!value.isObject())
        return parseError(QStringLiteral("tls"));
    const QJsonObject o = value.toObject();
    if (!readString(o, "extraCaFile", &tls.extraCaFile))
        return parseError(QStringLiteral("tls.extraCaFile"));
    const QJsonValue insecure = o.value(QLatin1String("allowInsecureAuth"));
    if (!insecure.isUndefined() && !insecure.isBool())
        return parseError(QStringLiteral("tls.allowInsecureAuth"));
    tls.allowInsecureAuth = insecure.toBool(false);
    const QJsonValue pins = o.value(QLatin1String("pinned"));
    if (!pins.isUndefined() && !pins.isArray())
        return parseError(QStringLiteral("tls.pinned"));
    for (const QJsonValue &p : pins.toArray()) {
        const QJsonObject po = p.toObject();
        Net::PinnedCertificate pin{po.value(QLatin1String("host")).toString(),
                                   po.value(QLatin1String("sha256")).toString().toLower()};
        if (!p.isObject() || pin.host.isEmpty() || pin.sha256.size() != 64)
            return parseError(QStringLiteral("tls.pinned"));
        tls.pinned.append(pin);
    }
    return tls;
}

} // namespace

QString Account::displayName() const
{
    return label.isEmpty() ? address : label;
}

Net::Endpoint Account::incomingEndpoint() const
{
    Net::Endpoint e;
    e.host = incoming.host;
    e.security = incoming.security;
    e.port = incoming.port ? incoming.port : defaultIncomingPort(protocol, incoming.security);
    e.tls = tls;
    return e;
}

Net::Endpoint Account::outgoingEndpoint() const
{
    Net::Endpoint e;
    e.host = outgoing.host;
    e.security = outgoing.security;
    e.port = outgoing.port ? outgoing.port : defaultSmtpPort(outgoing.security);
    e.tls = tls;
    return e;
}

void Account::applyDefaults()
{
    if (id.isNull())
        id = QUuid::createUuid();
    if (incoming.port == 0)
        incoming.port = defaultIncomingPort(protocol, incoming.security);
    if (outgoing.port == 0)
        outgoing.port = defaultSmtpPort(outgoing.security);
    // Almost every provider logs in with the full address.
    if (incoming.username.isEmpty())
        incoming.username = address;
    if (outgoing.username.isEmpty())
        outgoing.username = incoming.username;
}

Result<void> Account::validate() const
{
    using K = MailError::Kind;
    if (id.isNull())
        return MailError(K::InvalidInput, tr("the account has no id"));
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.count(QLatin1Char('@')) != 1
        || address.contains(QLatin1Char(' ')))
        return MailError(K::InvalidInput, tr("\"%1\" is not an e-mail address").arg(address));
    if (incoming.host.trimmed().isEmpty())
        return MailError(K::InvalidInput, tr("the incoming server has no host name"));
    if (outgoing.host.trimmed().isEmpty())
        return MailError(K::InvalidInput, tr("the outgoing (SMTP) server has no host name"));
    if (checkIntervalMinutes < 0)
        return MailError(K::InvalidInput, tr("the check interval cannot be negative"));
    if (pop3.leaveOnServer == LeaveOnServer::ForDays && pop3.leaveDays < 1)
        return MailError(K::InvalidInput, tr("messages must stay on the server for at least one day"));
    if (pop3.autoDownloadLimit < 0)
        return MailError(K::InvalidInput, tr("the download size limit cannot be negative"));
    return {};
}

QJsonObject Account::toJson() const
{
    QJsonObject pop{{QStringLiteral("leaveOnServer"), leaveOnServerName(pop3)},
                    {QStringLiteral("autoDownloadLimit"), pop3.autoDownloadLimit}};
    QJsonObject im{{QStringLiteral("deleteModel"), deleteModelName(imap.deleteModel)},
                   {QStringLiteral("trashFolder"), imap.trashFolder},
                   {QStringLiteral("compression"), Net::compressionName(imap.compression)}};
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("address"), address},
                       {QStringLiteral("protocol"), protocolName(protocol)},
                       {QStringLiteral("incoming"), serverToJson(incoming)},
                       {QStringLiteral("outgoing"), serverToJson(outgoing)},
                       {QStringLiteral("tls"), tlsToJson(tls)},
                       {QStringLiteral("pop3"), pop},
                       {QStringLiteral("imap"), im},
                       {QStringLiteral("checkIntervalMinutes"), checkIntervalMinutes}};
}

Result<Account> Account::fromJson(const QJsonObject &o)
{
    Account a;
    QString text;
    if (!readString(o, "id", &text) || (a.id = QUuid::fromString(text)).isNull())
        return parseError(QStringLiteral("id"));
    if (!readString(o, "label", &a.label))
        return parseError(QStringLiteral("label"));
    if (!readString(o, "name", &a.name))
        return parseError(QStringLiteral("name"));
    if (!readString(o, "address", &a.address))
        return parseError(QStringLiteral("address"));
    text = protocolName(a.protocol);
    if (!readString(o, "protocol", &text) || !protocolFromName(text, &a.protocol))
        return parseError(QStringLiteral("protocol"));

    auto in = serverFromJson(o.value(QLatin1String("incoming")), QStringLiteral("incoming"));
    if (!in)
        return in.error();
    a.incoming = in.value();
    auto out = serverFromJson(o.value(QLatin1String("outgoing")), QStringLiteral("outgoing"));
    if (!out)
        return out.error();
    a.outgoing = out.value();
    auto tls = tlsFromJson(o.value(QLatin1String("tls")));
    if (!tls)
        return tls.error();
    a.tls = tls.value();

    const QJsonObject pop = o.value(QLatin1String("pop3")).toObject();
    text = leaveOnServerName(a.pop3);
    if (!readString(pop, "leaveOnServer", &text) || !leaveOnServerFromName(text, &a.pop3))
        return parseError(QStringLiteral("pop3.leaveOnServer"));
    if (!readInt(pop, "autoDownloadLimit", &a.pop3.autoDownloadLimit, 0, qint64(1) << 50))
        return parseError(QStringLiteral("pop3.autoDownloadLimit"));

    const QJsonObject im = o.value(QLatin1String("imap")).toObject();
    text = deleteModelName(a.imap.deleteModel);
    if (!readString(im, "deleteModel", &text) || !deleteModelFromName(text, &a.imap.deleteModel))
        return parseError(QStringLiteral("imap.deleteModel"));
    if (!readString(im, "trashFolder", &a.imap.trashFolder))
        return parseError(QStringLiteral("imap.trashFolder"));
    // Absent in files written before it existed: Auto.
    text = Net::compressionName(a.imap.compression);
    if (!readString(im, "compression", &text) || !Net::compressionFromName(text, &a.imap.compression))
        return parseError(QStringLiteral("imap.compression"));
    if (!readInt(o, "checkIntervalMinutes", &a.checkIntervalMinutes, 0, 60 * 24 * 365))
        return parseError(QStringLiteral("checkIntervalMinutes"));
    return a;
}

quint16 Account::defaultIncomingPort(IncomingProtocol protocol, Net::Security security)
{
    const bool implicit = security == Net::Security::ImplicitTls;
    if (protocol == IncomingProtocol::Imap)
        return implicit ? 993 : 143;
    return implicit ? 995 : 110;
}

quint16 Account::defaultSmtpPort(Net::Security security)
{
    return security == Net::Security::ImplicitTls ? 465 : 587;
}

bool operator==(const Account &a, const Account &b)
{
    return a.id == b.id && a.label == b.label && a.name == b.name && a.address == b.address
        && a.protocol == b.protocol && a.incoming == b.incoming && a.outgoing == b.outgoing
        && a.tls.extraCaFile == b.tls.extraCaFile && a.tls.pinned == b.tls.pinned
        && a.tls.allowInsecureAuth == b.tls.allowInsecureAuth && a.pop3 == b.pop3
        && a.imap == b.imap && a.checkIntervalMinutes == b.checkIntervalMinutes;
}

QString protocolName(IncomingProtocol protocol)
{
    return protocol == IncomingProtocol::Pop3 ? QStringLiteral("pop3") : QStringLiteral("imap");
}

bool protocolFromName(const QString &name, IncomingProtocol *out)
{
    if (name == QLatin1String("imap"))
        *out = IncomingProtocol::Imap;
    else if (name == QLatin1String("pop3") || name == QLatin1String("pop"))
        *out = IncomingProtocol::Pop3;
    else
        return false;
    return true;
}

namespace {
struct AuthName {
    AuthMethod method;
    const char *name;
};
constexpr AuthName authNames[] = {
    {AuthMethod::Auto, "auto"},        {AuthMethod::Plain, "plain"},
    {AuthMethod::Login, "login"},      {AuthMethod::CramMd5, "cram-md5"},
    {AuthMethod::Cleartext, "cleartext"},
};
} // namespace

QString authMethodName(AuthMethod method)
{
    for (const auto &n : authNames) {
        if (n.method == method)
            return QLatin1String(n.name);
    }
    return QStringLiteral("auto");
}

bool authMethodFromName(const QString &name, AuthMethod *out)
{
    for (const auto &n : authNames) {
        if (name == QLatin1String(n.name)) {
            *out = n.method;
            return true;
        }
    }
    return false;
}

QString deleteModelName(ImapDeleteModel model)
{
    switch (model) {
    case ImapDeleteModel::MoveToTrash: return QStringLiteral("trash");
    case ImapDeleteModel::MarkDeleted: return QStringLiteral("mark");
    case ImapDeleteModel::Expunge: return QStringLiteral("expunge");
    }
    return QStringLiteral("trash");
}

bool deleteModelFromName(const QString &name, ImapDeleteModel *out)
{
    if (name == QLatin1String("trash"))
        *out = ImapDeleteModel::MoveToTrash;
    else if (name == QLatin1String("mark"))
        *out = ImapDeleteModel::MarkDeleted;
    else if (name == QLatin1String("expunge"))
        *out = ImapDeleteModel::Expunge;
    else
        return false;
    return true;
}

QString leaveOnServerName(const Pop3Settings &settings)
{
    switch (settings.leaveOnServer) {
    case LeaveOnServer::Never: return QStringLiteral("never");
    case LeaveOnServer::Forever: return QStringLiteral("forever");
    case LeaveOnServer::ForDays: return QStringLiteral("days:%1").arg(settings.leaveDays);
    case LeaveOnServer::UntilDeletedHere: return QStringLiteral("until-deleted");
    }
    return QStringLiteral("never");
}

bool leaveOnServerFromName(const QString &name, Pop3Settings *out)
{
    if (name == QLatin1String("never")) {
        out->leaveOnServer = LeaveOnServer::Never;
    } else if (name == QLatin1String("forever")) {
        out->leaveOnServer = LeaveOnServer::Forever;
    } else if (name == QLatin1String("until-deleted")) {
        out->leaveOnServer = LeaveOnServer::UntilDeletedHere;
    } else if (name.startsWith(QLatin1String("days:"))) {
        bool ok = false;
        const int days = name.mid(5).toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return false;
        out->leaveOnServer = LeaveOnServer::ForDays;
        out->leaveDays = days;
    } else {
        return false;
    }
    return true;
}

} // namespace Pigeon::Account
