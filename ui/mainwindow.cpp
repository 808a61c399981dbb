// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/mainwindow.h"

#include "models/accountlistmodel.h"
#include "models/folderroles.h"
#include "models/foldermodel.h"
#include "models/messagelistmodel.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "ui/folderactions.h"
#include "ui/folderview.h"
#include "ui/icontheme.h"
#include "ui/mailactions.h"
#include "ui/messagelistview.h"
#include "ui/noticebar.h"
#include "ui/reader/attachmentlist.h"
#include "ui/reader/messageview.h"
#include "ui/reader/remotecontentpolicy.h"
#include "ui/readingpane.h"
#include "ui/runtimebinding.h"
#include "ui/searchresultmodel.h"
#include "ui/taskstatus.h"
#include "ui/trayicon.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

namespace {
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString OuterSplitterKey = QStringLiteral("MainWindow/folderSplitter");
const QString InnerSplitterKey = QStringLiteral("MainWindow/readingSplitter");
const QString HeaderKey = QStringLiteral("MessageList/header");
const QString ThreadedKey = QStringLiteral("MessageList/threaded");
const QString PreferHtmlKey = QStringLiteral("Reading/preferHtml");
const QString OfflineKey = QStringLiteral("MainWindow/workOffline");
const QString MarkReadDelayKey = QStringLiteral("Reading/markReadDelayMs");
} // namespace

