// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/messagedelegate.h"

#include "models/messageroles.h"
#include "store/messageflags.h"
#include "ui/datetimeformat.h"
#include "ui/icontheme.h"

#include <QApplication>
#include <QPainter>

namespace Pigeon::Ui {

using Models::MessageColumn;

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QStringList MessageDelegate::indicators(const QModelIndex &index)
{
    QStringList icons;
    if (index.data(Models::FlaggedRole).toBool())
        icons << QStringLiteral("starred");
    if (index.data(Models::HasAttachmentsRole).toBool())
        icons << QStringLiteral("mail-attachment");
    // Partly here: an IMAP row with some parts cached, or a POP3 message over the size
    // limit stored as its first lines (the Partial flag).
    const bool partialCopy = Store::MessageFlags::fromInt(index.data(Models::FlagsRole).toInt())
                                 .testFlag(Store::MessageFlag::Partial);
    switch (Models::MessageBodyState(index.data(Models::BodyStateRole).toInt())) {
    case Models::MessageBodyState::Full:
        if (partialCopy)
            icons << QStringLiteral("emblem-downloads");
        break;
    case Models::MessageBodyState::HeadersOnly: icons << QStringLiteral("network-server"); break;
    case Models::MessageBodyState::Partial: icons << QStringLiteral("emblem-downloads"); break;
    }
    return icons;
}

QIcon MessageDelegate::indicatorIcon(const QString &name)
{
    // Adwaita's emblem-downloads is a bitmap only; its download folder says the same.
    if (name == QLatin1String("emblem-downloads"))
        return IconTheme::sharp({name, QStringLiteral("folder-download")});
    return IconTheme::sharp({name});
}

void MessageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool unread = index.data(Models::UnreadRole).toBool()
        || (index.model()->hasChildren(index.siblingAtColumn(0)) && index.data(Models::ThreadUnreadRole).toInt() > 0);
    option->font.setBold(unread);
    option->font.setStrikeOut(index.data(Models::DeletedRole).toBool());
    switch (MessageColumn(index.column())) {
    case MessageColumn::Date: {
        const QDateTime date = index.data(Models::DateRole).toDateTime();
        option->text = DateTimeFormat::compact(date.toLocalTime(),
                                               m_now.isValid() ? m_now : QDateTime::currentDateTime(), option->locale);
        break;
    }
    case MessageColumn::Size:
        option->text = option->locale.formattedDataSize(index.data(Models::SizeRole).toLongLong(), 1,
                                                        QLocale::DataSizeTraditionalFormat);
        option->displayAlignment = Qt::AlignTrailing | Qt::AlignVCenter;
        break;
    case MessageColumn::Subject:
        if (option->text.isEmpty())
            option->text = tr("(no subject)");
        break;
    default:
        break;
    }
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != int(MessageColumn::Subject)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QStringList icons = indicators(index);
    const int size = option.decorationSize.height() > 0 ? option.decorationSize.height() : 16;
    const int width = int(icons.size()) * (size + 2);
    QStyleOptionViewItem opt(option);
    const bool rtl = option.direction == Qt::RightToLeft;
    // The indicators sit at the trailing edge of the subject, a column of their own.
    if (rtl)
        opt.rect.setLeft(opt.rect.left() + width);
    else
        opt.rect.setRight(opt.rect.right() - width);
    QStyledItemDelegate::paint(painter, opt, index);
    int x = rtl ? option.rect.left() + 1 : option.rect.right() - width + 1;
    const int y = option.rect.top() + (option.rect.height() - size) / 2;
    for (const QString &name : icons) {
        indicatorIcon(name).paint(painter, QRect(x, y, size, size));
        x += size + 2;
    }
}

} // namespace Pigeon::Ui
