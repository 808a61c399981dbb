// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Pigeon::Pop3 {

class Session;

/// Marks a batch of messages deleted (RFC 1939 §5 DELE).
///
/// Start it only after the messages are durable in the local store: the marks take
/// effect when Session::quit() succeeds (UPDATE state); a dropped connection or
/// Session::abort() before that deletes nothing.
class DeleOp : public QObject
{
    Q_OBJECT
public:
    DeleOp(Session *session, QList<int> numbers, QObject *parent = nullptr);

    void start();

    /// Numbers the server accepted for deletion (valid once finished).
    QList<int> marked() const { return m_marked; }

Q_SIGNALS:
    /// Exactly once; an error if any DELE was refused (the others stay marked: call
    /// Session::rset() to undo all of them) or the connection was lost.
    void finished(const Pigeon::Result<void> &result);

private:
    void finish(Result<void> result);

    QPointer<Session> m_session;
    QList<int> m_numbers;
    QList<int> m_marked;
    MailError m_firstError;
    int m_outstanding = 0;
    bool m_done = false;
};

} // namespace Pigeon::Pop3
