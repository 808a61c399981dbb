// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MessageListModel over real stores on disk: loading off the UI thread, roles,
// sorting in Polish/Russian/Persian text, streamed merges that keep persistent
// indexes (selection), reloads, a unified Inbox of two stores, drag data.
#include "modeltestutil.h"

#include "models/messagedrag.h"
#include "models/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Models;
using Pigeon::Store::MessageFlag;
using Pigeon::Store::MessageFlags;
using ModelTest::Mail;

namespace {

const QString inbox = QStringLiteral("Inbox");

QList<Mail> fixture()
{
    return {
        {QStringLiteral("Łukasz Nowak <lukasz@example.pl>"), QStringLiteral("Re: Zażółć gęślą jaźń"), 1000, "<1@x>", {}, {}},
        {QStringLiteral("Anna Kowalska <anna@example.pl>"), QStringLiteral("Budżet 2027"), 2000, "<2@x>", {}, MessageFlag::Seen},
        {QStringLiteral("Борис Петров <boris@example.ru>"), QStringLiteral("Отчёт за ноябрь"), 3000, "<3@x>", {},
         MessageFlag::Seen | MessageFlag::Flagged},
        {QStringLiteral("alice@example.com"), QStringLiteral("agenda"), 4000, "<4@x>", {}, {}},
        {QStringLiteral("Bob <bob@example.com>"), QStringLiteral("Fwd: Zebra crossing"), 5000, "<5@x>", {}, MessageFlag::Seen},
        {QStringLiteral("علی رضایی <ali@example.ir>"), QStringLiteral("گزارش ماهانه"), 6000, "<6@x>", {}, {}},
        {QStringLiteral("Cezary <c@example.pl>"), QStringLiteral("Ćwiczenia"), 7000, "<7@x>", {}, MessageFlag::Seen},
        {QStringLiteral("Zoe <z@example.com>"), QStringLiteral("budget"), 8000, "<8@x>", {}, MessageFlag::Seen, "x@y", 50},
    };
}

QStringList values(const QAbstractItemModel &model, int role, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data(role).toString();
    return out;
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    /// A model on the fixture store, fully loaded, with a tester attached.
    bool load(MessageListModel &model, const QList<MessageSource> &sources)
    {
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        model.setSources(sources);
        return loaded.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("account"));
        Store::MailStore store(m_root);
        STORE_VERIFY(store.open());
        QList<Store::AppendRequest> reqs;
        for (const Mail &m : fixture())
            reqs << ModelTest::request(m);
        STORE_VERIFY(store.appendBatch(inbox, reqs));
    }

