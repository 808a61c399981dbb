// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/idlewatcher.h"

#include "common/logging.h"
#include "imap/ops/idleop.h"
#include "imap/ops/selectop.h"
#include "imap/session/imapsession.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace Pigeon::Sync {

using namespace Pigeon::Imap;

IdleWatcher::IdleWatcher(ImapSync *sync, LoginSource login, TransportFactory factory, QObject *parent)
    : QObject(parent), m_sync(sync), m_login(std::move(login)), m_factory(std::move(factory))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(300));
    connect(&m_debounce, &QTimer::timeout, this, &IdleWatcher::requestSync);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &IdleWatcher::connectNow);
    connect(m_sync, &ImapSync::onlineChanged, this, [this](bool online) {
        if (!m_running)
            return;
        if (online) {
            m_failures = 0;
            connectNow();
        } else {
            // The network is gone or the user said so: nothing to say goodbye over.
            m_catchUp = true;
            m_reconnect.stop();
            m_debounce.stop();
            dropSession(false);
        }
    });
}

IdleWatcher::~IdleWatcher()
{
    dropSession(false);
}

void IdleWatcher::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    m_debounce.stop(); // a change of the old folder: the next check picks it up
    m_catchUp = true;
    if (!m_running || !m_sync->isOnline())
        return;
    if (m_idle && !m_idle->isFinished()) {
        // The same connection moves: DONE, then the IDLE's end EXAMINEs the new folder
        // (examine()). Cheaper than a new connection and login.
        m_idle->stop();
        return;
    }
    // Connecting or examining: examine() reads m_folder when it gets there.
    if (!m_session && !m_reconnect.isActive())
        connectNow();
}

void IdleWatcher::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, max);
}

void IdleWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval == m_pollInterval)
        return;
    m_pollInterval = interval;
    // IDLE does not depend on it; a poll or a server given up on does.
    if (m_running && (m_idleUnsupported || (m_idle && m_idle->usesPolling())))
        restart();
}

void IdleWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    if (m_sync->isOnline())
        connectNow();
}

void IdleWatcher::restart()
{
    stop();
    m_idleUnsupported = false;
    start();
}

void IdleWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_reconnect.stop();
    m_debounce.stop();
    dropSession(true);
}

bool IdleWatcher::isWatching() const
{
    return m_session && m_idle && !m_idle->isFinished() && (m_idle->isIdling() || m_idle->usesPolling());
}

void IdleWatcher::connectNow()
{
    m_reconnect.stop();
    if (!m_running || !m_sync->isOnline() || m_session || (m_idleUnsupported && m_pollInterval.count() == 0))
        return;
    const quint64 attempt = ++m_attempt;
    m_login([this, guard = QPointer<IdleWatcher>(this), attempt](const Result<SessionOptions> &options) {
        if (!guard || attempt != m_attempt || !m_running || m_session)
            return;
        if (!options) {
            Q_EMIT connectionLost(options.error());
            return scheduleReconnect();
        }
        auto *session = new ImapSession(m_factory(), this);
        m_session = session;
        connect(session, &ImapSession::opened, this, [this, session] {
            if (session == m_session)
                examine();
        });
        connect(session, &ImapSession::failed, this,
                [this, session](const MailError &error) { lost(session, error); });
        connect(session, &ImapSession::closed, this, [this, session] {
            lost(session, MailError(MailError::Kind::Network, tr("The IMAP server closed the connection.")));
        });
        session->open(*options);
    });
}

void IdleWatcher::examine()
{
    // EXAMINE, not SELECT: watching must not clear \Recent (RFC 9051 §6.3.3).
    auto *select = new SelectOp(m_session, m_folder, true, this);
    connect(select, &ImapOp::finished, this, [this, select, session = m_session, folder = m_folder](const MailError &error) {
        select->deleteLater();
        if (session != m_session || !m_session)
            return;
        if (folder != m_folder)
            return examine(); // setFolder() meanwhile
        if (error.isError()) {
            // A folder that cannot be opened will not open on the next try either;
            // the backoff keeps the retries rare.
            qCWarning(lcSync) << "idle: cannot examine" << m_folder << error.toString();
            return lost(m_session, error);
        }
        // What changed while this folder was not watched (a dropped connection, offline,
        // or another folder watched) is not announced by IDLE: one sync catches up.
        if (std::exchange(m_catchUp, false))
            requestSync();
        if (!m_session->hasCapability("IDLE") && m_pollInterval.count() == 0) {
            // Polling is what the account's check interval does; an account checked
            // only on demand is not polled behind the user's back.
            qCInfo(lcSync) << "idle: the server has no IDLE and the account is checked on demand: not watching"
                           << m_folder;
            m_idleUnsupported = true;
            dropSession(false);
            return;
        }
        auto *idle = new IdleOp(m_session, this);
        idle->setPollInterval(m_pollInterval);
        m_idle = idle;
        connect(idle, &IdleOp::idling, this, [this] {
            if (!m_watchingSince.isValid())
                m_watchingSince.start();
            Q_EMIT watching();
        });
        connect(idle, &IdleOp::existsReceived, this, &IdleWatcher::changed);
        connect(idle, &IdleOp::expungeReceived, this, &IdleWatcher::changed);
        connect(idle, &IdleOp::vanishedReceived, this, &IdleWatcher::changed);
        connect(idle, &IdleOp::flagsReceived, this, &IdleWatcher::changed);
        connect(idle, &ImapOp::finished, this, [this, idle, session, folder](const MailError &e) {
            idle->deleteLater();
            if (session != m_session || !m_session)
                return;
            m_idle = nullptr;
            if (!m_running) {
                // stop(): IDLE is done, say goodbye (RFC 9051 §6.1.3).
                m_session->logout();
                return;
            }
            if (!e.isError() && folder != m_folder)
                return examine(); // setFolder(): the same connection watches the new folder
            lost(m_session, e.isError() ? e : MailError(MailError::Kind::Network, tr("Watching the folder ended.")));
        });
        idle->start();
    });
    select->start();
}