MainWindow::MainWindow(Sync::RuntimeManager *runtimes, QAbstractItemModel *accounts, QSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_runtimes(runtimes)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_folderModel(new Models::FolderModel(this))
    , m_messageModel(new Models::MessageListModel(this))
    , m_searchModel(new SearchResultModel(this))
{
    IconTheme::ensure();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pigeon"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.pigeon.Pigeon"), QIcon(QStringLiteral(":/icons/org.pigeon.Pigeon.svg"))));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notices = new NoticeBar(central);
    layout->addWidget(m_notices);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(createPanes());
    m_emptyPage = createEmptyPage();
    m_pages->addWidget(m_emptyPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_actions = new MailActions(this, m_messageView);
    m_binding = new RuntimeBinding(m_runtimes, m_folderModel, m_messageModel, this);
    m_folderActions = new FolderActions(m_folderView, m_folderModel, m_runtimes, [this] { return currentAccountId(); }, this);
    m_tray = new TrayIcon(this);
    createMenus();
    createToolBar();
    createStatusBar();

    // What the user does.
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onFolderChanged);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentMessageChanged);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_reading, &ReadingPane::markReadRequested, this, [this](const QString &account, Store::MessageId id) {
        if (Sync::AccountRuntime *rt = runtimeOf(account))
            rt->setFlags({id}, Store::MessageFlag::Seen, {});
    });
    connect(m_folderModel, &Models::FolderModel::messagesDropped, this,
            [this](const QList<Models::MessageDrag::Entry> &entries, const QString &account, qint64 folderId,
                   Qt::DropAction action) {
                const QString target = m_folderModel->indexOf(account, folderId).data(Models::FolderPathRole).toString();
                QList<Store::MessageId> ids;
                for (const auto &e : entries) {
                    if (e.accountId != account) {
                        showNotice(tr("Messages can only be moved between folders of the same account for now."));
                        return;
                    }
                    ids.append(e.id);
                }
                if (Sync::AccountRuntime *rt = runtimeOf(account); rt && !target.isEmpty()) {
                    if (action == Qt::CopyAction)
                        rt->copyMessages(ids, target);
                    else
                        rt->moveMessages(ids, target);
                }
            });

    // What the accounts report.
    connect(m_binding, &RuntimeBinding::messageLoaded, this, &MainWindow::onMessageLoaded);
    // Attachments of an IMAP message not downloaded yet: fetched when opened or saved.
    AttachmentList *attachments = m_reading->view()->attachmentList();
    attachments->fetchPart = [this](const QString &partId) {
        if (Sync::AccountRuntime *rt = runtimeOf(m_reading->accountId()))
            rt->fetchPart(m_reading->messageId(), partId.toLatin1());
    };
    connect(m_binding, &RuntimeBinding::partFetched, this,
            [this, attachments](const QString &account, Store::MessageId id, const QByteArray &section,
                                const MailError &error) {
                if (error.isError() && account == m_reading->accountId() && id == m_reading->messageId())
                    attachments->partFailed(QString::fromLatin1(section), error);
            });
    connect(m_reading, &ReadingPane::downloadRequested, this, &MainWindow::downloadShown);
    // The pictures an HTML message shows, or the HTML itself, for a message opened
    // without them (fetched only online; offline the plain text stays on screen).
    connect(m_reading, &ReadingPane::inlinePartsRequested, this,
            [this](const QString &account, Store::MessageId id, const QList<QByteArray> &sections) {
                if (Sync::AccountRuntime *rt = runtimeOf(account))
                    rt->fetchInlineParts(id, sections);
            });
    connect(m_binding, &RuntimeBinding::messageReplaced, this,
            [this](const QString &account, Store::MessageId partial, Store::MessageId whole) {
                // The user was reading the partial copy: show the whole message instead.
                if (m_reading->accountId() != account || m_reading->messageId() != partial || isShowingSearch())
                    return;
                const QModelIndex replacement = m_messageModel->indexOf(account, whole);
                if (replacement.isValid())
                    m_messageView->setCurrentIndex(replacement);
            });
    connect(m_binding, &RuntimeBinding::taskProgressed, m_taskStatus, &TaskStatus::update);
    connect(m_binding, &RuntimeBinding::taskFinished, this, &MainWindow::onTaskFinished);
    connect(m_binding, &RuntimeBinding::failed, this, [this](const QString &account, const MailError &error) {
        showNotice(tr("%1: %2", "account: error").arg(account, error.text()),
                   MailError::kindName(error.kind()) + (error.serverCode().isEmpty() ? QString() : QStringLiteral(" ") + error.serverCode()));
    });
    connect(m_binding, &RuntimeBinding::newMail, this, [this](const QString &account, int count) {
        m_tray->addNewMail(account, count);
        statusBar()->showMessage(tr("%1: %n new message(s)", nullptr, count).arg(account), 10000);
    });
    connect(m_binding, &RuntimeBinding::foldersChanged, this, &MainWindow::updateCounts);
    connect(m_binding, &RuntimeBinding::folderReset, this, &MainWindow::onFolderReset);
    connect(m_binding, &RuntimeBinding::searchFinished, this,
            [this](const QString &account, quint64 generation, const QList<Store::MessageRow> &rows, const MailError &e) {
                if (m_pendingSearch.value(account) != generation)
                    return;
                m_pendingSearch.remove(account);
                if (e.isError())
                    showNotice(tr("Search failed: %1").arg(e.text()));
                m_searchModel->addResults(account, rows);
                updateCounts();
            });
    connect(m_binding, &RuntimeBinding::serverSearchFound, this, &MainWindow::onServerSearchFound);
    connect(m_binding, &RuntimeBinding::reachableChanged, this, [this](const QString &account, bool reachable) {
        updateOnline(m_runtimes->isOnline());
        if (Sync::AccountRuntime *rt = runtimeOf(account))
            statusBar()->showMessage(reachable ? tr("%1 is back online.").arg(rt->account().displayName())
                                               : tr("%1 cannot be reached; working offline for it.")
                                                     .arg(rt->account().displayName()),
                                     10000);
    });
    // Search results follow changes too.
    connect(m_binding, &RuntimeBinding::rowsUpdated, m_searchModel, &SearchResultModel::updateMessages);
    connect(m_binding, &RuntimeBinding::rowsRemoved, m_searchModel, &SearchResultModel::removeMessages);
    connect(m_messageModel, &Models::MessageListModel::loadFailed, this,
            [this](const MailError &e) { showNotice(tr("The message list could not be read: %1").arg(e.text())); });
    connect(m_messageModel, &Models::MessageListModel::loaded, this, &MainWindow::updateCounts);
    connect(m_messageModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_messageModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_messageModel, &Models::MessageListModel::countsChanged, this,
            [this](const QString &account, qint64 folderId, qint64 total, qint64 unread) {
                m_folderModel->setCounts(account, folderId, total, unread);
                updateCounts();
            });
    connect(m_runtimes, &Sync::RuntimeManager::onlineChanged, this, &MainWindow::updateOnline);
    connect(m_accounts, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_accounts, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_folderModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        // The unified Inbox appears with the second account: where the window starts,
        // unless the user already chose a folder.
        const QModelIndex inserted = m_folderModel->index(first, 0, parent);
        if (!parent.isValid() && m_folderAutoSelected
            && inserted.data(Models::FolderKindRole).toInt() == int(Models::FolderKind::UnifiedInbox)) {
            m_folderView->setCurrentIndex(inserted);
            m_folderAutoSelected = true;
            return;
        }
        if (!m_folderView->currentIndex().isValid()) {
            // Start where mail arrives: the first Inbox (the unified one with two accounts).
            for (int r = 0; r < m_folderModel->rowCount(); ++r) {
                const QModelIndex top = m_folderModel->index(r, 0);
                if (top.data(Models::SelectableRole).toBool()) {
                    m_folderView->setCurrentIndex(top);
                    m_folderAutoSelected = true;
                    return;
                }
                const QModelIndex child = m_folderModel->index(0, 0, top);
                if (child.isValid() && child.data(Models::SelectableRole).toBool()) {
                    m_folderView->setCurrentIndex(child);
                    m_folderAutoSelected = true;
                    return;
                }
            }
        }
    });

    resize(1100, 700);
    // The keyboard starts in the message list, where reading starts (arrows, M, S, Del).
    m_messageView->setFocus(Qt::OtherFocusReason);
    restoreSettings();
    updatePage();
    updateOnline(m_runtimes->isOnline());
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createPanes()
{
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("folderSplitter"));
    m_folderView = new FolderView(m_outer);
    m_folderView->setModel(m_folderModel);
    m_inner = new QSplitter(Qt::Vertical, m_outer);
    m_inner->setObjectName(QStringLiteral("readingSplitter"));
    m_messageView = new MessageListView(m_inner);
    m_messageView->setModel(m_messageModel);
    m_messageView->sortByColumn(int(Models::MessageColumn::Date), Qt::DescendingOrder);
    m_reading = new ReadingPane(m_inner);
    m_network = new QNetworkAccessManager(this);
    if (m_settings)
        m_trustedSenders = std::make_unique<SettingsRemoteContentPolicy>(m_settings.data());
    else
        m_trustedSenders = std::make_unique<MemoryRemoteContentPolicy>();
    m_reading->view()->setRemoteContentPolicy(m_trustedSenders.get());
    m_inner->addWidget(m_messageView);
    m_inner->addWidget(m_reading);
    m_inner->setStretchFactor(0, 2);
    m_inner->setStretchFactor(1, 3);
    m_outer->addWidget(m_folderView);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(0, 1);
    m_outer->setStretchFactor(1, 4);
    m_outer->setSizes({240, 860});
    m_inner->setSizes({280, 420});
    return m_outer;
}

