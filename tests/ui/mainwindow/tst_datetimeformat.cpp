// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Dates as each language's readers expect them; Persian in the Jalali calendar.
#include "ui/datetimeformat.h"

#include <QTest>

using Pigeon::Ui::DateTimeFormat;

class TestDateTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendar_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("calendar");
        QTest::newRow("fa") << "fa_IR" << "Jalali";
        QTest::newRow("fa-AF") << "fa_AF" << "Jalali";
        QTest::newRow("pl") << "pl_PL" << "Gregorian";
        QTest::newRow("ru") << "ru_RU" << "Gregorian";
        QTest::newRow("en") << "en_US" << "Gregorian";
    }
    void calendar()
    {
        QFETCH(QString, locale);
        QFETCH(QString, calendar);
        QCOMPARE(DateTimeFormat::calendarFor(QLocale(locale)).name(), calendar);
    }

    void longDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        // 22 November 2026 is 1 Azar 1405 (Sunday); 21 March 2026 is Nowruz, 1 Farvardin 1405.
        QTest::newRow("fa azar") << "fa_IR" << QDate(2026, 11, 22) << "یکشنبه ۱ آذر ۱۴۰۵";
        QTest::newRow("fa nowruz") << "fa_IR" << QDate(2026, 3, 21) << "شنبه ۱ فروردین ۱۴۰۵";
        QTest::newRow("fa day before nowruz") << "fa_IR" << QDate(2026, 3, 20) << "جمعه ۲۹ اسفند ۱۴۰۴";
        QTest::newRow("pl") << "pl_PL" << QDate(2026, 11, 22) << "niedziela, 22 listopada 2026";
        QTest::newRow("ru") << "ru_RU" << QDate(2026, 11, 22) << "воскресенье, 22 ноября 2026 г.";
        QTest::newRow("en") << "en_US" << QDate(2026, 11, 22) << "Sunday, November 22, 2026";
        QTest::newRow("invalid") << "fa_IR" << QDate() << "";
    }
    void longDate()
    {
        QFETCH(QString, locale);
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(DateTimeFormat::date(date, QLocale::LongFormat, QLocale(locale)), expected);
    }

    void compact_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");
        const QDateTime now(QDate(2026, 11, 22), QTime(18, 30));
        QTest::newRow("today en") << "en_US" << QDateTime(QDate(2026, 11, 22), QTime(9, 5)) << now << "9:05 AM";
        QTest::newRow("today pl") << "pl_PL" << QDateTime(QDate(2026, 11, 22), QTime(9, 5)) << now << "09:05";
        QTest::newRow("today fa") << "fa_IR" << QDateTime(QDate(2026, 11, 22), QTime(9, 5)) << now << "۹:۰۵";
        QTest::newRow("this year en") << "en_US" << QDateTime(QDate(2026, 4, 2), QTime(9, 5)) << now << "Apr 2";
        QTest::newRow("this year ru") << "ru_RU" << QDateTime(QDate(2026, 4, 2), QTime(9, 5)) << now << "2 апр.";
        QTest::newRow("this year fa") << "fa_IR" << QDateTime(QDate(2026, 4, 2), QTime(9, 5)) << now << "۱۳ فروردین";
        // 10 March 2026 is in 1404, the Persian year before: the full date, with the year.
        QTest::newRow("last persian year") << "fa_IR" << QDateTime(QDate(2026, 3, 10), QTime(9, 5)) << now
                                           << "۱۴۰۴/۱۲/۱۹";
        QTest::newRow("same day pl, march") << "pl_PL" << QDateTime(QDate(2026, 3, 10), QTime(9, 5)) << now
                                            << "10 mar";
        QTest::newRow("older pl") << "pl_PL" << QDateTime(QDate(2025, 12, 31), QTime(9, 5)) << now << "31.12.2025";
        QTest::newRow("no date") << "pl_PL" << QDateTime() << now << "";
    }
    void compact()
    {
        QFETCH(QString, locale);
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        QCOMPARE(DateTimeFormat::compact(when, now, QLocale(locale)), expected);
    }

    void usesTheDefaultLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("fa_IR")));
        const QString text = DateTimeFormat::date(QDate(2026, 11, 22));
        QLocale::setDefault(before);
        QCOMPARE(text, QStringLiteral("یکشنبه ۱ آذر ۱۴۰۵"));
    }
};

QTEST_GUILESS_MAIN(TestDateTimeFormat)
#include "tst_datetimeformat.moc"
