// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUuid>

class QFileSystemWatcher;
class QTimer;

#include <functional>
#include <optional>

namespace Pigeon::Account {

/// The configured accounts, kept in one versioned JSON file (Profile::accountsFile()).
///
/// File format: `{"version": N, "accounts": [ {...}, ... ]}`. Older versions are migrated
/// in memory when loaded and written back in the current version on the next save.
/// Every change is written at once with QSaveFile, so a crash leaves either the old or
/// the new file, never half of one. A file that cannot be parsed is moved aside
/// (`accounts.json.corrupt-<time>`), reported through load()'s error and
/// corruptFileKeptAt(), and never overwritten. A file written by a newer Pigeon
/// (version > CurrentVersion) is left alone: the store loads nothing and refuses to save.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int CurrentVersion = 1;

    /// One migration step: turns a root object of version N into version N + 1.
    using Migration = std::function<Result<QJsonObject>(const QJsonObject &)>;

    explicit AccountStore(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    /// Reads the file. A missing file is an empty store, not an error.
    Result<void> load();
    /// Where a corrupt file was moved by the last load(), empty if none.
    QString corruptFileKeptAt() const { return m_corruptKeptAt; }
    /// False when the file on disk belongs to a newer version and must not be touched.
    bool isWritable() const { return m_writable; }

    QList<Account> accounts() const { return m_accounts; }
    int count() const { return int(m_accounts.size()); }
    std::optional<Account> account(const QUuid &id) const;
    int indexOf(const QUuid &id) const;

    /// Finds an account by full id (with or without braces), a unique id prefix of at
    /// least 4 characters, or a unique e-mail address. NotFound or InvalidInput (ambiguous).
    Result<Account> find(const QString &idOrAddress) const;

    /// Each of these validates, applies, saves and then signals. On a failed save the
    /// in-memory state is rolled back, so memory and disk never disagree.
    Result<void> add(Account account);
    Result<void> update(const Account &account);
    Result<void> remove(const QUuid &id);

    /// Writes the current state (atomic, current version).
    Result<void> save();

    /// Reloads by itself when another process (pigeon-cli, a second window) changes the
    /// file; its own writes are recognised and ignored. Off by default.
    void setWatchingExternalChanges(bool watch);

    /// Upgrades a root object from @p fromVersion to CurrentVersion. Public for tests and
    /// for tools that inspect old files.
    static Result<QJsonObject> migrate(QJsonObject root, int fromVersion);

Q_SIGNALS:
    void accountAdded(const QUuid &id);
    void accountChanged(const QUuid &id);
    void accountRemoved(const QUuid &id);
    /// After load(): the whole list may have changed.
    void accountsReset();
    /// An automatic reload (setWatchingExternalChanges) failed; @p message is for people.
    void reloadFailed(const QString &message);

private:
    Result<void> write(const QList<Account> &accounts);
    QString keepAside(const QString &why);
    void checkExternalChange();

    QString m_filePath;
    QList<Account> m_accounts;
    QString m_corruptKeptAt;
    bool m_writable = true;
    QByteArray m_lastBytes; ///< what the file held when we last read or wrote it
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace Pigeon::Account
