// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/moveop.h"

namespace Pigeon::Imap {

MoveOp::MoveOp(ImapSession *session, SequenceSet uids, QString destination, QObject *parent)
    : ImapOp(session, parent), m_uids(std::move(uids)), m_destination(std::move(destination))
{
}

void MoveOp::run()
{
    if (m_uids.isEmpty() || m_destination.isEmpty()) {
        finish(MailError(MailError::Kind::InvalidInput, tr("Nothing to move.")));
        return;
    }
    if (!requireSelected())
        return;
    if (session()->hasCapability("MOVE")) {
        m_result.method = Method::Move;
        move(m_createIfMissing);
    } else {
        m_result.method = session()->hasCapability("UIDPLUS") ? Method::CopyStoreUidExpunge : Method::CopyStore;
        copy(m_createIfMissing);
    }
}

bool MoveOp::retryCreating(const MailError &error, bool mayCreate, void (MoveOp::*again)(bool))
{
    if (!mayCreate || error.serverCode() != QLatin1String("TRYCREATE"))
        return false;
    createMailbox(m_destination, [this, again] { (this->*again)(false); });
    return true;
}

void MoveOp::move(bool mayCreate)
{
    Command command("UID MOVE");
    command.sequenceSet(m_uids).mailbox(m_destination);
    ImapSession::CommandOptions options;
    // RFC 6851 §4.3: COPYUID comes in an untagged OK before the expunges.
    options.untagged = [this](const Response &r) {
        if (const auto *status = std::get_if<StatusResponse>(&r))
            m_result.copy.take(status->code);
    };
    sendChecked(command, std::move(options), [this, mayCreate](const Result<StatusResponse> &r) {
        if (r) {
            m_result.copy.take(r->code); // some servers put it in the tagged OK instead
            m_result.expunged = true;
            finish();
        } else if (!retryCreating(r.error(), mayCreate, &MoveOp::move)) {
            finish(r.error());
        }
    });
}

void MoveOp::copy(bool mayCreate)
{
    Command command("UID COPY");
    command.sequenceSet(m_uids).mailbox(m_destination);
    sendChecked(command, {}, [this, mayCreate](const Result<StatusResponse> &r) {
        if (r) {
            m_result.copy.take(r->code);
            deleteOriginals();
        } else if (!retryCreating(r.error(), mayCreate, &MoveOp::copy)) {
            finish(r.error()); // nothing was copied, so nothing is marked either
        }
    });
}

void MoveOp::deleteOriginals()
{
    Command store("UID STORE");
    store.sequenceSet(m_uids).raw("+FLAGS.SILENT").list({"\\Deleted"});
    const bool uidExpunge = m_result.method == Method::CopyStoreUidExpunge;
    send(store, false, {}, [this, uidExpunge](const StatusResponse &) {
        if (!uidExpunge)
            finish();
    });
    if (!uidExpunge)
        return;
    // Pipelined behind the STORE: if the STORE fails the op has finished with its error
    // and UID EXPUNGE removes nothing (none of these UIDs is \Deleted by us).
    Command expunge("UID EXPUNGE");
    expunge.sequenceSet(m_uids);
    send(expunge, false, {}, [this](const StatusResponse &) {
        m_result.expunged = true;
        finish();
    });
}

} // namespace Pigeon::Imap
