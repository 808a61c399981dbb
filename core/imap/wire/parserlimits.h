// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QtGlobal>

namespace Pigeon::Imap {

/// What a server may send before the parser refuses it. A response beyond a limit
/// becomes a ParseError (LimitExceeded / TooDeep) and is skipped without allocating
/// for it, so a hostile server can neither exhaust memory nor the stack.
struct ParserLimits {
    /// Nesting of parenthesised lists. Not 64: Dovecot parses MIME up to 100 levels deep
    /// and describes such a message in a BODYSTRUCTURE nested over 100 lists (the shared
    /// corpus has one), and message/rfc822 levels cost two lists each. 256 levels of the
    /// recursive reader stay far below a thread's stack.
    int maxDepth = 256;
    /// One literal: a message or part fetched whole.
    qint64 maxLiteralSize = qint64(256) << 20;
    /// The text of one response without its literals (long SEARCH results count here).
    qint64 maxResponseText = qint64(64) << 20;
    /// Literals in one response.
    int maxLiterals = 100000;
};

} // namespace Pigeon::Imap
