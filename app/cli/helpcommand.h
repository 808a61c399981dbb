// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/clicommand.h"

namespace Pigeon::Cli {

/// `pigeon-cli help [COMMAND]`: the command list, options and exit codes.
class HelpCommand : public CliCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("help"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;

    /// The text of `pigeon-cli --help`.
    static QString overview();
};

} // namespace Pigeon::Cli
