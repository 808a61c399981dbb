// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/fetchpartop.h"

namespace Pigeon::Imap {

FetchPartOp::FetchPartOp(ImapSession *session, quint32 uid, QByteArray section, QObject *parent)
    : FetchPartOp(session, uid, QList<QByteArray>{std::move(section)}, parent)
{
}

FetchPartOp::FetchPartOp(ImapSession *session, quint32 uid, QList<QByteArray> sections, QObject *parent)
    : ImapOp(session, parent), m_uid(uid), m_sections(std::move(sections))
{
}

void FetchPartOp::run()
{
    QList<QByteArray> items;
    items.reserve(m_sections.size());
    for (const QByteArray &s : m_sections)
        items << "BODY.PEEK[" + s + ']';
    send(Command::uidFetch(SequenceSet::fromList({m_uid}), FetchItem::Uid, items), false,
         [this](const Response &r) {
             const auto *f = std::get_if<FetchData>(&r);
             if (!f || !f->has(FetchItem::Uid) || f->uid != m_uid)
                 return;
             // The reply names the section without .PEEK (RFC 9051 §7.5.2).
             for (const BodySection &s : f->sections) {
                 if (s.binary)
                     continue;
                 for (const QByteArray &wanted : m_sections) {
                     if (s.section.compare(wanted, Qt::CaseInsensitive) == 0)
                         m_data.insert(wanted, s.data);
                 }
             }
         },
         [this](const StatusResponse &) {
             // RFC 9051 §6.4.9: UID FETCH of a UID that no longer exists is OK and empty.
             if (m_data.isEmpty())
                 finish(MailError(MailError::Kind::NotFound,
                                  tr("The message is no longer on the IMAP server.")));
             else
                 finish();
         });
}

} // namespace Pigeon::Imap
