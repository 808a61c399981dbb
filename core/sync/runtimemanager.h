// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/profile.h"

#include <QObject>
#include <QUuid>

#include <map>
#include <memory>

namespace Pigeon::Account {
class AccountStore;
class SecretStore;
}

namespace Pigeon::Sync {

class AccountRuntime;

/// One AccountRuntime per configured account, following the AccountStore: an account
/// added (the wizard, pigeon-cli) gets its runtime at once, a removed one loses it, a
/// changed one gets its new settings. Holds the application-wide "work offline" switch.
class RuntimeManager : public QObject
{
    Q_OBJECT
public:
    /// @p accounts and @p secrets must outlive the manager.
    RuntimeManager(Account::AccountStore *accounts, Account::Profile profile, Account::SecretStore *secrets,
                   QObject *parent = nullptr);
    ~RuntimeManager() override;

    /// Starts a runtime for every account (each opens its store on its own thread).
    void start();
    /// In the store's order.
    QList<AccountRuntime *> runtimes() const;
    AccountRuntime *runtime(const QString &accountId) const;

    bool isOnline() const { return m_online; }
    void setOnline(bool online);
    /// Checks every account that can be checked; returns how many started.
    int checkAll();

Q_SIGNALS:
    void runtimeAdded(Pigeon::Sync::AccountRuntime *runtime);
    /// Emitted before the runtime is destroyed.
    void runtimeRemoved(Pigeon::Sync::AccountRuntime *runtime);
    void onlineChanged(bool online);

private:
    void add(const QUuid &id);
    void remove(const QUuid &id);
    void reset();

    Account::AccountStore *m_accounts;
    Account::Profile m_profile;
    Account::SecretStore *m_secrets;
    std::map<QUuid, std::unique_ptr<AccountRuntime>> m_runtimes;
    bool m_online = true;
    bool m_started = false;
};

} // namespace Pigeon::Sync
