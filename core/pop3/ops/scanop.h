// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "pop3/ops/messageref.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Pigeon::Pop3 {

class Session;

/// Lists the maildrop: number, size and unique id of every message.
///
/// UIDL and LIST go out together (pipelined when the server allows). A server without
/// UIDL (RFC 1939 lists it as optional) is handled by fingerprinting each message from
/// its size and a SHA-256 of its header block read with `TOP n 0` (RFC 1939 §7): weaker
/// than a real unique id, documented on MessageRef::uid. Without UIDL and TOP the scan
/// fails with MailError::Kind::ServerNo.
class ScanOp : public QObject
{
    Q_OBJECT
public:
    explicit ScanOp(Session *session, QObject *parent = nullptr);

    void start();
    /// Withdraws commands not yet sent; finished(Cancelled) follows at once.
    void cancel();

Q_SIGNALS:
    /// Exactly once.
    void finished(const Pigeon::Result<QList<Pigeon::Pop3::MessageRef>> &result);

private:
    void onListings();
    void fingerprint();
    void finish(Result<QList<MessageRef>> result);

    QPointer<Session> m_session;
    QList<MessageRef> m_refs;
    QHash<int, QByteArray> m_uids;
    bool m_haveUidl = false;
    int m_outstanding = 0;
    bool m_done = false;
};

} // namespace Pigeon::Pop3
