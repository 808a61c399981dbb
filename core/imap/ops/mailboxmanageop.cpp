// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/mailboxmanageop.h"

namespace Pigeon::Imap {

MailboxManageOp::MailboxManageOp(ImapSession *session, Action action, QString mailbox, QString newName,
                                 QObject *parent)
    : ImapOp(session, parent), m_action(action), m_mailbox(std::move(mailbox)), m_newName(std::move(newName))
{
}

void MailboxManageOp::run()
{
    if (m_mailbox.isEmpty() || (m_action == Action::Rename && m_newName.isEmpty())) {
        finish(MailError(MailError::Kind::InvalidInput, tr("The folder name is empty.")));
        return;
    }
    static const char *const names[] = {"CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE"};
    Command command(names[int(m_action)]);
    command.mailbox(m_mailbox);
    if (m_action == Action::Rename)
        command.mailbox(m_newName);
    // RFC 9051 §6.3.4: a DELETE/RENAME of the selected mailbox changes the selected state;
    // CREATE and SUBSCRIBE do not, but ordering them after earlier commands costs little.
    const bool barrier = m_action == Action::Delete || m_action == Action::Rename;
    send(command, barrier, {}, [this](const StatusResponse &) { finish(); });
}

} // namespace Pigeon::Imap
