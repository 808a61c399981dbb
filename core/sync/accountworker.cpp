// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/accountworker.h"

#include "store/imapcache.h"
#include "store/mailstore.h"
#include "store/searchindex.h"
#include "sync/partialmessage.h"
#include "sync/pop3fetcher.h"
#include "sync/task.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace Pigeon::Sync {

namespace {

/// Bodies indexed per slice of idle work: about a tenth of a second here, so a user's
/// request waits at most that long behind it.
constexpr int indexSlice = 300;

Result<Pop3::AuthMethod> pop3Auth(Account::AuthMethod method)
{
    switch (method) {
    case Account::AuthMethod::Auto: return Pop3::AuthMethod::Auto;
    case Account::AuthMethod::Plain: return Pop3::AuthMethod::SaslPlain;
    case Account::AuthMethod::Login: return Pop3::AuthMethod::SaslLogin;
    case Account::AuthMethod::Cleartext: return Pop3::AuthMethod::UserPass;
    case Account::AuthMethod::CramMd5: break;
    }
    return MailError(MailError::Kind::InvalidInput,
                     AccountWorker::tr("CRAM-MD5 is not supported for POP3; choose another login method."));
}

} // namespace

AccountWorker::AccountWorker(Account::Account account, QString storeDir)
    : m_account(std::move(account))
    , m_storeDir(std::move(storeDir))
{
}

AccountWorker::~AccountWorker()
{
    // The engines use the store: they go first. The fetcher's destruction sends nothing
    // that deletes mail (QUIT is only sent when a check completes); the IMAP engine's
    // unsent changes are in the store's durable queue.
    m_fetcher.reset();
    m_imap.reset();
}

void AccountWorker::open()
{
    auto store = std::make_unique<Store::MailStore>(m_storeDir);
    if (Result<void> r = store->open(); !r) {
        Q_EMIT opened(r.error());
        return;
    }
    m_store = std::move(store);
    // The folders every account shows even before its first message arrives; an IMAP
    // account's INBOX under the name ImapSync keeps it by (the rest come from LIST).
    const QStringList standard = m_account.protocol == Account::IncomingProtocol::Pop3
        ? QStringList{QStringLiteral("Inbox"), QStringLiteral("Trash")}
        : QStringList{QStringLiteral("INBOX")};
    for (const QString &name : standard) {
        if (!m_store->folders().contains(name)) {
            if (Result<void> r = m_store->createFolder(name); !r) {
                Q_EMIT opened(r.error());
                return;
            }
        }
    }
    m_search = std::make_unique<Store::SearchIndex>(m_store.get());
    m_newMailFloor = maxId();
    if (m_account.protocol == Account::IncomingProtocol::Imap)
        startImap();
    Q_EMIT opened(MailError());
    emitFolders();
    indexBodies();
}

