// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/storecommands.h"

#include "account/accountstore.h"
#include "account/profile.h"
#include "app/cli/checkcommand.h"
#include "store/mailstore.h"
#include "store/mboxtransfer.h"
#include "store/searchindex.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pigeon::Cli {

StoreCommand::~StoreCommand() = default;

QString StoreCommand::storeDirectory(const QString &profileDir)
{
    return Account::Profile::fromOption(profileDir).dataDirectory() + QStringLiteral("/Local Folders");
}

Store::MailStore *StoreCommand::openStore(QStringList *args)
{
    QString dir = storeDirectory(context().profileDir);
    if (const qsizetype i = args ? args->indexOf(QStringLiteral("--account")) : -1; i >= 0) {
        if (i + 1 >= args->size()) {
            usageError(tr("--account needs an account"));
            return nullptr;
        }
        const Account::Profile profile = Account::Profile::fromOption(context().profileDir);
        Account::AccountStore accounts(profile.accountsFile());
        if (Result<void> loaded = accounts.load(); !loaded) {
            fail(loaded.error());
            return nullptr;
        }
        Result<Account::Account> a = accounts.find(args->at(i + 1));
        if (!a) {
            fail(a.error());
            return nullptr;
        }
        dir = CheckCommand::accountStoreDirectory(profile, a->id);
        args->remove(i, 2);
    }
    m_store = std::make_unique<Store::MailStore>(dir);
    if (Result<void> r = m_store->open(); !r) {
        fail(r.error());
        return nullptr;
    }
    return m_store.get();
}

bool StoreCommand::takeIntOption(QStringList &args, const QString &name, int *value)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return true;
    bool ok = false;
    const int v = args.value(i + 1).toInt(&ok);
    if (!ok || v < 0) {
        usageError(tr("%1 needs a number").arg(name));
        return false;
    }
    *value = v;
    args.remove(i, 2);
    return true;
}

void StoreCommand::printRows(const QList<Store::MessageRow> &rows)
{
    if (context().json) {
        QJsonArray a;
        for (const Store::MessageRow &r : rows) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("folder"), r.folder},
                          {QStringLiteral("date"), r.date ? QDateTime::fromSecsSinceEpoch(r.date, Qt::UTC)
                                                                    .toString(Qt::ISODate) : QString()},
                          {QStringLiteral("from"), r.from},
                          {QStringLiteral("to"), r.to},
                          {QStringLiteral("subject"), r.subject},
                          {QStringLiteral("messageId"), QString::fromLatin1(r.messageId)},
                          {QStringLiteral("flags"), QJsonArray::fromStringList(
                                                        Store::flagsToString(r.flags).split(QLatin1Char(','), Qt::SkipEmptyParts))},
                          {QStringLiteral("size"), r.size},
                          {QStringLiteral("hasAttachments"), r.hasAttachments}};
            if (!r.origin.uidl.isEmpty())
                o.insert(QStringLiteral("uidl"), QString::fromLatin1(r.origin.uidl));
            if (r.origin.uid >= 0) {
                o.insert(QStringLiteral("uid"), r.origin.uid);
                o.insert(QStringLiteral("uidValidity"), r.origin.uidValidity);
            }
            a.append(o);
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return;
    }
    // As the message list shows a row: date, state, sender, subject.
    for (const Store::MessageRow &r : rows) {
        const QString date = r.date ? QDateTime::fromSecsSinceEpoch(r.date, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QStringLiteral("(no date)       ");
        QString state;
        state += r.flags & Store::MessageFlag::Seen ? QLatin1Char(' ') : QLatin1Char('N');
        state += r.flags & Store::MessageFlag::Flagged ? QLatin1Char('*') : QLatin1Char(' ');
        state += r.flags & Store::MessageFlag::Answered ? QLatin1Char('r') : QLatin1Char(' ');
        state += r.hasAttachments ? QLatin1Char('@') : QLatin1Char(' ');
        out() << r.id << '\t' << date << ' ' << state << ' ' << r.from.left(40) << '\t' << r.subject << '\n';
    }
}

QString ImportCommand::summary() const
{
    return tr("Import an mbox file into a local folder");
}

QString ImportCommand::usage() const
{
    return tr("Usage: pigeon-cli import FILE.mbox FOLDER\n"
              "Reads mboxrd, mboxo and mboxcl files. All or nothing: a file that is not an mbox\n"
              "or is truncated is reported and nothing is imported.");
}

void ImportCommand::start(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(tr("expected FILE.mbox and FOLDER"));
    Store::MailStore *store = openStore();
    if (!store)
        return;
    QElapsedTimer timer;
    timer.start();
    Result<qint64> n = Store::MboxTransfer::importFile(*store, args.at(0), args.at(1));
    if (!n)
        return fail(n.error());
    if (context().json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("imported"), *n}, {QStringLiteral("folder"), args.at(1)},
                                           {QStringLiteral("ms"), timer.elapsed()}}).toJson(QJsonDocument::Compact) << '\n';
    else
        out() << tr("Imported %n message(s) into %1", nullptr, int(*n)).arg(args.at(1)) << '\n';
    finish(ExitOk);
}

