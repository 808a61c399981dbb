// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/idleop.h"

namespace Pigeon::Imap {

IdleOp::IdleOp(ImapSession *session, QObject *parent) : ImapOp(session, parent)
{
    m_timer.setSingleShot(true);
}

IdleOp::~IdleOp()
{
    // ~ImapOp cancels the IDLE on the session, which sends DONE (CommandOptions::endLine).
    m_timer.stop();
}

void IdleOp::run()
{
    if (!requireSelected())
        return;
    m_polling = !session()->hasCapability("IDLE");
    if (m_polling) {
        connect(&m_timer, &QTimer::timeout, this, &IdleOp::poll);
        poll();
        return;
    }
    connect(&m_timer, &QTimer::timeout, this, &IdleOp::endIdle);
    // A command for this connection: let it through (see the class comment).
    connect(session(), &ImapSession::commandQueued, this, [this] {
        if (m_idling)
            endIdle();
    });
    startIdle();
}

void IdleOp::startIdle()
{
    ImapSession::CommandOptions options;
    options.barrier = true;
    options.endLine = "DONE";
    options.untagged = [this](const Response &r) { onUntagged(r); };
    options.continuation = [this](const ContinuationRequest &) {
        if (isFinished())
            return;
        m_idling = true;
        // The server may say nothing for many minutes: not a timeout (RFC 2177 §3).
        session()->suspendReadTimeout();
        m_timer.start(m_reissueInterval);
        Q_EMIT idling();
        if (m_stopping || session()->waitingCommands() > 0)
            endIdle();
    };
    ++m_idleCount;
    sendChecked(Command("IDLE"), std::move(options), [this](const Result<StatusResponse> &r) {
        m_idling = false;
        m_timer.stop();
        if (!r)
            finish(r.error());
        else if (m_stopping)
            finish();
        else
            startIdle(); // re-issue; queued behind any command that ended the IDLE
    });
}

void IdleOp::endIdle()
{
    m_timer.stop();
    m_idling = false;
    session()->endCommand(this);
}

void IdleOp::poll()
{
    // RFC 9051 §6.1.2: NOOP is the way to receive untagged updates without IDLE.
    send(Command("NOOP"), false, [this](const Response &r) { onUntagged(r); },
         [this](const StatusResponse &) {
             if (m_stopping) {
                 finish();
                 return;
             }
             Q_EMIT idling();
             m_timer.start(m_pollInterval);
         });
}

void IdleOp::stop()
{
    if (isFinished() || m_stopping)
        return;
    m_stopping = true;
    if (m_polling) {
        if (m_timer.isActive()) {
            m_timer.stop();
            finish();
        } // else a NOOP is in flight: its reply finishes the op
        return;
    }
    endIdle(); // DONE now, or as soon as the server's "+" arrives
}

void IdleOp::aboutToCancel()
{
    m_timer.stop();
    m_idling = false;
}

void IdleOp::onUntagged(const Response &response)
{
    if (const auto *n = std::get_if<MessageNumberData>(&response)) {
        if (n->kind == MessageNumberData::Kind::Exists)
            Q_EMIT existsReceived(n->number);
        else if (n->kind == MessageNumberData::Kind::Expunge)
            Q_EMIT expungeReceived(n->number);
    } else if (const auto *v = std::get_if<VanishedData>(&response)) {
        Q_EMIT vanishedReceived(v->uids);
    } else if (const auto *f = std::get_if<FetchData>(&response)) {
        if (f->has(FetchItem::Flags))
            Q_EMIT flagsReceived(f->sequence, f->has(FetchItem::Uid) ? f->uid : 0, f->flags);
    }
}

} // namespace Pigeon::Imap
