// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/foldersync.h"

#include "common/logging.h"
#include "store/mailstore.h"
#include "sync/imaprowconverter.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace Pigeon::Sync {

using namespace Pigeon::Imap;

namespace {

/// The list fields, always the same set: Dovecot caches per field, so a stable set
/// is served from its cache on every later open.
FetchItems listItems(bool modSeq)
{
    FetchItems items = FetchItem::Uid | FetchItem::Flags | FetchItem::InternalDate | FetchItem::Rfc822Size
        | FetchItem::Envelope | FetchItem::BodyStructure;
    if (modSeq)
        items |= FetchItem::ModSeq;
    return items;
}

} // namespace

FolderSync::FolderSync(ImapSession *session, Store::MailStore *store, Store::RemoteFolder folder, bool bodies,
                       FolderSyncLimits limits, Callbacks callbacks, QObject *parent)
    : ImapOp(session, parent), m_store(store), m_cache(store), m_folder(std::move(folder)),
      m_bodies(bodies), m_limits(limits), m_cb(std::move(callbacks))
{
}

FolderSync::~FolderSync()
{
    // Bodies on their way to the disk: commit them now (they are durable once written)
    // rather than leaving them to the store's next use of the folder.
    for (quint64 ticket : std::as_const(m_writes))
        (void)m_cache.finishBodies(ticket);
}

void FolderSync::send(const Command &command, ImapSession::Untagged untagged,
                      std::function<void(const StatusResponse &)> ok)
{
    ImapOp::send(command, false, std::move(untagged), std::move(ok));
}

bool FolderSync::check(const Result<void> &r)
{
    if (r)
        return true;
    finish(r.error());
    return false;
}

void FolderSync::run()
{
    // RFC 7162 §3.2.5: QRESYNC needs the UIDVALIDITY and MODSEQ of a complete earlier sync.
    m_qresync = session()->isEnabled("QRESYNC") && m_folder.uidValidity && m_folder.highestModSeq;
    Command select("SELECT");
    select.astring(m_folder.rawName.isEmpty() ? m_folder.name.toUtf8() : m_folder.rawName);
    if (m_qresync)
        select.raw(QByteArray("(QRESYNC (" + QByteArray::number(m_folder.uidValidity) + ' '
                              + QByteArray::number(m_folder.highestModSeq) + "))"));
    else if (session()->hasCapability("CONDSTORE") && !session()->isEnabled("CONDSTORE"))
        select.raw("(CONDSTORE)");
    sendSelect(
        select, m_folder.name,
        [this](const Response &r) {
            if (const auto *n = std::get_if<MessageNumberData>(&r)) {
                if (n->kind == MessageNumberData::Kind::Exists)
                    m_exists = n->number;
            } else if (const auto *s = std::get_if<StatusResponse>(&r)) {
                switch (s->code.kind) {
                case ResponseCodeKind::UidValidity: m_uidValidity = quint32(s->code.number); break;
                case ResponseCodeKind::UidNext: m_uidNext = quint32(s->code.number); break;
                case ResponseCodeKind::HighestModSeq: m_highestModSeq = s->code.number; break;
                case ResponseCodeKind::NoModSeq: m_highestModSeq = 0; break;
                default: break;
                }
            } else if (const auto *v = std::get_if<VanishedData>(&r)) {
                m_vanished += v->uids.toList(m_uidNext ? m_uidNext : SequenceSet::Star, 1 << 24);
            } else if (const auto *f = std::get_if<FetchData>(&r)) {
                if (f->has(FetchItem::Uid) && f->has(FetchItem::Flags))
                    m_changed << *f;
            }
        },
        [this](const StatusResponse &ok) { selected(ok); });
}

