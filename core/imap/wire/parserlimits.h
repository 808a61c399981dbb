// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QtGlobal>

namespace Pigeon::Imap {

/// What a server may send before the parser refuses it. A response beyond a limit
/// becomes a ParseError (LimitExceeded / TooDeep) and is skipped without allocating
/// for it, so a hostile server can neither exhaust memory nor the stack.
struct ParserLimits {
    /// Nesting of parenthesised lists (BODYSTRUCTURE of a 100-level message needs ~2 per level).
    int maxDepth = 64;
    /// One literal: a message or part fetched whole.
    qint64 maxLiteralSize = qint64(256) << 20;
    /// The text of one response without its literals (long SEARCH results count here).
    qint64 maxResponseText = qint64(64) << 20;
    /// Literals in one response.
    int maxLiterals = 100000;
};

} // namespace Pigeon::Imap
