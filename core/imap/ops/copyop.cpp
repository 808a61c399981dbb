// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/copyop.h"

namespace Pigeon::Imap {

QHash<quint32, quint32> CopyResult::uidMap() const
{
    QHash<quint32, quint32> map;
    const QList<quint32> from = sourceUids.toList();
    const QList<quint32> to = destinationUids.toList();
    if (from.size() != to.size())
        return map; // a server that cannot count: better no map than a wrong one
    map.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        map.insert(from.at(i), to.at(i));
    return map;
}

bool CopyResult::take(const ResponseCode &code)
{
    if (code.kind != ResponseCodeKind::CopyUid)
        return false;
    uidValidity = code.uidValidity;
    sourceUids = code.sourceUids;
    destinationUids = code.destinationUids;
    return true;
}

CopyOp::CopyOp(ImapSession *session, SequenceSet uids, QString destination, QObject *parent)
    : ImapOp(session, parent), m_uids(std::move(uids)), m_destination(std::move(destination))
{
}

void CopyOp::run()
{
    if (m_uids.isEmpty() || m_destination.isEmpty()) {
        finish(MailError(MailError::Kind::InvalidInput, tr("Nothing to copy.")));
        return;
    }
    if (requireSelected())
        copy(m_createIfMissing);
}

void CopyOp::copy(bool mayCreate)
{
    Command command("UID COPY");
    command.sequenceSet(m_uids).mailbox(m_destination);
    sendChecked(command, {}, [this, mayCreate](const Result<StatusResponse> &r) {
        if (r) {
            m_result.take(r->code);
            finish();
        } else if (mayCreate && r.error().serverCode() == QLatin1String("TRYCREATE")) {
            createMailbox(m_destination, [this] { copy(false); });
        } else {
            finish(r.error());
        }
    });
}

} // namespace Pigeon::Imap
