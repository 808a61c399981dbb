// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/imapaccountcommand.h"

#include "account/accountstore.h"
#include "account/keychainsecretstore.h"
#include "app/cli/checkcommand.h"
#include "store/mailstore.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Pigeon::Cli {

namespace Acc = Pigeon::Account;

ImapAccountCommand::ImapAccountCommand() = default;

ImapAccountCommand::~ImapAccountCommand()
{
    m_sync.reset(); // before the store it uses
}

void ImapAccountCommand::takeCommonOptions(QStringList &args)
{
    m_passwordStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
    m_quiet = args.removeAll(QStringLiteral("--quiet")) > 0;
}

bool ImapAccountCommand::openAccount(const QString &which)
{
    m_profile = Acc::Profile::fromOption(context().profileDir);
    Acc::AccountStore accounts(m_profile.accountsFile());
    if (Result<void> r = accounts.load(); !r) {
        fail(r.error());
        return false;
    }
    Result<Acc::Account> a = accounts.find(which);
    if (!a) {
        fail(a.error());
        return false;
    }
    if (a->protocol != Acc::IncomingProtocol::Imap) {
        usageError(tr("%1 is not an IMAP account").arg(a->displayName()));
        return false;
    }
    m_account = *a;
    m_store = std::make_unique<Store::MailStore>(CheckCommand::accountStoreDirectory(m_profile, m_account.id));
    if (Result<void> r = m_store->open(); !r) {
        fail(r.error());
        return false;
    }
    return true;
}

Sync::ImapSync *ImapAccountCommand::imapSync()
{
    if (m_sync)
        return m_sync.get();
    Sync::ImapSync::PasswordProvider password;
    if (m_passwordStdin) {
        password = [](std::function<void(const Result<QString> &)> answer) {
            QTextStream in(stdin);
            answer(in.readLine());
        };
    } else {
        m_secrets = std::make_unique<Acc::KeychainSecretStore>(m_profile.keychainScope());
        password = [this](std::function<void(const Result<QString> &)> answer) {
            m_secrets->readPassword(m_account.id, Acc::SecretPurpose::Incoming, [this, answer](const Result<QString> &pw) {
                if (!pw && pw.error().kind() == MailError::Kind::NotFound)
                    return answer(MailError(MailError::Kind::Keychain,
                                            tr("No password is stored for %1 (pigeon-cli accounts set-password, or "
                                               "--password-stdin).")
                                                .arg(m_account.displayName())));
                answer(pw);
            });
        };
    }
    m_sync = std::make_unique<Sync::ImapSync>(m_account, m_store.get(), std::move(password));
    return m_sync.get();
}

void ImapAccountCommand::await(Sync::Task *task, std::function<void(const MailError &)> then)
{
    connect(task, &Sync::Task::finished, this, [then](const MailError &e) { then(e); });
}

void ImapAccountCommand::printFolders()
{
    const QHash<qint64, Store::FolderCounts> counts = m_store->index().folderCounts();
    QJsonArray a;
    for (const Store::RemoteFolder &f : m_store->index().remoteFolders()) {
        const Store::FolderCounts c = counts.value(f.folderId);
        if (context().json) {
            QJsonObject o{{QStringLiteral("folder"), f.name},
                          {QStringLiteral("messages"), c.total},
                          {QStringLiteral("unread"), c.unread},
                          {QStringLiteral("specialUse"), QString::fromLatin1(f.specialUse)},
                          {QStringLiteral("selectable"), f.isSelectable()},
                          {QStringLiteral("uidValidity"), qint64(f.uidValidity)},
                          {QStringLiteral("synced"), f.uidValidity != 0}};
            a.append(o);
        } else {
            out() << f.name << '\t' << c.total << '\t' << c.unread;
            if (!f.specialUse.isEmpty())
                out() << '\t' << f.specialUse;
            out() << '\n';
        }
    }
    if (context().json)
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
}

} // namespace Pigeon::Cli
