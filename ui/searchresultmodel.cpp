// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/searchresultmodel.h"

#include "models/messagedrag.h"
#include "models/messagelistmodel.h"
#include "models/messageroles.h"
#include "models/messagetext.h"

#include <QCollator>
#include <QDateTime>
#include <QMimeData>

namespace Pigeon::Ui {

using Models::MessageColumn;

void SearchResultModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_listed.clear();
    endResetModel();
}

void SearchResultModel::addResults(const QString &accountId, const QList<Store::MessageRow> &rows)
{
    QList<Hit> fresh;
    for (const Store::MessageRow &r : rows) {
        if (!m_listed.contains({accountId, r.id})) {
            m_listed.insert({accountId, r.id});
            fresh.append({accountId, r});
        }
    }
    if (fresh.isEmpty())
        return;
    // Inserted, not reset: the server's hits arrive after the local ones, maybe while
    // the user reads one of them.
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + fresh.size() - 1));
    m_hits += fresh;
    endInsertRows();
    sort(m_sortColumn, m_order);
}

int SearchResultModel::rowOf(const QString &accountId, Store::MessageId id) const
{
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).row.id == id && m_hits.at(i).account == accountId)
            return int(i);
    }
    return -1;
}

void SearchResultModel::updateMessages(const QString &accountId, const QList<Store::MessageRow> &rows)
{
    for (const Store::MessageRow &r : rows) {
        const int i = rowOf(accountId, r.id);
        if (i < 0)
            continue;
        m_hits[i].row = r;
        Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
}

void SearchResultModel::removeMessages(const QString &accountId, const QList<Store::MessageId> &ids)
{
    for (Store::MessageId id : ids) {
        const int i = rowOf(accountId, id);
        if (i < 0)
            continue;
        beginRemoveRows({}, i, i);
        m_listed.remove({accountId, id});
        m_hits.removeAt(i);
        endRemoveRows();
    }
}

QString SearchResultModel::folderName(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_hits.size() ? m_hits.at(index.row()).row.folder : QString();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(MessageColumn::Count);
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Hit &h = m_hits.at(index.row());
    const Store::MessageRow &r = h.row;
    const QDateTime date = r.date ? QDateTime::fromSecsSinceEpoch(r.date, Qt::UTC) : QDateTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (MessageColumn(index.column())) {
        case MessageColumn::Subject: return r.subject;
        case MessageColumn::Sender: return Models::MessageText::firstDisplayName(r.from);
        case MessageColumn::Recipients: return Models::MessageText::displayNames(r.to).join(QLatin1String(", "));
        case MessageColumn::Date: return date;
        case MessageColumn::Size: return r.size;
        case MessageColumn::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == int(MessageColumn::Subject) ? tr("In folder %1").arg(r.folder) : QVariant();
    case Models::MessageIdRole: return r.id;
    case Models::AccountIdRole: return h.account;
    case Models::FolderIdRole: return QVariant(); // folders are named in rows: see the tooltip
    case Models::SubjectRole: return r.subject;
    case Models::SenderRole: return r.from;
    case Models::SenderNameRole: return Models::MessageText::firstDisplayName(r.from);
    case Models::RecipientsRole: return r.to;
    case Models::DateRole: return date;
    case Models::DateSecsRole: return r.date;
    case Models::SizeRole: return r.size;
    case Models::FlagsRole: return int(r.flags);
    case Models::UnreadRole: return !r.flags.testFlag(Store::MessageFlag::Seen);
    case Models::FlaggedRole: return r.flags.testFlag(Store::MessageFlag::Flagged);
    case Models::AnsweredRole: return r.flags.testFlag(Store::MessageFlag::Answered);
    case Models::ForwardedRole: return r.flags.testFlag(Store::MessageFlag::Forwarded);
    case Models::DraftRole: return r.flags.testFlag(Store::MessageFlag::Draft);
    case Models::DeletedRole: return r.flags.testFlag(Store::MessageFlag::Deleted);
    case Models::HasAttachmentsRole: return r.hasAttachments;
    case Models::BodyStateRole:
        // As MessageListModel says it: an IMAP hit found on the server may be headers only.
        if (r.flags.testFlag(Store::MessageFlag::Partial))
            return int(Models::MessageBodyState::Partial);
        return int(r.bodyState);
    case Models::ThreadSizeRole: return 1;
    case Models::ThreadUnreadRole: return r.flags.testFlag(Store::MessageFlag::Seen) ? 0 : 1;
    default: return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString title = Models::MessageListModel::columnTitle(MessageColumn(section));
    return title.isEmpty() ? QVariant() : QVariant(title);
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled : Qt::NoItemFlags;
}

void SearchResultModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    auto key = [column](const Hit &h) -> QString {
        switch (MessageColumn(column)) {
        case MessageColumn::Subject: return Models::MessageText::baseSubject(h.row.subject);
        case MessageColumn::Sender: return Models::MessageText::firstDisplayName(h.row.from);
        case MessageColumn::Recipients: return h.row.to;
        default: return {};
        }
    };
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<QString, Store::MessageId>> ids;
    for (const QModelIndex &i : before)
        ids.append({m_hits.at(i.row()).account, m_hits.at(i.row()).row.id});
    std::stable_sort(m_hits.begin(), m_hits.end(), [&](const Hit &a, const Hit &b) {
        int c = 0;
        if (column == int(MessageColumn::Date))
            c = a.row.date < b.row.date ? -1 : (a.row.date > b.row.date ? 1 : 0);
        else if (column == int(MessageColumn::Size))
            c = a.row.size < b.row.size ? -1 : (a.row.size > b.row.size ? 1 : 0);
        else
            c = collator.compare(key(a), key(b));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i).first, ids.at(i).second), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList SearchResultModel::mimeTypes() const
{
    return {Models::MessageDrag::mimeType()};
}

QMimeData *SearchResultModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Models::MessageDrag::Entry> entries;
    for (const QModelIndex &i : indexes) {
        if (i.column() != 0)
            continue;
        const Hit &h = m_hits.at(i.row());
        // The folder id is not in a search row; the target of a drop needs only the ids.
        entries.append({h.account, 0, h.row.id});
    }
    auto *mime = new QMimeData;
    mime->setData(Models::MessageDrag::mimeType(), Models::MessageDrag::encode(entries));
    return mime;
}

} // namespace Pigeon::Ui
