// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/accountdraft.h"
#include "ui/wizard/wizardservices.h"

#include <QUuid>
#include <QWizard>

namespace Pigeon::Ui {

class ConnectionTestPage;
class DetectionPage;
class IdentityPage;
class Pop3OptionsPage;
class ProtocolPage;
class ReviewPage;
class ServerSettingsPage;

/// The account set-up wizard (issue 7): you → finding settings → POP3 or IMAP → POP3
/// options → review → manual settings → connection test. Pages the situation does not
/// need are skipped (nextId()). Finish stores the account in the AccountStore and the
/// password in the keychain, then closes; nothing is stored before that.
///
/// Everything runs asynchronously on the event loop: open it with show() or open(),
/// never exec().
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Identity, Detection, Protocol, Pop3Options, Review, ServerSettings, ConnectionTest };
    Q_ENUM(PageId)

    explicit AccountWizard(const WizardServices &services, QWidget *parent = nullptr);
    ~AccountWizard() override;

    int nextId() const override;
    const AccountDraft &draft() const { return m_draft; }
    /// The error of the last Finish that could not save (empty when none).
    QString saveError() const { return m_saveError; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// The account was stored (and its password handed to the keychain).
    void accountCreated(const QUuid &id);

protected:
    void initializePage(int id) override;

private:
    void finishSaving(const QUuid &id, const QString &problem);
    void showSaveProblem(const QString &text);

    WizardServices m_services;
    AccountDraft m_draft;
    IdentityPage *m_identity;
    DetectionPage *m_detection;
    ProtocolPage *m_protocol;
    Pop3OptionsPage *m_pop3;
    ReviewPage *m_review;
    ServerSettingsPage *m_servers;
    ConnectionTestPage *m_test;
    bool m_saving = false;
    QString m_saveError;
};

} // namespace Pigeon::Ui
