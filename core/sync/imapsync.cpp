// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/imapsync.h"

#include "common/logging.h"
#include "imap/ops/listop.h"
#include "imap/session/imapsession.h"
#include "net/ssltransport.h"
#include "store/changequeue.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/changereplayer.h"
#include "sync/foldersync.h"
#include "sync/idlewatcher.h"
#include "sync/task.h"

#include <QDateTime>
#include <QTimer>

namespace Pigeon::Sync {

using namespace Pigeon::Imap;

namespace {

Result<Imap::AuthMethod> imapAuth(Account::AuthMethod method)
{
    switch (method) {
    case Account::AuthMethod::Auto: return Imap::AuthMethod::Auto;
    case Account::AuthMethod::Plain: return Imap::AuthMethod::SaslPlain;
    case Account::AuthMethod::Cleartext: return Imap::AuthMethod::Login;
    case Account::AuthMethod::Login:
    case Account::AuthMethod::CramMd5: break;
    }
    return MailError(MailError::Kind::InvalidInput,
                     ImapSync::tr("This login method is not supported for IMAP; choose Automatic, PLAIN or LOGIN."));
}

QByteArray specialUseOf(const ListData &l)
{
    static const std::pair<MailboxAttribute, const char *> uses[] = {
        {MailboxAttribute::Trash, "\\Trash"},     {MailboxAttribute::Sent, "\\Sent"},
        {MailboxAttribute::Drafts, "\\Drafts"},   {MailboxAttribute::Junk, "\\Junk"},
        {MailboxAttribute::Archive, "\\Archive"}, {MailboxAttribute::All, "\\All"},
        {MailboxAttribute::Flagged, "\\Flagged"}, {MailboxAttribute::Important, "\\Important"},
    };
    for (const auto &[bit, name] : uses)
        if (l.attributes.testFlag(bit))
            return name;
    return {};
}

QList<QByteArray> attributesOf(const ListData &l)
{
    static const std::pair<MailboxAttribute, const char *> names[] = {
        {MailboxAttribute::NoInferiors, "\\Noinferiors"}, {MailboxAttribute::NoSelect, "\\Noselect"},
        {MailboxAttribute::HasChildren, "\\HasChildren"}, {MailboxAttribute::HasNoChildren, "\\HasNoChildren"},
        {MailboxAttribute::NonExistent, "\\NonExistent"}, {MailboxAttribute::Subscribed, "\\Subscribed"},
        {MailboxAttribute::Marked, "\\Marked"},           {MailboxAttribute::Unmarked, "\\Unmarked"},
    };
    QList<QByteArray> out;
    for (const auto &[bit, name] : names)
        if (l.attributes.testFlag(bit))
            out << name;
    if (const QByteArray use = specialUseOf(l); !use.isEmpty())
        out << use;
    out += l.otherAttributes;
    return out;
}

} // namespace

ImapSync::ImapSync(const Account::Account &account, Store::MailStore *store, PasswordProvider password,
                   QObject *parent)
    : QObject(parent), m_account(account), m_store(store), m_password(std::move(password)),
      m_factory([] { return new Net::SslTransport; })
{
}

ImapSync::~ImapSync()
{
    // Tasks still queued end as cancelled (their receivers learn it), then the session goes.
    while (!m_jobs.isEmpty()) {
        Job job = m_jobs.dequeue();
        if (job.task)
            job.task->cancel();
    }
    if (m_session)
        m_session->abort();
}

void ImapSync::setAccount(const Account::Account &account)
{
    const bool reconnect = account.incoming != m_account.incoming || !(account.tls.pinned == m_account.tls.pinned)
        || account.tls.extraCaFile != m_account.tls.extraCaFile
        || account.imap.compression != m_account.imap.compression;
    m_account = account;
    // New server settings or trust decisions: the next job connects with them.
    if (reconnect && m_session && !m_running) {
        m_session->abort();
        sessionLost();
    }
    // The watchers log in again with them too (or poll at the new interval).
    for (IdleWatcher *w : std::as_const(m_watchers)) {
        w->setPollInterval(pollInterval());
        if (reconnect)
            w->restart();
    }
}

void ImapSync::setTransportFactory(TransportFactory factory)
{
    m_factory = std::move(factory);
}

void ImapSync::setBatchSizes(int rowsPerSignal, int firstFetch, int maxFetch, int storeRows)
{
    m_rowsPerSignal = std::max(1, rowsPerSignal);
    m_firstFetch = std::max(1, firstFetch);
    m_maxFetch = std::max(m_firstFetch, maxFetch);
    m_storeRows = std::max(1, storeRows);
}

void ImapSync::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online && m_session) {
        // Forgotten first: the abort's closed() then finds it gone, and a job waiting
        // for it to open is told why.
        ImapSession *session = m_session;
        sessionLost(MailError(MailError::Kind::Network, tr("Working offline.")));
        session->abort();
    }
    Q_EMIT onlineChanged(online);
    if (online)
        scheduleReplay();
}

