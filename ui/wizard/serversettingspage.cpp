// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/serversettingspage.h"

#include "ui/wizard/serverfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Pigeon::Ui {

using Account::IncomingProtocol;

ServerSettingsPage::ServerSettingsPage(AccountDraft *draft, QWidget *parent) : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("serverSettingsPage"));
    setTitle(tr("Server settings"));
    setSubTitle(tr("Your provider's help pages list these values."));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("manualNote"));
    m_note->setWordWrap(true);
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocolCombo"));
    m_protocol->addItem(tr("IMAP (mail stays on the server)"), int(IncomingProtocol::Imap));
    m_protocol->addItem(tr("POP3 (mail is downloaded)"), int(IncomingProtocol::Pop3));
    m_incoming = new ServerFields(tr("Incoming server"), QStringLiteral("incoming"), this);
    m_outgoing = new ServerFields(tr("Outgoing server (SMTP)"), QStringLiteral("outgoing"), this);
    m_outgoing->setDefaultPort([](Net::Security s) { return Account::Account::defaultSmtpPort(s); });
    m_allowInsecure = new QCheckBox(tr("I understand the risk: send my password &unencrypted"), this);
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecureCheck"));

    auto *top = new QFormLayout;
    auto *protocolLabel = new QLabel(tr("&Incoming mail:"), this);
    protocolLabel->setBuddy(m_protocol);
    top->addRow(protocolLabel, m_protocol);
    auto *servers = new QHBoxLayout;
    servers->addWidget(m_incoming);
    servers->addWidget(m_outgoing);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(top);
    layout->addLayout(servers);
    layout->addWidget(m_allowInsecure);
    layout->addStretch(1);

    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ServerSettingsPage::onProtocolChanged);
    for (ServerFields *f : {m_incoming, m_outgoing})
        connect(f, &ServerFields::changed, this, &ServerSettingsPage::updateInsecure);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &ServerSettingsPage::completeChanged);
    onProtocolChanged();
}

IncomingProtocol ServerSettingsPage::protocol() const
{
    return IncomingProtocol(m_protocol->currentData().toInt());
}

void ServerSettingsPage::onProtocolChanged()
{
    const IncomingProtocol p = protocol();
    m_incoming->setDefaultPort([p](Net::Security s) { return Account::Account::defaultIncomingPort(p, s); });
    // Switching IMAP <-> POP3 moves the port along when it was the other protocol's default.
    Account::ServerSettings s = m_incoming->settings();
    const IncomingProtocol other = p == IncomingProtocol::Imap ? IncomingProtocol::Pop3 : IncomingProtocol::Imap;
    if (s.port == Account::Account::defaultIncomingPort(other, s.security)) {
        s.port = Account::Account::defaultIncomingPort(p, s.security);
        m_incoming->load(s);
    }
    Q_EMIT completeChanged();
}

void ServerSettingsPage::updateInsecure()
{
    const bool insecure = m_incoming->security() == Net::Security::None || m_outgoing->security() == Net::Security::None;
    m_allowInsecure->setVisible(insecure);
    Q_EMIT completeChanged();
}

void ServerSettingsPage::load()
{
    const Account::Account &a = draft()->account;
    {
        const QSignalBlocker block(m_protocol);
        m_protocol->setCurrentIndex(m_protocol->findData(int(a.protocol)));
    }
    // An existing account's mail store follows its protocol: switching means a new account.
    m_protocol->setEnabled(!draft()->editing);
    m_protocol->setToolTip(draft()->editing ? tr("To switch between IMAP and POP3, add the account again.") : QString());
    const IncomingProtocol p = a.protocol;
    m_incoming->setDefaultPort([p](Net::Security s) { return Account::Account::defaultIncomingPort(p, s); });
    Account::ServerSettings in = a.incoming;
    Account::ServerSettings out = a.outgoing;
    // Nothing found: start from the usual names so the user corrects rather than types.
    const QString domain = a.address.mid(a.address.lastIndexOf(QLatin1Char('@')) + 1);
    if (in.host.isEmpty())
        in.host = (p == IncomingProtocol::Imap ? QStringLiteral("imap.") : QStringLiteral("pop.")) + domain;
    if (out.host.isEmpty())
        out.host = QStringLiteral("smtp.") + domain;
    if (in.username.isEmpty())
        in.username = a.address;
    if (out.username.isEmpty())
        out.username = in.username;
    m_incoming->load(in);
    m_outgoing->load(out);
    m_allowInsecure->setChecked(a.tls.allowInsecureAuth);
    m_note->setText(draft()->detectionError.isEmpty()
                        ? QString()
                        : tr("Pigeon could not find the settings: %1").arg(draft()->detectionError));
    m_note->setVisible(!m_note->text().isEmpty());
    updateInsecure();
    m_incoming->setFocus();
}

void ServerSettingsPage::store()
{
    Account::Account &a = draft()->account;
    a.protocol = protocol();
    a.incoming = m_incoming->settings();
    a.outgoing = m_outgoing->settings();
    const bool insecure = m_incoming->security() == Net::Security::None || m_outgoing->security() == Net::Security::None;
    a.tls.allowInsecureAuth = insecure && m_allowInsecure->isChecked();
}

bool ServerSettingsPage::isComplete() const
{
    const bool insecure = m_incoming->security() == Net::Security::None || m_outgoing->security() == Net::Security::None;
    return m_incoming->isValid() && m_outgoing->isValid() && (!insecure || m_allowInsecure->isChecked());
}

} // namespace Pigeon::Ui
