// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// POP3 retrieval benchmark (issue 5): Pop3Fetcher into the mbox store vs the engine's bare
// pipelined drain, over POP3S to a private Dovecot on loopback.
//
//   bench_pop3fetch [--messages N] [--seed S]
//
// Messages come from bench/tools/genmail.py (the store benchmark's generator). Timed:
//   drain            Session + ScanOp + RetrOp, messages discarded (no store)
//   fetch/keep       Pop3Fetcher, leave on server: download into a fresh store
//   drain+dele       the bare drain plus DELE of every message and QUIT
//   fetch/delete     Pop3Fetcher, download and delete: batched fsync, then DELE, then QUIT
//   fetchmail/mda    fetchmail 6.4 (if installed), same POP3S endpoint with the test CA verified,
//                    keep + fetchall, each message appended by its MDA `cat >> FILE` (one
//                    shell per message, no fsync, no index: how fetchmail stores without an MTA)
//   fetchmail/bsmtp  the same, but written by fetchmail itself into one BSMTP file (no fork
//                    per message): fetchmail's cheapest way to local storage
#include "support/testmailserver.h"

#include "net/ssltransport.h"
#include "pop3/ops/retrop.h"
#include "pop3/ops/scanop.h"
#include "pop3/session/pop3session.h"
#include "store/mailstore.h"
#include "sync/pop3fetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace Pigeon;
using Pigeon::Test::TestMailServer;

namespace {

qint64 peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

/// Splits genmail.py's mboxrd output into one file per message (">From " unquoted).
QStringList split(const QString &mbox, const QString &dir, qint64 *bytes)
{
    QFile f(mbox);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(mbox));
    QStringList files;
    QByteArray current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const QString path = dir + QStringLiteral("/%1.eml").arg(files.size());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        if (current.endsWith("\n\n"))
            current.chop(1); // the separator's blank line
        out.write(current);
        *bytes += current.size();
        files.append(path);
        current.clear();
    };
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        if (line.startsWith("From ")) {
            flush();
            continue;
        }
        qsizetype q = 0;
        while (q < line.size() && line.at(q) == '>')
            ++q;
        if (q > 0 && line.mid(q).startsWith("From "))
            line.remove(0, 1);
        current += line;
    }
    flush();
    return files;
}