bool ImapSync::isOnline() const
{
    return m_online;
}

QList<Store::RemoteFolder> ImapSync::folders() const
{
    return m_store->index().remoteFolders();
}

std::optional<Store::RemoteFolder> ImapSync::remoteFolderByName(const QString &name) const
{
    std::optional<Store::FolderState> f = m_store->index().folder(name);
    if (!f)
        return std::nullopt;
    return m_store->index().remoteFolder(f->id);
}

// --- jobs and the connection ------------------------------------------------------

Task *ImapSync::enqueue(const QString &title, bool network, Step step)
{
    auto *task = new Task(title, this);
    connect(task, &Task::finished, task, &QObject::deleteLater);
    m_jobs.enqueue(Job{task, network, std::move(step)});
    // Started from the event loop: the caller connects to the task first.
    QTimer::singleShot(0, this, &ImapSync::runNext);
    return task;
}

void ImapSync::runNext()
{
    if (m_running || m_jobs.isEmpty())
        return;
    Job job = m_jobs.dequeue();
    if (!job.task || job.task->isFinished()) // cancelled while queued
        return runNext();
    m_running = true;
    QPointer<Task> task = job.task;
    auto done = [this, task](const MailError &error) {
        m_running = false;
        if (task)
            task->finish(error);
        QTimer::singleShot(0, this, &ImapSync::runNext);
    };
    if (!job.network)
        return job.step(task, done);
    if (!m_online)
        return done(MailError(MailError::Kind::Network, tr("Working offline.")));
    withSession([this, job, task, done](const MailError &error) {
        if (error.isError())
            return done(error);
        if (!task || task->isFinished()) {
            m_running = false;
            return runNext();
        }
        job.step(task, done);
    });
}

void ImapSync::withSession(std::function<void(const MailError &)> next)
{
    if (m_session && (m_session->state() == ImapSession::State::Authenticated
                      || m_session->state() == ImapSession::State::Selected))
        return next({});
    m_waiting << std::move(next);
    if (m_connecting)
        return;
    m_connecting = true;
    auto fail = [this](const MailError &error) {
        m_connecting = false;
        Q_EMIT connectionFailed(error);
        for (const auto &waiter : std::exchange(m_waiting, {}))
            waiter(error);
    };
    loginOptions([this, fail](const Result<SessionOptions> &options) {
        if (!options)
            return fail(options.error());
        auto *session = new ImapSession(m_factory(), this);
        m_session = session;
        connect(session, &ImapSession::opened, this, [this] {
            m_connecting = false;
            Q_EMIT connected();
            for (const auto &waiter : std::exchange(m_waiting, {}))
                waiter({});
        });
        connect(session, &ImapSession::failed, this, [this, session, fail](const MailError &error) {
            if (m_connecting && m_session == session) {
                session->deleteLater();
                m_session = nullptr;
                fail(error);
            } else if (m_session == session) {
                // An abort() from here does not come this way: the session fails only
                // when the server or the network ends it.
                Q_EMIT connectionLost(error);
            }
        });
        connect(session, &ImapSession::closed, this, [this, session] {
            if (m_session == session)
                sessionLost();
        });
        session->open(*options);
    });
}

void ImapSync::loginOptions(std::function<void(const Result<SessionOptions> &)> answer)
{
    Result<Imap::AuthMethod> auth = imapAuth(m_account.incoming.auth);
    if (!auth)
        return answer(auth.error());
    const Imap::AuthMethod method = *auth;
    m_password([this, answer, method](const Result<QString> &password) {
        if (!password)
            return answer(password.error());
        SessionOptions options;
        options.endpoint = m_account.incomingEndpoint();
        options.username = m_account.incoming.username;
        options.password = *password; // for this login only; the session does not log it
        options.auth = method;
        options.compress = m_account.imap.compression;
        answer(options);
    });
}

std::chrono::milliseconds ImapSync::pollInterval() const
{
    return std::chrono::minutes(std::max(0, m_account.checkIntervalMinutes));
}

