// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QCalendar>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Pigeon::Ui {

/// Dates and times as the user reads them: in the locale's words and digits, and in the
/// calendar the locale's users live by (the Solar Hijri/Jalali calendar for Persian,
/// Gregorian elsewhere). Every date Pigeon shows goes through here.
///
/// All functions take the locale explicitly (default: QLocale(), the application's),
/// so views and tests can format for any language without changing global state.
class DateTimeFormat
{
public:
    /// The calendar for `locale`: Jalali for Persian, Gregorian otherwise.
    static QCalendar calendarFor(const QLocale &locale = QLocale());

    /// A date alone, e.g. "22 November 2026" (Long) or "22.11.2026" (Short, Polish),
    /// «۱ آذر ۱۴۰۵» in Persian.
    static QString date(QDate date, QLocale::FormatType format = QLocale::LongFormat,
                        const QLocale &locale = QLocale());

    /// Date and time, converted to local time, in the locale's calendar.
    static QString dateTime(const QDateTime &dateTime, QLocale::FormatType format = QLocale::ShortFormat,
                            const QLocale &locale = QLocale());

    /// Hours and minutes in the locale's convention (14:05, 2:05 PM, ۱۴:۰۵).
    static QString time(QTime time, const QLocale &locale = QLocale());

    /// Compact form for message lists, relative to `now`: the time alone for today, day
    /// and month for earlier dates of the same year (of the locale's calendar: the
    /// Persian year starts in March), the full short date for older ones. Invalid dates
    /// (a message without a Date header) give an empty string.
    static QString compact(const QDateTime &dateTime, const QDateTime &now = QDateTime::currentDateTime(),
                           const QLocale &locale = QLocale());
};

} // namespace Pigeon::Ui