void FolderSync::selected(const StatusResponse &)
{
    m_report.selected = true;
    if (m_uidValidity == 0) {
        finish(MailError(MailError::Kind::Protocol, tr("The server did not say the UIDVALIDITY of %1.").arg(m_folder.name)));
        return;
    }
    // RFC 9051 §2.3.1.1: another UIDVALIDITY makes every cached UID meaningless.
    if (m_folder.uidValidity && m_folder.uidValidity != m_uidValidity) {
        qCInfo(lcSync) << m_folder.name << "UIDVALIDITY changed from" << m_folder.uidValidity << "to" << m_uidValidity
                       << "- discarding its cache";
        m_report.uidValidityChanged = true;
        m_qresync = false;
        m_vanished.clear();
        m_changed.clear();
        m_folder.highestModSeq = 0;
    }
    // Also drops rows of an older UIDVALIDITY that a rebuilt index found in the mbox,
    // and rows moved here locally whose server copy the sync will bring.
    Result<qint64> stale = m_cache.discardOtherValidity(m_folder.folderId, m_uidValidity);
    if (!stale)
        return finish(stale.error());
    if (*stale > 0 && m_cb.reset)
        m_cb.reset();
    // The replay may answer after this sync was cancelled (and deleted): the guard.
    auto next = [this, guard = QPointer<FolderSync>(this)](const MailError &e) {
        if (!guard || isFinished())
            return;
        if (e.isError())
            return finish(e);
        if (m_qresync) {
            // QRESYNC names what changed: look up only those UIDs, not the whole folder.
            Result<std::pair<qint64, quint32>> stats = m_cache.stats(m_folder.folderId, m_uidValidity);
            if (!stats)
                return finish(stats.error());
            QList<quint32> named = m_vanished;
            for (const FetchData &f : std::as_const(m_changed))
                named << f.uid;
            Result<QHash<quint32, Store::CachedMessage>> known = m_cache.messages(m_folder.folderId, m_uidValidity, named);
            if (!known)
                return finish(known.error());
            m_known = std::move(*known);
            m_knownCount = stats->first;
            m_maxKnown = stats->second;
            m_complete = false;
        } else if (!loadKnown()) {
            return;
        }
        resyncExisting();
    };
    if (m_cb.whileSelected && !m_report.uidValidityChanged)
        m_cb.whileSelected(next);
    else
        next({});
}

bool FolderSync::loadKnown()
{
    Result<QHash<quint32, Store::CachedMessage>> known = m_cache.messages(m_folder.folderId);
    if (!known) {
        finish(known.error());
        return false;
    }
    m_known = std::move(*known);
    m_knownCount = m_known.size();
    m_maxKnown = 0;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        m_maxKnown = std::max(m_maxKnown, it.key());
    m_complete = true;
    return true;
}

void FolderSync::resyncExisting()
{
    if (m_knownCount == 0) {
        m_report.method = "new";
        findNew();
        return;
    }
    if (m_qresync) {
        m_report.method = "qresync";
        removeUids(m_vanished);
        applyFetched(m_changed);
        if (!isFinished())
            findNew();
        return;
    }
    QList<quint32> uids = m_known.keys();
    std::sort(uids.begin(), uids.end());
    if (m_highestModSeq && m_folder.highestModSeq && session()->hasCapability("CONDSTORE")) {
        // RFC 7162 §3.1.4: only what changed since the last sync.
        m_report.method = "condstore";
        auto changed = std::make_shared<QList<FetchData>>();
        send(Command::uidFetch(SequenceSet::range(1, uids.last()), FetchItem::Uid | FetchItem::Flags | FetchItem::ModSeq,
                               {}, m_folder.highestModSeq),
             [changed](const Response &r) {
                 if (const auto *f = std::get_if<FetchData>(&r); f && f->has(FetchItem::Uid) && f->has(FetchItem::Flags))
                     *changed << *f;
             },
             [this, changed](const StatusResponse &) {
                 applyFetched(*changed);
                 if (!isFinished())
                     searchExisting();
             });
        return;
    }
    m_report.method = "flags";
    compareFlags(uids);
}

void FolderSync::compareFlags(QList<quint32> uids)
{
    // Without CONDSTORE: FLAGS of every cached UID, a chunk at a time; a UID the server
    // does not answer for is gone (RFC 9051 §6.4.9: UID FETCH skips missing UIDs).
    if (uids.isEmpty()) {
        findNew();
        return;
    }
    const qsizetype take = std::min<qsizetype>(m_limits.flagChunk, uids.size());
    const QList<quint32> chunk = uids.first(take);
    uids.remove(0, take);
    auto seen = std::make_shared<QList<FetchData>>();
    send(Command::uidFetch(SequenceSet::fromList(chunk), FetchItem::Uid | FetchItem::Flags),
         [seen](const Response &r) {
             if (const auto *f = std::get_if<FetchData>(&r); f && f->has(FetchItem::Uid) && f->has(FetchItem::Flags))
                 *seen << *f;
         },
         [this, seen, chunk, uids](const StatusResponse &) {
             QSet<quint32> present;
             for (const FetchData &f : std::as_const(*seen))
                 present.insert(f.uid);
             QList<quint32> gone;
             for (quint32 uid : chunk)
                 if (!present.contains(uid))
                     gone << uid;
             removeUids(gone);
             applyFetched(*seen);
             if (!isFinished())
                 compareFlags(uids);
         });
}

