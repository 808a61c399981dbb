// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The real keychain: gnome-keyring over the Secret Service in a private D-Bus session.
#include "account/keychainsecretstore.h"
#include "account/profile.h"
#include "common/logging.h"
#include "keyringsession.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Pigeon::MailError;
using Pigeon::Result;
using Pigeon::Account::KeychainSecretStore;
using Pigeon::Account::Profile;
using Pigeon::Account::SecretPurpose;

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

Result<void> writeSync(KeychainSecretStore &store, const QUuid &id, SecretPurpose purpose, const QString &password)
{
    std::optional<Result<void>> result;
    store.writePassword(id, purpose, password, [&](const Result<void> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("keychain write timed out"));
    return *result;
}

Result<QString> readSync(KeychainSecretStore &store, const QUuid &id, SecretPurpose purpose)
{
    std::optional<Result<QString>> result;
    store.readPassword(id, purpose, [&](const Result<QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("keychain read timed out"));
    return *result;
}

Result<void> removeSync(KeychainSecretStore &store, const QUuid &id, SecretPurpose purpose)
{
    std::optional<Result<void>> result;
    store.removePassword(id, purpose, [&](const Result<void> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("keychain remove timed out"));
    return *result;
}

/// The child half of noKeychainFallsBackToMemory: runs without a D-Bus session.
int fallbackChild()
{
    KeychainSecretStore store(QStringLiteral("profile:/nonexistent/fallback-test"));
    int warnings = 0;
    QObject::connect(&store, &KeychainSecretStore::keychainUnavailable, [&](const QString &reason) {
        ++warnings;
        std::printf("warning: %s\n", qPrintable(reason));
    });
    const QUuid id = QUuid::createUuid();
    const QString secret = QString::fromLatin1(qgetenv("PIGEON_TEST_SECRET"));
    const bool wrote = writeSync(store, id, SecretPurpose::Incoming, secret).ok();
    const bool wroteOut = writeSync(store, id, SecretPurpose::Outgoing, secret + QLatin1Char('2')).ok();
    const auto read = readSync(store, id, SecretPurpose::Incoming);
    const auto readOut = readSync(store, id, SecretPurpose::Outgoing);
    const bool removed = removeSync(store, id, SecretPurpose::Incoming).ok();
    const auto gone = readSync(store, id, SecretPurpose::Incoming);
    std::printf("wrote=%d wroteOut=%d read=%d readOut=%d removed=%d gone=%d persistent=%d warnings=%d\n", wrote,
                wroteOut, read.ok() && read.value() == secret,
                readOut.ok() && readOut.value() == secret + QLatin1Char('2'), removed,
                !gone.ok() && gone.error().kind() == MailError::Kind::NotFound, store.isPersistent(), warnings);
    return 0;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profileDir;
    QString scope() const { return Profile::inDirectory(m_profileDir.path()).keychainScope(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "needs a D-Bus session with gnome-keyring (./test.sh provides one)");
    }

    void writeReadRemove_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
        QTest::newRow("unicode") << QStringLiteral("пароль-گذرواژه-hasło ✓");
        QTest::newRow("quotes and spaces") << QStringLiteral(" \"quoted\" 'single' \\back ");
    }
    void writeReadRemove()
    {
        QFETCH(QString, password);
        KeychainSecretStore store(scope());
        QSignalSpy unavailable(&store, &KeychainSecretStore::keychainUnavailable);
        const QUuid id = QUuid::createUuid();

        const auto wrote = writeSync(store, id, SecretPurpose::Incoming, password);
        QVERIFY2(wrote.ok(), wrote.ok() ? "" : qPrintable(wrote.error().toString()));
        QVERIFY(store.isPersistent());
        QCOMPARE(unavailable.count(), 0);

        // A second store (fresh object, no shared memory) reads what the first wrote.
        KeychainSecretStore other(scope());
        const auto read = readSync(other, id, SecretPurpose::Incoming);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value(), password);

        const auto outgoing = readSync(other, id, SecretPurpose::Outgoing);
        QVERIFY(!outgoing.ok());
        QCOMPARE(outgoing.error().kind(), MailError::Kind::NotFound);

        QVERIFY(removeSync(store, id, SecretPurpose::Incoming).ok());
        const auto gone = readSync(other, id, SecretPurpose::Incoming);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind(), MailError::Kind::NotFound);
        QVERIFY(removeSync(store, id, SecretPurpose::Incoming).ok()); // idempotent
    }

    void overwriteReplaces()
    {
        KeychainSecretStore store(scope());
        const QUuid id = QUuid::createUuid();
        QVERIFY(writeSync(store, id, SecretPurpose::Outgoing, QStringLiteral("old")).ok());
        QVERIFY(writeSync(store, id, SecretPurpose::Outgoing, QStringLiteral("new")).ok());
        QCOMPARE(readSync(store, id, SecretPurpose::Outgoing).valueOr({}), QStringLiteral("new"));
        QVERIFY(removeSync(store, id, SecretPurpose::Outgoing).ok());
    }

    void profilesDoNotShareEntries()
    {
        QTemporaryDir otherDir;
        KeychainSecretStore mine(scope());
        KeychainSecretStore theirs(Profile::inDirectory(otherDir.path()).keychainScope());
        QVERIFY(mine.key(QUuid(), SecretPurpose::Incoming) != theirs.key(QUuid(), SecretPurpose::Incoming));
        const QUuid id = QUuid::createUuid(); // the same account id in both profiles
        QVERIFY(writeSync(mine, id, SecretPurpose::Incoming, QStringLiteral("mine")).ok());
        QCOMPARE(readSync(theirs, id, SecretPurpose::Incoming).error().kind(), MailError::Kind::NotFound);
        QVERIFY(writeSync(theirs, id, SecretPurpose::Incoming, QStringLiteral("theirs")).ok());
        QCOMPARE(readSync(mine, id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("mine"));
        QVERIFY(removeSync(mine, id, SecretPurpose::Incoming).ok());
        QVERIFY(removeSync(theirs, id, SecretPurpose::Incoming).ok());
    }

    void sessionOnlyPasswordIsNeverStored()
    {
        // "Remember the password" unticked: this run reads it, the keychain does not hold it
        // (not even an older remembered copy), and remembering it later stores it again.
        KeychainSecretStore store(scope());
        const QUuid id = QUuid::createUuid();
        QVERIFY(writeSync(store, id, SecretPurpose::Incoming, QStringLiteral("remembered")).ok());
        bool kept = false;
        store.keepForSession(id, SecretPurpose::Incoming, QStringLiteral("session-only"), [&](const Result<void> &r) {
            QVERIFY(r.ok());
            kept = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(kept, 20000);
        QCOMPARE(readSync(store, id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("session-only"));
        KeychainSecretStore nextRun(scope());
        QCOMPARE(readSync(nextRun, id, SecretPurpose::Incoming).error().kind(), MailError::Kind::NotFound);
        QVERIFY(writeSync(store, id, SecretPurpose::Incoming, QStringLiteral("remembered again")).ok());
        QCOMPARE(readSync(nextRun, id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("remembered again"));
        QCOMPARE(readSync(store, id, SecretPurpose::Incoming).valueOr({}), QStringLiteral("remembered again"));
        QVERIFY(removeSync(store, id, SecretPurpose::Incoming).ok());
    }

    void callbackNeverRunsInsideTheCall()
    {
        KeychainSecretStore store(scope());
        bool called = false;
        store.readPassword(QUuid::createUuid(), SecretPurpose::Incoming, [&](const Result<QString> &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
    }

    void passwordNeverReachesTheLog()
    {
        const QString secret = QStringLiteral("log-canary-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        KeychainSecretStore store(scope());
        const QUuid id = QUuid::createUuid();
        const bool ok = writeSync(store, id, SecretPurpose::Incoming, secret).ok()
            && readSync(store, id, SecretPurpose::Incoming).valueOr({}) == secret
            && removeSync(store, id, SecretPurpose::Incoming).ok();
        qCDebug(lcAccount) << "marker: logging is on";
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok);
        QVERIFY(g_log.join(QLatin1Char('\n')).contains(QLatin1String("marker: logging is on")));
        QVERIFY2(!g_log.join(QLatin1Char('\n')).contains(secret), qPrintable(g_log.join(QLatin1Char('\n'))));
    }

    void noKeychainFallsBackToMemory()
    {
        // A child process without a D-Bus session: QtKeychain cannot reach any service.
        const QString secret = QStringLiteral("fallback-canary-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("PIGEON_KEYRING_WRAPPED"), QStringLiteral("1")); // do not make a new session
        env.insert(QStringLiteral("PIGEON_FALLBACK_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("PIGEON_TEST_SECRET"), secret);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(out.contains(QLatin1String("wrote=1 wroteOut=1 read=1 readOut=1 removed=1 gone=1 persistent=0 "
                                            "warnings=1")),
                 qPrintable(out + err));
        QCOMPARE(out.count(QLatin1String("warning: ")), 1); // said once
        QVERIFY2(out.contains(QLatin1String("autolaunch")), qPrintable(out)); // with the system's reason
        QVERIFY2(!out.contains(secret) && !err.contains(secret), "the password reached the output or the log");
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("PIGEON_FALLBACK_CHILD")) {
        QCoreApplication app(argc, argv);
        return fallbackChild();
    }
    PigeonTest::ensureKeyringSession(argc, argv);
    // passwordNeverReachesTheLog turns every category on; the environment's rules (CTest
    // sets some) would take precedence over QLoggingCategory::setFilterRules().
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
