// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// FolderModel: accounts with folder trees, special folders first, the unified Inbox,
// counts (set, and read again from a real store after flags changed), drops, renames.
#include "modeltestutil.h"

#include "models/foldermodel.h"
#include "models/messagedrag.h"
#include "store/remotefolder.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Pigeon;
using namespace Pigeon::Models;

namespace {

FolderInfo folder(qint64 id, const QString &path, FolderKind kind = FolderKind::Normal, qint64 total = 0,
                  qint64 unread = 0)
{
    FolderInfo f;
    f.id = id;
    f.path = path;
    f.kind = kind;
    f.total = total;
    f.unread = unread;
    return f;
}

QStringList names(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data().toString();
    return out;
}

} // namespace

class TestFolderModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeWithSpecialFoldersFirst()
    {
        FolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(QStringLiteral("a"), QStringLiteral("Praca"), QStringLiteral("/x/index.sqlite"),
                         {folder(1, QStringLiteral("Zebra")), folder(2, QStringLiteral("Trash"), FolderKind::Trash),
                          folder(3, QStringLiteral("INBOX"), FolderKind::Inbox, 10, 4),
                          folder(4, QStringLiteral("Sent"), FolderKind::Sent),
                          folder(5, QStringLiteral("Work/2026/Q1"), FolderKind::Normal, 3, 1),
                          folder(6, QStringLiteral("Work"), FolderKind::Normal, 2, 2),
                          folder(7, QStringLiteral("Archiwum"), FolderKind::Normal),
                          folder(8, QStringLiteral("Drafts"), FolderKind::Drafts)});
        QCOMPARE(model.rowCount(), 1); // one account: no unified Inbox
        const QModelIndex acc = model.index(0, 0);
        QCOMPARE(acc.data().toString(), QStringLiteral("Praca"));
        QCOMPARE(acc.data(FolderKindRole).toInt(), int(FolderKind::Account));
        QCOMPARE(acc.data(SelectableRole).toBool(), false);
        QCOMPARE(names(model, acc), (QStringList{QStringLiteral("Inbox"), QStringLiteral("Drafts"), QStringLiteral("Sent"),
                                                 QStringLiteral("Trash"), QStringLiteral("Archiwum"),
                                                 QStringLiteral("Work"), QStringLiteral("Zebra")}));
        const QModelIndex work = model.index(5, 0, acc);
        QCOMPARE(work.data(FolderIdRole).toLongLong(), 6);
        // "Work/2026" exists only as a parent: shown, but holds no messages.
        const QModelIndex y2026 = model.index(0, 0, work);
        QCOMPARE(y2026.data().toString(), QStringLiteral("2026"));
        QCOMPARE(y2026.data(SelectableRole).toBool(), false);
        QVERIFY(!(model.flags(y2026) & Qt::ItemIsSelectable));
        const QModelIndex q1 = model.index(0, 0, y2026);
        QCOMPARE(q1.data(FolderPathRole).toString(), QStringLiteral("Work/2026/Q1"));
        QCOMPARE(q1.data(UnreadCountRole).toLongLong(), 1);
        QCOMPARE(model.indexOf(QStringLiteral("a"), 5), q1);
        // The account's count: all unread outside Trash and Junk.
        QCOMPARE(acc.data(UnreadCountRole).toLongLong(), 7);
        const QList<MessageSource> src = model.sourcesFor(q1);
        QCOMPARE(src.size(), 1);
        QCOMPARE(src.first().folderId, 5);
        QCOMPARE(src.first().indexPath, QStringLiteral("/x/index.sqlite"));
        QCOMPARE(src.first().folderName, QStringLiteral("Work/2026/Q1"));
        QVERIFY(model.sourcesFor(acc).isEmpty());
        QVERIFY(model.sourcesFor(y2026).isEmpty());
    }

    void updatesInPlaceKeepingSelection()
    {
        FolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(QStringLiteral("a"), QStringLiteral("A"), QString(),
                         {folder(1, QStringLiteral("INBOX"), FolderKind::Inbox), folder(2, QStringLiteral("Lists/qt")),
                          folder(3, QStringLiteral("Lists/kde")), folder(4, QStringLiteral("Lists"))});
        QPersistentModelIndex qt = model.indexOf(QStringLiteral("a"), 2);
        QVERIFY(qt.isValid());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // "Lists" itself goes away (its children stay, under a placeholder), kde is
        // deleted, a new folder appears, counts change.
        model.setAccount(QStringLiteral("a"), QStringLiteral("A"), QString(),
                         {folder(1, QStringLiteral("INBOX"), FolderKind::Inbox, 5, 5), folder(2, QStringLiteral("Lists/qt"), FolderKind::Normal, 9, 1),
                          folder(9, QStringLiteral("Lists/gnome"))});
        QCOMPARE(reset.size(), 0);
        QVERIFY(qt.isValid());
        QCOMPARE(qt.data(UnreadCountRole).toLongLong(), 1);
        const QModelIndex lists = qt.parent();
        QCOMPARE(lists.data().toString(), QStringLiteral("Lists"));
        QCOMPARE(lists.data(SelectableRole).toBool(), false);
        QCOMPARE(names(model, lists), (QStringList{QStringLiteral("gnome"), QStringLiteral("qt")}));
        QVERIFY(!model.indexOf(QStringLiteral("a"), 3).isValid());
    }

    void unifiedInboxWithTwoAccounts()
    {
        FolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("/a/index.sqlite"),
                         {folder(1, QStringLiteral("INBOX"), FolderKind::Inbox, 10, 3)});
        QCOMPARE(model.rowCount(), 1);
        model.setAccount(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("/b/index.sqlite"),
                         {folder(7, QStringLiteral("Inbox"), FolderKind::Inbox, 4, 2), folder(8, QStringLiteral("Other"), FolderKind::Normal, 1, 1)});
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex unified = model.index(0, 0);
        QCOMPARE(unified.data(FolderKindRole).toInt(), int(FolderKind::UnifiedInbox));
        QCOMPARE(unified.data().toString(), QStringLiteral("All Inboxes"));
        QCOMPARE(unified.data(UnreadCountRole).toLongLong(), 5);
        QCOMPARE(unified.data(TotalCountRole).toLongLong(), 14);
        const QList<MessageSource> sources = model.sourcesFor(unified);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).accountId, QStringLiteral("a"));
        QCOMPARE(sources.at(0).folderId, 1);
        QCOMPARE(sources.at(1).indexPath, QStringLiteral("/b/index.sqlite"));
        QCOMPARE(sources.at(1).folderId, 7);
        // A count change reaches the folder, the account row and the unified row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCounts(QStringLiteral("b"), 7, 4, 0);
        QCOMPARE(unified.data(UnreadCountRole).toLongLong(), 3);
        QCOMPARE(model.accountIndex(QStringLiteral("b")).data(UnreadCountRole).toLongLong(), 1);
        QList<QModelIndex> touched;
        for (const QList<QVariant> &args : changed)
            touched << args.first().toModelIndex();
        QVERIFY(touched.contains(model.indexOf(QStringLiteral("b"), 7)));
        QVERIFY(touched.contains(model.accountIndex(QStringLiteral("b"))));
        QVERIFY(touched.contains(model.index(0, 0)));
        model.removeAccount(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(AccountIdRole).toString(), QStringLiteral("b"));
    }

    void loadsFromStoreAndCountsFollowFlags()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("pop"));
        Store::MailStore store(root);
        STORE_VERIFY(store.open());
        QList<Store::MessageId> ids;
        for (int i = 0; i < 5; ++i) {
            const Result<Store::MessageId> id = store.append(
                QStringLiteral("Inbox"),
                ModelTest::request({QStringLiteral("Ада <a@x>"), QStringLiteral("Письмо %1").arg(i), 1000 + i,
                                    "<" + QByteArray::number(i) + "@x>", {}, {}}));
            STORE_VERIFY(id);
            ids << *id;
        }
        STORE_VERIFY(store.createFolder(QStringLiteral("Sent")));
        STORE_VERIFY(store.createFolder(QStringLiteral("Projekty/Pigeon")));
        FolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.loadAccount(QStringLiteral("pop"), QStringLiteral("Poczta"), root);
        QCOMPARE(model.rowCount(), 0); // read in the background
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex acc = model.index(0, 0);
        QTRY_COMPARE(model.rowCount(acc), 3);
        QCOMPARE(names(model, acc), (QStringList{QStringLiteral("Inbox"), QStringLiteral("Sent"), QStringLiteral("Projekty")}));
        const QModelIndex inbox = model.index(0, 0, acc);
        QCOMPARE(inbox.data(FolderKindRole).toInt(), int(FolderKind::Inbox));
        QCOMPARE(inbox.data(TotalCountRole).toLongLong(), 5);
        QCOMPARE(inbox.data(UnreadCountRole).toLongLong(), 5);
        QCOMPARE(model.index(1, 0, acc).data(FolderKindRole).toInt(), int(FolderKind::Sent));
        // Flags change in the store (the worker marked two read): the counts follow.
        STORE_VERIFY(store.setFlags({ids.at(0), ids.at(3)}, Store::MessageFlag::Seen, {}));
        model.refreshCounts(QStringLiteral("pop"));
        QTRY_COMPARE(inbox.data(UnreadCountRole).toLongLong(), 3);
        QCOMPARE(inbox.data(TotalCountRole).toLongLong(), 5);
    }

    void imapSpecialUseAndHierarchyFromTheStore()
    {
        // An IMAP account's store: the LIST data (schema v2 remote_folders) decides the
        // kinds, the delimiter and which parents hold no messages.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("imap"));
        Store::MailStore store(root);
        STORE_VERIFY(store.open());
        struct Remote {
            QString name;
            QByteArray specialUse;
            QList<QByteArray> attributes;
        };
        const QList<Remote> remote = {
            {QStringLiteral("INBOX"), {}, {}},
            {QStringLiteral("Gesendet"), "\\Sent", {}},
            {QStringLiteral("Kosz"), "\\Trash", {"\\HasNoChildren"}},
            {QStringLiteral("[Gmail]"), {}, {"\\Noselect", "\\HasChildren"}},
            {QStringLiteral("[Gmail].Wszystkie"), "\\All", {}},
            {QStringLiteral("Sent"), "\\Archive", {}}, // the server's word beats the name
        };
        for (const Remote &r : remote) {
            STORE_VERIFY(store.createFolder(r.name));
            const auto state = store.index().folder(r.name);
            QVERIFY(state);
            Store::RemoteFolder f;
            f.folderId = state->id;
            f.name = r.name;
            f.rawName = r.name.toUtf8();
            f.delimiter = QStringLiteral(".");
            f.specialUse = r.specialUse;
            f.attributes = r.attributes;
            STORE_VERIFY(store.index().setRemoteFolder(f));
        }
        FolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadAccount(QStringLiteral("imap"), QStringLiteral("Gmail"), root);
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex acc = model.index(0, 0);
        QTRY_COMPARE(model.rowCount(acc), 5);
        QCOMPARE(names(model, acc), (QStringList{QStringLiteral("Inbox"), QStringLiteral("Gesendet"), QStringLiteral("Sent"),
                                                 QStringLiteral("Kosz"), QStringLiteral("[Gmail]")}));
        QCOMPARE(model.index(1, 0, acc).data(FolderKindRole).toInt(), int(FolderKind::Sent));
        QCOMPARE(model.index(2, 0, acc).data(FolderKindRole).toInt(), int(FolderKind::Archive));
        QCOMPARE(model.index(3, 0, acc).data(FolderKindRole).toInt(), int(FolderKind::Trash));
        const QModelIndex gmail = model.index(4, 0, acc);
        QCOMPARE(gmail.data(SelectableRole).toBool(), false);
        // Folders may be dropped on a \Noselect parent, messages not (it holds none).
        QVERIFY(!(model.flags(gmail) & Qt::ItemIsSelectable));
        QVERIFY(model.sourcesFor(gmail).isEmpty());
        QCOMPARE(model.rowCount(gmail), 1);
        QCOMPARE(model.index(0, 0, gmail).data().toString(), QStringLiteral("Wszystkie"));
        QCOMPARE(model.index(0, 0, gmail).data(FolderKindRole).toInt(), int(FolderKind::All));
    }

    void dropsAndRenamesAreRequests()
    {
        FolderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(QStringLiteral("a"), QStringLiteral("A"), QString(),
                         {folder(1, QStringLiteral("INBOX"), FolderKind::Inbox), folder(2, QStringLiteral("Work/Old"))});
        const QModelIndex inbox = model.indexOf(QStringLiteral("a"), 1);
        const QModelIndex old = model.indexOf(QStringLiteral("a"), 2);
        QMimeData mime;
        mime.setData(MessageDrag::mimeType(), MessageDrag::encode({{QStringLiteral("a"), 1, 42}, {QStringLiteral("a"), 1, 43}}));
        // Onto their own folder: nothing to do. Onto another: a move request.
        QVERIFY(!model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, inbox));
        QVERIFY(model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, old));
        QVERIFY(!model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, model.accountIndex(QStringLiteral("a"))));
        QSignalSpy dropped(&model, &FolderModel::messagesDropped);
        QVERIFY(model.dropMimeData(&mime, Qt::MoveAction, -1, -1, old));
        QCOMPARE(dropped.size(), 1);
        const auto entries = dropped.first().at(0).value<QList<MessageDrag::Entry>>();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).id, 43);
        QCOMPARE(dropped.first().at(1).toString(), QStringLiteral("a"));
        QCOMPARE(dropped.first().at(2).toLongLong(), 2);
        QMimeData foreign;
        foreign.setText(QStringLiteral("hello"));
        QVERIFY(!model.canDropMimeData(&foreign, Qt::MoveAction, -1, -1, old));
        // Messages never land on a parent that holds none (the "Work" placeholder).
        const QModelIndex work = old.parent();
        QCOMPARE(work.data(FolderPathRole).toString(), QStringLiteral("Work"));
        QVERIFY(!model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, work));

        // Folders are dragged onto folders or the account row: a move request. Special
        // folders do not move; a folder goes nowhere it already is, nor into itself.
        QVERIFY(!model.mimeData({inbox}));
        std::unique_ptr<QMimeData> dragged(model.mimeData({old}));
        QVERIFY(dragged && dragged->hasFormat(FolderModel::folderMimeType()));
        QVERIFY(!model.canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, old));
        QVERIFY(!model.canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, work));
        QVERIFY(!model.canDropMimeData(dragged.get(), Qt::CopyAction, -1, -1, inbox));
        QVERIFY(model.canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, inbox));
        QSignalSpy moved(&model, &FolderModel::folderMoveRequested);
        QVERIFY(model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model.accountIndex(QStringLiteral("a"))));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(moved.at(0).at(1).toString(), QStringLiteral("Work/Old"));
        QCOMPARE(moved.at(0).at(2).toString(), QString());
        QVERIFY(model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, inbox));
        QCOMPARE(moved.at(1).at(2).toString(), QStringLiteral("INBOX"));

        // Renaming: special folders keep their names; others ask for a new path.
        QVERIFY(!(model.flags(inbox) & Qt::ItemIsEditable));
        QVERIFY(model.flags(old) & Qt::ItemIsEditable);
        QSignalSpy rename(&model, &FolderModel::renameRequested);
        QVERIFY(!model.setData(old, QStringLiteral("a/b")));
        QVERIFY(model.setData(old, QStringLiteral("Stare")));
        QCOMPARE(rename.size(), 1);
        QCOMPARE(rename.first().at(1).toLongLong(), 2);
        QCOMPARE(rename.first().at(2).toString(), QStringLiteral("Work/Stare"));
    }

    void kindFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("inbox") << QStringLiteral("INBOX") << int(FolderKind::Inbox);
        QTest::newRow("sent items") << QStringLiteral("Sent Items") << int(FolderKind::Sent);
        QTest::newRow("spam") << QStringLiteral("Spam") << int(FolderKind::Junk);
        QTest::newRow("deleted") << QStringLiteral("Deleted Messages") << int(FolderKind::Trash);
        QTest::newRow("other") << QStringLiteral("Invoices") << int(FolderKind::Normal);
        QTest::newRow("nested inbox") << QStringLiteral("Work/Inbox") << int(FolderKind::Normal);
    }

    void kindFromSpecialUse_data()
    {
        QTest::addColumn<QByteArray>("use");
        QTest::addColumn<int>("kind");
        QTest::newRow("sent") << QByteArray("\\Sent") << int(FolderKind::Sent);
        QTest::newRow("case") << QByteArray("\\JUNK") << int(FolderKind::Junk);
        QTest::newRow("all") << QByteArray("\\All") << int(FolderKind::All);
        QTest::newRow("none") << QByteArray() << int(FolderKind::Normal);
        QTest::newRow("unknown") << QByteArray("\\Important") << int(FolderKind::Normal);
    }

    void kindFromSpecialUse()
    {
        QFETCH(QByteArray, use);
        QFETCH(int, kind);
        QCOMPARE(int(FolderModel::kindFromSpecialUse(use)), kind);
    }

    void kindFromName()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QCOMPARE(int(FolderModel::kindFromName(name)), kind);
    }
};

QTEST_GUILESS_MAIN(TestFolderModel)
#include "tst_foldermodel.moc"
