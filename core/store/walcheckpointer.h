// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Pigeon::Store {

/// Copies a WAL database's log back into the database file on a thread of its own, so
/// the connection that writes never waits for it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold
/// (1,000 pages): the committing thread copies ~4 MB and waits for two fdatasync()
/// calls. In a header listing that thread also reads the server's socket, and while it
/// waits the server stops writing (perf sched: 12-23 ms pauses of Dovecot, 8 per
/// 100,000 headers). attach() replaces the writer's automatic checkpoint
/// (sqlite3_wal_hook() overrides sqlite3_wal_autocheckpoint(),
/// https://sqlite.org/c3ref/wal_hook.html) with a request to this thread, which runs a
/// PASSIVE checkpoint on its own connection: it never blocks the writer or a reader and
/// syncs as synchronous=FULL requires (the log before the copy, the database after).
/// The thread and its connection start with the first commit that asks for a checkpoint,
/// not at attach(): most opens of an index (start-up, the command line) never write
/// 1,000 pages, and starting both cost ~0.3 ms of every open.
class WalCheckpointer
{
public:
    /// @p pages: the log size (in pages) from which a commit requests a checkpoint.
    explicit WalCheckpointer(QString path, int pages = 1000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Opens the thread's own connection to the database and starts the thread (at once;
    /// attach() alone starts them when first needed); false (logged) if the database
    /// cannot be opened: the writer then checkpoints in its commits, as SQLite does.
    bool start();
    /// Hands @p writer's checkpoints to this thread (until detach() or stop()).
    void attach(sqlite3 *writer);
    /// Gives @p writer its automatic checkpoint back.
    static void detach(sqlite3 *writer);
    /// Ends the thread after a running checkpoint and closes its connection; it does not
    /// start again, so an attached writer then checkpoints no more.
    void stop();

    /// Checkpoints run so far, and the thread that ran them (for tests).
    int checkpoints() const;
    std::thread::id threadId() const { return m_thread.get_id(); }
    /// Waits up to @p ms until at least @p count checkpoints have run.
    bool waitForCheckpoints(int count, int ms) const;

private:
    static int walHook(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    QString m_path;
    int m_pages;
    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    mutable std::condition_variable m_done;
    bool m_requested = false;
    bool m_stopping = false;
    bool m_stopped = false;      ///< stop() was called (the writer's thread only)
    bool m_startFailed = false;  ///< start() failed: the writer checkpoints itself
    int m_checkpoints = 0;
    bool m_failing = false; ///< the last checkpoint failed (run()'s thread only)
};

} // namespace Pigeon::Store