void AccountWorker::startImap()
{
    Q_ASSERT(m_password); // AccountRuntime sets it before open()
    m_imap = std::make_unique<ImapSync>(m_account, m_store.get(), m_password);
    // The views merge rows by id whatever folder they show, so the folder names the
    // engine adds are not needed here.
    connect(m_imap.get(), &ImapSync::foldersChanged, this, [this] { emitFolders(); });
    connect(m_imap.get(), &ImapSync::folderReset, this, [this](const QString &folder) {
        Q_EMIT folderReset(folder);
        emitFolders();
    });
    connect(m_imap.get(), &ImapSync::rowsAdded, this,
            [this](const QString &, const QList<Store::MessageRow> &rows) { Q_EMIT rowsAdded(rows); });
    connect(m_imap.get(), &ImapSync::rowsChanged, this,
            [this](const QString &, const QList<Store::MessageRow> &rows) { Q_EMIT rowsUpdated(rows); });
    connect(m_imap.get(), &ImapSync::rowsRemoved, this,
            [this](const QString &, const QList<Store::MessageId> &ids) { Q_EMIT rowsRemoved(ids); });
    // Dropped offline changes and folders deleted elsewhere reach the user the way a
    // failed operation does: one message each, never silently.
    connect(m_imap.get(), &ImapSync::noticeRaised, this,
            [this](const QString &text) { fail(MailError(MailError::Kind::NotFound, text)); });
    watchReachability();
    // Push: what the server reported reached the views through the signals above; the
    // folder pane's counts and the new-mail notification follow here. Only INBOX
    // notifies: the folder on screen is watched so that the list stays current, and its
    // first sync would otherwise announce every unread message in it.
    connect(m_imap.get(), &ImapSync::watchedFolderSynced, this, [this](const QString &folder, const MailError &error) {
        if (error.isError())
            return;
        emitFolders();
        if (folder == QLatin1String("INBOX"))
            announceNewMail(m_newMailFloor, folder);
    });
    connect(m_imap.get(), &ImapSync::folderWatched, this, &AccountWorker::folderWatched);
    // A folder on screen that LIST has only now shown to be the server's.
    connect(m_imap.get(), &ImapSync::foldersChanged, this, &AccountWorker::updateWatchedFolders);
    m_imap->setOnline(m_online);
    updateWatchedFolders();
}

void AccountWorker::updateWatchedFolders()
{
    if (!m_imap)
        return;
    QStringList folders{QStringLiteral("INBOX")};
    if (!m_viewedFolder.isEmpty() && m_viewedFolder != folders.constFirst()) {
        const std::optional<Store::FolderState> f = m_store->index().folder(m_viewedFolder);
        const std::optional<Store::RemoteFolder> remote = f ? m_store->index().remoteFolder(f->id) : std::nullopt;
        if (remote && remote->isSelectable())
            folders << m_viewedFolder;
    }
    m_imap->setWatchedFolders(folders);
}

void AccountWorker::shutDown()
{
    QThread *thread = QThread::currentThread();
    QTimer::singleShot(goodbyeBound, this, [thread] { thread->quit(); });
    if (m_retryTimer)
        m_retryTimer->stop(); // no new connection while saying goodbye
    if (!m_imap) {
        thread->quit();
        return;
    }
    m_imap->closeConnections([thread] { thread->quit(); });
}

void AccountWorker::setAccount(const Account::Account &account)
{
    m_account = account;
    if (m_imap)
        m_imap->setAccount(account);
}

void AccountWorker::setOnline(bool online)
{
    m_online = online;
    if (!m_imap)
        return;
    if (!online) {
        // Working offline, nothing is tried: whether the server is there is not known.
        cancelServerSearch();
        m_retryTimer->stop();
        m_retryDelayMs = 0;
        if (!m_reachable) {
            m_reachable = true;
            Q_EMIT reachableChanged(true, {});
        }
    }
    m_imap->setOnline(online);
}

void AccountWorker::watchChange(Task *task)
{
    connect(task, &Task::finished, this, [this](const MailError &error) {
        if (error.isError())
            fail(error);
        // Moves, deletions and read marks change the counts in the folder pane.
        emitFolders();
    });
}

bool AccountWorker::fail(const MailError &error)
{
    Q_EMIT operationFailed(error);
    return false;
}

