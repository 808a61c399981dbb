// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/memorysecretstore.h"
#include "account/secretstore.h"

#include <QSet>

namespace Pigeon::Account {

/// Passwords in the system keychain through QtKeychain (Secret Service / KWallet on
/// Linux, Keychain on macOS, Credential Store on Windows).
///
/// Entries are stored under the service name "Pigeon" with the key
/// `<scope>/<account id>/<purpose>`, where the scope comes from Profile::keychainScope(),
/// so entries written by a test profile never touch the user's real ones.
///
/// When the keychain service itself is missing (no D-Bus session, no Secret Service),
/// the store says so once (keychainUnavailable()) and from then on keeps passwords in a
/// MemorySecretStore for the rest of the session. Other failures (a locked keychain,
/// the user denying access) are reported as errors and do not switch to memory.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *ServiceName = "Pigeon";

    explicit KeychainSecretStore(const QString &scope, QObject *parent = nullptr);

    void readPassword(const QUuid &account, SecretPurpose purpose, ReadCallback done) override;
    void writePassword(const QUuid &account, SecretPurpose purpose, const QString &password,
                       DoneCallback done) override;
    void removePassword(const QUuid &account, SecretPurpose purpose, DoneCallback done) override;
    void keepForSession(const QUuid &account, SecretPurpose purpose, const QString &password,
                        DoneCallback done) override;
    bool isPersistent() const override { return !m_fallenBack; }

    /// The keychain key of one password (public for tests and diagnostics).
    QString key(const QUuid &account, SecretPurpose purpose) const;
    QString scope() const { return m_scope; }

private:
    /// Switches to memory if @p errorString shows the service is missing; true if so.
    bool fallBackIfUnavailable(int error, const QString &errorString);
    void removeFromKeychain(const QUuid &account, SecretPurpose purpose, DoneCallback done);

    QString m_scope;
    bool m_fallenBack = false;
    MemorySecretStore m_memory;
    QSet<QString> m_sessionOnly; ///< keys whose password lives in m_memory by the user's choice
};

} // namespace Pigeon::Account
