// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/memorysecretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace Pigeon::Account {

namespace {
QString keyOf(const QUuid &account, SecretPurpose purpose)
{
    return account.toString(QUuid::WithoutBraces) + QLatin1Char('/') + secretPurposeName(purpose);
}
} // namespace

MemorySecretStore::~MemorySecretStore()
{
    // Best effort: overwrite the characters before the memory goes back to the heap.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value().fill(QChar(0));
}

void MemorySecretStore::readPassword(const QUuid &account, SecretPurpose purpose, ReadCallback done)
{
    const auto it = m_secrets.constFind(keyOf(account, purpose));
    Result<QString> result = it != m_secrets.cend()
        ? Result<QString>(it.value())
        : Result<QString>(MailError(MailError::Kind::NotFound,
                                    QCoreApplication::translate("Pigeon::Account::SecretStore",
                                                                "no password is stored for this account")));
    // Always later, never from inside the call: callers can rely on one code path.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::writePassword(const QUuid &account, SecretPurpose purpose, const QString &password,
                                      DoneCallback done)
{
    m_secrets.insert(keyOf(account, purpose), password);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Result<void>()); });
}

void MemorySecretStore::removePassword(const QUuid &account, SecretPurpose purpose, DoneCallback done)
{
    auto it = m_secrets.find(keyOf(account, purpose));
    if (it != m_secrets.end()) {
        it.value().fill(QChar(0));
        m_secrets.erase(it);
    }
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Result<void>()); });
}

} // namespace Pigeon::Account
