// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// UID STORE uids +FLAGS.SILENT / -FLAGS.SILENT (flags) (RFC 9051 §6.4.6). SILENT: the
/// caller already knows the new state; changes by others still arrive as FETCH FLAGS.
class StoreFlagsOp : public ImapOp
{
    Q_OBJECT
public:
    enum class Mode { Add, Remove };
    /// \p flags as atoms: "\\Seen", "\\Flagged", "$Forwarded"...
    StoreFlagsOp(ImapSession *session, SequenceSet uids, Mode mode, QList<QByteArray> flags,
                 QObject *parent = nullptr);

protected:
    void run() override;

private:
    SequenceSet m_uids;
    Mode m_mode;
    QList<QByteArray> m_flags;
};

} // namespace Pigeon::Imap
