// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/messagelistview.h"

#include "models/messageroles.h"
#include "ui/messagedelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace Pigeon::Ui {

MessageListView::MessageListView(QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("messageList"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    // Every row the same height: the view never measures 100,000 rows.
    setUniformRowHeights(true);
    setRootIsDecorated(false);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setExpandsOnDoubleClick(true);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    header()->setFirstSectionMovable(true);
}

void MessageListView::setModel(QAbstractItemModel *model)
{
    disconnect(m_before);
    disconnect(m_after);
    QTreeView::setModel(model);
    if (!model)
        return;
    header()->setSectionResizeMode(int(Models::MessageColumn::Subject), QHeaderView::Stretch);
    m_before = connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageListView::rememberTop);
    m_after = connect(model, &QAbstractItemModel::rowsInserted, this, &MessageListView::restoreTop,
                      Qt::QueuedConnection);
}

void MessageListView::rememberTop()
{
    // At the very top the user wants to see what arrives; further down, what they read.
    m_top = verticalScrollBar()->value() > 0 ? QPersistentModelIndex(indexAt(QPoint(1, 1))) : QPersistentModelIndex();
}

void MessageListView::restoreTop()
{
    if (m_top.isValid())
        scrollTo(m_top, QAbstractItemView::PositionAtTop);
    m_top = QPersistentModelIndex();
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    // The view claims some keys for itself (Delete among them) before shortcuts see
    // them: the list's own actions get them first.
    const QKeySequence pressed(event->keyCombination());
    const QList<QAction *> own = actions();
    for (QAction *a : own) {
        if (a->isEnabled() && a->shortcuts().contains(pressed)) {
            a->trigger();
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

QModelIndexList MessageListView::selectedMessages() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows(0) : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    return rows;
}

bool MessageListView::selectNextUnread()
{
    if (!model())
        return false;
    const int rows = model()->rowCount();
    if (rows == 0)
        return false;
    const int start = currentIndex().isValid() ? currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const QModelIndex i = model()->index((start + step) % rows, 0);
        if (i.data(Models::UnreadRole).toBool()) {
            setCurrentIndex(i);
            scrollTo(i);
            return true;
        }
    }
    return false;
}

} // namespace Pigeon::Ui
