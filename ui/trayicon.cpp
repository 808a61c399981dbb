// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/trayicon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Pigeon::Ui {

TrayIcon::TrayIcon(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon(), this);
    m_menu = new QMenu(window);
    QAction *show = m_menu->addAction(tr("Show Pigeon"));
    connect(show, &QAction::triggered, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            clearNewMail();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->activateWindow();
        clearNewMail();
    });
    m_tray->setToolTip(toolTip());
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::addNewMail(const QString &account, int count)
{
    if (count <= 0)
        return;
    m_newMail[account] += count;
    if (m_tray)
        m_tray->showMessage(tr("New mail"), newMailText(), QSystemTrayIcon::Information, 10000);
}

void TrayIcon::clearNewMail()
{
    m_newMail.clear();
}

void TrayIcon::setUnread(qint64 unread)
{
    m_unread = unread;
    if (m_tray)
        m_tray->setToolTip(toolTip());
}

QString TrayIcon::newMailText() const
{
    QStringList lines;
    for (auto it = m_newMail.cbegin(); it != m_newMail.cend(); ++it)
        lines << tr("%1: %n new message(s)", nullptr, it.value()).arg(it.key());
    return lines.join(QLatin1Char('\n'));
}

QString TrayIcon::toolTip() const
{
    return m_unread > 0 ? tr("Pigeon: %Ln unread message(s)", nullptr, int(std::min<qint64>(m_unread, INT_MAX))) : tr("Pigeon: no unread mail");
}

} // namespace Pigeon::Ui