void AccountWorker::emitFolders()
{
    if (!m_store)
        return;
    QList<FolderSummary> folders;
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    // One pass over the (folder, date) index; 100,000 rows take a few milliseconds.
    if (!q.exec(QStringLiteral("SELECT f.id, f.name, count(m.id), coalesce(sum((m.flags & 1) = 0), 0),"
                               " r.folder_id IS NOT NULL, r.delimiter, r.special_use, r.attributes"
                               " FROM folders f LEFT JOIN messages m ON m.folder_id = f.id"
                               " LEFT JOIN remote_folders r ON r.folder_id = f.id"
                               " GROUP BY f.id ORDER BY f.name"))) {
        fail(Store::StoreIndex::sqlError(q, tr("count messages")));
        return;
    }
    while (q.next()) {
        FolderSummary f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.total = q.value(2).toLongLong();
        f.unread = q.value(3).toLongLong();
        // Local folders nest by "/" (createFolder); IMAP ones by the server's delimiter.
        const bool remote = q.value(4).toBool();
        f.delimiter = remote || m_imap ? q.value(5).toString() : QStringLiteral("/");
        f.specialUse = q.value(6).toString().toLatin1();
        const QByteArray attributes = q.value(7).toString().toLatin1().toLower();
        f.selectable = !attributes.contains("\\noselect") && !attributes.contains("\\nonexistent");
        folders.append(f);
    }
    Q_EMIT foldersChanged(folders);
}

Result<QList<Store::MessageRow>> AccountWorker::rowsWhere(const QString &where, const QVariantList &values,
                                                          int limit) const
{
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages m JOIN folders f ON f.id = m.folder_id WHERE %2 LIMIT %3")
                  .arg(Store::StoreIndex::rowColumns(), where)
                  .arg(limit));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Store::StoreIndex::sqlError(q, tr("list messages"));
    QList<Store::MessageRow> rows;
    while (q.next())
        rows.append(Store::StoreIndex::rowFromQuery(q, 0));
    return rows;
}