void FolderSync::searchExisting()
{
    // Expunges without QRESYNC: which cached UIDs still exist (ESEARCH keeps it short).
    QList<quint32> uids = m_known.keys();
    std::sort(uids.begin(), uids.end());
    Command search("UID SEARCH");
    if (session()->hasCapability("ESEARCH"))
        search.raw("RETURN (ALL)");
    search.raw("UID").sequenceSet(SequenceSet::range(1, uids.last()));
    auto present = std::make_shared<QSet<quint32>>();
    send(search,
         [present](const Response &r) {
             if (const auto *s = std::get_if<SearchData>(&r)) {
                 for (quint32 n : s->numbers)
                     present->insert(n);
             } else if (const auto *e = std::get_if<ESearchData>(&r); e && e->uid && e->all) {
                 for (quint32 n : e->all->toList(SequenceSet::Star, 1 << 24))
                     present->insert(n);
             }
         },
         [this, present, uids](const StatusResponse &) {
             QList<quint32> gone;
             for (quint32 uid : uids)
                 if (!present->contains(uid))
                     gone << uid;
             removeUids(gone);
             if (!isFinished())
                 findNew();
         });
}

void FolderSync::removeUids(const QList<quint32> &uids)
{
    QList<Store::MessageId> ids;
    for (quint32 uid : uids) {
        auto it = m_known.constFind(uid);
        if (it != m_known.cend()) {
            ids << it->id;
            m_known.erase(it);
            --m_knownCount;
        }
    }
    if (ids.isEmpty())
        return;
    if (!check(m_cache.remove(ids)))
        return;
    m_report.removed += ids.size();
    if (m_cb.rowsRemoved)
        m_cb.rowsRemoved(ids);
}

void FolderSync::applyFetched(const QList<FetchData> &fetched)
{
    QList<Store::FlagUpdate> updates;
    QList<Store::MessageId> ids;
    for (const FetchData &f : fetched) {
        auto it = m_known.find(f.uid);
        if (it == m_known.end())
            continue; // a new message: the header fetch brings it
        // Older news than the cache has (SELECT's QRESYNC report after our own replayed
        // STORE answered with a higher MODSEQ) must not undo the newer state.
        if (f.modSeq && it->modSeq && f.modSeq <= it->modSeq)
            continue;
        const Store::MessageFlags flags = ImapRowConverter::flags(f.flags);
        if (flags == it->flags && (f.modSeq == 0 || f.modSeq == it->modSeq))
            continue;
        updates << Store::FlagUpdate{it->id, flags, f.modSeq ? f.modSeq : it->modSeq};
        it->flags = flags;
        ids << it->id;
    }
    if (updates.isEmpty() || !check(m_cache.applyFlags(updates)))
        return;
    m_report.changed += updates.size();
    if (m_cb.rowsChanged) {
        QList<Store::MessageRow> rows;
        for (Store::MessageId id : std::as_const(ids))
            if (std::optional<Store::MessageRow> r = m_store->row(id))
                rows << *r;
        m_cb.rowsChanged(rows);
    }
}

void FolderSync::findNew()
{
    // New mail is what lies above the highest cached UID (UIDs only grow, RFC 9051 §2.3.1.1).
    const quint32 maxKnown = m_maxKnown;
    if (m_exists == 0 || (m_uidNext && maxKnown + 1 >= m_uidNext && qint64(m_exists) == m_knownCount)) {
        fetchBodies();
        return;
    }
    if (maxKnown == 0 && !m_firstScreen) {
        // A folder never seen: the newest messages are the highest sequence numbers, so
        // the first screen needs no UID SEARCH round trip before it (RFC 9051 §2.3.1.2).
        // The SEARCH for the rest goes out when the screen is in, not pipelined behind it:
        // Dovecot then works on both at once and the screen came 11-38 ms later on a
        // 100,000-message INBOX (88-116 ms instead of 108-134 ms, the whole listing the
        // same). The screen is what the user waits for; the rest costs one round trip more.
        m_firstScreen = true;
        const quint32 first = m_exists > quint32(m_limits.firstFetch) ? m_exists - quint32(m_limits.firstFetch) + 1 : 1;
        Command fetch("FETCH");
        fetch.sequenceSet(SequenceSet::range(first, m_exists)).raw(Command::fetchAttributes(listItems(m_highestModSeq != 0)));
        m_total = m_exists;
        m_screenPending = true;
        sendListing(fetch, [this](const StatusResponse &) {
            m_screenPending = false;
            QList<Store::MessageRow> rows = std::exchange(m_pending, {});
            storeBatch(rows);
            m_batch = m_limits.firstFetch * 2;
            if (!isFinished())
                search();
        });
        return;
    }
    search();
}

