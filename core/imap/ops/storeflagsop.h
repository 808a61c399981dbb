// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// UID STORE uids +FLAGS.SILENT / -FLAGS.SILENT (flags) (RFC 9051 §6.4.6). SILENT: the
/// caller already knows the new state; changes by others still arrive as FETCH FLAGS.
///
/// setSilent(false) sends +FLAGS / -FLAGS instead: the server answers with each
/// message's resulting FLAGS (and MODSEQ under CONDSTORE, RFC 7162 §3.1.3), kept in
/// result(), for a caller that wants the server's word rather than its own guess
/// (a replayed offline change: others may have changed the same message meanwhile).
class StoreFlagsOp : public ImapOp
{
    Q_OBJECT
public:
    enum class Mode { Add, Remove };
    /// \p flags as atoms: "\\Seen", "\\Flagged", "$Forwarded"...
    StoreFlagsOp(ImapSession *session, SequenceSet uids, Mode mode, QList<QByteArray> flags,
                 QObject *parent = nullptr);

    void setSilent(bool silent) { m_silent = silent; }
    /// The FETCH responses (with UID and FLAGS) the STORE produced; empty when silent.
    const QList<FetchData> &result() const { return m_result; }

protected:
    void run() override;

private:
    SequenceSet m_uids;
    Mode m_mode;
    QList<QByteArray> m_flags;
    bool m_silent = true;
    QList<FetchData> m_result;
};

} // namespace Pigeon::Imap
