// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MainWindow, continued: what the user does with folders and messages. Every change is
// a queued request to the account's runtime; the views change when its answer arrives.
#include "ui/mainwindow.h"

#include "models/folderroles.h"
#include "models/foldermodel.h"
#include "models/messagelistmodel.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "ui/folderview.h"
#include "ui/mailactions.h"
#include "ui/reader/messageview.h"
#include "ui/messagelistview.h"
#include "ui/readingpane.h"
#include "ui/searchresultmodel.h"
#include "ui/taskstatus.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Pigeon::Ui {

void MainWindow::onFolderChanged()
{
    m_folderAutoSelected = false; // set again right after by an automatic choice
    if (isShowingSearch()) {
        m_search->clear();
        endSearch();
    }
    m_messageModel->setSources(m_folderModel->sourcesFor(m_folderView->currentIndex()));
    m_reading->clear();
    updateActions();
    updateCounts();
}

void MainWindow::onCurrentMessageChanged()
{
    const QModelIndex current = m_messageView->currentIndex();
    if (!current.isValid()) {
        m_reading->clear();
        return;
    }
    const QString account = current.data(Models::AccountIdRole).toString();
    const Store::MessageId id = current.data(Models::MessageIdRole).toLongLong();
    Sync::AccountRuntime *rt = runtimeOf(account);
    if (!rt) {
        m_reading->clear();
        return;
    }
    m_reading->showLoading(account, id, current.data(Models::UnreadRole).toBool(), isPartial(current));
    rt->loadMessage(id);
    updateActions();
}

void MainWindow::onMessageLoaded(const QString &accountId, Store::MessageId id, const QByteArray &bytes,
                                 const MailError &error)
{
    if (error.isError() && error.kind() == MailError::Kind::Network)
        m_reading->showError(accountId, id, error.text()); // "not available offline" says it all
    else if (error.isError())
        m_reading->showError(accountId, id, tr("This message cannot be shown: %1").arg(error.text()));
    else
        m_reading->showMessage(accountId, id, bytes);
}

void MainWindow::onTaskFinished(quint64 id, const QString &account, const MailError &error)
{
    m_taskStatus->finish(id);
    const bool shown = id != 0 && id == m_shownDownload;
    if (shown)
        m_shownDownload = 0;
    if (!error.isError())
        return;
    if (error.kind() == MailError::Kind::Cancelled) {
        // A download that never ran (offline meanwhile, cancelled while it waited for a
        // check) gives the bar its button back, saying why.
        if (shown)
            m_reading->downloadFailed(m_reading->accountId(), m_reading->messageId(), error.text());
        return;
    }
    // The bar that was pressed says it, next to the message (unless the list moved on).
    if (shown && m_reading->downloadFailed(m_reading->accountId(), m_reading->messageId(),
                                           tr("The complete message could not be downloaded: %1").arg(error.text())))
        return;
    QString detail = MailError::kindName(error.kind());
    if (!error.serverCode().isEmpty())
        detail += QStringLiteral(" (%1)").arg(error.serverCode());
    showNotice(tr("%1: %2", "account: error").arg(account, error.text()), detail);
}

QHash<QString, QList<Store::MessageId>> MainWindow::selectionByAccount() const
{
    QHash<QString, QList<Store::MessageId>> byAccount;
    const QModelIndexList rows = m_messageView->selectedMessages();
    for (const QModelIndex &i : rows)
        byAccount[i.data(Models::AccountIdRole).toString()].append(i.data(Models::MessageIdRole).toLongLong());
    return byAccount;
}

void MainWindow::setFlagsOnSelection(Store::MessageFlags add, Store::MessageFlags remove)
{
    const auto byAccount = selectionByAccount();
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        if (Sync::AccountRuntime *rt = runtimeOf(it.key()))
            rt->setFlags(it.value(), add, remove);
    }
}

