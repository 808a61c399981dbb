// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// pigeon-cli sync / folders / list --account / show --account against a private
// Dovecot, as scripts and benchmarks use them.
#include "clirun.h"
#include "support/testmailserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CliRun;
using Pigeon::Test::TestMailServer;

namespace {

QByteArray makeMessage(int n)
{
    return "From: Sender <sender@example.org>\r\nTo: cli@example.org\r\nSubject: =?UTF-8?B?0J/RgNC40LLQtdGC?= "
        + QByteArray::number(n) + "\r\nDate: Tue, 2 Jan 2024 10:" + QByteArray::number(10 + n % 50)
        + ":00 +0000\r\nMessage-ID: <cli." + QByteArray::number(n) + "@pigeon.test>\r\n\r\nText " + QByteArray::number(n)
        + "\r\n";
}

QJsonObject folderEntry(const QByteArray &json, const QString &name)
{
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        if (v.toObject().value(QStringLiteral("folder")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void syncFoldersListShow();
    void errorsHaveTheirExitCodes();

private:
    TestMailServer m_server;
    QTemporaryDir m_profile;
    const QString m_account = QStringLiteral("cli@example.org");
};

void TestSyncCommand::initTestCase()
{
    QVERIFY2(QFile::exists(kCli), "pigeon-cli is not built");
    TestMailServer::Options o;
    o.users = {{QStringLiteral("cli"), QStringLiteral("cli-pw")}};
    QVERIFY2(m_server.start(o), qPrintable(m_server.errorString()));
    for (int i = 1; i <= 30; ++i)
        QVERIFY(m_server.deliver(QStringLiteral("cli"), makeMessage(i)));
    QVERIFY(m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                              QStringLiteral("cli"), QStringLiteral("Архив")}).ok());
    QVERIFY(m_server.deliver(QStringLiteral("cli"), makeMessage(100), QStringLiteral("Архив")));
    const Run add = cli(m_profile.path(), {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--address"),
                                           m_account, QStringLiteral("--protocol"), QStringLiteral("imap"),
                                           QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
                                           QString::number(m_server.port(TestMailServer::Service::Imaps)),
                                           QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
                                           QStringLiteral("cli"), QStringLiteral("--ca-file"), m_server.caFile(),
                                           QStringLiteral("--no-password")});
    QVERIFY2(add.code == 0, qPrintable(describe(add)));
}

void TestSyncCommand::syncFoldersListShow()
{
    const QString profile = m_profile.path();
    // Before any sync: no folders known, and that is not an error.
    Run r = cli(profile, {QStringLiteral("--json"), QStringLiteral("folders"), m_account});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());

    r = cli(profile, {QStringLiteral("--json"), QStringLiteral("sync"), m_account, QStringLiteral("--password-stdin"),
                      QStringLiteral("--quiet")},
            "cli-pw\n");
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(folderEntry(r.out, QStringLiteral("INBOX")).value(QStringLiteral("messages")).toInt(), 30);
    QCOMPARE(folderEntry(r.out, QStringLiteral("INBOX")).value(QStringLiteral("unread")).toInt(), 30);
    QCOMPARE(folderEntry(r.out, QStringLiteral("Архив")).value(QStringLiteral("messages")).toInt(), 1);
    QCOMPARE(folderEntry(r.out, QStringLiteral("Trash")).value(QStringLiteral("specialUse")).toString(),
             QStringLiteral("\\Trash"));
    QVERIFY(!r.out.contains("cli-pw") && !r.err.contains("cli-pw"));

    // Offline, from the cache: no password needed.
    r = cli(profile, {QStringLiteral("folders"), m_account});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("INBOX\t30\t30\n"), r.out.constData());
    r = cli(profile, {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("INBOX"), QStringLiteral("--account"),
                      m_account, QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("Привет 30"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("uid")).toInt(), 30);
    const QString id = QString::number(rows.at(0).toObject().value(QStringLiteral("id")).toInteger());

    // Only headers so far: show says so (not found: not downloaded)...
    r = cli(profile, {QStringLiteral("show"), id, QStringLiteral("--account"), m_account});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("not been downloaded"), r.err.constData());
    // ...until a full sync of the folder.
    r = cli(profile, {QStringLiteral("sync"), m_account, QStringLiteral("INBOX"), QStringLiteral("--full"),
                      QStringLiteral("--password-stdin"), QStringLiteral("--quiet")},
            "cli-pw\n");
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = cli(profile, {QStringLiteral("show"), id, QStringLiteral("--account"), m_account});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("Text 30"), r.out.constData());
    // Downloading is not reading: the server still has it unread.
    const TestMailServer::CommandResult flags =
        m_server.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), QStringLiteral("cli"), QStringLiteral("flags"),
                          QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("uid"), QStringLiteral("30")});
    QVERIFY(flags.ok());
    QVERIFY2(!flags.out.contains("Seen"), flags.out.constData());
}

void TestSyncCommand::errorsHaveTheirExitCodes()
{
    const QString profile = m_profile.path();
    Run r = cli(profile, {QStringLiteral("sync"), m_account, QStringLiteral("--password-stdin"), QStringLiteral("--quiet")},
                "wrong\n");
    QCOMPARE(r.code, 5);
    r = cli(profile, {QStringLiteral("sync"), m_account, QStringLiteral("Nonexistent"), QStringLiteral("--password-stdin"),
                      QStringLiteral("--quiet")},
            "cli-pw\n");
    QVERIFY2(r.code == 3, qPrintable(describe(r)));
    r = cli(profile, {QStringLiteral("sync"), QStringLiteral("nobody@example.org")});
    QCOMPARE(r.code, 3);
    r = cli(profile, {QStringLiteral("sync"), m_account, QStringLiteral("--full"), QStringLiteral("--headers-only")});
    QCOMPARE(r.code, 2);
    r = cli(profile, {QStringLiteral("sync")});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
