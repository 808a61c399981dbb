// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "net/compressionpolicy.h"
#include "net/endpoint.h"
#include "net/tlspolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Pigeon::Account {

/// Which protocol fetches mail for the account.
enum class IncomingProtocol {
    Imap, ///< RFC 9051 / RFC 3501
    Pop3, ///< RFC 1939
};

/// How the client proves who it is. Auto picks the strongest mechanism the server offers.
enum class AuthMethod {
    Auto,
    Plain,     ///< SASL PLAIN (RFC 4616)
    Login,     ///< SASL LOGIN (draft-murchison-sasl-login)
    CramMd5,   ///< SASL CRAM-MD5 (RFC 2195)
    Cleartext, ///< IMAP LOGIN (RFC 9051 §6.2.3) / POP3 USER+PASS (RFC 1939 §7)
};

/// What happens to a message on a POP3 server once it has been downloaded.
enum class LeaveOnServer {
    Never,            ///< download and delete (the default: POP3 is a mail drop)
    Forever,          ///< keep every message on the server
    ForDays,          ///< keep for Pop3Settings::leaveDays days after download
    UntilDeletedHere, ///< delete from the server when the user deletes it locally
};

/// How deleting a message works on an IMAP account.
enum class ImapDeleteModel {
    MoveToTrash, ///< move to the Trash folder (the default)
    MarkDeleted, ///< set \Deleted and leave it to the user (or another client) to expunge
    Expunge,     ///< set \Deleted and expunge at once (RFC 9051 §6.4.3)
};

/// One server the account talks to. The TLS trust settings live on the Account, so
/// incoming and outgoing share one set of pinned certificates (pins are per host).
struct ServerSettings {
    QString host;
    quint16 port = 0; ///< 0 = the default for the protocol and security
    Net::Security security = Net::Security::ImplicitTls;
    QString username;
    AuthMethod auth = AuthMethod::Auto;
    friend bool operator==(const ServerSettings &, const ServerSettings &) = default;
};

/// POP3-only policy.
struct Pop3Settings {
    LeaveOnServer leaveOnServer = LeaveOnServer::Never;
    int leaveDays = 14;            ///< only for LeaveOnServer::ForDays
    qint64 autoDownloadLimit = 0;  ///< bytes; larger messages wait for the user. 0 = no limit
    friend bool operator==(const Pop3Settings &, const Pop3Settings &) = default;
};

/// IMAP-only policy.
struct ImapSettings {
    ImapDeleteModel deleteModel = ImapDeleteModel::MoveToTrash;
    QString trashFolder; ///< empty = find it by SPECIAL-USE \Trash (RFC 6154)
    /// COMPRESS=DEFLATE (RFC 4978): by default only for a server beyond the local network.
    Net::Compression compression = Net::Compression::Auto;
    friend bool operator==(const ImapSettings &, const ImapSettings &) = default;
};

/// A configured mail account. A plain value type: the AccountStore persists it, the
/// password never is part of it (see SecretStore).
struct Account {
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Account::Account)
public:
    QUuid id;        ///< stable; keys the keychain entries, the mail store and the index
    QString label;   ///< optional name of the account ("Work"); the address when empty
    QString name;    ///< the user's name for the From: header
    QString address; ///< the user's e-mail address
    IncomingProtocol protocol = IncomingProtocol::Imap;
    ServerSettings incoming;
    ServerSettings outgoing; ///< SMTP submission (RFC 6409 / RFC 8314)
    Net::TlsPolicy tls;
    Pop3Settings pop3;
    ImapSettings imap;
    int checkIntervalMinutes = 10; ///< 0 = only on demand

    /// The label, or the address when there is no label.
    QString displayName() const;
    /// Incoming endpoint with the effective port and the account's TLS policy.
    Net::Endpoint incomingEndpoint() const;
    Net::Endpoint outgoingEndpoint() const;

    /// Fills empty ports and usernames with the defaults and gives the account an id.
    void applyDefaults();
    /// Checks what a connection needs (address, hosts, ports, sane intervals).
    Result<void> validate() const;

    /// The current on-disk representation (AccountStore::CurrentVersion).
    QJsonObject toJson() const;
    /// Parses what toJson() wrote; unknown keys are ignored, wrong types are errors.
    static Result<Account> fromJson(const QJsonObject &object);

    /// 993/995 with implicit TLS, 143/110 otherwise (RFC 8314 §7).
    static quint16 defaultIncomingPort(IncomingProtocol protocol, Net::Security security);
    /// 465 with implicit TLS (RFC 8314 §3.3), 587 otherwise (RFC 6409).
    static quint16 defaultSmtpPort(Net::Security security);

    friend bool operator==(const Account &a, const Account &b);
};

/// Stable machine names, used in the settings file, the CLI and JSON output.
QString protocolName(IncomingProtocol protocol);            ///< "imap", "pop3"
bool protocolFromName(const QString &name, IncomingProtocol *out);
QString authMethodName(AuthMethod method);                   ///< "auto", "plain", ...
bool authMethodFromName(const QString &name, AuthMethod *out);
QString deleteModelName(ImapDeleteModel model);              ///< "trash", "mark", "expunge"
bool deleteModelFromName(const QString &name, ImapDeleteModel *out);
/// "never", "forever", "days:N", "until-deleted".
QString leaveOnServerName(const Pop3Settings &settings);
bool leaveOnServerFromName(const QString &name, Pop3Settings *out);

} // namespace Pigeon::Account

Q_DECLARE_METATYPE(Pigeon::Account::Account)
