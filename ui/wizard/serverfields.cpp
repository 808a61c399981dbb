// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/serverfields.h"

#include "ui/wizard/inlinehint.h"
#include "ui/wizard/serverdescription.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>

namespace Pigeon::Ui {

using Net::Security;

ServerFields::ServerFields(const QString &title, const QString &objectPrefix, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(objectPrefix + QStringLiteral("Group"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(objectPrefix + QStringLiteral("HostEdit"));
    m_host->setLayoutDirection(Qt::LeftToRight);
    m_port = new QSpinBox(this);
    m_port->setObjectName(objectPrefix + QStringLiteral("PortSpin"));
    m_port->setRange(1, 65535);
    m_port->setLayoutDirection(Qt::LeftToRight);
    m_security = new QComboBox(this);
    m_security->setObjectName(objectPrefix + QStringLiteral("SecurityCombo"));
    for (Security s : {Security::ImplicitTls, Security::StartTls, Security::None})
        m_security->addItem(ServerDescription::securityLabel(s), int(s));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(objectPrefix + QStringLiteral("AuthCombo"));
    for (auto m : {Account::AuthMethod::Auto, Account::AuthMethod::Plain, Account::AuthMethod::Login,
                   Account::AuthMethod::CramMd5, Account::AuthMethod::Cleartext})
        m_auth->addItem(ServerDescription::authLabel(m), int(m));
    m_username = new QLineEdit(this);
    m_username->setObjectName(objectPrefix + QStringLiteral("UserEdit"));
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_hostHint = new InlineHint(m_host, this);
    m_userHint = new InlineHint(m_username, this);
    m_securityHint = new InlineHint(m_security, this);

    auto *form = new QFormLayout(this);
    auto add = [&](const QString &label, QWidget *field, InlineHint *hint) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        if (hint)
            form->addRow(QString(), hint);
    };
    add(tr("Ser&ver:"), m_host, m_hostHint);
    add(tr("P&ort:"), m_port, nullptr);
    add(tr("Sec&urity:"), m_security, m_securityHint);
    add(tr("&Authentication:"), m_auth, nullptr);
    add(tr("User na&me:"), m_username, m_userHint);

    connect(m_host, &QLineEdit::textChanged, this, [this] { validate(); Q_EMIT changed(); });
    connect(m_username, &QLineEdit::textChanged, this, [this] { validate(); Q_EMIT changed(); });
    connect(m_port, &QSpinBox::valueChanged, this, &ServerFields::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerFields::changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerFields::onSecurityChanged);
}

void ServerFields::setDefaultPort(DefaultPort defaultPort)
{
    m_defaultPort = std::move(defaultPort);
}

Security ServerFields::security() const
{
    return Security(m_security->currentData().toInt());
}

void ServerFields::onSecurityChanged()
{
    // A port that was the default for the old security follows the new one; a port the
    // user typed stays.
    if (m_defaultPort && m_port->value() == m_defaultPort(m_lastSecurity))
        m_port->setValue(m_defaultPort(security()));
    m_lastSecurity = security();
    validate();
    Q_EMIT changed();
}

void ServerFields::load(const Account::ServerSettings &s)
{
    const QSignalBlocker b1(m_security);
    m_host->setText(s.host);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_lastSecurity = s.security;
    m_port->setValue(s.port ? s.port : (m_defaultPort ? m_defaultPort(s.security) : 1));
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(s.auth))));
    m_username->setText(s.username);
    validate();
}

Account::ServerSettings ServerFields::settings() const
{
    Account::ServerSettings s;
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.security = security();
    s.auth = Account::AuthMethod(m_auth->currentData().toInt());
    s.username = m_username->text().trimmed();
    return s;
}

QString ServerFields::hostProblem(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return tr("Enter the server's name, e.g. imap.example.org.");
    if (h.contains(QLatin1Char(' ')) || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char(':'))
        || h.contains(QLatin1Char('@')))
        return tr("Only the server's name goes here, without spaces, “@”, “:” or “/”; the port has its own field.");
    if (QUrl::fromUserInput(QStringLiteral("x://") + h).host().isEmpty() && QUrl::toAce(h).isEmpty())
        return tr("This is not a valid server name.");
    return {};
}

bool ServerFields::isValid() const
{
    return hostProblem(m_host->text()).isEmpty() && !m_username->text().trimmed().isEmpty();
}

bool ServerFields::validate()
{
    m_hostHint->setProblem(hostProblem(m_host->text()));
    m_userHint->setProblem(m_username->text().trimmed().isEmpty() ? tr("Enter the user name for this server.") : QString());
    if (security() == Security::None)
        m_securityHint->setWarning(tr("Without encryption anyone on the network can read your password and mail."));
    else
        m_securityHint->setProblem(QString());
    return isValid();
}

} // namespace Pigeon::Ui
