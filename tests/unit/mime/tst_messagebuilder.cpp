// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/bodyextractor.h"
#include "mime/message.h"
#include "mime/messagebuilder.h"

#include <QTest>

using namespace Pigeon::Mime;

class TestMessageBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // What we compose, we (and so other clients) read back unchanged.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("polish") << QStringLiteral("Zażółć gęślą jaźń") << QStringLiteral("Łukasz Żółw")
                                << QStringLiteral("Cześć!\nDrugi wiersz") << QStringLiteral("sprawozdanie źródłowe.pdf");
        QTest::newRow("russian") << QStringLiteral("Отчёт за ноябрь") << QStringLiteral("Иванов, Пётр")
                                 << QStringLiteral("Привет!") << QStringLiteral("отчёт.xlsx");
        QTest::newRow("persian") << QStringLiteral("گزارش ماهانه") << QStringLiteral("علی رضایی")
                                 << QStringLiteral("سلام") << QStringLiteral("گزارش.pdf");
        QTest::newRow("ascii") << QStringLiteral("Hello") << QStringLiteral("Bob") << QStringLiteral("Hi")
                               << QStringLiteral("a.txt");
    }
    void roundTrip()
    {
        QFETCH(QString, subject);
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, fileName);
        MessageBuilder b;
        b.setFrom({name, QStringLiteral("sender@example.org")});
        b.addTo({QStringLiteral("Anna"), QStringLiteral("anna@example.org")});
        b.setSubject(subject);
        b.setDate(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::OffsetFromUTC, 12600));
        b.setInReplyTo("parent@example.org");
        b.setText(text);
        b.addAttachment(fileName, "application/octet-stream", QByteArray("\x00\x01\x02binary", 9));
        const QByteArray raw = b.toBytes();
        QVERIFY(raw.contains("\r\n"));
        QVERIFY(Pigeon::Mime::Message::parse(raw).ok());
        for (char c : raw)
            QVERIFY2(uchar(c) < 0x80, "composed message must be 7-bit clean");

        auto m = Message::parse(raw);
        QCOMPARE(m->summary().subject, subject);
        QCOMPARE(m->summary().from.value(0).name, name);
        QCOMPARE(m->summary().to.value(0).address, QStringLiteral("anna@example.org"));
        QCOMPARE(m->summary().date.offsetFromUtc(), 12600);
        QCOMPARE(m->summary().inReplyTo, QByteArray("parent@example.org"));
        QVERIFY(!m->summary().messageId.isEmpty());
        QCOMPARE(BodyExtractor::extract(*m).plainText().trimmed(), text);
        const auto atts = BodyExtractor::attachments(*m);
        QCOMPARE(atts.size(), 1);
        QCOMPARE(atts[0].fileName, fileName);
        QCOMPARE(*m->content(atts[0].partId), QByteArray("\x00\x01\x02binary", 9));
    }

    void htmlAlternative()
    {
        MessageBuilder b;
        b.setFrom({QString(), QStringLiteral("a@example.org")});
        b.setText(QStringLiteral("plain"));
        b.setHtml(QStringLiteral("<b>rich</b>"));
        auto m = Message::parse(b.toBytes());
        QVERIFY(m.ok());
        QCOMPARE(m->root().mimeType, QByteArray("multipart/alternative"));
        QCOMPARE(BodyExtractor::extract(*m, {true, {}}).segments.value(0).text.trimmed(), QStringLiteral("<b>rich</b>"));
        QCOMPARE(BodyExtractor::extract(*m, {false, {}}).segments.value(0).text.trimmed(), QStringLiteral("plain"));
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
