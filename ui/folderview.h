// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QTreeView>

namespace Pigeon::Ui {

/// The folder pane: Models::FolderModel (the unified Inbox, every account and its
/// folder tree) drawn by FolderDelegate; messages dragged from the list are dropped on
/// a folder (the model turns that into a move request).
class FolderView : public QTreeView
{
    Q_OBJECT
public:
    explicit FolderView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
};

} // namespace Pigeon::Ui
