// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/secretstore.h"

namespace Pigeon::Account {

QString secretPurposeName(SecretPurpose purpose)
{
    return purpose == SecretPurpose::Outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming");
}

void SecretStore::keepForSession(const QUuid &account, SecretPurpose purpose, const QString &password,
                                 DoneCallback done)
{
    if (isPersistent()) {
        QMetaObject::invokeMethod(this, [done] {
            done(MailError(MailError::Kind::Internal, QStringLiteral("keepForSession() not implemented by a persistent store")));
        }, Qt::QueuedConnection);
        return;
    }
    writePassword(account, purpose, password, std::move(done));
}

} // namespace Pigeon::Account