QWidget *MainWindow::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("No accounts are set up yet."), page);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *add = new QPushButton(tr("&Add Account…"), page);
    add->setObjectName(QStringLiteral("emptyStateAdd"));
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(add, 0, Qt::AlignCenter);
    layout->addStretch(2);
    return page;
}

void MainWindow::createMenus()
{
    MailActions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a->getAllMail);
    file->addAction(a->getAccountMail);
    file->addAction(a->cancelAll);
    file->addSeparator();
    file->addAction(a->newFolder);
    file->addAction(m_folderActions->newSubfolder);
    file->addAction(m_folderActions->renameFolder);
    file->addAction(m_folderActions->deleteFolder);
    file->addSeparator();
    file->addAction(a->workOffline);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a->threaded);
    view->addAction(a->search);
    view->addSeparator();
    view->addAction(a->preferHtml);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->setObjectName(QStringLiteral("menuMessage"));
    message->addAction(a->markRead);
    message->addAction(a->markUnread);
    message->addAction(a->toggleRead);
    message->addAction(a->toggleFlag);
    message->addSeparator();
    message->addMenu(a->moveTo);
    message->addMenu(a->copyTo);
    message->addAction(a->deleteMessages);
    message->addSeparator();
    message->addAction(a->downloadFull);
    message->addAction(a->nextUnread);

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->setObjectName(QStringLiteral("menuAccounts"));
    QAction *add = accounts->addAction(tr("&Add Account…"));
    add->setObjectName(QStringLiteral("actionAddAccount"));
    connect(add, &QAction::triggered, this, &MainWindow::addAccountRequested);
    m_editAccount = accounts->addAction(tr("Account &Settings…"));
    m_editAccount->setObjectName(QStringLiteral("actionEditAccount"));
    connect(m_editAccount, &QAction::triggered, this, [this] {
        const QString id = currentAccountId();
        if (!id.isEmpty())
            Q_EMIT editAccountRequested(id);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pigeon"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The message list's context menu: the same commands.
    m_messageView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageView, &QWidget::customContextMenuRequested, this, [this, message](const QPoint &pos) {
        message->popup(m_messageView->viewport()->mapToGlobal(pos));
    });
    m_folderView->addAction(a->newFolder);

    connect(a->getAllMail, &QAction::triggered, this, [this] { m_runtimes->checkAll(); });
    connect(a->getAccountMail, &QAction::triggered, this, &MainWindow::getAccountMail);
    connect(a->cancelAll, &QAction::triggered, this, [this] {
        for (const Sync::TaskProgress &t : m_taskStatus->tasks()) {
            if (Sync::AccountRuntime *rt = m_binding->runtimeOfTask(t.id))
                rt->cancelTask(t.id);
        }
    });
    connect(a->workOffline, &QAction::toggled, this, [this](bool offline) { m_runtimes->setOnline(!offline); });
    connect(a->markRead, &QAction::triggered, this, [this] { setFlagsOnSelection(Store::MessageFlag::Seen, {}); });
    connect(a->markUnread, &QAction::triggered, this, [this] { setFlagsOnSelection({}, Store::MessageFlag::Seen); });
    connect(a->toggleRead, &QAction::triggered, this, [this] { toggleOnSelection(Store::MessageFlag::Seen); });
    connect(a->toggleFlag, &QAction::triggered, this, [this] { toggleOnSelection(Store::MessageFlag::Flagged); });
    connect(a->deleteMessages, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(a->nextUnread, &QAction::triggered, this, [this] {
        if (!m_messageView->selectNextUnread())
            statusBar()->showMessage(tr("No unread messages in this folder."), 5000);
    });
    m_folderActions->setNewFolderAction(a->newFolder);
    connect(a->downloadFull, &QAction::triggered, this, &MainWindow::downloadSelection);
    connect(a->threaded, &QAction::toggled, this, [this](bool on) {
        m_messageModel->setThreaded(on);
        m_messageView->setRootIsDecorated(on);
    });
    connect(a->preferHtml, &QAction::toggled, this, &MainWindow::setPreferHtml);
    connect(a->moveTo, &QMenu::aboutToShow, this, [this] { fillFolderMenu(false); });
    connect(a->copyTo, &QMenu::aboutToShow, this, [this] { fillFolderMenu(true); });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_actions->getAllMail);
    bar->addSeparator();
    bar->addAction(m_actions->markRead);
    bar->addAction(m_actions->toggleFlag);
    bar->addAction(m_actions->deleteMessages);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setAccessibleName(tr("Search messages"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);
    bar->addWidget(m_search);
    // Typing pauses a moment before the search runs; Enter runs it at once.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(400);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::startSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchTimer->stop();
            endSearch();
        } else {
            // The server need not finish answering a query the user is no longer asking.
            cancelServerSearches();
            m_searchTimer->start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        startSearch();
    });
    connect(m_actions->search, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::createStatusBar()
{
    m_taskStatus = new TaskStatus(this);
    statusBar()->addWidget(m_taskStatus);
    connect(m_taskStatus, &TaskStatus::cancelRequested, this, [this](quint64 id) {
        if (Sync::AccountRuntime *rt = m_binding->runtimeOfTask(id))
            rt->cancelTask(id);
    });
    m_searchHint = new QLabel(this);
    m_searchHint->setObjectName(QStringLiteral("searchHint"));
    m_searchHint->hide();
    statusBar()->addPermanentWidget(m_searchHint);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("messageCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_accountCount = new QLabel(this);
    m_accountCount->setObjectName(QStringLiteral("accountCount"));
    statusBar()->addPermanentWidget(m_accountCount);
    m_onlineButton = new QToolButton(this);
    m_onlineButton->setObjectName(QStringLiteral("onlineIndicator"));
    m_onlineButton->setAutoRaise(true);
    m_onlineButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_onlineButton, &QToolButton::clicked, m_actions->workOffline, &QAction::toggle);
    statusBar()->addPermanentWidget(m_onlineButton);
}

void MainWindow::updateOnline(bool online)
{
    {
        const QSignalBlocker block(m_actions->workOffline);
        m_actions->workOffline->setChecked(!online);
    }
    // Online, an account whose server cannot be reached works offline by itself: the
    // indicator names it, and its changes wait in its queue.
    QStringList away;
    for (Sync::AccountRuntime *rt : m_runtimes->runtimes()) {
        if (online && !rt->isReachable())
            away << rt->account().displayName();
    }
    if (!online) {
        m_onlineButton->setText(tr("Offline"));
        m_onlineButton->setIcon(QIcon::fromTheme(QStringLiteral("network-offline")));
        m_onlineButton->setToolTip(tr("Pigeon is working offline: no connections are made. Click to go online."));
    } else if (!away.isEmpty()) {
        m_onlineButton->setText(away.size() == 1 ? tr("%1 is offline").arg(away.constFirst())
                                                 : tr("%n account(s) offline", nullptr, int(away.size())));
        m_onlineButton->setIcon(QIcon::fromTheme(QStringLiteral("network-error")));
        m_onlineButton->setToolTip(tr("The server of %1 cannot be reached. Pigeon tries again by itself; what you "
                                      "change meanwhile is kept and sent when it is back. Click to work offline.")
                                       .arg(away.join(QLatin1String(", "))));
    } else {
        m_onlineButton->setText(tr("Online"));
        m_onlineButton->setIcon(QIcon::fromTheme(QStringLiteral("network-idle")));
        m_onlineButton->setToolTip(tr("Pigeon checks for mail. Click to work offline."));
    }
    if (m_settings)
        m_settings->setValue(OfflineKey, !online);
    // Working offline means no connection at all, remote pictures included.
    m_reading->view()->setNetworkAccessManager(online ? m_network : nullptr);
    updateActions();
}

void MainWindow::updatePage()
{
    const int count = m_accounts->rowCount();
    const bool empty = count == 0;
    m_accountCount->setText(tr("%Ln account(s)", "status bar", count));
    m_pages->setCurrentWidget(empty ? m_emptyPage : m_outer);
    m_editAccount->setEnabled(!currentAccountId().isEmpty());
}

void MainWindow::updateActions()
{
    bool anyCheckable = false;
    for (Sync::AccountRuntime *rt : m_runtimes->runtimes())
        anyCheckable = anyCheckable || rt->canCheck();
    Sync::AccountRuntime *current = runtimeOf(currentAccountId());
    const QModelIndexList rows = m_messageView->selectionModel() ? m_messageView->selectionModel()->selectedRows()
                                                                 : QModelIndexList();
    const bool anyPartial = std::any_of(rows.cbegin(), rows.cend(), &MainWindow::isIncomplete);
    m_actions->updateForSelection(int(rows.size()), current && current->canCheck(), anyCheckable, anyPartial);
    m_editAccount->setEnabled(!currentAccountId().isEmpty());
}

void MainWindow::updateCounts()
{
    if (isShowingSearch()) {
        m_countLabel->setText(tr("%Ln message(s) found", nullptr, m_searchModel->rowCount()));
        return;
    }
    const qint64 total = m_messageModel->totalCount();
    const qint64 unread = m_messageModel->unreadCount();
    m_countLabel->setText(m_messageModel->sources().isEmpty()
                              ? QString()
                              : tr("%1, %2", "messages, unread")
                                    .arg(tr("%Ln message(s)", nullptr, int(total)), tr("%Ln unread", nullptr, int(unread))));
    qint64 allUnread = 0;
    for (Sync::AccountRuntime *rt : m_runtimes->runtimes()) {
        for (const Sync::FolderSummary &f : rt->folders()) {
            if (Models::FolderModel::kindFromName(f.name) == Models::FolderKind::Inbox)
                allUnread += f.unread;
        }
    }
    m_tray->setUnread(allUnread);
}

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyPage;
}

