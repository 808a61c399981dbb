// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Runs pigeon-cli as a separate process for the command tests.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliRun {

inline const QString kCli = QStringLiteral(PIGEON_BINARY_DIR "/app/cli/pigeon-cli");

struct Run {
    int code = -1;
    QByteArray out, err;
};

inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the user's keychain
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

inline Run cli(const QString &profile, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment());
    p.start(kCli, QStringList{QStringLiteral("--profile"), profile} + args);
    Run r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        p.kill();
    p.waitForFinished();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.code)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace CliRun
