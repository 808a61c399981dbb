// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// What the wizard tests share: a provider list written for the running fixture, a fresh
// profile (account file + keychain scope) per test, and small helpers to drive a QWizard
// the way a user does.

#include "account/accountstore.h"
#include "account/keychainsecretstore.h"
#include "autoconfig/providerlist.h"
#include "autoconfig/providerlistsource.h"
#include "autoconfig/settingsdetector.h"
#include "support/testmailserver.h"
#include "ui/wizard/wizardservices.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWizard>

#include <memory>

namespace WizardTest {

using Pigeon::Test::TestMailServer;

/// A provider file (Thunderbird format plus Pigeon's access extension) whose servers are
/// the fixture's implicit-TLS ports on "localhost".
inline QByteArray providerXml(const TestMailServer &server, const QString &domain, const QString &extra,
                              const QString &auth = QStringLiteral("password-cleartext"), bool withPop3 = true)
{
    using S = TestMailServer::Service;
    auto srv = [&](const char *element, const char *type, S service) {
        return QStringLiteral("<%1 type=\"%2\"><hostname>localhost</hostname><port>%3</port>"
                              "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
                              "<authentication>%4</authentication></%1>")
            .arg(QLatin1String(element), QLatin1String(type))
            .arg(server.port(service))
            .arg(auth);
    };
    return QStringLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\" "
                          "xmlns:pigeon=\"urn:x-pigeon-mail:autoconfig-extension:1\">"
                          "<emailProvider id=\"%1\"><domain>%1</domain><displayName>%1 Mail</displayName>"
                          "%2%3%4%5</emailProvider></clientConfig>\n")
        .arg(domain, srv("incomingServer", "imap", S::Imaps), withPop3 ? srv("incomingServer", "pop3", S::Pop3s) : QString(),
             srv("outgoingServer", "smtp", S::Smtps), extra)
        .toUtf8();
}

/// One fresh profile: its account file and its own keychain scope.
struct Profile {
    QTemporaryDir dir;
    Pigeon::Account::AccountStore store{dir.filePath(QStringLiteral("accounts.json"))};
    QString scope = QStringLiteral("wizard-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Pigeon::Account::KeychainSecretStore secrets{scope};

    /// Services whose detection knows only the providers in @p providers (and whatever
    /// @p more adds), so nothing leaves the machine.
    Pigeon::Ui::WizardServices services(const Pigeon::Autoconfig::ProviderList *providers,
                                        std::function<void(Pigeon::Autoconfig::SettingsDetector *)> more = {})
    {
        Pigeon::Ui::WizardServices s;
        s.accounts = &store;
        s.secrets = &secrets;
        s.detectionTimeoutMs = 15'000;
        s.connectTimeoutMs = 10'000;
        s.replyTimeoutMs = 10'000;
        s.setUpDetector = [providers, more](Pigeon::Autoconfig::SettingsDetector *d) {
            d->addSource(new Pigeon::Autoconfig::ProviderListSource(providers));
            if (more)
                more(d);
        };
        return s;
    }

    /// The accounts as the next start of Pigeon reads them from the file (empty on failure).
    QList<Pigeon::Account::Account> storedAccounts() const
    {
        Pigeon::Account::AccountStore reread(store.filePath());
        if (!reread.load())
            return {};
        return reread.accounts();
    }

    /// The password the keychain holds for @p id (read through a second store object, as
    /// the next start of Pigeon would); "<error: ...>" when none.
    QString keychainPassword(const QUuid &id, Pigeon::Account::SecretPurpose purpose)
    {
        Pigeon::Account::KeychainSecretStore reader(scope);
        QString out;
        bool done = false;
        reader.readPassword(id, purpose, [&](const Pigeon::Result<QString> &r) {
            out = r ? *r : QStringLiteral("<error: %1>").arg(r.error().toString());
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20'000))
            return QStringLiteral("<no answer>");
        return out;
    }
};

template<typename T>
T *child(QWidget *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

/// Clicks a check box or radio button on its indicator, where a user clicks (a click in the
/// middle of a wide button lands beyond its text and does nothing).
inline void clickToggle(QAbstractButton *button)
{
    const int x = button->isRightToLeft() ? button->width() - 8 : 8;
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(x, button->height() / 2));
}

inline bool clickNext(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

} // namespace WizardTest
