// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/folderscommand.h"

#include "sync/imapsync.h"

namespace Pigeon::Cli {

QString FoldersCommand::summary() const
{
    return tr("List the folders of an IMAP account with their counts");
}

QString FoldersCommand::usage() const
{
    return tr("Usage: pigeon-cli folders ACCOUNT [--refresh] [--password-stdin] [--json]\n"
              "Prints FOLDER, messages, unread (and the special use, e.g. \\Trash) from the local\n"
              "copy, without connecting; --refresh asks the server for the folder list first.");
}

void FoldersCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    takeCommonOptions(args);
    const bool refresh = args.removeAll(QStringLiteral("--refresh")) > 0;
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            return usageError(tr("unknown option %1").arg(a));
    if (args.size() != 1)
        return usageError(tr("folders needs one ACCOUNT"));
    if (!openAccount(args.first()))
        return;
    if (!refresh) {
        printFolders();
        return finish(ExitOk);
    }
    await(imapSync()->refreshFolders(), [this](const MailError &e) {
        if (e.isError())
            return fail(e);
        printFolders();
        finish(ExitOk);
    });
}

} // namespace Pigeon::Cli
