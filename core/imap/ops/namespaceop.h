// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

/// NAMESPACE (RFC 2342, RFC 9051 §6.3.10): where personal, other users' and shared
/// mailboxes live and which hierarchy delimiter they use.
///
/// Without NAMESPACE the personal namespace is "" with the delimiter of `LIST "" ""`
/// (RFC 9051 §6.3.9), which is what a server without the extension means.
class NamespaceOp : public ImapOp
{
    Q_OBJECT
public:
    using ImapOp::ImapOp;

    const NamespaceData &result() const { return m_result; }

protected:
    void run() override;

private:
    NamespaceData m_result;
};

} // namespace Pigeon::Imap