QString ExportCommand::summary() const
{
    return tr("Export a local folder as an mbox file");
}

QString ExportCommand::usage() const
{
    return tr("Usage: pigeon-cli export FOLDER FILE.mbox\nWrites mboxrd; an existing FILE is replaced whole or not at all.");
}

void ExportCommand::start(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(tr("expected FOLDER and FILE.mbox"));
    Store::MailStore *store = openStore();
    if (!store)
        return;
    Result<qint64> n = Store::MboxTransfer::exportFolder(*store, args.at(0), args.at(1));
    if (!n)
        return fail(n.error());
    if (context().json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("exported"), *n}, {QStringLiteral("file"), args.at(1)}})
                     .toJson(QJsonDocument::Compact) << '\n';
    else
        out() << tr("Exported %n message(s) to %1", nullptr, int(*n)).arg(args.at(1)) << '\n';
    finish(ExitOk);
}

QString ListCommand::summary() const
{
    return tr("List the messages of a local folder, newest first");
}

QString ListCommand::usage() const
{
    return tr("Usage: pigeon-cli list [FOLDER] [--account ACCOUNT] [--limit N] [--offset N] [--json]\n"
              "Without FOLDER: the folders and their message counts. --limit defaults to 100.\n"
              "--account: the account's own store (an IMAP account's offline copy) instead of\n"
              "the Local Folders.");
}

void ListCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    int limit = 100;
    int offset = 0;
    if (!takeIntOption(args, QStringLiteral("--limit"), &limit) || !takeIntOption(args, QStringLiteral("--offset"), &offset))
        return;
    Store::MailStore *store = openStore(&args);
    if (!store)
        return;
    if (args.size() > 1)
        return usageError(tr("expected one FOLDER"));
    if (args.isEmpty()) {
        QJsonArray a;
        for (const QString &f : store->folders()) {
            if (context().json)
                a.append(QJsonObject{{QStringLiteral("folder"), f}, {QStringLiteral("messages"), store->count(f)}});
            else
                out() << f << '\t' << store->count(f) << '\n';
        }
        if (context().json)
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return finish(ExitOk);
    }
    Result<QList<Store::MessageRow>> rows = store->list(args.first(), offset, limit);
    if (!rows)
        return fail(rows.error());
    printRows(*rows);
    finish(ExitOk);
}

QString SearchCommand::summary() const
{
    return tr("Search all local folders (subject, addresses, text)");
}

QString SearchCommand::usage() const
{
    return tr("Usage: pigeon-cli search QUERY [--limit N] [--json]\n"
              "Every word must occur (as the start of a word); accents and case do not matter.\n"
              "Messages not yet in the full-text index are added first.");
}

void SearchCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    int limit = 100;
    if (!takeIntOption(args, QStringLiteral("--limit"), &limit))
        return;
    if (args.isEmpty())
        return usageError(tr("expected a QUERY"));
    Store::MailStore *store = openStore();
    if (!store)
        return;
    Store::SearchIndex search(store);
    if (Result<qint64> n = search.update(); !n)
        return fail(n.error());
    Result<QList<Store::MessageRow>> rows = search.search(args.join(QLatin1Char(' ')), limit);
    if (!rows)
        return fail(rows.error());
    printRows(*rows);
    finish(ExitOk);
}

QString ReindexCommand::summary() const
{
    return tr("Rebuild the index of the local folders from the mbox files");
}

QString ReindexCommand::usage() const
{
    return tr("Usage: pigeon-cli reindex [--json]");
}

void ReindexCommand::start(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("takes no arguments"));
    Store::MailStore *store = openStore();
    if (!store)
        return;
    QElapsedTimer timer;
    timer.start();
    if (Result<void> r = store->reindex(); !r)
        return fail(r.error());
    const qint64 indexMs = timer.elapsed();
    Store::SearchIndex search(store);
    Result<qint64> n = search.update();
    if (!n)
        return fail(n.error());
    qint64 total = 0;
    for (const QString &f : store->folders())
        total += store->count(f);
    if (context().json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("messages"), total},
                                           {QStringLiteral("folders"), store->folders().size()},
                                           {QStringLiteral("indexMs"), indexMs},
                                           {QStringLiteral("totalMs"), timer.elapsed()}}).toJson(QJsonDocument::Compact) << '\n';
    else
        out() << tr("Reindexed %n message(s)", nullptr, int(total)) << '\n';
    finish(ExitOk);
}

} // namespace Pigeon::Cli
