// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// The local mail store commands: import, export, list, search, reindex. They work on
// the "Local Folders" store of the profile (DATA/Local Folders).

#include "app/cli/clicommand.h"
#include "store/mailstore.h"

#include <memory>

namespace Pigeon::Cli {

/// Shared by the store commands: opens the profile's local store.
class StoreCommand : public CliCommand
{
    Q_OBJECT
public:
    ~StoreCommand() override;
    /// DATA/Local Folders of the profile given with --profile (or the standard one).
    static QString storeDirectory(const QString &profileDir);

protected:
    /// Opens the store: the Local Folders, or with "--account ACCOUNT" in @p args (taken
    /// out) that account's store (its IMAP cache, its POP3 mail). On failure reports the
    /// error and returns null.
    Store::MailStore *openStore(QStringList *args = nullptr);
    /// One message-list row as text, or as a JSON object with --json.
    void printRows(const QList<Store::MessageRow> &rows);
    /// Reads "--limit N" / "--offset N" out of @p args; false on a bad value.
    bool takeIntOption(QStringList &args, const QString &name, int *value);

private:
    std::unique_ptr<Store::MailStore> m_store;
};

/// `pigeon-cli import FILE.mbox FOLDER`
class ImportCommand : public StoreCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

/// `pigeon-cli export FOLDER FILE.mbox`
class ExportCommand : public StoreCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

/// `pigeon-cli list FOLDER [--limit N] [--offset N]`; without FOLDER, the folders.
class ListCommand : public StoreCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

/// `pigeon-cli search QUERY [--limit N]`
class SearchCommand : public StoreCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

/// `pigeon-cli reindex`: rebuilds the index and the full-text index from the mbox files.
class ReindexCommand : public StoreCommand
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("reindex"); }
    QString summary() const override;
    QString usage() const override;
    void start(const QStringList &args) override;
};

} // namespace Pigeon::Cli
