// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// What SELECT/EXAMINE tells about a mailbox (RFC 9051 §6.3.2, RFC 7162 §3.1.2.1).
struct SelectResult {
    quint32 exists = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;          ///< 0 when the server did not say
    quint64 highestModSeq = 0;    ///< 0: no CONDSTORE or NOMODSEQ
    FlagList flags;
    FlagList permanentFlags;
    bool readOnly = false;
};

/// SELECT or EXAMINE one mailbox; the session is in State::Selected afterwards.
class SelectOp : public ImapOp
{
    Q_OBJECT
public:
    SelectOp(ImapSession *session, QString mailbox, bool readOnly = false, QObject *parent = nullptr);

    const SelectResult &result() const { return m_result; }
    QString mailbox() const { return m_mailbox; }

protected:
    void run() override;

private:
    QString m_mailbox;
    bool m_readOnly;
    SelectResult m_result;
};

} // namespace Pigeon::Imap
