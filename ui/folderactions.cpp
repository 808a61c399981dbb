// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/folderactions.h"

#include "models/foldermodel.h"
#include "models/folderroles.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "ui/folderview.h"

#include <QAction>
#include <QIcon>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Pigeon::Ui {

namespace {

using Models::FolderKind;

bool isFolder(const QModelIndex &i)
{
    const auto kind = FolderKind(i.data(Models::FolderKindRole).toInt());
    return i.isValid() && kind != FolderKind::Account && kind != FolderKind::UnifiedInbox
        && i.data(Models::FolderIdRole).toLongLong() != 0;
}

/// Special folders keep their names and places (the server and other clients look for
/// them there); the core refuses too, this only spares the user a refusal.
bool isMovable(const QModelIndex &i)
{
    return isFolder(i) && !Models::FolderModel::isProtected(FolderKind(i.data(Models::FolderKindRole).toInt()));
}

/// Messages in @p i and below, and how many folders are below it.
std::pair<qint64, int> subtreeCounts(const QModelIndex &i)
{
    qint64 messages = i.data(Models::TotalCountRole).toLongLong();
    int folders = 0;
    const QAbstractItemModel *m = i.model();
    for (int r = 0; r < m->rowCount(i); ++r) {
        const auto [childMessages, childFolders] = subtreeCounts(m->index(r, 0, i));
        messages += childMessages;
        folders += 1 + childFolders;
    }
    return {messages, folders};
}

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QString &icon)
{
    auto *a = new QAction(QIcon::fromTheme(icon), text, parent);
    a->setObjectName(name);
    return a;
}

} // namespace

FolderActions::FolderActions(FolderView *view, Models::FolderModel *model, Sync::RuntimeManager *runtimes,
                             std::function<QString()> currentAccount, QWidget *window)
    : QObject(window), m_view(view), m_model(model), m_runtimes(runtimes), m_currentAccount(std::move(currentAccount)),
      m_window(window)
{
    newSubfolder = makeAction(this, QStringLiteral("actionNewSubfolder"), tr("New &Subfolder…"),
                              QStringLiteral("folder-new"));
    renameFolder = makeAction(this, QStringLiteral("actionRenameFolder"), tr("&Rename Folder…"),
                              QStringLiteral("edit-rename"));
    renameFolder->setShortcut(Qt::Key_F2);
    renameFolder->setShortcutContext(Qt::WidgetShortcut);
    deleteFolder = makeAction(this, QStringLiteral("actionDeleteFolder"), tr("&Delete Folder…"),
                              QStringLiteral("edit-delete"));
    deleteFolder->setShortcut(QKeySequence::Delete);
    deleteFolder->setShortcutContext(Qt::WidgetShortcut); // Delete in the message list deletes messages

    // The pane's context menu (Qt::ActionsContextMenu) lists its actions.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({newSubfolder, separator, renameFolder, deleteFolder});

    connect(newSubfolder, &QAction::triggered, this, [this] { createFolder(true); });
    connect(renameFolder, &QAction::triggered, this, &FolderActions::askRename);
    connect(deleteFolder, &QAction::triggered, this, &FolderActions::askDelete);
    connect(m_model, &Models::FolderModel::folderMoveRequested, this, &FolderActions::moveFolder);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FolderActions::onRowsInserted);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // A renamed folder may come back as a parent that was a placeholder.
        if (m_follow.folderId != 0 && topLeft.data(Models::FolderIdRole).toLongLong() == m_follow.folderId
            && topLeft.data(Models::AccountIdRole).toString() == m_follow.accountId)
            onRowsInserted(topLeft.parent(), topLeft.row(), topLeft.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FolderActions::update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FolderActions::update);
    update();
}

void FolderActions::setNewFolderAction(QAction *newFolder)
{
    m_newFolder = newFolder;
    connect(newFolder, &QAction::triggered, this, [this] { createFolder(false); });
    update();
}

Sync::AccountRuntime *FolderActions::runtime(const QString &accountId) const
{
    return accountId.isEmpty() ? nullptr : m_runtimes->runtime(accountId);
}

void FolderActions::update()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_newFolder)
        m_newFolder->setEnabled(runtime(m_currentAccount()) != nullptr);
    newSubfolder->setEnabled(isFolder(current));
    renameFolder->setEnabled(isMovable(current));
    deleteFolder->setEnabled(isMovable(current));
}

