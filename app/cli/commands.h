// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <functional>
#include <memory>
#include <vector>

namespace Pigeon::Cli {

class CliCommand;
using CommandFactory = std::function<std::unique_ptr<CliCommand>()>;

/// Every pigeon-cli command, in the order `--help` lists them.
const std::vector<CommandFactory> &commandFactories();

} // namespace Pigeon::Cli
