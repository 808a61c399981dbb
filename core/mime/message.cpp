// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/message.h"

#include "common/logging.h"
#include "mime/gmimeglue.h"
#include "mime/headerdecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace Pigeon::Mime {

using namespace Detail;

struct Message::Data
{
    QByteArray raw;                 // parse(): the source bytes
    QString path;                   // parseFile(): the source file
    GPtr<GMimeStream> stream;       // what GMime parsed; parts are ranges of it
    GPtr<GMimeMessage> message;
    QHash<QString, GMimeObject *> objects; // borrowed: kept alive by `message`
    QHash<QString, QByteArray> fetched;    // fromStructure() content, already decoded
    HeaderFields headers;
    HeaderSummary summary;
    MimePart root;
    QByteArray fallbackCharset;
    bool truncated = false;
    int partCount = 0;
};

namespace {

/// Unguessable by a sender and stable for the process's life (PartialMessage writes
/// the marker and the reader parses it in the same process).
const QByteArray &placeholderToken()
{
    static const QByteArray token = [] {
        QByteArray t(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(t.data()), t.size() / 4);
        return t.toHex();
    }();
    return token;
}

MailError error(MailError::Kind kind, const char *text)
{
    return MailError(kind, QCoreApplication::translate("Pigeon::Mime::Message", text));
}

QString childPrefix(const QString &id)
{
    if (id == QLatin1String("TEXT"))
        return QString();
    if (id.endsWith(QLatin1String(".TEXT")))
        return id.chopped(4);
    return id + QLatin1Char('.');
}

qint64 estimateDecoded(qint64 encoded, GMimeContentEncoding enc)
{
    switch (enc) {
    case GMIME_CONTENT_ENCODING_BASE64:
        return encoded * 3 / 4 * 76 / 78; // 76-char lines plus CRLF
    case GMIME_CONTENT_ENCODING_UUENCODE:
        return encoded * 45 / 62;
    default:
        return encoded;
    }
}

class TreeBuilder
{
public:
    explicit TreeBuilder(Message::Data *d) : m_d(d) {}

    void build(GMimeObject *object, MimePart *part, const QString &id, int depth)
    {
        ++m_d->partCount;
        part->partId = id;
        m_d->objects.insert(id, object);
        describe(object, part);
        if (depth >= Message::MaxDepth) {
            m_d->truncated = true;
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *mp = GMIME_MULTIPART(object);
            const int n = g_mime_multipart_get_count(mp);
            const QString prefix = childPrefix(id);
            part->children.reserve(size_t(n));
            for (int i = 0; i < n; ++i) {
                if (m_d->partCount >= Message::MaxParts) {
                    m_d->truncated = true;
                    break;
                }
                part->children.emplace_back();
                build(g_mime_multipart_get_part(mp, i), &part->children.back(),
                      prefix + QString::number(i + 1), depth + 1);
            }
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (!inner)
                return;
            auto summary = QSharedPointer<HeaderSummary>::create(
                HeaderSummary::fromFields(headerFields(GMIME_OBJECT(inner))));
            part->embedded = summary;
            GMimeObject *body = g_mime_message_get_mime_part(inner);
            // A placeholder carries the attached message's header only: nothing to walk.
            if (body && m_d->partCount < Message::MaxParts
                && part->contentState != MimePart::ContentState::NotDownloaded) {
                part->children.emplace_back();
                build(body, &part->children.back(),
                      GMIME_IS_MULTIPART(body) ? id + QLatin1String(".TEXT") : id + QLatin1String(".1"),
                      depth + 1);
            }
        }
    }

