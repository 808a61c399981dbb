// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QString>

namespace Pigeon::Mime {

/// RFC 3676 format=flowed.
class FlowedText
{
public:
    /// Joins soft-broken lines (those ending in a space) into paragraphs, undoes space
    /// stuffing (§4.4) and, with @p delSp, removes the space before each soft break
    /// (§4.5). Quoted lines keep a normalised "> " prefix per level; a flowed line joins
    /// only lines of the same quote depth (§4.5). Input may use CRLF or LF.
    static QString decode(const QString &text, bool delSp);
};

} // namespace Pigeon::Mime
