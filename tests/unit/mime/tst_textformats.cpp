// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/flowedtext.h"
#include "mime/htmltotext.h"

#include <QTest>

using namespace Pigeon::Mime;

class TestTextFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flowed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("delSp");
        QTest::addColumn<QString>("expected");
        QTest::newRow("soft breaks join") << QStringLiteral("Hello \r\nworld\r\nnext\r\n") << false
                                          << QStringLiteral("Hello world\nnext\n");
        QTest::newRow("delsp removes the space") << QStringLiteral("Hel \nlo\n") << true
                                                 << QStringLiteral("Hello\n");
        QTest::newRow("space stuffing undone") << QStringLiteral(" From me\n >not quote\n") << false
                                               << QStringLiteral("From me\n>not quote\n");
        QTest::newRow("quoted paragraph") << QStringLiteral("> a \n> b\nc\n") << false
                                          << QStringLiteral("> a b\nc\n");
        QTest::newRow("depth change ends paragraph") << QStringLiteral("> a \n>> b\n") << false
                                                     << QStringLiteral("> a \n>> b\n");
        QTest::newRow("signature separator stays") << QStringLiteral("text\n-- \nsig\n") << false
                                                   << QStringLiteral("text\n-- \nsig\n");
    }
    void flowed()
    {
        QFETCH(QString, input);
        QFETCH(bool, delSp);
        QFETCH(QString, expected);
        QCOMPARE(FlowedText::decode(input, delSp), expected);
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blocks and entities")
            << QStringLiteral("<html><head><title>T</title><style>p{}</style></head><body><p>Hello&nbsp;&amp; "
                              "<b>bye</b></p><div>Second&#x21;</div></body></html>")
            << QStringLiteral("Hello\u00a0& bye\nSecond!");
        QTest::newRow("script dropped") << QStringLiteral("a<script>alert(1)</script>b") << QStringLiteral("ab");
        QTest::newRow("comment dropped") << QStringLiteral("a<!-- x -->b") << QStringLiteral("ab");
        QTest::newRow("br and whitespace") << QStringLiteral("one<br>two\n   three") << QStringLiteral("one\ntwo three");
        QTest::newRow("persian") << QStringLiteral("<p dir=rtl>سلام</p>") << QStringLiteral("سلام");
    }
    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(HtmlToText::convert(html), expected);
    }

    void metaCharset()
    {
        QCOMPARE(HtmlToText::sniffMetaCharset("<html><meta charset=\"windows-1256\">"), QByteArray("windows-1256"));
        QCOMPARE(HtmlToText::sniffMetaCharset("<META http-equiv=Content-Type content=\"text/html; charset=koi8-r\">"),
                 QByteArray("koi8-r"));
        QCOMPARE(HtmlToText::sniffMetaCharset("<p>no meta</p>"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestTextFormats)
#include "tst_textformats.moc"
