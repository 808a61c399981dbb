// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "autoconfig/proberesult.h"

namespace Pigeon::Autoconfig {

QString probeProtocolName(ProbeProtocol protocol)
{
    switch (protocol) {
    case ProbeProtocol::Imap: return QStringLiteral("imap");
    case ProbeProtocol::Pop3: return QStringLiteral("pop3");
    case ProbeProtocol::Smtp: return QStringLiteral("smtp");
    }
    return {};
}

bool ProbeResult::hasCapability(const QString &keyword) const
{
    // IMAP lists atoms ("AUTH=PLAIN"); POP3 and SMTP list a keyword with parameters.
    for (const QString &cap : capabilities) {
        if (cap.compare(keyword, Qt::CaseInsensitive) == 0
            || cap.section(QLatin1Char(' '), 0, 0).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Pigeon::Autoconfig
