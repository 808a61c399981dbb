// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/remotecontentpolicy.h"

#include <QSettings>

namespace Pigeon::Ui {

namespace {
const char *const key = "reader/trustedSenders";
}

bool SettingsRemoteContentPolicy::isTrusted(const QString &address) const
{
    return !address.isEmpty() && m_settings->value(QLatin1String(key)).toStringList().contains(address.toLower());
}

void SettingsRemoteContentPolicy::trust(const QString &address)
{
    if (address.isEmpty())
        return;
    QStringList list = m_settings->value(QLatin1String(key)).toStringList();
    if (!list.contains(address.toLower())) {
        list.append(address.toLower());
        m_settings->setValue(QLatin1String(key), list);
    }
}

} // namespace Pigeon::Ui
