// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// `pigeon-cli accounts ...` as a user or a script runs it: the built binary, through
// QProcess, against the real keychain (gnome-keyring in a private D-Bus session).
#include "../account/keyringsession.h"
#include "account/accountstore.h"
#include "account/keychainsecretstore.h"
#include "account/profile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Pigeon::MailError;
using Pigeon::Result;
using Pigeon::Account::KeychainSecretStore;
using Pigeon::Account::Profile;
using Pigeon::Account::SecretPurpose;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

enum class Bus { Session, None };

Run runCli(const QString &profile, const QStringList &args, const QByteArray &input = {}, Bus bus = Bus::Session,
           const QString &logRules = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (bus == Bus::None) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    if (!logRules.isEmpty())
        env.insert(QStringLiteral("QT_LOGGING_RULES"), logRules);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PIGEON_BINARY_DIR "/app/cli/pigeon-cli"),
            QStringList{QStringLiteral("--profile"), profile} + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

QStringList addArgs(const QString &address)
{
    return {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--address"), address,
            QStringLiteral("--host"), QStringLiteral("imap.example.org")};
}

Result<QString> readKeychain(const QString &profile, const QString &id, SecretPurpose purpose)
{
    KeychainSecretStore store(Profile::inDirectory(profile).keychainScope());
    std::optional<Result<QString>> result;
    store.readPassword(QUuid::fromString(id), purpose, [&](const Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("timeout"));
    return *result;
}

/// Every file under @p dir whose bytes contain @p needle (in UTF-8 or UTF-16).
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + QLatin1String(" (unreadable)");
            continue;
        }
        const QByteArray bytes = f.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

} // namespace

