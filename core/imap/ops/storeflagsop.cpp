// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/storeflagsop.h"

namespace Pigeon::Imap {

namespace {

bool isFlagAtom(const QByteArray &flag)
{
    // flag = "\" atom / keyword atom (RFC 9051 §9): no specials, no spaces.
    if (flag.isEmpty())
        return false;
    for (qsizetype i = 0; i < flag.size(); ++i) {
        const auto c = static_cast<unsigned char>(flag.at(i));
        if (c == '\\' && i == 0)
            continue;
        if (c <= 0x20 || c >= 0x7f || QByteArrayView("(){%*\"\\]").contains(char(c)))
            return false;
    }
    return true;
}

} // namespace

StoreFlagsOp::StoreFlagsOp(ImapSession *session, SequenceSet uids, Mode mode, QList<QByteArray> flags,
                           QObject *parent)
    : ImapOp(session, parent), m_uids(std::move(uids)), m_mode(mode), m_flags(std::move(flags))
{
}

void StoreFlagsOp::run()
{
    if (m_uids.isEmpty() || m_flags.isEmpty() || !std::all_of(m_flags.cbegin(), m_flags.cend(), isFlagAtom)) {
        finish(MailError(MailError::Kind::InvalidInput, tr("Invalid message flags.")));
        return;
    }
    QByteArray item = m_mode == Mode::Add ? "+FLAGS" : "-FLAGS";
    if (m_silent)
        item += ".SILENT";
    Command store("UID STORE");
    store.sequenceSet(m_uids).raw(item).list(m_flags);
    ImapSession::Untagged untagged;
    if (!m_silent) {
        untagged = [this](const Response &r) {
            // UID is in every FETCH of a UID command's answer (RFC 9051 §6.4.9).
            if (const auto *f = std::get_if<FetchData>(&r); f && f->has(FetchItem::Uid) && f->has(FetchItem::Flags))
                m_result << *f;
        };
    }
    send(store, false, std::move(untagged), [this](const StatusResponse &) { finish(); });
}

} // namespace Pigeon::Imap
