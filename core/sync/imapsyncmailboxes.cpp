// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync: folders created, renamed, moved and deleted on the server, with the cache
// following; messages copied between folders.
#include "sync/imapsync.h"

#include "common/logging.h"
#include "imap/ops/copyop.h"
#include "imap/ops/mailboxmanageop.h"
#include "imap/ops/namespaceop.h"
#include "imap/session/imapsession.h"
#include "imap/wire/mutf7.h"
#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/task.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Pigeon::Sync {

using namespace Pigeon::Imap;

namespace {

/// What a failed folder command tells the user: what was tried, then the server's own
/// words (its response code stays in MailError::serverCode(): ALREADYEXISTS, NONEXISTENT...).
MailError explained(const MailError &error, const QString &what)
{
    if (!error.isError())
        return error;
    MailError e(error.kind(), QStringLiteral("%1: %2").arg(what, error.text()), error.serverCode());
    e.setPayload(error.payload());
    return e;
}

} // namespace

QStringList ImapSync::subtree(const QString &name) const
{
    // The folder and every cached folder below it, parents first.
    QStringList names{name};
    const std::optional<Store::RemoteFolder> rf = remoteFolderByName(name);
    const QString delimiter = rf ? rf->delimiter : delimiterUnder(name);
    if (delimiter.isEmpty())
        return names;
    const QString prefix = name + delimiter;
    for (const QString &f : m_store->folders())
        if (f.startsWith(prefix))
            names << f;
    std::sort(names.begin() + 1, names.end());
    return names;
}

QString ImapSync::delimiterUnder(const QString &parent) const
{
    const QList<Store::RemoteFolder> folders = m_store->index().remoteFolders();
    if (!parent.isEmpty()) {
        for (const Store::RemoteFolder &f : folders)
            if (f.name == parent && !f.delimiter.isEmpty())
                return f.delimiter;
    }
    if (!m_personalDelimiter.isEmpty())
        return m_personalDelimiter;
    // Servers use one delimiter per namespace (RFC 9051 §5.1.1): INBOX's, or any.
    for (const Store::RemoteFolder &f : folders)
        if (f.name == QLatin1String("INBOX") && !f.delimiter.isEmpty())
            return f.delimiter;
    for (const Store::RemoteFolder &f : folders)
        if (!f.delimiter.isEmpty())
            return f.delimiter;
    return {};
}

void ImapSync::withNamespace(std::function<void(const MailError &)> next)
{
    if (m_namespaceKnown || !m_session->hasCapability("NAMESPACE"))
        return next({});
    auto *op = new NamespaceOp(m_session, this);
    connect(op, &ImapOp::finished, this, [this, op, next](const MailError &error) {
        op->deleteLater();
        if (error.isError())
            return next(error);
        m_namespaceKnown = true;
        // RFC 2342 §5: the first personal namespace is where a client creates folders
        // ("" on Dovecot, "INBOX." on Courier and Cyrus).
        if (!op->result().personal.isEmpty()) {
            const Namespace &ns = op->result().personal.constFirst();
            m_personalPrefix = ns.prefix.name;
            m_personalDelimiter = ns.delimiter.isNull() ? QString() : QString(ns.delimiter);
        }
        next({});
    });
    op->start();
}

void ImapSync::folderName(const QString &parent, const QString &leaf,
                          std::function<void(const Result<QString> &)> answer)
{
    const QString delimiter = delimiterUnder(parent);
    if (!delimiter.isEmpty() && leaf.contains(delimiter))
        return answer(MailError(MailError::Kind::InvalidInput,
                                tr("A folder name cannot contain “%1” on this server.").arg(delimiter)));
    // RFC 9051 §5.1: "%" and "*" are LIST wildcards, no name should hold them.
    if (leaf.contains(QLatin1Char('%')) || leaf.contains(QLatin1Char('*')))
        return answer(MailError(MailError::Kind::InvalidInput, tr("A folder name cannot contain “%” or “*”.")));
    if (parent.isEmpty())
        return answer(QString(m_personalPrefix + leaf));
    if (delimiter.isEmpty())
        return answer(MailError(MailError::Kind::InvalidInput, tr("This server has no subfolders.")));
    answer(QString(parent + delimiter + leaf));
}

