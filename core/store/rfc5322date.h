// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Pigeon::Store {

/// A fast, tolerant parser for the Date: field (RFC 5322 §3.3, with the obsolete zones
/// of §4.3) and for the asctime date of an mbox `From ` line. Used on every header of
/// an index build, where QDateTime::fromString would dominate the time.
class Rfc5322Date
{
public:
    /// Seconds since the epoch (UTC), or 0 if no date could be recognised.
    static qint64 parse(QByteArrayView value);
    /// The date at the end of a `From sender Sun Nov 22 14:31:54 2026` line, or 0.
    static qint64 parseFromLine(QByteArrayView line);
    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static qint64 daysFromCivil(int y, int m, int d);
};

} // namespace Pigeon::Store
