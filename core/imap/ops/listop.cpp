// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/listop.h"

namespace Pigeon::Imap {

void ListOp::run()
{
    Command list("LIST");
    list.raw(R"("" "*")");
    QList<QByteArray> returns;
    // RETURN options need LIST-EXTENDED (RFC 5258 §3); servers with SPECIAL-USE but
    // without it send the attributes in a plain LIST anyway (RFC 6154 §5.1).
    if (session()->hasCapability("LIST-EXTENDED") && session()->hasCapability("SPECIAL-USE"))
        returns << "SPECIAL-USE";
    if (session()->hasCapability("LIST-STATUS"))
        returns << "STATUS (MESSAGES UNSEEN UIDNEXT UIDVALIDITY)";
    if (!returns.isEmpty())
        list.raw(QByteArray("RETURN (" + returns.join(' ') + ')'));
    m_commandText = list.encode("", LiteralMode::Synchronizing).logText.trimmed();
    send(list, false,
         [this](const Response &r) {
             if (const auto *data = std::get_if<ListData>(&r)) {
                 if (!data->lsub)
                     m_mailboxes.append({*data, std::nullopt});
             } else if (const auto *status = std::get_if<StatusData>(&r)) {
                 // RFC 5819 §3: STATUS follows the LIST of its mailbox.
                 for (auto it = m_mailboxes.rbegin(); it != m_mailboxes.rend(); ++it) {
                     if (it->list.mailbox.raw == status->mailbox.raw) {
                         it->status = *status;
                         break;
                     }
                 }
             }
         },
         [this](const StatusResponse &) { finish(); });
}

} // namespace Pigeon::Imap
