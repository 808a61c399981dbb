// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "net/transcriptlogger.h"

#include "common/logging.h"
#include "common/redactor.h"

namespace Pigeon::Net {

namespace {

// The log is for people: longer lines are cut, bigger writes (message bodies) counted.
constexpr qsizetype kMaxLoggedLine = 1000;
constexpr qsizetype kMaxLoggedWrite = 64 * 1024;

QByteArray shortened(QByteArrayView text)
{
    QByteArray out = text.toByteArray();
    while (out.endsWith('\n') || out.endsWith('\r'))
        out.chop(1);
    if (out.size() > kMaxLoggedLine) {
        const qsizetype total = out.size();
        out.truncate(kMaxLoggedLine);
        out += "... (" + QByteArray::number(total) + " bytes)";
    }
    return out;
}

void write(const QString &label, char direction, QByteArrayView text)
{
    qCDebug(lcNetTranscript).noquote().nospace()
        << label << ' ' << QLatin1Char(direction) << ": " << QString::fromUtf8(text);
}

QByteArray byteCount(qint64 size)
{
    return '{' + QByteArray::number(size) + " bytes}";
}

} // namespace

bool TranscriptLogger::enabled()
{
    return lcNetTranscript().isDebugEnabled();
}

void TranscriptLogger::client(const QString &label, QByteArrayView data)
{
    if (!enabled())
        return;
    if (data.size() > kMaxLoggedWrite) {
        write(label, 'C', byteCount(data.size()));
        return;
    }
    // Several pipelined commands may come in one write; each is redacted on its own.
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        write(label, 'C', shortened(Redactor::redactClientLine(data.sliced(start, end - start))));
        start = end;
    }
}

void TranscriptLogger::sensitive(const QString &label, QByteArrayView visiblePrefix)
{
    if (enabled())
        write(label, 'C', Redactor::sensitive(visiblePrefix));
}

void TranscriptLogger::serverLine(const QString &label, QByteArrayView line)
{
    if (enabled())
        write(label, 'S', shortened(line));
}

void TranscriptLogger::serverLiteral(const QString &label, qint64 size)
{
    if (enabled())
        write(label, 'S', byteCount(size));
}

void TranscriptLogger::note(const QString &label, char direction, QByteArrayView text)
{
    if (enabled())
        write(label, direction, text);
}

} // namespace Pigeon::Net
