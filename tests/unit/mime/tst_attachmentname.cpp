// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/attachmentname.h"

#include <QTest>

using namespace Pigeon::Mime;

class TestAttachmentName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sanitise_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ordinary") << QStringLiteral("report.pdf") << QStringLiteral("report.pdf");
        QTest::newRow("path traversal") << QStringLiteral("../../.bashrc") << QStringLiteral("bashrc");
        QTest::newRow("windows traversal") << QStringLiteral("..\\..\\Windows\\evil.dll") << QStringLiteral("evil.dll");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("RTL override") << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
        QTest::newRow("bidi isolate and zero width") << QStringLiteral("a\u2067b\u200Bc.txt") << QStringLiteral("abc.txt");
        QTest::newRow("control chars") << QStringLiteral("a\nb\tc\x01.txt") << QStringLiteral("abc.txt");
        QTest::newRow("windows-forbidden") << QStringLiteral("a<b>:c?.txt") << QStringLiteral("a_b__c_.txt");
        QTest::newRow("trailing dots") << QStringLiteral("name.txt. . ") << QStringLiteral("name.txt");
        QTest::newRow("reserved device") << QStringLiteral("CON.txt") << QStringLiteral("_CON.txt");
        QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("attachment.bin");
        QTest::newRow("empty") << QString() << QStringLiteral("attachment.bin");
        QTest::newRow("persian kept") << QStringLiteral("گزارش.pdf") << QStringLiteral("گزارش.pdf");
        QTest::newRow("polish kept") << QStringLiteral("Zażółć.docx") << QStringLiteral("Zażółć.docx");
    }
    void sanitise()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(AttachmentName::sanitise(name), expected);
    }

    void longNameKeepsExtension()
    {
        const QString name = QString(300, QChar(0x0436)) + QStringLiteral(".pdf"); // 'ж', 2 bytes each
        const QString out = AttachmentName::sanitise(name);
        QVERIFY(out.toUtf8().size() <= 255);
        QVERIFY(out.endsWith(QStringLiteral(".pdf")));
    }

    void typeGivesExtension()
    {
        QCOMPARE(AttachmentName::sanitise(QString(), "image/png"), QStringLiteral("attachment.png"));
        QCOMPARE(AttachmentName::displayName(QString(), "message/rfc822", QStringLiteral("Re: hi/there")),
                 QStringLiteral("there.eml"));
    }

    void executable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("risky");
        QTest::newRow("exe") << QStringLiteral("setup.EXE") << QByteArray("application/octet-stream") << true;
        QTest::newRow("double extension") << QStringLiteral("invoice.pdf.scr") << QByteArray() << true;
        QTest::newRow("rtl trick after sanitising")
            << AttachmentName::sanitise(QStringLiteral("photo\u202Egnp.js")) << QByteArray("image/png") << true;
        QTest::newRow("desktop file") << QStringLiteral("open.desktop") << QByteArray() << true;
        QTest::newRow("type only") << QStringLiteral("file") << QByteArray("application/x-msdownload") << true;
        QTest::newRow("pdf") << QStringLiteral("a.pdf") << QByteArray("application/pdf") << false;
        QTest::newRow("png") << QStringLiteral("a.png") << QByteArray("image/png") << false;
    }
    void executable()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, type);
        QFETCH(bool, risky);
        QCOMPARE(AttachmentName::isExecutable(name, type), risky);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentName)
#include "tst_attachmentname.moc"
