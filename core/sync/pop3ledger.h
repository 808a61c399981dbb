// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Pigeon::Sync {

/// What Pigeon remembers about every POP3 message it downloaded: its UIDL and when.
///
/// One small SQLite file beside the account's mail store (pop3-ledger.sqlite), kept
/// apart from the store's index on purpose: the index may be rebuilt from the mbox
/// files at any time, this record must outlive that.
///
/// A row is written only after the message is committed in the store (the store's
/// X-Pigeon-Origin line and index column carry the UIDL too). So:
/// - in the store, no row: crashed between the two commits; the fetcher adds the row
///   (download time = now, i.e. the message is kept a little longer, never shorter);
/// - a row, not in the store: the user deleted it here: the "deleted here" tombstone
///   that LeaveOnServer::UntilDeletedHere acts on, and the reason a message deleted
///   locally is never downloaded again.
/// Rows of UIDLs the server no longer lists are dropped after a successful check.
class Pop3Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Sync::Pop3Ledger)

public:
    explicit Pop3Ledger(QString path);
    ~Pop3Ledger();
    Pop3Ledger(const Pop3Ledger &) = delete;
    Pop3Ledger &operator=(const Pop3Ledger &) = delete;

    /// The ledger file of the store under @p storeRoot.
    static QString pathFor(const QString &storeRoot);

    Result<void> open();
    /// UIDL -> download time (UTC), all of them (a maildrop has thousands at most).
    Result<QHash<QByteArray, QDateTime>> all() const;
    /// Records downloads in one transaction (one fsync for a batch).
    Result<void> record(const QList<QByteArray> &uidls, const QDateTime &when);
    /// Forgets UIDLs (one transaction).
    Result<void> forget(const QList<QByteArray> &uidls);

private:
    QString m_path;
    QString m_connection;
};

} // namespace Pigeon::Sync
