// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "common/result.h"

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
/// again after a growing delay; stop() (or the ImapSync going offline) closes it.
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

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// How long notifications are collected before one sync (default 300 ms).
    void setDebounce(std::chrono::milliseconds delay) { m_debounce.setInterval(delay); }
    /// First delay before reconnecting (default 1 s), doubled per failure up to @p max.
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

    /// Connects and watches (if the ImapSync is online; else when it comes online).
    void start();
    /// Ends IDLE, logs out and stays stopped.
    void stop();
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
    QPointer<Task> m_syncTask;
    bool m_syncAgain = false;
};

} // namespace Pigeon::Sync