/// The bare engine: scan, RETR everything pipelined, optionally DELE all, QUIT.
double drain(const Pop3::SessionOptions &o, bool dele, qint64 *bytes)
{
    QElapsedTimer t;
    t.start();
    Pop3::Session s(new Net::SslTransport);
    QSignalSpy opened(&s, &Pop3::Session::opened);
    s.open(o);
    if (!opened.wait(30'000))
        qFatal("login failed");
    Pop3::ScanOp scan(&s);
    QList<Pop3::MessageRef> refs;
    bool scanned = false;
    QObject::connect(&scan, &Pop3::ScanOp::finished, [&](const Result<QList<Pop3::MessageRef>> &r) {
        refs = r.valueOr({});
        scanned = true;
    });
    scan.start();
    if (!QTest::qWaitFor([&] { return scanned; }, 600'000))
        qFatal("timed out");
    Pop3::RetrOp retr(&s, refs);
    bool done = false;
    QObject::connect(&retr, &Pop3::RetrOp::messageRetrieved, [&](const Pop3::MessageRef &ref, const QByteArray &m) {
        *bytes += m.size();
        if (dele)
            s.dele(ref.number, [](Result<void>) {});
    });
    QObject::connect(&retr, &Pop3::RetrOp::finished, [&](const Result<void> &) { done = true; });
    retr.start();
    if (!QTest::qWaitFor([&] { return done; }, 600'000))
        qFatal("timed out");
    bool quit = false;
    s.quit([&](Result<void>) { quit = true; });
    if (!QTest::qWaitFor([&] { return quit; }, 600'000))
        qFatal("timed out");
    return t.elapsed() / 1000.0;
}

double fetch(const Pop3::SessionOptions &o, Account::LeaveOnServer policy, Sync::FetchReport *report)
{
    QTemporaryDir dir;
    Store::MailStore store(dir.path());
    if (!store.open())
        qFatal("store");
    Sync::FetchOptions fo;
    fo.session = o;
    fo.policy.leaveOnServer = policy;
    QElapsedTimer t;
    t.start();
    Sync::Pop3Fetcher f(&store, fo);
    QSignalSpy finished(&f, &Sync::Pop3Fetcher::finished);
    f.start();
    if (!finished.wait(900'000))
        qFatal("fetch timed out");
    const double s = t.elapsed() / 1000.0;
    *report = f.report();
    if (!report->ok())
        qFatal("fetch failed: %s", qPrintable(report->error.toString()));
    return s;
}

/// fetchmail downloading the whole maildrop (leave on server) into @p dir; -1 if not installed.
/// Returns seconds; *bytes is the size of what it wrote.
double fetchmail(const TestMailServer &server, const QString &user, bool bsmtp, const QString &dir, qint64 *bytes)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("fetchmail"));
    if (exe.isEmpty())
        return -1;
    auto quoted = [](QString v) -> QString {
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    };
    const QString out = dir + (bsmtp ? QStringLiteral("/out.bsmtp") : QStringLiteral("/out.mbox"));
    QFile::remove(out);
    const QString delivery = bsmtp ? QStringLiteral("bsmtp %1").arg(quoted(out))
                                   : QStringLiteral("mda %1").arg(quoted(QStringLiteral("cat >> '%1'").arg(out)));
    // Same security as Pigeon's runs: implicit TLS (POP3S), certificate checked against the test CA.
    const QString rc = QStringLiteral("set no syslog\n"
                                      "poll %1 service %2 protocol POP3 timeout 600\n"
                                      "  user %3 password %4\n"
                                      "  ssl sslcertck sslcertfile %5\n"
                                      "  keep fetchall no rewrite %6\n")
                           .arg(server.host())
                           .arg(server.port(TestMailServer::Service::Pop3s))
                           .arg(quoted(user), quoted(server.password(user)), quoted(server.caFile()), delivery);
    const QString rcPath = dir + QStringLiteral("/fetchmailrc");
    QFile rcFile(rcPath);
    if (!rcFile.open(QIODevice::WriteOnly) || rcFile.write(rc.toUtf8()) < 0)
        qFatal("cannot write the fetchmail rc file");
    rcFile.close();
    // fetchmail refuses an rc file that others can read.
    rcFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("FETCHMAILHOME"), dir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(exe, {QStringLiteral("--silent"), QStringLiteral("--nodetach"), QStringLiteral("-f"), rcPath,
                  QStringLiteral("--pidfile"), dir + QStringLiteral("/fetchmail.pid")});
    if (!p.waitForFinished(1'800'000))
        qFatal("fetchmail timed out");
    const double s = t.elapsed() / 1000.0;
    // Exit 0: mail retrieved (1 would mean "no mail", anything else an error).
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("fetchmail failed (%d): %s", p.exitCode(), p.readAll().constData());
    *bytes = QFileInfo(out).size();
    return s;
}

/// Flushes dirty pages (the maildrop just loaded, fetchmail's output) before a timed phase, so
/// one run's writeback does not land in the next run's fsyncs.
void settle()
{
    ::sync();
}

void line(const char *name, int n, qint64 bytes, double s)
{
    std::printf("%-16s %6d msgs %8.1f MB %7.2f s %8.0f msg/s %7.1f MB/s  peak RSS %lld MiB\n", name, n,
                bytes / 1e6, s, n / s, bytes / 1e6 / s, peakRssMiB());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.contains(QStringLiteral("--messages")) ? args.value(args.indexOf(QStringLiteral("--messages")) + 1).toInt() : 10000;
    const int seed = args.contains(QStringLiteral("--seed")) ? args.value(args.indexOf(QStringLiteral("--seed")) + 1).toInt() : 1;

    QTemporaryDir work;
    const QString mbox = work.filePath(QStringLiteral("gen.mbox"));
    if (QProcess::execute(QStringLiteral("python3"), {QStringLiteral(PIGEON_SOURCE_DIR "/bench/tools/genmail.py"),
                                                       QStringLiteral("--count"), QString::number(n),
                                                       QStringLiteral("--seed"), QString::number(seed),
                                                       QStringLiteral("-o"), mbox}) != 0)
        qFatal("genmail.py failed");
    QDir().mkpath(work.filePath(QStringLiteral("files")));
    qint64 fileBytes = 0;
    const QStringList files = split(mbox, work.filePath(QStringLiteral("files")), &fileBytes);
    std::printf("%lld messages, %.1f MB as files\n", qint64(files.size()), fileBytes / 1e6);

    TestMailServer server;
    if (!server.start())
        qFatal("%s", qPrintable(server.errorString()));
    const QString user = server.users().first();
    Pop3::SessionOptions o;
    o.endpoint = server.endpoint(TestMailServer::Service::Pop3s);
    o.username = user;
    o.password = server.password(user);
    auto load = [&] {
        if (!server.loadFiles(user, files))
            qFatal("load failed");
    };
    load();

    qint64 bytes = 0;
    drain(o, false, &bytes); // warm-up (Dovecot's index and page cache)
    bytes = 0;
    settle();
    const double drainS = drain(o, false, &bytes);
    line("drain", int(files.size()), bytes, drainS);

    Sync::FetchReport r;
    settle();
    double s = fetch(o, Account::LeaveOnServer::Forever, &r);
    line("fetch/keep", r.downloaded, r.bytes, s);
    const double keepS = s;

    bytes = 0;
    settle();
    s = drain(o, true, &bytes);
    line("drain+dele", int(files.size()), bytes, s);
    const double deleS = s;

    load();
    QTemporaryDir fmDir;
    double fetchmailS[2] = {-1, -1};
    for (const bool bsmtp : {false, true}) {
        qint64 fmBytes = 0;
        settle();
        s = fetchmailS[bsmtp] = fetchmail(server, user, bsmtp, fmDir.path(), &fmBytes);
        if (s < 0)
            std::printf("fetchmail: not installed, skipped\n");
        else
            line(bsmtp ? "fetchmail/bsmtp" : "fetchmail/mda", int(files.size()), fmBytes, s);
    }

    QFile::remove(fmDir.filePath(QStringLiteral("out.mbox")));
    QFile::remove(fmDir.filePath(QStringLiteral("out.bsmtp")));
    settle();
    s = fetch(o, Account::LeaveOnServer::Never, &r);
    line("fetch/delete", r.downloaded, r.bytes, s);
    if (r.deleted != r.downloaded)
        qFatal("deleted %d of %d", r.deleted, r.downloaded);
    // Issue 5's criteria, from this one run.
    std::printf("keep: %.0f %% of the drain's throughput (target >= 80 %%)\n", 100.0 * drainS / keepS);
    for (int b = 0; b < 2; ++b)
        if (fetchmailS[b] > 0)
            std::printf("keep vs fetchmail/%s: %.2fx faster\n", b ? "bsmtp" : "mda", fetchmailS[b] / keepS);
    std::printf("delete: %.2fx the drain+dele time (target <= 1.5x)\n", s / deleS);
    server.stop();
    return 0;
}
