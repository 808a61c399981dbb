// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QModelIndex>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Pigeon::Models {
class FolderModel;
}
namespace Pigeon::Sync {
class AccountRuntime;
class RuntimeManager;
}

namespace Pigeon::Ui {

class FolderView;

/// What the user does to folders in the folder pane: New Folder (at the top of the
/// account), New Subfolder, Rename, Delete — from the File menu or the pane's context
/// menu — and moving a folder by dragging it onto another folder or an account.
///
/// Each is a request to the account's runtime; the pane changes when the runtime's new
/// folder list arrives, and failures (the server's NO, offline) come back as notices.
/// Special folders (Inbox, Drafts, Sent, Junk, Trash...) cannot be renamed, moved or
/// deleted; the actions say so by being disabled, the core refuses them too. Deleting
/// asks first, saying how many messages go (IMAP: for good, on the server; local: to
/// the Trash). The dialogs are window-modal sheets opened with open(), never exec().
class FolderActions : public QObject
{
    Q_OBJECT
public:
    /// @p currentAccount: the account New Folder creates in (the window's current one).
    FolderActions(FolderView *view, Models::FolderModel *model, Sync::RuntimeManager *runtimes,
                  std::function<QString()> currentAccount, QWidget *window);

    /// "New Folder…" itself is MailActions::newFolder (File menu); wired here.
    void setNewFolderAction(QAction *newFolder);

    QAction *newSubfolder;
    QAction *renameFolder;
    QAction *deleteFolder;

    /// Enables what applies to the current folder.
    void update();

private:
    void createFolder(bool under);
    void askRename();
    void askDelete();
    void moveFolder(const QString &accountId, const QString &path, const QString &newParent);
    /// Selects the folder (renamed or moved: same id, new place) once it reappears.
    void follow(const QString &accountId, qint64 folderId);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    Sync::AccountRuntime *runtime(const QString &accountId) const;

    FolderView *m_view;
    Models::FolderModel *m_model;
    Sync::RuntimeManager *m_runtimes;
    std::function<QString()> m_currentAccount;
    QWidget *m_window;
    QAction *m_newFolder = nullptr;
    struct Follow {
        QString accountId;
        qint64 folderId = 0;
    } m_follow;
};

} // namespace Pigeon::Ui
