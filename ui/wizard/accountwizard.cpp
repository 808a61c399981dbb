// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/accountwizard.h"

#include "account/accountstore.h"
#include "account/secretstore.h"
#include "ui/wizard/connectiontestpage.h"
#include "ui/wizard/detectionpage.h"
#include "ui/wizard/identitypage.h"
#include "ui/wizard/pop3optionspage.h"
#include "ui/wizard/protocolpage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/serversettingspage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace Pigeon::Ui {

using Account::IncomingProtocol;

AccountWizard::AccountWizard(const WizardServices &services, QWidget *parent)
    : QWizard(parent), m_services(services)
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add a mail account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_draft.account.id = QUuid::createUuid();

    m_identity = new IdentityPage(&m_draft, this);
    m_detection = new DetectionPage(&m_draft, m_services, this);
    m_protocol = new ProtocolPage(&m_draft, this);
    m_pop3 = new Pop3OptionsPage(&m_draft, this);
    m_review = new ReviewPage(&m_draft, this);
    m_servers = new ServerSettingsPage(&m_draft, this);
    m_test = new ConnectionTestPage(&m_draft, m_services, this);
    if (m_services.accounts) {
        QStringList addresses;
        for (const Account::Account &a : m_services.accounts->accounts())
            addresses << a.address;
        m_identity->setExistingAddresses(addresses);
    }
    setPage(Identity, m_identity);
    setPage(Detection, m_detection);
    setPage(Protocol, m_protocol);
    setPage(Pop3Options, m_pop3);
    setPage(Review, m_review);
    setPage(ServerSettings, m_servers);
    setPage(ConnectionTest, m_test);
    setStartId(Identity);
    resize(720, 560);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    // The review page offers the manual page only if it was not already on the way here.
    if (id == Review)
        m_review->findChild<QWidget *>(QStringLiteral("manualCheck"))->setVisible(!hasVisitedPage(ServerSettings));
}

int AccountWizard::nextId() const
{
    const bool pop3Visited = hasVisitedPage(Pop3Options);
    const bool reviewVisited = hasVisitedPage(Review);
    switch (currentId()) {
    case Identity: return Detection;
    case Detection:
        if (m_draft.manual || !m_draft.detected)
            return ServerSettings;
        if (m_draft.offersBothProtocols())
            return Protocol;
        return m_draft.account.protocol == IncomingProtocol::Pop3 ? Pop3Options : Review;
    case Protocol: return m_protocol->chosen() == IncomingProtocol::Pop3 ? Pop3Options : Review;
    case Pop3Options: return reviewVisited ? ConnectionTest : Review;
    case Review: return m_review->wantsManual() && !hasVisitedPage(ServerSettings) ? ServerSettings : ConnectionTest;
    case ServerSettings:
        if (m_servers->protocol() == IncomingProtocol::Pop3 && !pop3Visited)
            return Pop3Options;
        return reviewVisited ? ConnectionTest : Review;
    case ConnectionTest: return -1;
    default: return -1;
    }
}

void AccountWizard::accept()
{
    if (m_saving || currentId() != ConnectionTest || !m_test->passed())
        return;
    m_saving = true;
    m_saveError.clear();
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);

    Account::Account account = m_draft.account;
    account.applyDefaults();
    if (const Result<void> added = m_services.accounts->add(account); !added) {
        m_saving = false;
        button(QWizard::FinishButton)->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        showSaveProblem(tr("The account could not be saved: %1").arg(added.error().text()));
        return;
    }
    if (!m_services.secrets) {
        finishSaving(account.id, QString());
        return;
    }
    // The same password for both servers: one keychain entry each, so either can change later.
    // Unticked "remember": kept for this run only, so the account works until Pigeon quits.
    auto pending = std::make_shared<int>(2);
    auto problem = std::make_shared<QString>();
    QPointer<AccountWizard> self(this);
    const QUuid id = account.id;
    for (auto purpose : {Account::SecretPurpose::Incoming, Account::SecretPurpose::Outgoing}) {
        auto done = [self, pending, problem, id](const Result<void> &written) {
            if (!written && problem->isEmpty())
                *problem = written.error().text();
            if (--*pending == 0 && self)
                self->finishSaving(id, *problem);
        };
        if (m_draft.rememberPassword)
            m_services.secrets->writePassword(id, purpose, m_draft.password, done);
        else
            m_services.secrets->keepForSession(id, purpose, m_draft.password, done);
    }
}

void AccountWizard::finishSaving(const QUuid &id, const QString &problem)
{
    m_saving = false;
    m_draft.password.clear();
    Q_EMIT accountCreated(id);
    if (!problem.isEmpty()) {
        // The account exists; only the password is missing. Say so, then close.
        m_saveError = tr("The account was added, but the keychain did not keep the password (%1). "
                         "Pigeon will ask for it when it connects.")
                          .arg(problem);
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), m_saveError, QMessageBox::Ok, parentWidget());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    QWizard::accept();
}

void AccountWizard::showSaveProblem(const QString &text)
{
    m_saveError = text;
    auto *box = new QMessageBox(QMessageBox::Critical, windowTitle(), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Pigeon::Ui
