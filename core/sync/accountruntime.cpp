// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/accountruntime.h"

#include "account/profile.h"
#include "account/secretstore.h"
#include "sync/accountworker.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Pigeon::Sync {

namespace {
/// Task ids are unique across accounts, so one progress list can show them all.
std::atomic<quint64> nextTaskId{1};
} // namespace

AccountRuntime::AccountRuntime(Account::Account account, QString storeDirectory, Account::SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_storeDirectory(std::move(storeDirectory))
    , m_secrets(secrets)
    , m_thread(new QThread)
    , m_worker(new AccountWorker(m_account, m_storeDirectory))
    , m_checkTimer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("account-") + accountId().left(8));
    // ImapSync asks on the worker thread whenever it logs in; the keychain is used from
    // this thread, so the question comes here and the answer goes back. The worker
    // thread only runs while this object lives (the destructor waits for it).
    m_worker->setPasswordProvider([this](std::function<void(const Result<QString> &)> answer) {
        QMetaObject::invokeMethod(this, [this, answer] {
            readPassword([w = m_worker, answer](const Result<QString> &pw) {
                QMetaObject::invokeMethod(w, [answer, pw] { answer(pw); }, Qt::QueuedConnection);
            });
        }, Qt::QueuedConnection);
    });
    m_worker->moveToThread(m_thread);
    // The worker (and the store's SQLite connection) die in their own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &AccountWorker::opened, this, [this](const MailError &error) {
        m_open = !error.isError();
        Q_EMIT opened(error);
        // An account checked on a schedule is also checked when Pigeon starts, as users
        // of other clients expect; on-demand accounts (interval 0) wait to be asked.
        if (m_open && m_online && canCheck() && m_account.checkIntervalMinutes > 0 && !isChecking())
            checkMail();
    });
    connect(m_worker, &AccountWorker::foldersChanged, this, [this](const QList<FolderSummary> &folders) {
        m_folders = folders;
        Q_EMIT foldersChanged(folders);
    });
    connect(m_worker, &AccountWorker::rowsLoaded, this, &AccountRuntime::rowsLoaded);
    connect(m_worker, &AccountWorker::rowsAdded, this, &AccountRuntime::rowsAdded);
    connect(m_worker, &AccountWorker::rowsUpdated, this, &AccountRuntime::rowsUpdated);
    connect(m_worker, &AccountWorker::rowsRemoved, this, &AccountRuntime::rowsRemoved);
    connect(m_worker, &AccountWorker::messageLoaded, this, &AccountRuntime::messageLoaded);
    connect(m_worker, &AccountWorker::partFetched, this, &AccountRuntime::partFetched);
    connect(m_worker, &AccountWorker::searchFinished, this, &AccountRuntime::searchFinished);
    connect(m_worker, &AccountWorker::taskProgressed, this, &AccountRuntime::taskProgressed);
    connect(m_worker, &AccountWorker::newMail, this, &AccountRuntime::newMail);
    connect(m_worker, &AccountWorker::folderWatched, this, &AccountRuntime::folderWatched);
    connect(m_worker, &AccountWorker::messageReplaced, this, &AccountRuntime::messageReplaced);
    connect(m_worker, &AccountWorker::operationFailed, this, &AccountRuntime::operationFailed);
    connect(m_worker, &AccountWorker::serverSearchFound, this, &AccountRuntime::serverSearchFound);
    connect(m_worker, &AccountWorker::reachableChanged, this, [this](bool reachable, const MailError &error) {
        m_reachable = reachable;
        m_unreachableError = error;
        Q_EMIT reachableChanged(reachable, error);
    });
    connect(m_worker, &AccountWorker::folderReset, this, &AccountRuntime::folderReset);
    connect(m_worker, &AccountWorker::taskFinished, this, [this](quint64 id, const MailError &error) {
        const bool check = id == m_checkTask;
        if (check)
            m_checkTask = 0;
        Q_EMIT taskFinished(id, error);
        if (check)
            startQueued();
    });

    m_checkTimer->setObjectName(QStringLiteral("checkTimer"));
    connect(m_checkTimer, &QTimer::timeout, this, [this] {
        if (m_online && !isChecking())
            checkMail();
    });
}

AccountRuntime::~AccountRuntime()
{
    if (!m_started) {
        delete m_worker; // never started: no thread to delete it in
        delete m_thread;
        return;
    }
    // After stop() the thread may have ended already, and the worker with it.
    stop();
    // The worker quits its thread itself, after the goodbye; the margin covers a slice of
    // work in progress. Should it still run, the thread ends without the goodbye.
    if (!m_thread->wait(QDeadlineTimer(AccountWorker::goodbyeBound + std::chrono::seconds(2)))) {
        m_thread->quit();
        m_thread->wait();
    }
    delete m_thread;
}

