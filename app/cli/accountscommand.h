// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/clicommand.h"

#include "account/account.h"
#include "account/accountstore.h"
#include "account/profile.h"

#include <memory>
#include <optional>

namespace Pigeon::Account {
class SecretStore;
}

namespace Pigeon::Cli {

/// `pigeon-cli accounts list|show|add|remove|set-password`: the configured accounts of a profile.
/// Passwords come from standard input only (never argv, which other users can read in
/// /proc), and go to the keychain; without one they stay in memory and a warning says so.
class AccountsCommand : public CliCommand
{
    Q_OBJECT
public:
    AccountsCommand();
    ~AccountsCommand() override;

    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;

private:
    bool openStore();
    Account::SecretStore *secrets();
    void list();
    void show(const QStringList &args);
    void add(const QStringList &args);
    void remove(const QStringList &args);
    void setPassword(const QStringList &args);
    /// Builds the account from `add`'s options; prints the usage error itself.
    std::optional<Account::Account> parseAdd(const QStringList &args, bool *readPassword);
    void storePasswords(const Account::Account &account, const QStringList &passwords);

    Account::Profile m_profile;
    std::unique_ptr<Account::AccountStore> m_store;
    std::unique_ptr<Account::SecretStore> m_secrets;
    bool m_warnedKeychain = false;
};

} // namespace Pigeon::Cli
