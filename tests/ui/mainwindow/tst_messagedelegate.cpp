// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MessageDelegate and FolderDelegate: what a row of the message list and of the folder
// pane looks like, from the models' roles, in English and in Persian (RTL, Jalali).
#include "models/folderroles.h"
#include "models/messageroles.h"
#include "store/messageflags.h"
#include "ui/datetimeformat.h"
#include "ui/folderdelegate.h"
#include "ui/icontheme.h"
#include "ui/messagedelegate.h"
#include "translations/i18n.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Pigeon;
using Models::MessageColumn;

namespace {

/// A view-model with one message row, every column carrying the same roles.
std::unique_ptr<QStandardItemModel> messageRow(bool unread, bool flagged, bool attachment,
                                               Models::MessageBodyState body, const QDateTime &date, qint64 size)
{
    auto model = std::make_unique<QStandardItemModel>(1, int(MessageColumn::Count));
    for (int c = 0; c < int(MessageColumn::Count); ++c) {
        auto *item = new QStandardItem;
        item->setData(unread, Models::UnreadRole);
        item->setData(flagged, Models::FlaggedRole);
        item->setData(attachment, Models::HasAttachmentsRole);
        item->setData(int(body), Models::BodyStateRole);
        item->setData(date, Models::DateRole);
        item->setData(size, Models::SizeRole);
        item->setData(false, Models::DeletedRole);
        if (c == int(MessageColumn::Subject))
            item->setText(QStringLiteral("Spotkanie w czwartek"));
        model->setItem(0, c, item);
    }
    return model;
}

/// Exposes the protected initStyleOption.
class ProbeDelegate : public Ui::MessageDelegate
{
public:
    using Ui::MessageDelegate::MessageDelegate;
    QStyleOptionViewItem option(const QModelIndex &index, const QLocale &locale) const
    {
        QStyleOptionViewItem o;
        o.locale = locale;
        initStyleOption(&o, index);
        return o;
    }
};

class ProbeFolderDelegate : public Ui::FolderDelegate
{
public:
    using Ui::FolderDelegate::FolderDelegate;
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QStyleOptionViewItem o;
        initStyleOption(&o, index);
        return o;
    }
};

} // namespace

class TestMessageDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Ui::IconTheme::ensure(); }

    void unreadIsBoldReadIsNot_data()
    {
        QTest::addColumn<bool>("unread");
        QTest::newRow("unread") << true;
        QTest::newRow("read") << false;
    }
    void unreadIsBoldReadIsNot()
    {
        QFETCH(bool, unread);
        auto model = messageRow(unread, false, false, Models::MessageBodyState::Full, QDateTime(), 10);
        ProbeDelegate d;
        for (int c = 0; c < int(MessageColumn::Count); ++c)
            QCOMPARE(d.option(model->index(0, c), QLocale::c()).font.bold(), unread);
    }

    void indicatorsFollowTheRoles_data()
    {
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<bool>("attachment");
        QTest::addColumn<int>("body");
        QTest::addColumn<QStringList>("icons");
        QTest::newRow("plain") << false << false << int(Models::MessageBodyState::Full) << QStringList();
        QTest::newRow("star") << true << false << int(Models::MessageBodyState::Full) << QStringList{QStringLiteral("starred")};
        QTest::newRow("clip") << false << true << int(Models::MessageBodyState::Full)
                              << QStringList{QStringLiteral("mail-attachment")};
        QTest::newRow("headers only") << false << false << int(Models::MessageBodyState::HeadersOnly)
                                      << QStringList{QStringLiteral("network-server")};
        QTest::newRow("all") << true << true << int(Models::MessageBodyState::Partial)
                             << QStringList{QStringLiteral("starred"), QStringLiteral("mail-attachment"),
                                            QStringLiteral("emblem-downloads")};
    }
    void indicatorsFollowTheRoles()
    {
        QFETCH(bool, flagged);
        QFETCH(bool, attachment);
        QFETCH(int, body);
        QFETCH(QStringList, icons);
        auto model = messageRow(false, flagged, attachment, Models::MessageBodyState(body), QDateTime(), 1);
        QCOMPARE(Ui::MessageDelegate::indicators(model->index(0, int(MessageColumn::Subject))), icons);
        // A POP3 message over the size limit: a full record, but only its first lines.
        model->item(0, 0)->setData(int(Store::MessageFlag::Partial), Models::FlagsRole);
        if (Models::MessageBodyState(body) == Models::MessageBodyState::Full)
            QVERIFY(Ui::MessageDelegate::indicators(model->index(0, 0)).contains(QStringLiteral("emblem-downloads")));
    }

    void datesAndSizesInTheLocale()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(15, 0));
        const QDateTime sent = QDateTime(QDate(2026, 3, 2), QTime(9, 30)).toUTC();
        auto model = messageRow(false, false, false, Models::MessageBodyState::Full, sent, 1536 * 1024);
        ProbeDelegate d;
        d.setNow(now);
        const QModelIndex date = model->index(0, int(MessageColumn::Date));
        const QModelIndex size = model->index(0, int(MessageColumn::Size));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(d.option(date, en).text, Ui::DateTimeFormat::compact(sent.toLocalTime(), now, en));
        QCOMPARE(d.option(size, en).text, QStringLiteral("1.5 MB"));
        // Persian: Jalali calendar, Persian digits. 2 March 2026 is 11 Esfand 1404, the
        // previous Persian year, so the full date shows.
        const QLocale fa(QLocale::Persian, QLocale::Iran);
        const QString persian = d.option(date, fa).text;
        QCOMPARE(persian, Ui::DateTimeFormat::compact(sent.toLocalTime(), now, fa));
        QVERIFY2(persian.contains(QStringLiteral("۱۴۰۴")), qPrintable(persian));
        QVERIFY(d.option(size, fa).text.contains(QStringLiteral("۱٫۵")));
        // A message without a subject says so.
        model->item(0, int(MessageColumn::Subject))->setText(QString());
        QCOMPARE(d.option(model->index(0, int(MessageColumn::Subject)), en).text, QStringLiteral("(no subject)"));
    }

    void paintsIndicatorsAtTheTrailingEdge_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ltr") << Qt::LeftToRight;
        QTest::newRow("rtl") << Qt::RightToLeft;
    }
    void paintsIndicatorsAtTheTrailingEdge()
    {
        QFETCH(Qt::LayoutDirection, direction);
        const bool rtl = direction == Qt::RightToLeft;
        // The trailing 36 pixels (two 16-pixel icons) of a 300-pixel subject cell.
        auto trailingInked = [direction, rtl](bool indicators) {
            auto model = messageRow(false, indicators, indicators, Models::MessageBodyState::Full, QDateTime(), 1);
            model->item(0, 0)->setText(QStringLiteral("x"));
            QTreeView view;
            view.setLayoutDirection(direction);
            view.setModel(model.get());
            Ui::MessageDelegate d;
            QImage image(300, 20, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.rect = image.rect();
            option.direction = direction;
            option.decorationSize = QSize(16, 16);
            option.widget = &view;
            d.paint(&painter, option, model->index(0, 0));
            painter.end();
            const int from = rtl ? 0 : 264;
            for (int x = from; x < from + 36; ++x)
                for (int y = 0; y < image.height(); ++y)
                    if (image.pixelColor(x, y) != QColor(Qt::white))
                        return true;
            return false;
        };
        QVERIFY(trailingInked(true));
        QVERIFY(!trailingInked(false));
    }

    void folderRows()
    {
        QStandardItemModel model(2, 1);
        auto *trash = new QStandardItem(QStringLiteral("Trash"));
        trash->setData(int(Models::FolderKind::Trash), Models::FolderKindRole);
        trash->setData(QStringLiteral("Trash"), Models::FolderPathRole);
        trash->setData(qint64(0), Models::UnreadCountRole);
        model.setItem(0, 0, trash);
        auto *inbox = new QStandardItem(QStringLiteral("Inbox"));
        inbox->setData(int(Models::FolderKind::Inbox), Models::FolderKindRole);
        inbox->setData(qint64(3), Models::UnreadCountRole);
        model.setItem(1, 0, inbox);
        ProbeFolderDelegate d;
        QVERIFY(!d.option(model.index(0, 0)).font.bold());
        QCOMPARE(d.option(model.index(0, 0)).text, QStringLiteral("Trash"));
        QVERIFY(d.option(model.index(1, 0)).font.bold());
        QCOMPARE(Ui::FolderDelegate::iconName(int(Models::FolderKind::Trash)), QStringLiteral("user-trash"));
        QCOMPARE(Ui::FolderDelegate::iconName(int(Models::FolderKind::Inbox)), QStringLiteral("mail-inbox"));
        QCOMPARE(Ui::FolderDelegate::iconName(int(Models::FolderKind::Normal)), QStringLiteral("folder"));
    }

    void specialFoldersReadInTheUsersLanguage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Trash") << int(Models::FolderKind::Trash) << QStringLiteral("Trash") << QStringLiteral("زباله‌دان");
        QTest::newRow("Sent") << int(Models::FolderKind::Sent) << QStringLiteral("Sent") << QStringLiteral("ارسال‌شده");
        QTest::newRow("Drafts") << int(Models::FolderKind::Drafts) << QStringLiteral("Drafts") << QStringLiteral("پیش‌نویس‌ها");
        QTest::newRow("Junk") << int(Models::FolderKind::Junk) << QStringLiteral("Junk") << QStringLiteral("هرزنامه");
        QTest::newRow("Archive") << int(Models::FolderKind::Archive) << QStringLiteral("Archive") << QStringLiteral("بایگانی");
        // A name the server or the user chose stays as it is.
        QTest::newRow("Sent Items") << int(Models::FolderKind::Sent) << QStringLiteral("Sent Items") << QStringLiteral("Sent Items");
        QTest::newRow("user's Sent") << int(Models::FolderKind::Normal) << QStringLiteral("Sent") << QStringLiteral("Sent");
        QTest::newRow("Kosz") << int(Models::FolderKind::Trash) << QStringLiteral("Kosz") << QStringLiteral("Kosz");
    }
    void specialFoldersReadInTheUsersLanguage()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(QString, shown);
        I18n::install(*qApp, QStringLiteral("fa_IR"));
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(path.section(QLatin1Char('/'), -1));
        item->setData(kind, Models::FolderKindRole);
        item->setData(path, Models::FolderPathRole);
        model.setItem(0, 0, item);
        ProbeFolderDelegate d;
        const QString text = d.option(model.index(0, 0)).text;
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(text, shown);
    }
};

QTEST_MAIN(TestMessageDelegate)
#include "tst_messagedelegate.moc"