void MainWindow::toggleOnSelection(Store::MessageFlag flag)
{
    // Like other clients: the current message decides, the whole selection follows.
    const QModelIndex current = m_messageView->currentIndex();
    if (!current.isValid())
        return;
    const bool isSet = flag == Store::MessageFlag::Seen ? !current.data(Models::UnreadRole).toBool()
                                                        : current.data(Models::FlaggedRole).toBool();
    if (isSet)
        setFlagsOnSelection({}, flag);
    else
        setFlagsOnSelection(flag, {});
}

void MainWindow::setPreferHtml(bool prefer)
{
    // The view lays the message on screen out again; one still loading is prepared
    // again with the new choice, so what appears matches the menu.
    m_reading->view()->setPreferHtml(prefer);
}

QString MainWindow::folderNameOf(const QModelIndex &message) const
{
    if (isShowingSearch())
        return m_searchModel->folderName(message);
    return m_folderModel
        ->indexOf(message.data(Models::AccountIdRole).toString(), message.data(Models::FolderIdRole).toLongLong())
        .data(Models::FolderPathRole)
        .toString();
}

void MainWindow::deleteSelection()
{
    const QModelIndexList rows = m_messageView->selectedMessages();
    // Per account: what goes to the Trash, what is deleted for good.
    QHash<QString, QList<Store::MessageId>> toTrash;
    QHash<QString, QList<Store::MessageId>> forGood;
    QHash<QString, QList<Store::MessageId>> markDeleted;
    QHash<QString, QString> trashOf;
    for (const QModelIndex &i : rows) {
        const QString account = i.data(Models::AccountIdRole).toString();
        Sync::AccountRuntime *rt = runtimeOf(account);
        if (!rt)
            continue;
        const Store::MessageId id = i.data(Models::MessageIdRole).toLongLong();
        const Account::Account &acc = rt->account();
        QString trash = acc.protocol == Account::IncomingProtocol::Imap ? acc.imap.trashFolder : QString();
        if (trash.isEmpty()) {
            trash = QStringLiteral("Trash");
            for (const Sync::FolderSummary &f : rt->folders()) {
                if (Models::FolderModel::kindFromName(f.name) == Models::FolderKind::Trash)
                    trash = f.name;
            }
        }
        trashOf.insert(account, trash);
        const bool inTrash = folderNameOf(i) == trash;
        if (acc.protocol == Account::IncomingProtocol::Imap
            && acc.imap.deleteModel == Account::ImapDeleteModel::MarkDeleted)
            markDeleted[account].append(id);
        else if (inTrash || (acc.protocol == Account::IncomingProtocol::Imap
                             && acc.imap.deleteModel == Account::ImapDeleteModel::Expunge))
            forGood[account].append(id);
        else
            toTrash[account].append(id);
    }
    for (auto it = toTrash.cbegin(); it != toTrash.cend(); ++it)
        runtimeOf(it.key())->moveMessages(it.value(), trashOf.value(it.key()));
    for (auto it = markDeleted.cbegin(); it != markDeleted.cend(); ++it)
        runtimeOf(it.key())->setFlags(it.value(), Store::MessageFlag::Deleted, {});
    if (forGood.isEmpty())
        return;
    qsizetype count = 0;
    for (const auto &ids : forGood)
        count += ids.size();
    // Deleting for good cannot be undone: ask, without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Messages"),
                                tr("Delete %n message(s) for good? This cannot be undone.", nullptr, int(count)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, forGood](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        for (auto it = forGood.cbegin(); it != forGood.cend(); ++it) {
            if (Sync::AccountRuntime *rt = runtimeOf(it.key()))
                rt->removeMessages(it.value());
        }
    });
    box->open();
}