void ImapSync::setWatchedFolders(const QStringList &folders)
{
    QList<IdleWatcher *> spare;
    for (IdleWatcher *w : std::as_const(m_watchers))
        if (!folders.contains(w->folder()))
            spare << w;
    for (const QString &folder : folders) {
        if (folder.isEmpty() || idleWatcher(folder))
            continue;
        IdleWatcher *w = nullptr;
        if (!spare.isEmpty()) {
            w = spare.takeFirst();
        } else {
            // Same login and transport as the main connection, read when (re)connecting
            // so setAccount()/setTransportFactory() apply to the watcher too.
            w = new IdleWatcher(
                this, [this](auto answer) { loginOptions(std::move(answer)); }, [this] { return m_factory(); }, this);
            w->setPollInterval(pollInterval());
            connect(w, &IdleWatcher::synced, this, &ImapSync::watchedFolderSynced);
            connect(w, &IdleWatcher::watching, this, [this, w] { Q_EMIT folderWatched(w->folder()); });
            m_watchers << w;
        }
        w->setFolder(folder);
        w->start();
    }
    for (IdleWatcher *w : std::as_const(spare)) {
        // stop() says goodbye on a session that outlives the watcher (it is ours now).
        w->stop();
        m_watchers.removeOne(w);
        delete w;
    }
}

QStringList ImapSync::watchedFolders() const
{
    QStringList folders;
    for (const IdleWatcher *w : m_watchers)
        folders << w->folder();
    return folders;
}

IdleWatcher *ImapSync::idleWatcher(const QString &folder) const
{
    for (IdleWatcher *w : m_watchers)
        if (folder.isEmpty() || w->folder() == folder)
            return w;
    return nullptr;
}

void ImapSync::closeConnections(std::function<void()> done)
{
    setWatchedFolders({});
    if (m_session) {
        if (!m_running && !m_connecting)
            m_session->logout(); // RFC 9051 §6.1.3; the server closes the connection
        else
            m_session->abort(); // a job's commands are in flight: nothing to wait for
    }
    // Ours: the user's session and the watchers' sessions saying goodbye (IdleWatcher::stop()).
    auto left = std::make_shared<int>(1);
    auto closedOne = [left, done] {
        if (--*left == 0)
            done();
    };
    for (ImapSession *s : findChildren<ImapSession *>(Qt::FindDirectChildrenOnly)) {
        if (s->state() == ImapSession::State::Disconnected)
            continue;
        ++*left;
        // closed(), or destroyed() for a session deleted first: whichever comes, once.
        auto once = std::make_shared<bool>(false);
        auto counted = [once, closedOne] {
            if (!std::exchange(*once, true))
                closedOne();
        };
        connect(s, &ImapSession::closed, this, counted);
        connect(s, &QObject::destroyed, this, counted);
    }
    closedOne();
}

void ImapSync::sessionLost(const MailError &why)
{
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    // Lost while it was still logging in (aborted by going offline or by new settings,
    // or closed after an abort), the session says neither opened() nor failed(): the
    // jobs waiting for it learn it here, and the next job connects afresh. Before, they
    // waited for ever and so did every later job of the account.
    if (std::exchange(m_connecting, false)) {
        for (const auto &waiter : std::exchange(m_waiting, {}))
            waiter(why.isError() ? why
                                 : MailError(MailError::Kind::Network,
                                             tr("The connection to the IMAP server was closed.")));
    }
}

// --- operations ----------------------------------------------------------------------

Task *ImapSync::refreshFolders()
{
    return enqueue(tr("Updating the folder list"), true,
                   [this](Task *, std::function<void(const MailError &)> done) { listStep(std::move(done)); });
}

