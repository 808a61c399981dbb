// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"
#include "autoconfig/detectedconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace Pigeon::Ui {

/// The account being set up or edited, shared by the wizard's pages and the settings
/// dialog. Each page loads what it shows from here and stores what the user chose back,
/// so the same page classes work in both places. The password lives here only until it
/// is handed to the SecretStore, never in a file.
struct AccountDraft {
    Account::Account account;
    QString password;
    bool rememberPassword = true;
    /// Set when editing an existing account: the password field may stay empty (keep it).
    bool editing = false;
    /// Editing: the password the keychain holds (read when the dialog opened), used by the
    /// connection test while the password field is left empty.
    QString storedPassword;

    /// The password to log in with now.
    QString effectivePassword() const { return password.isEmpty() ? storedPassword : password; }

    /// The detection's winner (empty when nothing was found or detection was skipped).
    std::optional<Autoconfig::DetectedConfig> detected;
    /// Why nothing was found (shown on the manual page).
    QString detectionError;
    /// Detection gave no usable answer (nothing found, or the user stopped it): the manual
    /// page comes next.
    bool manual = false;

    /// The preferred detected server of @p protocol, or nullptr.
    const Autoconfig::ServerCandidate *detectedIncoming(Account::IncomingProtocol protocol) const;
    /// Detection offers both IMAP and POP3, so the user chooses.
    bool offersBothProtocols() const;
    /// Copies the detected servers for @p protocol (and SMTP) into the account.
    void applyDetected(Account::IncomingProtocol protocol);
};

} // namespace Pigeon::Ui
