// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/statusop.h"

namespace Pigeon::Imap {

StatusOp::StatusOp(ImapSession *session, QString mailbox, QObject *parent)
    : ImapOp(session, parent), m_mailbox(std::move(mailbox))
{
}

QByteArray StatusOp::items(const ImapSession &session)
{
    QByteArray items = "MESSAGES UNSEEN UIDNEXT UIDVALIDITY";
    if (session.hasCapability("CONDSTORE"))
        items += " HIGHESTMODSEQ";
    return items;
}

void StatusOp::run()
{
    if (m_mailbox.isEmpty()) {
        finish(MailError(MailError::Kind::InvalidInput, tr("The folder name is empty.")));
        return;
    }
    Command status("STATUS");
    status.mailbox(m_mailbox).raw(QByteArray('(' + items(*session()) + ')'));
    send(status, false,
         [this](const Response &r) {
             // One STATUS reply is expected; the name is compared decoded, since a
             // server may spell INBOX or an encoding differently from us.
             if (const auto *s = std::get_if<StatusData>(&r)) {
                 const bool inbox = m_mailbox.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
                 if (s->mailbox.name == m_mailbox
                     || (inbox && s->mailbox.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)) {
                     m_result = *s;
                     m_found = true;
                 }
             }
         },
         [this](const StatusResponse &) {
             if (!m_found)
                 finish(MailError(MailError::Kind::Protocol, tr("The IMAP server did not report the folder's status.")));
             else
                 finish();
         });
}

} // namespace Pigeon::Imap
