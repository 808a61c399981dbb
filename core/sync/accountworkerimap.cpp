// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// AccountWorker, continued: what an IMAP account adds to the worker. Whether the server
// can be reached (and trying again until it can), searching on the server, and the
// inline images of a message fetched on demand.
#include "sync/accountworker.h"

#include "common/logging.h"
#include "imap/ops/searchop.h"
#include "store/mailstore.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QRegularExpression>
#include <QTimer>

namespace Pigeon::Sync {

namespace {

/// The first retry after the server went away, and the longest wait between two.
constexpr int firstRetryMs = 2000;
constexpr int maxRetryMs = 30000;
/// Hits per folder: the newest, like the local search's limit.
constexpr int serverHitLimit = 1000;

/// The words of a query as the local search splits them (Store::SearchText), each to
/// be found in the sender, the subject or anywhere in the message: TEXT covers header
/// and body (RFC 9051 §6.4.4), FROM and SUBJECT keep servers whose TEXT is body-only
/// finding what the local index finds.
QList<Imap::SearchCriterion> criteriaFor(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    QList<Imap::SearchCriterion> criteria;
    for (const QString &word : query.split(separators, Qt::SkipEmptyParts)) {
        criteria << Imap::SearchCriterion::text("OR FROM", word) << Imap::SearchCriterion::text("OR SUBJECT", word)
                 << Imap::SearchCriterion::text("TEXT", word);
    }
    return criteria;
}

} // namespace

bool AccountWorker::isOutage(const MailError &error)
{
    switch (error.kind()) {
    case MailError::Kind::HostNotFound:
    case MailError::Kind::ConnectionRefused:
    case MailError::Kind::Timeout:
    case MailError::Kind::Network:
    case MailError::Kind::ServerBye:
        return true;
    default:
        return false; // a refused login or certificate is not an outage: retrying won't help
    }
}

void AccountWorker::watchReachability()
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setObjectName(QStringLiteral("retryTimer"));
    // Replaying the queue is the probe: it connects, and sends what waited if it can.
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_imap && m_imap->isOnline())
            m_imap->replayQueue();
    });
    connect(m_imap.get(), &ImapSync::connectionFailed, this, [this](const MailError &error) {
        if (!isOutage(error))
            return;
        setUnreachable(error);
        retryConnection(false);
    });
    connect(m_imap.get(), &ImapSync::connectionLost, this, [this](const MailError &error) {
        qCInfo(lcSync) << m_account.displayName() << "connection lost:" << error.toString();
        // Maybe only this connection ended (a server's idle logout): see whether the
        // server is still there, soon, so the window can say so if it is not.
        retryConnection(true);
    });
    connect(m_imap.get(), &ImapSync::connected, this, &AccountWorker::setReachable);
}

void AccountWorker::setUnreachable(const MailError &error)
{
    if (!m_reachable)
        return;
    m_reachable = false;
    qCInfo(lcSync) << m_account.displayName() << "unreachable:" << error.toString();
    Q_EMIT reachableChanged(false, error);
}

void AccountWorker::setReachable()
{
    m_retryTimer->stop();
    m_retryDelayMs = 0;
    if (m_reachable)
        return;
    m_reachable = true;
    qCInfo(lcSync) << m_account.displayName() << "reachable again";
    Q_EMIT reachableChanged(true, {});
    // What was changed meanwhile goes out now, whichever job connected.
    m_imap->replayQueue();
}

void AccountWorker::retryConnection(bool now)
{
    if (!m_imap || !m_imap->isOnline())
        return;
    if (now) {
        m_retryTimer->start(500); // after the server's goodbye has settled
        return;
    }
    if (m_retryTimer->isActive())
        return;
    m_retryDelayMs = m_retryDelayMs ? std::min(m_retryDelayMs * 2, maxRetryMs) : firstRetryMs;
    m_retryTimer->start(m_retryDelayMs);
}

