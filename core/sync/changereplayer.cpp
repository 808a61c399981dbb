// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/changereplayer.h"

#include "common/logging.h"
#include "imap/ops/copyop.h"
#include "imap/ops/expungeop.h"
#include "imap/ops/moveop.h"
#include "imap/ops/storeflagsop.h"
#include "store/mailstore.h"
#include "sync/imaprowconverter.h"

namespace Pigeon::Sync {

using namespace Pigeon::Imap;
using Store::QueuedChange;

ChangeReplayer::ChangeReplayer(ImapSession *session, Store::MailStore *store, qint64 folderId, quint32 uidValidity,
                               QObject *parent)
    : ImapOp(session, parent), m_store(store), m_queue(&store->index()), m_cache(store), m_folderId(folderId),
      m_uidValidity(uidValidity)
{
}

void ChangeReplayer::run()
{
    Result<QList<QueuedChange>> pending = m_queue.pending(m_folderId);
    if (!pending)
        return finish(pending.error());
    m_changes = *pending;
    if (!m_changes.isEmpty()) {
        Result<QHash<quint32, Store::CachedMessage>> known = m_cache.messages(m_folderId);
        if (!known)
            return finish(known.error());
        m_known = std::move(*known);
    }
    next();
}

void ChangeReplayer::aboutToCancel()
{
    // The running op's own finished(Cancelled) must not reach settle(): this op is
    // reporting the cancel itself.
    if (!m_current)
        return;
    disconnect(m_current, nullptr, this, nullptr);
    m_current->cancel();
    m_current->deleteLater();
}

std::optional<Store::RemoteFolder> ChangeReplayer::remoteFolder(const QString &folder) const
{
    if (std::optional<Store::FolderState> f = m_store->index().folder(folder))
        if (std::optional<Store::RemoteFolder> r = m_store->index().remoteFolder(f->id); r && !r->name.isEmpty())
            return r;
    return std::nullopt;
}

void ChangeReplayer::runOp(ImapOp *op, std::function<void(const MailError &)> then)
{
    op->setParent(this);
    m_current = op;
    connect(op, &ImapOp::finished, this, [this, op, then = std::move(then)](const MailError &error) {
        op->deleteLater();
        m_current = nullptr;
        if (!isFinished())
            then(error);
    });
    op->start();
}

void ChangeReplayer::next()
{
    if (m_changes.isEmpty())
        return finish();
    if (!session())
        return finish(connectionLost());
    const QueuedChange c = m_changes.takeFirst();
    if (c.uidValidity != m_uidValidity) {
        qCInfo(lcSync) << "dropping a queued change for UIDVALIDITY" << c.uidValidity << "(now" << m_uidValidity << ')';
        return drop(c);
    }
    const SequenceSet uids = SequenceSet::fromList(c.uids);
    switch (c.kind) {
    case QueuedChange::Kind::AddFlags:
    case QueuedChange::Kind::RemoveFlags: {
        const QList<QByteArray> atoms = ImapRowConverter::atoms(c.flags);
        if (atoms.isEmpty() || uids.isEmpty()) {
            ++m_replayed; // nothing the server keeps: done
            if (Result<void> r = m_queue.remove(c.id); !r)
                return finish(r.error());
            return next();
        }
        auto *store = new StoreFlagsOp(session(), uids,
                                       c.kind == QueuedChange::Kind::AddFlags ? StoreFlagsOp::Mode::Add
                                                                              : StoreFlagsOp::Mode::Remove,
                                       atoms);
        // Not silent: the server's resulting FLAGS (and MODSEQ) go into the cache, so a
        // QRESYNC report older than this STORE cannot undo it (FolderSync::applyFetched).
        store->setSilent(false);
        return runOp(store, [this, c, store](const MailError &e) {
            if (!e.isError())
                takeFlags(store->result());
            settle(c, e);
        });
    }
    case QueuedChange::Kind::Copy:
    case QueuedChange::Kind::Move:
        return replayMove(c);
    case QueuedChange::Kind::Expunge:
        return replayExpunge(c);
    }
    finish(MailError(MailError::Kind::Internal, tr("Unknown offline change %1.").arg(int(c.kind))));
}

void ChangeReplayer::replayMove(const QueuedChange &c)
{
    const bool move = c.kind == QueuedChange::Kind::Move;
    const std::optional<Store::RemoteFolder> target = remoteFolder(c.target);
    if (!target) {
        qCWarning(lcSync) << "dropping a queued" << (move ? "move" : "copy") << "to" << c.target
                          << ": not a folder of this account";
        return drop(c, move ? tr("%n message(s) could not be moved to %1: the folder no longer exists. They stay "
                                 "where they were on the server.", nullptr, int(c.uids.size())).arg(c.target)
                            : tr("%n message(s) could not be copied to %1: the folder no longer exists.", nullptr,
                                 int(c.uids.size())).arg(c.target));
    }
    // [TRYCREATE] (RFC 9051 §7.1): the target is gone on the server although this
    // account's folder list still has it — another client deleted it while the change
    // waited in the queue. We CREATE it and try once more rather than drop the change:
    // the user's last word was "these messages belong in that folder", the cache already
    // shows them there, and re-creating destroys nothing (the other client can delete
    // the folder again; its messages would otherwise silently reappear in the source).
    // Once a LIST has shown the folder gone, ImapSync::listStep drops the changes into
    // it instead (with a notice), and this path is not reached (no remote folder).
    ImapOp *op = nullptr;
    if (move) {
        auto *m = new MoveOp(session(), SequenceSet::fromList(c.uids), target->name);
        m->setCreateIfMissing(true);
        op = m;
    } else {
        auto *cp = new CopyOp(session(), SequenceSet::fromList(c.uids), target->name);
        cp->setCreateIfMissing(true);
        op = cp;
    }
    runOp(op, [this, c, op, name = target->name](const MailError &e) {
        if (op->createdMailbox()) {
            qCInfo(lcSync) << "created" << name << "again for a queued change ([TRYCREATE])";
            m_notices << tr("The folder %1 had been deleted on the server; it was created again for the messages "
                            "put there while offline.").arg(name);
        }
        settle(c, e);
    });
}

void ChangeReplayer::replayExpunge(const QueuedChange &c)
{
    const SequenceSet uids = SequenceSet::fromList(c.uids);
    auto *del = new StoreFlagsOp(session(), uids, StoreFlagsOp::Mode::Add, {"\\Deleted"});
    runOp(del, [this, c, uids](const MailError &e) {
        // Without UIDPLUS only a plain EXPUNGE could remove them, which would also take
        // every message others marked \Deleted: they stay marked (RFC 4315 §2.1).
        if (e.isError() || !session() || !session()->hasCapability("UIDPLUS"))
            return settle(c, e);
        runOp(new ExpungeOp(session(), uids), [this, c](const MailError &e2) { settle(c, e2); });
    });
}

void ChangeReplayer::takeFlags(const QList<FetchData> &fetched)
{
    QList<Store::FlagUpdate> updates;
    QList<Store::MessageId> ids;
    for (const FetchData &f : fetched) {
        auto it = m_known.find(f.uid);
        if (it == m_known.end())
            continue;
        it->flags = ImapRowConverter::flags(f.flags);
        if (f.modSeq)
            it->modSeq = f.modSeq;
        updates << Store::FlagUpdate{it->id, it->flags, it->modSeq};
        ids << it->id;
    }
    if (!updates.isEmpty() && m_cache.applyFlags(updates))
        m_changedIds += ids;
}

void ChangeReplayer::drop(const QueuedChange &c, const QString &notice)
{
    ++m_dropped;
    if (!notice.isEmpty())
        m_notices << notice;
    if (Result<void> r = m_queue.remove(c.id); !r)
        return finish(r.error());
    next();
}

void ChangeReplayer::settle(const QueuedChange &c, const MailError &e)
{
    if (!e.isError()) {
        ++m_replayed;
        if (Result<void> rm = m_queue.remove(c.id); !rm)
            return finish(rm.error());
        return next();
    }
    if (e.kind() != MailError::Kind::ServerNo && e.kind() != MailError::Kind::ServerBad)
        return finish(e); // the connection: keep the change for the next replay
    if (c.attempts + 1 >= maxAttempts) {
        qCWarning(lcSync) << "dropping a queued change the server refused" << maxAttempts << "times:" << e.toString();
        return drop(c, tr("A change made offline was refused by the server %1 times and has been dropped: %2")
                           .arg(maxAttempts)
                           .arg(e.text()));
    }
    qCInfo(lcSync) << "the server refused a queued change, will retry:" << e.toString();
    if (Result<void> mf = m_queue.markFailed(c.id, e.text()); !mf)
        return finish(mf.error());
    next();
}

} // namespace Pigeon::Sync