void ImapSync::listStep(std::function<void(const MailError &)> done)
{
    auto *op = new ListOp(m_session, this);
    connect(op, &ImapOp::finished, this, [this, op, done](const MailError &error) {
        op->deleteLater();
        if (error.isError())
            return done(error);
        Store::StoreIndex &index = m_store->index();
        QSet<QString> listed;
        for (const ListedMailbox &m : op->result()) {
            const ListData &l = m.list;
            // RFC 5258 §3.4: \NonExistent is a name in the hierarchy, not a mailbox.
            if (l.attributes.testFlag(MailboxAttribute::NonExistent))
                continue;
            // INBOX is case-insensitive (RFC 9051 §5.1): one spelling for the store.
            const QString name = l.mailbox.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("INBOX")
                : l.mailbox.name;
            if (name.isEmpty())
                continue;
            listed.insert(name);
            if (!index.folder(name))
                if (Result<void> r = m_store->createFolder(name); !r)
                    return done(r.error());
            std::optional<Store::FolderState> f = index.folder(name);
            Store::RemoteFolder rf = index.remoteFolder(f->id).value_or(Store::RemoteFolder{});
            rf.folderId = f->id;
            rf.name = name;
            rf.rawName = l.mailbox.raw;
            rf.delimiter = l.delimiter.isNull() ? QString() : QString(l.delimiter);
            rf.attributes = attributesOf(l);
            rf.specialUse = specialUseOf(l);
            if (Result<void> r = index.setRemoteFolder(rf); !r)
                return done(r.error());
        }
        // LIST "" "*" names every mailbox (RFC 9051 §6.3.9): what it does not name is gone.
        if (Result<void> r = forgetVanishedFolders(listed); !r)
            return done(r.error());
        Q_EMIT foldersChanged(index.remoteFolders());
        done({});
    });
    op->start();
}

Task *ImapSync::syncFolder(const QString &folder, SyncDepth depth)
{
    return enqueue(tr("Updating %1").arg(folder), true,
                   [this, folder, depth](Task *task, std::function<void(const MailError &)> done) {
                       syncStep(folder, depth == SyncDepth::Full, task, std::move(done));
                   });
}

void ImapSync::syncStep(const QString &folder, bool bodies, Task *task, std::function<void(const MailError &)> done)
{
    std::optional<Store::RemoteFolder> rf = remoteFolderByName(folder);
    if (!rf && folder == QLatin1String("INBOX")) {
        // INBOX always exists (RFC 9051 §5.1): a first start shows it without waiting
        // for the LIST of the whole account, which fills in the rest later.
        Store::StoreIndex &index = m_store->index();
        if (!index.folder(folder))
            if (Result<void> r = m_store->createFolder(folder); !r)
                return done(r.error());
        Store::RemoteFolder inbox;
        inbox.folderId = index.folder(folder)->id;
        inbox.name = folder;
        inbox.rawName = "INBOX";
        if (Result<void> r = index.setRemoteFolder(inbox); !r)
            return done(r.error());
        rf = inbox;
    }
    if (!rf) {
        // Not listed yet (first start): list, then sync.
        return listStep([this, folder, bodies, task, done](const MailError &error) {
            if (error.isError())
                return done(error);
            if (!remoteFolderByName(folder))
                return done(MailError(MailError::Kind::NotFound, tr("There is no folder %1 on the server.").arg(folder)));
            syncStep(folder, bodies, task, done);
        });
    }
    if (!rf->isSelectable())
        return done({}); // a \Noselect parent holds folders, not messages
    FolderSync::Callbacks cb;
    cb.rowsAdded = [this, folder](const QList<Store::MessageRow> &rows) { Q_EMIT rowsAdded(folder, rows); };
    cb.rowsChanged = [this, folder](const QList<Store::MessageRow> &rows) { Q_EMIT rowsChanged(folder, rows); };
    cb.rowsRemoved = [this, folder](const QList<Store::MessageId> &ids) { Q_EMIT rowsRemoved(folder, ids); };
    cb.reset = [this, folder] { Q_EMIT folderReset(folder); };
    QPointer<Task> guard(task);
    cb.progress = [guard](qint64 d, qint64 t) {
        if (guard)
            guard->setProgress(d, t);
    };
    const qint64 folderId = rf->folderId;
    const quint32 validity = rf->uidValidity;
    // A sync that ends early (cancelled, connection lost) stops its replay too: the
    // replay's next command must never run after another folder's SELECT.
    auto replaying = std::make_shared<QPointer<ChangeReplayer>>();
    cb.whileSelected = [this, folderId, validity, replaying](std::function<void(const MailError &)> next) {
        auto *replay = new ChangeReplayer(m_session, m_store, folderId, validity, this);
        *replaying = replay;
        connect(replay, &ChangeReplayer::finished, this, [this, replay, next](const MailError &e) {
            replay->deleteLater();
            emitChanged(replay->changedIds());
            for (const QString &notice : replay->notices())
                Q_EMIT noticeRaised(notice);
            next(e);
        });
        replay->start();
    };
    FolderSyncLimits limits;
    limits.rowsPerSignal = m_rowsPerSignal;
    limits.firstFetch = m_firstFetch;
    limits.maxFetch = m_maxFetch;
    limits.storeRows = m_storeRows;
    auto *sync = new FolderSync(m_session, m_store, *rf, bodies || rf->downloadAll, limits, cb, this);
    if (task)
        task->setCancelHandler([sync] { sync->cancel(); });
    connect(sync, &FolderSync::finished, this, [this, sync, done, replaying](const MailError &e) {
        if (*replaying)
            (*replaying)->cancel();
        sync->deleteLater();
        const FolderSync::Report &r = sync->report();
        m_lastMethod = r.method;
        qCInfo(lcSync) << "sync" << r.method << "added" << r.added << "changed" << r.changed << "removed" << r.removed
                       << "bodies" << r.bodies << (e.isError() ? e.toString() : QString());
        if (e.kind() == MailError::Kind::ServerNo && !r.selected) {
            // SELECT refused (RFC 5530 NONEXISTENT, or a plain NO): perhaps the folder was
            // deleted or renamed elsewhere. A LIST tells, and forgets it if so.
            return listStep([done, e](const MailError &) { done(e); });
        }
        done(e);
    });
    sync->start();
}

