// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The mailbox and message ops against a real Dovecot: CREATE/RENAME/DELETE/SUBSCRIBE with
// Cyrillic and Persian names, NAMESPACE, STATUS (and LIST without LIST-STATUS), UID SEARCH
// with and without ESEARCH, APPEND with APPENDUID, COPY, MOVE and both MOVE fallbacks,
// UID EXPUNGE, and two clients on one mailbox, one of them in IDLE.
#include "dovecotsession.h"

#include "imap/ops/appendop.h"
#include "imap/ops/copyop.h"
#include "imap/ops/expungeop.h"
#include "imap/ops/fetchpartop.h"
#include "imap/ops/idleop.h"
#include "imap/ops/listop.h"
#include "imap/ops/mailboxmanageop.h"
#include "imap/ops/moveop.h"
#include "imap/ops/namespaceop.h"
#include "imap/ops/searchop.h"
#include "imap/ops/selectop.h"
#include "imap/ops/statusop.h"
#include "imap/ops/storeflagsop.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Pigeon;
using namespace Pigeon::Imap;
using namespace Pigeon::Test;
using namespace std::chrono_literals;

namespace {

constexpr int kMessages = 10;

QByteArray message(const QByteArray &subject, const QByteArray &id)
{
    return "From: Sender <sender@example.org>\r\nTo: alice@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <" + id + "@pigeon.test>\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\nBody of " + id + "\r\n";
}

bool ok(ImapOp &op)
{
    return !runOp(op).isError();
}

} // namespace

class TestImapDovecotOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mailboxManagement();
    void mailboxErrors();
    void namespaces();
    void statusAndListWithoutListStatus();
    void search_data();
    void search();
    void appendAndCopy();
    void move_data();
    void move();
    void expungeOnlyGivenUids();
    void idleSeesNewMailWithinASecond();
    void twoClientsOneMailbox();
    void compression_data();
    void compression();

private:
    std::unique_ptr<ImapSession> session(const QList<QByteArray> &disabled = {});
    /// A mailbox with @p count fresh messages; their UIDs ascending.
    QList<quint32> fill(const QString &mailbox, int count);
    QList<quint32> uidsIn(ImapSession &session, const QString &mailbox);

    TestMailServer m_server;
    QTemporaryDir m_seed;
};

std::unique_ptr<ImapSession> TestImapDovecotOps::session(const QList<QByteArray> &disabled)
{
    SessionOptions o = aliceOptions(m_server);
    o.disabledCapabilities = disabled;
    MailError error;
    auto s = loggedIn(o, &error);
    if (!s)
        qWarning() << "login failed:" << error.toString();
    return s;
}

QList<quint32> TestImapDovecotOps::fill(const QString &mailbox, int count)
{
    m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                      QStringLiteral("alice"), mailbox});
    for (int i = 0; i < count; ++i) {
        if (!m_server.deliver(QStringLiteral("alice"), message("fill " + QByteArray::number(i), "fill" + QByteArray::number(i)), mailbox))
            return {};
    }
    auto s = session();
    return s ? uidsIn(*s, mailbox) : QList<quint32>();
}

QList<quint32> TestImapDovecotOps::uidsIn(ImapSession &s, const QString &mailbox)
{
    SelectOp select(&s, mailbox);
    if (runOp(select).isError())
        return {};
    SearchOp all(&s, {});
    if (runOp(all).isError())
        return {};
    return all.uids();
}

