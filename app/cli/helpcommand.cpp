// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/helpcommand.h"

#include "app/cli/commands.h"

namespace Pigeon::Cli {

QString HelpCommand::summary() const
{
    return tr("Show the commands, or the usage of one command");
}

QString HelpCommand::usage() const
{
    return tr("Usage: pigeon-cli help [COMMAND]");
}

QString HelpCommand::overview()
{
    QString text = tr("Usage: pigeon-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]\n"
                      "\n"
                      "Pigeon's headless companion for scripts, cron jobs, tests and benchmarks.\n"
                      "\n"
                      "Options:\n"
                      "  --profile DIR   keep all state (accounts, mail, index) in DIR\n"
                      "  --json          print machine-readable JSON on standard output\n"
                      "  --help          show this text; --version shows the version\n"
                      "\n"
                      "Commands:\n");
    for (const auto &factory : commandFactories()) {
        const auto command = factory();
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -14).arg(command->summary());
    }
    text += tr("\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  the operation failed\n"
               "  2  wrong arguments\n"
               "  3  no such account, folder, message or file\n"
               "  4  network problem (host not found, refused, timeout)\n"
               "  5  authentication failed or no password stored\n"
               "  6  certificate or TLS problem\n");
    return text;
}

void HelpCommand::start(const QStringList &args)
{
    if (args.isEmpty()) {
        out() << overview();
        finish(ExitOk);
        return;
    }
    for (const auto &factory : commandFactories()) {
        const auto command = factory();
        if (command->name() == args.first()) {
            out() << command->usage() << '\n';
            finish(ExitOk);
            return;
        }
    }
    usageError(tr("unknown command: %1").arg(args.first()));
}

} // namespace Pigeon::Cli
