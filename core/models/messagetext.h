// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

/// Texts derived from stored header values for listing, sorting and threading.
namespace Pigeon::Models::MessageText {

/// Display names of an address list as the index stores it (`"Name" <a@b>`,
/// `Name <a@b>`, `a@b (Name)`, `a@b`, comma-separated): the name where there is one,
/// else the address. Commas inside quotes or angle brackets do not split.
QStringList displayNames(QStringView addresses);
/// The first display name (for the sender column).
QString firstDisplayName(QStringView addresses);
/// The subject without reply/forward prefixes ("Re:", "Fwd:", "AW:", "Odp:", "Отв:",
/// "پاسخ:", "Re[2]:"...) and surrounding space, for sorting and thread grouping.
QString baseSubject(QStringView subject);
/// The msg-ids (`<...>`, brackets kept) in a References or In-Reply-To value, in order.
QList<QByteArray> messageIds(const QByteArray &value);

} // namespace Pigeon::Models::MessageText