MailError AccountWorker::notAvailableOffline() const
{
    if (m_imap && !m_imap->isOnline())
        return MailError(MailError::Kind::Network,
                         tr("This message is not available offline: it has not been downloaded yet, and Pigeon is "
                            "working offline."));
    return MailError(MailError::Kind::Network,
                     tr("This message is not available offline: it has not been downloaded yet, and %1 cannot be "
                        "reached.")
                         .arg(m_account.incoming.host));
}

void AccountWorker::serverSearch(const QString &query, const QStringList &folders, quint64 generation)
{
    cancelServerSearch();
    if (!m_imap) {
        Q_EMIT serverSearchFound(generation, {}, true, {});
        return;
    }
    if (!m_imap->isOnline() || !m_reachable) {
        Q_EMIT serverSearchFound(generation, {}, true,
                                 MailError(MailError::Kind::Network, tr("The server cannot be searched while offline.")));
        if (m_imap->isOnline())
            retryConnection(true);
        return;
    }
    const QList<Imap::SearchCriterion> criteria = criteriaFor(query);
    QStringList names = folders;
    if (names.isEmpty()) {
        for (const Store::RemoteFolder &f : m_imap->folders())
            if (f.isSelectable())
                names << f.name;
    }
    if (criteria.isEmpty() || names.isEmpty()) {
        Q_EMIT serverSearchFound(generation, {}, true, {});
        return;
    }
    m_serverSearch = generation;
    searchNextFolder(names, criteria, generation);
}

void AccountWorker::searchNextFolder(QStringList folders, QList<Imap::SearchCriterion> criteria, quint64 generation)
{
    if (generation != m_serverSearch)
        return; // superseded
    if (folders.isEmpty()) {
        m_serverSearch = 0;
        emitFolders(); // hits fetched into the cache count in their folders now
        Q_EMIT serverSearchFound(generation, {}, true, {});
        return;
    }
    const QString folder = folders.takeFirst();
    Task *task = m_imap->searchFolder(folder, criteria, serverHitLimit,
                                      [this, generation](const QList<Store::MessageRow> &rows) {
                                          if (generation == m_serverSearch && !rows.isEmpty())
                                              Q_EMIT serverSearchFound(generation, rows, false, {});
                                      });
    m_serverSearchStep = task;
    connect(task, &Task::finished, this, [this, folders, criteria, generation](const MailError &error) {
        if (generation != m_serverSearch)
            return; // cancelled: cancelServerSearch() said so
        m_serverSearchStep = nullptr;
        if (error.isError()) {
            m_serverSearch = 0;
            Q_EMIT serverSearchFound(generation, {}, true, error);
            return;
        }
        searchNextFolder(folders, criteria, generation);
    });
}

void AccountWorker::cancelServerSearch()
{
    const quint64 running = std::exchange(m_serverSearch, 0);
    if (QPointer<Task> step = std::exchange(m_serverSearchStep, nullptr))
        step->cancel();
    if (running)
        Q_EMIT serverSearchFound(running, {}, true, MailError(MailError::Kind::Cancelled, tr("The search was cancelled.")));
}

void AccountWorker::fetchInlineParts(Store::MessageId id, const QList<QByteArray> &sections)
{
    if (!m_store || !m_imap || sections.isEmpty())
        return;
    const std::optional<Store::MessageRow> row = m_store->row(id);
    // Only a Partial row lacks pictures: a Full one has them, a HeadersOnly one is not shown.
    if (!row || row->bodyState != Store::BodyState::Partial)
        return;
    if (!m_imap->isOnline() || !m_reachable) {
        qCInfo(lcSync) << "offline: the pictures of" << id << "stay missing";
        return;
    }
    Task *task = m_imap->fetchInlineParts(id, sections);
    connect(task, &Task::finished, this, [this, id](const MailError &error) {
        if (error.isError()) {
            qCInfo(lcSync) << "the pictures of" << id << "could not be fetched:" << error.toString();
            return;
        }
        emitMessage(id); // shown again, with its pictures
    });
}

} // namespace Pigeon::Sync