Store::MessageId AccountWorker::maxId() const
{
    QSqlQuery q(m_store->index().database());
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

void AccountWorker::loadFolder(const QString &folder, quint64 generation)
{
    m_loadGeneration = generation;
    m_viewedFolder = folder;
    if (!m_store)
        return;
    updateWatchedFolders();
    // The first page through MailStore::list, which re-reads the folder file first if
    // another program (a local MDA, mutt) changed it.
    Result<QList<Store::MessageRow>> first = m_store->list(folder, 0, firstBatch);
    if (!first) {
        if (first.error().kind() == MailError::Kind::NotFound) {
            Q_EMIT rowsLoaded(folder, generation, {}, true);
            return;
        }
        fail(first.error());
        Q_EMIT rowsLoaded(folder, generation, {}, true);
        return;
    }
    const bool complete = first->size() < firstBatch;
    Q_EMIT rowsLoaded(folder, generation, *first, complete);
    if (!complete)
        continueLoad(folder, generation, first->constLast().date, first->constLast().id);
}

void AccountWorker::continueLoad(const QString &folder, quint64 generation, qint64 afterDate,
                                 Store::MessageId afterId)
{
    // Another slice later, so queued requests (open this message) run in between.
    QTimer::singleShot(0, this, [this, folder, generation, afterDate, afterId] {
        if (generation != m_loadGeneration || !m_store)
            return; // superseded
        const std::optional<Store::FolderState> state = m_store->index().folder(folder);
        if (!state) {
            Q_EMIT rowsLoaded(folder, generation, {}, true);
            return;
        }
        // Keyset paging on the (folder, date) index: each page costs the same, where
        // OFFSET would re-walk everything before it.
        Result<QList<Store::MessageRow>> rows = rowsWhere(
            QStringLiteral("m.folder_id = ? AND (m.date < ? OR (m.date = ? AND m.id < ?))"
                           " ORDER BY m.date DESC, m.id DESC"),
            {state->id, afterDate, afterDate, afterId}, batchSize);
        if (!rows) {
            fail(rows.error());
            Q_EMIT rowsLoaded(folder, generation, {}, true);
            return;
        }
        const bool complete = rows->size() < batchSize;
        Q_EMIT rowsLoaded(folder, generation, *rows, complete);
        if (!complete)
            continueLoad(folder, generation, rows->constLast().date, rows->constLast().id);
    });
}

void AccountWorker::loadMessage(Store::MessageId id)
{
    if (!m_store)
        return;
    if (m_imap) {
        const std::optional<Store::MessageRow> row = m_store->row(id);
        if (row && row->bodyState == Store::BodyState::HeadersOnly)
            return loadImapBody(id);
    }
    emitMessage(id);
}

void AccountWorker::emitMessage(Store::MessageId id)
{
    const std::optional<Store::MessageRow> row = m_store->row(id);
    Result<QByteArray> bytes = row && row->bodyState == Store::BodyState::Partial
        ? PartialMessage::fromCache(m_store.get(), id)
        : m_store->messageBytes(id);
    Q_EMIT messageLoaded(id, bytes ? *bytes : QByteArray(), bytes ? MailError() : bytes.error());
}

void AccountWorker::loadImapBody(Store::MessageId id)
{
    if (!m_imap->isOnline() || !m_reachable) {
        Q_EMIT messageLoaded(id, {}, notAvailableOffline());
        retryConnection(true); // the next click may find the server back
        return;
    }
    // Only the text parts (issue 6), with BODY.PEEK: opening a message neither
    // downloads its attachments nor marks it read on the server; the reader marks it
    // through setFlags like any other change.
    Task *task = m_imap->fetchText(id);
    connect(task, &Task::finished, this, [this, id](const MailError &error) {
        if (error.isError()) {
            // The server went away on the way: say so plainly (the details are in the log).
            Q_EMIT messageLoaded(id, {}, m_reachable && !isOutage(error) ? error : notAvailableOffline());
            return;
        }
        emitMessage(id);
        indexBodies(); // its words become searchable offline
    });
}

void AccountWorker::fetchPart(Store::MessageId id, const QByteArray &section)
{
    if (!m_store)
        return;
    const std::optional<Store::MessageRow> row = m_store->row(id);
    const bool cached = row
        && (row->bodyState == Store::BodyState::Full || Store::ImapCache(m_store.get()).hasPart(id, section));
    if (cached || !m_imap) {
        emitMessage(id);
        Q_EMIT partFetched(id, section,
                           cached ? MailError()
                                  : MailError(MailError::Kind::NotFound, tr("This part is not in the message.")));
        return;
    }
    if (!m_imap->isOnline() || !m_reachable) {
        Q_EMIT partFetched(id, section, MailError(MailError::Kind::Network,
                                                  tr("This attachment is not available offline: it has not been "
                                                     "downloaded yet, and Pigeon is working offline.")));
        return;
    }
    Task *task = m_imap->fetchPart(id, section);
    connect(task, &Task::finished, this, [this, id, section](const MailError &error) {
        if (!error.isError()) {
            emitMessage(id);
            Q_EMIT partFetched(id, section, error);
            return;
        }
        // The server cannot be reached: say what that means for this attachment.
        Q_EMIT partFetched(id, section,
                           isOutage(error) ? MailError(error.kind(), tr("This attachment is not available offline: it has "
                                                                    "not been downloaded yet, and the server cannot be "
                                                                    "reached (%1).").arg(error.text()))
                                       : error);
    });
}

void AccountWorker::downloadImapBodies(quint64 taskId, QList<Store::MessageId> ids)
{
    if (ids.isEmpty()) {
        m_fetchTask = 0;
        Q_EMIT taskFinished(taskId, MailError());
        return;
    }
    const Store::MessageId id = ids.takeFirst();
    Task *task = m_imap->fetchBody(id);
    connect(task, &Task::finished, this, [this, taskId, id, ids](const MailError &error) {
        if (error.isError()) {
            m_fetchTask = 0;
            Q_EMIT taskFinished(taskId, error);
            return;
        }
        emitMessage(id); // the reading pane shows the whole message now
        downloadImapBodies(taskId, ids);
    });
}

void AccountWorker::emitRows(const QList<Store::MessageId> &ids)
{
    QList<Store::MessageRow> rows;
    rows.reserve(ids.size());
    for (Store::MessageId id : ids) {
        if (std::optional<Store::MessageRow> row = m_store->row(id))
            rows.append(*row);
    }
    if (!rows.isEmpty())
        Q_EMIT rowsUpdated(rows);
}

void AccountWorker::setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add,
                             Store::MessageFlags remove)
{
    if (!m_store || ids.isEmpty())
        return;
    if (m_imap)
        return watchChange(m_imap->setFlags(ids, add, remove));
    if (Result<void> r = m_store->setFlags(ids, add, remove); !r)
        fail(r.error());
    // Also after a failure: the views show what the store really holds.
    emitRows(ids);
    if ((add | remove) & Store::MessageFlag::Seen)
        emitFolders();
}