void IdleWatcher::lost(ImapSession *session, const MailError &error)
{
    if (!session || session != m_session)
        return;
    qCInfo(lcSync) << "idle: connection for" << m_folder << "lost:" << error.toString();
    dropSession(false);
    if (m_running) {
        m_catchUp = true;
        // A refused password stays refused: retrying each second would only lock the
        // account at servers that count failures. The longest delay, then try again.
        if (error.kind() == MailError::Kind::AuthFailed)
            m_failures = std::max(m_failures, 20);
        Q_EMIT connectionLost(error);
        scheduleReconnect();
    }
}

void IdleWatcher::dropSession(bool graceful)
{
    ++m_attempt;
    // A connection that was up for a while was a success: backoff starts again (see
    // scheduleReconnect()). Read here, where every connection ends.
    if (m_watchingSince.isValid() && m_watchingSince.elapsed() >= 60'000)
        m_failures = 0;
    m_watchingSince.invalidate();
    ImapSession *session = m_session;
    if (!session)
        return;
    if (graceful && m_idle && !m_idle->isFinished() && session->state() == ImapSession::State::Selected) {
        // DONE, then LOGOUT when the IDLE's OK arrives (see examine()); the session goes
        // when the server closes the connection.
        disconnect(session, nullptr, this, nullptr);
        // The goodbye may outlive this watcher (setWatchedFolder("") deletes it).
        session->setParent(m_sync);
        connect(session, &ImapSession::closed, session, &QObject::deleteLater);
        m_session = nullptr;
        // The op, too, outlives the watcher until the server confirmed DONE.
        IdleOp *idle = m_idle;
        m_idle = nullptr;
        idle->setParent(session);
        // The IDLE's finished handler in examine() ignores a dropped session: say goodbye here.
        connect(idle, &ImapOp::finished, session, [session, idle] {
            idle->deleteLater();
            session->logout();
        });
        idle->stop();
        // A server that does not answer DONE or LOGOUT does not keep the connection open.
        QTimer::singleShot(std::chrono::seconds(5), session, [session] { session->abort(); });
        return;
    }
    m_session = nullptr;
    if (m_idle)
        m_idle->deleteLater();
    m_idle = nullptr;
    session->abort();
    session->deleteLater();
}

void IdleWatcher::scheduleReconnect()
{
    // 1 s, 2 s, 4 s... : a server that is down is not hammered, a short glitch heals fast.
    // The count is reset only by a connection that lasted (dropSession()), not by the
    // server's "+": one that drops every connection at once still backs off.
    const int shift = std::min(m_failures, 20);
    ++m_failures;
    const std::chrono::milliseconds delay = std::min<std::chrono::milliseconds>(m_maxDelay, m_firstDelay * (1 << shift));
    // Up to a quarter more at random, so the watchers of many accounts (or many clients
    // after a server restart) do not come back in the same instant.
    const qint64 jitter = QRandomGenerator::global()->bounded(qint64(delay.count() / 4 + 1));
    m_reconnect.start(delay + std::chrono::milliseconds(jitter));
}

void IdleWatcher::changed()
{
    m_debounce.start();
}

void IdleWatcher::requestSync()
{
    if (m_syncTask) {
        // One sync at a time: what arrived meanwhile is picked up by one more after it.
        m_syncAgain = true;
        return;
    }
    m_syncAgain = false;
    Q_EMIT syncRequested(m_folder);
    Task *task = m_sync->syncFolder(m_folder);
    m_syncTask = task;
    connect(task, &Task::finished, this, [this, folder = m_folder](const MailError &error) {
        if (error.isError())
            qCInfo(lcSync) << "idle: sync of" << folder << "failed:" << error.toString();
        m_syncTask = nullptr;
        Q_EMIT synced(folder, error);
        if (m_syncAgain && m_running)
            requestSync();
    });
}

} // namespace Pigeon::Sync
