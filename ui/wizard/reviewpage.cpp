// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/reviewpage.h"

#include "ui/wizard/accessnotes.h"
#include "ui/wizard/serverdescription.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Pigeon::Ui {

ReviewPage::ReviewPage(AccountDraft *draft, QWidget *parent) : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("These are the settings Pigeon will test next."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_manual = new QCheckBox(tr("&Change these settings by hand"), this);
    m_manual->setObjectName(QStringLiteral("manualCheck"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_manual);
    connect(m_manual, &QCheckBox::toggled, this, [this] { Q_EMIT completeChanged(); });
}

bool ReviewPage::wantsManual() const
{
    return m_manual->isChecked();
}

void ReviewPage::load()
{
    const Account::Account &a = draft()->account;
    const QString protocol = a.protocol == Account::IncomingProtocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Name:"), a.name);
    row(tr("Address:"), a.address);
    row(tr("Incoming (%1):").arg(protocol), ServerDescription::server(a.incoming, a.incomingEndpoint().port));
    row(tr("Outgoing (SMTP):"), ServerDescription::server(a.outgoing, a.outgoingEndpoint().port));
    if (a.protocol == Account::IncomingProtocol::Pop3) {
        QString policy;
        switch (a.pop3.leaveOnServer) {
        case Account::LeaveOnServer::Never: policy = tr("removed from the server after downloading"); break;
        case Account::LeaveOnServer::Forever: policy = tr("copies stay on the server"); break;
        case Account::LeaveOnServer::ForDays:
            policy = tr("copies stay on the server for %n day(s)", nullptr, a.pop3.leaveDays);
            break;
        case Account::LeaveOnServer::UntilDeletedHere:
            policy = tr("copies stay on the server until you delete them here");
            break;
        }
        row(tr("Messages:"), policy);
    }
    row(tr("Password:"), draft()->rememberPassword ? tr("kept in the system keychain")
                                                   : tr("not remembered: kept only until Pigeon quits; enter it again in the account settings next time"));
    html += QStringLiteral("</table>");
    if (draft()->detected) {
        html += QStringLiteral("<p>%1</p>").arg(ServerDescription::foundWhere(*draft()->detected).toHtmlEscaped());
        html += AccessNotes::html(*draft()->detected);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("You entered these settings by hand.").toHtmlEscaped());
    }
    m_summary->setText(html);
    m_manual->setChecked(false);
    m_manual->setFocus();
}

void ReviewPage::store()
{
    // Nothing to write: the wizard asks wantsManual() for the way on, and AccountDraft::manual
    // stays what detection decided, so going back and forth cannot mix the two up.
}

} // namespace Pigeon::Ui
