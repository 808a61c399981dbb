// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/accountscommand.h"

#include "account/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

#include <termios.h>
#include <unistd.h>

namespace Pigeon::Cli {

namespace Acc = Pigeon::Account;
using Acc::SecretPurpose;

namespace {

QString printJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/// Reads up to two lines from standard input: the incoming password and, optionally,
/// a different outgoing one. On a terminal the echo is switched off while typing.
QStringList readPasswords(QTextStream &err, const QString &prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err << prompt << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    QFile in;
    QStringList lines;
    if (in.open(stdin, QIODevice::ReadOnly)) {
        for (int i = 0; i < (tty ? 1 : 2) && !in.atEnd(); ++i) {
            QByteArray line = in.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            lines << QString::fromUtf8(line);
            line.fill('\0');
        }
    }
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n' << Qt::flush;
    }
    // A pipe reports its end only after a read came back empty: drop that empty "line".
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty() && lines.first().isEmpty())
        lines.clear();
    return lines;
}

} // namespace

AccountsCommand::AccountsCommand() = default;
AccountsCommand::~AccountsCommand() = default;

QString AccountsCommand::summary() const
{
    return tr("List, show, add and remove accounts");
}

QString AccountsCommand::usage() const
{
    return tr("Usage:\n"
              "  pigeon-cli accounts list\n"
              "  pigeon-cli accounts show ACCOUNT\n"
              "  pigeon-cli accounts add --address ADDR --host HOST [OPTIONS] < password\n"
              "  pigeon-cli accounts remove ACCOUNT\n"
              "  pigeon-cli accounts set-password ACCOUNT [--incoming | --outgoing] < password\n"
              "\n"
              "ACCOUNT is an id, a unique start of one (at least 4 characters) or an address.\n"
              "\n"
              "Options of add:\n"
              "  --address ADDR        e-mail address (required)\n"
              "  --name NAME           your name for the From: line\n"
              "  --label TEXT          name of the account in lists (default: the address)\n"
              "  --protocol imap|pop3  incoming protocol (default: imap)\n"
              "  --host HOST           incoming server (required)\n"
              "  --port N              default 993 (IMAP) or 995 (POP3) with tls, 143/110 otherwise\n"
              "  --security none|starttls|tls   default: tls\n"
              "  --user NAME           login name (default: the address)\n"
              "  --auth auto|plain|login|cram-md5|cleartext   default: auto\n"
              "  --smtp-host HOST      outgoing server (default: the incoming host)\n"
              "  --smtp-port N         default 465 with tls, 587 otherwise\n"
              "  --smtp-security none|starttls|tls   default: tls\n"
              "  --smtp-user NAME      default: the incoming login name\n"
              "  --smtp-auth METHOD    default: auto\n"
              "  --leave-on-server never|forever|days:N|until-deleted   POP3 (default: never)\n"
              "  --size-limit BYTES    POP3: larger messages are not downloaded automatically\n"
              "  --delete trash|mark|expunge   IMAP delete model (default: trash)\n"
              "  --check-interval MIN  minutes between checks, 0 = only on demand (default: 10)\n"
              "  --ca-file FILE        PEM file with extra CA certificates to trust\n"
              "  --allow-insecure-auth allow sending the password without TLS\n"
              "  --no-password         store no password (do not read standard input)\n"
              "\n"
              "The password is read from standard input, never from the command line: the first\n"
              "line is the password; a second line, if any, is a different SMTP password.\n"
              "It goes to the system keychain; without one it is not saved (a warning says so).\n"
              "set-password replaces the stored password of both servers, or of one of them.");
}

void AccountsCommand::start(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    m_profile = Acc::Profile::fromOption(context().profileDir);
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        if (openStore())
            list();
    } else if (sub == QLatin1String("show")) {
        if (openStore())
            show(rest);
    } else if (sub == QLatin1String("add")) {
        if (openStore())
            add(rest);
    } else if (sub == QLatin1String("remove") || sub == QLatin1String("rm")) {
        if (openStore())
            remove(rest);
    } else if (sub == QLatin1String("set-password")) {
        if (openStore())
            setPassword(rest);
    } else {
        usageError(tr("unknown subcommand: %1").arg(sub));
    }
}

