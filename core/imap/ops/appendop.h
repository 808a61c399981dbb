// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"

#include <QDateTime>

namespace Pigeon::Imap {

/// APPEND mailbox (flags) "date-time" {literal} (RFC 9051 §6.3.12): stores one message
/// (a draft, a sent copy, a message moved from a local folder).
///
/// The message goes as a literal: `{n+}` under LITERAL+ (RFC 7888), else the session
/// waits for "+" and a server that refuses the size answers NO before any data is sent.
/// With UIDPLUS the new UID comes from APPENDUID (RFC 4315 §3). The message should
/// have CRLF line ends (RFC 9051 §6.3.12). setCreateIfMissing() as for CopyOp.
class AppendOp : public ImapOp
{
    Q_OBJECT
public:
    struct AppendResult {
        quint32 uidValidity = 0; ///< 0: the server did not say (no UIDPLUS)
        quint32 uid = 0;         ///< 0: the server did not say
    };

    /// \p flags as atoms ("\\Seen", "$Forwarded"); \p internalDate invalid: the server's now.
    AppendOp(ImapSession *session, QString mailbox, QByteArray message, QList<QByteArray> flags = {},
             QDateTime internalDate = {}, QObject *parent = nullptr);

    void setCreateIfMissing(bool create) { m_createIfMissing = create; }
    const AppendResult &result() const { return m_result; }

protected:
    void run() override;

private:
    void append(bool mayCreate);

    QString m_mailbox;
    QByteArray m_message;
    QList<QByteArray> m_flags;
    QDateTime m_internalDate;
    bool m_createIfMissing = false;
    AppendResult m_result;
};

} // namespace Pigeon::Imap
