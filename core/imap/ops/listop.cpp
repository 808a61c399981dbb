// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/listop.h"
#include "imap/ops/statusop.h"

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
         [this](const StatusResponse &) {
             if (m_statusFallback && !session()->hasCapability("LIST-STATUS"))
                 statusEach();
             else
                 finish();
         });
}

void ListOp::statusEach()
{
    const QByteArray items = '(' + StatusOp::items(*session()) + ')';
    QList<qsizetype> wanted;
    for (qsizetype i = 0; i < m_mailboxes.size(); ++i) {
        if (!(m_mailboxes.at(i).list.attributes & (MailboxAttribute::NoSelect | MailboxAttribute::NonExistent)))
            wanted.append(i);
    }
    if (wanted.isEmpty()) {
        finish();
        return;
    }
    m_statusPending = int(wanted.size());
    for (const qsizetype i : std::as_const(wanted)) {
        const QByteArray raw = m_mailboxes.at(i).list.mailbox.raw;
        Command status("STATUS");
        status.astring(raw).raw(items); // the name exactly as the server spelt it
        ImapSession::CommandOptions options;
        options.untagged = [this, i, raw](const Response &r) {
            if (const auto *s = std::get_if<StatusData>(&r); s && s->mailbox.raw == raw)
                m_mailboxes[i].status = *s;
        };
        sendChecked(status, std::move(options), [this](const Result<StatusResponse> &r) {
            if (!r && r.error().kind() != MailError::Kind::ServerNo) {
                finish(r.error()); // the connection, not this mailbox
                return;
            }
            if (--m_statusPending == 0)
                finish();
        });
    }
}

} // namespace Pigeon::Imap
