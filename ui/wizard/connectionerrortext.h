// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/proberesult.h"

#include <QCoreApplication>
#include <QString>

namespace Pigeon::Ui {

/// Turns a failed server check into words a user understands, with what to do next.
class ConnectionErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Ui::ConnectionErrorText)
public:
    /// Plain text for @p result (empty when it succeeded).
    static QString explain(const Autoconfig::ProbeResult &result);
    /// "IMAP", "POP3" or "SMTP".
    static QString protocolLabel(Autoconfig::ProbeProtocol protocol);
};

} // namespace Pigeon::Ui
