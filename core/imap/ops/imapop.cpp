// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/imapop.h"

namespace Pigeon::Imap {

ImapOp::ImapOp(ImapSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

ImapOp::~ImapOp()
{
    // Callbacks still queued on the session must not reach a deleted op (also after
    // finish(): a pipelined command may still be on the wire); marking it finished
    // first keeps the Cancelled callbacks from emitting during destruction.
    m_finished = true;
    if (m_session)
        m_session->cancel(this);
}

void ImapOp::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_session) {
        finish(MailError(MailError::Kind::InvalidInput, tr("There is no IMAP session for this operation.")));
        return;
    }
    run();
}

void ImapOp::cancel()
{
    if (m_finished)
        return;
    aboutToCancel();
    m_finished = true; // the Cancelled callbacks that cancel() triggers are not reported again
    if (m_session)
        m_session->cancel(this);
    m_error = MailError(MailError::Kind::Cancelled, tr("The IMAP operation was cancelled."));
    Q_EMIT finished(m_error);
}

void ImapOp::send(const Command &command, bool barrier, ImapSession::Untagged untagged,
                  std::function<void(const StatusResponse &)> ok)
{
    ImapSession::CommandOptions options;
    options.barrier = barrier;
    options.untagged = std::move(untagged);
    sendChecked(command, std::move(options), [this, ok = std::move(ok)](const Result<StatusResponse> &r) {
        if (r)
            ok(*r);
        else
            finish(r.error());
    });
}

void ImapOp::sendChecked(const Command &command, ImapSession::CommandOptions options,
                         std::function<void(const Result<StatusResponse> &)> done)
{
    if (!m_session)
        return finish(connectionLost());
    options.owner = this;
    if (options.untagged) {
        options.untagged = [this, untagged = std::move(options.untagged)](const Response &r) {
            if (!m_finished)
                untagged(r);
        };
    }
    m_session->execute(command, std::move(options), [this, done = std::move(done)](const Result<StatusResponse> &r) {
        if (!m_finished)
            done(r);
    });
}

void ImapOp::createMailbox(const QString &mailbox, std::function<void()> next)
{
    Command create("CREATE");
    create.mailbox(mailbox);
    sendChecked(create, {}, [this, next = std::move(next)](const Result<StatusResponse> &r) {
        if (r)
            m_createdMailbox = true;
        if (r || r.error().serverCode() == QLatin1String("ALREADYEXISTS"))
            next();
        else
            finish(r.error());
    });
}

MailError ImapOp::connectionLost()
{
    return MailError(MailError::Kind::Network, tr("The connection to the IMAP server was lost."));
}

bool ImapOp::requireSelected()
{
    if (!m_session) {
        finish(connectionLost());
        return false;
    }
    if (m_session->state() == ImapSession::State::Selected)
        return true;
    finish(MailError(MailError::Kind::InvalidInput, tr("No IMAP mailbox is selected.")));
    return false;
}

void ImapOp::sendSelect(const Command &command, const QString &mailbox, ImapSession::Untagged untagged,
                        std::function<void(const StatusResponse &)> ok)
{
    if (!m_session)
        return finish(connectionLost());
    m_session->select(
        command, mailbox,
        [this, untagged = std::move(untagged)](const Response &r) {
            if (!m_finished)
                untagged(r);
        },
        [this, ok = std::move(ok)](const Result<StatusResponse> &r) {
            if (m_finished)
                return;
            if (r)
                ok(*r);
            else
                finish(r.error());
        },
        this);
}

void ImapOp::finish(const MailError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    // What the op still has queued (a pipelined FETCH after a failed one, the UID
    // EXPUNGE behind a refused STORE) is withdrawn: nobody waits for its answer.
    if (m_session)
        m_session->cancel(this);
    Q_EMIT finished(m_error);
}

} // namespace Pigeon::Imap
