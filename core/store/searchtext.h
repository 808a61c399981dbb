// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QString>

namespace Pigeon::Store {

/// What goes into (and what is looked up in) the full-text index.
///
/// SQLite's unicode61 tokenizer folds case in every script and, with
/// remove_diacritics 2, Latin accents. Measured on this SQLite (3.40) it does not fold
/// Polish "ł", Russian "ё", Arabic-script vowel marks, Arabic vs Persian yeh/kaf, or
/// join words around a zero-width non-joiner, so "lodz" would not find "Łódź", "еще"
/// not "ещё", and "کتابها" not "کتاب‌ها". normalize() does that folding, for documents
/// and queries alike: combining marks are dropped after canonical decomposition (but
/// "й" keeps its breve: "и" is a different letter), ł→l, ي/ى→ی, ك→ک, tatweel and ZWNJ
/// removed.
class SearchText
{
public:
    static QString normalize(const QString &text);
    /// The decoded text of a message's body (plain text; HTML converted), at most
    /// @p maxChars characters, via core/mime.
    static QString bodyText(const QByteArray &message, qsizetype maxChars = 256 * 1024);
    /// Turns what a user types into an FTS5 query: every word must occur, as a word
    /// prefix; quotes and operators in the input are taken literally.
    static QString toFtsQuery(const QString &userQuery);
};

} // namespace Pigeon::Store
