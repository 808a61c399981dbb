// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QMap>
#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Pigeon::Ui {

/// The system tray icon (when the desktop has a tray): unread mail in its tooltip, a
/// notification when new mail arrives that counts it per account, a click that brings
/// the window back. Without a tray nothing is shown and the counts are still kept.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QWidget *window);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    /// A check of @p account stored @p count new unread messages.
    void addNewMail(const QString &account, int count);
    /// The window was looked at: the "new" counts start again from zero.
    void clearNewMail();
    void setUnread(qint64 unread);
    /// The notification's text for the counts so far, e.g. "Work: 3 new messages".
    QString newMailText() const;
    QString toolTip() const;

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QMap<QString, int> m_newMail;
    qint64 m_unread = 0;
};

} // namespace Pigeon::Ui
