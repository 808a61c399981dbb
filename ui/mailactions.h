// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Pigeon::Ui {

/// The main window's commands, with the shortcuts users know from other mail clients
/// (F5 get mail, Del delete, M toggle read, S star, N next unread, Ctrl+Shift+K search).
/// Only what works is here: replying, forwarding and writing need sending, which this
/// version does not have, so those actions do not exist yet.
///
/// Letter shortcuts act only while the message list has the focus, so typing in the
/// search box never marks a message.
class MailActions : public QObject
{
    Q_OBJECT
public:
    /// @p window receives the global shortcuts; @p messageList the single-letter ones.
    MailActions(QWidget *window, QWidget *messageList);

    QAction *getAllMail;
    QAction *getAccountMail;
    QAction *cancelAll;
    QAction *workOffline;
    QAction *deleteMessages;
    QAction *markRead;
    QAction *markUnread;
    QAction *toggleRead;
    QAction *toggleFlag;
    QAction *nextUnread;
    QAction *search;
    QAction *downloadFull;
    QAction *newFolder;
    QAction *threaded;
    /// View > Prefer HTML to Plain Text: which alternative of a multipart/alternative
    /// message the reader shows (checked: the HTML one, still sanitised and with remote
    /// content blocked).
    QAction *preferHtml;
    QMenu *moveTo;
    QMenu *copyTo;

    /// Enables what applies to @p selected messages (and a current account that can
    /// be checked).
    void updateForSelection(int selected, bool canCheckAccount, bool anyCheckable, bool anyPartial = false);
};

} // namespace Pigeon::Ui
