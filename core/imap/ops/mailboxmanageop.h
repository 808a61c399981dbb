// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// CREATE, DELETE, RENAME, SUBSCRIBE or UNSUBSCRIBE one mailbox (RFC 9051 §6.3.4-6.3.8).
/// Names are given decoded and sent in modified UTF-7 (RFC 3501 §5.1.3), so Cyrillic
/// or Persian folder names work on every server. The server's NO (with its code:
/// ALREADYEXISTS, NONEXISTENT, HASCHILDREN, INUSE...) is the op's error.
class MailboxManageOp : public ImapOp
{
    Q_OBJECT
public:
    enum class Action { Create, Delete, Rename, Subscribe, Unsubscribe };
    Q_ENUM(Action)

    /// \p newName only for Rename.
    MailboxManageOp(ImapSession *session, Action action, QString mailbox, QString newName = {},
                    QObject *parent = nullptr);

    Action action() const { return m_action; }

protected:
    void run() override;

private:
    Action m_action;
    QString m_mailbox;
    QString m_newName;
};

} // namespace Pigeon::Imap
