// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "models/accountlistmodel.h"

#include "account/accountstore.h"

namespace Pigeon::Models {

AccountListModel::AccountListModel(Account::AccountStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    if (!store)
        return;
    m_rows = store->accounts();
    connect(store, &Account::AccountStore::accountAdded, this, &AccountListModel::onAdded);
    connect(store, &Account::AccountStore::accountChanged, this, &AccountListModel::onChanged);
    connect(store, &Account::AccountStore::accountRemoved, this, &AccountListModel::onRemoved);
    connect(store, &Account::AccountStore::accountsReset, this, &AccountListModel::onReset);
    connect(store, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account::Account &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return a.displayName();
    case Qt::ToolTipRole: return a.name.isEmpty() ? a.address : a.name + QLatin1String(" <") + a.address + QLatin1Char('>');
    case IdRole: return a.id.toString(QUuid::WithoutBraces);
    case AddressRole: return a.address;
    case ProtocolRole: return Account::protocolName(a.protocol);
    case NameRole: return a.name;
    default: return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "accountId");
    names.insert(DisplayNameRole, "displayName");
    names.insert(AddressRole, "address");
    names.insert(ProtocolRole, "protocol");
    names.insert(NameRole, "name");
    return names;
}

int AccountListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void AccountListModel::onAdded(const QUuid &id)
{
    const auto account = m_store->account(id);
    if (!account || rowOf(id) >= 0)
        return;
    // The store appends; mirror its position so both orders stay the same.
    const int row = qBound(0, m_store->indexOf(id), int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, *account);
    endInsertRows();
}

void AccountListModel::onChanged(const QUuid &id)
{
    const int row = rowOf(id);
    const auto account = m_store->account(id);
    if (row < 0 || !account)
        return onReset();
    m_rows[row] = *account;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void AccountListModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AccountListModel::onReset()
{
    beginResetModel();
    m_rows = m_store ? m_store->accounts() : QList<Account::Account>();
    endResetModel();
}

} // namespace Pigeon::Models