void TestImapDovecotOps::initTestCase()
{
    QVERIFY(m_seed.isValid());
    for (int i = 1; i <= kMessages; ++i) {
        QFile f(m_seed.filePath(QStringLiteral("msg%1.eml").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray subject = i == 3 ? QByteArray("Привет, мир") : i == 4 ? QByteArray("سلام دنیا") : "message " + QByteArray::number(i);
        f.write(message(subject, QByteArray::number(i)));
    }
    TestMailServer::Options options;
    options.seedDir = m_seed.path();
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestImapDovecotOps::mailboxManagement()
{
    auto s = session();
    QVERIFY(s);
    const QString parent = QStringLiteral("Проекты");
    const QString child = QStringLiteral("Проекты/پروژه");
    for (const QString &name : {parent, child}) {
        MailboxManageOp create(s.get(), MailboxManageOp::Action::Create, name);
        QVERIFY2(ok(create), qPrintable(create.error().toString()));
        MailboxManageOp subscribe(s.get(), MailboxManageOp::Action::Subscribe, name);
        QVERIFY2(ok(subscribe), qPrintable(subscribe.error().toString()));
    }
    auto names = [&] {
        ListOp list(s.get());
        QStringList out;
        if (!runOp(list).isError()) {
            for (const ListedMailbox &m : list.result())
                out << m.list.mailbox.name;
        }
        return out;
    };
    QStringList listed = names();
    QVERIFY2(listed.contains(parent) && listed.contains(child), qPrintable(listed.join(u',')));
    // Dovecot stores what we sent in modified UTF-7: doveadm prints it decoded.
    const auto doveadmList = m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("-u"), QStringLiteral("alice")});
    QVERIFY2(QString::fromUtf8(doveadmList.out).contains(child), doveadmList.out.constData());
    const auto subscribed = m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("-s"),
                                              QStringLiteral("-u"), QStringLiteral("alice")});
    QVERIFY2(QString::fromUtf8(subscribed.out).contains(child), subscribed.out.constData());

    StatusOp status(s.get(), child);
    QVERIFY2(ok(status), qPrintable(status.error().toString()));
    QCOMPARE(status.result().messages, std::optional<quint64>(0));
    QVERIFY(status.result().uidValidity.value_or(0) > 0);

    const QString renamed = QStringLiteral("Архив проектов");
    MailboxManageOp rename(s.get(), MailboxManageOp::Action::Rename, parent, renamed);
    QVERIFY2(ok(rename), qPrintable(rename.error().toString()));
    listed = names();
    QVERIFY2(listed.contains(renamed + QStringLiteral("/پروژه")), qPrintable(listed.join(u',')));
    QVERIFY(!listed.contains(parent));

    MailboxManageOp unsubscribe(s.get(), MailboxManageOp::Action::Unsubscribe, renamed + QStringLiteral("/پروژه"));
    QVERIFY2(ok(unsubscribe), qPrintable(unsubscribe.error().toString()));
    for (const QString &name : {QString(renamed + QStringLiteral("/پروژه")), renamed}) {
        MailboxManageOp remove(s.get(), MailboxManageOp::Action::Delete, name);
        QVERIFY2(ok(remove), qPrintable(remove.error().toString()));
    }
    listed = names();
    QVERIFY2(!listed.contains(renamed), qPrintable(listed.join(u',')));
}

void TestImapDovecotOps::mailboxErrors()
{
    auto s = session();
    QVERIFY(s);
    MailboxManageOp exists(s.get(), MailboxManageOp::Action::Create, QStringLiteral("Trash"));
    QCOMPARE(runOp(exists).kind(), MailError::Kind::ServerNo);
    QCOMPARE(exists.error().serverCode(), QStringLiteral("ALREADYEXISTS"));
    MailboxManageOp missing(s.get(), MailboxManageOp::Action::Delete, QStringLiteral("Нет такой"));
    QCOMPARE(runOp(missing).kind(), MailError::Kind::ServerNo);
    QCOMPARE(missing.error().serverCode(), QStringLiteral("NONEXISTENT"));
    StatusOp status(s.get(), QStringLiteral("Нет такой"));
    QCOMPARE(runOp(status).kind(), MailError::Kind::ServerNo);
    SelectOp select(s.get(), QStringLiteral("INBOX"));
    QVERIFY2(ok(select), qPrintable(select.error().toString())); // the session survived every NO
}

void TestImapDovecotOps::namespaces()
{
    for (const bool withNamespace : {true, false}) {
        auto s = session(withNamespace ? QList<QByteArray>() : QList<QByteArray>{"NAMESPACE"});
        QVERIFY(s);
        NamespaceOp op(s.get());
        QVERIFY2(ok(op), qPrintable(op.error().toString()));
        QCOMPARE(op.result().personal.size(), 1);
        QCOMPARE(op.result().personal.first().prefix.raw, QByteArray(""));
        QCOMPARE(op.result().personal.first().delimiter, QChar(u'/'));
    }
}

