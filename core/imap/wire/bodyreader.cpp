// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// BODY and BODYSTRUCTURE (RFC 9051 §7.5.2, §9 `body`). Real servers bend this grammar
// more than any other, so the reader is tolerant where a tolerant reading is unambiguous:
// - fields missing at the end of a part (`("text" "plain" NIL NIL NIL "7bit" 0)`),
// - NIL for lists (parameters, disposition) and for numbers,
// - sizes sent as "123" or -1,
// - a multipart with no parts (`("mixed" NIL NIL NIL)`, Exchange),
// - message/rfc822 without the embedded envelope and body (treated as a basic part),
// - languages as a string or a list, extra extension fields (skipped),
// - parts not separated by a space, or separated by several.
// Anything else is a syntax error for the whole response.
//
// The grammar is written once, over where its values go: a BodyPart tree (FetchMode::Full)
// or a SummaryPart, which keeps only what hasAttachments() looks at, so a header
// listing validates each structure exactly as strictly without a string copied.
#include "imap/wire/grammar.h"

namespace Pigeon::Imap::detail {

namespace {

// RFC 2046 and the IANA media type registry's top-level types.
bool isMediaType(const Token &type)
{
    for (const char *t : {"TEXT", "IMAGE", "AUDIO", "VIDEO", "APPLICATION", "MESSAGE", "MULTIPART",
                          "MODEL", "FONT", "HAPTICS", "EXAMPLE"}) {
        if (type.is(t))
            return true;
    }
    return false;
}

bool atClose(Reader &r)
{
    r.skipSpaces();
    return r.peek() == ')' || r.atEnd();
}

/// lowerInterned() of a token's value.
QByteArray lowered(const Token &t)
{
    return t.escaped ? lowerInterned(t.bytes()) : lowerInterned(t.text);
}

// --- the tree (FetchMode::Full) ----------------------------------------------------------

void setType(BodyPart &p, const Token &t)
{
    p.type = t.isEmpty() ? QByteArrayLiteral("application") : lowered(t);
}
void setSubtype(BodyPart &p, const Token &t)
{
    p.subtype = t.isEmpty() ? QByteArray() : lowered(t);
}
void setMultipart(BodyPart &p, const Token *subtype)
{
    p.type = QByteArrayLiteral("multipart");
    // RFC 2046 §5.1.3: "mixed" is the default.
    p.subtype = !subtype || subtype->isEmpty() ? QByteArrayLiteral("mixed") : lowered(*subtype);
}
void addParameter(BodyPart &p, bool disposition, const Token &name, const Token &value)
{
    (disposition ? p.dispositionParameters : p.parameters).append({lowered(name), value.bytes()});
}
void setDisposition(BodyPart &p, const Token &t)
{
    p.disposition = t.null ? QByteArray() : lowered(t);
}
void addLanguage(BodyPart &p, const Token &t)
{
    if (!t.null)
        p.languages.append(t.bytes());
}
void setId(BodyPart &p, const Token &t) { p.id = t.bytes(); }
void setDescription(BodyPart &p, const Token &t) { p.description = t.bytes(); }
void setEncoding(BodyPart &p, const Token &t) { p.encoding = t.null ? QByteArray() : lowered(t); }
void setMd5(BodyPart &p, const Token &t) { p.md5 = t.bytes(); }
void setLocation(BodyPart &p, const Token &t) { p.location = t.bytes(); }
void setSize(BodyPart &p, quint64 n) { p.size = n; }
void setLines(BodyPart &p, quint64 n) { p.lines = n; }
void setExtensionData(BodyPart &p) { p.hasExtensionData = true; }
bool isText(const BodyPart &p) { return p.type == "text"; }
bool embedsMessage(const BodyPart &p)
{
    return p.type == "message" && (p.subtype == "rfc822" || p.subtype == "global");
}
bool readEmbeddedEnvelope(Reader &r, BodyPart &p)
{
    auto envelope = std::make_shared<Envelope>();
    if (!readEnvelope(r, *envelope))
        return false;
    p.envelope = std::move(envelope);
    return true;
}
template<typename Part>
bool readBodyInto(Reader &r, Part &out, bool extended);
bool readChild(Reader &r, BodyPart &parent, bool extended)
{
    parent.children.emplace_back();
    return readBodyInto(r, parent.children.back(), extended);
}

// --- the summary (FetchMode::Summary) ----------------------------------------------------

/// One part as hasAttachments() sees it.
struct SummaryPart {
    enum class Kind : quint8 { Other, Text, Multipart, Message };
    Kind kind = Kind::Other;
    bool rfc822 = false;          ///< subtype rfc822 or global (for message/*)
    bool attachment = false;      ///< Content-Disposition: attachment
    bool nameSeen = false;        ///< the first Content-Type "name" parameter was read
    bool named = false;           ///< ... and it has a value
    bool childAttachment = false; ///< a child part has one

