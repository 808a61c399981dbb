// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Pigeon::Account {

Profile Profile::standard()
{
    Profile p;
    p.m_config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    p.m_data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    p.m_cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return p;
}

Profile Profile::inDirectory(const QString &directory)
{
    Profile p;
    p.m_root = QDir::cleanPath(QDir(directory).absolutePath());
    p.m_config = p.m_root + QLatin1String("/config");
    p.m_data = p.m_root + QLatin1String("/data");
    p.m_cache = p.m_root + QLatin1String("/cache");
    return p;
}

Profile Profile::fromOption(const QString &directory)
{
    return directory.isEmpty() ? standard() : inDirectory(directory);
}

QString Profile::accountsFile() const
{
    return m_config + QLatin1String("/accounts.json");
}

QString Profile::keychainScope() const
{
    return isStandard() ? QStringLiteral("default") : QLatin1String("profile:") + m_root;
}

Result<void> Profile::ensureDirectories() const
{
    // Mail and settings are private: owner-only directories, whatever the umask says.
    const auto perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &dir : {m_root, m_config, m_data, m_cache}) {
        if (dir.isEmpty())
            continue;
        if (!QDir().mkpath(dir)) {
            return MailError(MailError::Kind::Io,
                             QCoreApplication::translate("Pigeon::Account::Profile",
                                                         "cannot create the directory %1")
                                 .arg(QDir::toNativeSeparators(dir)));
        }
        // The --profile directory itself is the caller's; only what we create is private.
        if (dir != m_root)
            QFile::setPermissions(dir, perms);
    }
    return {};
}

} // namespace Pigeon::Account
