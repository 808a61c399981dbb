// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace Pigeon::Ui {

/// Messages that need no answer (a failed check, a missing keychain), shown above the
/// panes until the user hides them. Non-modal: nothing waits for them. Each text is
/// shown once; a detail (the server's words, the error kind) is one click away.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    /// Adds @p text (ignored if already shown since the bar was last hidden, so a
    /// failing check every ten minutes does not pile up). @p detail is shown on demand.
    void showNotice(const QString &text, const QString &detail = {});
    /// Every notice shown so far, in order (for tests and diagnostics).
    QStringList notices() const { return m_all; }
    void dismiss();

private:
    void update();

    QLabel *m_text;
    QLabel *m_detail;
    QToolButton *m_detailButton;
    QStringList m_current;
    QStringList m_details;
    QStringList m_all;
};

} // namespace Pigeon::Ui
