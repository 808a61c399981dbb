// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QString>

namespace Pigeon::Account {

/// Where all of Pigeon's state lives: configuration, mail data and caches.
///
/// The default profile uses QStandardPaths (AppConfigLocation, AppDataLocation,
/// CacheLocation). `--profile DIR` (both executables) moves everything under DIR
/// (DIR/config, DIR/data, DIR/cache), so tests and the demo never touch the user's
/// real files, and keychain entries are scoped to the profile too (keychainScope()).
/// Every module asks the Profile for paths; none calls QStandardPaths itself.
class Profile
{
public:
    /// The user's real profile (QStandardPaths). Needs the application name set.
    static Profile standard();
    /// Everything under @p directory (made absolute).
    static Profile inDirectory(const QString &directory);
    /// From a --profile option: the standard profile when @p directory is empty.
    static Profile fromOption(const QString &directory);

    bool isStandard() const { return m_root.isEmpty(); }
    /// The --profile directory, empty for the standard profile.
    QString rootDirectory() const { return m_root; }

    QString configDirectory() const { return m_config; }
    QString dataDirectory() const { return m_data; }
    QString cacheDirectory() const { return m_cache; }
    /// The AccountStore file: configDirectory()/accounts.json.
    QString accountsFile() const;

    /// Prefix of every keychain key, so a test profile never reads or overwrites the
    /// entries of the user's real profile: "default" or "profile:<absolute dir>".
    QString keychainScope() const;

    /// Creates the three directories (private to the user: 0700).
    Result<void> ensureDirectories() const;

private:
    QString m_root;
    QString m_config;
    QString m_data;
    QString m_cache;
};

} // namespace Pigeon::Account
