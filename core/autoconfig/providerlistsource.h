// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "autoconfig/detectionsource.h"

namespace Pigeon::Autoconfig {

class ProviderList;

/// Answers from the built-in provider list (no network), one event-loop turn after start().
class ProviderListSource : public DetectionSource
{
    Q_OBJECT
public:
    /// @p list must outlive the source; default the embedded list.
    explicit ProviderListSource(const ProviderList *list = nullptr, QObject *parent = nullptr);

    ConfigSource kind() const override { return ConfigSource::ProviderList; }
    void start(const QString &emailAddress) override;
    void cancel() override { m_cancelled = true; }

private:
    const ProviderList *m_list;
    bool m_cancelled = false;
};

} // namespace Pigeon::Autoconfig
