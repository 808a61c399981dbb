// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/mainwindow.h"

#include "models/accountlistmodel.h"
#include "ui/accountdelegate.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

namespace {
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
} // namespace

MainWindow::MainWindow(QAbstractItemModel *accounts, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pigeon"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.pigeon.Pigeon"), QIcon(QStringLiteral(":/icons/org.pigeon.Pigeon.svg"))));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Notice bar: a message that needs no answer (no keychain, a file moved aside).
    auto *noticeFrame = new QFrame(central);
    noticeFrame->setObjectName(QStringLiteral("noticeBar"));
    noticeFrame->setFrameShape(QFrame::StyledPanel);
    noticeFrame->setAutoFillBackground(true);
    QPalette noticePalette = noticeFrame->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    noticePalette.setColor(QPalette::WindowText, QColor(0x4d, 0x3b, 0x00));
    noticeFrame->setPalette(noticePalette);
    auto *noticeLayout = new QHBoxLayout(noticeFrame);
    auto *noticeIcon = new QLabel(noticeFrame);
    noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_noticeText = new QLabel(noticeFrame);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeNotice = new QToolButton(noticeFrame);
    closeNotice->setAutoRaise(true);
    closeNotice->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeNotice->setToolTip(tr("Hide this message"));
    closeNotice->setAccessibleName(tr("Hide this message"));
    connect(closeNotice, &QToolButton::clicked, noticeFrame, &QWidget::hide);
    noticeLayout->addWidget(noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(closeNotice, 0, Qt::AlignTop);
    noticeFrame->hide();
    m_noticeBar = noticeFrame;
    layout->addWidget(noticeFrame);

    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pages, 1);

    // Page 1: the accounts.
    auto *listPage = new QWidget(m_pages);
    auto *listLayout = new QVBoxLayout(listPage);
    auto *heading = new QLabel(tr("Accounts"), listPage);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    m_accountView = new QListView(listPage);
    m_accountView->setObjectName(QStringLiteral("accountList"));
    m_accountView->setModel(m_accounts);
    m_accountView->setItemDelegate(new AccountDelegate(m_accountView));
    m_accountView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountView->setUniformItemSizes(true);
    m_accountView->setAccessibleName(tr("Accounts"));
    heading->setBuddy(m_accountView);
    listLayout->addWidget(heading);
    listLayout->addWidget(m_accountView, 1);
    m_pages->addWidget(listPage);

    // Page 2: no accounts. Says what is true and what to do, offers nothing that does
    // not exist yet.
    m_emptyPage = new QWidget(m_pages);
    m_emptyPage->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    auto *emptyTitle = new QLabel(tr("No accounts are set up yet."), m_emptyPage);
    emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    emptyTitle->setFont(headingFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyHint = new QLabel(
        tr("To add an account, run “pigeon-cli accounts add” in a terminal, then start Pigeon again."),
        m_emptyPage);
    emptyHint->setObjectName(QStringLiteral("emptyStateHint"));
    emptyHint->setWordWrap(true);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(2);
    m_pages->addWidget(m_emptyPage);

    setCentralWidget(central);
    createMenus();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("accountCount"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_accounts, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_accounts, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_accountView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_editAccount->setEnabled(!currentAccountId().isEmpty()); });
    updatePage();

    resize(760, 480);
    restoreGeometryFromSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

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
}

void MainWindow::updatePage()
{
    const int count = m_accounts->rowCount();
    const bool empty = count == 0;
    m_countLabel->setText(tr("%Ln account(s)", "status bar", count));
    m_pages->setCurrentWidget(empty ? m_emptyPage : m_pages->widget(0));
    if (!empty && !m_accountView->currentIndex().isValid())
        m_accountView->setCurrentIndex(m_accounts->index(0, 0));
    m_editAccount->setEnabled(!currentAccountId().isEmpty());
}

QString MainWindow::currentAccountId() const
{
    if (isShowingEmptyState())
        return {};
    return m_accountView->currentIndex().data(Models::AccountListModel::IdRole).toString();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_emptyPage;
}

void MainWindow::showNotice(const QString &text)
{
    if (text.isEmpty() || m_notices.contains(text))
        return;
    m_notices << text;
    m_noticeText->setText(m_notices.join(QLatin1Char('\n')));
    m_noticeBar->show();
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

void MainWindow::restoreGeometryFromSettings()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setValue(GeometryKey, saveGeometry());
        m_settings->setValue(StateKey, saveState());
        m_settings->sync();
    }
    QMainWindow::closeEvent(event);
}

} // namespace Pigeon::Ui
