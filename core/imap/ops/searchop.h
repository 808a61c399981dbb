// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

#include <optional>

namespace Pigeon::Imap {

/// One search key of RFC 9051 §6.4.4: a keyword ("UNSEEN", "SINCE 1-Feb-2026",
/// "NOT DELETED") optionally followed by one string argument ("SUBJECT" "привет").
struct SearchCriterion {
    QByteArray key;
    std::optional<QString> argument;

    static SearchCriterion keyword(QByteArray key) { return {std::move(key), std::nullopt}; }
    static SearchCriterion text(QByteArray key, QString value) { return {std::move(key), std::move(value)}; }
};

/// UID SEARCH in the selected mailbox (RFC 9051 §6.4.4).
///
/// Arguments go as UTF-8 with CHARSET UTF-8 when any is non-ASCII (every IMAP4rev1 server
/// must accept UTF-8 there; a NO [BADCHARSET] becomes the op's error). With ESEARCH
/// (RFC 4731) the reply is `RETURN (ALL)` ranges instead of every number.
class SearchOp : public ImapOp
{
    Q_OBJECT
public:
    /// No criteria: ALL.
    SearchOp(ImapSession *session, QList<SearchCriterion> criteria, QObject *parent = nullptr);

    /// Matching UIDs, ascending, without duplicates.
    const QList<quint32> &uids() const { return m_uids; }
    SequenceSet result() const { return SequenceSet::fromList(m_uids); }
    /// The MODSEQ the server reported for the result (RFC 7162 §3.1.5), 0 if none.
    quint64 modSeq() const { return m_modSeq; }
    bool usedEsearch() const { return m_esearch; }

protected:
    void run() override;

private:
    QList<SearchCriterion> m_criteria;
    QList<quint32> m_uids;
    quint64 m_modSeq = 0;
    bool m_esearch = false;
};

} // namespace Pigeon::Imap
