// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Pigeon::Ui {

/// A row of the folder pane (Models::FolderModel): the folder's icon by its special
/// use, its name (bold while it has unread mail) and the unread count at the trailing
/// edge in the locale's digits.
class FolderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The icon theme name for a Models::FolderKind.
    static QString iconName(int kind);
    /// The icon drawn for a folder of @p kind: sharp at any scale (IconTheme::sharp).
    static QIcon folderIcon(int kind);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Pigeon::Ui
