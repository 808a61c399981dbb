// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Store benchmarks (docs/PERFORMANCE.md, "## Store"):
//   bench_store run MBOX WORKDIR [--appends N] [--no-fts]
//   bench_store verify-decoder MBOX   (the index's address fast path == core/mime's full path)
// measures, side by side in one run: `grep -c '^From '` over MBOX (the scan limit),
// building the index from scratch, opening the folder and producing the first 100
// rows by date (in a fresh process, with its peak memory), full-text queries, and
// durable appends one by one and batched.
#include "store/mailstore.h"
#include "store/mappedfile.h"
#include "store/mboxscanner.h"
#include "store/mimeheaderdecoder.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <strings.h>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Pigeon;
using namespace Pigeon::Store;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double timeGrep(const QString &mbox, qint64 *count)
{
    QElapsedTimer t;
    t.start();
    QProcess grep;
    grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("^From "), mbox});
    grep.waitForFinished(-1);
    const double ms = msSince(t);
    *count = grep.readAllStandardOutput().trimmed().toLongLong();
    return ms;
}

bool fail(const MailError &e)
{
    out << "FAILED: " << e.toString() << Qt::endl;
    return false;
}

/// Child process: open the store, list the newest 100 rows; prints "ms maxrss_kb".
int openChild(const QString &root, const QString &folder)
{
    QElapsedTimer t;
    t.start();
    MailStore store(root);
    if (!store.open())
        return 1;
    Result<QList<MessageRow>> rows = store.list(folder, 0, 100);
    const double ms = msSince(t);
    if (!rows || rows->size() != 100)
        return 1;
    // Peak RSS of this process image (VmHWM): getrusage's ru_maxrss would include the
    // parent's RSS from before exec().
    long hwm = 0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    std::printf("%.2f %ld %lld\n", ms, hwm, static_cast<long long>(store.count(folder)));
    return 0;
}

QList<QByteArray> sampleMessages(const QString &mbox, int n)
{
    QList<QByteArray> result;
    Result<MappedFile> m = MappedFile::open(mbox);
    if (!m)
        return result;
    const MboxScan scan = MboxScanner::scan(m->data());
    for (const MboxRecord &r : scan.records) {
        if (result.size() >= n)
            break;
        result << m->data().sliced(r.dataOffset, r.dataEnd - r.dataOffset).toByteArray();
    }
    return result;
}

double appendRun(const QString &root, const QList<QByteArray> &messages, int batch)
{
    QDir(root).removeRecursively();
    MailStore store(root);
    if (!store.open())
        return -1;
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < messages.size(); i += batch) {
        QList<AppendRequest> reqs;
        for (qsizetype j = i; j < qMin(messages.size(), i + batch); ++j) {
            AppendRequest r;
            r.message = messages.at(j);
            reqs << r;
        }
        if (!store.appendBatch(QStringLiteral("Inbox"), reqs))
            return -1;
    }
    return messages.size() / (msSince(t) / 1000.0);
}

