// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QSet>
#include <QSettings>
#include <QString>

namespace Pigeon::Ui {

/// Which senders the user always trusts with remote content (images, style sheets
/// fetched from the network). Everything else stays blocked until the user asks.
class RemoteContentPolicy
{
public:
    virtual ~RemoteContentPolicy() = default;
    virtual bool isTrusted(const QString &address) const = 0;
    virtual void trust(const QString &address) = 0;
};

/// Trusted senders for this session only (tests, and until settings are wired).
class MemoryRemoteContentPolicy : public RemoteContentPolicy
{
public:
    bool isTrusted(const QString &address) const override { return m_trusted.contains(address.toLower()); }
    void trust(const QString &address) override { m_trusted.insert(address.toLower()); }

private:
    QSet<QString> m_trusted;
};

/// Trusted senders kept in the profile's settings ("reader/trustedSenders").
class SettingsRemoteContentPolicy : public RemoteContentPolicy
{
public:
    /// @p settings (not owned) must outlive the policy.
    explicit SettingsRemoteContentPolicy(QSettings *settings) : m_settings(settings) {}
    bool isTrusted(const QString &address) const override;
    void trust(const QString &address) override;

private:
    QSettings *m_settings;
};

} // namespace Pigeon::Ui