class TestAccountsCommand : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString profile() const { return m_dir->path(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PIGEON_BINARY_DIR "/app/cli/pigeon-cli")), "pigeon-cli is not built");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "needs a D-Bus session with gnome-keyring");
    }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void addListShowRemove()
    {
        const Run added = runCli(profile(),
                                 addArgs(QStringLiteral("anna@example.org"))
                                     + QStringList{QStringLiteral("--label"), QStringLiteral("Work"),
                                                   QStringLiteral("--name"), QStringLiteral("Anna Nowak")},
                                 "secret-1\n");
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        const QString id = QString::fromUtf8(added.out.trimmed());
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(describe(added)));

        const Run list = runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(id.toUtf8()));
        QVERIFY(list.out.contains("anna@example.org"));
        QVERIFY(list.out.contains("(Work)"));

        const Run json = runCli(profile(), {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(json.code, 0);
        const QJsonArray accounts = json.json().value(QLatin1String("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject a = accounts.first().toObject();
        QCOMPARE(a.value(QLatin1String("id")).toString(), id);
        QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("Anna Nowak"));
        QCOMPARE(a.value(QLatin1String("protocol")).toString(), QStringLiteral("imap"));

        // show by address and by id prefix; the passwords are reported, never printed.
        const Run show = runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("show"), QStringLiteral("anna@example.org"),
                                            QStringLiteral("--json")});
        QVERIFY2(show.code == 0, qPrintable(describe(show)));
        QCOMPARE(show.json().value(QLatin1String("passwords")).toObject().value(QLatin1String("incoming")).toString(),
                 QStringLiteral("stored"));
        QVERIFY(!show.out.contains("secret-1"));
        const Run showText = runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("show"), id.left(8)});
        QCOMPARE(showText.code, 0);
        QVERIFY(showText.out.contains("imap.example.org:993 (tls)"));
        QVERIFY(showText.out.contains("incoming stored, outgoing stored"));

        const Run removed = runCli(profile(), {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("remove"), id});
        QVERIFY2(removed.code == 0, qPrintable(describe(removed)));
        QCOMPARE(removed.json().value(QLatin1String("removed")).toString(), id);
        const Run empty = runCli(profile(), {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(empty.json().value(QLatin1String("accounts")).toArray().size(), 0);
        // remove also took the passwords out of the keychain.
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).error().kind(), MailError::Kind::NotFound);
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Outgoing).error().kind(), MailError::Kind::NotFound);
    }

    void passwordCrossesProcesses()
    {
        // pigeon-cli writes, this process reads: one line for both servers...
        Run r = runCli(profile(), addArgs(QStringLiteral("same@example.org")) << QStringLiteral("--json"),
                       "one pass\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QLatin1String("password")).toString(), QStringLiteral("keychain"));
        QString id = r.json().value(QLatin1String("id")).toString();
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("one pass"));
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Outgoing).valueOr({}), QStringLiteral("one pass"));

        // ...or a second line for SMTP (CRLF tolerated).
        r = runCli(profile(), addArgs(QStringLiteral("two@example.org")) << QStringLiteral("--json"),
                   "imap pass\r\nsmtp pass\r\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        id = r.json().value(QLatin1String("id")).toString();
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("imap pass"));
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Outgoing).valueOr({}), QStringLiteral("smtp pass"));

        // This process writes, pigeon-cli reads.
        r = runCli(profile(), addArgs(QStringLiteral("later@example.org")) << QStringLiteral("--no-password"));
        QCOMPARE(r.code, 0);
        id = QString::fromUtf8(r.out.trimmed());
        const QStringList show{QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("show"), id};
        QCOMPARE(runCli(profile(), show).json().value(QLatin1String("passwords")).toObject().value(QLatin1String("incoming")).toString(),
                 QStringLiteral("missing"));
        KeychainSecretStore store(Profile::inDirectory(profile()).keychainScope());
        bool wrote = false;
        store.writePassword(QUuid::fromString(id), SecretPurpose::Incoming, QStringLiteral("from the test"),
                            [&](const Result<void> &w) { wrote = w.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(wrote, 20000);
        const QJsonObject passwords = runCli(profile(), show).json().value(QLatin1String("passwords")).toObject();
        QCOMPARE(passwords.value(QLatin1String("incoming")).toString(), QStringLiteral("stored"));
        QCOMPARE(passwords.value(QLatin1String("outgoing")).toString(), QStringLiteral("missing"));

        for (const QString &address : {QStringLiteral("same@example.org"), QStringLiteral("two@example.org"),
                                       QStringLiteral("later@example.org")})
            QCOMPARE(runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("remove"), address}).code, 0);
    }

    void setPassword()
    {
        const Run added = runCli(profile(), addArgs(QStringLiteral("s@example.org")), "first\n");
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        const QString id = QString::fromUtf8(added.out.trimmed());
        const auto set = [this](const QStringList &extra, const QByteArray &input) {
            return runCli(profile(), QStringList{QStringLiteral("accounts"), QStringLiteral("set-password"),
                                                 QStringLiteral("s@example.org")} + extra, input);
        };
        Run r = set({QStringLiteral("--outgoing")}, "smtp only\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("first"));
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Outgoing).valueOr({}), QStringLiteral("smtp only"));
        r = set({}, "both now\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("both now"));
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Outgoing).valueOr({}), QStringLiteral("both now"));
        QCOMPARE(set({}, QByteArray()).code, 2); // nothing on stdin: nothing changes
        QCOMPARE(set({QStringLiteral("--incoming"), QStringLiteral("--outgoing")}, "x\n").code, 2);
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("both now"));
        QCOMPARE(runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("set-password"), QStringLiteral("nobody@x.org")},
                        "x\n").code,
                 3);
        QCOMPARE(runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("remove"), id}).code, 0);
    }

    void defaults_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("security");
        QTest::addColumn<int>("smtpPort");
        QTest::addColumn<QString>("smtpSecurity");
        QTest::addColumn<QString>("leave");
        QTest::newRow("imap") << QStringList() << 993 << "tls" << 465 << "tls" << "never";
        QTest::newRow("pop3") << QStringList{"--protocol", "pop3"} << 995 << "tls" << 465 << "tls" << "never";
        QTest::newRow("imap starttls") << QStringList{"--security", "starttls", "--smtp-security", "starttls"} << 143
                                       << "starttls" << 587 << "starttls" << "never";
        QTest::newRow("pop3 explicit")
            << QStringList{"--protocol", "pop3", "--port", "1995", "--smtp-port", "2525", "--leave-on-server", "days:7"}
            << 1995 << "tls" << 2525 << "tls" << "days:7";
    }
    void defaults()
    {
        QFETCH(QStringList, options);
        QFETCH(int, port);
        QFETCH(QString, security);
        QFETCH(int, smtpPort);
        QFETCH(QString, smtpSecurity);
        QFETCH(QString, leave);
        const Run r = runCli(profile(), addArgs(QStringLiteral("d@example.org")) + options
                                            + QStringList{QStringLiteral("--json"), QStringLiteral("--no-password")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject a = r.json().value(QLatin1String("account")).toObject();
        const QJsonObject in = a.value(QLatin1String("incoming")).toObject();
        const QJsonObject out = a.value(QLatin1String("outgoing")).toObject();
        QCOMPARE(in.value(QLatin1String("port")).toInt(), port);
        QCOMPARE(in.value(QLatin1String("security")).toString(), security);
        QCOMPARE(in.value(QLatin1String("username")).toString(), QStringLiteral("d@example.org"));
        QCOMPARE(out.value(QLatin1String("port")).toInt(), smtpPort);
        QCOMPARE(out.value(QLatin1String("security")).toString(), smtpSecurity);
        QCOMPARE(out.value(QLatin1String("host")).toString(), QStringLiteral("imap.example.org"));
        QCOMPARE(a.value(QLatin1String("pop3")).toObject().value(QLatin1String("leaveOnServer")).toString(), leave);
        QCOMPARE(r.json().value(QLatin1String("password")).toString(), QStringLiteral("none"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("jsonError");
        const QStringList add = addArgs(QStringLiteral("e@example.org"));
        QTest::newRow("unknown subcommand") << QStringList{"accounts", "frobnicate"} << 2 << QString();
        QTest::newRow("add without host") << QStringList{"accounts", "add", "--address", "e@example.org"} << 2 << QString();
        QTest::newRow("bad protocol") << (add + QStringList{"--protocol", "nntp"}) << 2 << QString();
        QTest::newRow("bad port") << (add + QStringList{"--port", "70000"}) << 2 << QString();
        QTest::newRow("bad security") << (add + QStringList{"--security", "maybe"}) << 2 << QString();
        QTest::newRow("bad leave") << (add + QStringList{"--leave-on-server", "days:0"}) << 2 << QString();
        QTest::newRow("bad address") << QStringList{"accounts", "add", "--address", "nobody", "--host", "h"} << 2 << QString();
        QTest::newRow("password on argv") << (add + QStringList{"--password", "x"}) << 2 << QString();
        QTest::newRow("missing ca file") << (add + QStringList{"--ca-file", "/nonexistent.pem"}) << 2 << QString();
        QTest::newRow("show unknown") << QStringList{"accounts", "show", "nobody@example.org"} << 3 << QString();
        QTest::newRow("show unknown json") << QStringList{"--json", "accounts", "show", "nobody@example.org"} << 3
                                           << "not-found";
        QTest::newRow("remove unknown") << QStringList{"accounts", "remove", "0b5e2c1a-3f4d-4a5b-9c6d-7e8f90a1b2c3"} << 3
                                        << QString();
        QTest::newRow("show without account") << QStringList{"accounts", "show"} << 2 << QString();
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, jsonError);
        const Run r = runCli(profile(), args, "pw\n");
        QVERIFY2(r.code == code, qPrintable(describe(r)));
        QVERIFY(!r.err.isEmpty()); // a reason is always given
        if (!jsonError.isEmpty())
            QCOMPARE(r.json().value(QLatin1String("error")).toString(), jsonError);
        // Nothing was added by a failed command.
        const Run list = runCli(profile(), {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(list.json().value(QLatin1String("accounts")).toArray().size(), 0);
    }

    void passwordNeverInProfileOrLogs()
    {
        const QString canary = QStringLiteral("canary-%1-пароль").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString all = QStringLiteral("*.debug=true");
        const Run added = runCli(profile(), addArgs(QStringLiteral("c@example.org")) << QStringLiteral("--json"),
                                 canary.toUtf8() + '\n', Bus::Session, all);
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        const QString id = added.json().value(QLatin1String("id")).toString();
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).valueOr({}), canary); // it did get stored
        const Run show = runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("show"), id}, {}, Bus::Session, all);
        const Run removed = runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("remove"), id}, {}, Bus::Session, all);
        QCOMPARE(show.code, 0);
        QCOMPARE(removed.code, 0);
        for (const Run &r : {added, show, removed}) {
            QVERIFY(!r.out.contains(canary.toUtf8()));
            QVERIFY(!r.err.contains(canary.toUtf8()));
        }
        QVERIFY(!QDir(profile()).isEmpty()); // there are files to look into
        QCOMPARE(filesContaining(profile(), canary), QStringList());
    }

    void noKeychainSaysSoOnceAndKeepsItInMemory()
    {
        const QString canary = QStringLiteral("nobus-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const Run r = runCli(profile(), addArgs(QStringLiteral("m@example.org")) << QStringLiteral("--json"),
                             canary.toUtf8() + "\nsmtp-" + canary.toUtf8() + '\n', Bus::None, QStringLiteral("*.debug=true"));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QLatin1String("password")).toString(), QStringLiteral("memory"));
        // Two writes failed over to memory, and the user was told once.
        QCOMPARE(r.err.count("pigeon-cli: warning: No keychain service is available"), 1);
        QVERIFY(!r.err.contains(canary.toUtf8()));
        QVERIFY(!r.out.contains(canary.toUtf8()));
        QCOMPARE(filesContaining(profile(), canary), QStringList());
        // Memory only: the real keychain has nothing for it.
        const QString id = r.json().value(QLatin1String("id")).toString();
        QCOMPARE(readKeychain(profile(), id, SecretPurpose::Incoming).error().kind(), MailError::Kind::NotFound);
        // Without a keychain, show cannot tell, says so once, and still works.
        const Run show = runCli(profile(), {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("show"), id},
                                {}, Bus::None);
        QVERIFY2(show.code == 0, qPrintable(describe(show)));
        QCOMPARE(show.err.count("warning: No keychain service"), 1);
        QCOMPARE(show.err.count('\n'), 1); // that one line, no log noise besides
        QCOMPARE(show.json().value(QLatin1String("passwords")).toObject().value(QLatin1String("incoming")).toString(),
                 QStringLiteral("unknown"));
    }

    void corruptSettingsAreKeptAndReported()
    {
        const Profile p = Profile::inDirectory(profile());
        QVERIFY(p.ensureDirectories().ok());
        QFile f(p.accountsFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ this is not json");
        f.close();
        const Run list = runCli(profile(), {QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        QVERIFY(list.err.contains("warning"));
        QVERIFY(list.err.contains("accounts.json.corrupt-"));
        const QStringList kept = QDir(p.configDirectory()).entryList({QStringLiteral("accounts.json.corrupt-*")});
        QCOMPARE(kept.size(), 1);

        // A file from a newer Pigeon is an error, and is left as it is.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": 42, "accounts": []})");
        f.close();
        const Run newer = runCli(profile(), addArgs(QStringLiteral("n@example.org")) << QStringLiteral("--no-password"));
        QCOMPARE(newer.code, 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(R"({"version": 42, "accounts": []})"));
    }
};

int main(int argc, char *argv[])
{
    PigeonTest::ensureKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestAccountsCommand test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountscommand.moc"
