// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/imapaccountcommand.h"

namespace Pigeon::Cli {

/// `pigeon-cli folders ACCOUNT [--refresh]`: the folders of an IMAP account with their
/// message and unread counts, from the local cache (instant, offline), or asked from the
/// server first with --refresh.
class FoldersCommand : public ImapAccountCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("folders"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

} // namespace Pigeon::Cli