bool MainWindow::isShowingSearch() const
{
    return m_messageView->model() == m_searchModel;
}

QString MainWindow::currentAccountId() const
{
    if (isShowingEmptyState())
        return {};
    const QString fromFolder = m_folderView->currentIndex().data(Models::AccountIdRole).toString();
    if (!fromFolder.isEmpty())
        return fromFolder;
    // The unified Inbox belongs to no account: the first one is meant.
    return m_accounts->index(0, 0).data(Models::AccountListModel::IdRole).toString();
}

Sync::AccountRuntime *MainWindow::runtimeOf(const QString &accountId) const
{
    return accountId.isEmpty() ? nullptr : m_runtimes->runtime(accountId);
}

void MainWindow::showNotice(const QString &text, const QString &detail)
{
    m_notices->showNotice(text, detail);
}

QStringList MainWindow::notices() const
{
    return m_notices->notices();
}

void MainWindow::showAbout()
{
    // Modal only to its parent and opened with open(), not exec(): no nested event loop.
    auto *dialog = new QMessageBox(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("About Pigeon"));
    dialog->setIconPixmap(windowIcon().pixmap(64, 64));
    dialog->setTextFormat(Qt::RichText);
    dialog->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(tr("Pigeon %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped(),
                             tr("A desktop mail client that works offline.").toHtmlEscaped()));
    dialog->setInformativeText(
        tr("Pigeon is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License, version 3 or any later version. It comes with no warranty."));
    dialog->setStandardButtons(QMessageBox::Close);
    dialog->open();
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
    m_outer->restoreState(m_settings->value(OuterSplitterKey).toByteArray());
    m_inner->restoreState(m_settings->value(InnerSplitterKey).toByteArray());
    const QByteArray header = m_settings->value(HeaderKey).toByteArray();
    if (!header.isEmpty())
        m_messageView->header()->restoreState(header);
    m_actions->threaded->setChecked(m_settings->value(ThreadedKey, false).toBool());
    m_actions->preferHtml->setChecked(m_settings->value(PreferHtmlKey, false).toBool());
    m_reading->setMarkReadDelay(m_settings->value(MarkReadDelayKey, 0).toInt());
    if (m_settings->value(OfflineKey, false).toBool())
        m_runtimes->setOnline(false);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->setValue(OuterSplitterKey, m_outer->saveState());
    m_settings->setValue(InnerSplitterKey, m_inner->saveState());
    m_settings->setValue(HeaderKey, isShowingSearch() && !m_listHeaderState.isEmpty()
                                        ? m_listHeaderState
                                        : m_messageView->header()->saveState());
    m_settings->setValue(ThreadedKey, m_actions->threaded->isChecked());
    m_settings->setValue(PreferHtmlKey, m_actions->preferHtml->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Looking at the window is seeing the new mail: the tray's "new" counts restart.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_tray->clearNewMail();
    QMainWindow::changeEvent(event);
}

} // namespace Pigeon::Ui