void MainWindow::fillFolderMenu(bool copy)
{
    QMenu *menu = copy ? m_actions->copyTo : m_actions->moveTo;
    menu->clear();
    const QModelIndex current = m_messageView->currentIndex();
    const QString account = current.isValid() ? current.data(Models::AccountIdRole).toString() : currentAccountId();
    Sync::AccountRuntime *rt = runtimeOf(account);
    if (!rt)
        return;
    const QString here = current.isValid() ? folderNameOf(current) : QString();
    for (const Sync::FolderSummary &f : rt->folders()) {
        QAction *a = menu->addAction(QIcon::fromTheme(QStringLiteral("folder")), f.name);
        a->setObjectName(QStringLiteral("folder:") + f.name);
        a->setEnabled(copy || f.name != here);
        connect(a, &QAction::triggered, this, [this, name = f.name, copy] { moveSelection(name, copy); });
    }
}

void MainWindow::moveSelection(const QString &targetFolder, bool copy)
{
    const QModelIndex current = m_messageView->currentIndex();
    const QString account = current.isValid() ? current.data(Models::AccountIdRole).toString() : currentAccountId();
    const auto byAccount = selectionByAccount();
    if (byAccount.size() > 1)
        showNotice(tr("Only the messages of one account can be moved at a time; the others stay where they are."));
    Sync::AccountRuntime *rt = runtimeOf(account);
    if (!rt || !byAccount.contains(account))
        return;
    if (copy)
        rt->copyMessages(byAccount.value(account), targetFolder);
    else
        rt->moveMessages(byAccount.value(account), targetFolder);
}

void MainWindow::onFolderReset(const QString &accountId, const QString &folder)
{
    const QList<Models::MessageSource> sources = m_messageModel->sources();
    const auto source = std::find_if(sources.cbegin(), sources.cend(), [&](const Models::MessageSource &s) {
        return s.accountId == accountId && s.folderName == folder;
    });
    if (source == sources.cend())
        return;
    const qint64 folderId = source->folderId;
    // The old UIDs mean nothing now (RFC 9051 §2.3.1.1) and their rows are gone from
    // the cache: the list reloads, keeping only what the store holds, while the new rows
    // stream in. The message being read is looked for among them (same sender, date and
    // subject) and selected again; no neighbour is opened meanwhile, which could mark a
    // message read that the user never chose.
    struct Reading {
        QString subject, sender;
        qint64 date = 0;
    };
    std::optional<Reading> reading;
    const QModelIndex current = m_messageView->currentIndex();
    if (!isShowingSearch() && current.isValid() && current.data(Models::AccountIdRole).toString() == accountId)
        reading = Reading{current.data(Models::SubjectRole).toString(), current.data(Models::SenderRole).toString(),
                          current.data(Models::DateSecsRole).toLongLong()};
    if (!isShowingSearch()) {
        m_messageView->selectionModel()->clear();
        m_reading->clear();
    }
    // The folder's rows go now, before the new ones stream in: the store may give a new
    // row the id of a discarded one (SQLite reuses the highest ids), which the list
    // would otherwise take for the old row.
    QList<Store::MessageId> stale;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_messageModel->rowCount(parent); ++r) {
            const QModelIndex i = m_messageModel->index(r, 0, parent);
            if (i.data(Models::FolderIdRole).toLongLong() == folderId && i.data(Models::AccountIdRole).toString() == accountId)
                stale << i.data(Models::MessageIdRole).toLongLong();
            collect(i);
        }
    };
    collect({});
    m_messageModel->removeMessages(accountId, stale);
    if (reading) {
        // The rows come back as the sync streams them, after the reload or during it.
        auto links = std::make_shared<QList<QMetaObject::Connection>>();
        auto reselect = [this, links, reading] {
            if (isShowingSearch() || m_messageView->currentIndex().isValid()) {
                for (const auto &c : std::as_const(*links))
                    disconnect(c); // the user went on meanwhile
                return;
            }
            for (int r = 0; r < m_messageModel->rowCount(); ++r) {
                const QModelIndex i = m_messageModel->index(r, 0);
                if (i.data(Models::DateSecsRole).toLongLong() == reading->date
                    && i.data(Models::SubjectRole).toString() == reading->subject
                    && i.data(Models::SenderRole).toString() == reading->sender) {
                    for (const auto &c : std::as_const(*links))
                        disconnect(c);
                    m_messageView->selectionModel()->setCurrentIndex(
                        i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    return;
                }
            }
        };
        *links << connect(m_messageModel, &Models::MessageListModel::loaded, this, reselect)
               << connect(m_messageModel, &QAbstractItemModel::rowsInserted, this, reselect);
        QTimer::singleShot(60000, this, [links] {
            for (const auto &c : std::as_const(*links))
                QObject::disconnect(c);
        });
    }
    m_messageModel->reload();
}

