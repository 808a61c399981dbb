// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <functional>

namespace Pigeon::Account {
class AccountStore;
class SecretStore;
} // namespace Pigeon::Account

namespace Pigeon::Autoconfig {
class SettingsDetector;
} // namespace Pigeon::Autoconfig

namespace Pigeon::Ui {

/// What the wizard and the account settings dialog need from the composition root.
struct WizardServices {
    Account::AccountStore *accounts = nullptr;
    Account::SecretStore *secrets = nullptr;
    /// Gives a fresh detector its sources. Unset: the standard ones (built-in list, the
    /// domain's autoconfig over HTTPS, DNS SRV and MX, probing). Tests point them at loopback.
    std::function<void(Autoconfig::SettingsDetector *)> setUpDetector;
    /// Overall limit for finding settings ("a short overall timeout").
    int detectionTimeoutMs = 20'000;
    /// Limits of each server check in the connection test.
    int connectTimeoutMs = 15'000;
    int replyTimeoutMs = 20'000;
};

} // namespace Pigeon::Ui
