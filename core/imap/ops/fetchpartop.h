// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// UID FETCH uid (BODY.PEEK[section]) (RFC 9051 §6.4.5): PEEK, so reading a part
/// does not set \Seen; marking as read is the caller's decision (StoreFlagsOp).
class FetchPartOp : public ImapOp
{
    Q_OBJECT
public:
    /// \p section as in RFC 9051 §6.4.5: "" (whole message), "HEADER", "1.2", "2.MIME"...
    FetchPartOp(ImapSession *session, quint32 uid, QByteArray section, QObject *parent = nullptr);

    /// The bytes as the server sent them (transfer encoding not undone).
    const QByteArray &result() const { return m_data; }

protected:
    void run() override;

private:
    quint32 m_uid;
    QByteArray m_section;
    QByteArray m_data;
    bool m_found = false;
};

} // namespace Pigeon::Imap
