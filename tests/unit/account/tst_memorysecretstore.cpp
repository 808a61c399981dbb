// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using Pigeon::MailError;
using Pigeon::Result;
using Pigeon::Account::MemorySecretStore;
using Pigeon::Account::SecretPurpose;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        const QUuid id = QUuid::createUuid();
        bool wrote = false;
        store.writePassword(id, SecretPurpose::Incoming, QStringLiteral("pässwörd"), [&](const Result<void> &r) {
            wrote = r.ok();
        });
        QVERIFY(!wrote); // callbacks never run inside the call
        QTRY_VERIFY(wrote);

        QString read;
        store.readPassword(id, SecretPurpose::Incoming, [&](const Result<QString> &r) { read = r.valueOr({}); });
        QTRY_COMPARE(read, QStringLiteral("pässwörd"));

        // The purposes are separate entries.
        MailError::Kind outgoing = MailError::Kind::None;
        store.readPassword(id, SecretPurpose::Outgoing, [&](const Result<QString> &r) { outgoing = r.error().kind(); });
        QTRY_COMPARE(outgoing, MailError::Kind::NotFound);

        int removed = 0;
        store.removePassword(id, SecretPurpose::Incoming, [&](const Result<void> &r) { removed += r.ok(); });
        store.removePassword(id, SecretPurpose::Incoming, [&](const Result<void> &r) { removed += r.ok(); });
        QTRY_COMPARE(removed, 2); // removing what is gone succeeds
        QCOMPARE(store.size(), 0);

        MailError::Kind gone = MailError::Kind::None;
        store.readPassword(id, SecretPurpose::Incoming, [&](const Result<QString> &r) { gone = r.error().kind(); });
        QTRY_COMPARE(gone, MailError::Kind::NotFound);
    }

    void callbacksRunInOrderOfCalls()
    {
        MemorySecretStore store;
        const QUuid id = QUuid::createUuid();
        QStringList order;
        store.writePassword(id, SecretPurpose::Outgoing, QStringLiteral("a"), [&](const Result<void> &) { order << "w"; });
        store.readPassword(id, SecretPurpose::Outgoing, [&](const Result<QString> &r) { order << r.valueOr({}); });
        store.removePassword(id, SecretPurpose::Outgoing, [&](const Result<void> &) { order << "rm"; });
        QTRY_COMPARE(order, (QStringList{"w", "a", "rm"}));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
