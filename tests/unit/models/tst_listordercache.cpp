// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The cold switch to a folder sorted by something else than the date: the first screen
// comes from the ListOrderCache the last whole load left (re-ranked with the current
// collator, in Polish, Russian and Persian), then the whole folder is merged in without
// a reset, with what the cache could not know (newer messages) in its place.
#include "modeltestutil.h"

#include "models/backgroundjob.h"
#include "models/listordercache.h"
#include "models/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Models;
using ModelTest::Mail;

namespace {

const QString inbox = QStringLiteral("Inbox");
constexpr int messages = 390;

/// Words of three scripts; which comes first depends on the collation locale.
const QStringList words = {
    QStringLiteral("Łódź"),  QStringLiteral("Lato"),   QStringLiteral("Mama"),  QStringLiteral("Ćma"),
    QStringLiteral("Cebula"), QStringLiteral("Żaba"),  QStringLiteral("Zebra"), QStringLiteral("Яблоко"),
    QStringLiteral("Арбуз"), QStringLiteral("Жук"),    QStringLiteral("آب"),    QStringLiteral("پدر"),
    QStringLiteral("ژاله"),
};

QStringList texts(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data().toString();
    return out;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(MessageIdRole).toLongLong();
    return out;
}

} // namespace

class TestListOrderCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    Store::MailStore *m_store = nullptr;

    MessageSource source() const { return ModelTest::source(QStringLiteral("acc"), m_root, inbox); }

    /// A whole load of the folder in @p locale, sorted as asked: the truth to compare
    /// with, and (as a side effect) the cache for the next cold switch.
    bool loadWhole(MessageListModel &model, const QLocale &locale, int col, Qt::SortOrder order)
    {
        model.setCollationLocale(locale);
        model.sort(col, order);
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        model.setSources({source()});
        return loaded.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("acc"));
        m_store = new Store::MailStore(m_root);
        STORE_VERIFY(m_store->open());
        QList<Store::AppendRequest> reqs;
        for (int i = 0; i < messages; ++i) {
            const QString word = words.at(i % words.size());
            reqs << ModelTest::request({QStringLiteral("%1 <s%2@x>").arg(word).arg(i), QStringLiteral("%1 %2").arg(word).arg(i),
                                        100000 + qint64(i) * 7919 % messages * 60, "<m" + QByteArray::number(i) + "@x>", {}, {},
                                        "Team <team@example.org>", 1 + i % 17});
        }
        STORE_VERIFY(m_store->appendBatch(inbox, reqs));
    }

    void cleanupTestCase() { delete m_store; }

    void firstScreenFromTheCache_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstWord");
        const QLocale pl(QLocale::Polish, QLocale::Poland), ru(QLocale::Russian, QLocale::Russia),
            fa(QLocale::Persian, QLocale::Iran);
        const auto subject = int(MessageColumn::Subject), sender = int(MessageColumn::Sender);
        // Polish: C < Ć < L < Ł < M < Z < Ż, then Cyrillic, then Arabic script.
        QTest::newRow("pl subject asc") << pl << subject << int(Qt::AscendingOrder) << QStringLiteral("Cebula");
        QTest::newRow("pl subject desc") << pl << subject << int(Qt::DescendingOrder) << QStringLiteral("ژاله");
        QTest::newRow("pl sender asc") << pl << sender << int(Qt::AscendingOrder) << QStringLiteral("Cebula");
        // Russian collation puts Cyrillic first, Persian collation the Arabic script.
        QTest::newRow("ru subject asc") << ru << subject << int(Qt::AscendingOrder) << QStringLiteral("Арбуз");
        QTest::newRow("fa subject asc") << fa << subject << int(Qt::AscendingOrder) << QStringLiteral("آب");
        QTest::newRow("fa sender desc") << fa << sender << int(Qt::DescendingOrder) << QString();
        QTest::newRow("size asc") << pl << int(MessageColumn::Size) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("size desc") << pl << int(MessageColumn::Size) << int(Qt::DescendingOrder) << QString();
        QTest::newRow("date asc") << pl << int(MessageColumn::Date) << int(Qt::AscendingOrder) << QString();
        QTest::newRow("recipients desc") << ru << int(MessageColumn::Recipients) << int(Qt::DescendingOrder) << QString();
    }

    void firstScreenFromTheCache()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, firstWord);
        backgroundPool()->waitForDone(); // the last row's cache write included
        QFile::remove(ListOrderCache::pathFor(source()));
        // The first whole load of the folder has no first screen in this order: the
        // rows come all at once.
        MessageListModel whole;
        int firstRows = -1;
        connect(&whole, &QAbstractItemModel::modelReset, this, [&] {
            if (firstRows < 0 && whole.rowCount() > 0)
                firstRows = whole.rowCount();
        });
        QVERIFY(loadWhole(whole, locale, column, Qt::SortOrder(order)));
        QCOMPARE(firstRows, messages);
        backgroundPool()->waitForDone(); // the cache is written after the list is delivered
        QVERIFY(QFile::exists(ListOrderCache::pathFor(source())));
        const QList<qint64> truth = ids(whole);
        if (!firstWord.isEmpty())
            QVERIFY2(texts(whole, column).first().startsWith(firstWord), qPrintable(texts(whole, column).first()));

        // The cold switch: a new model (nothing in memory) shows the first screen early.
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCollationLocale(locale);
        model.sort(column, Qt::SortOrder(order));
        QList<qint64> early;
        QPersistentModelIndex picked;
        qint64 pickedId = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            if (early.isEmpty() && model.rowCount() > 0) {
                QVERIFY(model.isLoading());
                early = ids(model);
                picked = model.index(17, 0);
                pickedId = picked.data(MessageIdRole).toLongLong();
            }
        });
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        model.setSources({source()});
        QVERIFY(loaded.wait(10000));
        // A screenful, exactly the rows the whole sort puts first, in the same order.
        QVERIFY(early.size() >= 100 && early.size() < messages);
        QCOMPARE(early, truth.mid(0, early.size()));
        // Then the rest merged in below it: no second reset, the picked row kept.
        QCOMPARE(ids(model), truth);
        QVERIFY(picked.isValid());
        QCOMPARE(picked.row(), 17);
        QCOMPARE(picked.data(MessageIdRole).toLongLong(), pickedId);
    }

    void staleCacheIsMergedRight()
    {
        const QLocale pl(QLocale::Polish, QLocale::Poland);
        backgroundPool()->waitForDone(); // the last test's cache writes included
        {
            MessageListModel whole;
            QVERIFY(loadWhole(whole, pl, int(MessageColumn::Subject), Qt::AscendingOrder));
        }
        backgroundPool()->waitForDone(); // the cache is written after the list is delivered
        QVERIFY(QFile::exists(ListOrderCache::pathFor(source())));
        // After the cache was written: a message that sorts first, and one of the
        // remembered first rows is deleted.
        STORE_VERIFY(m_store->append(inbox, ModelTest::request({QStringLiteral("New <n@x>"), QStringLiteral("Ąbecadło"), 50,
                                                                 "<new@x>", {}, {}})));
        QCOMPARE(ListOrderCache::firstIds(source(), MessageColumn::Subject, Qt::AscendingOrder, pl, 150).size(), size_t(150));
        const LoadedListPtr first = MessageListLoader::firstScreen({{source()}, 150, false, pl, MessageColumn::Subject, Qt::AscendingOrder});
        QVERIFY(first);
        QVERIFY2(first->error.kind() == MailError::Kind::None, qPrintable(first->error.toString()));
        QCOMPARE(first->items.size(), size_t(150));
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCollationLocale(pl);
        model.sort(int(MessageColumn::Subject), Qt::AscendingOrder);
        QStringList early;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            if (early.isEmpty() && model.rowCount() > 0)
                early = texts(model, int(MessageColumn::Subject));
        });
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        model.setSources({source()});
        QVERIFY(loaded.wait(10000));
        // The cache did not know the new message: the first screen lacked it, the whole
        // load put it first.
        QVERIFY2(!early.isEmpty() && early.size() < messages, qPrintable(QString::number(early.size())));
        QVERIFY(!early.contains(QStringLiteral("Ąbecadło")));
        QCOMPARE(model.rowCount(), messages + 1);
        QCOMPARE(model.index(0, int(MessageColumn::Subject)).data().toString(), QStringLiteral("Ąbecadło"));
        MessageListModel truth;
        QVERIFY(loadWhole(truth, pl, int(MessageColumn::Subject), Qt::AscendingOrder));
        QCOMPARE(ids(model), ids(truth));
    }

    void otherLocaleOrBrokenFileIsNotUsed()
    {
        const QLocale pl(QLocale::Polish, QLocale::Poland), ru(QLocale::Russian, QLocale::Russia);
        backgroundPool()->waitForDone(); // the last test's cache writes included
        {
            MessageListModel whole;
            QVERIFY(loadWhole(whole, pl, int(MessageColumn::Subject), Qt::AscendingOrder));
        }
        backgroundPool()->waitForDone(); // the cache is written after the list is delivered
        QVERIFY(QFile::exists(ListOrderCache::pathFor(source())));
        // Texts ranked in Polish say nothing of the Russian order; sizes do.
        QVERIFY(ListOrderCache::firstIds(source(), MessageColumn::Subject, Qt::AscendingOrder, ru, 150).empty());
        QCOMPARE(ListOrderCache::firstIds(source(), MessageColumn::Subject, Qt::AscendingOrder, pl, 150).size(), size_t(150));
        QCOMPARE(ListOrderCache::firstIds(source(), MessageColumn::Size, Qt::AscendingOrder, ru, 150).size(), size_t(150));
        // A damaged file is ignored: the switch waits for the whole load, and works.
        QFile f(ListOrderCache::pathFor(source()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("PLOC garbage");
        f.close();
        QVERIFY(ListOrderCache::firstIds(source(), MessageColumn::Size, Qt::AscendingOrder, pl, 150).empty());
        MessageListModel model;
        QVERIFY(loadWhole(model, pl, int(MessageColumn::Size), Qt::AscendingOrder));
        QVERIFY(model.rowCount() > messages - 1);
    }
};

QTEST_GUILESS_MAIN(TestListOrderCache)
#include "tst_listordercache.moc"