void FolderActions::createFolder(bool under)
{
    const QModelIndex current = m_view->currentIndex();
    const QString account = under ? current.data(Models::AccountIdRole).toString() : m_currentAccount();
    Sync::AccountRuntime *rt = runtime(account);
    if (!rt || (under && !isFolder(current)))
        return;
    const QString parent = under ? current.data(Models::FolderPathRole).toString() : QString();
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(under ? QStringLiteral("newSubfolderDialog") : QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(under ? tr("New Subfolder") : tr("New Folder"));
    dialog->setLabelText(under ? tr("Name of the new folder in “%1”:").arg(current.data(Qt::DisplayRole).toString())
                               : tr("Name of the new folder in %1:").arg(rt->account().displayName()));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, account, parent](const QString &name) {
        // The selection stays: a folder is often made to move the selected messages there.
        if (Sync::AccountRuntime *r = runtime(account))
            r->createFolder(parent, name.trimmed());
    });
    dialog->open();
}

void FolderActions::askRename()
{
    const QModelIndex current = m_view->currentIndex();
    if (!isMovable(current))
        return;
    const QString account = current.data(Models::AccountIdRole).toString();
    const QString path = current.data(Models::FolderPathRole).toString();
    const qint64 folderId = current.data(Models::FolderIdRole).toLongLong();
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("renameFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Folder"));
    dialog->setLabelText(tr("New name of the folder “%1”:").arg(current.data(Models::FolderNameRole).toString()));
    dialog->setTextValue(current.data(Models::FolderNameRole).toString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, account, path, folderId](const QString &name) {
        if (Sync::AccountRuntime *r = runtime(account)) {
            follow(account, folderId);
            r->renameFolder(path, name.trimmed());
        }
    });
    dialog->open();
}

void FolderActions::askDelete()
{
    const QModelIndex current = m_view->currentIndex();
    if (!isMovable(current))
        return;
    const QString account = current.data(Models::AccountIdRole).toString();
    Sync::AccountRuntime *rt = runtime(account);
    if (!rt)
        return;
    const QString path = current.data(Models::FolderPathRole).toString();
    const QString name = current.data(Models::FolderNameRole).toString();
    const auto [messages, subfolders] = subtreeCounts(current);
    const bool imap = rt->account().protocol == Account::IncomingProtocol::Imap;
    QString text = subfolders ? tr("Delete the folder “%1” and its %n subfolder(s)?", nullptr, subfolders).arg(name)
                              : tr("Delete the folder “%1”?").arg(name);
    // What happens to the mail decides the wording: IMAP's DELETE destroys it on the
    // server (RFC 9051 §6.3.5); a local folder's mail goes to the Trash first.
    QString detail = imap ? tr("%n message(s) will be deleted from the server for good. This cannot be undone.",
                               nullptr, int(messages))
                          : tr("%n message(s) will be moved to the Trash.", nullptr, int(messages));
    auto *box = new QMessageBox(imap ? QMessageBox::Warning : QMessageBox::Question, tr("Delete Folder"), text,
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmDeleteFolder"));
    box->setInformativeText(detail);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, account, path](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        if (Sync::AccountRuntime *r = runtime(account))
            r->deleteFolder(path);
    });
    box->open();
}

void FolderActions::moveFolder(const QString &accountId, const QString &path, const QString &newParent)
{
    Sync::AccountRuntime *rt = runtime(accountId);
    if (!rt)
        return;
    // The dragged folder stays selected when it was.
    const QModelIndex current = m_view->currentIndex();
    if (current.data(Models::FolderPathRole).toString() == path && current.data(Models::AccountIdRole).toString() == accountId)
        follow(accountId, current.data(Models::FolderIdRole).toLongLong());
    rt->moveFolder(path, newParent);
}

void FolderActions::follow(const QString &accountId, qint64 folderId)
{
    m_follow = {accountId, folderId};
    // A change that failed leaves nothing to follow; forget it before it could move the
    // selection on some later, unrelated update.
    QTimer::singleShot(15000, this, [this, accountId, folderId] {
        if (m_follow.accountId == accountId && m_follow.folderId == folderId)
            m_follow = {};
    });
}

void FolderActions::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_follow.accountId.isEmpty())
        return;
    for (int r = first; r <= last; ++r) {
        const QModelIndex i = m_model->index(r, 0, parent);
        if (i.data(Models::AccountIdRole).toString() != m_follow.accountId)
            continue;
        if (i.data(Models::FolderIdRole).toLongLong() == m_follow.folderId) {
            m_follow = {};
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return;
        }
    }
}

} // namespace Pigeon::Ui
