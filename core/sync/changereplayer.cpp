// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/changereplayer.h"

#include "common/logging.h"
#include "store/mailstore.h"
#include "sync/imaprowconverter.h"

namespace Pigeon::Sync {

using namespace Pigeon::Imap;
using Store::QueuedChange;

ChangeReplayer::ChangeReplayer(ImapSession *session, Store::MailStore *store, qint64 folderId, quint32 uidValidity,
                               QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_queue(&store->index()), m_cache(store),
      m_folderId(folderId), m_uidValidity(uidValidity)
{
}

ChangeReplayer::~ChangeReplayer()
{
    m_finished = true;
    if (m_session)
        m_session->cancel(this);
}

void ChangeReplayer::start()
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

QByteArray ChangeReplayer::mailboxOf(const QString &folder) const
{
    if (std::optional<Store::FolderState> f = m_store->index().folder(folder))
        if (std::optional<Store::RemoteFolder> r = m_store->index().remoteFolder(f->id); r && !r->rawName.isEmpty())
            return r->rawName;
    return {};
}

void ChangeReplayer::run(const Command &command, std::function<void(const Result<StatusResponse> &)> then)
{
    if (!m_session)
        return finish(MailError(MailError::Kind::Network, tr("The connection to the IMAP server was lost.")));
    ImapSession::CommandOptions options;
    options.owner = this;
    // A non-silent STORE answers with each message's new FLAGS (and MODSEQ): the
    // server's word goes into the cache.
    options.untagged = [this](const Response &r) {
        const auto *f = std::get_if<FetchData>(&r);
        if (m_finished || !f || !f->has(FetchItem::Uid) || !f->has(FetchItem::Flags))
            return;
        auto it = m_known.find(f->uid);
        if (it == m_known.end())
            return;
        it->flags = ImapRowConverter::flags(f->flags);
        if (f->modSeq)
            it->modSeq = f->modSeq;
        if (m_cache.applyFlags({Store::FlagUpdate{it->id, it->flags, it->modSeq}}))
            m_changedIds << it->id;
    };
    m_session->execute(command, std::move(options), [this, then = std::move(then)](const Result<StatusResponse> &r) {
        if (!m_finished)
            then(r);
    });
}

void ChangeReplayer::next()
{
    if (m_changes.isEmpty())
        return finish();
    const QueuedChange c = m_changes.takeFirst();
    if (c.uidValidity != m_uidValidity) {
        qCInfo(lcSync) << "dropping a queued change for UIDVALIDITY" << c.uidValidity << "(now" << m_uidValidity << ')';
        ++m_dropped;
        if (Result<void> r = m_queue.remove(c.id); !r)
            return finish(r.error());
        return next();
    }
    const SequenceSet uids = SequenceSet::fromList(c.uids);
    auto settle = [this, c](const Result<StatusResponse> &r) { done(c, r); };
    switch (c.kind) {
    case QueuedChange::Kind::AddFlags:
    case QueuedChange::Kind::RemoveFlags: {
        Command store("UID STORE");
        store.sequenceSet(uids).raw(c.kind == QueuedChange::Kind::AddFlags ? "+FLAGS" : "-FLAGS");
        store.list(ImapRowConverter::atoms(c.flags));
        return run(store, settle);
    }
    case QueuedChange::Kind::Copy:
    case QueuedChange::Kind::Move: {
        const QByteArray target = mailboxOf(c.target);
        if (target.isEmpty()) {
            qCWarning(lcSync) << "dropping a queued" << (c.kind == QueuedChange::Kind::Move ? "move" : "copy")
                              << "to" << c.target << ": not a folder of this account";
            ++m_dropped;
            if (Result<void> r = m_queue.remove(c.id); !r)
                return finish(r.error());
            return next();
        }
        const bool move = c.kind == QueuedChange::Kind::Move;
        if (!move || m_session->hasCapability("MOVE")) {
            Command cmd(move ? "UID MOVE" : "UID COPY");
            cmd.sequenceSet(uids).astring(target);
            return run(cmd, settle);
        }
        // No MOVE (RFC 6851 §3.3): COPY, then \Deleted and, with UIDPLUS, UID EXPUNGE of
        // exactly these UIDs (a plain EXPUNGE would take others' \Deleted messages too).
        Command copy("UID COPY");
        copy.sequenceSet(uids).astring(target);
        return run(copy, [this, c, uids, settle](const Result<StatusResponse> &r) {
            if (!r)
                return settle(r);
            Command del("UID STORE");
            del.sequenceSet(uids).raw("+FLAGS.SILENT").list({"\\Deleted"});
            run(del, [this, uids, settle](const Result<StatusResponse> &r2) {
                if (!r2 || !m_session->hasCapability("UIDPLUS"))
                    return settle(r2);
                Command expunge("UID EXPUNGE");
                expunge.sequenceSet(uids);
                run(expunge, settle);
            });
        });
    }
    case QueuedChange::Kind::Expunge: {
        Command del("UID STORE");
        del.sequenceSet(uids).raw("+FLAGS.SILENT").list({"\\Deleted"});
        return run(del, [this, uids, settle](const Result<StatusResponse> &r) {
            if (!r || !m_session->hasCapability("UIDPLUS"))
                return settle(r);
            Command expunge("UID EXPUNGE");
            expunge.sequenceSet(uids);
            run(expunge, settle);
        });
    }
    }
    finish(MailError(MailError::Kind::Internal, tr("Unknown offline change %1.").arg(int(c.kind))));
}

void ChangeReplayer::done(const QueuedChange &c, const Result<StatusResponse> &r)
{
    if (r) {
        ++m_replayed;
        if (Result<void> rm = m_queue.remove(c.id); !rm)
            return finish(rm.error());
        return next();
    }
    const MailError &e = r.error();
    if (e.kind() != MailError::Kind::ServerNo && e.kind() != MailError::Kind::ServerBad)
        return finish(e); // the connection: keep the change for the next replay
    if (c.attempts + 1 >= maxAttempts) {
        qCWarning(lcSync) << "dropping a queued change the server refused" << maxAttempts << "times:" << e.toString();
        ++m_dropped;
        if (Result<void> rm = m_queue.remove(c.id); !rm)
            return finish(rm.error());
    } else {
        qCInfo(lcSync) << "the server refused a queued change, will retry:" << e.toString();
        if (Result<void> mf = m_queue.markFailed(c.id, e.text()); !mf)
            return finish(mf.error());
    }
    next();
}

void ChangeReplayer::finish(const MailError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_session)
        m_session->cancel(this);
    Q_EMIT finished(error);
}

} // namespace Pigeon::Sync
