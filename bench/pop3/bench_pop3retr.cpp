// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// POP3 RETR drain benchmark: Pigeon's engine vs a raw-socket client against a private Dovecot.
//
//   bench_pop3retr [--messages N] [--runs R] [--seed S] [--window BYTES] [--max-commands N]
//                  [--json FILE]
//
// Generates N messages (RECIPE §7 mix: median ~8.6 KB, 12 % with 50 KB-1.5 MB base64
// attachments, multilingual RFC 2047 subjects, body lines starting with "." and "From "),
// loads them into Dovecot and, warm (after one untimed drain), times R runs each of:
//   raw        a blocking socket: USER/PASS, all RETRs written by a second thread, the reader
//              only counts terminating dots (the floor for any client);
//   pipelined  Session + ScanOp (UIDL, LIST) + RetrOp, PIPELINING, default 1 MiB window;
//   lockstep   the same with pipelining off;
//   pop3s      pipelined over implicit TLS.
// The engine runs use plaintext on loopback (allowInsecureAuth) so that they compare with
// the raw client; pop3s shows what TLS adds.
#include "support/testmailserver.h"

#include "net/ssltransport.h"
#include "pop3/ops/retrop.h"
#include "pop3/ops/scanop.h"
#include "pop3/session/pop3session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <thread>

using namespace Pigeon;
using Pigeon::Test::TestMailServer;

