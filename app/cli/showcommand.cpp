// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/showcommand.h"

#include "app/cli/parsecommand.h"
#include "mime/bodyextractor.h"
#include "mime/message.h"

namespace Pigeon::Cli {

QString ShowCommand::summary() const
{
    return tr("Print the message model of a stored message (the ID that list and search show)");
}

QString ShowCommand::usage() const
{
    return tr("Usage: pigeon-cli [--json] show ID [--account ACCOUNT] [--html] [--charset CHARSET] [--all-headers]\n"
              "\n"
              "Reads message ID from the local store (or from ACCOUNT's store) and prints it as `parse` prints a file:\n"
              "the decoded header, the MIME tree, the body text that would be shown and the\n"
              "attachments. The options are those of `parse`.");
}

void ShowCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    Store::MailStore *store = openStore(&args);
    if (!store)
        return;
    Mime::BodyOptions options;
    bool allHeaders = false;
    QString problem;
    if (!ParseCommand::takeOptions(args, &options, &allHeaders, &problem)) {
        usageError(problem);
        return;
    }
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (!isNumber || id <= 0) {
        usageError(tr("show needs one message ID (a positive number)"));
        return;
    }
    if (!store->row(id)) {
        fail(MailError(MailError::Kind::NotFound, tr("no message with ID %1").arg(id)));
        return;
    }
    const Result<QByteArray> bytes = store->messageBytes(id);
    if (!bytes) {
        fail(bytes.error());
        return;
    }
    const Result<Mime::Message> parsed = Mime::Message::parse(bytes.value());
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    ParseCommand::print(out(), context().json, parsed.value(), options, allHeaders);
    finish(ExitOk);
}

} // namespace Pigeon::Cli
