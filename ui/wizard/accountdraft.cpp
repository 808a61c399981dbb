// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/accountdraft.h"

namespace Pigeon::Ui {

using Autoconfig::ServerCandidate;

const ServerCandidate *AccountDraft::detectedIncoming(Account::IncomingProtocol protocol) const
{
    if (!detected)
        return nullptr;
    const auto wanted = protocol == Account::IncomingProtocol::Pop3 ? ServerCandidate::Protocol::Pop3
                                                                     : ServerCandidate::Protocol::Imap;
    for (const ServerCandidate &c : detected->incoming) {
        if (c.protocol == wanted && !c.insecure())
            return &c;
    }
    return nullptr;
}

bool AccountDraft::offersBothProtocols() const
{
    return detectedIncoming(Account::IncomingProtocol::Imap) && detectedIncoming(Account::IncomingProtocol::Pop3);
}

void AccountDraft::applyDetected(Account::IncomingProtocol protocol)
{
    account.protocol = protocol;
    if (const ServerCandidate *in = detectedIncoming(protocol))
        account.incoming = in->toServerSettings();
    if (detected) {
        if (const ServerCandidate *out = detected->preferredOutgoing())
            account.outgoing = out->toServerSettings();
    }
}

} // namespace Pigeon::Ui
