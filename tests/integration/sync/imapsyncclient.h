// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// An ImapSync with its own store for one user of the private Dovecot (the sync tests).

#include "account/account.h"
#include "store/mailstore.h"
#include "support/testmailserver.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QSignalSpy>
#include <QTest>

#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace Pigeon::Test {

/// Waits for @p task and returns its result (Timeout if it did not finish).
inline Pigeon::MailError waitTask(Pigeon::Sync::Task *task, int timeoutMs = 60000)
{
    QSignalSpy spy(task, &Pigeon::Sync::Task::finished);
    if (!spy.wait(timeoutMs))
        return Pigeon::MailError(Pigeon::MailError::Kind::Timeout, QStringLiteral("the task did not finish"));
    return spy.at(0).at(0).value<Pigeon::MailError>();
}

/// Fails the test with the task's error unless it succeeded.
#define TASK_OK(task)                                                                                        \
    do {                                                                                                     \
        const Pigeon::MailError e_ = Pigeon::Test::waitTask(task);                                           \
        QVERIFY2(!e_.isError(), qPrintable(e_.toString()));                                                  \
    } while (false)

/// One client: a store and an ImapSync for @p user.
struct ImapSyncClient {
    QTemporaryDir dir;
    Pigeon::Store::MailStore store{dir.path()};
    Pigeon::Account::Account account;
    std::unique_ptr<Pigeon::Sync::ImapSync> sync;

    ImapSyncClient(const Pigeon::Test::TestMailServer &server, const QString &user)
    {
        if (!store.open())
            qFatal("store");
        account.id = QUuid::createUuid();
        account.address = user + QStringLiteral("@example.org");
        account.incoming.host = server.host();
        account.incoming.port = server.port(Pigeon::Test::TestMailServer::Service::Imaps);
        account.incoming.security = Pigeon::Net::Security::ImplicitTls;
        account.incoming.username = user;
        account.tls.extraCaFile = server.caFile();
        const QString password = server.password(user);
        sync = std::make_unique<Pigeon::Sync::ImapSync>(account, &store, [password](auto answer) { answer(password); });
    }
    QList<Pigeon::Store::MessageRow> rows(const QString &folder)
    {
        Result<QList<Pigeon::Store::MessageRow>> r = store.list(folder, 0, 1000000);
        return r ? *r : QList<Pigeon::Store::MessageRow>();
    }
    Pigeon::Store::MessageRow byUid(const QString &folder, qint64 uid)
    {
        for (const Pigeon::Store::MessageRow &r : rows(folder))
            if (r.origin.uid == uid)
                return r;
        return {};
    }
};

} // namespace Pigeon::Test