namespace {

qint64 g_window = 4 * 1024 * 1024;
int g_maxCommands = 512;

/// CPU seconds of this process (all threads): the client's cost, less sensitive than wall
/// time to other load on a shared machine.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}

const char *const kSubjects[] = {
    "Quarterly report and next steps",
    "=?UTF-8?B?0J/RgNC40LLQtdGCLCDQutCw0Log0LTQtdC70LA/?=",
    "=?KOI8-R?Q?=F0=D2=C9=D7=C5=D4?=",
    "=?windows-1251?B?z+Ho5fI=?=",
    "=?ISO-8859-2?Q?Za=BF=F3=B3=E6_g=EA=B6l=B1_ja=BC=F1?=",
    "=?UTF-8?B?2LPZhNin2YUg2K/ZiNiz2Kog2LnYstuM2LI=?=",
    "=?windows-1256?B?0+HH4w==?=",
    "Re: Lunch on Friday?",
};
const char *const kLines[] = {
    "Thanks for the update. I had a look at the numbers and they seem fine to me.",
    "Привет! Посмотри, пожалуйста, вложение и напиши, что думаешь.",
    "Zażółć gęślą jaźń — to zdanie ma wszystkie polskie znaki diakrytyczne.",
    "سلام، لطفاً پیوست را ببینید و نظرتان را بنویسید.",
    "From the point of view of the client, this line must be quoted in an mbox.",
    ".a line that starts with a dot, which POP3 must byte-stuff on the wire",
    ".",
    "> quoted text from an earlier message in the thread, wrapped at 72 columns",
};

QByteArray generateMessage(QRandomGenerator &rng, int n)
{
    QByteArray m;
    m += "From: Sender " + QByteArray::number(n % 97) + " <sender" + QByteArray::number(n % 97) + "@example.org>\r\n";
    m += "To: alice@example.org\r\n";
    m += QByteArray("Subject: ") + kSubjects[rng.bounded(8)] + "\r\n";
    m += "Date: Sun, 22 Nov 2026 12:00:00 +0000\r\n";
    m += "Message-ID: <" + QByteArray::number(n) + ".bench@pigeon.test>\r\nMIME-Version: 1.0\r\n";
    // Text part: log-normal around 7 KB, so the whole mix has a median near 8.6 KB.
    const double textSize = std::exp(std::log(7000.0) + 0.8 * std::sqrt(-2 * std::log(rng.generateDouble() + 1e-12))
                                     * std::cos(2 * M_PI * rng.generateDouble()));
    const bool attachment = rng.bounded(100) < 12;
    if (attachment)
        m += "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    while (m.size() < textSize)
        m += QByteArray(kLines[rng.bounded(8)]) + "\r\n";
    if (attachment) {
        // Log-uniform 50 KB .. 1.5 MB of base64.
        const qint64 bytes = qint64(50'000 * std::exp(rng.generateDouble() * std::log(30.0)));
        m += "--b1\r\nContent-Type: application/octet-stream; name=\"data.bin\"\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n";
        QByteArray raw(57, '\0');
        for (qint64 done = 0; done < bytes; done += 78) {
            for (char &c : raw)
                c = char(rng.bounded(256));
            m += raw.toBase64() + "\r\n";
        }
        m += "--b1--\r\n";
    }
    return m;
}

/// The raw-socket floor: plaintext, everything pipelined, replies only counted.
double rawDrain(quint16 port, const QByteArray &user, const QByteArray &password, int count, qint64 *bytes,
                double *cpu)
{
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        qFatal("raw connect failed");
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    std::thread writer([&] {
        QByteArray out = "USER " + user + "\r\nPASS " + password + "\r\n";
        for (int i = 1; i <= count; ++i)
            out += "RETR " + QByteArray::number(i) + "\r\n";
        qsizetype sent = 0;
        while (sent < out.size()) {
            const ssize_t n = ::send(fd, out.constData() + sent, size_t(out.size() - sent), 0);
            if (n <= 0)
                return;
            sent += n;
        }
    });
    // Count lines that are exactly ".\r\n" (reply ends); 3 status lines precede the first.
    std::vector<char> buf(1 << 20);
    int ends = 0;
    bool lineStart = true;
    int state = 0; // 1: "." at line start, 2: ".\r"
    qint64 total = 0;
    while (ends < count) {
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
        if (n <= 0)
            qFatal("raw recv failed");
        total += n;
        const char *p = buf.data();
        const char *end = p + n;
        while (p < end) {
            if (state == 0 && !lineStart) {
                const void *lf = std::memchr(p, '\n', size_t(end - p));
                if (!lf) {
                    p = end;
                    break;
                }
                p = static_cast<const char *>(lf) + 1;
                lineStart = true;
                continue;
            }
            const char c = *p++;
            if (state == 0) { // at a line start
                lineStart = c == '\n';
                state = c == '.' ? 1 : 0;
            } else if (state == 1) {
                state = c == '\r' ? 2 : 0;
                lineStart = c == '\n';
            } else {
                if (c == '\n')
                    ++ends;
                state = 0;
                lineStart = c == '\n';
            }
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    writer.join();
    *cpu = cpuSeconds() - cpu0;
    ::send(fd, "QUIT\r\n", 6, 0);
    ::close(fd);
    *bytes = total;
    return seconds;
}

/// Runs the event loop until @p done (no sleeping between checks, unlike QTest::qWaitFor).
template<typename F>
bool waitUntil(F done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    return true;
}

struct EngineRun {
    double total = 0;  ///< connect .. last message
    double drain = 0;  ///< first RETR queued .. last message
    double login = 0;  ///< connect .. TRANSACTION
    double scan = 0;   ///< UIDL + LIST
    double cpu = 0;    ///< client CPU seconds of the drain
    qint64 bytes = 0;
    int messages = 0;
};

EngineRun engineDrain(const Net::Endpoint &endpoint, const QString &user, const QString &password, bool pipelining)
{
    EngineRun run;
    QElapsedTimer timer;
    timer.start();
    Pop3::Session session(new Net::SslTransport);
    Pop3::SessionOptions o;
    o.endpoint = endpoint;
    o.endpoint.tls.allowInsecureAuth = true;
    o.username = user;
    o.password = password;
    o.usePipelining = pipelining;
    o.pipelineWindowBytes = g_window;
    o.pipelineMaxCommands = g_maxCommands;
    bool opened = false, failed = false;
    QObject::connect(&session, &Pop3::Session::opened, [&] { opened = true; });
    QObject::connect(&session, &Pop3::Session::failed, [&](const MailError &e) {
        failed = true;
        qWarning("session failed: %s", qPrintable(e.toString()));
    });
    session.open(o);
    if (!waitUntil([&] { return opened || failed; }, 60'000) || !opened)
        qFatal("login failed");

    run.login = timer.nsecsElapsed() / 1e9;
    Pop3::ScanOp scan(&session);
    std::optional<Result<QList<Pop3::MessageRef>>> refs;
    QObject::connect(&scan, &Pop3::ScanOp::finished, [&](const Result<QList<Pop3::MessageRef>> &r) { refs = r; });
    scan.start();
    if (!waitUntil([&] { return refs.has_value(); }, 60'000) || !refs->ok())
        qFatal("scan failed");

    run.scan = timer.nsecsElapsed() / 1e9 - run.login;
    QElapsedTimer drain;
    drain.start();
    const double cpu0 = cpuSeconds();
    Pop3::RetrOp retr(&session, refs->value());
    std::optional<Result<void>> done;
    QObject::connect(&retr, &Pop3::RetrOp::messageRetrieved, [&](const Pop3::MessageRef &, const QByteArray &m) {
        run.bytes += m.size();
        ++run.messages;
    });
    QObject::connect(&retr, &Pop3::RetrOp::finished, [&](const Result<void> &r) { done = r; });
    retr.start();
    if (!waitUntil([&] { return done.has_value(); }, 600'000) || !done->ok())
        qFatal("retr failed");
    run.drain = drain.nsecsElapsed() / 1e9;
    run.cpu = cpuSeconds() - cpu0;
    run.total = timer.nsecsElapsed() / 1e9;
    session.abort(); // not QUIT: keep the maildrop for the next run
    return run;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines even when redirected
    int count = 10'000, runs = 3;
    quint32 seed = 1939;
    QString jsonPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--messages"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == QLatin1String("--window"))
            g_window = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--max-commands"))
            g_maxCommands = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--json"))
            jsonPath = args.at(i + 1);
    }

    QTemporaryDir seedDir;
    QRandomGenerator rng(seed);
    qint64 totalBytes = 0;
    QList<qint64> sizes;
    QElapsedTimer gen;
    gen.start();
    for (int i = 0; i < count; ++i) {
        const QByteArray m = generateMessage(rng, i);
        QFile f(seedDir.filePath(QStringLiteral("m%1.eml").arg(i, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly) || f.write(m) != m.size())
            qFatal("cannot write seed");
        totalBytes += m.size();
        sizes.append(m.size());
    }
    std::sort(sizes.begin(), sizes.end());
    printf("generated %d messages, %.1f MB (median %.1f KB, mean %.1f KB, max %.1f KB) in %.1f s\n", count,
           totalBytes / 1e6, sizes.at(sizes.size() / 2) / 1e3, totalBytes / 1e3 / count, sizes.last() / 1e3,
           gen.elapsed() / 1e3);

    TestMailServer server;
    TestMailServer::Options options;
    options.seedDir = seedDir.path();
    QElapsedTimer load;
    load.start();
    if (!server.start(options, 600'000))
        qFatal("server: %s", qPrintable(server.errorString()));
    printf("Dovecot started and loaded in %.1f s\n", load.elapsed() / 1e3);

    const QString user = QStringLiteral("alice");
    const QString password = server.password(user);
    Net::Endpoint plain = server.endpoint(TestMailServer::Service::Pop3);
    plain.security = Net::Security::None;
    const Net::Endpoint tls = server.endpoint(TestMailServer::Service::Pop3s);

    qint64 rawBytes = 0;
    double cpu = 0;
    rawDrain(server.port(TestMailServer::Service::Pop3), user.toUtf8(), password.toUtf8(), count, &rawBytes, &cpu); // warm-up
    QList<double> raw, pipeTotal, pipeDrain, lockTotal, lockDrain, tlsTotal, tlsDrain;
    QList<double> rawCpu, pipeCpu, lockCpu, tlsCpu;
    qint64 engineBytes = 0;
    for (int r = 0; r < runs; ++r) {
        raw.append(rawDrain(server.port(TestMailServer::Service::Pop3), user.toUtf8(), password.toUtf8(), count,
                            &rawBytes, &cpu));
        rawCpu.append(cpu);
        EngineRun p = engineDrain(plain, user, password, true);
        printf("  run %d: login %.3f s, scan %.3f s, drain %.3f s\n", r + 1, p.login, p.scan, p.drain);
        if (p.messages != count)
            qFatal("pipelined run got %d messages", p.messages);
        engineBytes = p.bytes;
        pipeTotal.append(p.total);
        pipeDrain.append(p.drain);
        pipeCpu.append(p.cpu);
        EngineRun l = engineDrain(plain, user, password, false);
        lockTotal.append(l.total);
        lockDrain.append(l.drain);
        lockCpu.append(l.cpu);
        EngineRun t = engineDrain(tls, user, password, true);
        tlsTotal.append(t.total);
        tlsDrain.append(t.drain);
        tlsCpu.append(t.cpu);
    }
    printf("\n%d messages, %.1f MB of message bytes, median of %d warm runs (seconds)\n", count,
           engineBytes / 1e6, runs);
    printf("%-28s %8s %8s %10s %10s\n", "client", "total", "drain", "MB/s", "client CPU");
    printf("%-28s %8.2f %8s %10.0f %10.2f\n", "raw socket, pipelined", median(raw), "-",
           rawBytes / 1e6 / median(raw), median(rawCpu));
    printf("%-28s %8.2f %8.2f %10.0f %10.2f\n", "engine, pipelined", median(pipeTotal), median(pipeDrain),
           engineBytes / 1e6 / median(pipeDrain), median(pipeCpu));
    printf("%-28s %8.2f %8.2f %10.0f %10.2f\n", "engine, lock-step", median(lockTotal), median(lockDrain),
           engineBytes / 1e6 / median(lockDrain), median(lockCpu));
    printf("%-28s %8.2f %8.2f %10.0f %10.2f\n", "engine, pipelined, POP3S", median(tlsTotal), median(tlsDrain),
           engineBytes / 1e6 / median(tlsDrain), median(tlsCpu));

    if (!jsonPath.isEmpty()) {
        QJsonObject o{{QStringLiteral("messages"), count},
                      {QStringLiteral("bytes"), double(engineBytes)},
                      {QStringLiteral("raw"), median(raw)},
                      {QStringLiteral("pipelined_total"), median(pipeTotal)},
                      {QStringLiteral("pipelined_drain"), median(pipeDrain)},
                      {QStringLiteral("lockstep_total"), median(lockTotal)},
                      {QStringLiteral("lockstep_drain"), median(lockDrain)},
                      {QStringLiteral("pop3s_total"), median(tlsTotal)},
                      {QStringLiteral("pop3s_drain"), median(tlsDrain)},
                      {QStringLiteral("raw_cpu"), median(rawCpu)},
                      {QStringLiteral("pipelined_cpu"), median(pipeCpu)},
                      {QStringLiteral("lockstep_cpu"), median(lockCpu)},
                      {QStringLiteral("pop3s_cpu"), median(tlsCpu)}};
        QFile f(jsonPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
    }
    server.stop();
    return 0;
}