void AccountRuntime::stop()
{
    if (m_stopping || !m_started)
        return;
    // Cancel a running check first, so the worker's fetcher stops talking to the server
    // (it stores what it received and deletes nothing), then end the connections.
    if (m_checkTask)
        post([w = m_worker, id = m_checkTask] { w->cancelTask(id); });
    dropQueued(tr("The download was cancelled."));
    post([w = m_worker] { w->shutDown(); });
    // Nothing more is posted: the worker is deleted when its thread ends.
    m_stopping = true;
    m_checkTimer->stop();
}

QString AccountRuntime::storeDirectory(const Account::Profile &profile, const QUuid &account)
{
    return profile.dataDirectory() + QStringLiteral("/accounts/") + account.toString(QUuid::WithoutBraces);
}

template<typename F>
void AccountRuntime::post(F &&call)
{
    if (m_stopping)
        return;
    QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
}

void AccountRuntime::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread->start();
    post([w = m_worker, online = m_online] {
        w->open();
        w->setOnline(online);
    });
    schedule();
}

void AccountRuntime::setAccount(const Account::Account &account)
{
    m_account = account;
    post([w = m_worker, account] { w->setAccount(account); });
    schedule();
}

bool AccountRuntime::canCheck() const
{
    return m_account.protocol == Account::IncomingProtocol::Pop3
        || m_account.protocol == Account::IncomingProtocol::Imap;
}

void AccountRuntime::schedule()
{
    const int minutes = m_account.checkIntervalMinutes;
    if (m_online && !m_stopping && minutes > 0 && canCheck() && m_started)
        m_checkTimer->start(minutes * 60 * 1000);
    else
        m_checkTimer->stop();
}

void AccountRuntime::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online && m_checkTask)
        cancelTask(m_checkTask);
    if (!online)
        dropQueued(tr("%1: Pigeon is working offline.").arg(m_account.displayName()));
    post([w = m_worker, online] { w->setOnline(online); });
    schedule();
    Q_EMIT onlineChanged(online);
}

quint64 AccountRuntime::checkMail()
{
    return fetch({});
}

quint64 AccountRuntime::downloadFull(const QList<Store::MessageId> &ids)
{
    if (ids.isEmpty())
        return 0;
    return fetch(ids);
}

quint64 AccountRuntime::fetch(const QList<Store::MessageId> &complete, quint64 queuedId)
{
    if (m_stopping)
        return 0; // going away: no task that could never finish
    if (!m_online) {
        Q_EMIT checkRefused(MailError(MailError::Kind::Cancelled,
                                      tr("%1: Pigeon is working offline.").arg(m_account.displayName())));
        return 0;
    }
    if (m_checkTask) {
        if (complete.isEmpty())
            return m_checkTask; // a check is running: that is the check asked for
        // One fetch at a time per account (a POP3 maildrop is locked by the check's
        // session): the download waits for the check instead of being refused.
        for (Store::MessageId m : complete)
            if (!m_queuedIds.contains(m))
                m_queuedIds.append(m);
        if (!m_queuedTask) {
            // A queued download started from inside the check's taskFinished() (a new
            // check asked for there) keeps its id: the caller waits for that one.
            m_queuedTask = queuedId ? queuedId : nextTaskId++;
            TaskProgress p;
            p.id = m_queuedTask;
            p.account = m_account.displayName();
            p.title = tr("Waiting for the check of %1 to finish").arg(m_account.displayName());
            Q_EMIT taskProgressed(p);
        }
        return m_queuedTask;
    }
    const quint64 id = queuedId ? queuedId : nextTaskId++;
    m_checkTask = id;
    m_checkCancelled = false;
    if (m_account.protocol == Account::IncomingProtocol::Imap) {
        // The IMAP engine asks for the password itself, when it has to log in.
        // With @p complete: "Download message" (BODY.PEEK[] of each), not a check.
        post([w = m_worker, id, complete] { w->fetchMail(id, {}, complete); });
        return id;
    }
    TaskProgress p;
    p.id = id;
    p.account = m_account.displayName();
    p.title = tr("Reading the password from the keychain");
    Q_EMIT taskProgressed(p);
    QPointer<AccountRuntime> self(this);
    readPassword([self, id, complete](const Result<QString> &pw) {
        if (!self || self->m_checkTask != id)
            return; // gone meanwhile
        if (self->m_checkCancelled) {
            self->m_checkTask = 0;
            Q_EMIT self->taskFinished(id, MailError(MailError::Kind::Cancelled, tr("The check was cancelled.")));
            return;
        }
        if (!pw) {
            self->m_checkTask = 0;
            Q_EMIT self->taskFinished(id, pw.error());
            return;
        }
        self->post([w = self->m_worker, id, password = *pw, complete] { w->fetchMail(id, password, complete); });
    });
    return id;
}

