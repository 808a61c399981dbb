// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/clicommand.h"

#include "account/account.h"
#include "account/profile.h"

#include <functional>
#include <memory>

namespace Pigeon::Account {
class SecretStore;
}
namespace Pigeon::Store {
class MailStore;
}
namespace Pigeon::Sync {
class ImapSync;
class Task;
}

namespace Pigeon::Cli {

/// Shared by the IMAP commands (sync, folders): finds the account, opens its store
/// (the same directory the application uses) and builds its ImapSync, with the
/// password from the keychain or, with --password-stdin, from standard input.
class ImapAccountCommand : public CliCommand
{
    Q_OBJECT
public:
    ImapAccountCommand();
    ~ImapAccountCommand() override;

protected:
    /// Takes --password-stdin and --quiet out of @p args.
    void takeCommonOptions(QStringList &args);
    /// Loads @p which (id, address or label; must be IMAP) and opens its store. On
    /// failure reports the error and returns false.
    bool openAccount(const QString &which);
    /// Builds the ImapSync (once) that reads the password when it first connects.
    Sync::ImapSync *imapSync();
    /// Runs @p task and calls @p then with its result.
    void await(Sync::Task *task, std::function<void(const MailError &)> then);
    /// "INBOX\t57\t3" or a JSON object per folder, from the cache.
    void printFolders();
    bool quiet() const { return m_quiet; }
    Store::MailStore *store() const { return m_store.get(); }
    const Account::Account &account() const { return m_account; }

private:
    Account::Profile m_profile;
    Account::Account m_account;
    std::unique_ptr<Store::MailStore> m_store;
    std::unique_ptr<Account::SecretStore> m_secrets;
    std::unique_ptr<Sync::ImapSync> m_sync;
    bool m_passwordStdin = false;
    bool m_quiet = false;
};

} // namespace Pigeon::Cli