    /// The line Sync::PartialMessage puts on a part of an IMAP message that is not
    /// downloaded yet: `X-Pigeon-Part: not-downloaded; size=N` (N transfer-encoded).
    /// @p headers: where the line is; a single-part message keeps it in the message's
    /// own header, not in its body part's.
    /// A text cut at the cap (`truncated; size=N`) keeps its content and learns only
    /// that it is cut and how long the whole is (false: describe it as usual).
    static bool readPlaceholder(GMimeObject *object, MimePart *part, GMimeObject *headers = nullptr)
    {
        const QByteArray mark = bytes(g_mime_object_get_header(headers ? headers : object, "X-Pigeon-Part")).trimmed();
        if (!mark.endsWith(QByteArray("; token=" + placeholderToken())))
            return false;
        if (mark.startsWith("truncated")) {
            part->cutFromEncodedSize = std::max<qint64>(0, markedSize(mark));
            return false;
        }
        if (!mark.startsWith("not-downloaded"))
            return false;
        part->contentState = MimePart::ContentState::NotDownloaded;
        if (GMIME_IS_PART(object)) {
            const GMimeContentEncoding enc = g_mime_part_get_content_encoding(GMIME_PART(object));
            if (enc != GMIME_CONTENT_ENCODING_DEFAULT)
                part->transferEncoding = QByteArray(g_mime_content_encoding_to_string(enc)).toLower();
            part->fileName = QString::fromUtf8(g_mime_part_get_filename(GMIME_PART(object)));
        } else {
            const char *name = g_mime_object_get_content_disposition_parameter(object, "filename");
            part->fileName = QString::fromUtf8(name ? name : g_mime_object_get_content_type_parameter(object, "name"));
        }
        const qint64 encoded = markedSize(mark);
        part->encodedSize = encoded;
        part->size = encoded >= 0
            ? estimateDecoded(encoded, g_mime_content_encoding_from_string(part->transferEncoding.constData()))
            : -1;
        return true;
    }

    /// The `size=N` of a placeholder line, -1 when absent or not a number.
    static qint64 markedSize(const QByteArray &mark)
    {
        const qsizetype at = mark.indexOf("size=");
        bool ok = false;
        const qint64 n = at < 0 ? -1 : mark.mid(at + 5).split(';').first().trimmed().toLongLong(&ok);
        return ok ? n : -1;
    }

private:
    static void describe(GMimeObject *object, MimePart *part)
    {
        if (GMimeContentType *ct = g_mime_object_get_content_type(object)) {
            part->mimeType = (QByteArray(g_mime_content_type_get_media_type(ct)) + '/'
                              + QByteArray(g_mime_content_type_get_media_subtype(ct)))
                                 .toLower();
            part->charset = bytes(g_mime_content_type_get_parameter(ct, "charset"));
            part->format = bytes(g_mime_content_type_get_parameter(ct, "format")).toLower();
            part->delSp = qstricmp(g_mime_content_type_get_parameter(ct, "delsp"), "yes") == 0;
            part->relatedStart = HeaderDecoder::decodeMessageId(
                bytes(g_mime_content_type_get_parameter(ct, "start")));
        }
        if (GMimeContentDisposition *cd = g_mime_object_get_content_disposition(object)) {
            if (g_mime_content_disposition_is_attachment(cd))
                part->disposition = MimePart::Disposition::Attachment;
            else
                part->disposition = MimePart::Disposition::Inline;
        }
        part->contentId = bytes(g_mime_object_get_content_id(object));
        if (readPlaceholder(object, part))
            return;
        if (!GMIME_IS_PART(object)) {
            // message/rfc822 parts carry names too ("Message01.eml").
            const char *name = g_mime_object_get_content_disposition_parameter(object, "filename");
            if (!name)
                name = g_mime_object_get_content_type_parameter(object, "name");
            part->fileName = QString::fromUtf8(name);
            if (GMIME_IS_MESSAGE_PART(object)) {
                if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object))) {
                    auto counter = adopt(g_mime_stream_null_new());
                    const ssize_t n = g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, counter.get());
                    if (n >= 0)
                        part->size = part->encodedSize = n;
                }
            }
            return;
        }
        GMimePart *leaf = GMIME_PART(object);
        part->fileName = QString::fromUtf8(g_mime_part_get_filename(leaf));
        part->contentLocation = QString::fromUtf8(g_mime_part_get_content_location(leaf));
        if (const char *desc = g_mime_object_get_header(object, "Content-Description"))
            part->description = HeaderDecoder::decodeText(desc);
        const GMimeContentEncoding enc = g_mime_part_get_content_encoding(leaf);
        if (enc != GMIME_CONTENT_ENCODING_DEFAULT)
            part->transferEncoding = QByteArray(g_mime_content_encoding_to_string(enc)).toLower();
        if (GMimeDataWrapper *wrapper = g_mime_part_get_content(leaf)) {
            if (GMimeStream *s = g_mime_data_wrapper_get_stream(wrapper)) {
                const gint64 len = g_mime_stream_length(s);
                if (len >= 0) {
                    part->encodedSize = len;
                    part->size = estimateDecoded(len, g_mime_data_wrapper_get_encoding(wrapper));
                }
            }
        } else {
            part->encodedSize = part->size = 0;
        }
    }

    Message::Data *m_d;
};