bool AccountsCommand::openStore()
{
    m_store = std::make_unique<Acc::AccountStore>(m_profile.accountsFile());
    const auto loaded = m_store->load();
    if (loaded)
        return true;
    if (!m_store->corruptFileKeptAt().isEmpty()) {
        // The damaged file is safe where it was moved; go on with no accounts.
        err() << tr("pigeon-cli: warning: %1").arg(loaded.error().text()) << '\n';
        return true;
    }
    fail(loaded.error());
    return false;
}

Acc::SecretStore *AccountsCommand::secrets()
{
    if (!m_secrets) {
        m_secrets = std::make_unique<Acc::KeychainSecretStore>(m_profile.keychainScope());
        connect(m_secrets.get(), &Acc::SecretStore::keychainUnavailable, this, [this](const QString &reason) {
            if (m_warnedKeychain)
                return;
            m_warnedKeychain = true;
            err() << tr("pigeon-cli: warning: No keychain service is available (%1). Passwords are kept in "
                        "memory only and are forgotten when this command ends.")
                         .arg(reason)
                  << '\n'
                  << Qt::flush;
        });
    }
    return m_secrets.get();
}

void AccountsCommand::list()
{
    const QList<Acc::Account> accounts = m_store->accounts();
    if (context().json) {
        QJsonArray array;
        for (const Acc::Account &a : accounts)
            array.append(a.toJson());
        out() << printJson(QJsonObject{{QStringLiteral("accounts"), array}});
    } else if (accounts.isEmpty()) {
        err() << tr("No accounts. Add one with: pigeon-cli accounts add --address ADDR --host HOST") << '\n';
    } else {
        for (const Acc::Account &a : accounts) {
            out() << a.id.toString(QUuid::WithoutBraces) << "  " << Acc::protocolName(a.protocol).leftJustified(4)
                  << "  " << a.address;
            if (a.displayName() != a.address)
                out() << "  (" << a.displayName() << ')';
            out() << '\n';
        }
    }
    finish(ExitOk);
}

