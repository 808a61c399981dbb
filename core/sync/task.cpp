// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/task.h"

namespace Pigeon::Sync {

Task::Task(QString title, QObject *parent) : QObject(parent), m_title(std::move(title))
{
}

Task::~Task() = default;

void Task::setProgress(qint64 done, qint64 total)
{
    if (m_finished || (done == m_done && total == m_total))
        return;
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void Task::finish(const MailError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_onCancel = nullptr;
    Q_EMIT finished(m_error);
}

void Task::cancel()
{
    if (m_finished)
        return;
    // The handler may finish the task itself (with Cancelled or, if the work was
    // done meanwhile, with its real result); otherwise it ends as Cancelled here.
    if (std::function<void()> handler = std::exchange(m_onCancel, nullptr))
        handler();
    finish(MailError(MailError::Kind::Cancelled, tr("Cancelled.")));
}

} // namespace Pigeon::Sync
