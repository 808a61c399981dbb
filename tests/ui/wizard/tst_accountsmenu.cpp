// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The main window's Accounts menu, which app/pigeon connects to the wizard and the settings
// dialog: "Add Account…" always asks for the wizard, "Account Settings…" asks for the
// current account and is off while there is none.
#include "account/accountstore.h"
#include "models/accountlistmodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;

class TestAccountsMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actionsAskForWizardAndSettings();
};

void TestAccountsMenu::actionsAskForWizardAndSettings()
{
    QTemporaryDir dir;
    Account::AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    Models::AccountListModel model(&store);
    Ui::MainWindow window(&model, nullptr);
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuAccounts"));
    QVERIFY(menu);
    auto *add = window.findChild<QAction *>(QStringLiteral("actionAddAccount"));
    auto *edit = window.findChild<QAction *>(QStringLiteral("actionEditAccount"));
    QVERIFY(add && edit);
    QVERIFY(menu->actions().contains(add) && menu->actions().contains(edit));
    QSignalSpy addSpy(&window, &Ui::MainWindow::addAccountRequested);
    QSignalSpy editSpy(&window, &Ui::MainWindow::editAccountRequested);

    QVERIFY(!edit->isEnabled()); // no account to edit
    add->trigger();
    QCOMPARE(addSpy.count(), 1);

    Account::Account a;
    a.address = QStringLiteral("anna@example.org");
    a.incoming.host = QStringLiteral("imap.example.org");
    a.outgoing.host = QStringLiteral("smtp.example.org");
    a.applyDefaults();
    QVERIFY(store.add(a).ok());
    QVERIFY(edit->isEnabled());
    edit->trigger();
    QCOMPARE(editSpy.count(), 1);
    QCOMPARE(QUuid::fromString(editSpy.first().first().toString()), a.id);
}

QTEST_MAIN(TestAccountsMenu)
#include "tst_accountsmenu.moc"
