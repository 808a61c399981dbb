// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/wire/messagedata.h"
#include "imap/wire/reader.h"
#include "imap/wire/response.h"

namespace Pigeon::Imap {

QByteArray BodyPart::parameter(QByteArrayView name) const
{
    for (const auto &p : parameters) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return {};
}

bool hasAttachments(const BodyPart &part)
{
    if (part.disposition.compare("attachment", Qt::CaseInsensitive) == 0)
        return true;
    if (part.isMultipart()) {
        for (const BodyPart &child : part.children)
            if (hasAttachments(child))
                return true;
        return false;
    }
    return part.type != "text" && part.type != "multipart" && part.type != "message"
        && !part.parameter("name").isNull();
}

bool BodyPart::operator==(const BodyPart &o) const
{
    return type == o.type && subtype == o.subtype && parameters == o.parameters && id == o.id
        && description == o.description && encoding == o.encoding && size == o.size
        && lines == o.lines && sameValue(envelope, o.envelope) && children == o.children
        && md5 == o.md5 && disposition == o.disposition
        && dispositionParameters == o.dispositionParameters && languages == o.languages
        && location == o.location && hasExtensionData == o.hasExtensionData;
}

QByteArray FetchData::section(QByteArrayView name, bool binary) const
{
    for (const BodySection &s : sections) {
        if (s.binary == binary && s.section.compare(name, Qt::CaseInsensitive) == 0)
            return s.data;
    }
    return {};
}

bool FetchData::operator==(const FetchData &o) const
{
    return sequence == o.sequence && items == o.items && uid == o.uid && flags == o.flags
        && internalDate == o.internalDate && saveDate == o.saveDate && rfc822Size == o.rfc822Size
        && envelope == o.envelope && sameValue(body, o.body) && bodySummary == o.bodySummary
        && sections == o.sections
        && binarySizes == o.binarySizes && modSeq == o.modSeq && preview == o.preview
        && gmMsgId == o.gmMsgId && gmThrId == o.gmThrId && gmLabels == o.gmLabels
        && emailId == o.emailId && threadId == o.threadId && unknown == o.unknown;
}

namespace {

int twoDigits(const char *p)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

int monthNumber(const char *p)
{
    static const char names[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    char m[3];
    for (int i = 0; i < 3; ++i)
        m[i] = (p[i] >= 'a' && p[i] <= 'z') ? char(p[i] - 32) : p[i];
    for (int i = 0; i < 12; ++i) {
        if (names[i * 3] == m[0] && names[i * 3 + 1] == m[1] && names[i * 3 + 2] == m[2])
            return i + 1;
    }
    return 0;
}

} // namespace

QDateTime parseInternalDate(QByteArrayView text)
{
    // RFC 9051 §9: date-time = DQUOTE date-day-fixed "-" date-month "-" date-year
    //                          SP time SP zone DQUOTE ;  e.g. " 7-Jul-1996 02:44:25 -0700"
    // Hand-rolled: QDateTime::fromString costs microseconds per call on this hot path.
    QByteArrayView t = text.trimmed();
    if (t.size() < 25)
        return {};
    const char *p = t.data();
    int day;
    if (p[1] == '-') { // a one-digit day without the padding space
        day = p[0] - '0';
        p += 2;
    } else {
        day = p[0] == ' ' ? p[1] - '0' : twoDigits(p);
        p += 3;
        if (p[-1] != '-')
            return {};
    }
    if (t.size() - (p - t.data()) < 23)
        return {};
    const int month = monthNumber(p);
    if (month == 0 || p[3] != '-')
        return {};
    p += 4;
    const int y1 = twoDigits(p), y2 = twoDigits(p + 2);
    if (y1 < 0 || y2 < 0 || p[4] != ' ')
        return {};
    p += 5;
    const int hh = twoDigits(p), mm = twoDigits(p + 3), ss = twoDigits(p + 6);
    if (hh < 0 || mm < 0 || ss < 0 || p[2] != ':' || p[5] != ':' || p[8] != ' ')
        return {};
    p += 9;
    const char sign = p[0];
    const int zh = twoDigits(p + 1), zm = twoDigits(p + 3);
    if ((sign != '+' && sign != '-') || zh < 0 || zm < 0)
        return {};
    const QDate date(y1 * 100 + y2, month, day);
    const QTime time(hh, mm, ss);
    if (!date.isValid() || !time.isValid())
        return {};
    const int offset = (zh * 3600 + zm * 60) * (sign == '-' ? -1 : 1);
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

} // namespace Pigeon::Imap