void AccountsCommand::show(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("show needs exactly one account"));
    const auto found = m_store->find(args.first());
    if (!found)
        return fail(found.error());
    const Acc::Account account = found.value();

    // Whether passwords are stored: read them (never printed) and report yes/no.
    struct State {
        int pending = 2;
        QString incoming;
        QString outgoing;
    };
    auto state = std::make_shared<State>();
    auto report = [this, account, state] {
        if (--state->pending > 0)
            return;
        if (!secrets()->isPersistent()) {
            // No keychain (a warning said so): this process cannot know.
            state->incoming = state->outgoing = QStringLiteral("unknown");
        }
        if (context().json) {
            QJsonObject o = account.toJson();
            o.insert(QStringLiteral("passwords"), QJsonObject{{QStringLiteral("incoming"), state->incoming},
                                                               {QStringLiteral("outgoing"), state->outgoing}});
            out() << printJson(o);
        } else {
            const auto in = account.incomingEndpoint();
            const auto outEp = account.outgoingEndpoint();
            out() << tr("Id:             %1").arg(account.id.toString(QUuid::WithoutBraces)) << '\n'
                  << tr("Label:          %1").arg(account.displayName()) << '\n'
                  << tr("Name:           %1").arg(account.name) << '\n'
                  << tr("Address:        %1").arg(account.address) << '\n'
                  << tr("Incoming:       %1 %2:%3 (%4), user %5, auth %6")
                         .arg(Acc::protocolName(account.protocol), in.host)
                         .arg(in.port)
                         .arg(Net::securityName(in.security), account.incoming.username,
                              Acc::authMethodName(account.incoming.auth))
                  << '\n'
                  << tr("Outgoing:       smtp %1:%2 (%3), user %4, auth %5")
                         .arg(outEp.host)
                         .arg(outEp.port)
                         .arg(Net::securityName(outEp.security), account.outgoing.username,
                              Acc::authMethodName(account.outgoing.auth))
                  << '\n';
            if (account.protocol == Acc::IncomingProtocol::Pop3) {
                out() << tr("Leave on server: %1").arg(Acc::leaveOnServerName(account.pop3)) << '\n'
                      << tr("Size limit:     %1").arg(account.pop3.autoDownloadLimit) << '\n';
            } else {
                out() << tr("Delete model:   %1").arg(Acc::deleteModelName(account.imap.deleteModel)) << '\n';
            }
            out() << tr("Check every:    %1 min").arg(account.checkIntervalMinutes) << '\n'
                  << tr("Passwords:      incoming %1, outgoing %2").arg(state->incoming, state->outgoing) << '\n';
        }
        finish(ExitOk);
    };
    auto status = [](const Result<QString> &r) {
        if (r)
            return QStringLiteral("stored");
        return r.error().kind() == MailError::Kind::NotFound ? QStringLiteral("missing") : QStringLiteral("unknown");
    };
    secrets()->readPassword(account.id, SecretPurpose::Incoming, [state, report, status](const Result<QString> &r) {
        state->incoming = status(r);
        report();
    });
    secrets()->readPassword(account.id, SecretPurpose::Outgoing, [state, report, status](const Result<QString> &r) {
        state->outgoing = status(r);
        report();
    });
}

void AccountsCommand::add(const QStringList &args)
{
    bool readPassword = true;
    const auto parsed = parseAdd(args, &readPassword);
    if (!parsed)
        return; // parseAdd printed the usage error
    Acc::Account account = *parsed;
    const QStringList passwords =
        readPassword ? readPasswords(err(), tr("Password for %1: ").arg(account.address)) : QStringList();
    if (auto added = m_store->add(account); !added)
        return fail(added.error());
    if (readPassword && passwords.isEmpty())
        err() << tr("pigeon-cli: warning: no password on standard input; none was stored") << '\n';
    storePasswords(account, passwords);
}

void AccountsCommand::storePasswords(const Acc::Account &account, const QStringList &passwords)
{
    auto done = [this, account, stored = !passwords.isEmpty()](const Result<void> &result) {
        if (!result) {
            // All or nothing: an account whose password could not be kept is taken back.
            (void)m_store->remove(account.id);
            return fail(MailError(result.error().kind(),
                                  tr("the account was not added: %1").arg(result.error().text())));
        }
        const QString where = !stored ? QStringLiteral("none")
            : secrets()->isPersistent() ? QStringLiteral("keychain")
                                        : QStringLiteral("memory");
        if (context().json) {
            QJsonObject o{{QStringLiteral("id"), account.id.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("account"), account.toJson()},
                          {QStringLiteral("password"), where}};
            out() << printJson(o);
        } else {
            out() << account.id.toString(QUuid::WithoutBraces) << '\n';
        }
        finish(ExitOk);
    };
    if (passwords.isEmpty())
        return done(Result<void>());
    const QString incoming = passwords.first();
    const QString outgoing = passwords.value(1, incoming);
    secrets()->writePassword(account.id, SecretPurpose::Incoming, incoming,
                             [this, account, outgoing, done](const Result<void> &first) {
                                 if (!first)
                                     return done(first);
                                 secrets()->writePassword(account.id, SecretPurpose::Outgoing, outgoing, done);
                             });
}