void ImapSync::manage(int action, const QString &mailbox, const QString &newName,
                      std::function<void(const MailError &)> done)
{
    auto *op = new MailboxManageOp(m_session, MailboxManageOp::Action(action), mailbox, newName, this);
    connect(op, &ImapOp::finished, this, [op, done](const MailError &error) {
        op->deleteLater();
        done(error);
    });
    op->start();
}

Task *ImapSync::createFolder(const QString &parent, const QString &leaf)
{
    return enqueue(tr("Creating folder %1").arg(leaf), true,
                   [this, parent, leaf](Task *, std::function<void(const MailError &)> done) {
        withNamespace([this, parent, leaf, done](const MailError &nsError) {
            if (nsError.isError())
                return done(nsError);
            folderName(parent, leaf, [this, leaf, done](const Result<QString> &name) {
                if (!name)
                    return done(name.error());
                const QString what = tr("The folder “%1” cannot be created").arg(leaf);
                if (m_store->index().folder(*name))
                    return done(MailError(MailError::Kind::InvalidInput,
                                          tr("%1: it already exists.").arg(what), QStringLiteral("ALREADYEXISTS")));
                const QString full = *name;
                manage(int(MailboxManageOp::Action::Create), full, {}, [this, full, what, done](const MailError &e) {
                    if (e.serverCode() == QLatin1String("ALREADYEXISTS")) {
                        // Another client made it: show it, and say why nothing was created.
                        return listStep([e, what, done](const MailError &) { done(explained(e, what)); });
                    }
                    if (e.isError())
                        return done(explained(e, what));
                    // Other clients show subscribed folders only (RFC 9051 §6.3.7).
                    manage(int(MailboxManageOp::Action::Subscribe), full, {}, [this, full, done](const MailError &s) {
                        if (s.isError())
                            qCWarning(lcSync) << "cannot subscribe to" << full << s.toString();
                        listStep(done);
                    });
                });
            });
        });
    });
}

Result<void> ImapSync::renameCache(const QString &from, const QString &to, const QString &delimiter)
{
    // The cache moves along: the store folders (files, rows and bodies) take the new
    // names, their sync state stays, so the next sync continues where it was (RENAME
    // keeps UIDVALIDITY on the servers we know; one that changes it is a reset as usual).
    Store::StoreIndex &index = m_store->index();
    const QStringList names = subtree(from);
    for (const QString &old : names) {
        const QString renamed = to + old.mid(from.size());
        if (Result<void> r = m_store->renameFolder(old, renamed); !r)
            return r;
        if (std::optional<Store::FolderState> f = index.folder(renamed)) {
            if (std::optional<Store::RemoteFolder> rf = index.remoteFolder(f->id)) {
                rf->name = renamed;
                rf->rawName = MUtf7::encode(renamed); // LIST right after brings the server's spelling
                if (Result<void> r = index.setRemoteFolder(*rf); !r)
                    return r;
            }
        }
        // A watched folder is watched under its new name.
        if (idleWatcher(old)) {
            QStringList watched = watchedFolders();
            watched.replaceInStrings(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(old) + QStringLiteral("$")),
                                     renamed);
            setWatchedFolders(watched);
        }
        // Queued moves and copies into the folder keep their target.
        QSqlQuery q(index.database());
        q.prepare(QStringLiteral("UPDATE change_queue SET target = ? WHERE target = ?"));
        q.addBindValue(renamed);
        q.addBindValue(old);
        if (!q.exec())
            return Store::StoreIndex::sqlError(q, tr("update queued changes"));
    }
    Q_UNUSED(delimiter);
    return {};
}

