// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QDateTime>
#include <QIcon>
#include <QStyledItemDelegate>

namespace Pigeon::Ui {

/// Draws a row of the message list from Models::MessageListModel's roles: unread in
/// bold (a collapsed thread with unread replies too), deleted struck out, dates in the
/// locale's calendar (DateTimeFormat::compact), sizes in the locale's units, and in the
/// subject column the indicators: star, paperclip, and "only the headers are here"
/// (the body needs the network) or "partly downloaded". Mirrors itself right to left.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// For tests: the icon names drawn in the subject cell of @p index, in order.
    static QStringList indicators(const QModelIndex &index);
    /// The icon drawn for indicator @p name (one of indicators()): sharp at any scale.
    static QIcon indicatorIcon(const QString &name);
    /// Fixed "now", for tests and screenshots (default: the current time).
    void setNow(const QDateTime &now) { m_now = now; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QDateTime m_now;
};

} // namespace Pigeon::Ui