void AccountsCommand::remove(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("remove needs exactly one account"));
    const auto found = m_store->find(args.first());
    if (!found)
        return fail(found.error());
    const Acc::Account account = found.value();
    if (auto removed = m_store->remove(account.id); !removed)
        return fail(removed.error());

    auto state = std::make_shared<std::pair<int, MailError>>(2, MailError());
    auto done = [this, account, state](const Result<void> &r) {
        if (!r)
            state->second = r.error();
        if (--state->first > 0)
            return;
        if (state->second.isError()) {
            return fail(MailError(state->second.kind(),
                                  tr("the account was removed, but its password is still in the keychain: %1")
                                      .arg(state->second.text())));
        }
        if (context().json)
            out() << printJson(QJsonObject{{QStringLiteral("removed"), account.id.toString(QUuid::WithoutBraces)}});
        else
            out() << tr("Removed %1 (%2)").arg(account.displayName(), account.id.toString(QUuid::WithoutBraces)) << '\n';
        finish(ExitOk);
    };
    secrets()->removePassword(account.id, SecretPurpose::Incoming, done);
    secrets()->removePassword(account.id, SecretPurpose::Outgoing, done);
}

void AccountsCommand::setPassword(const QStringList &args)
{
    QStringList rest = args;
    const bool incomingOnly = rest.removeAll(QStringLiteral("--incoming")) > 0;
    const bool outgoingOnly = rest.removeAll(QStringLiteral("--outgoing")) > 0;
    if (rest.size() != 1 || (incomingOnly && outgoingOnly))
        return usageError(tr("set-password needs one account and at most one of --incoming, --outgoing"));
    const auto found = m_store->find(rest.first());
    if (!found)
        return fail(found.error());
    const Acc::Account account = found.value();
    const QStringList lines = readPasswords(err(), tr("New password for %1: ").arg(account.address));
    if (lines.isEmpty())
        return usageError(tr("no password on standard input"));
    QList<SecretPurpose> purposes;
    if (!outgoingOnly)
        purposes << SecretPurpose::Incoming;
    if (!incomingOnly)
        purposes << SecretPurpose::Outgoing;
    auto state = std::make_shared<std::pair<qsizetype, MailError>>(purposes.size(), MailError());
    for (SecretPurpose purpose : std::as_const(purposes)) {
        secrets()->writePassword(account.id, purpose, lines.first(), [this, account, state](const Result<void> &r) {
            if (!r)
                state->second = r.error();
            if (--state->first > 0)
                return;
            if (state->second.isError())
                return fail(state->second);
            const QString where = secrets()->isPersistent() ? QStringLiteral("keychain") : QStringLiteral("memory");
            if (context().json)
                out() << printJson(QJsonObject{{QStringLiteral("id"), account.id.toString(QUuid::WithoutBraces)},
                                               {QStringLiteral("password"), where}});
            finish(ExitOk);
        });
    }
}

