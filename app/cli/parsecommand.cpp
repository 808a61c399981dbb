// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "app/cli/parsecommand.h"

#include "mime/bodyextractor.h"
#include "mime/headerdecoder.h"
#include "mime/htmltotext.h"
#include "mime/message.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Pigeon::Cli {

using namespace Pigeon::Mime;

namespace {

QJsonArray addressesJson(const AddressList &list)
{
    QJsonArray a;
    for (const Mailbox &m : list)
        a.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("address"), m.address}});
    return a;
}

QString addressesText(const AddressList &list)
{
    QStringList s;
    for (const Mailbox &m : list)
        s.append(m.toString());
    return s.join(QStringLiteral(", "));
}

QString dispositionName(MimePart::Disposition d)
{
    switch (d) {
    case MimePart::Disposition::Inline: return QStringLiteral("inline");
    case MimePart::Disposition::Attachment: return QStringLiteral("attachment");
    case MimePart::Disposition::Unspecified: break;
    }
    return QString();
}

QJsonObject partJson(const MimePart &p, int depth)
{
    QJsonObject o{{QStringLiteral("partId"), p.partId},
                  {QStringLiteral("type"), QString::fromLatin1(p.mimeType)}};
    if (!p.charset.isEmpty())
        o.insert(QStringLiteral("charset"), QString::fromLatin1(p.charset));
    if (p.disposition != MimePart::Disposition::Unspecified)
        o.insert(QStringLiteral("disposition"), dispositionName(p.disposition));
    if (!p.fileName.isEmpty())
        o.insert(QStringLiteral("fileName"), p.fileName);
    if (!p.contentId.isEmpty())
        o.insert(QStringLiteral("contentId"), QString::fromLatin1(p.contentId));
    if (!p.transferEncoding.isEmpty())
        o.insert(QStringLiteral("transferEncoding"), QString::fromLatin1(p.transferEncoding));
    if (p.size >= 0)
        o.insert(QStringLiteral("size"), p.size);
    if (p.embedded)
        o.insert(QStringLiteral("embeddedSubject"), p.embedded->subject);
    if (!p.children.empty()) {
        QJsonArray children;
        if (depth < 64) { // QJsonDocument refuses deeper documents
            for (const MimePart &c : p.children)
                children.append(partJson(c, depth + 1));
        }
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

void partText(const MimePart &p, int depth, QString *out)
{
    QString line = QString(2 * qMin(depth, 40) + 2, QLatin1Char(' ')) + p.partId + QLatin1Char(' ')
        + QString::fromLatin1(p.mimeType);
    if (!p.charset.isEmpty())
        line += QStringLiteral("; charset=") + QString::fromLatin1(p.charset);
    if (p.disposition != MimePart::Disposition::Unspecified)
        line += QLatin1Char(' ') + dispositionName(p.disposition);
    if (!p.fileName.isEmpty())
        line += QStringLiteral(" \"") + p.fileName + QLatin1Char('"');
    if (p.size >= 0)
        line += QStringLiteral(" (%1 bytes)").arg(p.size);
    *out += line + QLatin1Char('\n');
    for (const MimePart &c : p.children)
        partText(c, depth + 1, out);
}

QString formatName(DisplayBody::Format f)
{
    return f == DisplayBody::Format::Html ? QStringLiteral("html") : QStringLiteral("plain");
}

} // namespace

QString ParseCommand::summary() const
{
    return tr("Print the message model of a message file (header, MIME tree, body, attachments)");
}

QString ParseCommand::usage() const
{
    return tr("Usage: pigeon-cli [--json] parse FILE [--html] [--charset CHARSET] [--all-headers]\n"
              "\n"
              "Parses FILE (an .eml, optionally starting with an mbox \"From \" line) the way\n"
              "the reader does and prints the decoded header, the MIME tree with IMAP part\n"
              "numbers, the body text that would be shown and the attachments.\n"
              "  --html          show the HTML alternative when there is one\n"
              "  --charset CS    decode the body as CS (e.g. koi8-r, windows-1251, windows-1256)\n"
              "  --all-headers   list every header field, decoded");
}

QJsonObject ParseCommand::toJson(const Message &message, const BodyOptions &options)
{
    const HeaderSummary &s = message.summary();
    QJsonObject o;
    o.insert(QStringLiteral("subject"), s.subject);
    o.insert(QStringLiteral("from"), addressesJson(s.from));
    o.insert(QStringLiteral("to"), addressesJson(s.to));
    o.insert(QStringLiteral("cc"), addressesJson(s.cc));
    if (!s.replyTo.isEmpty())
        o.insert(QStringLiteral("replyTo"), addressesJson(s.replyTo));
    o.insert(QStringLiteral("date"), s.date.isValid() ? s.date.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("messageId"), QString::fromUtf8(s.messageId));
    if (!s.inReplyTo.isEmpty())
        o.insert(QStringLiteral("inReplyTo"), QString::fromUtf8(s.inReplyTo));
    QJsonArray refs;
    for (const QByteArray &r : s.references)
        refs.append(QString::fromUtf8(r));
    o.insert(QStringLiteral("references"), refs);
    QJsonArray headers;
    for (const HeaderField &f : message.headers())
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(f.name)},
                                   {QStringLiteral("value"),
                                    HeaderDecoder::decodeText(f.rawValue, message.fallbackCharset())}});
    o.insert(QStringLiteral("headers"), headers);
    o.insert(QStringLiteral("mime"), partJson(message.root(), 0));
    o.insert(QStringLiteral("truncated"), message.truncated());

    const DisplayBody body = BodyExtractor::extract(message, options);
    QJsonArray segments;
    for (const DisplayBody::Segment &seg : body.segments)
        segments.append(QJsonObject{{QStringLiteral("partId"), seg.partId},
                                    {QStringLiteral("format"), formatName(seg.format)},
                                    {QStringLiteral("charset"), QString::fromLatin1(seg.charset)},
                                    {QStringLiteral("text"), seg.text}});
    o.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("segments"), segments},
                                                 {QStringLiteral("text"), body.plainText()},
                                                 {QStringLiteral("hasHtml"), body.hasHtml},
                                                 {QStringLiteral("hasPlain"), body.hasPlain}});
    QJsonArray attachments;
    for (const AttachmentInfo &a : BodyExtractor::attachments(message)) {
        QJsonObject ao{{QStringLiteral("partId"), a.partId},
                       {QStringLiteral("fileName"), a.fileName},
                       {QStringLiteral("type"), QString::fromLatin1(a.mimeType)},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("executable"), a.executable}};
        if (a.originalName != a.fileName && !a.originalName.isEmpty())
            ao.insert(QStringLiteral("originalName"), a.originalName);
        attachments.append(ao);
    }
    o.insert(QStringLiteral("attachments"), attachments);
    return o;
}

