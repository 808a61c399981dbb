// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/partialmessage.h"

#include "sync/bodystructurecodec.h"
#include "sync/partplan.h"
#include "mime/message.h"

namespace Pigeon::Sync {

namespace {

constexpr int maxDepth = 64;

/// A header block without its final empty line and without marker lines (and their
/// continuation lines) that the server's bytes may carry.
QByteArray cleanHeader(const QByteArray &block)
{
    QByteArray out;
    out.reserve(block.size() + 64);
    bool skipping = false;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        if (bare.isEmpty())
            continue; // the separator (and the split's empty tail)
        const bool continuation = bare.startsWith(' ') || bare.startsWith('\t');
        if (!continuation)
            skipping = bare.size() > PartialMessage::markerName.size()
                && bare.at(PartialMessage::markerName.size()) == ':'
                && QByteArrayView(bare).first(PartialMessage::markerName.size())
                           .compare(PartialMessage::markerName, Qt::CaseInsensitive) == 0;
        if (!skipping)
            out += bare + "\r\n";
    }
    return out;
}

/// Header values rebuilt from BODYSTRUCTURE: quoted, no line breaks.
QByteArray quoted(QByteArray value)
{
    value.replace('\r', ' ').replace('\n', ' ').replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + value + '"';
}

QByteArray parameters(const Imap::ParameterList &list)
{
    QByteArray out;
    for (const auto &[name, value] : list)
        out += "; " + name + '=' + quoted(value);
    return out;
}

QByteArray rebuiltHeader(const Imap::BodyPart &p)
{
    QByteArray h = "Content-Type: " + p.type + '/' + p.subtype + parameters(p.parameters) + "\r\n";
    if (!p.encoding.isEmpty())
        h += "Content-Transfer-Encoding: " + p.encoding + "\r\n";
    if (!p.disposition.isEmpty())
        h += "Content-Disposition: " + p.disposition + parameters(p.dispositionParameters) + "\r\n";
    if (!p.id.isEmpty())
        h += "Content-ID: " + QByteArray(p.id).replace('\r', ' ').replace('\n', ' ') + "\r\n";
    return h;
}

QByteArray boundaryOf(const Imap::BodyPart &p, const QByteArray &section)
{
    const QByteArray b = p.parameter("boundary");
    return b.isEmpty() ? "=_pigeon-part-" + section + "_" : b;
}

class Assembler
{
public:
    explicit Assembler(const QHash<QByteArray, Store::CachedPart> &parts) : m_parts(parts) {}

    /// A leaf: @p header is its header block (cleaned, without the empty line).
    QByteArray leaf(const Imap::BodyPart &p, const QByteArray &section, QByteArray header) const
    {
        const auto it = m_parts.constFind(section);
        if (it == m_parts.constEnd()) {
            // An attached message shows its own header (its subject names it).
            const QByteArray inner = p.type == "message" ? m_parts.value(section + ".HEADER").data : QByteArray();
            return marker("not-downloaded", p) + header + "\r\n" + inner;
        }
        if (!it->complete)
            return marker("truncated", p) + header + "\r\n" + it->data;
        return header + "\r\n" + it->data;
    }

    QByteArray multipartBody(const Imap::BodyPart &p, const QByteArray &section, int depth) const
    {
        const QByteArray boundary = boundaryOf(p, section);
        QByteArray out;
        for (size_t i = 0; i < p.children.size(); ++i) {
            out += "\r\n--" + boundary + "\r\n";
            out += entity(p.children[i], PartPlan::childSection(section, int(i)), depth + 1);
        }
        out += "\r\n--" + boundary + "--\r\n";
        return out;
    }

private:
    QByteArray entity(const Imap::BodyPart &p, const QByteArray &section, int depth) const
    {
        if (p.isMultipart() && depth < maxDepth) {
            const QByteArray header = "Content-Type: multipart/" + p.subtype + "; boundary="
                + quoted(boundaryOf(p, section)) + "\r\n";
            return header + "\r\n" + multipartBody(p, section, depth);
        }
        const auto mime = m_parts.constFind(section + ".MIME");
        return leaf(p, section, mime != m_parts.constEnd() ? cleanHeader(mime->data) : rebuiltHeader(p));
    }

    static QByteArray marker(const char *state, const Imap::BodyPart &p)
    {
        return Mime::Message::placeholderLine(state, p.size);
    }

    const QHash<QByteArray, Store::CachedPart> &m_parts;
};

} // namespace

QByteArray PartialMessage::assemble(const Imap::BodyPart &root, const QHash<QByteArray, Store::CachedPart> &parts)
{
    Assembler a(parts);
    QByteArray header = cleanHeader(parts.value("HEADER").data);
    if (!root.isMultipart()) // RFC 9051 §6.4.5: the single part is 1, HEADER its MIME header
        return a.leaf(root, "1", header);
    return header + "\r\n" + a.multipartBody(root, QByteArray(), 0);
}

} // namespace Pigeon::Sync

namespace Pigeon::Sync {

Result<QByteArray> PartialMessage::fromCache(Store::MailStore *store, Store::MessageId id)
{
    Result<QHash<QByteArray, Store::CachedPart>> parts = Store::ImapCache(store).parts(id);
    if (!parts)
        return parts.error();
    const std::optional<Imap::BodyPart> root = BodyStructureCodec::decode(parts->value("BODYSTRUCTURE").data);
    if (!root || !parts->contains("HEADER"))
        return MailError(MailError::Kind::NotFound, tr("This message has not been downloaded yet."));
    return assemble(*root, *parts);
}

} // namespace Pigeon::Sync
