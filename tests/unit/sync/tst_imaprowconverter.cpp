// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapRowConverter: what an IMAP FETCH says about a message becomes a message-list row
// (the address text in particular, built in one string with an ASCII fast path).
#include "store/mimeheaderdecoder.h"
#include "sync/imaprowconverter.h"

#include <QTest>

using namespace Pigeon;

namespace {

Imap::Address address(const QByteArray &name, const QByteArray &mailbox, const QByteArray &host)
{
    Imap::Address a;
    a.name = name;
    a.mailbox = mailbox;
    a.host = host;
    return a;
}

} // namespace

class TestImapRowConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addresses_data();
    void addresses();
    void row();
};

void TestImapRowConverter::addresses_data()
{
    QTest::addColumn<QList<Imap::Address>>("list");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QList<Imap::Address>{} << QString();
    QTest::newRow("bare") << QList<Imap::Address>{address({}, "ann", "example.org")} << QStringLiteral("ann@example.org");
    QTest::newRow("named") << QList<Imap::Address>{address("Ann Smith", "ann", "example.org")}
                           << QStringLiteral("Ann Smith <ann@example.org>");
    QTest::newRow("empty-name") << QList<Imap::Address>{address("", "ann", "example.org")}
                                << QStringLiteral("ann@example.org");
    QTest::newRow("nil-host") << QList<Imap::Address>{address("Local", "root", {})} << QStringLiteral("Local <root>");
    QTest::newRow("encoded-name") << QList<Imap::Address>{address("=?utf-8?q?J=C3=B3zef_=C5=BBak?=", "jz", "x.pl")}
                                  << QStringLiteral("Józef Żak <jz@x.pl>");
    QTest::newRow("utf8-name") << QList<Imap::Address>{address("Jürgen", "j", "x.de")}
                               << QStringLiteral("Jürgen <j@x.de>");
    QTest::newRow("utf8-address") << QList<Imap::Address>{address("Jürgen", "jürgen", "exämple.de")}
                                  << QStringLiteral("Jürgen <jürgen@exämple.de>");
    QTest::newRow("utf8-host-only") << QList<Imap::Address>{address({}, "j", "exämple.de")}
                                    << QStringLiteral("j@exämple.de");
    QTest::newRow("blanks-simplified") << QList<Imap::Address>{address("  Ann   Smith ", "ann", "example.org")}
                                       << QStringLiteral("Ann Smith <ann@example.org>");
    Imap::Address group;
    group.group = "Team";
    group.emptyGroup = true;
    QTest::newRow("several") << QList<Imap::Address>{address("A", "a", "x.org"), group, address({}, "b", "y.org"),
                                                     address("=?koi8-r?b?8NLJ1w==?=", "c", "z.ru"),
                                                     address("Nil", {}, {})}
                             << QStringLiteral("A <a@x.org>, b@y.org, Прив <c@z.ru>");
}

void TestImapRowConverter::addresses()
{
    QFETCH(QList<Imap::Address>, list);
    QFETCH(QString, expected);
    Imap::FetchData f;
    f.uid = 7;
    Imap::Envelope e;
    e.from = list;
    e.to = list;
    f.envelope = e;
    const Store::MimeHeaderDecoder decoder;
    const Store::MessageRow r = Sync::ImapRowConverter::row(f, 1, decoder);
    QCOMPARE(r.from, expected);
    QCOMPARE(r.to, expected);
}

void TestImapRowConverter::row()
{
    Imap::FetchData f;
    f.uid = 42;
    f.modSeq = 9;
    f.rfc822Size = 1234;
    f.flags.system = Imap::MessageFlag::Seen | Imap::MessageFlag::Flagged;
    f.flags.keywords = {"$forwarded"};
    f.internalDate = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    Imap::Envelope e;
    e.subject = "=?utf-8?b?WmHFvMOzxYLEhw==?= gęślą";
    e.date = "Tue, 28 Nov 2017 22:04:45 +0100";
    e.messageId = " <id@x> ";
    e.inReplyTo = "<parent@x>";
    f.envelope = e;
    const Store::MimeHeaderDecoder decoder;
    Store::MessageRow r = Sync::ImapRowConverter::row(f, 5, decoder);
    QCOMPARE(r.origin.uid, 42);
    QCOMPARE(r.origin.uidValidity, 5);
    QCOMPARE(r.subject, QStringLiteral("Zażółć gęślą"));
    QCOMPARE(r.date, QDateTime(QDate(2017, 11, 28), QTime(21, 4, 45), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(r.messageId, QByteArray("<id@x>"));
    QCOMPARE(r.references, QByteArray("<parent@x>"));
    QCOMPARE(r.size, 1234);
    QCOMPARE(r.modSeq, 9u);
    QCOMPARE(r.flags, Store::MessageFlag::Seen | Store::MessageFlag::Flagged | Store::MessageFlag::Forwarded);
    QCOMPARE(r.bodyState, Store::BodyState::HeadersOnly);
    // No usable Date header: INTERNALDATE.
    e.date = "not a date";
    f.envelope = e;
    r = Sync::ImapRowConverter::row(f, 5, decoder);
    QCOMPARE(r.date, f.internalDate.toSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestImapRowConverter)
#include "tst_imaprowconverter.moc"