QString ParseCommand::toText(const Message &message, const BodyOptions &options)
{
    const HeaderSummary &s = message.summary();
    QString t;
    t += QStringLiteral("Subject: ") + s.subject + QLatin1Char('\n');
    t += QStringLiteral("From: ") + addressesText(s.from) + QLatin1Char('\n');
    if (!s.to.isEmpty())
        t += QStringLiteral("To: ") + addressesText(s.to) + QLatin1Char('\n');
    if (!s.cc.isEmpty())
        t += QStringLiteral("Cc: ") + addressesText(s.cc) + QLatin1Char('\n');
    t += QStringLiteral("Date: ")
        + (s.date.isValid() ? s.date.toString(Qt::ISODate) + QStringLiteral(" (local ")
                   + s.date.toLocalTime().toString(Qt::ISODate) + QLatin1Char(')')
                            : QStringLiteral("(none)"))
        + QLatin1Char('\n');
    if (!s.messageId.isEmpty())
        t += QStringLiteral("Message-ID: ") + QString::fromUtf8(s.messageId) + QLatin1Char('\n');
    t += QStringLiteral("\nMIME tree%1:\n").arg(message.truncated() ? QStringLiteral(" (truncated)") : QString());
    partText(message.root(), 0, &t);

    const DisplayBody body = BodyExtractor::extract(message, options);
    for (const DisplayBody::Segment &seg : body.segments) {
        t += QStringLiteral("\nBody part %1 (%2, %3):\n")
                 .arg(seg.partId, formatName(seg.format), QString::fromLatin1(seg.charset));
        t += seg.format == DisplayBody::Format::Html ? HtmlToText::convert(seg.text) : seg.text;
        if (!t.endsWith(QLatin1Char('\n')))
            t += QLatin1Char('\n');
    }
    const auto attachments = BodyExtractor::attachments(message);
    t += QStringLiteral("\nAttachments: %1\n").arg(attachments.size());
    for (const AttachmentInfo &a : attachments) {
        t += QStringLiteral("  %1  %2  %3  %4 bytes%5\n")
                 .arg(a.partId, a.fileName, QString::fromLatin1(a.mimeType))
                 .arg(a.size)
                 .arg(a.executable ? QStringLiteral("  [executable]") : QString());
    }
    return t;
}

bool ParseCommand::takeOptions(QStringList &args, BodyOptions *options, bool *allHeaders, QString *error)
{
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--html")) {
            options->preferHtml = true;
        } else if (a == QLatin1String("--all-headers")) {
            *allHeaders = true;
        } else if (a == QLatin1String("--charset") && i + 1 < args.size()) {
            options->charsetOverride = args.at(++i).toLatin1();
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = tr("unknown option: %1").arg(a);
            return false;
        } else {
            rest << a;
        }
    }
    args = rest;
    return true;
}

void ParseCommand::print(QTextStream &out, bool json, const Message &message,
                         const BodyOptions &options, bool allHeaders)
{
    if (json) {
        out << QJsonDocument(toJson(message, options)).toJson(QJsonDocument::Indented);
        return;
    }
    out << toText(message, options);
    if (allHeaders) {
        out << "\nAll headers:\n";
        for (const HeaderField &f : message.headers())
            out << "  " << f.name << ": "
                << HeaderDecoder::decodeText(f.rawValue, message.fallbackCharset()) << '\n';
    }
}

void ParseCommand::start(const QStringList &arguments)
{
    QStringList args = arguments;
    BodyOptions options;
    bool allHeaders = false;
    QString problem;
    if (!takeOptions(args, &options, &allHeaders, &problem)) {
        usageError(problem);
        return;
    }
    if (args.size() > 1) {
        usageError(tr("only one file, please"));
        return;
    }
    if (args.isEmpty()) {
        usageError(tr("parse needs a FILE"));
        return;
    }
    const QString file = args.first();
    if (!QFileInfo(file).isFile()) {
        fail(MailError(MailError::Kind::NotFound, tr("no such file: %1").arg(file)));
        return;
    }
    auto parsed = Message::parseFile(file);
    if (!parsed) {
        fail(parsed.error());
        return;
    }
    print(out(), context().json, parsed.value(), options, allHeaders);
    finish(ExitOk);
}

} // namespace Pigeon::Cli
