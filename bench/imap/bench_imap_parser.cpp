// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Parses N synthetic but realistic header-sync FETCH responses (UID FLAGS INTERNALDATE
// RFC822.SIZE ENVELOPE BODYSTRUCTURE; RFC 2047 subjects and names in English, Polish,
// Russian and Persian; multipart/alternative, mixed with attachments, forwarded
// message/rfc822), fed in 64 KiB chunks as a socket would deliver them. Then one
// 64 MiB BODY[] literal, to show the literal path runs at memcpy speed (one copy).
#include "imap/wire/responseparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>

#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Pigeon::Imap;

namespace {

// CPU time of this thread: the machine is shared, so wall time alone overstates the cost.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

const char *const kSubjects[] = {
    "Quarterly report for Q3", "Re: Meeting tomorrow at 10", "Spotkanie zespołu – przesunięte na piątek",
    "Zażółć gęślą jaźń: faktura nr 2024/11", "Отчёт за третий квартал", "Re: Приглашение на конференцию",
    "گزارش فصل سوم", "دعوت به جلسه فردا ساعت ۱۰", "Fwd: Photos from the trip 📷", "Invoice #48213 is due",
};
const char *const kNames[] = {"Anna Kowalska", "Jan Wiśniewski", "Иван Петров", "Мария Смирнова",
                              "علی رضایی", "زهرا محمدی", "John Smith", "Łukasz Żółć"};
const char *const kHosts[] = {"example.com", "poczta.example.pl", "mail.example.ru", "example.ir"};

QByteArray encodedWord(const QByteArray &utf8, quint32 r)
{
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return utf8;
    if (r % 3 == 0) { // Q encoding
        QByteArray q = "=?UTF-8?Q?";
        for (char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80 || c == '=' || c == '?' || c == '_' || c == '"')
                q += '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
            else
                q += c == ' ' ? '_' : c;
        }
        return q + "?=";
    }
    if (r % 3 == 1) { // a legacy charset for Cyrillic when it fits
        QStringEncoder enc("windows-1251");
        const QByteArray bytes = enc(QString::fromUtf8(utf8));
        if (!enc.hasError())
            return "=?windows-1251?B?" + bytes.toBase64() + "?=";
    }
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray quoted(const QByteArray &s)
{
    QByteArray out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray address(QRandomGenerator &rng)
{
    const QByteArray name = kNames[rng.bounded(8)];
    const QByteArray user = "user" + QByteArray::number(rng.bounded(5000));
    return "(" + quoted(encodedWord(name, rng.generate())) + " NIL \"" + user + "\" \"" + kHosts[rng.bounded(4)] + "\")";
}

QByteArray textPart(const char *subtype, QRandomGenerator &rng)
{
    return "(\"text\" \"" + QByteArray(subtype) + "\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
        + QByteArray::number(500 + rng.bounded(20000)) + ' ' + QByteArray::number(10 + rng.bounded(400))
        + " NIL NIL NIL NIL)";
}

QByteArray bodyStructure(QRandomGenerator &rng)
{
    const quint32 kind = rng.bounded(100);
    const QByteArray alternative = "(" + textPart("plain", rng) + textPart("html", rng)
        + " \"alternative\" (\"boundary\" \"b1_" + QByteArray::number(rng.generate(), 16) + "\") NIL NIL)";
    if (kind < 45)
        return textPart("plain", rng);
    if (kind < 85)
        return alternative;
    if (kind < 97) {
        QByteArray s = "(" + alternative;
        const int attachments = 1 + rng.bounded(3);
        for (int i = 0; i < attachments; ++i)
            s += "(\"application\" \"pdf\" (\"name\" \"=?UTF-8?B?0L7RgtGH0ZHRgi5wZGY=?=\") NIL NIL \"base64\" "
                + QByteArray::number(50000 + rng.bounded(3000000))
                + " NIL (\"attachment\" (\"filename\" \"=?UTF-8?B?0L7RgtGH0ZHRgi5wZGY=?=\" \"size\" \"48213\")) NIL NIL)";
        return s + " \"mixed\" (\"boundary\" \"m_" + QByteArray::number(rng.generate(), 16) + "\") NIL NIL)";
    }
    return "(" + textPart("plain", rng) + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 4242 (\"Mon, 4 Nov 2024 10:00:00 +0100\" \"Original\" ("
        + address(rng) + ") NIL NIL (" + address(rng) + ") NIL NIL NIL \"<orig@x>\") " + textPart("plain", rng)
        + " 120 NIL NIL NIL NIL) \"mixed\" (\"boundary\" \"f\") NIL NIL)";
}

QByteArray fetchLine(quint32 seq, QRandomGenerator &rng)
{
    static const char *const flagSets[] = {"\\Seen", "", "\\Seen \\Answered", "\\Seen $Forwarded", "\\Flagged \\Seen", "$Junk"};
    const QByteArray subject = encodedWord(kSubjects[rng.bounded(10)], rng.generate());
    QByteArray to;
    const int recipients = 1 + rng.bounded(3);
    for (int i = 0; i < recipients; ++i)
        to += address(rng);
    const QByteArray date = QByteArray::number(1 + rng.bounded(28)).rightJustified(2, '0') + "-Nov-2024 "
        + QByteArray::number(rng.bounded(24)).rightJustified(2, '0') + ":17:42 +0100";
    return "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(seq + 1000) + " FLAGS ("
        + flagSets[rng.bounded(6)] + ") INTERNALDATE \"" + date + "\" RFC822.SIZE "
        + QByteArray::number(2000 + rng.bounded(200000)) + " ENVELOPE (\"Mon, 4 Nov 2024 10:17:42 +0100\" "
        + quoted(subject) + " (" + address(rng) + ") NIL NIL (" + to + ") NIL NIL "
        + (rng.bounded(3) == 0 ? QByteArray("\"<prev@example.com>\"") : QByteArray("NIL"))
        + " \"<" + QByteArray::number(rng.generate64(), 36) + "@example.com>\") BODYSTRUCTURE "
        + bodyStructure(rng) + ")\r\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    QRandomGenerator rng(20261122);
    QByteArray stream;
    stream.reserve(qsizetype(count) * 1100);
    for (int i = 1; i <= count; ++i)
        stream += fetchLine(quint32(i), rng);

    constexpr qsizetype kChunk = 64 * 1024;
    double best = 1e30, bestCpu = 1e30;
    qsizetype responses = 0, errors = 0;
    for (int round = 0; round < 3; ++round) {
        ResponseParser parser;
        QList<Response> out;
        out.reserve(4096);
        responses = errors = 0;
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSeconds();
        for (qsizetype i = 0; i < stream.size(); i += kChunk) {
            parser.feed(QByteArrayView(stream).sliced(i, std::min(kChunk, stream.size() - i)), out);
            // Hand the batch on, as the session would.
            for (const Response &r : out)
                errors += std::holds_alternative<ParseError>(r) ? 1 : 0;
            responses += out.size();
            out.clear();
        }
        best = std::min(best, timer.nsecsElapsed() / 1e9);
        bestCpu = std::min(bestCpu, threadCpuSeconds() - cpu0);
    }
    const double mb = stream.size() / 1e6;
    std::printf("FETCH header sync: %lld responses (%d requested), %lld errors, %.1f MB, avg %.0f bytes/response\n",
                static_cast<long long>(responses), count, static_cast<long long>(errors), mb,
                double(stream.size()) / count);
    std::printf("  best of 3, CPU time: %.3f s, %.2f us/response, %.0f MB/s, %.0f responses/s\n", bestCpu,
                bestCpu * 1e6 / double(responses), mb / bestCpu, double(responses) / bestCpu);
    std::printf("  best of 3, wall time: %.3f s, %.2f us/response, %.0f MB/s\n", best,
                best * 1e6 / double(responses), mb / best);

    // Literal path: one 64 MiB BODY[] in 64 KiB chunks, compared with a plain memcpy.
    const qsizetype litSize = qsizetype(64) << 20;
    QByteArray literalStream = "* 1 FETCH (UID 1 BODY[] {" + QByteArray::number(litSize) + "}\r\n";
    literalStream += QByteArray(litSize, 'x');
    literalStream += ")\r\n";
    ParserLimits limits;
    ResponseParser parser(limits);
    QList<Response> out;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < literalStream.size(); i += kChunk)
        parser.feed(QByteArrayView(literalStream).sliced(i, std::min(kChunk, literalStream.size() - i)), out);
    const double litSeconds = timer.nsecsElapsed() / 1e9;
    QByteArray copy(litSize, Qt::Uninitialized);
    timer.restart();
    std::memcpy(copy.data(), literalStream.constData() + 40, size_t(litSize));
    const double memcpySeconds = timer.nsecsElapsed() / 1e9;
    const bool ok = out.size() == 1 && std::holds_alternative<FetchData>(out.first())
        && std::get<FetchData>(out.first()).sections.value(0).data.size() == litSize;
    std::printf("BODY[] literal of 64 MiB: %.1f ms (%.0f MB/s); one memcpy of it: %.1f ms (%.0f MB/s)%s\n",
                litSeconds * 1e3, litSize / 1e6 / litSeconds, memcpySeconds * 1e3, litSize / 1e6 / memcpySeconds,
                ok ? "" : "  [WRONG RESULT]");
    return errors == 0 && responses == count && ok ? 0 : 1;
}
