// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/folderview.h"

#include "ui/folderdelegate.h"

#include <QHeaderView>

namespace Pigeon::Ui {

FolderView::FolderView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("folderTree"));
    setAccessibleName(tr("Folders"));
    setItemDelegate(new FolderDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Messages are dropped here; folders are dragged onto other folders to move them.
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::MoveAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void FolderView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    // New accounts and folders open as they appear: a mail client's tree is read, not browsed.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int r = first; r <= last; ++r)
            expandRecursively(this->model()->index(r, 0, parent));
    });
    expandAll();
    for (int c = 1; c < model->columnCount(); ++c)
        hideColumn(c);
}

} // namespace Pigeon::Ui
