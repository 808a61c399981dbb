// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/folderdelegate.h"

#include "models/folderroles.h"
#include "ui/icontheme.h"

#include <QApplication>
#include <QPainter>

namespace Pigeon::Ui {

using Models::FolderKind;

QString FolderDelegate::iconName(int kind)
{
    switch (FolderKind(kind)) {
    case FolderKind::Inbox: return QStringLiteral("mail-inbox");
    case FolderKind::Drafts: return QStringLiteral("document-edit");
    case FolderKind::Templates: return QStringLiteral("folder-templates");
    case FolderKind::Sent: return QStringLiteral("mail-send");
    case FolderKind::Archive: return QStringLiteral("folder-documents");
    case FolderKind::Junk: return QStringLiteral("mail-mark-junk");
    case FolderKind::Trash: return QStringLiteral("user-trash");
    case FolderKind::Outbox: return QStringLiteral("mail-outbox");
    case FolderKind::All: return QStringLiteral("folder-saved-search");
    case FolderKind::Flagged: return QStringLiteral("starred");
    case FolderKind::Account: return QStringLiteral("network-server");
    case FolderKind::UnifiedInbox: return QStringLiteral("mail-inbox");
    case FolderKind::Normal: break;
    }
    return QStringLiteral("folder");
}

QIcon FolderDelegate::folderIcon(int kind)
{
    return IconTheme::sharp({iconName(kind), QStringLiteral("folder")});
}

void FolderDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int kind = index.data(Models::FolderKindRole).toInt();
    option->icon = folderIcon(kind);
    option->features |= QStyleOptionViewItem::HasDecoration;
    // Special folders under their usual English names (the local Trash Pigeon creates for
    // POP3 accounts, which pigeon-cli and other tools find by that name; a server's Drafts,
    // Sent, Junk, Trash, Archive) are read in the user's language. A name the user or the
    // server chose otherwise is shown as it is.
    const QString path = index.data(Models::FolderPathRole).toString();
    if (kind == int(FolderKind::Trash) && path == QLatin1String("Trash"))
        option->text = tr("Trash");
    else if (kind == int(FolderKind::Drafts) && path == QLatin1String("Drafts"))
        option->text = tr("Drafts");
    else if (kind == int(FolderKind::Sent) && path == QLatin1String("Sent"))
        option->text = tr("Sent");
    else if (kind == int(FolderKind::Junk) && path == QLatin1String("Junk"))
        option->text = tr("Junk");
    else if (kind == int(FolderKind::Archive) && path == QLatin1String("Archive"))
        option->text = tr("Archive");
    const bool top = kind == int(FolderKind::Account) || kind == int(FolderKind::UnifiedInbox);
    option->font.setBold(top || index.data(Models::UnreadCountRole).toLongLong() > 0);
}

void FolderDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 unread = index.data(Models::UnreadCountRole).toLongLong();
    if (unread <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString count = opt.locale.toString(unread);
    QFont bold = opt.font;
    bold.setBold(true);
    const int width = QFontMetrics(bold).horizontalAdvance(count) + 8;
    const bool rtl = opt.direction == Qt::RightToLeft;
    QRect countRect = opt.rect;
    if (rtl) {
        countRect.setRight(opt.rect.left() + width);
        opt.rect.setLeft(opt.rect.left() + width);
    } else {
        countRect.setLeft(opt.rect.right() - width);
        opt.rect.setRight(opt.rect.right() - width);
    }
    // Background and selection over the whole row, then text and count on top.
    QStyleOptionViewItem full(option);
    initStyleOption(&full, index);
    full.text.clear();
    full.icon = QIcon();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &full, painter, full.widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_Selected;
    opt.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                             ? option.palette.color(QPalette::HighlightedText)
                                             : option.palette.color(QPalette::Text));
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setFont(bold);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                          : option.palette.color(QPalette::Link));
    painter->drawText(countRect, Qt::AlignCenter, count);
    painter->restore();
}

} // namespace Pigeon::Ui