    bool hasAttachments() const
    {
        if (attachment)
            return true;
        if (kind == Kind::Multipart)
            return childAttachment;
        return kind == Kind::Other && named;
    }
};

void setType(SummaryPart &p, const Token &t)
{
    using Kind = SummaryPart::Kind;
    p.kind = t.is("TEXT") ? Kind::Text : t.is("MULTIPART") ? Kind::Multipart : t.is("MESSAGE") ? Kind::Message : Kind::Other;
}
void setSubtype(SummaryPart &p, const Token &t) { p.rfc822 = t.is("RFC822") || t.is("GLOBAL"); }
void setMultipart(SummaryPart &p, const Token *) { p.kind = SummaryPart::Kind::Multipart; }
void addParameter(SummaryPart &p, bool disposition, const Token &name, const Token &value)
{
    // BodyPart::parameter() answers with the first parameter of that name.
    if (!disposition && !p.nameSeen && name.is("NAME")) {
        p.nameSeen = true;
        p.named = !value.null;
    }
}
void setDisposition(SummaryPart &p, const Token &t) { p.attachment = t.is("ATTACHMENT"); }
void addLanguage(SummaryPart &, const Token &) {}
void setId(SummaryPart &, const Token &) {}
void setDescription(SummaryPart &, const Token &) {}
void setEncoding(SummaryPart &, const Token &) {}
void setMd5(SummaryPart &, const Token &) {}
void setLocation(SummaryPart &, const Token &) {}
void setSize(SummaryPart &, quint64) {}
void setLines(SummaryPart &, quint64) {}
void setExtensionData(SummaryPart &) {}
bool isText(const SummaryPart &p) { return p.kind == SummaryPart::Kind::Text; }
bool embedsMessage(const SummaryPart &p) { return p.kind == SummaryPart::Kind::Message && p.rfc822; }
bool readEmbeddedEnvelope(Reader &r, SummaryPart &)
{
    Envelope ignored;
    return readEnvelope(r, ignored, EnvelopeFields::None);
}
bool readChild(Reader &r, SummaryPart &parent, bool extended)
{
    SummaryPart child;
    if (!readBodyInto(r, child, extended))
        return false;
    parent.childAttachment = parent.childAttachment || child.hasAttachments();
    return true;
}

// --- the grammar -------------------------------------------------------------------------

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
template<typename Part>
bool readParameters(Reader &r, Part &out, bool disposition)
{
    if (r.nil())
        return true;
    if (r.peek() != '(') { // a bare string where a list belongs: ignore it
        Token ignored;
        return r.lenientString(ignored);
    }
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated parameter list");
        Token name, value;
        if (!r.lenientString(name))
            return false;
        r.skipSpaces();
        if (r.peek() != ')' && !r.lenientString(value))
            return false;
        addParameter(out, disposition, name, value);
        r.skipSpaces();
    }
    return r.leaveList();
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil
template<typename Part>
bool readDisposition(Reader &r, Part &out)
{
    if (r.nil())
        return true;
    if (r.peek() != '(') { // `"inline"` without the list
        Token type;
        if (!r.lenientString(type))
            return false;
        setDisposition(out, type);
        return true;
    }
    if (!r.enterList())
        return false;
    Token type;
    if (!r.lenientString(type))
        return false;
    setDisposition(out, type);
    if (!atClose(r) && !readParameters(r, out, true))
        return false;
    while (!atClose(r)) { // junk after the parameters
        if (!r.skipValue())
            return false;
    }
    return r.leaveList();
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
template<typename Part>
bool readLanguages(Reader &r, Part &out)
{
    if (r.peek() != '(') {
        Token lang;
        if (!r.lenientString(lang))
            return false;
        addLanguage(out, lang);
        return true;
    }
    if (!r.enterList())
        return false;
    while (!atClose(r)) {
        Token lang;
        if (!r.lenientString(lang))
            return false;
        addLanguage(out, lang);
    }
    return r.leaveList();
}

// [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
template<typename Part>
bool readCommonExtension(Reader &r, Part &out)
{
    if (atClose(r))
        return true;
    if (!readDisposition(r, out))
        return false;
    if (atClose(r))
        return true;
    if (!readLanguages(r, out))
        return false;
    if (atClose(r))
        return true;
    Token location;
    if (!r.lenientString(location))
        return false;
    setLocation(out, location);
    while (!atClose(r)) { // body-extension: future fields, skipped
        if (!r.skipValue())
            return false;
    }
    return true;
}

template<typename Part>
bool readMultipart(Reader &r, Part &out, bool extended)
{
    // 1*body: parts, with or without spaces between them.
    setMultipart(out, nullptr);
    while (r.peek() == '(') {
        if (!readChild(r, out, extended))
            return false;
        r.skipSpaces();
    }
    if (atClose(r))
        return true;
    Token subtype;
    if (!r.lenientString(subtype))
        return false;
    setMultipart(out, &subtype);
    // body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc ...]]]
    if (atClose(r))
        return true;
    setExtensionData(out);
    return readParameters(r, out, false) && readCommonExtension(r, out);
}

// body-fld-octets or body-fld-lines.
template<typename Part>
bool readCount(Reader &r, Part &out, bool lines)
{
    quint64 n = 0;
    if (!r.lenientNumber(n))
        return false;
    if (lines)
        setLines(out, n);
    else
        setSize(out, n);
    return true;
}

template<typename Part>
bool readSinglePart(Reader &r, Part &out, const Token &type, bool extended)
{
    setType(out, type);
    Token t;
    if (!r.lenientString(t))
        return false;
    setSubtype(out, t);
    // body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
    if (atClose(r) || !readParameters(r, out, false))
        return !r.failed();
    if (atClose(r) || !r.lenientString(t))
        return !r.failed();
    setId(out, t);
    if (atClose(r) || !r.lenientString(t))
        return !r.failed();
    setDescription(out, t);
    if (atClose(r) || !r.lenientString(t))
        return !r.failed();
    setEncoding(out, t);
    if (atClose(r) || !readCount(r, out, false))
        return !r.failed();

    if (embedsMessage(out) && !atClose(r) && r.peek() == '(') {
        // body-type-msg: SP envelope SP body SP body-fld-lines
        if (!readEmbeddedEnvelope(r, out))
            return false;
        r.skipSpaces();
        if (!readChild(r, out, extended))
            return false;
        if (!atClose(r) && !readCount(r, out, true))
            return false;
    } else if (isText(out) && !atClose(r)) {
        // body-fld-lines; a server that leaves it out goes straight to the MD5 (an nstring).
        const char c = r.peek();
        if ((c >= '0' && c <= '9') || c == '-' || r.atQuotedNumber())
            if (!readCount(r, out, true))
                return false;
    }
    // body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc ...]]]
    if (atClose(r))
        return true;
    setExtensionData(out);
    if (!r.lenientString(t))
        return false;
    setMd5(out, t);
    return readCommonExtension(r, out);
}

template<typename Part>
bool readBodyInto(Reader &r, Part &out, bool extended)
{
    if (!r.enterList())
        return false;
    r.skipSpaces();
    bool ok;
    if (r.peek() == '(') {
        ok = readMultipart(r, out, extended);
    } else {
        Token first;
        if (!r.lenientString(first))
            return false;
        r.skipSpaces();
        const char c = r.peek();
        // A multipart with no parts sends its subtype first: `("mixed" NIL NIL NIL)`.
        // A single part sends its media type, then a subtype, never a list.
        const bool zeroPartMultipart = c == '(' || c == ')' || r.atEnd()
            || ((c == 'N' || c == 'n') && !first.null && !isMediaType(first) && r.nil());
        if (!zeroPartMultipart) {
            ok = readSinglePart(r, out, first, extended);
        } else {
            setMultipart(out, &first);
            ok = true;
            if (!atClose(r)) {
                setExtensionData(out);
                ok = (c == 'N' || c == 'n' || readParameters(r, out, false)) && readCommonExtension(r, out);
            }
        }
    }
    if (!ok)
        return false;
    if (!atClose(r))
        return r.syntax("unexpected data in body structure");
    return r.leaveList();
}

} // namespace

bool readBody(Reader &r, BodyPart &out, bool extended)
{
    return readBodyInto(r, out, extended);
}

bool readBodySummary(Reader &r, BodySummary &out)
{
    SummaryPart part;
    if (!readBodyInto(r, part, true))
        return false;
    out.hasAttachments = part.hasAttachments();
    return true;
}

} // namespace Pigeon::Imap::detail
