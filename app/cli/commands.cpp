// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/commands.h"

#include "app/cli/accountscommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/folderscommand.h"
#include "app/cli/helpcommand.h"
#include "app/cli/parsecommand.h"
#include "app/cli/showcommand.h"
#include "app/cli/storecommands.h"
#include "app/cli/synccommand.h"

namespace Pigeon::Cli {

namespace {
template<typename T>
CommandFactory make()
{
    return [] { return std::unique_ptr<CliCommand>(new T); };
}
} // namespace

const std::vector<CommandFactory> &commandFactories()
{
    // One line per command; keep "help" last.
    static const std::vector<CommandFactory> factories{
        make<AccountsCommand>(),
        make<ParseCommand>(),
        make<ImportCommand>(),
        make<ExportCommand>(),
        make<ListCommand>(),
        make<SearchCommand>(),
        make<ShowCommand>(),
        make<ReindexCommand>(),
        make<CheckCommand>(),
        make<SyncCommand>(),
        make<FoldersCommand>(),
        make<HelpCommand>(),
    };
    return factories;
}

} // namespace Pigeon::Cli
