// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/runtimemanager.h"

#include "account/accountstore.h"
#include "sync/accountruntime.h"

namespace Pigeon::Sync {

RuntimeManager::RuntimeManager(Account::AccountStore *accounts, Account::Profile profile,
                               Account::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
{
    connect(m_accounts, &Account::AccountStore::accountAdded, this, &RuntimeManager::add);
    connect(m_accounts, &Account::AccountStore::accountRemoved, this, &RuntimeManager::remove);
    connect(m_accounts, &Account::AccountStore::accountsReset, this, &RuntimeManager::reset);
    connect(m_accounts, &Account::AccountStore::accountChanged, this, [this](const QUuid &id) {
        const auto it = m_runtimes.find(id);
        const std::optional<Account::Account> account = m_accounts->account(id);
        if (it != m_runtimes.end() && account)
            it->second->setAccount(*account);
    });
}

RuntimeManager::~RuntimeManager()
{
    // Every account says goodbye to its servers at the same time; then each runtime's
    // destructor waits for its own (bounded) end.
    for (const auto &[id, runtime] : m_runtimes)
        runtime->stop();
}

void RuntimeManager::start()
{
    m_started = true;
    reset();
}

void RuntimeManager::reset()
{
    if (!m_started)
        return;
    QList<QUuid> gone;
    for (const auto &[id, runtime] : m_runtimes) {
        if (!m_accounts->account(id))
            gone.append(id);
    }
    for (const QUuid &id : gone)
        remove(id);
    const QList<Account::Account> accounts = m_accounts->accounts();
    for (const Account::Account &a : accounts) {
        if (m_runtimes.count(a.id))
            m_runtimes.at(a.id)->setAccount(a);
        else
            add(a.id);
    }
}

void RuntimeManager::add(const QUuid &id)
{
    if (!m_started || m_runtimes.count(id))
        return;
    const std::optional<Account::Account> account = m_accounts->account(id);
    if (!account)
        return;
    auto runtime = std::make_unique<AccountRuntime>(*account, AccountRuntime::storeDirectory(m_profile, id), m_secrets);
    runtime->setOnline(m_online);
    AccountRuntime *raw = runtime.get();
    m_runtimes.emplace(id, std::move(runtime));
    raw->start();
    Q_EMIT runtimeAdded(raw);
}

void RuntimeManager::remove(const QUuid &id)
{
    const auto it = m_runtimes.find(id);
    if (it == m_runtimes.end())
        return;
    Q_EMIT runtimeRemoved(it->second.get());
    m_runtimes.erase(it);
}

QList<AccountRuntime *> RuntimeManager::runtimes() const
{
    QList<AccountRuntime *> list;
    const QList<Account::Account> accounts = m_accounts->accounts();
    for (const Account::Account &a : accounts) {
        const auto it = m_runtimes.find(a.id);
        if (it != m_runtimes.end())
            list.append(it->second.get());
    }
    return list;
}

AccountRuntime *RuntimeManager::runtime(const QString &accountId) const
{
    const auto it = m_runtimes.find(QUuid::fromString(accountId));
    return it == m_runtimes.end() ? nullptr : it->second.get();
}

void RuntimeManager::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    for (const auto &[id, runtime] : m_runtimes)
        runtime->setOnline(online);
    Q_EMIT onlineChanged(online);
}

int RuntimeManager::checkAll()
{
    int started = 0;
    const QList<AccountRuntime *> all = runtimes();
    for (AccountRuntime *runtime : all) {
        if (runtime->canCheck() && runtime->checkMail() != 0)
            ++started;
    }
    return started;
}

} // namespace Pigeon::Sync