Task *ImapSync::renameFolder(const QString &from, const QString &newParent, const QString &leaf)
{
    return enqueue(tr("Renaming folder %1").arg(from), true,
                   [this, from, newParent, leaf](Task *, std::function<void(const MailError &)> done) {
        const QString what = tr("The folder “%1” cannot be renamed").arg(from);
        if (!remoteFolderByName(from))
            return done(MailError(MailError::Kind::NotFound, tr("%1: it is not on the server.").arg(what),
                                  QStringLiteral("NONEXISTENT")));
        withNamespace([this, from, newParent, leaf, what, done](const MailError &nsError) {
            if (nsError.isError())
                return done(nsError);
            folderName(newParent, leaf, [this, from, newParent, what, done](const Result<QString> &name) {
                if (!name)
                    return done(explained(name.error(), what));
                const QString to = *name;
                if (to == from)
                    return done({});
                const QString delimiter = delimiterUnder(from);
                if (!delimiter.isEmpty() && QString(to + delimiter).startsWith(QString(from + delimiter)))
                    return done(MailError(MailError::Kind::InvalidInput,
                                          tr("%1: a folder cannot go inside itself.").arg(what)));
                if (m_store->index().folder(to))
                    return done(MailError(MailError::Kind::InvalidInput,
                                          tr("%1: “%2” already exists.").arg(what, to), QStringLiteral("ALREADYEXISTS")));
                const QStringList before = subtree(from);
                manage(int(MailboxManageOp::Action::Rename), from, to,
                       [this, from, to, delimiter, before, what, done](const MailError &e) {
                    if (e.isError())
                        return done(explained(e, what));
                    if (Result<void> r = renameCache(from, to, delimiter); !r)
                        return done(r.error());
                    // Subscriptions follow the names (RFC 9051 §6.3.6 leaves them where
                    // they were): subscribe the new names, unsubscribe the old.
                    auto steps = std::make_shared<QStringList>(before);
                    auto next = std::make_shared<std::function<void()>>();
                    // The step refers to itself weakly: a strong self-capture would be a cycle that
                    // outlives the chain; the callbacks in flight hold it instead.
                    std::weak_ptr<std::function<void()>> weakNext = next;
                    *next = [this, steps, weakNext, from, to, done] {
                        const auto next = weakNext.lock();
                        if (steps->isEmpty())
                            return listStep(done);
                        const QString old = steps->takeFirst();
                        const QString renamed = to + old.mid(from.size());
                        manage(int(MailboxManageOp::Action::Subscribe), renamed, {}, [this, old, next](const MailError &) {
                            manage(int(MailboxManageOp::Action::Unsubscribe), old, {}, [next](const MailError &) { (*next)(); });
                        });
                    };
                    (*next)();
                });
            });
        });
    });
}

Task *ImapSync::deleteFolder(const QString &name)
{
    return enqueue(tr("Deleting folder %1").arg(name), true,
                   [this, name](Task *, std::function<void(const MailError &)> done) {
        QStringList order = subtree(name);
        std::reverse(order.begin(), order.end()); // children first
        auto left = std::make_shared<QStringList>(order);
        auto next = std::make_shared<std::function<void()>>();
        // The step refers to itself weakly: a strong self-capture would be a cycle that
        // outlives the chain; the callbacks in flight hold it instead.
        std::weak_ptr<std::function<void()>> weakNext = next;
        *next = [this, left, weakNext, done] {
            const auto next = weakNext.lock();
            if (left->isEmpty()) {
                Q_EMIT foldersChanged(m_store->index().remoteFolders());
                return done({});
            }
            const QString folder = left->takeFirst();
            const std::optional<Store::RemoteFolder> rf = remoteFolderByName(folder);
            auto forget = [this, folder, next, done](const MailError &e) {
                if (e.isError())
                    return done(explained(e, tr("The folder “%1” cannot be deleted").arg(folder)));
                QList<Store::MessageId> ids;
                if (std::optional<Store::FolderState> f = m_store->index().folder(folder)) {
                    QSqlQuery q(m_store->index().database());
                    q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder_id = ?"));
                    q.addBindValue(f->id);
                    if (q.exec())
                        while (q.next())
                            ids << q.value(0).toLongLong();
                }
                if (Result<void> r = m_store->removeFolder(folder); !r)
                    return done(r.error());
                // A watcher of it would fail again and again: it stops.
                if (idleWatcher(folder)) {
                    QStringList watched = watchedFolders();
                    watched.removeAll(folder);
                    setWatchedFolders(watched);
                }
                if (!ids.isEmpty())
                    Q_EMIT rowsRemoved(folder, ids);
                (*next)();
            };
            // A store folder the server never listed has nothing to delete there.
            if (!rf)
                return forget({});
            manage(int(MailboxManageOp::Action::Delete), folder, {}, [this, folder, forget](const MailError &e) {
                if (!e.isError())
                    manage(int(MailboxManageOp::Action::Unsubscribe), folder, {}, [](const MailError &) {});
                // Gone already (another client): the cache goes too.
                forget(e.serverCode() == QLatin1String("NONEXISTENT") ? MailError() : e);
            });
        };
        (*next)();
    });
}