void TestImapDovecotOps::statusAndListWithoutListStatus()
{
    auto s = session({"LIST-STATUS"});
    QVERIFY(s);
    StatusOp status(s.get(), QStringLiteral("INBOX"));
    QVERIFY2(ok(status), qPrintable(status.error().toString()));
    QVERIFY(status.result().messages.value_or(0) >= 1);
    QVERIFY(status.result().highestModSeq.value_or(0) > 0);

    ListOp list(s.get());
    list.setStatusFallback(true);
    QVERIFY2(ok(list), qPrintable(list.error().toString()));
    QCOMPARE(list.commandText().contains("STATUS"), false);
    int withStatus = 0;
    for (const ListedMailbox &m : list.result()) {
        QVERIFY2(m.status.has_value(), qPrintable(m.list.mailbox.name));
        if (m.list.mailbox.name == QLatin1String("INBOX"))
            QCOMPARE(m.status->messages, status.result().messages);
        ++withStatus;
    }
    QVERIFY(withStatus >= 5); // INBOX, Drafts, Sent, Trash, Junk
}

void TestImapDovecotOps::search_data()
{
    QTest::addColumn<bool>("esearch");
    QTest::newRow("ESEARCH") << true;
    QTest::newRow("SEARCH") << false;
}

void TestImapDovecotOps::search()
{
    QFETCH(bool, esearch);
    auto s = session(esearch ? QList<QByteArray>() : QList<QByteArray>{"ESEARCH"});
    QVERIFY(s);
    SelectOp select(s.get(), QStringLiteral("INBOX"));
    QVERIFY2(ok(select), qPrintable(select.error().toString()));
    const quint32 exists = select.result().exists;

    SearchOp cyrillic(s.get(), {SearchCriterion::text("SUBJECT", QStringLiteral("привет"))});
    QVERIFY2(ok(cyrillic), qPrintable(cyrillic.error().toString()));
    QCOMPARE(cyrillic.usedEsearch(), esearch);
    QCOMPARE(cyrillic.uids(), QList<quint32>{3});
    SearchOp persian(s.get(), {SearchCriterion::text("SUBJECT", QStringLiteral("سلام"))});
    QVERIFY2(ok(persian), qPrintable(persian.error().toString()));
    QCOMPARE(persian.uids(), QList<quint32>{4});
    SearchOp ascii(s.get(), {SearchCriterion::keyword("NOT DELETED"), SearchCriterion::text("BODY", QStringLiteral("Body of 7"))});
    QVERIFY2(ok(ascii), qPrintable(ascii.error().toString()));
    QCOMPARE(ascii.uids(), QList<quint32>{7});
    SearchOp all(s.get(), {});
    QVERIFY2(ok(all), qPrintable(all.error().toString()));
    QCOMPARE(all.uids().size(), qsizetype(exists));
    SearchOp none(s.get(), {SearchCriterion::text("SUBJECT", QStringLiteral("no such subject anywhere"))});
    QVERIFY2(ok(none), qPrintable(none.error().toString()));
    QVERIFY(none.uids().isEmpty());
    SearchOp bad(s.get(), {SearchCriterion::keyword("NOSUCHKEY")});
    QCOMPARE(runOp(bad).kind(), MailError::Kind::ServerBad);
}

void TestImapDovecotOps::appendAndCopy()
{
    auto s = session();
    QVERIFY(s);
    QVERIFY(s->hasCapability("LITERAL+"));
    const QDateTime date(QDate(2026, 2, 7), QTime(10, 0), Qt::UTC);
    AppendOp append(s.get(), QStringLiteral("Черновики"), message("Черновик", "draft1"), {"\\Draft", "\\Seen"}, date);
    append.setCreateIfMissing(true); // [TRYCREATE] -> CREATE -> APPEND
    QVERIFY2(ok(append), qPrintable(append.error().toString()));
    QVERIFY(append.result().uid > 0);
    QVERIFY(append.result().uidValidity > 0);
    SelectOp select(s.get(), QStringLiteral("Черновики"));
    QVERIFY2(ok(select), qPrintable(select.error().toString()));
    QCOMPARE(select.result().uidValidity, append.result().uidValidity);
    const auto flags = flagsOf(*s, append.result().uid);
    QVERIFY(flags && flags->system.testFlag(MessageFlag::Draft) && flags->system.testFlag(MessageFlag::Seen));

    AppendOp noCreate(s.get(), QStringLiteral("Nowhere"), message("x", "x"));
    QCOMPARE(runOp(noCreate).kind(), MailError::Kind::ServerNo);
    QCOMPARE(noCreate.error().serverCode(), QStringLiteral("TRYCREATE"));

    CopyOp copy(s.get(), SequenceSet::fromList({append.result().uid}), QStringLiteral("Drafts"));
    QVERIFY2(ok(copy), qPrintable(copy.error().toString()));
    const QHash<quint32, quint32> map = copy.result().uidMap();
    QCOMPARE(map.size(), 1);
    QVERIFY(map.contains(append.result().uid));
    StatusOp drafts(s.get(), QStringLiteral("Drafts"));
    QVERIFY2(ok(drafts), qPrintable(drafts.error().toString()));
    QCOMPARE(copy.result().uidValidity, quint32(drafts.result().uidValidity.value_or(0)));
    QVERIFY(map.value(append.result().uid) < drafts.result().uidNext.value_or(0));
    QCOMPARE(flagsOf(*s, append.result().uid).has_value(), true); // the original stays
}

