// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/datetimeformat.h"

#include <QRegularExpression>

namespace Pigeon::Ui {

QCalendar DateTimeFormat::calendarFor(const QLocale &locale)
{
    // Iran and Afghanistan use the Solar Hijri calendar in daily life; QLocale's
    // Persian data (month names فروردین...اسفند) is written for it.
    if (locale.language() == QLocale::Persian)
        return QCalendar(QCalendar::System::Jalali);
    return QCalendar(QCalendar::System::Gregorian);
}

QString DateTimeFormat::date(QDate date, QLocale::FormatType format, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    return locale.toString(date, format, calendarFor(locale));
}

QString DateTimeFormat::dateTime(const QDateTime &dateTime, QLocale::FormatType format, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    return locale.toString(dateTime.toLocalTime(), format, calendarFor(locale));
}

QString DateTimeFormat::time(QTime time, const QLocale &locale)
{
    if (!time.isValid())
        return QString();
    return locale.toString(time, QLocale::ShortFormat);
}

QString DateTimeFormat::compact(const QDateTime &dateTime, const QDateTime &now, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    if (local.date() == localNow.date())
        return time(local.time(), locale);

    const QCalendar calendar = calendarFor(locale);
    const QCalendar::YearMonthDay then = calendar.partsFromDate(local.date());
    const QCalendar::YearMonthDay today = calendar.partsFromDate(localNow.date());
    if (then.year == today.year && local.date() < localNow.date()) {
        // Qt has no "day and month" format type: follow the order of the locale's long
        // date (month first in US English, day first in Polish, Russian, Persian...).
        static const QRegularExpression day(QStringLiteral("(?<!d)d{1,2}(?!d)"));
        const QString longFormat = locale.dateFormat(QLocale::LongFormat);
        const qsizetype dayAt = longFormat.indexOf(day);
        const qsizetype monthAt = longFormat.indexOf(u'M');
        const bool monthFirst = dayAt >= 0 && monthAt >= 0 && monthAt < dayAt;
        return locale.toString(local.date(), monthFirst ? QStringLiteral("MMM d") : QStringLiteral("d MMM"),
                               calendar);
    }
    return locale.toString(local.date(), QLocale::ShortFormat, calendar);
}

} // namespace Pigeon::Ui
