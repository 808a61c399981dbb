// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/secretstore.h"

namespace Pigeon::Account {

QString secretPurposeName(SecretPurpose purpose)
{
    return purpose == SecretPurpose::Outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming");
}

} // namespace Pigeon::Account
