// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/connectiontestpage.h"

#include "ui/wizard/accessnotes.h"
#include "ui/wizard/certificatepanel.h"
#include "ui/wizard/connectionerrortext.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

using Autoconfig::ProbeResult;

ConnectionTestPage::ConnectionTestPage(AccountDraft *draft, const WizardServices &services, QWidget *parent)
    : DraftPage(draft, parent), m_services(services)
{
    setObjectName(QStringLiteral("connectionTestPage"));
    setTitle(tr("Connection test"));
    setSubTitle(tr("Pigeon logs in to both servers once to check the settings and the password."));
    m_check.setTimeouts(services.connectTimeoutMs, services.replyTimeoutMs);

    m_incomingStatus = new QLabel(this);
    m_incomingStatus->setObjectName(QStringLiteral("incomingStatus"));
    m_outgoingStatus = new QLabel(this);
    m_outgoingStatus->setObjectName(QStringLiteral("outgoingStatus"));
    auto *form = new QFormLayout;
    auto *inLabel = new QLabel(tr("Incoming server:"), this);
    inLabel->setBuddy(m_incomingStatus);
    auto *outLabel = new QLabel(tr("Outgoing server:"), this);
    outLabel->setBuddy(m_outgoingStatus);
    form->addRow(inLabel, m_incomingStatus);
    form->addRow(outLabel, m_outgoingStatus);
    for (QLabel *l : {m_incomingStatus, m_outgoingStatus}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("testExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setOpenExternalLinks(true);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_certificate = new CertificatePanel(this);
    m_again = new QPushButton(tr("Test &again"), this);
    m_again->setObjectName(QStringLiteral("testAgainButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_certificate);
    layout->addStretch(1);
    layout->addWidget(m_again, 0, Qt::AlignLeading);

    connect(m_again, &QPushButton::clicked, this, &ConnectionTestPage::runTest);
    connect(m_certificate, &CertificatePanel::trusted, this, &ConnectionTestPage::trust);
    connect(&m_check, &Autoconfig::ConnectionCheck::incomingFinished, this,
            [this](const ProbeResult &r) { onSideFinished(m_incomingStatus, r); });
    connect(&m_check, &Autoconfig::ConnectionCheck::outgoingFinished, this,
            [this](const ProbeResult &r) { onSideFinished(m_outgoingStatus, r); });
    connect(&m_check, &Autoconfig::ConnectionCheck::finished, this, &ConnectionTestPage::onFinished);
}

void ConnectionTestPage::load()
{
    if (m_autoStart)
        runTest();
}

void ConnectionTestPage::cleanupPage()
{
    m_check.cancel();
}

void ConnectionTestPage::runTest()
{
    m_passed = false;
    m_explanation->clear();
    m_certificate->hide();
    m_again->setEnabled(false);
    const QString testing = tr("testing…");
    m_incomingStatus->setText(testing);
    m_outgoingStatus->setText(testing);
    Q_EMIT completeChanged();
    m_check.start(draft()->account, draft()->effectivePassword());
}

void ConnectionTestPage::onSideFinished(QLabel *status, const ProbeResult &result)
{
    if (result.ok()) {
        const QString security = result.startTlsUsed ? tr("STARTTLS") : result.encrypted ? tr("SSL/TLS") : tr("unencrypted");
        status->setText(tr("OK: %1 accepted the login (%2, port %3).")
                            .arg(result.endpoint.host, security)
                            .arg(result.endpoint.port));
    } else {
        status->setText(tr("Failed: %1").arg(ConnectionErrorText::explain(result)));
    }
}

void ConnectionTestPage::onFinished(bool ok)
{
    m_passed = ok;
    m_again->setEnabled(true);
    if (ok) {
        m_explanation->setText(QStringLiteral("<p>%1</p>").arg(tr("Both servers work. Press Finish to add the account.").toHtmlEscaped()));
    } else {
        QString html;
        for (const ProbeResult *r : {&m_check.incoming(), &m_check.outgoing()}) {
            if (r->error.kind() == MailError::Kind::AuthFailed && draft()->detected && !draft()->detected->access.isEmpty()) {
                html += AccessNotes::html(*draft()->detected, true); // the likely reason: say it again
                break;
            }
        }
        // The certificate question first for the incoming server, then the outgoing one.
        for (const ProbeResult *r : {&m_check.incoming(), &m_check.outgoing()}) {
            if (r->error.kind() == MailError::Kind::UntrustedCertificate
                && r->error.payload().canConvert<Net::CertificateInfo>()) {
                m_certificate->show(r->error.payload().value<Net::CertificateInfo>());
                break;
            }
        }
        if (html.isEmpty())
            html = QStringLiteral("<p>%1</p>").arg(tr("Go back to correct the settings, or test again.").toHtmlEscaped());
        m_explanation->setText(html);
    }
    Q_EMIT completeChanged();
    Q_EMIT testFinished(ok);
}

void ConnectionTestPage::trust(const Net::CertificateInfo &info)
{
    Net::TlsPolicy &tls = draft()->account.tls;
    if (!tls.pinned.contains(info.pin()))
        tls.pinned.append(info.pin());
    runTest();
}

bool ConnectionTestPage::isComplete() const
{
    return m_passed && !m_check.isRunning();
}

} // namespace Pigeon::Ui
