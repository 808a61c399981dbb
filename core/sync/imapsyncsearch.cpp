// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync: search on the server. The cache of an IMAP folder is mostly headers, so
// words in bodies never downloaded can only be found there.
#include "sync/imapsync.h"

#include "imap/ops/searchop.h"
#include "imap/session/imapsession.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/imaprowconverter.h"
#include "sync/task.h"

#include <QPointer>
#include <QSqlQuery>

namespace Pigeon::Sync {

using namespace Pigeon::Imap;

Task *ImapSync::searchFolder(const QString &folder, const QList<SearchCriterion> &criteria, int limit,
                             std::function<void(const QList<Store::MessageRow> &)> found)
{
    return enqueue(tr("Searching %1 on the server").arg(folder), true,
                   [this, folder, criteria, limit, found](Task *task, std::function<void(const MailError &)> done) {
                       const std::optional<Store::RemoteFolder> rf = remoteFolderByName(folder);
                       if (!rf)
                           return done(MailError(MailError::Kind::NotFound,
                                                 tr("There is no folder %1 on the server.").arg(folder)));
                       if (!rf->isSelectable())
                           return done({}); // a \Noselect parent holds no messages
                       searchStep(*rf, criteria, limit, task, found, std::move(done));
                   });
}

void ImapSync::searchStep(const Store::RemoteFolder &folder, const QList<SearchCriterion> &criteria, int limit,
                          Task *task, std::function<void(const QList<Store::MessageRow> &)> found,
                          std::function<void(const MailError &)> done)
{
    // A plain SELECT, for the UIDVALIDITY the hits' UIDs belong to (RFC 9051 §2.3.1.1);
    // no resync: the user waits for hits, not for the folder.
    auto validity = std::make_shared<quint32>(0);
    Command select("SELECT");
    select.astring(folder.rawName);
    QPointer<Task> guard(task);
    m_session->select(
        select, folder.name,
        [validity](const Response &r) {
            if (const auto *s = std::get_if<StatusResponse>(&r); s && s->code.kind == ResponseCodeKind::UidValidity)
                *validity = quint32(s->code.number);
        },
        [this, folder, criteria, limit, guard, found, done, validity](const Result<StatusResponse> &r) {
            if (!r)
                return done(r.error());
            if (!guard || guard->isFinished())
                return done(MailError(MailError::Kind::Cancelled, tr("The search was cancelled.")));
            auto *op = new SearchOp(m_session, criteria, this);
            guard->setCancelHandler([op = QPointer<SearchOp>(op)] {
                if (op)
                    op->cancel();
            });
            connect(op, &ImapOp::finished, this,
                    [this, op, folder, limit, guard, found, done, validity](const MailError &error) {
                        op->deleteLater();
                        if (error.isError())
                            return done(error);
                        QList<quint32> uids = op->uids();
                        // The newest hits (highest UIDs, RFC 9051 §2.3.1.1) when there are too many.
                        if (uids.size() > limit)
                            uids = uids.sliced(uids.size() - limit);
                        hitRows(folder, *validity, uids, guard, found, done);
                    });
            op->start();
        },
        this);
}

void ImapSync::hitRows(const Store::RemoteFolder &folder, quint32 uidValidity, QList<quint32> uids, Task *task,
                       std::function<void(const QList<Store::MessageRow> &)> found,
                       std::function<void(const MailError &)> done)
{
    if (!task || task->isFinished())
        return done(MailError(MailError::Kind::Cancelled, tr("The search was cancelled.")));
    if (uidValidity == 0)
        return done(MailError(MailError::Kind::Protocol,
                              tr("The server did not say the UIDVALIDITY of %1.").arg(folder.name)));
    if (folder.uidValidity && folder.uidValidity != uidValidity) {
        // The cache of this folder is of another UIDVALIDITY: its next sync starts it
        // anew; until then no hit of it can be shown.
        found({});
        return done({});
    }
    // Cached rows: by (folder, UIDVALIDITY, UID), so local copies of moved messages
    // (UIDVALIDITY 0, the source's UIDs) are never taken for hits.
    QList<Store::MessageRow> rows;
    QList<quint32> missing;
    {
        QSqlQuery q(m_store->index().database());
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder_id = ? AND uidvalidity = ? AND uid = ?"));
        for (quint32 uid : std::as_const(uids)) {
            q.bindValue(0, folder.folderId);
            q.bindValue(1, qint64(uidValidity));
            q.bindValue(2, qint64(uid));
            if (!q.exec())
                return done(Store::StoreIndex::sqlError(q, tr("read the IMAP cache")));
            const std::optional<Store::MessageRow> row = q.next() ? m_store->row(q.value(0).toLongLong())
                                                                  : std::nullopt;
            q.finish();
            if (row)
                rows << *row;
            else
                missing << uid;
        }
    }
    if (missing.isEmpty()) {
        found(rows);
        return done({});
    }
    // Hits the cache has not seen yet (a folder never opened, mail newer than its last
    // sync): their list fields, stored like a sync stores them.
    auto fetched = std::make_shared<QList<Store::MessageRow>>();
    const Store::HeaderDecoder *decoder = m_store->headerDecoder();
    const QSet<quint32> wanted(missing.cbegin(), missing.cend());
    ImapSession::CommandOptions options;
    options.owner = task;
    // Only the row's fields, as a listing reads them (no BODYSTRUCTURE tree).
    options.fetchMode = FetchMode::Summary;
    options.untagged = [fetched, wanted, uidValidity, decoder](const Response &r) {
        const auto *f = std::get_if<FetchData>(&r);
        if (f && f->has(FetchItem::Uid) && (f->has(FetchItem::EnvelopeSummary) || f->has(FetchItem::Envelope))
            && wanted.contains(f->uid))
            *fetched << ImapRowConverter::row(*f, uidValidity, *decoder);
    };
    task->setCancelHandler([this, task] {
        if (m_session)
            m_session->cancel(task);
    });
    const FetchItems items = FetchItem::Uid | FetchItem::Flags | FetchItem::InternalDate | FetchItem::Rfc822Size
        | FetchItem::Envelope | FetchItem::BodyStructure;
    m_session->execute(Command::uidFetch(SequenceSet::fromList(missing), items), options,
                       [this, folder, rows, fetched, found, done, guard = QPointer<Task>(task)](
                           const Result<StatusResponse> &r) mutable {
                           if (!r)
                               return done(r.error());
                           if (!guard || guard->isFinished())
                               return done(MailError(MailError::Kind::Cancelled, tr("The search was cancelled.")));
                           if (!fetched->isEmpty()) {
                               if (Result<void> s = Store::ImapCache(m_store).insertHeaders(folder.folderId, *fetched); !s)
                                   return done(s.error());
                               Q_EMIT rowsAdded(folder.name, *fetched);
                               rows += *fetched;
                           }
                           found(rows);
                           done({});
                       });
}

} // namespace Pigeon::Sync
