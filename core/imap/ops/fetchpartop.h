// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

#include <QHash>
#include <QList>

namespace Pigeon::Imap {

/// UID FETCH uid (BODY.PEEK[section] ...) (RFC 9051 §6.4.5): PEEK, so reading a part
/// does not set \Seen; marking as read is the caller's decision (StoreFlagsOp).
class FetchPartOp : public ImapOp
{
    Q_OBJECT
public:
    /// \p section as in RFC 9051 §6.4.5: "" (whole message), "HEADER", "1.2", "2.MIME"...
    FetchPartOp(ImapSession *session, quint32 uid, QByteArray section, QObject *parent = nullptr);
    /// Several sections of one message in one command (the inline images of an HTML
    /// message): one round trip, not one per part.
    FetchPartOp(ImapSession *session, quint32 uid, QList<QByteArray> sections, QObject *parent = nullptr);

    /// The bytes of the (first) section as the server sent them (transfer encoding not undone).
    QByteArray result() const { return m_data.value(m_sections.value(0)); }
    /// Every section the server sent, by the name it was asked for.
    const QHash<QByteArray, QByteArray> &results() const { return m_data; }

protected:
    void run() override;

private:
    quint32 m_uid;
    QList<QByteArray> m_sections;
    QHash<QByteArray, QByteArray> m_data;
};

} // namespace Pigeon::Imap
