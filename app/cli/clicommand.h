// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace Pigeon::Cli {

/// Exit codes of pigeon-cli, documented in `pigeon-cli --help` and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,  ///< the operation failed (I/O, protocol, parse...)
    ExitUsage = 2,    ///< wrong arguments
    ExitNotFound = 3, ///< no such account, folder, message or file
    ExitNetwork = 4,  ///< host not found, refused, timeout, connection lost
    ExitAuth = 5,     ///< the server rejected the credentials, or none are stored
    ExitTls = 6,      ///< certificate or TLS problem (see the fingerprint in the message)
};

/// Maps an error kind to the exit code scripts can rely on.
int exitCodeFor(const MailError &error);

/// What every command gets from the command line before its own arguments.
struct Context {
    QString profileDir; ///< from --profile, empty for the default location
    bool json = false;  ///< --json: machine-readable output on stdout
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

/// One pigeon-cli command (or group: `accounts list|add|remove`).
///
/// start() may finish synchronously or run the event loop (network, keychain);
/// either way it ends with finish(code), which emits finished() exactly once.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;
    /// One line for the command list.
    virtual QString summary() const = 0;
    /// Full usage text for `pigeon-cli help NAME`.
    virtual QString usage() const = 0;
    virtual void start(const QStringList &args) = 0;

    void setContext(const Context &context) { m_context = context; }
    const Context &context() const { return m_context; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    QTextStream &out() { return *m_context.out; }
    QTextStream &err() { return *m_context.err; }
    /// Ends the command; safe to call from start() itself.
    void finish(int exitCode);
    /// Prints the error (as JSON with --json) and finishes with its exit code.
    void fail(const MailError &error);
    /// Prints a usage problem and finishes with ExitUsage.
    void usageError(const QString &message);

private:
    Context m_context;
    bool m_finished = false;
};

} // namespace Pigeon::Cli
