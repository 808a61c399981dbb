// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Pigeon::MailError;
using Pigeon::Result;
namespace Net = Pigeon::Net;
using Pigeon::Account::Account;
namespace Acc = Pigeon::Account;

namespace {
Account sample()
{
    Account a;
    a.id = QUuid::fromString(QStringLiteral("0b5e2c1a-3f4d-4a5b-9c6d-7e8f90a1b2c3"));
    a.label = QStringLiteral("Work");
    a.name = QStringLiteral("Zofia Łukasiewicz");
    a.address = QStringLiteral("zofia@example.org");
    a.protocol = Acc::IncomingProtocol::Pop3;
    a.incoming = {QStringLiteral("pop.example.org"), 995, Net::Security::ImplicitTls, QStringLiteral("zofia"),
                  Acc::AuthMethod::CramMd5};
    a.outgoing = {QStringLiteral("smtp.example.org"), 587, Net::Security::StartTls, QStringLiteral("zofia"),
                  Acc::AuthMethod::Plain};
    a.tls.extraCaFile = QStringLiteral("/etc/company-ca.pem");
    a.tls.pinned = {{QStringLiteral("pop.example.org"), QString(64, QLatin1Char('a'))}};
    a.tls.allowInsecureAuth = true;
    a.pop3.leaveOnServer = Acc::LeaveOnServer::ForDays;
    a.pop3.leaveDays = 30;
    a.pop3.autoDownloadLimit = 5 * 1024 * 1024;
    a.imap.deleteModel = Acc::ImapDeleteModel::Expunge;
    a.imap.trashFolder = QStringLiteral("Kosz");
    a.imap.compression = Net::Compression::Off;
    a.checkIntervalMinutes = 15;
    return a;
}
} // namespace

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Account a = sample();
        const auto back = Account::fromJson(a.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QVERIFY(back.value() == a);
        QCOMPARE(back->tls.pinned.size(), 1);
        QCOMPARE(back->pop3.leaveDays, 30);
    }

    void jsonHasNoPasswordField()
    {
        // The type has nowhere to put a password; the JSON must not grow one either.
        const QByteArray json = QJsonDocument(sample().toJson()).toJson();
        QVERIFY(!json.contains("password"));
    }

    void defaultPorts_data()
    {
        QTest::addColumn<int>("protocolValue");
        QTest::addColumn<int>("securityValue");
        QTest::addColumn<int>("incoming");
        QTest::addColumn<int>("smtp");
        QTest::newRow("imap tls") << int(Acc::IncomingProtocol::Imap) << int(Net::Security::ImplicitTls) << 993 << 465;
        QTest::newRow("imap starttls") << int(Acc::IncomingProtocol::Imap) << int(Net::Security::StartTls) << 143 << 587;
        QTest::newRow("imap none") << int(Acc::IncomingProtocol::Imap) << int(Net::Security::None) << 143 << 587;
        QTest::newRow("pop3 tls") << int(Acc::IncomingProtocol::Pop3) << int(Net::Security::ImplicitTls) << 995 << 465;
        QTest::newRow("pop3 starttls") << int(Acc::IncomingProtocol::Pop3) << int(Net::Security::StartTls) << 110 << 587;
    }
    void defaultPorts()
    {
        QFETCH(int, protocolValue);
        QFETCH(int, securityValue);
        const auto protocol = Acc::IncomingProtocol(protocolValue);
        const auto security = Net::Security(securityValue);
        QFETCH(int, incoming);
        QFETCH(int, smtp);
        Account a;
        a.address = QStringLiteral("a@b.example");
        a.protocol = protocol;
        a.incoming.security = security;
        a.outgoing.security = security;
        a.applyDefaults();
        QCOMPARE(int(a.incoming.port), incoming);
        QCOMPARE(int(a.outgoing.port), smtp);
        QVERIFY(!a.id.isNull());
        QCOMPARE(a.incoming.username, a.address);
        QCOMPARE(a.outgoing.username, a.address);
        // A port of 0 in the settings still connects to the default.
        Account unset;
        unset.protocol = protocol;
        unset.incoming.security = security;
        unset.outgoing.security = security;
        QCOMPARE(int(unset.incomingEndpoint().port), incoming);
        QCOMPARE(int(unset.outgoingEndpoint().port), smtp);
    }

    void endpointsCarryTheTlsPolicy()
    {
        const Account a = sample();
        QCOMPARE(a.incomingEndpoint().tls.pinned, a.tls.pinned);
        QCOMPARE(a.outgoingEndpoint().tls.extraCaFile, a.tls.extraCaFile);
        QCOMPARE(a.outgoingEndpoint().security, Net::Security::StartTls);
    }

    void displayName()
    {
        Account a = sample();
        QCOMPARE(a.displayName(), QStringLiteral("Work"));
        a.label.clear();
        QCOMPARE(a.displayName(), a.address);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sample") << QString() << QString() << true;
        QTest::newRow("no at") << "address" << "zofia.example.org" << false;
        QTest::newRow("two at") << "address" << "a@b@example.org" << false;
        QTest::newRow("empty local") << "address" << "@example.org" << false;
        QTest::newRow("empty domain") << "address" << "zofia@" << false;
        QTest::newRow("space") << "address" << "zo fia@example.org" << false;
        QTest::newRow("no host") << "host" << "" << false;
        QTest::newRow("blank host") << "host" << "  " << false;
        QTest::newRow("no smtp host") << "smtpHost" << "" << false;
        QTest::newRow("negative interval") << "interval" << "-1" << false;
        QTest::newRow("zero interval") << "interval" << "0" << true;
        QTest::newRow("zero days") << "days" << "0" << false;
        QTest::newRow("negative limit") << "limit" << "-5" << false;
        QTest::newRow("no id") << "id" << "" << false;
    }
    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        Account a = sample();
        if (field == QLatin1String("address"))
            a.address = value;
        else if (field == QLatin1String("host"))
            a.incoming.host = value;
        else if (field == QLatin1String("smtpHost"))
            a.outgoing.host = value;
        else if (field == QLatin1String("interval"))
            a.checkIntervalMinutes = value.toInt();
        else if (field == QLatin1String("days"))
            a.pop3.leaveDays = value.toInt();
        else if (field == QLatin1String("limit"))
            a.pop3.autoDownloadLimit = value.toLongLong();
        else if (field == QLatin1String("id"))
            a.id = QUuid();
        const auto result = a.validate();
        QCOMPARE(result.ok(), valid);
        if (!valid)
            QCOMPARE(result.error().kind(), MailError::Kind::InvalidInput);
    }

    void leaveOnServerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("days");
        QTest::newRow("never") << "never" << true << int(Acc::LeaveOnServer::Never) << 14;
        QTest::newRow("forever") << "forever" << true << int(Acc::LeaveOnServer::Forever) << 14;
        QTest::newRow("days:7") << "days:7" << true << int(Acc::LeaveOnServer::ForDays) << 7;
        QTest::newRow("until-deleted") << "until-deleted" << true << int(Acc::LeaveOnServer::UntilDeletedHere) << 14;
        QTest::newRow("days:0") << "days:0" << false << 0 << 0;
        QTest::newRow("days:x") << "days:x" << false << 0 << 0;
        QTest::newRow("days:") << "days:" << false << 0 << 0;
        QTest::newRow("sometimes") << "sometimes" << false << 0 << 0;
    }
    void leaveOnServerNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(int, policy);
        QFETCH(int, days);
        Acc::Pop3Settings s;
        QCOMPARE(Acc::leaveOnServerFromName(name, &s), ok);
        if (!ok)
            return;
        QCOMPARE(int(s.leaveOnServer), policy);
        QCOMPARE(s.leaveDays, days);
        QCOMPARE(Acc::leaveOnServerName(s), name);
    }

    void enumNamesRoundTrip()
    {
        for (auto m : {Acc::AuthMethod::Auto, Acc::AuthMethod::Plain, Acc::AuthMethod::Login, Acc::AuthMethod::CramMd5,
                       Acc::AuthMethod::Cleartext}) {
            Acc::AuthMethod back = Acc::AuthMethod::Auto;
            QVERIFY(Acc::authMethodFromName(Acc::authMethodName(m), &back));
            QCOMPARE(back, m);
        }
        for (auto m : {Acc::ImapDeleteModel::MoveToTrash, Acc::ImapDeleteModel::MarkDeleted,
                       Acc::ImapDeleteModel::Expunge}) {
            Acc::ImapDeleteModel back = Acc::ImapDeleteModel::MoveToTrash;
            QVERIFY(Acc::deleteModelFromName(Acc::deleteModelName(m), &back));
            QCOMPARE(back, m);
        }
        Acc::IncomingProtocol p = Acc::IncomingProtocol::Imap;
        QVERIFY(Acc::protocolFromName(QStringLiteral("pop3"), &p));
        QCOMPARE(p, Acc::IncomingProtocol::Pop3);
        QVERIFY(!Acc::protocolFromName(QStringLiteral("nntp"), &p));
    }

    void fromJsonRejectsWrongTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id not uuid") << "id" << QJsonValue(QStringLiteral("nope"));
        QTest::newRow("id number") << "id" << QJsonValue(5);
        QTest::newRow("address number") << "address" << QJsonValue(1);
        QTest::newRow("protocol unknown") << "protocol" << QJsonValue(QStringLiteral("nntp"));
        QTest::newRow("port string") << "incoming.port" << QJsonValue(QStringLiteral("993"));
        QTest::newRow("port too big") << "incoming.port" << QJsonValue(70000);
        QTest::newRow("port fraction") << "incoming.port" << QJsonValue(99.5);
        QTest::newRow("security unknown") << "outgoing.security" << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("auth unknown") << "outgoing.auth" << QJsonValue(QStringLiteral("kerberos5"));
        QTest::newRow("incoming array") << "incoming" << QJsonValue(QJsonArray());
        QTest::newRow("insecure string") << "tls.allowInsecureAuth" << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("pin short") << "tls.pinned" << QJsonValue(QJsonArray{QJsonObject{{"host", "a"}, {"sha256", "ab"}}});
        QTest::newRow("leave unknown") << "pop3.leaveOnServer" << QJsonValue(QStringLiteral("sometimes"));
        QTest::newRow("interval negative") << "checkIntervalMinutes" << QJsonValue(-3);
        QTest::newRow("compression unknown") << "imap.compression" << QJsonValue(QStringLiteral("gzip"));
        QTest::newRow("compression bool") << "imap.compression" << QJsonValue(true);
    }
    void fromJsonRejectsWrongTypes()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject root = sample().toJson();
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            root.insert(parts[0], value);
        } else {
            QJsonObject inner = root.value(parts[0]).toObject();
            inner.insert(parts[1], value);
            root.insert(parts[0], inner);
        }
        const auto result = Account::fromJson(root);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), MailError::Kind::Parse);
        QVERIFY2(result.error().text().contains(parts.last()) || result.error().text().contains(parts.first()),
                 qPrintable(result.error().text()));
    }

    void fromJsonFillsMissingWithDefaults()
    {
        const QJsonObject minimal{{"id", "0b5e2c1a-3f4d-4a5b-9c6d-7e8f90a1b2c3"}, {"address", "a@b.example"}};
        const auto result = Account::fromJson(minimal);
        QVERIFY(result.ok());
        QCOMPARE(result->protocol, Acc::IncomingProtocol::Imap);
        QCOMPARE(result->pop3.leaveOnServer, Acc::LeaveOnServer::Never);
        QCOMPARE(result->imap.deleteModel, Acc::ImapDeleteModel::MoveToTrash);
        QCOMPARE(result->imap.compression, Net::Compression::Auto); // files older than the setting
        QCOMPARE(result->checkIntervalMinutes, 10);
        QCOMPARE(result->incoming.security, Net::Security::ImplicitTls);
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
