// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/taskstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace Pigeon::Ui {

TaskStatus::TaskStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_more(new QLabel(this))
{
    setObjectName(QStringLiteral("taskStatus"));
    m_label->setObjectName(QStringLiteral("taskLabel"));
    m_bar->setObjectName(QStringLiteral("taskProgress"));
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel this task"));
    m_more->setObjectName(QStringLiteral("taskMore"));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!m_tasks.isEmpty())
            Q_EMIT cancelRequested(m_tasks.constLast().id);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_more);
    refresh();
}

QString TaskStatus::describe(const Sync::TaskProgress &p)
{
    return p.account.isEmpty() ? p.title : tr("%1: %2", "account: task").arg(p.account, p.title);
}

void TaskStatus::update(const Sync::TaskProgress &progress)
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == progress.id) {
            m_tasks.removeAt(i);
            break;
        }
    }
    m_tasks.append(progress);
    refresh();
}

void TaskStatus::finish(quint64 id)
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id) {
            m_tasks.removeAt(i);
            break;
        }
    }
    refresh();
}

void TaskStatus::refresh()
{
    setVisible(!m_tasks.isEmpty());
    if (m_tasks.isEmpty())
        return;
    const Sync::TaskProgress &p = m_tasks.constLast();
    m_label->setText(describe(p));
    // An unknown total shows a busy bar rather than a made-up percentage.
    m_bar->setRange(0, std::max(0, p.total));
    m_bar->setValue(p.total > 0 ? std::min(p.done, p.total) : 0);
    m_cancel->setEnabled(p.cancellable);
    const int more = int(m_tasks.size()) - 1;
    m_more->setVisible(more > 0);
    m_more->setText(tr("(+%n more)", nullptr, more));
}

} // namespace Pigeon::Ui
