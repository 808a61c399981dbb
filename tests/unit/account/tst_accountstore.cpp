// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/accountstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using Pigeon::MailError;
using Pigeon::Result;
namespace Net = Pigeon::Net;
using Pigeon::Account::Account;
using Pigeon::Account::AccountStore;
namespace Acc = Pigeon::Account;

namespace {

Account makeAccount(const QString &address, const QString &host = QStringLiteral("imap.example.org"))
{
    Account a;
    a.address = address;
    a.incoming.host = host;
    a.outgoing.host = QStringLiteral("smtp.example.org");
    a.applyDefaults();
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// The prototype's layout, written by hand as version 0 files were.
const char v0File[] = R"({
  "accounts": [
    {"name": "Ivan Petrov", "email": "ivan@example.ru", "type": "pop3", "host": "pop.example.ru",
     "port": 995, "ssl": true, "user": "ivan", "smtpHost": "smtp.example.ru", "smtpPort": 25,
     "smtpSsl": false, "keepOnServer": true, "interval": 5},
    {"id": "6f1c7a52-9d0e-4b55-8f1e-0a2b3c4d5e6f", "name": "Ivan", "email": "ivan@work.example",
     "type": "imap", "host": "mail.work.example", "port": 143, "ssl": false, "user": "ipetrov",
     "smtpHost": "mail.work.example", "smtpPort": 465}
  ]%1
})";

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("config/accounts.json")); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void missingFileIsAnEmptyStore()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        QCOMPARE(store.count(), 0);
        QVERIFY(store.isWritable());
        QVERIFY(!QFile::exists(path())); // loading alone writes nothing
    }

    void roundTrip()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        QSignalSpy added(&store, &AccountStore::accountAdded);
        QSignalSpy changed(&store, &AccountStore::accountChanged);
        QSignalSpy removed(&store, &AccountStore::accountRemoved);
        Account a = makeAccount(QStringLiteral("one@example.org"));
        a.tls.pinned = {{QStringLiteral("imap.example.org"), QString(64, QLatin1Char('f'))}};
        a.protocol = Acc::IncomingProtocol::Pop3;
        a.pop3.leaveOnServer = Acc::LeaveOnServer::UntilDeletedHere;
        const Account b = makeAccount(QStringLiteral("two@example.org"));
        QVERIFY(store.add(a).ok());
        QVERIFY(store.add(b).ok());
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).value<QUuid>(), a.id);

        // Every change is on disk at once: a second store sees it.
        AccountStore second(path());
        QVERIFY(second.load().ok());
        QCOMPARE(second.accounts(), (QList<Account>{a, b}));

        a.label = QStringLiteral("Home");
        QVERIFY(store.update(a).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(store.remove(b.id).ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(second.load().ok());
        QCOMPARE(second.accounts(), QList<Account>{a});
        QCOMPARE(second.accounts().first().label, QStringLiteral("Home"));

        const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
        QCOMPARE(root.value(QLatin1String("version")).toInt(), AccountStore::CurrentVersion);
        QCOMPARE(root.value(QLatin1String("accounts")).toArray().size(), 1);
    }

    void rejectsInvalidAndDuplicateAccounts()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        QSignalSpy added(&store, &AccountStore::accountAdded);
        const Account a = makeAccount(QStringLiteral("one@example.org"));
        QVERIFY(store.add(a).ok());
        const auto duplicate = store.add(a);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind(), MailError::Kind::InvalidInput);
        const auto invalid = store.add(makeAccount(QStringLiteral("not-an-address")));
        QVERIFY(!invalid.ok());
        QCOMPARE(store.count(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(store.remove(QUuid::createUuid()).error().kind(), MailError::Kind::NotFound);
        QCOMPARE(store.update(makeAccount(QStringLiteral("x@example.org"))).error().kind(), MailError::Kind::NotFound);
    }

    void migratesVersion0_data()
    {
        QTest::addColumn<QString>("versionKey");
        QTest::newRow("no version key") << QString();
        QTest::newRow("version 0") << QStringLiteral(",\n  \"version\": 0");
    }
    void migratesVersion0()
    {
        QFETCH(QString, versionKey);
        const QByteArray original = QString::fromUtf8(v0File).arg(versionKey).toUtf8();
        writeAll(path(), original);
        AccountStore store(path());
        const auto loaded = store.load();
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(store.count(), 2);

        const Account pop = store.accounts().at(0);
        QVERIFY(!pop.id.isNull()); // the prototype had no ids: one is made up
        QCOMPARE(pop.name, QStringLiteral("Ivan Petrov"));
        QCOMPARE(pop.address, QStringLiteral("ivan@example.ru"));
        QCOMPARE(pop.protocol, Acc::IncomingProtocol::Pop3);
        QCOMPARE(pop.incoming.host, QStringLiteral("pop.example.ru"));
        QCOMPARE(int(pop.incoming.port), 995);
        QCOMPARE(pop.incoming.security, Net::Security::ImplicitTls);
        QCOMPARE(pop.incoming.username, QStringLiteral("ivan"));
        QCOMPARE(pop.outgoing.host, QStringLiteral("smtp.example.ru"));
        QCOMPARE(int(pop.outgoing.port), 25);
        QCOMPARE(pop.outgoing.security, Net::Security::None); // plaintext stays plaintext
        QCOMPARE(pop.pop3.leaveOnServer, Acc::LeaveOnServer::Forever);
        QCOMPARE(pop.checkIntervalMinutes, 5);

        const Account imap = store.accounts().at(1);
        QCOMPARE(imap.id, QUuid::fromString(QStringLiteral("6f1c7a52-9d0e-4b55-8f1e-0a2b3c4d5e6f")));
        QCOMPARE(imap.protocol, Acc::IncomingProtocol::Imap);
        QCOMPARE(imap.incoming.security, Net::Security::None);
        QCOMPARE(imap.outgoing.security, Net::Security::ImplicitTls); // smtpSsl absent: true
        QCOMPARE(imap.pop3.leaveOnServer, Acc::LeaveOnServer::Never);
        QCOMPARE(imap.checkIntervalMinutes, 10);

        // Loading migrates in memory only; the old file stays until the next save.
        QCOMPARE(readAll(path()), original);
        QVERIFY(store.save().ok());
        QCOMPARE(QJsonDocument::fromJson(readAll(path())).object().value(QLatin1String("version")).toInt(), 1);
        AccountStore again(path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.accounts(), store.accounts()); // ids made up once are kept
    }

    void migrateRejectsUnknownVersions()
    {
        QVERIFY(!AccountStore::migrate({}, -1).ok());
        QVERIFY(!AccountStore::migrate({}, AccountStore::CurrentVersion + 1).ok());
        const auto same = AccountStore::migrate(QJsonObject{{"version", 1}}, AccountStore::CurrentVersion);
        QVERIFY(same.ok());
        const auto up = AccountStore::migrate(QJsonObject{{"accounts", QJsonArray()}}, 0);
        QVERIFY(up.ok());
        QCOMPARE(up->value(QLatin1String("version")).toInt(), AccountStore::CurrentVersion);
    }

    void corruptFileIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = QJsonDocument(QJsonObject{
            {"version", 1}, {"accounts", QJsonArray{makeAccount(QStringLiteral("a@example.org")).toJson()}}}).toJson();
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe not json at all", 20);
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("array root") << QByteArray("[1, 2, 3]");
        QTest::newRow("version is text") << QByteArray(R"({"version": "one", "accounts": []})");
        QTest::newRow("version fraction") << QByteArray(R"({"version": 0.5, "accounts": []})");
        QTest::newRow("accounts not a list") << QByteArray(R"({"version": 1, "accounts": {}})");
        QTest::newRow("entry not object") << QByteArray(R"({"version": 1, "accounts": [42]})");
        QTest::newRow("bad id") << QByteArray(R"({"version": 1, "accounts": [{"id": "x", "address": "a@b.c"}]})");
        const QJsonObject one = makeAccount(QStringLiteral("a@example.org")).toJson();
        QTest::newRow("duplicate ids")
            << QJsonDocument(QJsonObject{{"version", 1}, {"accounts", QJsonArray{one, one}}}).toJson();
        QTest::newRow("v0 accounts not a list") << QByteArray(R"({"accounts": "none"})");
    }
    void corruptFileIsKeptAside()
    {
        QFETCH(QByteArray, bytes);
        writeAll(path(), bytes);
        AccountStore store(path());
        QSignalSpy reset(&store, &AccountStore::accountsReset);
        const auto loaded = store.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), MailError::Kind::Parse);
        QCOMPARE(reset.count(), 1);
        const QString kept = store.corruptFileKeptAt();
        QVERIFY(!kept.isEmpty());
        QVERIFY(kept.startsWith(path() + QLatin1String(".corrupt-")));
        QVERIFY2(loaded.error().text().contains(QDir::toNativeSeparators(kept)), qPrintable(loaded.error().text()));
        QCOMPARE(readAll(kept), bytes); // byte for byte what was there
        QVERIFY(!QFile::exists(path()));
        QCOMPARE(store.count(), 0);

        // Pigeon goes on, and a new account never lands on top of the damaged file.
        QVERIFY(store.isWritable());
        QVERIFY(store.add(makeAccount(QStringLiteral("new@example.org"))).ok());
        QCOMPARE(readAll(kept), bytes);
        AccountStore again(path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.count(), 1);
    }

    void secondCorruptFileGetsItsOwnName()
    {
        writeAll(path(), "broken one");
        AccountStore store(path());
        QVERIFY(!store.load().ok());
        const QString first = store.corruptFileKeptAt();
        writeAll(path(), "broken two");
        QVERIFY(!store.load().ok());
        const QString second = store.corruptFileKeptAt();
        QVERIFY(first != second);
        QCOMPARE(readAll(first), QByteArray("broken one"));
        QCOMPARE(readAll(second), QByteArray("broken two"));
    }

    void newerVersionIsLeftAlone()
    {
        const QByteArray future = R"({"version": 99, "accounts": [{"id": "whatever", "shape": "unknown"}]})";
        writeAll(path(), future);
        AccountStore store(path());
        const auto loaded = store.load();
        QVERIFY(!loaded.ok());
        QVERIFY(!store.isWritable());
        QVERIFY(store.corruptFileKeptAt().isEmpty());
        QVERIFY(!store.add(makeAccount(QStringLiteral("a@example.org"))).ok());
        QVERIFY(!store.save().ok());
        QCOMPARE(readAll(path()), future);
    }

    void writeIsAtomic()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        QVERIFY(store.add(makeAccount(QStringLiteral("first@example.org"))).ok());
        const QByteArray before = readAll(path());
        const ino_t inodeBefore = inodeOf(path());

        // A hard link sees the old inode. Writing in place would change what it sees;
        // QSaveFile writes a new file and renames it over the name.
        const QString link = m_dir.filePath(QStringLiteral("link-to-old"));
        QVERIFY(::link(QFile::encodeName(path()).constData(), QFile::encodeName(link).constData()) == 0);
        QVERIFY(store.add(makeAccount(QStringLiteral("second@example.org"))).ok());
        QCOMPARE(readAll(link), before);
        QVERIFY(inodeOf(path()) != inodeBefore);
        QVERIFY(readAll(path()).contains("second@example.org"));

        // Nothing left behind, and the file is private to the user.
        const QStringList entries = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries, QStringList{QStringLiteral("accounts.json")});
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void failedWriteChangesNothing()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        const Account a = makeAccount(QStringLiteral("first@example.org"));
        QVERIFY(store.add(a).ok());
        // Replace the file by a directory: the rename of the new file over it must fail.
        QVERIFY(QFile::remove(path()));
        QVERIFY(QDir().mkpath(path()));
        QSignalSpy added(&store, &AccountStore::accountAdded);
        QSignalSpy removed(&store, &AccountStore::accountRemoved);
        const auto result = store.add(makeAccount(QStringLiteral("second@example.org")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), MailError::Kind::Io);
        QVERIFY(!store.remove(a.id).ok());
        QCOMPARE(store.accounts(), QList<Account>{a}); // memory agrees with the last good disk state
        QCOMPARE(added.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void reloadsWhenAnotherProcessWrites()
    {
        AccountStore store(path());
        QVERIFY(store.load().ok());
        store.setWatchingExternalChanges(true);
        QSignalSpy reset(&store, &AccountStore::accountsReset);
        QVERIFY(store.add(makeAccount(QStringLiteral("mine@example.org"))).ok());
        QTest::qWait(400);
        QCOMPARE(reset.count(), 0); // its own write is not a change from outside

        AccountStore other(path()); // stands in for pigeon-cli
        QVERIFY(other.load().ok());
        QVERIFY(other.add(makeAccount(QStringLiteral("theirs@example.org"))).ok());
        QTRY_COMPARE(store.count(), 2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(store.accounts().last().address, QStringLiteral("theirs@example.org"));

        QSignalSpy failed(&store, &AccountStore::reloadFailed);
        writeAll(path(), "garbage from outside");
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(store.count(), 0);
        QVERIFY(!store.corruptFileKeptAt().isEmpty());
    }

    void find_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("expected"); // index, -1 not found, -2 ambiguous
        QTest::newRow("full id") << "11111111-aaaa-4aaa-8aaa-000000000001" << 0;
        QTest::newRow("braces") << "{11111111-aaaa-4aaa-8aaa-000000000002}" << 1;
        QTest::newRow("upper case") << "11111111-AAAA-4AAA-8AAA-000000000003" << 2;
        QTest::newRow("unique prefix") << "2222" << 3;
        QTest::newRow("ambiguous prefix") << "1111" << -2;
        QTest::newRow("too short") << "222" << -1;
        QTest::newRow("address") << "Dana@Example.org" << 3;
        QTest::newRow("unknown id") << "11111111-aaaa-4aaa-8aaa-000000000009" << -1;
        QTest::newRow("unknown") << "nobody@example.org" << -1;
        QTest::newRow("blank") << "  " << -3;
    }
    void find()
    {
        QFETCH(QString, key);
        QFETCH(int, expected);
        AccountStore store(path());
        QVERIFY(store.load().ok());
        const QStringList ids{"11111111-aaaa-4aaa-8aaa-000000000001", "11111111-aaaa-4aaa-8aaa-000000000002",
                              "11111111-aaaa-4aaa-8aaa-000000000003", "22222222-aaaa-4aaa-8aaa-000000000004"};
        const QStringList addresses{"anna@example.org", "bert@example.org", "carl@example.org", "dana@example.org"};
        for (int i = 0; i < ids.size(); ++i) {
            Account a = makeAccount(addresses.at(i));
            a.id = QUuid::fromString(ids.at(i));
            QVERIFY(store.add(a).ok());
        }
        const auto found = store.find(key);
        if (expected >= 0) {
            QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().toString()));
            QCOMPARE(found->address, addresses.at(expected));
        } else {
            QVERIFY(!found.ok());
            QCOMPARE(found.error().kind(), expected == -1 ? MailError::Kind::NotFound : MailError::Kind::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
