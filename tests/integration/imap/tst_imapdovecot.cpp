// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSession and the ops against a real Dovecot over SslTransport: IMAPS and STARTTLS
// logins, LIST with special-use and non-Latin names, SELECT + headers first, BODY.PEEK
// leaving \Seen alone, STORE.
#include "dovecotsession.h"
#include "support/testmailserver.h"

#include "imap/ops/fetchpartop.h"
#include "imap/ops/listop.h"
#include "imap/ops/selectop.h"
#include "imap/ops/storeflagsop.h"
#include "imap/ops/uidfetchheadersop.h"
#include "imap/session/imapsession.h"
#include "net/ssltransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Imap;
using Pigeon::Test::TestMailServer;
using namespace Pigeon::Test;

namespace {

constexpr int kMessages = 30;

} // namespace

class TestImapDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void wrongPassword();
    void startTlsUnavailable();
    void listSpecialUseAndNames();
    void headersFirstThenPeekAndStore();

private:
    SessionOptions options(TestMailServer::Service service) const;
    TestMailServer m_server;
    QTemporaryDir m_seed;
};

SessionOptions TestImapDovecot::options(TestMailServer::Service service) const
{
    SessionOptions o;
    o.endpoint = m_server.endpoint(service);
    o.username = QStringLiteral("alice");
    o.password = m_server.password(QStringLiteral("alice"));
    return o;
}

void TestImapDovecot::initTestCase()
{
    QVERIFY(m_seed.isValid());
    for (int i = 1; i <= kMessages; ++i) {
        QFile f(m_seed.filePath(QStringLiteral("msg%1.eml").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: Sender <sender@example.org>\nTo: alice@example.org\nSubject: message "
                + QByteArray::number(i) + "\nMessage-ID: <" + QByteArray::number(i)
                + "@pigeon.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nBody "
                + QByteArray::number(i) + "\n");
    }
    TestMailServer::Options options;
    options.seedDir = m_seed.path();
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    for (const QString &name : {QStringLiteral("Входящие"), QStringLiteral("صندوق")}) {
        const auto r = m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                                         QStringLiteral("alice"), name});
        QVERIFY2(r.ok(), r.err.constData());
    }
}

void TestImapDovecot::login_data()
{
    QTest::addColumn<int>("service");
    QTest::newRow("IMAPS") << int(TestMailServer::Service::Imaps);
    QTest::newRow("STARTTLS") << int(TestMailServer::Service::Imap);
}

void TestImapDovecot::login()
{
    QFETCH(int, service);
    ImapSession session(new Net::SslTransport);
    const MailError error = openSession(session, options(TestMailServer::Service(service)));
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(session.state(), ImapSession::State::Authenticated);
    QVERIFY(session.transport()->isEncrypted());
    QVERIFY(session.hasCapability("IMAP4REV1"));
    QVERIFY(!session.hasCapability("STARTTLS")); // the post-login list, read over TLS
    QVERIFY(session.isEnabled("QRESYNC"));
    QSignalSpy closed(&session, &ImapSession::closed);
    bool ok = false;
    session.logout([&](const Result<StatusResponse> &r) { ok = r.ok(); });
    QVERIFY(closed.wait(10'000));
    QVERIFY(ok);
}

void TestImapDovecot::wrongPassword()
{
    ImapSession session(new Net::SslTransport);
    SessionOptions o = options(TestMailServer::Service::Imaps);
    o.password = QStringLiteral("wrong");
    const MailError error = openSession(session, o);
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind::AuthFailed));
    QCOMPARE(error.serverCode(), QStringLiteral("AUTHENTICATIONFAILED"));
}

void TestImapDovecot::startTlsUnavailable()
{
    ImapSession session(new Net::SslTransport);
    SessionOptions o = options(TestMailServer::Service::Imap);
    o.endpoint = m_server.endpoint(TestMailServer::Service::Imap, m_server.noStartTlsHost());
    const MailError error = openSession(session, o);
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind::StartTlsUnavailable));
}

