// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "account/account.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QUuid>

namespace Pigeon::Account {
class AccountStore;
}

namespace Pigeon::Models {

/// The configured accounts, one row each, in the store's order. Follows the store's
/// signals (added, changed, removed, reset), so a view stays current without polling.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the account id without braces
        DisplayNameRole,           ///< QString: label, or the address (also Qt::DisplayRole)
        AddressRole,               ///< QString: the e-mail address
        ProtocolRole,              ///< QString: "imap" or "pop3"
        NameRole,                  ///< QString: the user's name for From:
    };
    Q_ENUM(Role)

    explicit AccountListModel(Account::AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of an account, -1 if it is not in the model.
    int rowOf(const QUuid &id) const;

private:
    void onAdded(const QUuid &id);
    void onChanged(const QUuid &id);
    void onRemoved(const QUuid &id);
    void onReset();

    QPointer<Account::AccountStore> m_store;
    /// A copy of the store's accounts in its order, so rows stay consistent while the
    /// store has already changed and the model is announcing it.
    QList<Account::Account> m_rows;
};

} // namespace Pigeon::Models
