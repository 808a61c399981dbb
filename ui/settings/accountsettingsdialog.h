// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/accountdraft.h"
#include "ui/wizard/wizardservices.h"

#include <QDialog>
#include <QUuid>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

class QComboBox;

namespace Pigeon::Ui {

class ConnectionTestPage;
class IdentityPage;
class Pop3OptionsPage;
class ServerSettingsPage;

/// Changes an existing account with the wizard's own pages as tabs (you, servers, POP3
/// downloads, connection test). Save validates every tab, updates the AccountStore and,
/// when a new password was typed, the keychain. Open it with open()/show(), never exec().
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountSettingsDialog(const WizardServices &services, const Account::Account &account,
                          QWidget *parent = nullptr);
    ~AccountSettingsDialog() override;

    const AccountDraft &draft() const { return m_draft; }
    /// The last problem shown when saving (empty when none).
    QString saveError() const { return m_saveError; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void accountSaved(const QUuid &id);

private:
    /// The "Advanced" tab: IMAP compression (auto/on/off).
    QWidget *makeAdvancedTab(const Account::Account &account);
    void updateTabs();
    void updateSaveButton();
    void finishSaving(const QString &problem);

    WizardServices m_services;
    AccountDraft m_draft;
    QTabWidget *m_tabs;
    IdentityPage *m_identity;
    ServerSettingsPage *m_servers;
    Pop3OptionsPage *m_pop3;
    ConnectionTestPage *m_test;
    QWidget *m_advanced;
    QComboBox *m_compression;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
    QString m_saveError;
};

} // namespace Pigeon::Ui