// --- copies ------------------------------------------------------------------------------

Result<QList<Store::MessageRow>> ImapSync::cacheCopies(const QList<Store::MessageId> &ids, const QString &target,
                                                       const QHash<quint32, quint32> &uidMap, quint32 uidValidity)
{
    std::optional<Store::FolderState> folder = m_store->index().folder(target);
    if (!folder)
        return MailError(MailError::Kind::NotFound, tr("There is no folder %1 on the server.").arg(target));
    QList<Store::MessageRow> rows;
    QList<Store::MessageId> sources;
    QList<bool> known; // the copy has the server's UID
    for (Store::MessageId id : ids) {
        std::optional<Store::MessageRow> r = m_store->row(id);
        if (!r || r->origin.uid <= 0 || r->origin.uidValidity <= 0)
            continue;
        Store::MessageRow copy = *r;
        copy.id = 0;
        const quint32 uid = uidMap.value(quint32(r->origin.uid));
        known << (uid && uidValidity);
        if (known.constLast()) {
            copy.origin.uid = uid;
            copy.origin.uidValidity = uidValidity;
        }
        rows << copy;
        sources << id;
    }
    Store::ImapCache cache(m_store);
    if (Result<void> r = cache.insertHeaders(folder->id, rows); !r)
        return r.error();
    // Without the server's UIDs the copies are provisional (UIDVALIDITY 0, like moved
    // rows): the target's next sync brings the server's and drops these.
    QList<Store::MessageId> provisional;
    QList<std::pair<Store::MessageId, QByteArray>> bodies;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!known.at(i))
            provisional << rows.at(i).id;
        // A body already here is copied too: the copy opens offline like its original.
        if (std::optional<Store::MessageRow> src = m_store->row(sources.at(i)); src && src->bodyState == Store::BodyState::Full)
            if (Result<QByteArray> bytes = m_store->messageBytes(src->id))
                bodies << std::make_pair(rows.at(i).id, *bytes);
    }
    if (Result<void> r = cache.markMoved(provisional); !r)
        return r.error();
    if (!bodies.isEmpty())
        if (Result<void> r = cache.attachBodies(bodies); !r)
            qCWarning(lcSync) << "copies cached without their bodies:" << r.error().toString();
    QList<Store::MessageRow> out;
    for (const Store::MessageRow &r : std::as_const(rows))
        if (std::optional<Store::MessageRow> fresh = m_store->row(r.id))
            out << *fresh;
    return out;
}

void ImapSync::queueCopy(const QList<Store::MessageId> &ids, const QString &target,
                         std::function<void(const MailError &)> done)
{
    Result<QHash<QString, QList<Store::MessageId>>> queued = queueChange(ids, Store::QueuedChange::Kind::Copy, {}, target);
    if (!queued)
        return done(queued.error());
    Result<QList<Store::MessageRow>> rows = cacheCopies(ids, target, {}, 0);
    if (!rows)
        return done(rows.error());
    if (!rows->isEmpty())
        Q_EMIT rowsAdded(target, *rows);
    scheduleReplay();
    done({});
}

