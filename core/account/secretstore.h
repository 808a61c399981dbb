// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace Pigeon::Account {

/// Which of an account's passwords.
enum class SecretPurpose {
    Incoming, ///< IMAP or POP3
    Outgoing, ///< SMTP
};
QString secretPurposeName(SecretPurpose purpose); ///< "incoming", "outgoing"

/// Asynchronous access to account passwords. The only place a password is kept.
///
/// Every callback is invoked exactly once (unless the store is destroyed first), always
/// later from the event loop (never from inside the call), in the thread of the store.
/// No nested event loops. Results:
/// - read: the password, MailError::Kind::NotFound when none is stored, Keychain on
///   other failures (locked, access denied);
/// - write/remove: success or Keychain; removing a missing entry succeeds.
/// Passwords are never logged, not even at debug level.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using DoneCallback = std::function<void(const Result<void> &)>;

    using QObject::QObject;

    virtual void readPassword(const QUuid &account, SecretPurpose purpose, ReadCallback done) = 0;
    virtual void writePassword(const QUuid &account, SecretPurpose purpose, const QString &password,
                               DoneCallback done) = 0;
    virtual void removePassword(const QUuid &account, SecretPurpose purpose, DoneCallback done) = 0;
    /// Keeps @p password only while the program runs ("remember the password" unticked):
    /// a stored copy is removed, and reads answer from memory until the program ends.
    /// The default suits stores that keep nothing beyond the session anyway.
    virtual void keepForSession(const QUuid &account, SecretPurpose purpose, const QString &password,
                                DoneCallback done);

    /// False while passwords only live in memory (no keychain service): they are lost
    /// when the program ends.
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    /// Emitted once per store when it finds no keychain service and falls back to
    /// keeping passwords in memory for this session. @p reason is the system's own
    /// words (e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"); the UI wraps it in a
    /// notice shown once, the CLI in one warning.
    void keychainUnavailable(const QString &reason);
};

} // namespace Pigeon::Account
