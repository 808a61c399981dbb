// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectedconfig.h"

#include <QCoreApplication>
#include <QString>

namespace Pigeon::Ui {

/// The provider's access rules (app password, IMAP/POP access to switch on, OAuth2 only)
/// in the user's language, with the link to the provider's page when one is known.
class AccessNotes
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Ui::AccessNotes)
public:
    /// One sentence for @p rule of @p provider (plain text).
    static QString text(Autoconfig::AccessRule::Kind rule, const QString &provider);
    /// Every rule of @p config as rich text (a list with links); empty when there are none.
    /// With @p rejected the notes are introduced as the likely reason of a refused password.
    static QString html(const Autoconfig::DetectedConfig &config, bool rejected = false);
    /// The plain explanation for a provider that accepts only OAuth2 sign-in.
    static QString oauth2Explanation(const QString &provider);
    /// True when Pigeon cannot log in to this provider with a password at all.
    static bool isOAuth2Only(const Autoconfig::DetectedConfig &config);
};

} // namespace Pigeon::Ui
