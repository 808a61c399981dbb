// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/settings/accountsettingsdialog.h"

#include "account/accountstore.h"
#include "account/secretstore.h"
#include "ui/wizard/connectiontestpage.h"
#include "ui/wizard/identitypage.h"
#include "ui/wizard/pop3optionspage.h"
#include "ui/wizard/serversettingspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace Pigeon::Ui {

AccountSettingsDialog::AccountSettingsDialog(const WizardServices &services, const Account::Account &account,
                                             QWidget *parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("accountSettingsDialog"));
    setWindowTitle(tr("Account settings – %1").arg(account.displayName()));
    m_draft.account = account;
    m_draft.editing = true;

    m_identity = new IdentityPage(&m_draft, this);
    m_servers = new ServerSettingsPage(&m_draft, this);
    m_pop3 = new Pop3OptionsPage(&m_draft, this);
    m_test = new ConnectionTestPage(&m_draft, m_services, this);
    m_test->setAutoStart(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_identity, tr("&You"));
    m_tabs->addTab(m_servers, tr("&Servers"));
    m_tabs->addTab(m_pop3, tr("&Downloads"));
    m_tabs->addTab(m_test, tr("&Test"));
    m_advanced = makeAdvancedTab(account);
    m_tabs->addTab(m_advanced, tr("&Advanced"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (DraftPage *page : std::initializer_list<DraftPage *>{m_identity, m_servers, m_pop3, m_test}) {
        page->load();
        connect(page, &QWizardPage::completeChanged, this, &AccountSettingsDialog::updateSaveButton);
    }
    // The test uses what the tabs show now, not what was saved.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_test) {
            m_identity->store();
            m_servers->store();
        }
    });
    connect(m_servers->findChild<QComboBox *>(QStringLiteral("protocolCombo")), &QComboBox::currentIndexChanged,
            this, &AccountSettingsDialog::updateTabs);
    updateTabs();
    updateSaveButton();
    resize(760, 560);

    // The connection test needs the stored password while the field stays empty.
    if (m_services.secrets) {
        QPointer<AccountSettingsDialog> self(this);
        m_services.secrets->readPassword(account.id, Account::SecretPurpose::Incoming,
                                         [self](const Result<QString> &password) {
            if (self && password)
                self->m_draft.storedPassword = *password;
        });
    }
}

AccountSettingsDialog::~AccountSettingsDialog() = default;

QWidget *AccountSettingsDialog::makeAdvancedTab(const Account::Account &account)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("advancedPage"));
    m_compression = new QComboBox(page);
    m_compression->setObjectName(QStringLiteral("compressionCombo"));
    m_compression->addItem(tr("Automatic: only beyond the local network"), int(Net::Compression::Auto));
    m_compression->addItem(tr("Always, when the server offers it"), int(Net::Compression::On));
    m_compression->addItem(tr("Never"), int(Net::Compression::Off));
    m_compression->setCurrentIndex(m_compression->findData(int(account.imap.compression)));
    auto *hint = new QLabel(tr("Compression saves traffic on slow connections but costs time on a fast local "
                               "network, where the server is often quicker uncompressed."),
                            page);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("IMAP &compression:"), m_compression);
    form->addRow(hint);
    return page;
}

void AccountSettingsDialog::updateTabs()
{
    m_tabs->setTabEnabled(m_tabs->indexOf(m_pop3), m_servers->protocol() == Account::IncomingProtocol::Pop3);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_advanced), m_servers->protocol() == Account::IncomingProtocol::Imap);
}

void AccountSettingsDialog::updateSaveButton()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(!m_saving && m_identity->isComplete() && m_servers->isComplete());
}

void AccountSettingsDialog::accept()
{
    if (m_saving || !m_identity->isComplete() || !m_servers->isComplete())
        return;
    for (DraftPage *page : std::initializer_list<DraftPage *>{m_identity, m_servers, m_pop3})
        page->store();
    Account::Account account = m_draft.account;
    account.imap.compression = Net::Compression(m_compression->currentData().toInt());
    account.applyDefaults();
    if (const Result<void> updated = m_services.accounts->update(account); !updated) {
        m_saveError = tr("The settings could not be saved: %1").arg(updated.error().text());
        m_problem->setText(m_saveError);
        m_problem->show();
        return;
    }
    Q_EMIT accountSaved(account.id);
    if (!m_services.secrets || (m_draft.password.isEmpty() && m_draft.rememberPassword)) {
        finishSaving(QString()); // password unchanged
        return;
    }
    m_saving = true;
    updateSaveButton();
    auto pending = std::make_shared<int>(2);
    auto problem = std::make_shared<QString>();
    QPointer<AccountSettingsDialog> self(this);
    for (auto purpose : {Account::SecretPurpose::Incoming, Account::SecretPurpose::Outgoing}) {
        auto done = [self, pending, problem](const Result<void> &r) {
            if (!r && problem->isEmpty())
                *problem = r.error().text();
            if (--*pending == 0 && self)
                self->finishSaving(*problem);
        };
        // Unticking "remember" removes the stored copy; the password still works until Pigeon quits.
        if (m_draft.rememberPassword)
            m_services.secrets->writePassword(account.id, purpose, m_draft.password, done);
        else if (m_draft.effectivePassword().isEmpty())
            m_services.secrets->removePassword(account.id, purpose, done);
        else
            m_services.secrets->keepForSession(account.id, purpose, m_draft.effectivePassword(), done);
    }
}

void AccountSettingsDialog::finishSaving(const QString &problem)
{
    m_saving = false;
    m_draft.password.clear();
    if (!problem.isEmpty()) {
        m_saveError = tr("The settings were saved, but the keychain failed: %1").arg(problem);
        m_problem->setText(m_saveError);
        m_problem->show();
        updateSaveButton();
        return;
    }
    QDialog::accept();
}

} // namespace Pigeon::Ui