QByteArray firstTextCharset(const MimePart &root)
{
    QByteArray found;
    root.forEach([&found](const MimePart &p) {
        if (found.isEmpty() && p.isText() && !p.charset.isEmpty())
            found = p.charset;
    });
    return found;
}

/// Streams the decoded content of a GMime leaf through its transfer-encoding filter.
qint64 streamLeaf(GMimePart *leaf, QIODevice *out, qint64 maxBytes, bool *overflow)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(leaf);
    if (!wrapper)
        return 0;
    GMimeStream *encoded = g_mime_data_wrapper_get_stream(wrapper);
    if (!encoded)
        return 0;
    g_mime_stream_reset(encoded);
    auto filtered = adopt(g_mime_stream_filter_new(encoded));
    const GMimeContentEncoding enc = g_mime_data_wrapper_get_encoding(wrapper);
    if (enc == GMIME_CONTENT_ENCODING_BASE64 || enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
        || enc == GMIME_CONTENT_ENCODING_UUENCODE) {
        auto filter = adopt(g_mime_filter_basic_new(enc, FALSE));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), filter.get());
    }
    qint64 total = 0;
    char buf[64 * 1024];
    while (true) {
        const ssize_t n = g_mime_stream_read(filtered.get(), buf, sizeof buf);
        if (n <= 0)
            break;
        if (maxBytes >= 0 && total + n > maxBytes) {
            *overflow = true;
            break;
        }
        if (out->write(buf, n) != n)
            return -1;
        total += n;
    }
    return total;
}

} // namespace

Message::Message() : d(std::make_shared<Data>()) {}

