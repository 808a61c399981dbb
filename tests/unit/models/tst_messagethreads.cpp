// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Threading: MessageThreader on its own (data-driven), the text helpers it relies on,
// and MessageListModel's threaded tree over a real store, including replies that
// stream in before or after their parents.
#include "modeltestutil.h"

#include "models/messagelistmodel.h"
#include "models/messagetext.h"
#include "models/messagethreader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Models;
using ModelTest::Mail;

using Parents = QList<int>;

class TestMessageThreads : public QObject
{
    Q_OBJECT

    /// The Inbox of the store at @p root in @p model, threaded, fully loaded.
    static bool loadThreaded(MessageListModel &model, const QString &root)
    {
        model.setThreaded(true);
        QSignalSpy loaded(&model, &MessageListModel::loaded);
        model.setSources({ModelTest::source(QStringLiteral("acc"), root, QStringLiteral("Inbox"))});
        return loaded.wait(10000);
    }

private Q_SLOTS:
    void threader_data()
    {
        // Each message: "id|refs(space separated)|date"; expected parent per message.
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<Parents>("parents");
        QTest::newRow("chain") << QStringList{"<a>||1", "<b>|<a>|2", "<c>|<a> <b>|3"} << Parents{-1, 0, 1};
        QTest::newRow("missing middle goes to the nearest present ancestor")
            << QStringList{"<a>||1", "<c>|<a> <b>|3"} << Parents{-1, 0};
        QTest::newRow("siblings of a missing root group under the oldest")
            << QStringList{"<x>|<root> <p>|5", "<y>|<root>|4", "<z>|<root> <q>|6"} << Parents{1, -1, 1};
        QTest::newRow("duplicate id: replies go to the first")
            << QStringList{"<a>||1", "<a>||2", "<r>|<a>|3"} << Parents{-1, -1, 0};
        QTest::newRow("reference loop is broken")
            << QStringList{"<a>|<b>|1", "<b>|<a>|2"} << Parents{1, -1};
        QTest::newRow("self reference ignored") << QStringList{"<a>|<a>|1"} << Parents{-1};
        QTest::newRow("no headers") << QStringList{"||1", "||2"} << Parents{-1, -1};
        QTest::newRow("reply older than parent (clock skew)")
            << QStringList{"<r>|<a>|1", "<a>||5"} << Parents{1, -1};
    }

    void threader()
    {
        QFETCH(QStringList, messages);
        QFETCH(Parents, parents);
        std::vector<MessageThreader::Message> input;
        for (const QString &m : messages) {
            const QStringList f = m.split(QLatin1Char('|'));
            input.push_back({f.at(0).toLatin1(), MessageText::messageIds(f.at(1).toLatin1()), f.at(2).toLongLong()});
        }
        const std::vector<qint32> got = MessageThreader::parents(input);
        QCOMPARE(Parents(got.begin(), got.end()), parents);
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("addresses");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name addr") << QStringLiteral("Anna Kowalska <anna@x.pl>") << QStringList{QStringLiteral("Anna Kowalska")};
        QTest::newRow("quoted with comma") << QStringLiteral("\"Nowak, Jan\" <jan@x.pl>, Ewa <e@x>")
                                           << QStringList{QStringLiteral("Nowak, Jan"), QStringLiteral("Ewa")};
        QTest::newRow("bare") << QStringLiteral("a@x") << QStringList{QStringLiteral("a@x")};
        QTest::newRow("angle only") << QStringLiteral("<a@x>") << QStringList{QStringLiteral("a@x")};
        QTest::newRow("rfc822 comment") << QStringLiteral("a@x (Борис)") << QStringList{QStringLiteral("Борис")};
        QTest::newRow("persian") << QStringLiteral("علی <ali@x.ir>") << QStringList{QStringLiteral("علی")};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void displayNames()
    {
        QFETCH(QString, addresses);
        QFETCH(QStringList, names);
        QCOMPARE(MessageText::displayNames(addresses), names);
    }

    void baseSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("base");
        QTest::newRow("re") << QStringLiteral("Re: Hello") << QStringLiteral("Hello");
        QTest::newRow("nested") << QStringLiteral("RE: Fwd: re:  Hello ") << QStringLiteral("Hello");
        QTest::newRow("counted") << QStringLiteral("Re[3]: Hello") << QStringLiteral("Hello");
        QTest::newRow("polish") << QStringLiteral("Odp: PD: Faktura") << QStringLiteral("Faktura");
        QTest::newRow("russian") << QStringLiteral("Отв: Отчёт") << QStringLiteral("Отчёт");
        QTest::newRow("persian") << QStringLiteral("پاسخ: گزارش") << QStringLiteral("گزارش");
        QTest::newRow("colon inside kept") << QStringLiteral("Meeting: agenda") << QStringLiteral("Meeting: agenda");
        QTest::newRow("list tag kept") << QStringLiteral("[qt-dev] Re: x") << QStringLiteral("[qt-dev] Re: x");
    }

