// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "imap/ops/imapop.h"
#include "store/imapcache.h"
#include "store/remotefolder.h"

#include <functional>

namespace Pigeon::Store {
class MailStore;
}

namespace Pigeon::Sync {

/// Batch sizes of a folder sync.
struct FolderSyncLimits {
    int rowsPerSignal = 500; ///< rows per rowsAdded()
    int firstFetch = 100;    ///< UIDs in the first FETCH: one screenful, at once
    int maxFetch = 5000;     ///< the batches double up to this
    /// A listing stores its rows in transactions of about this many while they arrive,
    /// not a batch at a time: see FolderSync::listed().
    int storeRows = 500;
    int flagChunk = 5000;    ///< UIDs per FLAGS comparison (servers without CONDSTORE)
    int bodyBatch = 250;     ///< messages per BODY.PEEK[] batch (one fsync each)
    qint64 bodyBatchBytes = 16 << 20; ///< and at most this many bytes per batch
};

/// One sync of one mailbox on an open session: SELECT (with QRESYNC when the cache
/// knows a HIGHESTMODSEQ, RFC 7162 §3.2.5), what changed since the last sync, new
/// messages' list fields newest first in growing batches, then (optionally) every
/// missing body. Everything is written to the store as it arrives; the folder's sync
/// state is committed only at the end, so an interrupted sync is simply repeated.
///
/// An Imap::ImapOp: start(), cancel() and finished() (exactly once) are the op's; a
/// failed command or cancel() withdraws the commands still queued.
class FolderSync : public Imap::ImapOp
{
    Q_OBJECT
public:
    struct Callbacks {
        std::function<void(const QList<Store::MessageRow> &)> rowsAdded;
        std::function<void(const QList<Store::MessageRow> &)> rowsChanged;
        std::function<void(const QList<Store::MessageId> &)> rowsRemoved;
        std::function<void()> reset;
        std::function<void(qint64 done, qint64 total)> progress;
        /// Runs while the folder is selected, before any server change is applied
        /// (replays queued offline changes); calls its argument when done.
        std::function<void(std::function<void(const MailError &)>)> whileSelected;
    };

    FolderSync(Imap::ImapSession *session, Store::MailStore *store, Store::RemoteFolder folder, bool bodies,
               FolderSyncLimits limits, Callbacks callbacks, QObject *parent = nullptr);
    ~FolderSync() override;

    /// What a resync learnt (for tests and the CLI's report).
    struct Report {
        QByteArray method;     ///< "qresync", "condstore", "flags", "new"
        qint64 added = 0;
        qint64 changed = 0;
        qint64 removed = 0;
        qint64 bodies = 0;
        bool uidValidityChanged = false;
        bool selected = false; ///< SELECT succeeded (false: the server refused the mailbox)
    };
    const Report &report() const { return m_report; }

protected:
    void run() override;

private:
    void selected(const Imap::StatusResponse &ok);
    void resyncExisting();
    void compareFlags(QList<quint32> uids);
    void searchExisting();
    void findNew();
    void search();
    void searched();
    void sendListing(const Imap::Command &command, std::function<void(const Imap::StatusResponse &)> ok);
    void listed(const Imap::Response &r);
    void fetchNextBatch();
    void storeBatch(QList<Store::MessageRow> &rows);
    void storePending();
    void fetchBodies();
    void fetchBodyBatch();
    void storeBodies(const QList<std::pair<Store::MessageId, QByteArray>> &bodies);
    void bodiesWritten(quint64 ticket);
    void commitState();
    void applyFetched(const QList<Imap::FetchData> &fetched);
    void removeUids(const QList<quint32> &uids);
    void send(const Imap::Command &command, Imap::ImapSession::Untagged untagged,
              std::function<void(const Imap::StatusResponse &)> ok);
    bool check(const Result<void> &r);

    Store::MailStore *m_store;
    Store::ImapCache m_cache;
    Store::RemoteFolder m_folder;
    bool m_bodies;
    FolderSyncLimits m_limits;
    Callbacks m_cb;
    Report m_report;

    // What SELECT said.
    quint32 m_exists = 0;
    quint32 m_uidValidity = 0;
    quint32 m_uidNext = 0;
    quint64 m_highestModSeq = 0;
    bool m_qresync = false;
    QList<quint32> m_vanished;
    QList<Imap::FetchData> m_changed;

    bool loadKnown();

    QHash<quint32, Store::CachedMessage> m_known; ///< the cache under this UIDVALIDITY (all of it if m_complete)
    qint64 m_knownCount = 0;  ///< cached messages of the folder
    quint32 m_maxKnown = 0;   ///< their highest UID
    bool m_complete = false;
    QList<quint32> m_newUids;  ///< ascending; batches are taken from the end
    QList<quint32> m_missingBodies; ///< ascending; batches are taken from the end
    QList<quint64> m_writes;        ///< body batches being written (Store::AppendTicket ids)
    bool m_bodiesFetched = false;   ///< the last body batch has arrived
    int m_batch = 0;
    QList<Store::MessageRow> m_pending;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_firstScreen = false; ///< the newest messages of a never-seen folder were fetched by sequence number
    bool m_searchedAll = false;
    bool m_screenPending = false; ///< the first screen's FETCH is in flight
    bool m_storeQueued = false;   ///< storePending() is posted
    bool m_searchPending = false; ///< the UID SEARCH is in flight
    quint32 m_searchFloor = 0;    ///< UIDs up to this were cached before the SEARCH
    /// The UID spans (lowest, highest) of the header batches in flight, newest first.
    QList<std::pair<quint32, quint32>> m_inFlight;
};

} // namespace Pigeon::Sync
