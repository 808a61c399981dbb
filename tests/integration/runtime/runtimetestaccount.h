// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "support/testmailserver.h"

#include "account/account.h"
#include "account/memorysecretstore.h"
#include "sync/accountruntime.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Pigeon::Test {

/// An account of @p user on the test server over implicit TLS (POP3S or IMAPS), trusting
/// the test CA, checked only when asked; its id follows from the user name, so a
/// password stored for it is found again.
inline Account::Account runtimeTestAccount(const TestMailServer &server, const QString &user,
                                           Account::IncomingProtocol protocol)
{
    Account::Account a;
    a.id = QUuid::createUuidV5(QUuid(), user);
    a.label = user;
    a.name = QStringLiteral("Test");
    a.address = user + QStringLiteral("@example.org");
    a.protocol = protocol;
    a.incoming.host = server.host();
    a.incoming.port = server.port(protocol == Account::IncomingProtocol::Imap ? TestMailServer::Service::Imaps
                                                                               : TestMailServer::Service::Pop3s);
    a.incoming.security = Net::Security::ImplicitTls;
    a.incoming.username = user;
    a.outgoing.host = server.host();
    a.tls.extraCaFile = server.caFile();
    a.checkIntervalMinutes = 0;
    return a;
}

/// A started runtime for @p account whose store is opened in @p dir, with @p password
/// (unless empty) in @p secrets; null (and a warning) when it did not open.
inline std::unique_ptr<Sync::AccountRuntime> startTestRuntime(const Account::Account &account, const QString &dir,
                                                              Account::MemorySecretStore &secrets,
                                                              const QString &password)
{
    if (!password.isEmpty()) {
        bool done = false;
        secrets.writePassword(account.id, Account::SecretPurpose::Incoming, password,
                              [&done](const Result<void> &r) { done = r.ok(); });
        if (!QTest::qWaitFor([&done] { return done; }, 5000))
            return nullptr;
    }
    auto rt = std::make_unique<Sync::AccountRuntime>(account, dir, &secrets);
    QSignalSpy opened(rt.get(), &Sync::AccountRuntime::opened);
    rt->start();
    if (!opened.wait(10000))
        return nullptr;
    const auto error = opened.at(0).at(0).value<MailError>();
    if (error.isError()) {
        qWarning() << error.toString();
        return nullptr;
    }
    return rt;
}

} // namespace Pigeon::Test
