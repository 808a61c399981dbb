// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/fetchpartop.h"

namespace Pigeon::Imap {

FetchPartOp::FetchPartOp(ImapSession *session, quint32 uid, QByteArray section, QObject *parent)
    : ImapOp(session, parent), m_uid(uid), m_section(std::move(section))
{
}

void FetchPartOp::run()
{
    const QByteArray item = "BODY.PEEK[" + m_section + ']';
    send(Command::uidFetch(SequenceSet::fromList({m_uid}), FetchItem::Uid, {item}), false,
         [this](const Response &r) {
             const auto *f = std::get_if<FetchData>(&r);
             if (!f || !f->has(FetchItem::Uid) || f->uid != m_uid)
                 return;
             // The reply names the section without .PEEK (RFC 9051 §7.5.2).
             for (const BodySection &s : f->sections) {
                 if (!s.binary && s.section.compare(m_section, Qt::CaseInsensitive) == 0) {
                     m_data = s.data;
                     m_found = true;
                 }
             }
         },
         [this](const StatusResponse &) {
             // RFC 9051 §6.4.9: UID FETCH of a UID that no longer exists is OK and empty.
             if (!m_found)
                 finish(MailError(MailError::Kind::NotFound,
                                  tr("The message is no longer on the IMAP server.")));
             else
                 finish();
         });
}

} // namespace Pigeon::Imap
