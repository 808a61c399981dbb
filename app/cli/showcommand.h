// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/storecommands.h"

namespace Pigeon::Cli {

/// `pigeon-cli show ID`: the message model of a stored message, as `parse` prints a file.
class ShowCommand : public StoreCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

} // namespace Pigeon::Cli
