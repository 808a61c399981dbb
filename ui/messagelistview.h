// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QPersistentModelIndex>
#include <QTreeView>

namespace Pigeon::Ui {

class MessageDelegate;

/// The message list: Models::MessageListModel (or search results with the same roles
/// and columns) drawn by MessageDelegate. Sortable by every column, multi-select,
/// drag to a folder. When new rows are merged above the ones in view (new mail while
/// the user reads further down), the rows in view stay where they are.
class MessageListView : public QTreeView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    MessageDelegate *messageDelegate() const { return m_delegate; }
    /// Selected rows (column 0), in view order.
    QModelIndexList selectedMessages() const;
    /// Moves to the next unread message after the current one (wrapping), false if none.
    bool selectNextUnread();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rememberTop();
    void restoreTop();

    MessageDelegate *m_delegate;
    QPersistentModelIndex m_top;
    QMetaObject::Connection m_before;
    QMetaObject::Connection m_after;
};

} // namespace Pigeon::Ui