void TestImapDovecotOps::move_data()
{
    QTest::addColumn<QList<QByteArray>>("disabled");
    QTest::addColumn<int>("method");
    QTest::newRow("MOVE") << QList<QByteArray>() << int(MoveOp::Method::Move);
    QTest::newRow("COPY+UID EXPUNGE") << QList<QByteArray>{"MOVE"} << int(MoveOp::Method::CopyStoreUidExpunge);
    QTest::newRow("COPY only") << QList<QByteArray>{"MOVE", "UIDPLUS"} << int(MoveOp::Method::CopyStore);
}

void TestImapDovecotOps::move()
{
    QFETCH(QList<QByteArray>, disabled);
    QFETCH(int, method);
    const QString source = QStringLiteral("move-src-%1").arg(method);
    const QString target = QStringLiteral("Перемещено-%1").arg(method);
    const QList<quint32> uids = fill(source, 4);
    QCOMPARE(uids.size(), 4);
    auto s = session(disabled);
    QVERIFY(s);
    SelectOp select(s.get(), source);
    QVERIFY2(ok(select), qPrintable(select.error().toString()));
    // The user marked another message \Deleted without expunging: a move must keep it.
    StoreFlagsOp keep(s.get(), SequenceSet::fromList({uids.at(0)}), StoreFlagsOp::Mode::Add, {"\\Deleted"});
    QVERIFY2(ok(keep), qPrintable(keep.error().toString()));

    MoveOp move(s.get(), SequenceSet::fromList({uids.at(1), uids.at(2)}), target);
    move.setCreateIfMissing(true);
    QVERIFY2(ok(move), qPrintable(move.error().toString()));
    QCOMPARE(int(move.result().method), method);
    const bool expunged = move.result().method != MoveOp::Method::CopyStore;
    QCOMPARE(move.result().expunged, expunged);
    if (move.result().method != MoveOp::Method::CopyStore)
        QCOMPARE(move.result().copy.uidMap().size(), 2);

    const QHash<QString, qint64> status = m_server.mailboxStatus(QStringLiteral("alice"), target);
    QCOMPARE(status.value(QStringLiteral("messages")), 2);
    auto other = session();
    QVERIFY(other);
    const QList<quint32> left = uidsIn(*other, source);
    QVERIFY2(left.contains(uids.at(0)), "a move expunged a message it was not asked to move");
    QVERIFY(left.contains(uids.at(3)));
    QCOMPARE(left.contains(uids.at(1)), !expunged);
    if (!expunged) {
        const auto flags = flagsOf(*other, uids.at(1));
        QVERIFY(flags && flags->system.testFlag(MessageFlag::Deleted));
    }
}

void TestImapDovecotOps::expungeOnlyGivenUids()
{
    const QList<quint32> uids = fill(QStringLiteral("expunge-test"), 3);
    QCOMPARE(uids.size(), 3);
    auto s = session();
    QVERIFY(s);
    SelectOp select(s.get(), QStringLiteral("expunge-test"));
    QVERIFY2(ok(select), qPrintable(select.error().toString()));
    StoreFlagsOp mark(s.get(), SequenceSet::fromList(uids), StoreFlagsOp::Mode::Add, {"\\Deleted"});
    QVERIFY2(ok(mark), qPrintable(mark.error().toString()));
    ExpungeOp one(s.get(), SequenceSet::fromList({uids.at(1)}));
    QVERIFY2(ok(one), qPrintable(one.error().toString()));
    // QRESYNC is enabled: Dovecot reports VANISHED instead of EXPUNGE (RFC 7162 §3.2.10).
    QCOMPARE(one.result().vanishedUids.toList(), QList<quint32>{uids.at(1)});
    ExpungeOp rest(s.get());
    QVERIFY2(ok(rest), qPrintable(rest.error().toString()));
    QCOMPARE(rest.result().vanishedUids.toList(), (QList<quint32>{uids.at(0), uids.at(2)}));
    QCOMPARE(m_server.mailboxStatus(QStringLiteral("alice"), QStringLiteral("expunge-test")).value(QStringLiteral("messages")), 0);
}

