// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/secretstore.h"

#include <QHash>

namespace Pigeon::Account {

/// Passwords in memory for this session only: the fallback when no keychain service is
/// available, and a test double. Never writes anything anywhere.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void readPassword(const QUuid &account, SecretPurpose purpose, ReadCallback done) override;
    void writePassword(const QUuid &account, SecretPurpose purpose, const QString &password,
                       DoneCallback done) override;
    void removePassword(const QUuid &account, SecretPurpose purpose, DoneCallback done) override;
    bool isPersistent() const override { return false; }

    /// How many passwords are held (for tests and diagnostics; never the values).
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Pigeon::Account