void AccountRuntime::readPassword(std::function<void(const Result<QString> &)> answer)
{
    QPointer<AccountRuntime> self(this);
    m_secrets->readPassword(m_account.id, Account::SecretPurpose::Incoming, [self, answer](const Result<QString> &pw) {
        if (!self)
            return;
        if (!pw && pw.error().kind() == MailError::Kind::NotFound)
            return answer(MailError(MailError::Kind::Keychain,
                                    tr("No password is stored for %1.").arg(self->m_account.displayName())));
        answer(pw);
    });
}

void AccountRuntime::startQueued()
{
    if (!m_queuedTask)
        return;
    const quint64 id = std::exchange(m_queuedTask, 0);
    const QList<Store::MessageId> ids = std::exchange(m_queuedIds, {});
    if (fetch(ids, id) == 0) // refused meanwhile (checkRefused() said why): the task ends
        Q_EMIT taskFinished(id, MailError(MailError::Kind::Cancelled, tr("The download was cancelled.")));
}

void AccountRuntime::dropQueued(const QString &why)
{
    if (!m_queuedTask)
        return;
    const quint64 id = std::exchange(m_queuedTask, 0);
    m_queuedIds.clear();
    Q_EMIT taskFinished(id, MailError(MailError::Kind::Cancelled, why));
}

void AccountRuntime::cancelTask(quint64 id)
{
    if (id == 0)
        return;
    if (id == m_queuedTask)
        return dropQueued(tr("The download was cancelled."));
    if (id == m_checkTask)
        m_checkCancelled = true; // also while the password is still being read
    post([w = m_worker, id] { w->cancelTask(id); });
}

quint64 AccountRuntime::loadFolder(const QString &folder)
{
    const quint64 generation = ++m_generation;
    post([w = m_worker, folder, generation] { w->loadFolder(folder, generation); });
    return generation;
}

quint64 AccountRuntime::search(const QString &query)
{
    const quint64 generation = ++m_generation;
    post([w = m_worker, query, generation] { w->search(query, generation); });
    return generation;
}

quint64 AccountRuntime::searchServer(const QString &query, const QStringList &folders)
{
    const quint64 generation = ++m_generation;
    post([w = m_worker, query, folders, generation] { w->serverSearch(query, folders, generation); });
    return generation;
}

void AccountRuntime::cancelServerSearch()
{
    post([w = m_worker] { w->cancelServerSearch(); });
}

void AccountRuntime::loadMessage(Store::MessageId id)
{
    post([w = m_worker, id] { w->loadMessage(id); });
}

void AccountRuntime::fetchPart(Store::MessageId id, const QByteArray &section)
{
    post([w = m_worker, id, section] { w->fetchPart(id, section); });
}

void AccountRuntime::fetchInlineParts(Store::MessageId id, const QList<QByteArray> &sections)
{
    post([w = m_worker, id, sections] { w->fetchInlineParts(id, sections); });
}

void AccountRuntime::setFlags(const QList<Store::MessageId> &ids, Store::MessageFlags add, Store::MessageFlags remove)
{
    post([w = m_worker, ids, add, remove] { w->setFlags(ids, add, remove); });
}

void AccountRuntime::moveMessages(const QList<Store::MessageId> &ids, const QString &target)
{
    post([w = m_worker, ids, target] { w->moveMessages(ids, target); });
}

void AccountRuntime::copyMessages(const QList<Store::MessageId> &ids, const QString &target)
{
    post([w = m_worker, ids, target] { w->copyMessages(ids, target); });
}

void AccountRuntime::removeMessages(const QList<Store::MessageId> &ids)
{
    post([w = m_worker, ids] { w->removeMessages(ids); });
}

void AccountRuntime::createFolder(const QString &parent, const QString &leaf)
{
    post([w = m_worker, parent, leaf] { w->createFolder(parent, leaf); });
}

void AccountRuntime::renameFolder(const QString &path, const QString &leaf)
{
    post([w = m_worker, path, leaf] { w->renameFolder(path, leaf); });
}

void AccountRuntime::moveFolder(const QString &path, const QString &newParent)
{
    post([w = m_worker, path, newParent] { w->moveFolder(path, newParent); });
}

void AccountRuntime::deleteFolder(const QString &path)
{
    post([w = m_worker, path] { w->deleteFolder(path); });
}

} // namespace Pigeon::Sync
