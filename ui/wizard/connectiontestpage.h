// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/connectioncheck.h"
#include "ui/wizard/draftpage.h"
#include "ui/wizard/wizardservices.h"

class QLabel;
class QPushButton;

namespace Pigeon::Ui {

class CertificatePanel;

/// "Connection test": logs in to the incoming and the outgoing server with the settings
/// and password entered, and explains any failure in words a user understands: wrong
/// password (with the provider's app-password/enable-access note), host not found,
/// connection refused, certificate problem (shown, and trusted only by the user's
/// choice), security not supported. The wizard finishes only after both succeed.
class ConnectionTestPage : public DraftPage
{
    Q_OBJECT
public:
    ConnectionTestPage(AccountDraft *draft, const WizardServices &services, QWidget *parent = nullptr);

    void load() override;
    void store() override {}
    void cleanupPage() override;
    bool isComplete() const override;

    /// Starts (or restarts) the test with what the draft holds now.
    void runTest();
    bool isRunning() const { return m_check.isRunning(); }
    bool passed() const { return m_passed; }
    /// Run the test as soon as the page is shown (the wizard); the settings dialog waits
    /// for the button.
    void setAutoStart(bool autoStart) { m_autoStart = autoStart; }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void onSideFinished(QLabel *status, const Autoconfig::ProbeResult &result);
    void onFinished(bool ok);
    void trust(const Net::CertificateInfo &info);

    WizardServices m_services;
    Autoconfig::ConnectionCheck m_check;
    QLabel *m_incomingStatus;
    QLabel *m_outgoingStatus;
    QLabel *m_explanation;
    CertificatePanel *m_certificate;
    QPushButton *m_again;
    bool m_passed = false;
    bool m_autoStart = true;
};

} // namespace Pigeon::Ui
