// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "store/messageflags.h"
#include "store/messagerow.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAbstractItemModel;
class QAction;
class QNetworkAccessManager;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Pigeon::Models {
class FolderModel;
class MessageListModel;
}
namespace Pigeon::Sync {
class AccountRuntime;
class RuntimeManager;
}

namespace Pigeon::Ui {

class FolderActions;
class FolderView;
class MailActions;
class MessageListView;
class NoticeBar;
class ReadingPane;
class RemoteContentPolicy;
class RuntimeBinding;
class SearchResultModel;
class TaskStatus;
class TrayIcon;

/// Pigeon's main window: folders, the message list and the reading pane, side by side.
///
/// Everything it shows comes from the accounts' runtimes (Sync::RuntimeManager, one
/// worker thread per account) through the models; every change the user makes goes
/// back to them as a queued request, so the window never waits for the disk or the
/// network. Long jobs show in the status bar with a cancel button; failures become
/// notices above the panes, never modal dialogs. Layout, column widths, sort order and
/// the work-offline switch are kept in the profile's settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p runtimes and @p accounts (Models::AccountListModel) must outlive the window.
    /// @p settings may be null (nothing remembered).
    MainWindow(Sync::RuntimeManager *runtimes, QAbstractItemModel *accounts, QSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows @p text in a bar above the panes until the user closes it. Non-modal.
    void showNotice(const QString &text, const QString &detail = {});
    /// The notices shown so far (for tests and diagnostics).
    QStringList notices() const;
    /// True while the "no accounts" page is showing.
    bool isShowingEmptyState() const;
    /// The id (without braces) of the account the user is working in, empty if none.
    QString currentAccountId() const;

    Models::FolderModel *folderModel() const { return m_folderModel; }
    Models::MessageListModel *messageModel() const { return m_messageModel; }
    SearchResultModel *searchModel() const { return m_searchModel; }
    FolderView *folderView() const { return m_folderView; }
    MessageListView *messageView() const { return m_messageView; }
    ReadingPane *readingPane() const { return m_reading; }
    MailActions *actions() const { return m_actions; }
    TrayIcon *trayIcon() const { return m_tray; }
    /// True while the list shows search results instead of a folder.
    bool isShowingSearch() const;
    /// What the status bar says of the search beyond the local hits (the server is
    /// being searched, or could not be); empty when nothing is missing.
    QString searchHint() const;

Q_SIGNALS:
    /// Accounts > Add Account…: the composition root opens the account wizard.
    void addAccountRequested();
    /// Accounts > Account Settings…: the composition root opens the settings of @p id.
    void editAccountRequested(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // mainwindow.cpp: layout, menus, settings
    QWidget *createPanes();
    QWidget *createEmptyPage();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void updatePage();
    void updateActions();
    void updateCounts();
    void updateOnline(bool online);
    void showAbout();
    void restoreSettings();
    void saveSettings();

    // mainwindowactions.cpp: what the user does
    void onFolderChanged();
    void onCurrentMessageChanged();
    void onMessageLoaded(const QString &accountId, Store::MessageId id, const QByteArray &bytes,
                         const MailError &error);
    void onTaskFinished(quint64 id, const QString &account, const MailError &error);
    void setFlagsOnSelection(Store::MessageFlags add, Store::MessageFlags remove);
    void toggleOnSelection(Store::MessageFlag flag);
    /// View > Prefer HTML to Plain Text: the reader shows that alternative from now on,
    /// the message on screen at once.
    void setPreferHtml(bool prefer);
    void deleteSelection();
    void moveSelection(const QString &targetFolder, bool copy);
    void fillFolderMenu(bool copy);
    /// IMAP: @p folder's cache was discarded (UIDVALIDITY): the list drops what it showed.
    void onFolderReset(const QString &accountId, const QString &folder);
    void startSearch();
    void endSearch();
    // mainwindowsearch.cpp: the server's half of a search in IMAP accounts
    void startServerSearch(const QString &query, const QStringList &accounts);
    void onServerSearchFound(const QString &account, quint64 id, const QList<Store::MessageRow> &rows, bool complete,
                             const MailError &error);
    void cancelServerSearches();
    void updateSearchHint();
    void showInList(QAbstractItemModel *model);
    void getAccountMail();
    void downloadSelection();
    /// "Download" on the reading pane's bar: the message shown, whole.
    void downloadShown(const QString &account, Store::MessageId id);
    static bool isPartial(const QModelIndex &message);
    /// Partial (POP3) or not wholly downloaded (IMAP headers only, or some parts):
    /// "Download Complete Message" applies.
    static bool isIncomplete(const QModelIndex &message);
    /// The selected messages, grouped by account id.
    QHash<QString, QList<Store::MessageId>> selectionByAccount() const;
    QString folderNameOf(const QModelIndex &message) const;
    Sync::AccountRuntime *runtimeOf(const QString &accountId) const;

    Sync::RuntimeManager *m_runtimes;
    QAbstractItemModel *m_accounts;
    QPointer<QSettings> m_settings;
    /// Remote content of messages the user allowed comes through this (none while
    /// working offline); which senders are trusted with it is kept in the profile.
    QNetworkAccessManager *m_network;
    std::unique_ptr<RemoteContentPolicy> m_trustedSenders;
    Models::FolderModel *m_folderModel;
    Models::MessageListModel *m_messageModel;
    SearchResultModel *m_searchModel;
    RuntimeBinding *m_binding = nullptr;
    MailActions *m_actions = nullptr;
    FolderActions *m_folderActions = nullptr;
    TrayIcon *m_tray = nullptr;

    NoticeBar *m_notices = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    FolderView *m_folderView = nullptr;
    MessageListView *m_messageView = nullptr;
    ReadingPane *m_reading = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    TaskStatus *m_taskStatus = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_accountCount = nullptr;
    QToolButton *m_onlineButton = nullptr;
    QAction *m_editAccount = nullptr;
    /// The task downloadShown() started, whose failure the reading pane tells.
    quint64 m_shownDownload = 0;
    /// Search generations still to answer, per account.
    QHash<QString, quint64> m_pendingSearch;
    /// Server searches still running, per account.
    QHash<QString, quint64> m_pendingServerSearch;
    /// Accounts whose server was not (or not completely) searched, with why.
    QHash<QString, QString> m_serverMissing;
    QLabel *m_searchHint = nullptr;
    QByteArray m_listHeaderState;
    bool m_folderAutoSelected = true; ///< the current folder was chosen by the window, not the user ///< the folder list's columns while search results show
};

} // namespace Pigeon::Ui
