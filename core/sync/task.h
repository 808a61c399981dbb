// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Pigeon::Sync {

/// One long job the user can watch and stop: a POP3 check, an IMAP folder sync, a body
/// fetch, "download all for offline". The UI shows every job the same way (title,
/// progress bar, cancel button) whatever engine runs it.
///
/// A Task lives in the thread of the engine that runs it (an account's worker thread);
/// the UI connects with queued connections and cancels through
/// QMetaObject::invokeMethod(task, &Task::cancel). finished() is emitted exactly once,
/// after which the task does nothing more; the engine deletes it later (deleteLater),
/// so a queued finished() always reaches a live receiver-side connection.
class Task : public QObject
{
    Q_OBJECT
public:
    explicit Task(QString title, QObject *parent = nullptr);
    ~Task() override;

    /// Short text for the user ("Updating Inbox"), translated by the engine.
    QString title() const { return m_title; }
    qint64 done() const { return m_done; }
    /// 0 while unknown (the UI shows a busy indicator).
    qint64 total() const { return m_total; }
    bool isFinished() const { return m_finished; }
    /// The result once finished (none on success).
    const MailError &error() const { return m_error; }

    // For the engine that runs the task.
    void setProgress(qint64 done, qint64 total);
    /// What cancel() does to the work itself; the engine must not emit anything more.
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }
    /// Ends the task (success when @p error is none); later calls are ignored.
    void finish(const MailError &error = {});

public Q_SLOTS:
    /// Stops the job: the cancel handler runs, then finished(Cancelled) unless the job
    /// already finished. What was stored before stays stored.
    void cancel();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    /// Exactly once.
    void finished(const Pigeon::MailError &error);

private:
    QString m_title;
    qint64 m_done = 0;
    qint64 m_total = 0;
    MailError m_error;
    std::function<void()> m_onCancel;
    bool m_finished = false;
};

} // namespace Pigeon::Sync