void AccountWorker::moveMessages(const QList<Store::MessageId> &ids, const QString &target)
{
    if (!m_store || ids.isEmpty())
        return;
    if (m_imap)
        return watchChange(m_imap->moveMessages(ids, target));
    if (Result<void> r = m_store->move(ids, target); !r) {
        fail(r.error());
        emitFolders();
        return;
    }
    // Gone from where they were, new where they are: each view merges what it shows.
    Q_EMIT rowsRemoved(ids);
    QList<Store::MessageRow> moved;
    for (Store::MessageId id : ids) {
        if (std::optional<Store::MessageRow> row = m_store->row(id))
            moved.append(*row);
    }
    Q_EMIT rowsAdded(moved);
    emitFolders();
}

void AccountWorker::copyMessages(const QList<Store::MessageId> &ids, const QString &target)
{
    if (!m_store || ids.isEmpty())
        return;
    // IMAP: UID COPY on the server (or queued offline); the cache follows.
    if (m_imap)
        return watchChange(m_imap->copyMessages(ids, target));
    QList<Store::AppendRequest> requests;
    for (Store::MessageId id : ids) {
        const std::optional<Store::MessageRow> row = m_store->row(id);
        Result<QByteArray> bytes = m_store->messageBytes(id);
        if (!row || !bytes) {
            fail(bytes ? MailError(MailError::Kind::NotFound, tr("The message is no longer in the store."))
                       : bytes.error());
            return;
        }
        Store::AppendRequest request;
        request.message = *bytes;
        request.flags = row->flags;
        request.received = QDateTime::fromSecsSinceEpoch(row->date, Qt::UTC);
        requests.append(request);
    }
    const Store::MessageId before = maxId();
    if (Result<QList<Store::MessageId>> r = m_store->appendBatch(target, requests); !r)
        fail(r.error());
    emitRowsSince(before);
    emitFolders();
}

void AccountWorker::removeMessages(const QList<Store::MessageId> &ids)
{
    if (!m_store || ids.isEmpty())
        return;
    // IMAP: as the account's delete model says (into Trash, or expunged when in it).
    if (m_imap)
        return watchChange(m_imap->deleteMessages(ids));
    if (Result<void> r = m_store->remove(ids); !r) {
        fail(r.error());
        return;
    }
    Q_EMIT rowsRemoved(ids);
    emitFolders();
}

void AccountWorker::search(const QString &query, quint64 generation)
{
    m_loadGeneration = generation;
    if (!m_store)
        return;
    // Search must see every body: catch up on the ones not yet indexed.
    if (Result<qint64> r = m_search->update(); !r) {
        Q_EMIT searchFinished(query, generation, {}, r.error());
        return;
    }
    Result<QList<Store::MessageRow>> rows = m_search->search(query, 1000);
    Q_EMIT searchFinished(query, generation, rows ? *rows : QList<Store::MessageRow>(),
                          rows ? MailError() : rows.error());
}

void AccountWorker::indexBodies()
{
    if (m_indexing || !m_store)
        return;
    m_indexing = true;
    QTimer::singleShot(0, this, [this] {
        m_indexing = false;
        if (!m_store || m_fetcher || m_fetchTask)
            return; // a check writes the store; indexing resumes after it
        Result<qint64> added = m_search->update(indexSlice, indexSlice);
        if (added && *added == indexSlice)
            indexBodies();
    });
}

