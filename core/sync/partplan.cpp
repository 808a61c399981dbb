// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/partplan.h"

#include "mime/bodyextractor.h"

namespace Pigeon::Sync {

namespace {

constexpr int maxDepth = 64;

QByteArray paramOf(const Imap::ParameterList &list, QByteArrayView name)
{
    for (const auto &[n, v] : list)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void convert(const Imap::BodyPart &in, const QByteArray &section, Mime::MimePart *out, int depth)
{
    out->partId = QString::fromLatin1(section.isEmpty() ? QByteArray("TEXT") : section);
    out->mimeType = in.type + '/' + in.subtype;
    out->charset = in.parameter("charset");
    out->format = in.parameter("format").toLower();
    out->delSp = in.parameter("delsp").compare("yes", Qt::CaseInsensitive) == 0;
    if (in.disposition == "attachment")
        out->disposition = Mime::MimePart::Disposition::Attachment;
    else if (!in.disposition.isNull())
        out->disposition = Mime::MimePart::Disposition::Inline;
    QByteArray name = paramOf(in.dispositionParameters, "filename");
    if (name.isEmpty())
        name = paramOf(in.dispositionParameters, "filename*");
    if (name.isEmpty())
        name = in.parameter("name");
    if (name.isEmpty())
        name = in.parameter("name*");
    out->fileName = QString::fromUtf8(name);
    out->contentId = in.id;
    if (out->contentId.startsWith('<') && out->contentId.endsWith('>'))
        out->contentId = out->contentId.mid(1, out->contentId.size() - 2);
    out->relatedStart = in.parameter("start");
    if (out->relatedStart.startsWith('<') && out->relatedStart.endsWith('>'))
        out->relatedStart = out->relatedStart.mid(1, out->relatedStart.size() - 2);
    out->transferEncoding = in.encoding.toLower();
    out->encodedSize = qint64(in.size);
    out->size = qint64(in.size);
    out->contentState = Mime::MimePart::ContentState::NotDownloaded;
    // An attached message is one attachment: its own parts are not walked.
    if (!in.isMultipart() || depth >= maxDepth)
        return;
    out->children.resize(in.children.size());
    for (size_t i = 0; i < in.children.size(); ++i)
        convert(in.children[i], PartPlan::childSection(section, int(i)), &out->children[i], depth + 1);
}

void leaves(const Mime::MimePart &p, QList<QByteArray> *out, QList<QByteArray> *messages)
{
    if (p.isMultipart()) {
        for (const Mime::MimePart &c : p.children)
            leaves(c, out, messages);
        return;
    }
    out->append(p.partId.toLatin1());
    if (p.isMessage())
        messages->append(p.partId.toLatin1());
}

} // namespace

QByteArray PartPlan::childSection(const QByteArray &section, int index)
{
    const QByteArray n = QByteArray::number(index + 1);
    return section.isEmpty() ? n : section + '.' + n;
}

Mime::MimePart PartPlan::mimeTree(const Imap::BodyPart &root)
{
    Mime::MimePart out;
    // RFC 9051 §6.4.5: a message that is not multipart has one part, numbered 1.
    convert(root, root.isMultipart() ? QByteArray() : QByteArray("1"), &out, 0);
    return out;
}

PartPlan PartPlan::choose(const Imap::BodyPart &root, quint64 textCap)
{
    PartPlan plan;
    plan.cap = textCap;
    const Mime::MimePart tree = mimeTree(root);
    for (bool html : {false, true}) {
        for (const Mime::MimePart *p : Mime::BodyExtractor::bodyParts(tree, html)) {
            const QByteArray section = p->partId.toLatin1();
            if (plan.texts.contains(section))
                continue;
            plan.texts.append(section);
            if (quint64(p->encodedSize) > textCap)
                plan.capped.append(section);
        }
    }
    if (root.isMultipart()) {
        QList<QByteArray> all, messages;
        leaves(tree, &all, &messages);
        if (all.size() <= MaxMimeHeaders) {
            plan.mimes = all;
            plan.headers = messages;
        }
        else // at least the texts' own headers (charset, format=flowed)
            plan.mimes = plan.texts;
    }
    return plan;
}

QList<QByteArray> PartPlan::fetchItems() const
{
    QList<QByteArray> items{"BODY.PEEK[HEADER]"};
    for (const QByteArray &s : mimes)
        items << "BODY.PEEK[" + s + ".MIME]";
    for (const QByteArray &s : headers)
        items << "BODY.PEEK[" + s + ".HEADER]";
    for (const QByteArray &s : texts)
        items << (capped.contains(s) ? QByteArray("BODY.PEEK[" + s + "]<0." + QByteArray::number(cap) + '>')
                                     : QByteArray("BODY.PEEK[" + s + ']'));
    return items;
}

} // namespace Pigeon::Sync
