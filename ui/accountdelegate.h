// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QStyledItemDelegate>

namespace Pigeon::Ui {

/// Two lines per account: its name in bold, then the address and the protocol.
/// Reads Models::AccountListModel's roles; mirrors itself in right-to-left layouts.
class AccountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The second line: "anna@example.org · IMAP" (the address alone when it is
    /// already the first line).
    static QString detailLine(const QModelIndex &index);
};

} // namespace Pigeon::Ui
