// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/protocolpage.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

ProtocolPage::ProtocolPage(AccountDraft *draft, QWidget *parent) : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("protocolPage"));
    setTitle(tr("How should Pigeon get your mail?"));
    setSubTitle(tr("Your provider offers both ways. You can change this later only by setting up the account again."));

    m_imap = new QRadioButton(tr("&IMAP: keep mail on the server"), this);
    m_imap->setObjectName(QStringLiteral("imapRadio"));
    auto *imapText = new QLabel(tr("Your mail stays on the server and in sync across your phone and computers, "
                                   "with your folders and server search. Pigeon downloads only the headers until "
                                   "you open a message."),
                                this);
    m_pop3 = new QRadioButton(tr("&POP3: download mail to this computer"), this);
    m_pop3->setObjectName(QStringLiteral("pop3Radio"));
    auto *popText = new QLabel(tr("Pigeon downloads your mail to this computer and, unless you choose otherwise, "
                                  "removes it from the server. Best for one computer, little space on the server, "
                                  "or privacy."),
                               this);
    auto *layout = new QVBoxLayout(this);
    for (auto [radio, text] : {std::pair{m_imap, imapText}, std::pair{m_pop3, popText}}) {
        text->setWordWrap(true);
        text->setIndent(24);
        text->setBuddy(radio);
        radio->setAccessibleDescription(text->text());
        layout->addWidget(radio);
        layout->addWidget(text);
        layout->addSpacing(10);
    }
    layout->addStretch(1);
    m_imap->setChecked(true);
}

void ProtocolPage::load()
{
    (draft()->account.protocol == Account::IncomingProtocol::Pop3 ? m_pop3 : m_imap)->setChecked(true);
    (m_pop3->isChecked() ? m_pop3 : m_imap)->setFocus();
}

Account::IncomingProtocol ProtocolPage::chosen() const
{
    return m_pop3->isChecked() ? Account::IncomingProtocol::Pop3 : Account::IncomingProtocol::Imap;
}

void ProtocolPage::store()
{
    draft()->applyDetected(chosen());
}

} // namespace Pigeon::Ui