void AccountWorker::emitRowsSince(Store::MessageId afterId)
{
    Store::MessageId last = afterId;
    for (;;) {
        Result<QList<Store::MessageRow>> rows =
            rowsWhere(QStringLiteral("m.id > ? ORDER BY m.id"), {last}, batchSize);
        if (!rows || rows->isEmpty())
            break;
        last = rows->constLast().id;
        Q_EMIT rowsAdded(*rows);
        if (rows->size() < batchSize)
            break;
    }
    if (m_fetcher)
        m_fetchSeen = std::max(m_fetchSeen, last);
}

void AccountWorker::fetchMail(quint64 taskId, const QString &password, const QList<Store::MessageId> &complete)
{
    if (!m_store || m_fetcher || m_fetchTask) {
        Q_EMIT taskFinished(taskId, MailError(MailError::Kind::Internal, tr("A check is already running.")));
        return;
    }
    if (m_imap && !complete.isEmpty()) {
        m_fetchTask = taskId;
        return downloadImapBodies(taskId, complete);
    }
    if (m_imap) {
        m_fetchTask = taskId;
        const Store::MessageId before = maxId();
        followImapStep(m_imap->refreshFolders(), before, [this, before] {
            QStringList folders{QStringLiteral("INBOX")};
            // The folder on screen too, when it is one of the server's.
            for (const Store::RemoteFolder &f : m_imap->folders())
                if (f.name == m_viewedFolder && f.name != folders.constFirst() && f.isSelectable())
                    folders.append(f.name);
            continueImapCheck(folders, before);
        });
        return;
    }
    Result<Pop3::AuthMethod> auth = pop3Auth(m_account.incoming.auth);
    if (!auth) {
        Q_EMIT taskFinished(taskId, auth.error());
        return;
    }
    FetchOptions options;
    options.session.endpoint = m_account.incomingEndpoint();
    options.session.username = m_account.incoming.username;
    options.session.password = password;
    options.session.auth = *auth;
    options.policy = m_account.pop3;
    m_fetcher = std::make_unique<Pop3Fetcher>(m_store.get(), options);
    m_fetchTask = taskId;
    m_fetchSeen = maxId();
    const Store::MessageId before = m_fetchSeen;
    m_sinceRows.start();
    m_sinceProgress.start();

    connect(m_fetcher.get(), &Pop3Fetcher::progress, this, [this](int done, int total, qint64 bytes) {
        // The UI needs a few updates a second, not one per message of 3,400.
        if (done != total && m_sinceProgress.elapsed() < 100)
            return;
        m_sinceProgress.restart();
        TaskProgress p;
        p.id = m_fetchTask;
        p.account = m_account.displayName();
        p.title = tr("Downloading message %L1 of %L2").arg(done).arg(total);
        p.done = done;
        p.total = total;
        p.bytes = bytes;
        Q_EMIT taskProgressed(p);
        // What the fetcher committed so far appears in the list while it goes on.
        if (m_sinceRows.elapsed() > 500) {
            m_sinceRows.restart();
            emitRowsSince(m_fetchSeen);
        }
    });
    connect(m_fetcher.get(), &Pop3Fetcher::finished, this, [this, before](const FetchReport &report) {
        emitRowsSince(m_fetchSeen);
        // A completed message is a new row; its partial copy is gone.
        QList<Store::MessageId> gone;
        for (auto it = m_completing.cbegin(); it != m_completing.cend(); ++it) {
            if (m_store->row(it.value()))
                continue;
            gone.append(it.value());
            if (const std::optional<Store::MessageId> whole = m_store->index().findByUidl(it.key()))
                Q_EMIT messageReplaced(it.value(), *whole);
        }
        m_completing.clear();
        if (!gone.isEmpty())
            Q_EMIT rowsRemoved(gone);
        const quint64 task = m_fetchTask;
        // Deleted later: this lambda runs inside the fetcher's signal.
        m_fetcher.release()->deleteLater();
        m_fetchTask = 0;
        emitFolders();
        announceNewMail(before);
        Q_EMIT taskFinished(task, report.error);
        indexBodies();
    });

    TaskProgress p;
    p.id = taskId;
    p.account = m_account.displayName();
    p.title = tr("Connecting to %1").arg(m_account.incoming.host);
    Q_EMIT taskProgressed(p);
    if (complete.isEmpty()) {
        m_fetcher->start();
        return;
    }
    // The rest of messages that were over the size limit: by their UIDL.
    QList<QByteArray> uidls;
    for (Store::MessageId id : complete) {
        const std::optional<Store::MessageRow> row = m_store->row(id);
        if (row && row->flags.testFlag(Store::MessageFlag::Partial) && !row->origin.uidl.isEmpty()) {
            uidls.append(row->origin.uidl);
            m_completing.insert(row->origin.uidl, id);
        }
    }
    m_fetcher->downloadFull(uidls);
}