void TestImapDovecotOps::idleSeesNewMailWithinASecond()
{
    auto watcher = session();
    QVERIFY(watcher);
    SelectOp select(watcher.get(), QStringLiteral("INBOX"));
    QVERIFY2(ok(select), qPrintable(select.error().toString()));
    QVERIFY(watcher->hasCapability("IDLE"));
    IdleOp idle(watcher.get());
    QSignalSpy idling(&idle, &IdleOp::idling);
    QSignalSpy exists(&idle, &IdleOp::existsReceived);
    idle.start();
    QVERIFY(idling.wait(10'000));
    QList<qint64> latencies;
    for (int i = 0; i < 3; ++i) {
        const int before = int(exists.count());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_server.deliver(QStringLiteral("alice"), message("idle " + QByteArray::number(i), "idle" + QByteArray::number(i))));
        QVERIFY(QTest::qWaitFor([&] { return exists.count() > before; }, 5000));
        latencies << timer.elapsed();
    }
    qInfo() << "IDLE: new mail seen after (ms, doveadm save included):" << latencies;
    for (const qint64 ms : std::as_const(latencies))
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QCOMPARE(exists.last().first().toUInt(), select.result().exists + 3);
    QSignalSpy finished(&idle, &ImapOp::finished);
    idle.stop();
    QVERIFY(finished.wait(5000));
    QCOMPARE(idle.error().kind(), MailError::Kind::None);
    SearchOp after(watcher.get(), {}); // the session is usable after DONE
    QVERIFY2(ok(after), qPrintable(after.error().toString()));
    QCOMPARE(after.uids().size(), qsizetype(select.result().exists + 3));
}

void TestImapDovecotOps::twoClientsOneMailbox()
{
    const QList<quint32> uids = fill(QStringLiteral("shared"), 3);
    QCOMPARE(uids.size(), 3);
    auto watcher = session();
    auto actor = session();
    QVERIFY(watcher && actor);
    SelectOp watchSelect(watcher.get(), QStringLiteral("shared"));
    QVERIFY2(ok(watchSelect), qPrintable(watchSelect.error().toString()));
    SelectOp actSelect(actor.get(), QStringLiteral("shared"));
    QVERIFY2(ok(actSelect), qPrintable(actSelect.error().toString()));

    IdleOp idle(watcher.get());
    idle.setReissueInterval(2s); // re-issues while the other client works
    QSignalSpy idling(&idle, &IdleOp::idling);
    QList<std::pair<quint32, FlagList>> flagChanges;
    connect(&idle, &IdleOp::flagsReceived, this,
            [&](quint32, quint32 uid, const FlagList &flags) { flagChanges.append({uid, flags}); });
    QList<quint32> vanished;
    connect(&idle, &IdleOp::vanishedReceived, this, [&](const SequenceSet &set) { vanished += set.toList(); });
    QSignalSpy exists(&idle, &IdleOp::existsReceived);
    idle.start();
    QVERIFY(idling.wait(10'000));

    // The other client flags a message: the idle client is told (with the UID: QRESYNC).
    StoreFlagsOp flag(actor.get(), SequenceSet::fromList({uids.at(0)}), StoreFlagsOp::Mode::Add, {"\\Flagged"});
    QVERIFY2(ok(flag), qPrintable(flag.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!flagChanges.isEmpty(), 5000);
    QCOMPARE(flagChanges.last().first, uids.at(0));
    QVERIFY(flagChanges.last().second.system.testFlag(MessageFlag::Flagged));

    // It moves one away: VANISHED for exactly that UID.
    MoveOp move(actor.get(), SequenceSet::fromList({uids.at(1)}), QStringLiteral("Trash"));
    QVERIFY2(ok(move), qPrintable(move.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!vanished.isEmpty(), 5000);
    QCOMPARE(vanished, QList<quint32>{uids.at(1)});

    // It appends one: EXISTS.
    AppendOp append(actor.get(), QStringLiteral("shared"), message("from the other client", "other"));
    QVERIFY2(ok(append), qPrintable(append.error().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!exists.isEmpty(), 5000);
    QCOMPARE(exists.last().first().toUInt(), 3u);

    // Both change flags of the same message; each sees the other's change.
    QTRY_VERIFY_WITH_TIMEOUT(idle.idleCount() >= 2, 10'000); // a re-issue happened meanwhile
    QVERIFY(idle.isFinished() == false);
    QSignalSpy finished(&idle, &ImapOp::finished);
    idle.stop();
    QVERIFY(finished.wait(5000));
    QCOMPARE(idle.error().kind(), MailError::Kind::None);
    StoreFlagsOp seen(watcher.get(), SequenceSet::fromList({uids.at(0)}), StoreFlagsOp::Mode::Add, {"\\Seen"});
    QVERIFY2(ok(seen), qPrintable(seen.error().toString()));
    const auto seenByActor = flagsOf(*actor, uids.at(0));
    QVERIFY(seenByActor && seenByActor->system.testFlag(MessageFlag::Seen)
            && seenByActor->system.testFlag(MessageFlag::Flagged));
}

void TestImapDovecotOps::compression_data()
{
    QTest::addColumn<Net::Compression>("policy");
    QTest::addColumn<bool>("compress");
    QTest::newRow("on: COMPRESS=DEFLATE") << Net::Compression::On << true;
    QTest::newRow("off: plain") << Net::Compression::Off << false;
    // The default: the test server is on loopback, where DEFLATE only costs time.
    QTest::newRow("auto on loopback: plain") << Net::Compression::Auto << false;
}

void TestImapDovecotOps::compression()
{
    // RFC 4978 against Dovecot's imap_zlib: a 3 MB message goes up (APPEND literal) and
    // comes back (FETCH literal) byte for byte through the compressed stream.
    QFETCH(Net::Compression, policy);
    QFETCH(bool, compress);
    SessionOptions o = aliceOptions(m_server);
    o.compress = policy;
    MailError error;
    auto s = loggedIn(o, &error);
    QVERIFY2(s, qPrintable(error.toString()));
    // Dovecot offers it (and accepts it: the "on" row), so a plain stream means that the
    // client did not ask.
    QVERIFY(s->hasCapability("COMPRESS=DEFLATE"));
    QVERIFY(s->transport()->peerAddress().isLoopback());
    QCOMPARE(s->transport()->isCompressed(), compress);
    QByteArray big = message("big", "big-" + Net::compressionName(policy).toLatin1());
    big.chop(2);
    for (int i = 0; big.size() < 3 * 1024 * 1024; ++i)
        big += "\r\nline " + QByteArray::number(i) + " of a long message, Привет " + QByteArray::number(i * 7919 % 1000);
    big += "\r\n";
    const QString mailbox = QStringLiteral("compression-") + Net::compressionName(policy);
    AppendOp append(s.get(), mailbox, big);
    append.setCreateIfMissing(true);
    QVERIFY2(ok(append), qPrintable(append.error().toString()));
    SelectOp select(s.get(), mailbox);
    QVERIFY2(ok(select), qPrintable(select.error().toString()));
    FetchPartOp fetch(s.get(), append.result().uid, "");
    QVERIFY2(ok(fetch), qPrintable(fetch.error().toString()));
    QCOMPARE(fetch.result().size(), big.size());
    QVERIFY(fetch.result() == big);
    ListOp list(s.get());
    QVERIFY2(ok(list), qPrintable(list.error().toString()));
    QSignalSpy closed(s.get(), &ImapSession::closed);
    bool loggedOut = false;
    s->logout([&](const Result<StatusResponse> &r) { loggedOut = r.ok(); });
    QVERIFY(closed.wait(10'000));
    QVERIFY(loggedOut); // Dovecot ends its compressed stream on LOGOUT: not an error
}

QTEST_GUILESS_MAIN(TestImapDovecotOps)
#include "tst_imapdovecotops.moc"
