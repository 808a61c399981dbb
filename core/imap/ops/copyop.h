// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

#include <QHash>

namespace Pigeon::Imap {

/// Where copied (or moved) messages went, from COPYUID (RFC 4315 §3).
struct CopyResult {
    /// UIDVALIDITY of the destination; 0 when the server did not say (no UIDPLUS).
    quint32 uidValidity = 0;
    SequenceSet sourceUids;
    SequenceSet destinationUids;
    /// Source UID -> destination UID. Both sets are paired in ascending order, which is
    /// the order every server we know assigns new UIDs in (RFC 4315 §3 leaves it open).
    QHash<quint32, quint32> uidMap() const;
    /// Fills the fields from a COPYUID code; false when \p code is something else.
    bool take(const ResponseCode &code);
};

/// UID COPY uids mailbox (RFC 9051 §6.4.7) in the selected mailbox.
///
/// With setCreateIfMissing(true), a NO [TRYCREATE] (RFC 9051 §7.1) makes the op CREATE
/// the destination and try once more; otherwise that NO is the op's error (serverCode
/// "TRYCREATE"), so the caller may ask the user.
class CopyOp : public ImapOp
{
    Q_OBJECT
public:
    CopyOp(ImapSession *session, SequenceSet uids, QString destination, QObject *parent = nullptr);

    void setCreateIfMissing(bool create) { m_createIfMissing = create; }
    const CopyResult &result() const { return m_result; }

protected:
    void run() override;

private:
    void copy(bool mayCreate);

    SequenceSet m_uids;
    QString m_destination;
    bool m_createIfMissing = false;
    CopyResult m_result;
};

} // namespace Pigeon::Imap
