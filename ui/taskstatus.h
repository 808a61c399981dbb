// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "sync/taskprogress.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Pigeon::Ui {

/// The status bar's view of the long jobs of every account: the latest one in words
/// ("Demo: Downloading message 120 of 3,400"), a progress bar (busy when the total is
/// not known yet), a button that cancels it, and how many more are running. Hidden
/// when nothing runs.
class TaskStatus : public QWidget
{
    Q_OBJECT
public:
    explicit TaskStatus(QWidget *parent = nullptr);

    void update(const Sync::TaskProgress &progress);
    void finish(quint64 id);
    QList<Sync::TaskProgress> tasks() const { return m_tasks; }
    /// The text shown for @p p, e.g. "Work: Downloading message 3 of 40".
    static QString describe(const Sync::TaskProgress &p);

Q_SIGNALS:
    void cancelRequested(quint64 id);

private:
    void refresh();

    QList<Sync::TaskProgress> m_tasks; ///< most recently updated last
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QLabel *m_more;
};

} // namespace Pigeon::Ui
