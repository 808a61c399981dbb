// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace Pigeon::Models {

/// Conversation threading by Message-ID and References / In-Reply-To (RFC 5322
/// §3.6.4), after Jamie Zawinski's algorithm, without subject grouping (replies whose
/// References were stripped stay on their own rather than joining a stranger's thread
/// with the same subject).
///
/// A message's parent is the nearest message of its References chain (last to first)
/// that is present. Messages whose whole chain is missing but that name the same first
/// reference (the thread's root) are grouped under the oldest of them, as JWZ does with
/// an empty root container. Duplicated Message-IDs attach replies to the first one;
/// reference loops are broken.
class MessageThreader
{
public:
    struct Message {
        QByteArray messageId;     ///< with angle brackets
        QList<QByteArray> refs;   ///< References (or In-Reply-To), oldest first
        qint64 date = 0;
    };

    /// The parent index of each message, -1 for a thread root.
    static std::vector<qint32> parents(const std::vector<Message> &messages);
};

} // namespace Pigeon::Models
