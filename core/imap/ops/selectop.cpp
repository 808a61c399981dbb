// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/selectop.h"

namespace Pigeon::Imap {

SelectOp::SelectOp(ImapSession *session, QString mailbox, bool readOnly, QObject *parent)
    : ImapOp(session, parent), m_mailbox(std::move(mailbox)), m_readOnly(readOnly)
{
}

void SelectOp::run()
{
    // RFC 7162 §3.1.8: the CONDSTORE parameter is needed only when ENABLE did not turn it on.
    const bool condstore = session()->hasCapability("CONDSTORE") && !session()->isEnabled("CONDSTORE")
        && !session()->isEnabled("QRESYNC");
    m_result.readOnly = m_readOnly;
    sendSelect(
        Command::select(m_mailbox, m_readOnly, condstore), m_mailbox,
        [this](const Response &r) {
            if (const auto *n = std::get_if<MessageNumberData>(&r)) {
                if (n->kind == MessageNumberData::Kind::Exists)
                    m_result.exists = n->number;
            } else if (const auto *flags = std::get_if<FlagsData>(&r)) {
                m_result.flags = flags->flags;
            } else if (const auto *status = std::get_if<StatusResponse>(&r)) {
                const ResponseCode &code = status->code;
                switch (code.kind) {
                case ResponseCodeKind::UidValidity:
                    m_result.uidValidity = quint32(code.number);
                    break;
                case ResponseCodeKind::UidNext:
                    m_result.uidNext = quint32(code.number);
                    break;
                case ResponseCodeKind::HighestModSeq:
                    m_result.highestModSeq = code.number;
                    break;
                case ResponseCodeKind::NoModSeq:
                    m_result.highestModSeq = 0;
                    break;
                case ResponseCodeKind::PermanentFlags:
                    m_result.permanentFlags = code.flags;
                    break;
                default:
                    break;
                }
            }
        },
        [this](const StatusResponse &ok) {
            if (ok.code.kind == ResponseCodeKind::ReadOnly)
                m_result.readOnly = true;
            else if (ok.code.kind == ResponseCodeKind::ReadWrite)
                m_result.readOnly = false;
            finish();
        });
}

} // namespace Pigeon::Imap