    void loadsOffTheUiThreadWithRoles()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &MessageListModel::loadingChanged);
        model.setSources({ModelTest::source(QStringLiteral("acc"), m_root, inbox)});
        // setSources returns at once; the rows come from the pool thread.
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(MessageColumn::Count));
        QCOMPARE(loading.first().first().toBool(), true);
        QCOMPARE(loading.last().first().toBool(), false);
        // Default sort: newest first.
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(top.data(SubjectRole).toString(), QStringLiteral("budget"));
        QCOMPARE(model.index(7, int(MessageColumn::Subject)).data().toString(), QStringLiteral("Re: Zażółć gęślą jaźń"));
        QCOMPARE(model.index(7, int(MessageColumn::Sender)).data().toString(), QStringLiteral("Łukasz Nowak"));
        QCOMPARE(model.index(7, 0).data(SenderRole).toString(), QStringLiteral("Łukasz Nowak <lukasz@example.pl>"));
        QCOMPARE(model.index(7, int(MessageColumn::Recipients)).data().toString(), QStringLiteral("Team"));
        QCOMPARE(model.index(7, int(MessageColumn::Date)).data().toDateTime(),
                 QDateTime::fromSecsSinceEpoch(1000, Qt::UTC));
        QCOMPARE(model.index(7, 0).data(UnreadRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(UnreadRole).toBool(), false);
        QCOMPARE(model.index(5, 0).data(SubjectRole).toString(), QStringLiteral("Отчёт за ноябрь"));
        QCOMPARE(model.index(5, 0).data(FlaggedRole).toBool(), true);
        QCOMPARE(model.index(2, 0).data(SenderNameRole).toString(), QStringLiteral("علی رضایی"));
        QCOMPARE(model.index(4, int(MessageColumn::Sender)).data().toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(model.index(0, 0).data(AccountIdRole).toString(), QStringLiteral("acc"));
        QCOMPARE(model.index(0, 0).data(BodyStateRole).toInt(), int(MessageBodyState::Full));
        QVERIFY(model.index(0, int(MessageColumn::Size)).data().toLongLong()
                > model.index(1, int(MessageColumn::Size)).data().toLongLong());
        QCOMPARE(model.unreadCount(), 3);
        QCOMPARE(model.totalCount(), 8);
        QCOMPARE(model.headerData(int(MessageColumn::Subject), Qt::Horizontal).toString(), QStringLiteral("Subject"));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("subjects");
        const QStringList bySender = {
            QStringLiteral("agenda"),              // alice@example.com
            QStringLiteral("Budżet 2027"),         // Anna Kowalska
            QStringLiteral("Fwd: Zebra crossing"), // Bob
            QStringLiteral("Ćwiczenia"),           // Cezary
            QStringLiteral("Re: Zażółć gęślą jaźń"), // Łukasz: Polish Ł sorts after L, before M
            QStringLiteral("budget"),              // Zoe
            QStringLiteral("Отчёт за ноябрь"),     // Cyrillic after Latin
            QStringLiteral("گزارش ماهانه"),        // Arabic script last
        };
        QStringList reversed(bySender.crbegin(), bySender.crend());
        QTest::newRow("sender asc") << int(MessageColumn::Sender) << int(Qt::AscendingOrder) << bySender;
        QTest::newRow("sender desc") << int(MessageColumn::Sender) << int(Qt::DescendingOrder) << reversed;
        // "Re:"/"Fwd:" are ignored, case is ignored, ż sorts after g.
        QTest::newRow("subject asc") << int(MessageColumn::Subject) << int(Qt::AscendingOrder)
                                     << QStringList{QStringLiteral("agenda"), QStringLiteral("budget"),
                                                    QStringLiteral("Budżet 2027"), QStringLiteral("Ćwiczenia"),
                                                    QStringLiteral("Re: Zażółć gęślą jaźń"),
                                                    QStringLiteral("Fwd: Zebra crossing"),
                                                    QStringLiteral("Отчёт за ноябрь"), QStringLiteral("گزارش ماهانه")};
        QTest::newRow("date asc") << int(MessageColumn::Date) << int(Qt::AscendingOrder)
                                  << QStringList{QStringLiteral("Re: Zażółć gęślą jaźń"), QStringLiteral("Budżet 2027"),
                                                 QStringLiteral("Отчёт за ноябрь"), QStringLiteral("agenda"),
                                                 QStringLiteral("Fwd: Zebra crossing"), QStringLiteral("گزارش ماهانه"),
                                                 QStringLiteral("Ćwiczenia"), QStringLiteral("budget")};
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, subjects);
        MessageListModel model;
        model.setCollationLocale(QLocale(QLocale::Polish, QLocale::Poland));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), m_root, inbox)}));
        // A selection made before sorting follows its message.
        QItemSelectionModel selection(&model);
        const QModelIndex picked = model.index(3, 0);
        const qint64 pickedId = picked.data(MessageIdRole).toLongLong();
        selection.select(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(values(model, SubjectRole), subjects);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(MessageIdRole).toLongLong(), pickedId);
    }

    void sortsBySize()
    {
        MessageListModel model;
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), m_root, inbox)}));
        model.sort(int(MessageColumn::Size), Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(SizeRole).toLongLong() <= model.index(r, 0).data(SizeRole).toLongLong());
        QCOMPARE(model.index(7, 0).data(SubjectRole).toString(), QStringLiteral("budget")); // 50 body lines
    }

    void streamedRowsMergeKeepingSelection()
    {
        MessageListModel model;
        model.setCollationLocale(QLocale(QLocale::Polish, QLocale::Poland));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), m_root, inbox)}));
        model.sort(int(MessageColumn::Sender), Qt::AscendingOrder);
        QItemSelectionModel selection(&model);
        const QModelIndex bob = model.index(2, 0);
        QCOMPARE(bob.data(SenderNameRole).toString(), QStringLiteral("Bob"));
        selection.select(bob, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QPersistentModelIndex current(bob);

        // Two new messages sort before Bob (Adam, Barbara) and one after (Zenon):
        // three rows inserted where they belong, Bob moves down two.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &MessageListModel::countsChanged);
        QList<Store::MessageRow> rows;
        auto row = [](Store::MessageId id, const QString &from, const QString &subject, qint64 date) {
            Store::MessageRow r;
            r.id = id;
            r.folder = inbox;
            r.from = from;
            r.subject = subject;
            r.date = date;
            r.size = 100;
            return r;
        };
        rows << row(1001, QStringLiteral("Adam <a@x>"), QStringLiteral("new 1"), 9000)
             << row(1002, QStringLiteral("Zenon <z@x>"), QStringLiteral("new 2"), 9100)
             << row(1003, QStringLiteral("Barbara <b@x>"), QStringLiteral("new 3"), 9200);
        Store::MessageRow other = row(1004, QStringLiteral("X <x@x>"), QStringLiteral("elsewhere"), 9300);
        other.folder = QStringLiteral("Sent");
        rows << other;
        model.addMessages(QStringLiteral("acc"), rows);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(inserted.size(), 3); // three places, one signal each
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 4);
        QCOMPARE(current.data(SenderNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(selection.selectedRows().first().data(SenderNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(values(model, SenderNameRole).mid(0, 6),
                 (QStringList{QStringLiteral("Adam"), QStringLiteral("alice@example.com"), QStringLiteral("Anna Kowalska"),
                              QStringLiteral("Barbara"), QStringLiteral("Bob"), QStringLiteral("Cezary")}));
        QCOMPARE(model.unreadCount(), 6);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(3).toLongLong(), 6);

        // A flag change is a dataChanged in place, and the counts follow.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Store::MessageRow seen = row(1001, QStringLiteral("Adam <a@x>"), QStringLiteral("new 1"), 9000);
        seen.flags = MessageFlag::Seen | MessageFlag::Flagged;
        model.updateMessages(QStringLiteral("acc"), {seen});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 0);
        QCOMPARE(model.index(0, 0).data(FlaggedRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(UnreadRole).toBool(), false);
        QCOMPARE(model.unreadCount(), 5);
        QCOMPARE(counts.last().at(3).toLongLong(), 5);

        // Removing rows above and below: Bob stays selected.
        model.removeMessages(QStringLiteral("acc"), {1001, 1002});
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(current.row(), 3);
        QCOMPARE(current.data(SenderNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(selection.selectedRows().size(), 1);
        // A new sender that collates between two others sorts right without a reload.
        model.addMessages(QStringLiteral("acc"), {row(1005, QStringLiteral("Łucja <l@x>"), QStringLiteral("n"), 9400)});
        const QStringList names = values(model, SenderNameRole);
        QCOMPARE(names.indexOf(QStringLiteral("Łucja")) + 1, names.indexOf(QStringLiteral("Łukasz Nowak")));
    }

    void goingBackToAFolderShowsItAtOnce()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("acc"));
        Store::MailStore store(root);
        STORE_VERIFY(store.open());
        QList<Store::AppendRequest> reqs;
        for (const Mail &m : fixture())
            reqs << ModelTest::request(m);
        STORE_VERIFY(store.appendBatch(inbox, reqs));
        STORE_VERIFY(store.append(QStringLiteral("Archive"), ModelTest::request({QStringLiteral("Old <o@x>"), QStringLiteral("archived"), 10, "<a@x>", {}, {}})));
        const MessageSource inboxSource = ModelTest::source(QStringLiteral("acc"), root, inbox);
        const MessageSource archive = ModelTest::source(QStringLiteral("acc"), root, QStringLiteral("Archive"));
        MessageListModel model;
        model.setCollationLocale(QLocale(QLocale::Polish, QLocale::Poland));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(int(MessageColumn::Subject), Qt::AscendingOrder);
        QVERIFY(load(model, {inboxSource}));
        QVERIFY(load(model, {archive}));
        QCOMPARE(model.rowCount(), 1);
        // Meanwhile the worker adds to the Inbox (the list of a folder not shown ignores it).
        STORE_VERIFY(store.append(inbox, ModelTest::request({QStringLiteral("New <n@x>"), QStringLiteral("aaa first"), 9000, "<n@x>", {}, {}})));
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSources({inboxSource});
        // At once, before any load: the list as it was, in the current order.
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("agenda"));
        QCOMPARE(model.unreadCount(), 3);
        QVERIFY(model.isLoading());
        QPersistentModelIndex agenda(model.index(0, 0));
        QVERIFY(loaded.wait(10000));
        // The reload merged the new message without a reset.
        QCOMPARE(reset.size(), 1); // only the switch itself
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("aaa first"));
        QVERIFY(agenda.isValid());
        QCOMPARE(agenda.row(), 1);
        QCOMPARE(model.unreadCount(), 4);
    }

    void bodyStateAndDeletedFollowTheWorker()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), m_root, inbox)}));
        QCOMPARE(model.unreadCount(), 3);
        // An IMAP header streamed in: headers only, unread.
        Store::MessageRow r;
        r.id = 5000;
        r.folder = inbox;
        r.from = QStringLiteral("Imap <i@x>");
        r.subject = QStringLiteral("headers only");
        r.date = 9999;
        r.bodyState = Store::BodyState::HeadersOnly;
        model.addMessages(QStringLiteral("acc"), {r});
        const QModelIndex row = model.indexOf(QStringLiteral("acc"), 5000);
        QCOMPARE(row.data(BodyStateRole).toInt(), int(MessageBodyState::HeadersOnly));
        QCOMPARE(model.unreadCount(), 4);
        // Its body arrives, and then it is marked \Deleted (not yet expunged): no longer unread.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        r.bodyState = Store::BodyState::Full;
        model.updateMessages(QStringLiteral("acc"), {r});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(row.data(BodyStateRole).toInt(), int(MessageBodyState::Full));
        r.flags = Store::MessageFlag::Deleted;
        model.updateMessages(QStringLiteral("acc"), {r});
        QCOMPARE(row.data(DeletedRole).toBool(), true);
        QCOMPARE(row.data(UnreadRole).toBool(), true);
        QCOMPARE(model.unreadCount(), 3);
    }

    void scatteredBatchesUseOneLayoutChange()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), m_root, inbox)}));
        model.sort(int(MessageColumn::Date), Qt::AscendingOrder);
        auto batch = [](int firstId, qint64 firstDate) {
            QList<Store::MessageRow> rows;
            for (int i = 0; i < 40; ++i) {
                Store::MessageRow r;
                r.id = firstId + i;
                r.folder = inbox;
                r.from = QStringLiteral("Gen %1 <g@x>").arg(firstId + i);
                r.subject = QStringLiteral("gen %1").arg(firstId + i);
                r.date = firstDate + 100 * i;
                rows << r;
            }
            return rows;
        };
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.addMessages(QStringLiteral("acc"), batch(2000, 10000)); // all after the fixture: one run
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(layout.size(), 0);
        QPersistentModelIndex anchor(model.index(28, 0)); // Gen 2020, date 12000
        QCOMPARE(anchor.data(DateSecsRole).toLongLong(), 12000);
        // 40 rows, each between two of the previous batch: 40 places, one layout change.
        model.addMessages(QStringLiteral("acc"), batch(3000, 10050));
        QCOMPARE(model.rowCount(), 88);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(layout.size(), 1);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(DateSecsRole).toLongLong() <= model.index(r, 0).data(DateSecsRole).toLongLong());
        QVERIFY(anchor.isValid());
        QCOMPARE(anchor.row(), 48);
        QCOMPARE(anchor.data(DateSecsRole).toLongLong(), 12000);
        // Removing the 40 scattered rows again.
        QList<Store::MessageId> ids;
        for (int i = 0; i < 40; ++i)
            ids << 3000 + i;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.removeMessages(QStringLiteral("acc"), ids);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 48);
        QCOMPARE(anchor.row(), 28);
        QCOMPARE(anchor.data(DateSecsRole).toLongLong(), 12000);
    }

    void firstScreenThenWholeFolderKeepsPersistentIndexes()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("big"));
        {
            Store::MailStore store(root);
            STORE_VERIFY(store.open());
            QList<Store::AppendRequest> reqs;
            for (int i = 0; i < 600; ++i)
                reqs << ModelTest::request({QStringLiteral("S%1 <s@x>").arg(i), QStringLiteral("subject %1").arg(i),
                                            100000 + i * 60, "<b" + QByteArray::number(i) + "@x>", {}, {}});
            STORE_VERIFY(store.appendBatch(inbox, reqs));
        }
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPersistentModelIndex early;
        qint64 earlyId = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            if (model.rowCount() > 0 && model.isLoading() && !early.isValid()) {
                early = model.index(10, 0);
                earlyId = early.data(MessageIdRole).toLongLong();
            }
        });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), root, inbox)}));
        QCOMPARE(model.rowCount(), 600);
        // The first screenful came first; the rest was appended below it.
        QVERIFY(early.isValid());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(early.row(), 10);
        QCOMPARE(early.data(MessageIdRole).toLongLong(), earlyId);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("subject 599"));
        QCOMPARE(model.index(599, 0).data(SubjectRole).toString(), QStringLiteral("subject 0"));
    }

    void reloadMergesStoreChanges()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("acc"));
        Store::MailStore store(root);
        STORE_VERIFY(store.open());
        QList<Store::AppendRequest> reqs;
        for (const Mail &m : fixture())
            reqs << ModelTest::request(m);
        STORE_VERIFY(store.appendBatch(inbox, reqs));
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), root, inbox)}));
        QPersistentModelIndex boris(model.index(5, 0));
        QCOMPARE(boris.data(SenderNameRole).toString(), QStringLiteral("Борис Петров"));
        const qint64 alice = model.index(4, 0).data(MessageIdRole).toLongLong();
        const qint64 zoe = model.index(0, 0).data(MessageIdRole).toLongLong();

        // The worker (here: the test) changes the store: a new message, a flag, a deletion.
        STORE_VERIFY(store.append(inbox, ModelTest::request({QStringLiteral("Ярослава <y@x>"), QStringLiteral("Новое"), 9999,
                                                            "<n@x>", {}, {}})));
        STORE_VERIFY(store.setFlags({alice}, MessageFlag::Seen, {}));
        STORE_VERIFY(store.remove({zoe}));
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("Новое"));
        QVERIFY(!model.indexOf(QStringLiteral("acc"), zoe).isValid());
        QCOMPARE(model.indexOf(QStringLiteral("acc"), alice).data(UnreadRole).toBool(), false);
        QVERIFY(boris.isValid());
        QCOMPARE(boris.data(SenderNameRole).toString(), QStringLiteral("Борис Петров"));
        QCOMPARE(model.unreadCount(), 3); // Łukasz, Ali, Ярослава
    }

    void unifiedInboxMergesAccountsByDate()
    {
        QTemporaryDir dir;
        const QString second = dir.filePath(QStringLiteral("second"));
        {
            Store::MailStore store(second);
            STORE_VERIFY(store.open());
            STORE_VERIFY(store.append(inbox, ModelTest::request({QStringLiteral("Other <o@x>"), QStringLiteral("between"),
                                                                4500, "<o1@x>", {}, {}})));
            STORE_VERIFY(store.append(inbox, ModelTest::request({QStringLiteral("Other <o@x>"), QStringLiteral("newest"),
                                                                9000, "<o2@x>", {}, {}})));
        }
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("one"), m_root, inbox),
                             ModelTest::source(QStringLiteral("two"), second, inbox)}));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("newest"));
        QCOMPARE(model.index(0, 0).data(AccountIdRole).toString(), QStringLiteral("two"));
        QCOMPARE(model.index(5, 0).data(SubjectRole).toString(), QStringLiteral("between")); // 4500
        QCOMPARE(model.index(5, 0).data(AccountIdRole).toString(), QStringLiteral("two"));
        QCOMPARE(model.index(4, 0).data(AccountIdRole).toString(), QStringLiteral("one"));
        // Ids are per store: the same number in two accounts is two messages.
        const qint64 id = model.index(0, 0).data(MessageIdRole).toLongLong();
        QVERIFY(model.indexOf(QStringLiteral("one"), id).isValid());
        QVERIFY(model.indexOf(QStringLiteral("two"), id).isValid());
        QVERIFY(model.indexOf(QStringLiteral("one"), id) != model.indexOf(QStringLiteral("two"), id));
        QSignalSpy counts(&model, &MessageListModel::countsChanged);
        const bool oneUnread = model.indexOf(QStringLiteral("one"), id).data(UnreadRole).toBool();
        Store::MessageRow r;
        r.id = id;
        r.flags = MessageFlag::Seen;
        model.updateMessages(QStringLiteral("two"), {r});
        QCOMPARE(model.indexOf(QStringLiteral("two"), id).data(UnreadRole).toBool(), false);
        QCOMPARE(model.indexOf(QStringLiteral("one"), id).data(UnreadRole).toBool(), oneUnread);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toString(), QStringLiteral("two"));
        QCOMPARE(counts.last().at(3).toLongLong(), 1);
    }

    void dragCarriesAccountFolderAndIds()
    {
        MessageListModel model;
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), m_root, inbox)}));
        const QModelIndexList picked = {model.index(0, 0), model.index(0, 1), model.index(2, 0)};
        std::unique_ptr<QMimeData> mime(model.mimeData(picked));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(MessageDrag::mimeType()));
        const QList<MessageDrag::Entry> entries = MessageDrag::decode(mime->data(MessageDrag::mimeType()));
        QCOMPARE(entries.size(), 2); // two columns of one row are one message
        QCOMPARE(entries.at(0).accountId, QStringLiteral("acc"));
        QCOMPARE(entries.at(0).folderId, model.sources().first().folderId);
        QCOMPARE(entries.at(1).id, model.index(2, 0).data(MessageIdRole).toLongLong());
        QVERIFY(MessageDrag::decode("garbage").isEmpty());
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    }

    void corpusMessagesList()
    {
        // Real messages in many charsets: every one listed with a decoded subject.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("corpus"));
        int count = 0;
        {
            Store::MailStore store(root);
            STORE_VERIFY(store.open());
            QDir charsets(QStringLiteral(PIGEON_CORPUS_DIR "/charsets"));
            QList<Store::AppendRequest> reqs;
            for (const QFileInfo &fi : charsets.entryInfoList({QStringLiteral("*.eml")}, QDir::Files)) {
                QFile f(fi.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                Store::AppendRequest r;
                r.message = f.readAll();
                reqs << r;
            }
            QVERIFY2(reqs.size() >= 20, "corpus not found");
            count = int(reqs.size());
            STORE_VERIFY(store.appendBatch(inbox, reqs));
        }
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, {ModelTest::source(QStringLiteral("acc"), root, inbox)}));
        QCOMPARE(model.rowCount(), count);
        const QStringList subjects = values(model, SubjectRole);
        QVERIFY(std::any_of(subjects.cbegin(), subjects.cend(), [](const QString &s) {
            return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
        }));
        for (int c = 0; c < int(MessageColumn::Count); ++c) {
            model.sort(c, Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), count);
        }
    }

    void missingStoreReportsError()
    {
        MessageListModel model;
        QSignalSpy failed(&model, &MessageListModel::loadFailed);
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        model.setSources({MessageSource{QStringLiteral("acc"), m_dir.filePath(QStringLiteral("nowhere/index.sqlite")), 1, inbox}});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
