// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "autoconfig/detectedconfig.h"

#include <QCoreApplication>
#include <QString>

namespace Pigeon::Ui {

/// Words for server settings, shared by the review page, the manual page and the
/// settings dialog.
class ServerDescription
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Ui::ServerDescription)
public:
    static QString securityLabel(Net::Security security);     ///< "None", "STARTTLS", "SSL/TLS"
    static QString authLabel(Account::AuthMethod method);
    /// "imap.example.org, port 993, SSL/TLS, user name anna@example.org"
    static QString server(const Account::ServerSettings &settings, quint16 effectivePort);
    /// "Found in Pigeon's list of providers (Yandex Mail)." and similar.
    static QString foundWhere(const Autoconfig::DetectedConfig &config);
};

} // namespace Pigeon::Ui
