// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "common/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace Pigeon::Imap {
class IdleOp;
class ImapSession;
struct SessionOptions;
} // namespace Pigeon::Imap
namespace Pigeon::Net {
class Transport;
}

namespace Pigeon::Sync {

class ImapSync;
class Task;

/// Push for one folder of an IMAP account: keeps a second connection in IDLE (RFC 2177)
/// on that folder and asks the ImapSync to sync it when the server reports new mail,
/// expunges or flag changes.
///
/// A connection of its own, because while IDLE is in flight nothing else can be sent on
/// it (RFC 2177 §3): the user's commands keep the ImapSync's connection to themselves.
/// The folder is opened with EXAMINE (RFC 9051 §6.3.3) so watching never changes
/// \\Recent or anything else on the server.
///
/// A burst of notifications (a delivery is EXISTS plus FETCH FLAGS, an expunge of many
/// messages is many EXPUNGEs) is debounced into one sync. A lost connection is opened
/// again after a growing delay; stop() (or the ImapSync going offline) closes it. Every
/// connection after the first (and a change of folder, see setFolder()) starts with one
/// sync, for what changed while nothing watched.
///
/// A server without IDLE is polled with NOOP (RFC 9051 §6.1.2) every pollInterval; with
/// a poll interval of 0 (an account checked only on demand) such a server is not watched.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    /// Answers with what to log in with (the ImapSync's settings and password), or why not.
    using LoginSource = std::function<void(std::function<void(const Result<Imap::SessionOptions> &)> answer)>;
    using TransportFactory = std::function<Net::Transport *()>;

    /// @p sync must outlive the watcher; the watcher follows its onlineChanged().
    IdleWatcher(ImapSync *sync, LoginSource login, TransportFactory factory, QObject *parent = nullptr);
    ~IdleWatcher() override;

    /// Watches @p folder from now on (on the open connection: DONE, EXAMINE, IDLE). A
    /// folder other than the one watched so far (INBOX at first) is synced once when its
    /// watch begins, since what changed in it before is not announced by IDLE; the
    /// first watch of INBOX is not: the account's check at start-up covers it.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// How long notifications are collected before one sync (default 300 ms).
    void setDebounce(std::chrono::milliseconds delay) { m_debounce.setInterval(delay); }
    /// First delay before reconnecting (default 1 s), doubled per failure up to @p max.
    /// The failure count starts again only after a connection stayed up for a minute, so a
    /// server that drops every connection right after IDLE is not hammered either.
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);
    /// NOOP interval for a server without IDLE (default 5 minutes); 0: do not poll (the
    /// watch connection is closed). A watcher that polls (or gave up) starts again with it.
    void setPollInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }

    /// Connects and watches (if the ImapSync is online; else when it comes online).
    void start();
    /// Ends IDLE, logs out and stays stopped. The goodbye is bounded: a server that does
    /// not answer within a few seconds has the connection dropped.
    void stop();
    /// stop() then start(): a new connection with the current login settings.
    void restart();
    bool isRunning() const { return m_running; }
    /// The second connection is open and the server confirmed IDLE (or answered a poll).
    bool isWatching() const;

Q_SIGNALS:
    /// The server confirmed IDLE on the watched folder (again after each reconnect).
    void watching();
    /// The watch connection failed or was lost; a reconnect follows while running.
    void connectionLost(const Pigeon::MailError &error);
    /// A sync was asked for because the server reported a change.
    void syncRequested(const QString &folder);
    /// That sync finished (with @p error, or none).
    void synced(const QString &folder, const Pigeon::MailError &error);

private:
    void connectNow();
    void examine();
    void lost(Imap::ImapSession *session, const MailError &error);
    void dropSession(bool graceful);
    void scheduleReconnect();
    void changed();
    void requestSync();

    ImapSync *m_sync;
    LoginSource m_login;
    TransportFactory m_factory;
    QString m_folder = QStringLiteral("INBOX");
    bool m_running = false;
    QPointer<Imap::ImapSession> m_session;
    QPointer<Imap::IdleOp> m_idle;
    /// Bumped whenever the connection is given up: a late password answer for an older
    /// attempt is ignored.
    quint64 m_attempt = 0;
    QTimer m_debounce;
    QTimer m_reconnect;
    std::chrono::milliseconds m_firstDelay{std::chrono::seconds(1)};
    std::chrono::milliseconds m_maxDelay{std::chrono::minutes(5)};
    int m_failures = 0;
    std::chrono::milliseconds m_pollInterval{std::chrono::minutes(5)};
    /// The server has no IDLE and polling is off: no connection until restart().
    bool m_idleUnsupported = false;
    /// Sync once the next connection watches the folder (see examine()).
    bool m_catchUp = false;
    QElapsedTimer m_watchingSince; ///< since the server last confirmed IDLE on this connection
    QPointer<Task> m_syncTask;
    bool m_syncAgain = false;
};

} // namespace Pigeon::Sync
