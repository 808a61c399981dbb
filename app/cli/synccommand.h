// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/imapaccountcommand.h"

#include <QElapsedTimer>

namespace Pigeon::Cli {

/// `pigeon-cli sync ACCOUNT [FOLDER] [--headers-only|--full]`: brings the IMAP cache of
/// an account up to date headlessly, exactly as the application does (for scripts and
/// benchmarks).
class SyncCommand : public ImapAccountCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;

private:
    void syncNext();

    QStringList m_folders;
    bool m_full = false;
    QElapsedTimer m_clock;
    MailError m_first;
};

} // namespace Pigeon::Cli