void AccountWorker::announceNewMail(Store::MessageId before, const QString &folder)
{
    // A check and a push sync may both store rows of INBOX between their start and end:
    // each row is announced once, by whichever finishes first.
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.name, m.id FROM messages m JOIN folders f ON f.id = m.folder_id"
                             " WHERE m.id > ? AND (m.flags & 1) = 0%1")
                  .arg(folder.isEmpty() ? QString() : QStringLiteral(" AND f.name = ?")));
    q.addBindValue(before);
    if (!folder.isEmpty())
        q.addBindValue(folder);
    if (!q.exec())
        return;
    int count = 0;
    QHash<QString, Store::MessageId> announced = m_announcedUpTo;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const Store::MessageId id = q.value(1).toLongLong();
        if (id <= m_announcedUpTo.value(name, 0))
            continue;
        ++count;
        announced[name] = std::max(announced.value(name, 0), id);
    }
    m_announcedUpTo = announced;
    if (count > 0)
        Q_EMIT newMail(count);
}

void AccountWorker::followImapStep(Task *task, Store::MessageId before, std::function<void()> next)
{
    m_imapStep = task;
    auto report = [this, task] {
        TaskProgress p;
        p.id = m_fetchTask;
        p.account = m_account.displayName();
        p.title = task->title();
        p.done = task->done();
        p.total = task->total();
        Q_EMIT taskProgressed(p);
    };
    report();
    m_sinceProgress.start();
    connect(task, &Task::progressChanged, this, [this, report](qint64 done, qint64 total) {
        if (done != total && m_sinceProgress.elapsed() < 100)
            return; // a few updates a second are enough for the UI
        m_sinceProgress.restart();
        report();
    });
    connect(task, &Task::finished, this, [this, before, next](const MailError &error) {
        m_imapStep = nullptr;
        if (error.isError())
            return endImapCheck(before, error);
        next();
    });
}

void AccountWorker::continueImapCheck(QStringList folders, Store::MessageId before)
{
    if (folders.isEmpty())
        return endImapCheck(before, {});
    const QString folder = folders.takeFirst();
    followImapStep(m_imap->syncFolder(folder), before, [this, folders, before] { continueImapCheck(folders, before); });
}

void AccountWorker::endImapCheck(Store::MessageId before, const MailError &error)
{
    const quint64 task = m_fetchTask;
    m_fetchTask = 0;
    emitFolders();
    announceNewMail(before);
    Q_EMIT taskFinished(task, error);
    indexBodies();
}

void AccountWorker::cancelTask(quint64 taskId)
{
    if (taskId != m_fetchTask)
        return;
    if (m_fetcher)
        m_fetcher->cancel();
    else if (m_imapStep)
        m_imapStep->cancel(); // its finished(Cancelled) ends the check
}

} // namespace Pigeon::Sync