void MainWindow::startSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        endSearch();
        return;
    }
    // The accounts of what is shown (several for the unified Inbox); every account when
    // nothing is.
    QStringList accounts;
    for (const Models::MessageSource &s : m_messageModel->sources()) {
        if (!accounts.contains(s.accountId))
            accounts.append(s.accountId);
    }
    if (accounts.isEmpty()) {
        for (Sync::AccountRuntime *rt : m_runtimes->runtimes())
            accounts.append(rt->accountId());
    }
    if (!isShowingSearch()) {
        m_listHeaderState = m_messageView->header()->saveState();
        showInList(m_searchModel);
    }
    m_searchModel->clear();
    m_reading->clear();
    m_pendingSearch.clear();
    for (const QString &account : std::as_const(accounts)) {
        if (Sync::AccountRuntime *rt = runtimeOf(account))
            m_pendingSearch.insert(account, rt->search(query));
    }
    startServerSearch(query, accounts);
    statusBar()->showMessage(tr("Searching…"), 2000);
    updateCounts();
}

void MainWindow::showInList(QAbstractItemModel *model)
{
    // The columns keep their widths and sort across the swap; a new model brings a new
    // selection model, so the reading pane and actions must follow it again.
    const QByteArray header = m_messageView->header()->saveState();
    m_messageView->setModel(model);
    m_messageView->header()->restoreState(header);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentMessageChanged);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
}

void MainWindow::endSearch()
{
    m_pendingSearch.clear();
    cancelServerSearches();
    if (!isShowingSearch())
        return;
    showInList(m_messageModel);
    m_searchModel->clear();
    m_reading->clear();
    updateActions();
    updateCounts();
}

bool MainWindow::isPartial(const QModelIndex &message)
{
    return Store::MessageFlags::fromInt(message.data(Models::FlagsRole).toInt()).testFlag(Store::MessageFlag::Partial);
}

bool MainWindow::isIncomplete(const QModelIndex &message)
{
    const QVariant state = message.data(Models::BodyStateRole);
    return isPartial(message) || (state.isValid() && state.toInt() != int(Models::MessageBodyState::Full));
}

void MainWindow::downloadSelection()
{
    const QModelIndexList rows = m_messageView->selectedMessages();
    QHash<QString, QList<Store::MessageId>> byAccount;
    for (const QModelIndex &i : rows) {
        if (isIncomplete(i))
            byAccount[i.data(Models::AccountIdRole).toString()].append(i.data(Models::MessageIdRole).toLongLong());
    }
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        if (Sync::AccountRuntime *rt = runtimeOf(it.key()))
            rt->downloadFull(it.value());
    }
}

void MainWindow::downloadShown(const QString &account, Store::MessageId id)
{
    Sync::AccountRuntime *rt = runtimeOf(account);
    if (!rt)
        return;
    // Said on the bar itself rather than refused far away in the notice area.
    if (!rt->isOnline()) {
        m_reading->downloadFailed(account, id, tr("Pigeon is working offline: the complete message can be "
                                                  "downloaded when you go online again."));
        return;
    }
    m_shownDownload = rt->downloadFull({id});
}

void MainWindow::getAccountMail()
{
    if (Sync::AccountRuntime *rt = runtimeOf(currentAccountId()))
        rt->checkMail();
}

} // namespace Pigeon::Ui