Task *ImapSync::fetchBody(Store::MessageId id)
{
    return enqueue(tr("Downloading a message"), true,
                   [this, id](Task *, std::function<void(const MailError &)> done) { bodyStep(id, std::move(done)); });
}

void ImapSync::withMessage(Store::MessageId id,
                           std::function<void(const Store::MessageRow &, const MailError &)> next)
{
    std::optional<Store::MessageRow> row = m_store->row(id);
    if (!row)
        return next({}, MailError(MailError::Kind::NotFound, tr("The message is no longer in the folder.")));
    std::optional<Store::RemoteFolder> rf = remoteFolderByName(row->folder);
    if (!rf || row->origin.uid <= 0)
        return next(*row, MailError(MailError::Kind::NotFound, tr("The message is not from this IMAP account.")));
    if (m_session->state() == ImapSession::State::Selected && m_session->selectedMailbox() == row->folder)
        return next(*row, {});
    Command select("SELECT");
    select.astring(rf->rawName);
    m_session->select(select, row->folder, {}, [next, row = *row](const Result<StatusResponse> &r) {
        next(row, r ? MailError() : r.error());
    }, this);
}

void ImapSync::bodyStep(Store::MessageId id, std::function<void(const MailError &)> done)
{
    std::optional<Store::MessageRow> current = m_store->row(id);
    if (current && current->bodyState == Store::BodyState::Full)
        return done({});
    withMessage(id, [this, id, done](const Store::MessageRow &row, const MailError &selectError) {
        if (selectError.isError())
            return done(selectError);
        auto body = std::make_shared<QByteArray>();
        const quint32 uid = quint32(row.origin.uid);
        ImapSession::CommandOptions options;
        options.owner = this;
        options.untagged = [body, uid](const Response &r) {
            if (const auto *f = std::get_if<FetchData>(&r); f && f->has(FetchItem::Uid) && f->uid == uid)
                if (const QByteArray d = f->section(""); !d.isNull())
                    *body = d;
        };
        // BODY.PEEK: reading does not set \Seen (RFC 9051 §6.4.5); that is the user's act.
        m_session->execute(Command::uidFetch(SequenceSet::fromList({uid}), FetchItem::Uid, {"BODY.PEEK[]"}), options,
                           [this, id, body, done](const Result<StatusResponse> &r) {
                               if (!r)
                                   return done(r.error());
                               if (body->isNull())
                                   return done(MailError(MailError::Kind::NotFound,
                                                         tr("The message is no longer on the IMAP server.")));
                               // The record replaces the parts cached so far (same row).
                               Store::ImapCache cache(m_store);
                               if (Result<void> a = cache.attachBody(id, *body); !a)
                                   return done(a.error());
                               emitChanged({id});
                               done({});
                           });
    });
}

Task *ImapSync::setDownloadAll(const QString &folder, bool enabled)
{
    std::optional<Store::RemoteFolder> rf = remoteFolderByName(folder);
    if (rf && rf->downloadAll != enabled) {
        rf->downloadAll = enabled;
        if (Result<void> r = m_store->index().setRemoteFolder(*rf); !r)
            qCWarning(lcSync) << "cannot save download-all of" << folder << r.error().toString();
    }
    if (enabled)
        return syncFolder(folder, SyncDepth::Full);
    return enqueue(tr("Updating %1").arg(folder), false,
                   [](Task *, std::function<void(const MailError &)> done) { done({}); });
}

} // namespace Pigeon::Sync
