// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/clicommand.h"

#include "account/account.h"
#include "account/profile.h"

#include <QElapsedTimer>
#include <QUuid>

#include <memory>
#include <vector>

namespace Pigeon::Account {
class SecretStore;
}
namespace Pigeon::Store {
class MailStore;
}
namespace Pigeon::Sync {
class Pop3Fetcher;
struct FetchReport;
}

namespace Pigeon::Cli {

/// `pigeon-cli check [ACCOUNT]`: one headless POP3 check (issue 5), the same retrieval
/// the application runs, for cron and tests. Progress on stderr, a summary on stdout
/// (JSON with --json), the exit code of the first failure.
class CheckCommand : public CliCommand
{
    Q_OBJECT
public:
    CheckCommand();
    ~CheckCommand() override;

    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;

    /// Where the mail store of @p account lives in @p profile.
    static QString accountStoreDirectory(const Account::Profile &profile, const QUuid &account);

private:
    struct Job;
    void run(Job &job, const QString &password);
    void onProgress(Job &job, int done, int total, qint64 bytes);
    void jobFinished();

    Account::Profile m_profile;
    std::unique_ptr<Account::SecretStore> m_secrets;
    std::vector<std::unique_ptr<Job>> m_jobs;
    QStringList m_fullUidls;
    QElapsedTimer m_sinceProgress;
    int m_batchSize = 0;
    bool m_quiet = false;
    bool m_tty = false;
};

} // namespace Pigeon::Cli
