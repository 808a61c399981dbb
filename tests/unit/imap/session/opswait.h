// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/ops/imapop.h"
#include "imap/ops/selectop.h"

#include <QSignalSpy>
#include <QTest>

namespace Pigeon::Test {

/// Starts @p op and waits until it finished; false if it did not, or more than once.
inline bool runToEnd(Imap::ImapOp &op, int timeoutMs = 5000)
{
    QSignalSpy spy(&op, &Imap::ImapOp::finished);
    op.start();
    // A real event loop, not qWaitFor(): that one sleeps 10 ms between event rounds,
    // which throttles a large transfer to a few MB/s.
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    QTest::qWait(0);
    return spy.count() == 1 && op.isFinished();
}

/// SELECT INBOX on @p session; false unless it succeeded.
inline bool selectInbox(Imap::ImapSession *session)
{
    Imap::SelectOp select(session, QStringLiteral("INBOX"));
    return runToEnd(select) && !select.error().isError();
}

} // namespace Pigeon::Test
