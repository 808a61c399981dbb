// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// pigeon-cli: the same core as the GUI, driven from the command line.
#include "app/cli/clicommand.h"
#include "app/cli/commands.h"
#include "app/cli/helpcommand.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Pigeon::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pigeon"));
    QCoreApplication::setApplicationName(QStringLiteral("pigeon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIGEON_VERSION));
    // Messages in the language of the system locale (LANG / LC_MESSAGES).
    Pigeon::I18n::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context;
    context.out = &out;
    context.err = &err;

    // Global options may stand anywhere; everything else is the command and its arguments.
    QStringList rest;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) {
            context.json = true;
        } else if (a == QLatin1String("--profile")) {
            if (i + 1 >= args.size()) {
                err << "pigeon-cli: --profile needs a directory\n";
                return ExitUsage;
            }
            context.profileDir = args.at(++i);
        } else if (a.startsWith(QLatin1String("--profile="))) {
            context.profileDir = a.mid(10);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            rest.prepend(QStringLiteral("help"));
        } else if (a == QLatin1String("--version")) {
            out << "pigeon-cli " << PIGEON_VERSION << '\n';
            return ExitOk;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        err << HelpCommand::overview();
        return ExitUsage;
    }
    if (rest.first() == QLatin1String("help") && rest.size() > 1 && rest.at(1) == QLatin1String("help"))
        rest.removeAt(1);

    const QString name = rest.takeFirst();
    for (const auto &factory : commandFactories()) {
        std::unique_ptr<CliCommand> command = factory();
        if (command->name() != name)
            continue;
        command->setContext(context);
        int code = ExitFailure;
        QObject::connect(command.get(), &CliCommand::finished, &app, [&code](int c) {
            code = c;
            QCoreApplication::exit(c);
        });
        command->start(rest);
        app.exec();
        return code;
    }
    err << "pigeon-cli: unknown command: " << name << "\n\n" << HelpCommand::overview();
    return ExitUsage;
}
