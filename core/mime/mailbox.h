// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QList>
#include <QString>

namespace Pigeon::Mime {

/// One address of an address header: decoded display name and addr-spec.
struct Mailbox
{
    QString name;    ///< display name, decoded (may be empty)
    QString address; ///< local@domain (domain may be missing in broken mail)

    /// "Name <address>", or the address alone when there is no name.
    QString toString() const
    {
        if (name.isEmpty())
            return address;
        if (address.isEmpty())
            return name;
        return name + QStringLiteral(" <") + address + QLatin1Char('>');
    }
    bool operator==(const Mailbox &o) const = default;
};

/// An address list with groups flattened ("undisclosed-recipients:;" gives nothing).
using AddressList = QList<Mailbox>;

} // namespace Pigeon::Mime
