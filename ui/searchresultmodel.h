// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/messagerow.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Pigeon::Ui {

/// Search hits of one or more accounts as a message list: the same columns and roles as
/// Models::MessageListModel (so MessageListView and MessageDelegate show both alike),
/// newest first, sortable. Follows flag changes and removals streamed by the runtimes.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Empties the list for a new query.
    void clear();
    /// Merges hits of one account (several accounts, and the local index and the server,
    /// answer one query): a message already listed is not added twice; the rows shown
    /// keep their selection.
    void addResults(const QString &accountId, const QList<Store::MessageRow> &rows);
    void updateMessages(const QString &accountId, const QList<Store::MessageRow> &rows);
    void removeMessages(const QString &accountId, const QList<Store::MessageId> &ids);

    /// The folder the hit at @p index lives in.
    QString folderName(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

private:
    struct Hit {
        QString account;
        Store::MessageRow row;
    };
    int rowOf(const QString &accountId, Store::MessageId id) const;

    QList<Hit> m_hits;
    QSet<QPair<QString, Store::MessageId>> m_listed; ///< (account, id) of m_hits
    int m_sortColumn = 3; // Models::MessageColumn::Date
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace Pigeon::Ui
