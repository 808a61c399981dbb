// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "app/cli/clicommand.h"

#include <QJsonObject>

namespace Pigeon::Mime {
class Message;
struct BodyOptions;
}

namespace Pigeon::Cli {

/// `pigeon-cli parse FILE.eml [--html] [--charset CS] [--json]`: the message model of a
/// file as the reader sees it: decoded header, MIME tree, chosen body text, attachments.
class ParseCommand : public CliCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("parse"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;

    /// The model as JSON (what --json prints).
    static QJsonObject toJson(const Mime::Message &message, const Mime::BodyOptions &options);
    /// The model as text for people.
    static QString toText(const Mime::Message &message, const Mime::BodyOptions &options);
    /// Removes --html, --charset CS and --all-headers from @p args (shared with `show`).
    static bool takeOptions(QStringList &args, Mime::BodyOptions *options, bool *allHeaders, QString *error);
    /// Prints the model as `parse` and `show` do.
    static void print(QTextStream &out, bool json, const Mime::Message &message,
                      const Mime::BodyOptions &options, bool allHeaders);
};

} // namespace Pigeon::Cli