void FolderSync::sendListing(const Imap::Command &command, std::function<void(const StatusResponse &)> ok)
{
    // Every command of the listing shares one untagged handler (listed()), so the
    // session may keep them in flight together: each datum names its UID.
    ImapSession::CommandOptions options;
    options.untagged = [this](const Response &r) { listed(r); };
    options.untaggedGroup = this;
    // Each FETCH becomes a row at once and only the row's fields are read: no
    // BODYSTRUCTURE tree, no sender/reply-to/cc/bcc (FetchMode::Summary).
    options.fetchMode = Imap::FetchMode::Summary;
    sendChecked(command, std::move(options), [this, ok = std::move(ok)](const Result<StatusResponse> &r) {
        if (r)
            ok(*r);
        else
            finish(r.error());
    });
}

void FolderSync::listed(const Response &r)
{
    if (const auto *f = std::get_if<FetchData>(&r)) {
        // Convert at once and drop the parse tree: memory stays at the batches in flight.
        // A row is wanted while the first screen is on its way (sequence numbers) or when
        // its UID lies in the batches in flight (slices of the searched UIDs, so nothing
        // else in their span exists); anything else is a flag update or noise.
        if (!f->has(FetchItem::Uid) || !(f->has(FetchItem::EnvelopeSummary) || f->has(FetchItem::Envelope))
            || m_known.contains(f->uid))
            return;
        const bool batched = !m_inFlight.isEmpty() && f->uid >= m_inFlight.last().first && f->uid <= m_inFlight.first().second;
        if (!m_screenPending && !batched)
            return;
        m_pending << ImapRowConverter::row(*f, m_uidValidity, *m_store->headerDecoder());
        // Store while the batch is still arriving, a few hundred rows at a time. The
        // server writes only while our receive window has room, and on a fast link that
        // is ~10 ms of its output: storing 5,000 rows at a batch's end (~40 ms) stopped
        // it each time, 0.5 s in a 100,000-message listing (perf sched: Dovecot asleep
        // in epoll while we inserted). A slice takes ~2 ms, inside the window. Posted,
        // not here: a failed insert finishes the op, which is not for a parser callback.
        if (!m_screenPending && m_pending.size() >= m_limits.storeRows && !m_storeQueued) {
            m_storeQueued = true;
            QMetaObject::invokeMethod(this, &FolderSync::storePending, Qt::QueuedConnection);
        }
    } else if (m_searchPending) {
        if (const auto *s = std::get_if<SearchData>(&r))
            m_newUids += s->numbers;
        else if (const auto *e = std::get_if<ESearchData>(&r); e && e->uid && e->all)
            m_newUids += e->all->toList(SequenceSet::Star, 1 << 24);
    }
}

void FolderSync::search()
{
    Command search("UID SEARCH");
    if (session()->hasCapability("ESEARCH"))
        search.raw("RETURN (ALL)"); // RFC 4731: "1:100000" instead of 100,000 numbers
    // Above the highest cached UID is enough only after a complete sync: an interrupted
    // first sync (or a rebuilt index) has holes below it.
    const quint32 maxKnown = m_maxKnown;
    const bool ranged = maxKnown && !m_firstScreen && m_folder.uidValidity && !m_searchedAll;
    if (!ranged && !m_complete && !loadKnown()) // every UID is compared with the cache
        return;
    if (ranged)
        search.raw("UID").sequenceSet(SequenceSet::range(maxKnown + 1, SequenceSet::Star));
    else
        search.raw("ALL"); // everything not fetched yet
    m_searchedAll = !ranged;
    m_searchFloor = ranged ? maxKnown : 0;
    m_searchPending = true;
    sendListing(search, [this](const StatusResponse &) {
        m_searchPending = false;
        searched();
    });
}

