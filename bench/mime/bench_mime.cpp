// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Messages per second for header decoding (HeaderSummary::fromHeaderBlock, what a
// message list or an index build needs) and for a full parse (Message::parse plus body
// selection and attachment listing, what the reader does), over the shared corpus
// (every .eml, mbox files split) and over a generated set of typical messages.
// Usage: bench_mime [SECONDS_PER_CASE=3]
#include "mime/bodyextractor.h"
#include "mime/headersummary.h"
#include "mime/message.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Pigeon::Mime;

namespace {

QList<QByteArray> corpusMessages()
{
    QList<QByteArray> out;
    QDirIterator it(QStringLiteral(PIGEON_CORPUS_DIR), {QStringLiteral("*.eml"), QStringLiteral("*.mbox")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (!f.fileName().endsWith(QLatin1String(".mbox"))) {
            out.append(bytes);
            continue;
        }
        qsizetype start = 0;
        while (true) {
            const qsizetype next = bytes.indexOf("\n\nFrom ", start);
            out.append(bytes.mid(start, next < 0 ? -1 : next + 1 - start));
            if (next < 0)
                break;
            start = next + 2;
        }
    }
    return out;
}

/// A typical modern message: encoded subject and names, text + HTML alternative, one
/// 30 KB attachment; every fifth one in windows-1251 with raw 8-bit text.
QList<QByteArray> generatedMessages(int count)
{
    QList<QByteArray> out;
    const QByteArray attachment = QByteArray(30 * 1024, 'x').toBase64();
    for (int i = 0; i < count; ++i) {
        QByteArray m = "Return-Path: <sender" + QByteArray::number(i) + "@example.com>\n"
            "Received: from mx.example.com by mail.example.org; Sun, 22 Nov 2026 10:00:00 +0000\n"
            "From: =?UTF-8?B?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <ivan" + QByteArray::number(i) + "@example.ru>\n"
            "To: =?UTF-8?Q?=C5=81ukasz?= <lukasz@example.pl>, Ali <ali@example.ir>\n"
            "Subject: =?UTF-8?B?0J7RgtGH0ZHRgiDQt9CwINC90L7Rj9Cx0YDRjA==?= #" + QByteArray::number(i) + "\n"
            "Date: Sun, 22 Nov 2026 10:00:00 +0330\n"
            "Message-ID: <" + QByteArray::number(i) + "@example.ru>\n"
            "References: <a" + QByteArray::number(i) + "@example.ru> <b@example.ru>\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"mixed\"\n\n"
            "--mixed\nContent-Type: multipart/alternative; boundary=\"alt\"\n\n"
            "--alt\nContent-Type: text/plain; charset=" + QByteArray(i % 5 ? "utf-8" : "windows-1251") + "\n"
            "Content-Transfer-Encoding: 8bit\n\n";
        const QByteArray para = i % 5 ? QByteArray("Привет! Это обычное письмо со ссылкой https://example.com/.\n")
                                      : QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2! \xdd\xf2\xee \xef\xe8\xf1\xfc\xec\xee.\n");
        for (int k = 0; k < 20; ++k)
            m += para;
        m += "--alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n";
        for (int k = 0; k < 20; ++k)
            m += "<p>=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82! <a href=3D\"https://example.com/\">link</a></p>\n";
        m += "--alt--\n--mixed\nContent-Type: application/pdf; name=\"report.pdf\"\n"
             "Content-Disposition: attachment; filename=\"report.pdf\"\nContent-Transfer-Encoding: base64\n\n";
        for (qsizetype k = 0; k < attachment.size(); k += 76)
            m += attachment.mid(k, 76) + '\n';
        m += "--mixed--\n";
        out.append(m);
    }
    return out;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Rate
{
    double wall; ///< messages per wall-clock second
    double cpu;  ///< messages per CPU second of this process (fair on a loaded machine)
};

/// Runs @p work over @p messages repeatedly for about @p seconds.
Rate rate(const QList<QByteArray> &messages, double seconds, const std::function<void(const QByteArray &)> &work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    qint64 done = 0;
    while (timer.elapsed() < seconds * 1000 || done < messages.size()) {
        for (const QByteArray &m : messages)
            work(m);
        done += messages.size();
    }
    return {double(done) * 1000.0 / double(timer.elapsed()), double(done) / (cpuSeconds() - cpuStart)};
}

void row(const char *name, qsizetype count, Rate r)
{
    std::printf("%-32s %9lld %14.0f %14.0f %12.1f\n", name, qint64(count), r.cpu, r.wall, 1e6 / r.cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pigeon.*=false"));
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 3.0;

    const QList<QByteArray> corpus = corpusMessages();
    const QList<QByteArray> generated = generatedMessages(2000);
    qint64 corpusBytes = 0;
    for (const QByteArray &m : corpus)
        corpusBytes += m.size();

    auto headers = [](const QByteArray &m) {
        const HeaderSummary s = HeaderSummary::fromHeaderBlock(m);
        Q_UNUSED(s);
    };
    auto full = [](const QByteArray &m) {
        auto parsed = Message::parse(m);
        if (parsed.ok()) {
            const DisplayBody body = BodyExtractor::extract(*parsed);
            const auto attachments = BodyExtractor::attachments(*parsed);
            Q_UNUSED(body);
            Q_UNUSED(attachments);
        }
    };

    std::printf("MIME benchmark (%.1f s per case)\n", seconds);
    std::printf("%-32s %9s %14s %14s %12s\n", "case", "messages", "msgs/CPU-s", "msgs/wall-s", "µs CPU/msg");
    row("corpus: header decoding", corpus.size(), rate(corpus, seconds, headers));
    row("corpus: full parse + body", corpus.size(), rate(corpus, seconds, full));
    row("generated: header decoding", generated.size(), rate(generated, seconds, headers));
    row("generated: full parse + body", generated.size(), rate(generated, seconds, full));
    std::printf("(corpus: %lld messages, %.1f MB; generated: 2000 messages of %lld KB)\n", qint64(corpus.size()),
                double(corpusBytes) / 1e6, qint64(generated.value(0).size() / 1024));
    return 0;
}
