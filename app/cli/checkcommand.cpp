// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/checkcommand.h"

#include "account/accountstore.h"
#include "account/keychainsecretstore.h"
#include "store/mailstore.h"
#include "sync/pop3fetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Pigeon::Cli {

namespace Acc = Pigeon::Account;

struct CheckCommand::Job {
    Acc::Account account;
    std::unique_ptr<Store::MailStore> store;
    std::unique_ptr<Sync::Pop3Fetcher> fetcher;
    Sync::FetchReport report;
    bool done = false;
    int progressDone = 0;
    int progressTotal = 0;
    qint64 progressBytes = 0;
};

CheckCommand::CheckCommand() = default;
CheckCommand::~CheckCommand() = default;

QString CheckCommand::summary() const
{
    return tr("Download new mail of POP3 accounts (for cron and scripts)");
}

QString CheckCommand::usage() const
{
    return tr("Usage:\n"
              "  pigeon-cli check [ACCOUNT] [--password-stdin] [--quiet] [--batch-size N]\n                   [--download-full UIDL]...\n"
              "\n"
              "Checks one POP3 account, or every POP3 account at once, as the application does:\n"
              "new messages go to the account's Inbox, and the account's leave-on-server policy\n"
              "decides what is deleted from the server (only ever what is safely stored here).\n"
              "\n"
              "  --password-stdin      read the password from standard input instead of the keychain\n"
              "                        (one account only)\n"
              "  --download-full UIDL  download the rest of a message that was over the size limit\n"
              "  --batch-size N        messages made durable together (default 256): smaller\n"
              "                        batches commit sooner, larger ones fsync less often\n"
              "  --quiet               no progress on standard error\n"
              "  --json                a JSON summary on standard output\n"
              "\n"
              "Exit codes: 0 all checks completed, 1 failure, 3 no such account, 4 network,\n"
              "5 login or keychain, 6 TLS.");
}

QString CheckCommand::accountStoreDirectory(const Acc::Profile &profile, const QUuid &account)
{
    return profile.dataDirectory() + QStringLiteral("/accounts/") + account.toString(QUuid::WithoutBraces);
}

namespace {

Result<Pop3::AuthMethod> pop3Auth(Acc::AuthMethod method)
{
    switch (method) {
    case Acc::AuthMethod::Auto: return Pop3::AuthMethod::Auto;
    case Acc::AuthMethod::Plain: return Pop3::AuthMethod::SaslPlain;
    case Acc::AuthMethod::Login: return Pop3::AuthMethod::SaslLogin;
    case Acc::AuthMethod::Cleartext: return Pop3::AuthMethod::UserPass;
    case Acc::AuthMethod::CramMd5: break;
    }
    return MailError(MailError::Kind::InvalidInput,
                     CheckCommand::tr("CRAM-MD5 is not supported for POP3; choose another login method."));
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / 1e6, 'f', 1);
}

QJsonObject reportJson(const Acc::Account &account, const Sync::FetchReport &r)
{
    QJsonObject o{{QStringLiteral("account"), account.id.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("address"), account.address},
                  {QStringLiteral("ok"), r.ok()},
                  {QStringLiteral("listed"), r.listed},
                  {QStringLiteral("downloaded"), r.downloaded},
                  {QStringLiteral("partial"), r.partial},
                  {QStringLiteral("completed"), r.completed},
                  {QStringLiteral("refused"), r.refused},
                  {QStringLiteral("deletedOnServer"), r.deleted},
                  {QStringLiteral("keptOnServer"), r.kept},
                  {QStringLiteral("bytes"), r.bytes},
                  {QStringLiteral("withoutUidl"), r.fingerprints}};
    if (!r.ok()) {
        QJsonObject e{{QStringLiteral("error"), MailError::kindName(r.error.kind())},
                      {QStringLiteral("message"), r.error.text()}};
        if (!r.error.serverCode().isEmpty())
            e.insert(QStringLiteral("serverCode"), r.error.serverCode());
        o.insert(QStringLiteral("error"), e);
    }
    return o;
}

} // namespace

void CheckCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    bool passwordStdin = false;
    QString which;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--password-stdin")) {
            passwordStdin = true;
        } else if (a == QLatin1String("--quiet")) {
            m_quiet = true;
        } else if (a == QLatin1String("--batch-size")) {
            bool ok = false;
            m_batchSize = args.value(i + 1).toInt(&ok);
            if (!ok || m_batchSize < 1)
                return usageError(tr("--batch-size needs a positive number"));
            ++i;
        } else if (a == QLatin1String("--download-full")) {
            if (i + 1 >= args.size())
                return usageError(tr("--download-full needs a UIDL"));
            m_fullUidls.append(args.at(++i));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(tr("unknown option %1").arg(a));
        } else if (which.isEmpty()) {
            which = a;
        } else {
            return usageError(tr("check takes at most one account"));
        }
    }

    m_profile = Acc::Profile::fromOption(context().profileDir);
    Acc::AccountStore accounts(m_profile.accountsFile());
    if (Result<void> r = accounts.load(); !r)
        return fail(r.error());
    QList<Acc::Account> chosen;
    if (!which.isEmpty()) {
        Result<Acc::Account> a = accounts.find(which);
        if (!a)
            return fail(a.error());
        if (a->protocol != Acc::IncomingProtocol::Pop3)
            return usageError(tr("%1 is not a POP3 account").arg(a->displayName()));
        chosen.append(*a);
    } else {
        for (const Acc::Account &a : accounts.accounts()) {
            if (a.protocol == Acc::IncomingProtocol::Pop3)
                chosen.append(a);
        }
        if (chosen.isEmpty())
            return fail(MailError(MailError::Kind::NotFound, tr("There is no POP3 account.")));
    }
    if (passwordStdin && chosen.size() != 1)
        return usageError(tr("--password-stdin needs exactly one account"));
    if (!m_fullUidls.isEmpty() && chosen.size() != 1)
        return usageError(tr("--download-full needs exactly one account"));

    m_tty = ::isatty(STDERR_FILENO);
    m_sinceProgress.start();
    for (const Acc::Account &a : chosen) {
        auto job = std::make_unique<Job>();
        job->account = a;
        job->store = std::make_unique<Store::MailStore>(accountStoreDirectory(m_profile, a.id));
        if (Result<void> r = job->store->open(); !r)
            return fail(r.error());
        m_jobs.push_back(std::move(job));
    }

    if (passwordStdin) {
        QTextStream in(stdin);
        QString password = in.readLine();
        run(*m_jobs.front(), password);
        return;
    }
    m_secrets = std::make_unique<Acc::KeychainSecretStore>(m_profile.keychainScope());
    for (auto &job : m_jobs) {
        Job *j = job.get();
        m_secrets->readPassword(j->account.id, Acc::SecretPurpose::Incoming, [this, j](const Result<QString> &pw) {
            if (!pw) {
                MailError e = pw.error();
                if (e.kind() == MailError::Kind::NotFound)
                    e = MailError(MailError::Kind::Keychain,
                                  tr("No password is stored for %1 (pigeon-cli accounts set-password, or "
                                     "--password-stdin).")
                                      .arg(j->account.displayName()));
                j->report.error = e;
                j->done = true;
                jobFinished();
                return;
            }
            run(*j, *pw);
        });
    }
}

void CheckCommand::run(Job &job, const QString &password)
{
    Sync::FetchOptions o;
    o.session.endpoint = job.account.incomingEndpoint();
    o.session.username = job.account.incoming.username;
    o.session.password = password;
    Result<Pop3::AuthMethod> auth = pop3Auth(job.account.incoming.auth);
    if (!auth) {
        job.report.error = auth.error();
        job.done = true;
        jobFinished();
        return;
    }
    o.session.auth = *auth;
    o.policy = job.account.pop3;
    if (m_batchSize > 0)
        o.batchMessages = m_batchSize;
    job.fetcher = std::make_unique<Sync::Pop3Fetcher>(job.store.get(), o);
    Job *j = &job;
    connect(job.fetcher.get(), &Sync::Pop3Fetcher::progress, this,
            [this, j](int done, int total, qint64 bytes) { onProgress(*j, done, total, bytes); });
    connect(job.fetcher.get(), &Sync::Pop3Fetcher::finished, this, [this, j](const Sync::FetchReport &r) {
        j->report = r;
        j->done = true;
        jobFinished();
    });
    if (m_fullUidls.isEmpty()) {
        job.fetcher->start();
    } else {
        QList<QByteArray> uidls;
        for (const QString &u : std::as_const(m_fullUidls))
            uidls.append(u.toLatin1());
        job.fetcher->downloadFull(uidls);
    }
}

void CheckCommand::onProgress(Job &job, int done, int total, qint64 bytes)
{
    job.progressDone = done;
    job.progressTotal = total;
    job.progressBytes = bytes;
    if (m_quiet || (done != total && m_sinceProgress.elapsed() < (m_tty ? 100 : 1000)))
        return;
    m_sinceProgress.restart();
    // One line for all accounts: "12/340 messages, 3.4 MB".
    int d = 0, t = 0;
    qint64 b = 0;
    for (const auto &j : m_jobs) {
        d += j->progressDone;
        t += j->progressTotal;
        b += j->progressBytes;
    }
    err() << (m_tty ? "\r" : "") << tr("%1/%2 messages, %3 MB").arg(d).arg(t).arg(megabytes(b))
          << (m_tty ? "" : "\n") << Qt::flush;
}

void CheckCommand::jobFinished()
{
    for (const auto &j : m_jobs) {
        if (!j->done)
            return;
    }
    if (m_tty && !m_quiet)
        err() << '\n';
    MailError first;
    QJsonArray all;
    for (const auto &j : m_jobs) {
        const Sync::FetchReport &r = j->report;
        if (!r.ok() && !first.isError())
            first = r.error;
        if (context().json) {
            all.append(reportJson(j->account, r));
            continue;
        }
        if (r.ok()) {
            out() << tr("%1: %2 new (%3 partial), %4 completed, %5 deleted on the server, %6 kept there, %7 MB")
                         .arg(j->account.displayName())
                         .arg(r.downloaded + r.partial)
                         .arg(r.partial)
                         .arg(r.completed)
                         .arg(r.deleted)
                         .arg(r.kept)
                         .arg(megabytes(r.bytes))
                  << '\n';
        } else {
            err() << tr("pigeon-cli: %1: %2").arg(j->account.displayName(), r.error.text());
            if (!r.error.serverCode().isEmpty())
                err() << " (" << r.error.serverCode() << ')';
            err() << '\n';
        }
    }
    if (context().json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("accounts"), all}}).toJson(QJsonDocument::Compact) << '\n';
    finish(exitCodeFor(first));
}

} // namespace Pigeon::Cli