std::optional<Acc::Account> AccountsCommand::parseAdd(const QStringList &args, bool *readPassword)
{
    QCommandLineParser p;
    const auto opt = [&p](const char *name, const QString &valueName = {}) {
        p.addOption(QCommandLineOption(QLatin1String(name), QString(), valueName));
    };
    for (const char *name : {"address", "name", "label", "protocol", "host", "port", "security", "user", "auth",
                             "smtp-host", "smtp-port", "smtp-security", "smtp-user", "smtp-auth",
                             "leave-on-server", "size-limit", "delete", "check-interval", "ca-file"})
        opt(name, QStringLiteral("value"));
    opt("allow-insecure-auth");
    opt("no-password");
    if (!p.parse(QStringList{QStringLiteral("add")} + args)) {
        usageError(p.errorText());
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        usageError(tr("unexpected argument: %1").arg(p.positionalArguments().first()));
        return std::nullopt;
    }
    const auto bad = [this](const char *option, const QString &value) {
        usageError(tr("invalid value for --%1: %2").arg(QLatin1String(option), value));
        return std::nullopt;
    };
    const auto port = [&p](const char *name, quint16 *out) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const uint n = p.value(QLatin1String(name)).toUInt(&ok);
        *out = quint16(n);
        return ok && n > 0 && n < 65536;
    };

    Acc::Account a;
    a.address = p.value(QStringLiteral("address")).trimmed();
    a.name = p.value(QStringLiteral("name"));
    a.label = p.value(QStringLiteral("label"));
    a.incoming.host = p.value(QStringLiteral("host")).trimmed();
    if (a.address.isEmpty() || a.incoming.host.isEmpty()) {
        usageError(tr("add needs --address and --host"));
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("protocol")) && !Acc::protocolFromName(p.value(QStringLiteral("protocol")), &a.protocol))
        return bad("protocol", p.value(QStringLiteral("protocol")));
    if (p.isSet(QStringLiteral("security")) && !Net::securityFromName(p.value(QStringLiteral("security")), &a.incoming.security))
        return bad("security", p.value(QStringLiteral("security")));
    if (p.isSet(QStringLiteral("smtp-security"))
        && !Net::securityFromName(p.value(QStringLiteral("smtp-security")), &a.outgoing.security))
        return bad("smtp-security", p.value(QStringLiteral("smtp-security")));
    if (!port("port", &a.incoming.port))
        return bad("port", p.value(QStringLiteral("port")));
    if (!port("smtp-port", &a.outgoing.port))
        return bad("smtp-port", p.value(QStringLiteral("smtp-port")));
    if (p.isSet(QStringLiteral("auth")) && !Acc::authMethodFromName(p.value(QStringLiteral("auth")), &a.incoming.auth))
        return bad("auth", p.value(QStringLiteral("auth")));
    if (p.isSet(QStringLiteral("smtp-auth"))
        && !Acc::authMethodFromName(p.value(QStringLiteral("smtp-auth")), &a.outgoing.auth))
        return bad("smtp-auth", p.value(QStringLiteral("smtp-auth")));
    if (p.isSet(QStringLiteral("leave-on-server"))
        && !Acc::leaveOnServerFromName(p.value(QStringLiteral("leave-on-server")), &a.pop3))
        return bad("leave-on-server", p.value(QStringLiteral("leave-on-server")));
    if (p.isSet(QStringLiteral("delete"))
        && !Acc::deleteModelFromName(p.value(QStringLiteral("delete")), &a.imap.deleteModel))
        return bad("delete", p.value(QStringLiteral("delete")));
    if (p.isSet(QStringLiteral("size-limit"))) {
        bool ok = false;
        a.pop3.autoDownloadLimit = p.value(QStringLiteral("size-limit")).toLongLong(&ok);
        if (!ok || a.pop3.autoDownloadLimit < 0)
            return bad("size-limit", p.value(QStringLiteral("size-limit")));
    }
    if (p.isSet(QStringLiteral("check-interval"))) {
        bool ok = false;
        a.checkIntervalMinutes = p.value(QStringLiteral("check-interval")).toInt(&ok);
        if (!ok || a.checkIntervalMinutes < 0)
            return bad("check-interval", p.value(QStringLiteral("check-interval")));
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        a.tls.extraCaFile = QDir(p.value(QStringLiteral("ca-file"))).absolutePath();
        if (!QFile::exists(a.tls.extraCaFile))
            return bad("ca-file", p.value(QStringLiteral("ca-file")));
    }
    a.tls.allowInsecureAuth = p.isSet(QStringLiteral("allow-insecure-auth"));
    a.outgoing.host = p.isSet(QStringLiteral("smtp-host")) ? p.value(QStringLiteral("smtp-host")).trimmed()
                                                           : a.incoming.host;
    a.incoming.username = p.value(QStringLiteral("user"));
    a.outgoing.username = p.isSet(QStringLiteral("smtp-user")) ? p.value(QStringLiteral("smtp-user")) : QString();
    a.applyDefaults();
    if (auto valid = a.validate(); !valid) {
        usageError(valid.error().text());
        return std::nullopt;
    }
    *readPassword = !p.isSet(QStringLiteral("no-password"));
    return a;
}

} // namespace Pigeon::Cli