void FolderSync::searched()
{
    // "n:*" always matches the highest UID, even one we have (RFC 9051 §6.4.4).
    const quint32 floor = m_searchFloor;
    m_newUids.erase(std::remove_if(m_newUids.begin(), m_newUids.end(),
                                   [&](quint32 uid) { return uid <= floor || m_known.contains(uid); }),
                    m_newUids.end());
    std::sort(m_newUids.begin(), m_newUids.end());
    m_newUids.erase(std::unique(m_newUids.begin(), m_newUids.end()), m_newUids.end());
    if (!m_searchedAll && m_knownCount + m_newUids.size() < qint64(m_exists)) {
        // More messages than the cache and the new ones: some below the highest
        // cached UID are missing here. Look at every UID once.
        m_newUids.clear();
        m_searchedAll = true;
        return findNew();
    }
    m_total = m_done + m_newUids.size();
    if (!m_firstScreen)
        m_batch = m_limits.firstFetch;
    if (m_cb.progress)
        m_cb.progress(0, m_total);
    if (m_newUids.isEmpty())
        return fetchBodies();
    // Two batches in flight: the server produces the next while we read, convert and
    // store this one, and never waits for our tagged-OK round trip between batches.
    fetchNextBatch();
    fetchNextBatch();
}

void FolderSync::fetchNextBatch()
{
    if (m_newUids.isEmpty())
        return;
    const qsizetype take = std::min<qsizetype>(m_batch, m_newUids.size());
    const QList<quint32> batch = m_newUids.sliced(m_newUids.size() - take);
    m_newUids.resize(m_newUids.size() - take);
    m_batch = std::min(m_batch * 2, m_limits.maxFetch);
    const std::pair<quint32, quint32> span{batch.first(), batch.last()};
    m_inFlight.append(span);
    sendListing(Command::uidFetch(SequenceSet::fromList(batch), listItems(m_highestModSeq != 0)),
                [this, span](const StatusResponse &) {
                    // This batch's rows; a later (lower) batch's may already be here too
                    // if the server answered them interleaved (§5.5 allows it).
                    QList<Store::MessageRow> rows;
                    const auto later = std::stable_partition(m_pending.begin(), m_pending.end(),
                        [&](const Store::MessageRow &row) { return quint32(row.origin.uid) >= span.first; });
                    rows.reserve(later - m_pending.begin());
                    std::move(m_pending.begin(), later, std::back_inserter(rows));
                    m_pending.erase(m_pending.begin(), later);
                    m_inFlight.removeOne(span);
                    // The next FETCH goes out before this batch is stored, so the server
                    // produces it while we write: its work and ours overlap.
                    fetchNextBatch();
                    storeBatch(rows);
                    if (m_inFlight.isEmpty() && m_newUids.isEmpty() && !isFinished())
                        fetchBodies();
                });
}

void FolderSync::storePending()
{
    m_storeQueued = false;
    // Rows of any batch in flight: a batch's OK takes only what is still pending.
    QList<Store::MessageRow> rows = std::exchange(m_pending, {});
    if (!rows.isEmpty())
        storeBatch(rows);
}

void FolderSync::storeBatch(QList<Store::MessageRow> &rows)
{
    if (isFinished())
        return;
    std::sort(rows.begin(), rows.end(), [](const Store::MessageRow &a, const Store::MessageRow &b) {
        return a.origin.uid > b.origin.uid;
    });
    // Durable with the sync state commitState() writes at the end (until then an
    // interrupted sync is repeated anyway): no disk wait per batch while the server sends.
    if (!check(m_cache.insertHeaders(m_folder.folderId, rows, Store::ImapCache::Durability::WithNextFullCommit)))
        return;
    for (const Store::MessageRow &r : std::as_const(rows)) {
        m_known.insert(quint32(r.origin.uid), Store::CachedMessage{r.id, r.flags, r.modSeq, r.bodyState, r.size});
        m_maxKnown = std::max(m_maxKnown, quint32(r.origin.uid));
    }
    m_knownCount += rows.size();
    m_report.added += rows.size();
    m_done += rows.size();
    qCDebug(lcSync) << m_folder.name << "stored" << rows.size() << "rows," << m_done << "of" << m_total;
    if (m_cb.rowsAdded) {
        for (qsizetype i = 0; i < rows.size(); i += m_limits.rowsPerSignal)
            m_cb.rowsAdded(rows.mid(i, m_limits.rowsPerSignal));
    }
    if (m_cb.progress)
        m_cb.progress(m_done, m_total);
}

