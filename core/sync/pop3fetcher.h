// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "common/result.h"
#include "pop3/ops/messageref.h"
#include "pop3/session/pop3session.h"
#include "store/messageflags.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace Pigeon::Net {
class Transport;
}
namespace Pigeon::Store {
class MailStore;
}

namespace Pigeon::Sync {

class Pop3Ledger;

/// What one check of one POP3 account is told.
struct FetchOptions {
    /// Endpoint, username, password (from the SecretStore, for this check only), login.
    Pop3::SessionOptions session;
    Account::Pop3Settings policy;
    QString folder = QStringLiteral("Inbox");
    /// Body lines TOP fetches of a message over Pop3Settings::autoDownloadLimit.
    int partialLines = 40;
    /// Durability is batched: a batch is appended with one fsync (plus one for the
    /// download record), then its DELEs are sent. Whichever limit is reached first.
    int batchMessages = 256;
    qint64 batchBytes = 8 * 1024 * 1024;
};

/// The outcome of one check. Counts are valid even when it failed part way.
struct FetchReport {
    int listed = 0;      ///< messages in the maildrop
    int downloaded = 0;  ///< new messages stored whole
    int partial = 0;     ///< new messages over the size limit, stored as headers + first lines
    int completed = 0;   ///< partial copies replaced by the whole message
    int refused = 0;     ///< RETR/TOP answered -ERR (left on the server, retried next time)
    int deleted = 0;     ///< deleted from the server (the server confirmed QUIT)
    int kept = 0;        ///< left on the server by the policy
    qint64 bytes = 0;    ///< octets received for stored messages
    bool fingerprints = false; ///< no UIDL: messages identified by size + header hash (weaker)
    MailError error;     ///< none when the check completed
    bool ok() const { return !error.isError(); }
};

/// One check of one POP3 account: list the maildrop, download what is new into the
/// account's store, and delete from the server what the policy says (issue 5).
///
/// Safety, in this order: a message is DELEted only once it is appended to the mbox,
/// fsynced and committed in the index (MailStore::appendBatch), and its download is
/// recorded (Pop3Ledger); QUIT, which is when the server deletes (RFC 1939 §6), is sent
/// only after every batch is safe. Any failure before QUIT's reply (dropped connection,
/// -ERR, cancel(), a killed process) deletes nothing on the server, and the next check
/// does not download again what the store or the ledger knows by UIDL.
///
/// Several fetchers (one per account, each with its own store) run side by side.
/// Single-threaded: the fetcher, its store and its session belong to one thread.
class Pop3Fetcher : public QObject
{
    Q_OBJECT
public:
    using TransportFactory = std::function<Net::Transport *()>;
    using Clock = std::function<QDateTime()>;

    /// @p store must be open and outlive the fetcher.
    Pop3Fetcher(Store::MailStore *store, FetchOptions options, QObject *parent = nullptr);
    ~Pop3Fetcher() override;

    /// Default: a new Net::SslTransport. Tests hand in scripted transports.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    /// Default: the current UTC time. Tests move it to see "N days later".
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// One check: new messages, then the policy. Ends with finished().
    void start();
    /// Replaces the partial copies of @p uidls (see FetchOptions::partialLines) by the
    /// whole messages, RETRieved now; downloads nothing else, then applies the policy to
    /// them. The full copy is committed before the partial one is removed; an interrupted
    /// replacement is tidied up by the next check.
    void downloadFull(const QList<QByteArray> &uidls);
    /// Stops at once: what was received is stored, nothing is deleted on the server.
    /// finished() follows with MailError::Kind::Cancelled.
    void cancel();

    const FetchReport &report() const { return m_report; }

Q_SIGNALS:
    /// @p done of @p total messages to download, @p bytes received so far.
    void progress(int done, int total, qint64 bytes);
    /// Exactly once per start()/downloadFull().
    void finished(const Pigeon::Sync::FetchReport &report);

private:
    struct Local {
        Store::MessageId id = 0;
        Store::MessageFlags flags;
    };
    struct Received {
        Pop3::MessageRef ref;
        QByteArray bytes;
        bool partial = false;
        QList<Store::MessageId> replaces; ///< partial copies this whole message supersedes
        Store::MessageFlags keepFlags;    ///< the user's flags of the partial copy
    };

    void begin();
    void onScanned(const Result<QList<Pop3::MessageRef>> &result);
    void onMessage(const Pop3::MessageRef &ref, const Result<QByteArray> &result, bool partial,
                   const QList<Local> &replaces);
    void downloadsDone();
    Result<void> flush(bool sendDeletes);
    bool deleteAfterDownload(const QDateTime &downloaded) const;
    void markDeleted(const Pop3::MessageRef &ref);
    void quit();
    void fail(const MailError &error);
    void finish(MailError error);
    Result<QHash<QByteArray, QList<Local>>> localCopies() const;
    QDateTime now() const;

    Store::MailStore *m_store;
    FetchOptions m_options;
    TransportFactory m_factory;
    Clock m_clock;
    std::unique_ptr<Pop3Ledger> m_ledger;
    QPointer<Pop3::Session> m_session;
    FetchReport m_report;
    QList<Received> m_buffer;
    qint64 m_bufferBytes = 0;
    QSet<QByteArray> m_wanted; ///< downloadFull(): the UIDLs to complete
    bool m_fullMode = false;
    int m_total = 0;
    int m_done = 0;
    int m_outstanding = 0;
    int m_marked = 0;     ///< DELEs the server accepted
    bool m_running = false;
    bool m_finished = false;
    bool m_stopping = false;
};

} // namespace Pigeon::Sync

Q_DECLARE_METATYPE(Pigeon::Sync::FetchReport)
