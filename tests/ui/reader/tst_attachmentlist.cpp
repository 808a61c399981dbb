// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The attachment list of an IMAP message whose attachment is not downloaded (issue 6):
// name and size shown with "not downloaded", opening or saving asks the account for the
// part and finishes when the message comes back with it, a failure (offline) is said.
#include "mime/message.h"
#include "ui/reader/attachmentlist.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using Pigeon::Ui::AttachmentList;

namespace {

const QByteArray payload = "PDF-ish bytes \x01\x02\x03 the end";

/// The message as Sync::PartialMessage assembles it: part 2 a placeholder, or there.
QByteArray message(bool withAttachment)
{
    QByteArray m = "From: a@example.org\r\nSubject: Report\r\nMessage-ID: <r@pigeon.test>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                   "\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n";
    if (!withAttachment)
        m += Mime::Message::placeholderLine("not-downloaded", 5000000);
    m += "Content-Type: application/pdf; name=\"report.pdf\"\r\nContent-Disposition: attachment; "
         "filename=\"report.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    if (withAttachment)
        m += payload.toBase64() + "\r\n";
    m += "\r\n--b--\r\n";
    return m;
}

Mime::Message parsed(bool withAttachment)
{
    Result<Mime::Message> m = Mime::Message::parse(message(withAttachment));
    if (!m)
        qFatal("parse");
    return *m;
}

} // namespace

class TestAttachmentList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notDownloadedShowsNameAndSize();
    void saveFetchesThenWrites();
    void openFetchesThenOpens();
    void offlineFailureIsSaid();
    void withoutAFetcherItSaysSo();
    void anotherMessageForgetsThePendingFetch();
};

void TestAttachmentList::notDownloadedShowsNameAndSize()
{
    AttachmentList list;
    list.setMessage(parsed(false));
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.attachments().first().partId, QStringLiteral("2"));
    QVERIFY(!list.attachments().first().downloaded);
    const QString text = list.item(0)->text();
    QVERIFY2(text.contains(QStringLiteral("report.pdf")) && text.contains(QStringLiteral("not downloaded"))
                 && text.contains(QStringLiteral("MiB")), // decoded estimate of 5,000,000 base64 bytes
             qPrintable(text));
    list.setMessage(parsed(true));
    QVERIFY(list.attachments().first().downloaded);
    QVERIFY(!list.item(0)->text().contains(QStringLiteral("not downloaded")));
}

void TestAttachmentList::saveFetchesThenWrites()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("saved.pdf"));
    AttachmentList list;
    QStringList asked;
    list.fetchPart = [&asked](const QString &partId) { asked << partId; };
    list.askSavePath = [&target](const QString &) { return target; };
    list.setMessage(parsed(false));
    QSignalSpy ready(&list, &AttachmentList::attachmentReady);
    Result<QString> r = list.saveAttachment(0);
    QVERIFY(r);
    QVERIFY(r->isEmpty()); // pending
    QCOMPARE(asked, QStringList{QStringLiteral("2")});
    QVERIFY(list.isFetching());
    QVERIFY(!QFile::exists(target));
    // The account answers with the message, attachment included.
    list.setMessage(parsed(true));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), target);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), payload);
    QVERIFY(!list.isFetching());
}

void TestAttachmentList::openFetchesThenOpens()
{
    AttachmentList list;
    list.fetchPart = [](const QString &) {};
    QList<QUrl> opened;
    list.opener = [&opened](const QUrl &u) {
        opened << u;
        return true;
    };
    list.setMessage(parsed(false));
    QVERIFY(list.openAttachment(0));
    QVERIFY(opened.isEmpty());
    QSignalSpy ready(&list, &AttachmentList::attachmentReady);
    list.setMessage(parsed(true));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(opened.size(), 1);
    QFile f(opened.first().toLocalFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), payload);
}

void TestAttachmentList::offlineFailureIsSaid()
{
    AttachmentList list;
    list.fetchPart = [](const QString &) {};
    QList<MailError> shown;
    list.showError = [&shown](const MailError &e) { shown << e; };
    list.setMessage(parsed(false));
    QSignalSpy failed(&list, &AttachmentList::attachmentFailed);
    QVERIFY(list.openAttachment(0));
    list.partFailed(QStringLiteral("2"), MailError(MailError::Kind::Network,
                                                   QStringLiteral("This attachment is not available offline.")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text().contains(QStringLiteral("not available offline")));
    QVERIFY(!list.isFetching());
    // The cached text is still shown; the attachment stays listed as not downloaded.
    QVERIFY(!list.attachments().first().downloaded);
}

void TestAttachmentList::withoutAFetcherItSaysSo()
{
    AttachmentList list;
    list.setMessage(parsed(false));
    Result<QString> r = list.openAttachment(0);
    QVERIFY(!r);
    QCOMPARE(r.error().kind(), MailError::Kind::NotFound);
}

void TestAttachmentList::anotherMessageForgetsThePendingFetch()
{
    AttachmentList list;
    list.fetchPart = [](const QString &) {};
    list.opener = [](const QUrl &) { return true; };
    list.setMessage(parsed(false));
    QVERIFY(list.openAttachment(0));
    QSignalSpy ready(&list, &AttachmentList::attachmentReady);
    QByteArray other = message(true);
    other.replace("<r@pigeon.test>", "<other@pigeon.test>");
    list.setMessage(*Mime::Message::parse(other));
    QCOMPARE(ready.size(), 0);
    QVERIFY(!list.isFetching());
}

QTEST_MAIN(TestAttachmentList)
#include "tst_attachmentlist.moc"