    void baseSubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, base);
        QCOMPARE(MessageText::baseSubject(subject), base);
    }

    void inReplyToAloneThreads()
    {
        // Some clients send In-Reply-To without References: the index keeps it instead.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("acc"));
        {
            Store::MailStore store(root);
            STORE_VERIFY(store.open());
            Store::AppendRequest parent, reply, unrelated;
            parent.message = "From: A <a@x>\nSubject: Question\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
                             "Message-ID: <q@x>\n\nbody\n";
            reply.message = "From: B <b@x>\nSubject: Re: Question\nDate: Mon, 1 Jan 2024 11:00:00 +0000\n"
                            "Message-ID: <r@x>\nIn-Reply-To: <q@x>\n\nbody\n";
            unrelated.message = "From: C <c@x>\nSubject: Re: Question\nDate: Mon, 1 Jan 2024 12:00:00 +0000\n"
                                "Message-ID: <u@x>\n\nbody\n";
            STORE_VERIFY(store.appendBatch(QStringLiteral("Inbox"), {parent, reply, unrelated}));
        }
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadThreaded(model, root));
        // The same subject alone does not thread (no subject grouping): two threads.
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex question = model.index(1, 0);
        QCOMPARE(question.data(SubjectRole).toString(), QStringLiteral("Question"));
        QCOMPARE(model.rowCount(question), 1);
        QCOMPARE(model.index(0, 0, question).data(SenderNameRole).toString(), QStringLiteral("B"));
        QCOMPARE(model.index(0, 0).data(SenderNameRole).toString(), QStringLiteral("C"));
    }

    void threadedModel()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("acc"));
        {
            Store::MailStore store(root);
            STORE_VERIFY(store.open());
            QList<Store::AppendRequest> reqs;
            const QList<Mail> mails = {
                {QStringLiteral("A <a@x>"), QStringLiteral("Plan"), 1000, "<p@x>", {}, {}},
                {QStringLiteral("B <b@x>"), QStringLiteral("Re: Plan"), 2000, "<p1@x>", "<p@x>", Store::MessageFlag::Seen},
                {QStringLiteral("C <c@x>"), QStringLiteral("Re: Plan"), 3000, "<p2@x>", "<p@x> <p1@x>", {}},
                {QStringLiteral("D <d@x>"), QStringLiteral("Re: Plan"), 2500, "<p3@x>", "<p@x>", {}},
                {QStringLiteral("E <e@x>"), QStringLiteral("Alone"), 4000, "<solo@x>", {}, {}},
                {QStringLiteral("F <f@x>"), QStringLiteral("Old"), 500, "<old@x>", {}, {}},
            };
            for (const Mail &m : mails)
                reqs << ModelTest::request(m);
            STORE_VERIFY(store.appendBatch(QStringLiteral("Inbox"), reqs));
        }
        MessageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadThreaded(model, root));
        // Threads by their newest message: Alone (4000), Plan (3000), Old (500).
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("Alone"));
        const QModelIndex plan = model.index(1, 0);
        QCOMPARE(plan.data(SubjectRole).toString(), QStringLiteral("Plan"));
        QCOMPARE(plan.data(ThreadSizeRole).toInt(), 4);
        QCOMPARE(plan.data(ThreadUnreadRole).toInt(), 3);
        QCOMPARE(model.rowCount(plan), 2); // B and D, oldest first; C under B
        QCOMPARE(model.index(0, 0, plan).data(SenderNameRole).toString(), QStringLiteral("B"));
        QCOMPARE(model.index(1, 0, plan).data(SenderNameRole).toString(), QStringLiteral("D"));
        const QModelIndex b = model.index(0, 0, plan);
        QCOMPARE(model.rowCount(b), 1);
        QCOMPARE(model.index(0, 0, b).data(SenderNameRole).toString(), QStringLiteral("C"));
        QCOMPARE(model.index(0, 0, b).parent(), b);
        QVERIFY(model.flags(plan).testFlag(Qt::ItemIsSelectable));

        // A reply to "Alone" streams in: a child, and its thread stays on top.
        QPersistentModelIndex c(model.index(0, 0, b));
        auto row = [](Store::MessageId id, const QString &from, qint64 date, const QByteArray &msgId, const QByteArray &refs) {
            Store::MessageRow r;
            r.id = id;
            r.folder = QStringLiteral("Inbox");
            r.from = from;
            r.subject = QStringLiteral("streamed");
            r.date = date;
            r.messageId = msgId;
            r.references = refs;
            return r;
        };
        model.addMessages(QStringLiteral("acc"), {row(100, QStringLiteral("G <g@x>"), 5000, "<g@x>", "<solo@x>")});
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(SenderNameRole).toString(), QStringLiteral("G"));
        // A reply to "Old" with the newest date: the Old thread moves to the top.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.addMessages(QStringLiteral("acc"), {row(101, QStringLiteral("H <h@x>"), 6000, "<h@x>", "<old@x>")});
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.index(0, 0).data(SubjectRole).toString(), QStringLiteral("Old"));
        // A reply whose parent is not there yet is a thread of its own...
        model.addMessages(QStringLiteral("acc"), {row(102, QStringLiteral("J <j@x>"), 7000, "<j@x>", "<late@x>")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(SenderNameRole).toString(), QStringLiteral("J"));
        // ...until the parent arrives: then it moves under it.
        model.addMessages(QStringLiteral("acc"), {row(103, QStringLiteral("K <k@x>"), 6500, "<late@x>", {})});
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex k = model.indexOf(QStringLiteral("acc"), 103);
        QVERIFY(!k.parent().isValid());
        QCOMPARE(model.rowCount(k), 1);
        QCOMPARE(model.index(0, 0, k).data(SenderNameRole).toString(), QStringLiteral("J"));
        QCOMPARE(k.row(), 0); // its thread's newest message is J's 7000
        QVERIFY(c.isValid());
        QCOMPARE(c.data(SenderNameRole).toString(), QStringLiteral("C"));

        // Deleting B: its reply C takes its place in the thread.
        const qint64 bId = model.index(0, 0, model.indexOf(QStringLiteral("acc"), plan.data(MessageIdRole).toLongLong()))
                               .data(MessageIdRole)
                               .toLongLong();
        model.removeMessages(QStringLiteral("acc"), {bId});
        QVERIFY(c.isValid());
        QCOMPARE(c.parent().data(SubjectRole).toString(), QStringLiteral("Plan"));
        QCOMPARE(model.rowCount(c.parent()), 2);

        // Flat again: every message a row.
        model.setThreaded(false);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageThreads)
#include "tst_messagethreads.moc"