bool run(const QString &mbox, const QString &work, int appends, bool fts)
{
    QDir().mkpath(work);
    const QString root = work + QStringLiteral("/store");
    const QFileInfo info(mbox);
    out << "### " << info.fileName() << " (" << QString::number(info.size() / 1048576.0, 'f', 1) << " MiB)\n\n";

    // 1+2. grep and our index build, alternating, 3 rounds each, warm page cache.
    qint64 grepCount = 0;
    (void)timeGrep(mbox, &grepCount); // warm-up
    QList<double> grepMs, buildMs, scanMs;
    qint64 indexed = 0;
    for (int round = 0; round < 3; ++round) {
        grepMs << timeGrep(mbox, &grepCount);
        {
            QElapsedTimer t;
            t.start();
            Result<MappedFile> m = MappedFile::open(mbox);
            const MboxScan scan = MboxScanner::scan(m->data());
            scanMs << msSince(t);
            Q_UNUSED(scan);
        }
        QDir(root).removeRecursively();
        QDir().mkpath(root);
        const QString folderFile = root + QStringLiteral("/Bench.mbox");
        if (::link(QFile::encodeName(mbox).constData(), QFile::encodeName(folderFile).constData()) != 0
            && !QFile::copy(mbox, folderFile))
            return fail(MailError(MailError::Kind::Io, QStringLiteral("cannot link or copy the mbox")));
        QElapsedTimer t;
        t.start();
        MailStore store(root);
        if (Result<void> r = store.open(); !r)
            return fail(r.error());
        buildMs << msSince(t);
        indexed = store.count(QStringLiteral("Bench"));
    }
    const double g = median(grepMs), b = median(buildMs);
    out << "| measurement | result |\n|---|---|\n";
    out << "| `grep -c '^From '` | " << grepCount << " separators, " << QString::number(g, 'f', 0) << " ms (median of 3) |\n";
    out << "| separator scan alone (mmap + memmem) | " << QString::number(median(scanMs), 'f', 0) << " ms |\n";
    out << "| index build from scratch | " << indexed << " messages, " << QString::number(b, 'f', 0)
        << " ms (median of 3: " << QString::number(buildMs[0], 'f', 0) << ", " << QString::number(buildMs[1], 'f', 0)
        << ", " << QString::number(buildMs[2], 'f', 0) << ") |\n";
    out << "| index build speed relative to grep | **" << QString::number(100.0 * g / b, 'f', 0) << " %** (goal >= 50 %) |\n";

    // 3. Open + first 100 rows, fresh process each time (peak memory of that process).
    QList<double> openMs;
    long rss = 0;
    for (int i = 0; i < 5; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("open-child"), root, QStringLiteral("Bench")});
        child.waitForFinished(-1);
        const QList<QByteArray> w = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || w.size() < 2)
            return fail(MailError(MailError::Kind::Internal, QStringLiteral("open-child failed")));
        openMs << w[0].toDouble();
        rss = std::max(rss, w[1].toLong());
    }
    out << "| open folder + first 100 rows by date (new process) | **" << QString::number(median(openMs), 'f', 1)
        << " ms** median of 5 (goal < 50 ms), peak RSS " << rss / 1024 << " MiB (goal < 100 MB) |\n";

    // 4. Full-text search.
    if (fts) {
        MailStore store(root);
        if (Result<void> r = store.open(); !r)
            return fail(r.error());
        SearchIndex search(&store);
        QElapsedTimer t;
        t.start();
        Result<qint64> n = search.update();
        if (!n)
            return fail(n.error());
        out << "| full-text indexing of bodies (MIME decode + FTS5), after the fact | " << *n << " messages, "
            << QString::number(msSince(t) / 1000.0, 'f', 1) << " s |\n";
        const QStringList queries{QStringLiteral("report"), QStringLiteral("zazolc"), QStringLiteral("łódź"),
                                  QStringLiteral("отчёт"), QStringLiteral("еще"), QStringLiteral("کتاب"),
                                  QStringLiteral("invoice budget"), QStringLiteral("maven"),
                                  QStringLiteral("nonexistentword")};
        double worst = 0;
        QStringList parts;
        for (const QString &q : queries) {
            QList<double> ms;
            int hits = 0;
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer qt;
                qt.start();
                Result<QList<MessageRow>> rows = search.search(q, 100);
                ms << msSince(qt);
                hits = rows ? int(rows->size()) : -1;
            }
            worst = std::max(worst, median(ms));
            parts << QStringLiteral("`%1` %2 ms (%3 rows)").arg(q, QString::number(median(ms), 'f', 1)).arg(hits);
        }
        out << "| full-text queries, first 100 results by date, median of 5 each | " << parts.join(QLatin1String("; "))
            << " — **slowest " << QString::number(worst, 'f', 1) << " ms** (goal < 50 ms) |\n";
    }

    // 5. Durable appends.
    if (appends > 0) {
        const QList<QByteArray> sample = sampleMessages(mbox, appends);
        for (int batch : {1, 10, 100}) {
            const double rate = appendRun(work + QStringLiteral("/append"), sample, batch);
            out << "| append " << sample.size() << " messages, " << batch << (batch == 1 ? " per fsync (one by one)" : " per fsync")
                << " | " << QString::number(rate, 'f', 0) << " messages/s |\n";
        }
        QDir(work + QStringLiteral("/append")).removeRecursively();
    }
    out << "\n";
    out.flush();
    QDir(root).removeRecursively();
    return true;
}

/// Every From/To/Cc field of MBOX through the store's address decoder and through
/// core/mime's full parser: any difference would make a rebuilt index differ.
int verifyDecoder(const QString &mbox)
{
    Result<MappedFile> m = MappedFile::open(mbox);
    if (!m)
        return fail(m.error()) ? 0 : 1;
    const QByteArrayView data = m->data();
    const MboxScan scan = MboxScanner::scan(data);
    const MimeHeaderDecoder decoder;
    qint64 fields = 0, fast = 0, mismatches = 0;
    for (const MboxRecord &r : scan.records) {
        const qint64 hEnd = MboxScanner::headerEnd(data, r.dataOffset, r.dataEnd);
        qint64 pos = r.dataOffset;
        while (pos < hEnd) {
            qint64 end = pos;
            do {
                const void *nl = memchr(data.data() + end, '\n', size_t(hEnd - end));
                end = nl ? static_cast<const char *>(nl) - data.data() + 1 : hEnd;
            } while (end < hEnd && (data[end] == ' ' || data[end] == '\t'));
            const QByteArrayView field = data.sliced(pos, end - pos);
            pos = end;
            const qsizetype colon = field.indexOf(':');
            const bool address = (colon == 4 && strncasecmp(field.data(), "from", 4) == 0)
                || (colon == 2 && (strncasecmp(field.data(), "to", 2) == 0 || strncasecmp(field.data(), "cc", 2) == 0));
            if (!address)
                continue;
            const QByteArrayView value = field.sliced(colon + 1);
            ++fields;
            QString quick;
            if (!MimeHeaderDecoder::decodeEncodedNameAddress(value, &quick))
                continue;
            ++fast;
            const QString full = MimeHeaderDecoder::decodeAddressesFully(value);
            if (quick != full || decoder.decodeAddresses(value) != full) {
                if (++mismatches <= 10)
                    out << "MISMATCH " << value.toByteArray().trimmed() << "\n  fast: " << quick << "\n  full: " << full << "\n";
            }
        }
    }
    out << fields << " address fields, " << fast << " through the fast path, " << mismatches << " differ\n";
    out.flush();
    return mismatches == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("open-child"))
        return openChild(args.at(2), args.at(3));
    if (args.size() >= 3 && args.at(1) == QLatin1String("verify-decoder"))
        return verifyDecoder(args.at(2));
    if (args.size() < 4 || args.at(1) != QLatin1String("run")) {
        std::fprintf(stderr, "usage: bench_store run MBOX WORKDIR [--appends N] [--no-fts]\n");
        return 2;
    }
    int appends = 10000;
    const qsizetype a = args.indexOf(QStringLiteral("--appends"));
    if (a > 0)
        appends = args.value(a + 1).toInt();
    return run(args.at(2), args.at(3), appends, !args.contains(QStringLiteral("--no-fts"))) ? 0 : 1;
}
