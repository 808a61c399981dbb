// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "store/walcheckpointer.h"

#include "common/logging.h"

#include <sqlite3.h>

#include <chrono>

namespace Pigeon::Store {

WalCheckpointer::WalCheckpointer(QString path, int pages) : m_path(std::move(path)), m_pages(pages) {}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start()
{
    if (m_thread.joinable())
        return true;
    // No mutex of SQLite's: the connection is used by one thread at a time (opened
    // here, then only by run()).
    const int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK
        || sqlite3_exec(m_db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "checkpoint connection to" << m_path << "failed:"
                           << (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void WalCheckpointer::attach(sqlite3 *writer)
{
    if (writer)
        sqlite3_wal_hook(writer, &WalCheckpointer::walHook, this);
}

void WalCheckpointer::detach(sqlite3 *writer)
{
    if (writer)
        sqlite3_wal_autocheckpoint(writer, 1000); // SQLite's default
}

void WalCheckpointer::stop()
{
    m_stopped = true;
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    sqlite3_close(m_db);
    m_db = nullptr;
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

bool WalCheckpointer::waitForCheckpoints(int count, int ms) const
{
    std::unique_lock lock(m_mutex);
    return m_done.wait_for(lock, std::chrono::milliseconds(ms), [&] { return m_checkpoints >= count; });
}

int WalCheckpointer::walHook(void *self, sqlite3 *db, const char *, int pages)
{
    // Called by the writer after every commit, with the log's size in pages.
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages < c->m_pages || c->m_stopped)
        return SQLITE_OK;
    if (!c->m_thread.joinable() && !c->m_startFailed && !c->start())
        c->m_startFailed = true;
    if (c->m_startFailed) {
        // What SQLite's own hook does (https://sqlite.org/c3ref/wal_autocheckpoint.html).
        sqlite3_wal_checkpoint(db, nullptr);
        return SQLITE_OK;
    }
    {
        std::lock_guard lock(c->m_mutex);
        c->m_requested = true;
    }
    c->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        // PASSIVE copies what no reader still needs and returns; the next commit past
        // the threshold asks again. BUSY only means another checkpoint is running.
        int logPages = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
        // A failure (a full disk) leaves the log growing, nothing lost: every commit
        // past the threshold tries again. Said once, not at each of those commits.
        const bool failed = rc != SQLITE_OK && rc != SQLITE_BUSY;
        if (failed && !m_failing)
            qCWarning(lcStore) << "checkpoint of" << m_path << "failed:" << sqlite3_errmsg(m_db);
        m_failing = failed;
        lock.lock();
        ++m_checkpoints;
        m_done.notify_all();
    }
}

} // namespace Pigeon::Store
