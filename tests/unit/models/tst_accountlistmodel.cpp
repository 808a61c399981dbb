// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/accountstore.h"
#include "models/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Pigeon::MailError;
using Pigeon::Result;
using Pigeon::Account::Account;
using Pigeon::Account::AccountStore;
using Pigeon::Models::AccountListModel;

namespace {
Account makeAccount(const QString &address, Pigeon::Account::IncomingProtocol protocol = Pigeon::Account::IncomingProtocol::Imap)
{
    Account a;
    a.address = address;
    a.protocol = protocol;
    a.incoming.host = QStringLiteral("mail.example.org");
    a.outgoing.host = QStringLiteral("mail.example.org");
    a.applyDefaults();
    return a;
}
} // namespace

class TestAccountListModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("accounts.json")); }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void rolesAndData()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        Account a = makeAccount(QStringLiteral("anna@example.org"));
        a.label = QStringLiteral("Work");
        a.name = QStringLiteral("Anna");
        QVERIFY(store.add(a).ok());
        QVERIFY(store.add(makeAccount(QStringLiteral("bob@example.org"), Pigeon::Account::IncomingProtocol::Pop3)).ok());

        AccountListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Work"));
        QCOMPARE(first.data(AccountListModel::DisplayNameRole).toString(), QStringLiteral("Work"));
        QCOMPARE(first.data(AccountListModel::AddressRole).toString(), QStringLiteral("anna@example.org"));
        QCOMPARE(first.data(AccountListModel::ProtocolRole).toString(), QStringLiteral("imap"));
        QCOMPARE(first.data(AccountListModel::NameRole).toString(), QStringLiteral("Anna"));
        QCOMPARE(first.data(AccountListModel::IdRole).toString(), a.id.toString(QUuid::WithoutBraces));
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(Qt::DisplayRole).toString(), QStringLiteral("bob@example.org"));
        QCOMPARE(second.data(AccountListModel::ProtocolRole).toString(), QStringLiteral("pop3"));
        QCOMPARE(model.roleNames().value(AccountListModel::AddressRole), QByteArray("address"));
        QVERIFY(!model.index(2).isValid());
        QCOMPARE(model.rowOf(a.id), 0);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    }

    void followsTheStore()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        AccountListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Account a = makeAccount(QStringLiteral("a@example.org"));
        const Account b = makeAccount(QStringLiteral("b@example.org"));
        const Account c = makeAccount(QStringLiteral("c@example.org"));
        QVERIFY(store.add(a).ok());
        QVERIFY(store.add(b).ok());
        QVERIFY(store.add(c).ok());
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(AccountListModel::AddressRole).toString(), QStringLiteral("c@example.org"));

        a.label = QStringLiteral("Renamed");
        QVERIFY(store.update(a).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Renamed"));

        QVERIFY(store.remove(b.id).ok()); // from the middle
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(AccountListModel::AddressRole).toString(), QStringLiteral("c@example.org"));

        // Another process changed the file; reloading resets the model to it.
        AccountStore other(path());
        QVERIFY(other.load().ok());
        QVERIFY(other.remove(a.id).ok());
        QVERIFY(store.load().ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(AccountListModel::AddressRole).toString(), QStringLiteral("c@example.org"));
    }

    void storeGoesAway()
    {
        auto *store = new AccountStore(path());
        QVERIFY(store->load().ok());
        QVERIFY(store->add(makeAccount(QStringLiteral("a@example.org"))).ok());
        AccountListModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        delete store;
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
