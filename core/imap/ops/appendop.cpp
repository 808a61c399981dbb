// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/appendop.h"

namespace Pigeon::Imap {

AppendOp::AppendOp(ImapSession *session, QString mailbox, QByteArray message, QList<QByteArray> flags,
                   QDateTime internalDate, QObject *parent)
    : ImapOp(session, parent),
      m_mailbox(std::move(mailbox)),
      m_message(std::move(message)),
      m_flags(std::move(flags)),
      m_internalDate(std::move(internalDate))
{
}

void AppendOp::run()
{
    if (m_mailbox.isEmpty() || m_message.isEmpty()) {
        finish(MailError(MailError::Kind::InvalidInput, tr("There is no message to store.")));
        return;
    }
    // RFC 9051 §6.3.12: \Recent cannot be set; a NUL needs BINARY (RFC 3516), which
    // we do not use, so refuse here with a clear error instead of a server BAD.
    if (m_message.contains('\0')) {
        finish(MailError(MailError::Kind::InvalidInput, tr("The message contains NUL bytes and cannot be stored.")));
        return;
    }
    m_flags.removeIf([](const QByteArray &f) { return f.compare("\\Recent", Qt::CaseInsensitive) == 0; });
    append(m_createIfMissing);
}

void AppendOp::append(bool mayCreate)
{
    const Command command = Command::append(m_mailbox, m_flags, m_internalDate, m_message);
    sendChecked(command, {}, [this, mayCreate](const Result<StatusResponse> &r) {
        if (r) {
            if (r->code.kind == ResponseCodeKind::AppendUid) {
                m_result.uidValidity = r->code.uidValidity;
                const QList<quint32> uids = r->code.destinationUids.toList(SequenceSet::Star, 2);
                if (uids.size() == 1)
                    m_result.uid = uids.first();
            }
            finish();
        } else if (mayCreate && r.error().serverCode() == QLatin1String("TRYCREATE")) {
            createMailbox(m_mailbox, [this] { append(false); });
        } else {
            finish(r.error());
        }
    });
}

} // namespace Pigeon::Imap