void FolderSync::fetchBodies()
{
    if (!m_bodies) {
        commitState();
        return;
    }
    // "Download all for offline": every body not cached yet, a batch per fsync.
    if (!m_complete && !loadKnown())
        return;
    m_missingBodies.clear();
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        if (it->bodyState != Store::BodyState::Full)
            m_missingBodies << it.key();
    std::sort(m_missingBodies.begin(), m_missingBodies.end()); // batches from the end: newest first
    fetchBodyBatch();
}

void FolderSync::fetchBodyBatch()
{
    if (m_missingBodies.isEmpty()) {
        commitState();
        return;
    }
    // Up to bodyBatch messages or bodyBatchBytes (by RFC822.SIZE), at least one: memory
    // stays bounded with large attachments, two batches at most (one arriving, one stored).
    qsizetype take = 0;
    qint64 bytes = 0;
    while (take < m_missingBodies.size() && take < m_limits.bodyBatch) {
        const qint64 size = m_known.value(m_missingBodies.at(m_missingBodies.size() - 1 - take)).size;
        if (take > 0 && bytes + size > m_limits.bodyBatchBytes)
            break;
        bytes += size;
        ++take;
    }
    const QList<quint32> batch = m_missingBodies.sliced(m_missingBodies.size() - take);
    m_missingBodies.resize(m_missingBodies.size() - take);
    auto bodies = std::make_shared<QList<std::pair<Store::MessageId, QByteArray>>>();
    send(Command::uidFetch(SequenceSet::fromList(batch), FetchItem::Uid, {"BODY.PEEK[]"}),
         [this, bodies](const Response &r) {
             const auto *f = std::get_if<FetchData>(&r);
             if (!f || !f->has(FetchItem::Uid))
                 return;
             auto it = m_known.constFind(f->uid);
             const QByteArray data = f->section("");
             if (it != m_known.cend() && !data.isNull())
                 *bodies << std::make_pair(it->id, data);
         },
         [this, bodies](const StatusResponse &) {
             // As with headers: the next FETCH is on its way while this batch is written.
             const bool more = !m_missingBodies.isEmpty();
             if (more)
                 fetchBodyBatch();
             storeBodies(*bodies);
             m_bodiesFetched = !more;
             if (!more && !isFinished() && m_writes.isEmpty())
                 commitState();
         });
}

void FolderSync::storeBodies(const QList<std::pair<Store::MessageId, QByteArray>> &bodies)
{
    if (isFinished())
        return;
    // The batch is journalled here and written + fdatasync()ed on the store's writer
    // thread, so this thread goes on receiving the next batch meanwhile; the rows turn
    // Full (and rowsChanged goes out) only once the data is durable. Bulk: nobody reads
    // these bodies right away, so their pages leave the page cache once synced.
    Result<Store::AppendTicket> t = m_cache.startBodies(bodies, Store::AppendMode::Bulk);
    if (!t)
        return finish(t.error());
    if (t->id == 0)
        return;
    const quint64 ticket = t->id;
    m_writes << ticket;
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        bodiesWritten(ticket);
    });
    watcher->setFuture(t->written);
}

void FolderSync::bodiesWritten(quint64 ticket)
{
    if (isFinished() || !m_writes.removeOne(ticket))
        return;
    Result<QList<Store::MessageId>> ids = m_cache.finishBodies(ticket);
    if (!ids)
        return finish(ids.error());
    m_report.bodies += ids->size();
    if (m_cb.rowsChanged) {
        QList<Store::MessageRow> rows;
        rows.reserve(ids->size());
        for (const Store::IndexedMessage &m : m_store->index().messages(*ids))
            rows << m.row;
        m_cb.rowsChanged(rows);
    }
    if (m_bodiesFetched && m_writes.isEmpty())
        commitState();
}

void FolderSync::commitState()
{
    m_folder.uidValidity = m_uidValidity;
    m_folder.uidNext = m_uidNext;
    m_folder.highestModSeq = m_highestModSeq;
    Store::StoreIndex &index = m_store->index();
    Result<void> r = index.begin();
    if (r)
        r = index.setRemoteFolder(m_folder);
    if (r)
        r = index.commit();
    if (!r)
        index.rollback();
    if (check(r))
        finish();
}

} // namespace Pigeon::Sync
