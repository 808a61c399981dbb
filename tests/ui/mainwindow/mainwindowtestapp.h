// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// The main window as app/pigeon builds it, for the GUI tests against real servers.

#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "account/profile.h"
#include "models/accountlistmodel.h"
#include "models/foldermodel.h"
#include "models/folderroles.h"
#include "models/messageroles.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "ui/folderview.h"
#include "ui/mainwindow.h"
#include "ui/messagelistview.h"

#include <QAction>
#include <QSettings>
#include <QTest>

#include <memory>

namespace Pigeon::Test {

/// What app/pigeon builds, for one profile with one account on the test server.
struct App
{
    App(const QString &dir, const Account::Account &account, const QString &password, int markReadDelayMs)
        : profile(Account::Profile::inDirectory(dir))
        , settings(profile.configDirectory() + QStringLiteral("/pigeon.ini"), QSettings::IniFormat)
        , store(profile.accountsFile())
    {
        QVERIFY(profile.ensureDirectories().ok());
        QVERIFY(store.load().ok());
        if (store.count() == 0)
            QVERIFY(store.add(account).ok());
        bool written = false;
        secrets.writePassword(account.id, Account::SecretPurpose::Incoming, password,
                              [&written](const Result<void> &r) { written = r.ok(); });
        QTRY_VERIFY(written);
        settings.setValue(QStringLiteral("Reading/markReadDelayMs"), markReadDelayMs);
        model = std::make_unique<Models::AccountListModel>(&store);
        runtimes = std::make_unique<Sync::RuntimeManager>(&store, profile, &secrets);
        runtimes->start();
        window = std::make_unique<Ui::MainWindow>(runtimes.get(), model.get(), &settings);
        window->resize(1100, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    Account::Profile profile;
    QSettings settings;
    Account::AccountStore store;
    Account::MemorySecretStore secrets;
    std::unique_ptr<Models::AccountListModel> model;
    std::unique_ptr<Sync::RuntimeManager> runtimes;
    std::unique_ptr<Ui::MainWindow> window;

    QAction *action(const char *name) const { return window->findChild<QAction *>(QLatin1String(name)); }
    Ui::MessageListView *list() const { return window->messageView(); }
    QAbstractItemModel *rows() const { return list()->model(); }
    QString accountId() const { return store.accounts().at(0).id.toString(QUuid::WithoutBraces); }
    Sync::AccountRuntime *runtime() const { return runtimes->runtime(accountId()); }

    /// The row whose subject contains @p text, invalid if none.
    QModelIndex row(const QString &text) const
    {
        for (int r = 0; r < rows()->rowCount(); ++r) {
            const QModelIndex i = rows()->index(r, 0);
            if (i.data(Models::SubjectRole).toString().contains(text))
                return i;
        }
        return {};
    }
    qint64 folderTotal(const QString &name) const
    {
        for (const Sync::FolderSummary &f : runtime()->folders()) {
            if (f.name == name)
                return f.total;
        }
        return -1;
    }
    qint64 folderUnread(const QString &name) const
    {
        for (const Sync::FolderSummary &f : runtime()->folders()) {
            if (f.name == name)
                return f.unread;
        }
        return -1;
    }
    void selectFolder(const QString &name)
    {
        Models::FolderModel *folders = window->folderModel();
        const QModelIndex account = folders->accountIndex(accountId());
        for (int r = 0; r < folders->rowCount(account); ++r) {
            const QModelIndex f = folders->index(r, 0, account);
            if (f.data(Models::FolderPathRole).toString() == name) {
                window->folderView()->setCurrentIndex(f);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no folder %1").arg(name)));
    }
    void select(const QModelIndex &index)
    {
        list()->setFocus();
        list()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    }
};

} // namespace Pigeon::Test