void TestImapDovecot::listSpecialUseAndNames()
{
    ImapSession session(new Net::SslTransport);
    const MailError error = openSession(session, options(TestMailServer::Service::Imaps));
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    ListOp op(&session);
    QVERIFY2(!runOp(op).isError(), qPrintable(op.error().toString()));
    QHash<QString, ListedMailbox> byName;
    for (const ListedMailbox &m : op.result())
        byName.insert(m.list.mailbox.name, m);
    QVERIFY2(byName.contains(QStringLiteral("INBOX")), qPrintable(QStringList(byName.keys()).join(u',')));
    const QList<std::pair<QString, MailboxAttribute>> special{
        {QStringLiteral("Drafts"), MailboxAttribute::Drafts}, {QStringLiteral("Sent"), MailboxAttribute::Sent},
        {QStringLiteral("Trash"), MailboxAttribute::Trash}, {QStringLiteral("Junk"), MailboxAttribute::Junk}};
    for (const auto &[name, attribute] : special) {
        QVERIFY2(byName.contains(name), qPrintable(name));
        QVERIFY2(byName.value(name).list.attributes.testFlag(attribute), qPrintable(name));
    }
    QVERIFY(byName.contains(QStringLiteral("Входящие")));
    QVERIFY(byName.contains(QStringLiteral("صندوق")));
    if (session.hasCapability("LIST-STATUS")) {
        QVERIFY(byName.value(QStringLiteral("INBOX")).status.has_value());
        QCOMPARE(byName.value(QStringLiteral("INBOX")).status->messages, std::optional<quint64>(kMessages));
    }
}

void TestImapDovecot::headersFirstThenPeekAndStore()
{
    ImapSession session(new Net::SslTransport);
    const MailError error = openSession(session, options(TestMailServer::Service::Imaps));
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    SelectOp select(&session, QStringLiteral("INBOX"));
    QVERIFY2(!runOp(select).isError(), qPrintable(select.error().toString()));
    QCOMPARE(select.result().exists, quint32(kMessages));
    QVERIFY(select.result().uidValidity > 0);
    QCOMPARE(select.result().uidNext, quint32(kMessages + 1));
    QVERIFY(select.result().highestModSeq > 0);

    UidFetchHeadersOp fetch(&session, 5, 10);
    QList<quint32> uids;
    QList<int> batchSizes;
    QSet<QByteArray> subjects;
    connect(&fetch, &UidFetchHeadersOp::batchFetched, this, [&](const QList<FetchData> &batch) {
        batchSizes << int(batch.size());
        for (const FetchData &m : batch) {
            uids << m.uid;
            subjects << m.envelope->subject;
            QVERIFY(m.body);
            QVERIFY(m.rfc822Size > 0);
        }
    });
    QVERIFY2(!runOp(fetch).isError(), qPrintable(fetch.error().toString()));
    QCOMPARE(batchSizes, (QList<int>{5, 10, 10, 5}));
    QCOMPARE(uids.size(), kMessages);
    QVERIFY(std::is_sorted(uids.rbegin(), uids.rend()));      // newest first across batches
    QCOMPARE(uids.first(), quint32(kMessages));
    QCOMPARE(subjects.size(), kMessages);

    const quint32 uid = uids.first();
    FetchPartOp part(&session, uid, "1");
    QVERIFY2(!runOp(part).isError(), qPrintable(part.error().toString()));
    QVERIFY2(part.result().startsWith("Body "), part.result().constData());
    auto flags = flagsOf(session, uid);
    QVERIFY(flags.has_value());
    QVERIFY(!flags->system.testFlag(MessageFlag::Seen)); // BODY.PEEK did not mark it read

    StoreFlagsOp store(&session, SequenceSet::fromList({uid}), StoreFlagsOp::Mode::Add, {"\\Seen", "$Pigeon"});
    QVERIFY2(!runOp(store).isError(), qPrintable(store.error().toString()));
    flags = flagsOf(session, uid);
    QVERIFY(flags.has_value());
    QVERIFY(flags->system.testFlag(MessageFlag::Seen));
    QVERIFY(flags->keywords.contains("$Pigeon"));

    StoreFlagsOp unstore(&session, SequenceSet::fromList({uid}), StoreFlagsOp::Mode::Remove, {"\\Seen"});
    QVERIFY2(!runOp(unstore).isError(), qPrintable(unstore.error().toString()));
    flags = flagsOf(session, uid);
    QVERIFY(flags.has_value() && !flags->system.testFlag(MessageFlag::Seen));
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imapdovecot.moc"
