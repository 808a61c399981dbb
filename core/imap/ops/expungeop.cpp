// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/expungeop.h"

namespace Pigeon::Imap {

ExpungeOp::ExpungeOp(ImapSession *session, SequenceSet uids, QObject *parent)
    : ImapOp(session, parent), m_uids(std::move(uids))
{
}

void ExpungeOp::run()
{
    if (!requireSelected())
        return;
    if (!m_uids.isEmpty() && !session()->hasCapability("UIDPLUS")) {
        finish(MailError(MailError::Kind::InvalidInput,
                         tr("The IMAP server cannot remove single messages (it lacks UIDPLUS).")));
        return;
    }
    Command command(m_uids.isEmpty() ? "EXPUNGE" : "UID EXPUNGE");
    if (!m_uids.isEmpty())
        command.sequenceSet(m_uids);
    send(command, false,
         [this](const Response &r) {
             if (const auto *n = std::get_if<MessageNumberData>(&r)) {
                 if (n->kind == MessageNumberData::Kind::Expunge)
                     m_result.expungedSequences.append(n->number);
             } else if (const auto *v = std::get_if<VanishedData>(&r); v && !v->earlier) {
                 QList<quint32> all = m_result.vanishedUids.toList();
                 all += v->uids.toList();
                 m_result.vanishedUids = SequenceSet::fromList(all);
             }
         },
         [this](const StatusResponse &) { finish(); });
}

} // namespace Pigeon::Imap
