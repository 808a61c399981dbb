// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/uidfetchheadersop.h"

#include <QSet>

#include <algorithm>

namespace Pigeon::Imap {

UidFetchHeadersOp::UidFetchHeadersOp(ImapSession *session, int firstBatch, int maxBatch, QObject *parent)
    : ImapOp(session, parent), m_batch(std::max(1, firstBatch)), m_maxBatch(std::max(m_batch, maxBatch))
{
}

void UidFetchHeadersOp::run()
{
    if (session()->state() != ImapSession::State::Selected) {
        finish(MailError(MailError::Kind::InvalidInput, tr("No IMAP mailbox is selected.")));
        return;
    }
    Command search("UID SEARCH");
    if (session()->hasCapability("ESEARCH"))
        search.raw("RETURN (ALL)"); // RFC 4731: ranges instead of every number
    search.raw("ALL");
    send(search, false,
         [this](const Response &r) {
             if (const auto *s = std::get_if<SearchData>(&r)) {
                 m_uids += s->numbers;
             } else if (const auto *e = std::get_if<ESearchData>(&r)) {
                 if (e->uid && e->all)
                     m_uids += e->all->toList();
             }
         },
         [this](const StatusResponse &) {
             std::sort(m_uids.begin(), m_uids.end());
             m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
             nextBatch();
         });
}

void UidFetchHeadersOp::nextBatch()
{
    if (m_uids.isEmpty()) {
        finish();
        return;
    }
    const qsizetype take = std::min<qsizetype>(m_batch, m_uids.size());
    const QList<quint32> batch = m_uids.sliced(m_uids.size() - take);
    m_uids.resize(m_uids.size() - take);
    m_batchSizes.append(int(take));
    m_batch = std::min(m_batch * 2, m_maxBatch);

    const QSet<quint32> wanted(batch.cbegin(), batch.cend());
    const FetchItems items = FetchItem::Uid | FetchItem::Flags | FetchItem::InternalDate
        | FetchItem::Rfc822Size | FetchItem::Envelope | FetchItem::BodyStructure;
    send(Command::uidFetch(SequenceSet::fromList(batch), items), false,
         [this, wanted](const Response &r) {
             if (std::holds_alternative<ParseError>(r)) {
                 ++m_unreadable;
                 return;
             }
             const auto *f = std::get_if<FetchData>(&r);
             // Unsolicited FETCH (a flag change of another message) is the session's business.
             if (f && f->has(FetchItem::Uid) && f->has(FetchItem::Envelope) && wanted.contains(f->uid))
                 m_current.append(*f);
         },
         [this](const StatusResponse &) {
             QList<FetchData> messages = std::exchange(m_current, {});
             std::sort(messages.begin(), messages.end(),
                       [](const FetchData &a, const FetchData &b) { return a.uid > b.uid; });
             m_fetched += messages.size();
             Q_EMIT batchFetched(messages);
             nextBatch();
         });
}

} // namespace Pigeon::Imap
