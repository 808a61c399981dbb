// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// pigeon-cli show ID: a stored message printed through the MIME model, as a separate process.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestShowCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_profile;

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(PIGEON_BINARY_DIR "/app/cli/pigeon-cli"));
        p.setArguments(QStringList{QStringLiteral("--profile"), m_profile.path()} + args);
        p.start();
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        // A KOI8-R encoded-word subject, a windows-1251 8-bit body, and a Polish attachment name.
        QByteArray mbox = "From sender@example.ru Sun Nov 22 10:00:00 2026\n"
                          "From: =?koi8-r?B?7cHSyc7B?= <marina@example.ru>\n"
                          "To: jan@example.pl\n"
                          "Subject: =?koi8-r?B?8NLJ18XUIQ==?=\n"
                          "Date: Sun, 22 Nov 2026 10:00:00 +0300\n"
                          "Message-ID: <show-1@example.ru>\n"
                          "MIME-Version: 1.0\n"
                          "Content-Type: multipart/mixed; boundary=\"b\"\n"
                          "\n--b\n"
                          "Content-Type: text/plain; charset=windows-1251\n"
                          "Content-Transfer-Encoding: 8bit\n\n";
        mbox += QByteArray::fromHex("cff0e8e2e5f220e8e720ccEEf1EAE2FB"); // "Привет из Москвы"
        mbox += "\n\n--b\n"
                "Content-Type: application/pdf; name=\"=?utf-8?Q?Sprawozdanie_=C5=BC=C3=B3=C5=82te.pdf?=\"\n"
                "Content-Disposition: attachment; filename*=utf-8''Sprawozdanie%20%C5%BC%C3%B3%C5%82te.pdf\n"
                "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n\n";
        const QString path = m_profile.filePath(QStringLiteral("in.mbox"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mbox);
        f.close();
        const Run imported = cli({QStringLiteral("import"), path, QStringLiteral("Inbox")});
        QCOMPARE(imported.code, 0);
    }

    void showsDecodedModel()
    {
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("Inbox")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 1);
        const QString id = QString::number(rows.first().toObject().value(QStringLiteral("id")).toInteger());

        const Run shown = cli({QStringLiteral("--json"), QStringLiteral("show"), id});
        QCOMPARE(shown.code, 0);
        const QJsonObject model = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(model.value(QStringLiteral("subject")).toString(), QStringLiteral("Привет!"));
        QVERIFY2(QJsonDocument(model.value(QStringLiteral("from")).toArray()).toJson().contains("Марина"),
                 shown.out.constData());
        QVERIFY2(QJsonDocument(model.value(QStringLiteral("body")).toObject()).toJson().contains("Привет из Москвы"),
                 shown.out.constData());
        const QJsonArray attachments = model.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QVERIFY2(QJsonDocument(attachments).toJson().contains("Sprawozdanie żółte.pdf"), shown.out.constData());

        const Run text = cli({QStringLiteral("show"), id});
        QCOMPARE(text.code, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Subject: Привет!")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("show"), QStringLiteral("4242")} << 3;
        QTest::newRow("not a number") << QStringList{QStringLiteral("show"), QStringLiteral("abc")} << 2;
        QTest::newRow("no id") << QStringList{QStringLiteral("show")} << 2;
        QTest::newRow("two ids") << QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2")} << 2;
        QTest::newRow("bad option") << QStringList{QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--bogus")} << 2;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShowCommand)
#include "tst_showcommand.moc"