Result<Message> Message::fromStream(void *streamPtr, QByteArray raw, QString path)
{
    auto stream = adopt(static_cast<GMimeStream *>(streamPtr));
    auto gmsg = parseMessage(stream.get());
    if (!gmsg) {
        // Not RFC 5322 at all (an Outlook .msg, a stray binary): like mature clients,
        // show an empty header and offer the bytes as one part instead of failing.
        qCInfo(lcMime) << "input has no RFC 5322 header; treating it as one binary part";
        g_mime_stream_reset(stream.get());
        gmsg = adopt(g_mime_message_new(FALSE));
        auto leaf = adopt(g_mime_part_new_with_type("application", "octet-stream"));
        auto wrapper = adopt(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(leaf.get(), wrapper.get());
        g_mime_message_set_mime_part(gmsg.get(), GMIME_OBJECT(leaf.get()));
    }
    Message m;
    Data *d = m.d.get();
    d->raw = std::move(raw);
    d->path = std::move(path);
    d->stream = std::move(stream);
    d->headers = headerFields(GMIME_OBJECT(gmsg.get()));
    GMimeObject *body = g_mime_message_get_mime_part(gmsg.get());
    d->message = std::move(gmsg);
    if (body) {
        TreeBuilder(d).build(body, &d->root,
                             GMIME_IS_MULTIPART(body) ? QStringLiteral("TEXT") : QStringLiteral("1"), 0);
        if (!GMIME_IS_MULTIPART(body))
            TreeBuilder::readPlaceholder(body, &d->root, GMIME_OBJECT(d->message.get()));
    } else {
        d->root.partId = QStringLiteral("1");
        d->root.size = d->root.encodedSize = 0;
    }
    if (d->truncated)
        qCWarning(lcMime) << "MIME tree cut at" << d->partCount << "parts / depth" << MaxDepth;
    d->fallbackCharset = firstTextCharset(d->root);
    d->summary = HeaderSummary::fromFields(d->headers, d->fallbackCharset);
    if (d->root.isMultipart() || d->root.mimeType != "text/plain")
        d->summary.contentType = d->root.mimeType;
    return m;
}

QByteArray Message::placeholderLine(QByteArrayView state, qint64 encodedSize)
{
    return "X-Pigeon-Part: " + state.toByteArray() + "; size=" + QByteArray::number(encodedSize)
        + "; token=" + placeholderToken() + "\r\n";
}

Result<Message> Message::parse(const QByteArray &raw)
{
    const QByteArrayView body = skipEnvelopeLine(raw);
    auto stream = memoryStream(body);
    return fromStream(stream.release(), raw, QString());
}

Result<Message> Message::parseFile(const QString &path)
{
    ensureGMime();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return error(MailError::Kind::Io, QT_TRANSLATE_NOOP("Pigeon::Mime::Message",
                                                             "The message file could not be opened."));
    // The fs stream owns the descriptor and reads in small blocks; with a persistent
    // parser, part contents stay ranges of the file.
    GMimeStream *fs = g_mime_stream_fs_new(fd);
    char head[5] = {};
    if (g_mime_stream_read(fs, head, 5) == 5 && memcmp(head, "From ", 5) == 0) {
        // Skip the mbox envelope line: the substream starts after it.
        char c = 0;
        while (g_mime_stream_read(fs, &c, 1) == 1 && c != '\n') {}
        const gint64 start = g_mime_stream_tell(fs);
        GMimeStream *sub = g_mime_stream_substream(fs, start, -1);
        g_object_unref(fs);
        fs = sub;
    } else {
        g_mime_stream_reset(fs);
    }
    return fromStream(fs, QByteArray(), path);
}

Message Message::fromStructure(const HeaderFields &headers, MimePart root)
{
    Message m;
    m.d->headers = headers;
    m.d->root = std::move(root);
    m.d->fallbackCharset = firstTextCharset(m.d->root);
    m.d->summary = HeaderSummary::fromFields(headers, m.d->fallbackCharset);
    m.d->partCount = m.d->root.count();
    return m;
}

bool Message::isNull() const { return !d->message && d->headers.isEmpty() && d->root.children.empty(); }
const HeaderFields &Message::headers() const { return d->headers; }
const HeaderSummary &Message::summary() const { return d->summary; }
const MimePart &Message::root() const { return d->root; }
const MimePart *Message::part(QStringView partId) const { return d->root.find(partId); }
bool Message::truncated() const { return d->truncated; }
QByteArray Message::fallbackCharset() const { return d->fallbackCharset; }

QString Message::headerText(QByteArrayView name) const
{
    const QByteArray raw = headerValue(d->headers, name);
    if (raw.isNull())
        return QString();
    return HeaderDecoder::decodeText(raw, d->fallbackCharset);
}

QByteArray Message::source(qint64 maxBytes) const
{
    if (!d->raw.isNull())
        return d->raw.left(maxBytes);
    if (!d->path.isEmpty()) {
        QFile f(d->path);
        if (f.open(QIODevice::ReadOnly))
            return f.read(maxBytes);
    }
    return {};
}

Result<qint64> Message::writeContent(QStringView partId, QIODevice *out) const
{
    const QString id = partId.toString();
    const MimePart *p = part(partId);
    if (!p)
        return error(MailError::Kind::NotFound, QT_TRANSLATE_NOOP("Pigeon::Mime::Message", "No such part."));
    const auto it = d->fetched.constFind(id);
    if (it == d->fetched.constEnd() && p->contentState == MimePart::ContentState::NotDownloaded)
        return error(MailError::Kind::NotFound, QT_TRANSLATE_NOOP("Pigeon::Mime::Message",
                                                                  "This part has not been downloaded yet."));
    if (it != d->fetched.constEnd()) {
        if (out->write(*it) != it->size())
            return error(MailError::Kind::Io, QT_TRANSLATE_NOOP("Pigeon::Mime::Message", "Writing failed."));
        return qint64(it->size());
    }
    GMimeObject *object = d->objects.value(id);
    if (!object)
        return error(MailError::Kind::NotFound, QT_TRANSLATE_NOOP("Pigeon::Mime::Message",
                                                                  "This part has not been downloaded yet."));
    if (GMIME_IS_PART(object)) {
        bool overflow = false;
        const qint64 n = streamLeaf(GMIME_PART(object), out, -1, &overflow);
        if (n < 0)
            return error(MailError::Kind::Io, QT_TRANSLATE_NOOP("Pigeon::Mime::Message", "Writing failed."));
        return n;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        auto mem = adopt(g_mime_stream_mem_new());
        if (inner)
            g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, mem.get());
        GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
        const qint64 n = array ? qint64(array->len) : 0;
        if (n > 0 && out->write(reinterpret_cast<const char *>(array->data), n) != n)
            return error(MailError::Kind::Io, QT_TRANSLATE_NOOP("Pigeon::Mime::Message", "Writing failed."));
        return n;
    }
    return error(MailError::Kind::InvalidInput, QT_TRANSLATE_NOOP("Pigeon::Mime::Message",
                                                                  "A multipart has no content of its own."));
}