Task *ImapSync::copyMessages(const QList<Store::MessageId> &ids, const QString &target)
{
    if (!m_online)
        return enqueue(tr("Copying messages"), false, [this, ids, target](Task *, std::function<void(const MailError &)> done) {
            if (!remoteFolderByName(target))
                return done(MailError(MailError::Kind::NotFound, tr("There is no folder %1 on the server.").arg(target)));
            queueCopy(ids, target, std::move(done));
        });
    return enqueue(tr("Copying messages"), true, [this, ids, target](Task *, std::function<void(const MailError &)> done) {
        copyStep(ids, target, std::move(done));
    });
}

void ImapSync::copyStep(const QList<Store::MessageId> &ids, const QString &target,
                        std::function<void(const MailError &)> done)
{
    const std::optional<Store::RemoteFolder> destination = remoteFolderByName(target);
    if (!destination)
        return done(MailError(MailError::Kind::NotFound, tr("There is no folder %1 on the server.").arg(target)));
    // One UID COPY per source folder (UIDs are per mailbox), each from a SELECT of it.
    QHash<QString, QList<Store::MessageId>> bySource;
    for (Store::MessageId id : ids)
        if (std::optional<Store::MessageRow> r = m_store->row(id); r && r->origin.uid > 0 && r->origin.uidValidity > 0)
            bySource[r->folder] << id;
    auto groups = std::make_shared<QList<std::pair<QString, QList<Store::MessageId>>>>();
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        groups->append({it.key(), it.value()});
    auto next = std::make_shared<std::function<void()>>();
    // The step refers to itself weakly: a strong self-capture would be a cycle that
    // outlives the chain; the callbacks in flight hold it instead.
    std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [this, groups, weakNext, target, destination, done] {
        const auto next = weakNext.lock();
        if (groups->isEmpty())
            return done({});
        const auto [source, group] = groups->takeFirst();
        const std::optional<Store::RemoteFolder> rf = remoteFolderByName(source);
        if (!rf)
            return (*next)();
        QList<quint32> uids;
        for (Store::MessageId id : group)
            if (std::optional<Store::MessageRow> r = m_store->row(id))
                uids << quint32(r->origin.uid);
        auto copy = [this, uids, group, target, destination, next, done](const MailError &selectError) {
            if (selectError.isError())
                return done(selectError);
            auto *op = new CopyOp(m_session, SequenceSet::fromList(uids), target, this);
            connect(op, &ImapOp::finished, this, [this, op, group, target, destination, next, done](const MailError &e) {
                op->deleteLater();
                if (e.kind() == MailError::Kind::Network || e.kind() == MailError::Kind::Timeout) {
                    // The connection went: the copy waits in the queue instead.
                    return queueCopy(group, target, [next, done](const MailError &q) {
                        if (q.isError())
                            return done(q);
                        (*next)();
                    });
                }
                if (e.isError())
                    return done(explained(e, tr("The messages cannot be copied to “%1”").arg(target)));
                const CopyResult &result = op->result();
                // COPYUID names the new UIDs; they are cache rows only under the
                // UIDVALIDITY the cache of the target is synced to.
                const quint32 validity = result.uidValidity && result.uidValidity == destination->uidValidity
                    ? result.uidValidity : 0;
                Result<QList<Store::MessageRow>> rows = cacheCopies(group, target, result.uidMap(), validity);
                if (!rows)
                    return done(rows.error());
                if (!rows->isEmpty())
                    Q_EMIT rowsAdded(target, *rows);
                (*next)();
            });
            op->start();
        };
        if (m_session->state() == ImapSession::State::Selected && m_session->selectedMailbox() == source)
            return copy({});
        Command select("SELECT");
        select.astring(rf->rawName);
        m_session->select(select, source, {}, [copy](const Result<StatusResponse> &r) {
            copy(r ? MailError() : r.error());
        }, this);
    };
    (*next)();
}

} // namespace Pigeon::Sync
