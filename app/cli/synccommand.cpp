// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/synccommand.h"

#include "store/mailstore.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Pigeon::Cli {

QString SyncCommand::summary() const
{
    return tr("Update the local copy of an IMAP account (for scripts and benchmarks)");
}

QString SyncCommand::usage() const
{
    return tr("Usage:\n"
              "  pigeon-cli sync ACCOUNT [FOLDER] [--headers-only|--full] [--password-stdin] [--quiet] [--json]\n"
              "\n"
              "Without FOLDER: the folder list, then every folder. Changes made offline are sent\n"
              "first; then what changed on the server is applied and new messages are added.\n"
              "\n"
              "  --headers-only    only what the message list shows (the default)\n"
              "  --full            also download every message for reading offline\n"
              "  --password-stdin  read the password from standard input instead of the keychain\n"
              "  --quiet           no progress on standard error\n"
              "\n"
              "Exit codes: 0 done, 1 failure, 2 usage, 3 no such account or folder, 4 network,\n"
              "5 login or keychain, 6 TLS.");
}

void SyncCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    takeCommonOptions(args);
    m_full = args.removeAll(QStringLiteral("--full")) > 0;
    const bool headers = args.removeAll(QStringLiteral("--headers-only")) > 0;
    if (m_full && headers)
        return usageError(tr("--full and --headers-only exclude each other"));
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            return usageError(tr("unknown option %1").arg(a));
    if (args.isEmpty() || args.size() > 2)
        return usageError(tr("sync needs an ACCOUNT and at most one FOLDER"));
    if (!openAccount(args.first()))
        return;
    m_clock.start();
    Sync::ImapSync *sync = imapSync();
    if (!quiet())
        connect(sync, &Sync::ImapSync::rowsAdded, this, [this](const QString &folder, const QList<Store::MessageRow> &rows) {
            err() << tr("%1: %2 new").arg(folder).arg(rows.size()) << '\n' << Qt::flush;
        });
    if (args.size() == 2) {
        m_folders << args.at(1);
        return syncNext();
    }
    await(sync->refreshFolders(), [this](const MailError &e) {
        if (e.isError())
            return fail(e);
        for (const Store::RemoteFolder &f : imapSync()->folders())
            if (f.isSelectable())
                m_folders << f.name;
        syncNext();
    });
}

void SyncCommand::syncNext()
{
    if (m_folders.isEmpty()) {
        if (!quiet())
            err() << tr("done in %1 ms").arg(m_clock.elapsed()) << '\n';
        printFolders();
        return m_first.isError() ? fail(m_first) : finish(ExitOk);
    }
    const QString folder = m_folders.takeFirst();
    await(imapSync()->syncFolder(folder, m_full ? Sync::SyncDepth::Full : Sync::SyncDepth::Headers),
          [this, folder](const MailError &e) {
              if (e.isError()) {
                  // The connection is gone or the login failed: the other folders would fail alike.
                  if (e.kind() != MailError::Kind::ServerNo && e.kind() != MailError::Kind::NotFound)
                      return fail(e);
                  err() << tr("pigeon-cli: %1: %2").arg(folder, e.text()) << '\n';
                  if (!m_first.isError())
                      m_first = e;
              }
              syncNext();
          });
}

} // namespace Pigeon::Cli