Result<QByteArray> Message::content(QStringView partId, qint64 maxBytes) const
{
    if (auto it = d->fetched.constFind(partId.toString()); it != d->fetched.constEnd())
        return *it;
    GMimeObject *object = d->objects.value(partId.toString());
    if (const MimePart *p = part(partId); p && p->contentState == MimePart::ContentState::NotDownloaded)
        object = nullptr; // writeContent() says why
    if (object && GMIME_IS_PART(object)) {
        // Refuse from the size estimate (within ~2%) before decoding 64 MB for nothing.
        const MimePart *p = part(partId);
        if (maxBytes >= 0 && p && p->size > maxBytes + maxBytes / 8)
            return error(MailError::Kind::LimitExceeded, QT_TRANSLATE_NOOP("Pigeon::Mime::Message",
                                                                           "The part is too large."));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        bool overflow = false;
        streamLeaf(GMIME_PART(object), &buffer, maxBytes, &overflow);
        if (overflow)
            return error(MailError::Kind::LimitExceeded, QT_TRANSLATE_NOOP("Pigeon::Mime::Message",
                                                                           "The part is too large."));
        return bytes;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto written = writeContent(partId, &buffer);
    if (!written)
        return written.error();
    return bytes;
}

Result<void> Message::setContent(QStringView partId, const QByteArray &bytes, bool transferEncoded)
{
    MimePart *p = d->root.find(partId);
    if (!p || p->isMultipart())
        return error(MailError::Kind::NotFound, QT_TRANSLATE_NOOP("Pigeon::Mime::Message", "No such part."));
    QByteArray decoded = bytes;
    const GMimeContentEncoding enc = g_mime_content_encoding_from_string(p->transferEncoding.constData());
    if (transferEncoded && (enc == GMIME_CONTENT_ENCODING_BASE64 || enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
                            || enc == GMIME_CONTENT_ENCODING_UUENCODE)) {
        ensureGMime();
        GMimeEncoding state;
        g_mime_encoding_init_decode(&state, enc);
        decoded.resize(qsizetype(g_mime_encoding_outlen(&state, size_t(bytes.size()))));
        const size_t n = g_mime_encoding_flush(&state, bytes.constData(), size_t(bytes.size()), decoded.data());
        decoded.truncate(qsizetype(n));
    }
    p->size = decoded.size();
    p->contentState = MimePart::ContentState::Available;
    d->fetched.insert(partId.toString(), decoded);
    if (d->fallbackCharset.isEmpty())
        d->fallbackCharset = firstTextCharset(d->root);
    return {};
}

} // namespace Pigeon::Mime
