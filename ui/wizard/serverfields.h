// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Pigeon::Ui {

class InlineHint;

/// Every field of one server (host, port, security, authentication, user name) with
/// inline validation. Changing the security moves a default port along (993 <-> 143).
class ServerFields : public QGroupBox
{
    Q_OBJECT
public:
    using DefaultPort = std::function<quint16(Net::Security)>;

    ServerFields(const QString &title, const QString &objectPrefix, QWidget *parent = nullptr);

    void setDefaultPort(DefaultPort defaultPort);
    void load(const Account::ServerSettings &settings);
    Account::ServerSettings settings() const;
    /// Shows the problems inline; true when every field is usable.
    bool validate();
    bool isValid() const;
    Net::Security security() const;

    /// Why @p host cannot be a server name (empty when it can).
    static QString hostProblem(const QString &host);

Q_SIGNALS:
    void changed();

private:
    void onSecurityChanged();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QComboBox *m_auth;
    QLineEdit *m_username;
    InlineHint *m_hostHint;
    InlineHint *m_userHint;
    InlineHint *m_securityHint;
    DefaultPort m_defaultPort;
    Net::Security m_lastSecurity = Net::Security::ImplicitTls;
};

} // namespace Pigeon::Ui
