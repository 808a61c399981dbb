// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Pigeon::Mime {

/// Text decoding for mail: charset labels as they appear in the wild, decoding through
/// ICU (QStringDecoder), and detection of undeclared 8-bit text.
///
/// The rules follow what mature clients do: labels are mapped the WHATWG way
/// (iso-8859-1 and us-ascii decode as windows-1252, gb2312 as GBK, ks_c_5601-1987 as
/// windows-949), 8-bit bytes under a missing, unknown or plainly wrong label are
/// detected, and declared UTF-8 that is mostly invalid is re-detected.
class Charset
{
public:
    /// A label QStringDecoder accepts for @p label ("koi8_r" -> "KOI8-R", "latin1" ->
    /// "windows-1252", quoted or "3D"-mangled labels cleaned), or empty when unknown.
    static QByteArray normalise(QByteArrayView label);

    /// Decodes @p bytes declared as @p declared. With an empty, unknown or ASCII
    /// declaration and 8-bit content, the charset is detected (@p hint first).
    /// @p used receives the charset that was applied.
    static QString decode(QByteArrayView bytes, QByteArrayView declared, QByteArrayView hint = {},
                          QByteArray *used = nullptr);

    /// Decodes with exactly @p charset (invalid sequences become U+FFFD); falls back to
    /// detection when the label is unknown.
    static QString decodeWith(QByteArrayView bytes, QByteArrayView charset);

    /// The most plausible charset for 8-bit text that declares none: UTF-8 when the
    /// bytes are valid UTF-8, else @p hint when it is a known charset, else the best of
    /// the common single-byte charsets (windows-1252/1250/1251/1256, KOI8-R,
    /// ISO-8859-2/5) judged by letter statistics.
    static QByteArray detect(QByteArrayView bytes, QByteArrayView hint = {});

    static bool isAscii(QByteArrayView bytes);
    static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace Pigeon::Mime
