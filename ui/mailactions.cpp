// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/mailactions.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QWidget>

namespace Pigeon::Ui {

namespace {

QAction *make(QObject *parent, QWidget *scope, const QString &name, const QString &text, const QString &icon,
              const QKeySequence &shortcut = {}, Qt::ShortcutContext context = Qt::WindowShortcut)
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, parent);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(context);
    }
    scope->addAction(a);
    return a;
}

} // namespace

MailActions::MailActions(QWidget *window, QWidget *messageList)
    : QObject(window)
{
    getAllMail = make(this, window, QStringLiteral("actionGetAllMail"), tr("&Get All New Messages"),
                      QStringLiteral("mail-send-receive"), QKeySequence(Qt::Key_F5));
    getAccountMail = make(this, window, QStringLiteral("actionGetAccountMail"), tr("Get New Messages for &Account"),
                          QStringLiteral("mail-send-receive"), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    cancelAll = make(this, window, QStringLiteral("actionCancelAll"), tr("&Stop All Tasks"),
                     QStringLiteral("process-stop"));
    workOffline = make(this, window, QStringLiteral("actionWorkOffline"), tr("&Work Offline"),
                       QStringLiteral("network-offline"));
    workOffline->setCheckable(true);
    deleteMessages = make(this, messageList, QStringLiteral("actionDelete"), tr("&Delete"),
                          QStringLiteral("edit-delete"), QKeySequence::Delete, Qt::WidgetWithChildrenShortcut);
    markRead = make(this, window, QStringLiteral("actionMarkRead"), tr("Mark as &Read"),
                    QStringLiteral("mail-read"));
    markUnread = make(this, window, QStringLiteral("actionMarkUnread"), tr("Mark as &Unread"),
                      QStringLiteral("mail-unread"));
    // Ctrl+R and Ctrl+U mean Reply and View Source elsewhere; M toggles instead.
    toggleRead = make(this, messageList, QStringLiteral("actionToggleRead"), tr("&Toggle Read"),
                      QStringLiteral("mail-mark-read"), QKeySequence(Qt::Key_M), Qt::WidgetWithChildrenShortcut);
    toggleFlag = make(this, messageList, QStringLiteral("actionToggleFlag"), tr("&Star"),
                      QStringLiteral("starred"), QKeySequence(Qt::Key_S), Qt::WidgetWithChildrenShortcut);
    nextUnread = make(this, messageList, QStringLiteral("actionNextUnread"), tr("&Next Unread Message"),
                      QStringLiteral("go-next"), QKeySequence(Qt::Key_N), Qt::WidgetWithChildrenShortcut);
    search = make(this, window, QStringLiteral("actionSearch"), tr("&Search Messages"),
                  QStringLiteral("edit-find"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    downloadFull = make(this, window, QStringLiteral("actionDownloadFull"), tr("Download &Complete Message"),
                        QStringLiteral("emblem-downloads"));
    newFolder = make(this, window, QStringLiteral("actionNewFolder"), tr("&New Folder…"),
                     QStringLiteral("folder-new"));
    threaded = make(this, window, QStringLiteral("actionThreaded"), tr("&Threads"), QString());
    threaded->setCheckable(true);
    preferHtml = make(this, window, QStringLiteral("actionPreferHtml"), tr("Prefer &HTML to Plain Text"), QString());
    preferHtml->setCheckable(true);
    preferHtml->setStatusTip(tr("Show the HTML version of messages that also come as plain text. "
                                "Remote content stays blocked until you load it."));
    moveTo = new QMenu(tr("&Move To"), window);
    moveTo->setObjectName(QStringLiteral("menuMoveTo"));
    copyTo = new QMenu(tr("&Copy To"), window);
    copyTo->setObjectName(QStringLiteral("menuCopyTo"));
}

void MailActions::updateForSelection(int selected, bool canCheckAccount, bool anyCheckable, bool anyPartial)
{
    downloadFull->setEnabled(anyPartial && !workOffline->isChecked());
    const bool any = selected > 0;
    for (QAction *a : {deleteMessages, markRead, markUnread, toggleRead, toggleFlag})
        a->setEnabled(any);
    moveTo->setEnabled(any);
    copyTo->setEnabled(any);
    getAccountMail->setEnabled(canCheckAccount && !workOffline->isChecked());
    getAllMail->setEnabled(anyCheckable && !workOffline->isChecked());
}

} // namespace Pigeon::Ui
