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
#include "imap/wire/grammar.h"

namespace Pigeon::Imap::detail {

namespace {

// RFC 2046 and the IANA media type registry's top-level types.
bool isMediaType(QByteArrayView type)
{
    for (const char *t : {"TEXT", "IMAGE", "AUDIO", "VIDEO", "APPLICATION", "MESSAGE", "MULTIPART",
                          "MODEL", "FONT", "HAPTICS", "EXAMPLE"}) {
        if (keywordIs(type, t))
            return true;
    }
    return false;
}

bool atClose(Reader &r)
{
    r.skipSpaces();
    return r.peek() == ')' || r.atEnd();
}

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
bool readParameters(Reader &r, ParameterList &out)
{
    if (r.nil())
        return true;
    if (r.peek() != '(') { // a bare string where a list belongs: ignore it
        QByteArray ignored;
        return r.lenientString(ignored);
    }
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated parameter list");
        QByteArray name, value;
        if (!r.lenientString(name))
            return false;
        r.skipSpaces();
        if (r.peek() != ')' && !r.lenientString(value))
            return false;
        out.append({lowerInterned(name), value});
        r.skipSpaces();
    }
    return r.leaveList();
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil
bool readDisposition(Reader &r, BodyPart &out)
{
    if (r.nil())
        return true;
    if (r.peek() != '(') { // `"inline"` without the list
        QByteArray type;
        if (!r.lenientString(type))
            return false;
        out.disposition = lowerInterned(type);
        return true;
    }
    if (!r.enterList())
        return false;
    QByteArray type;
    if (!r.lenientString(type))
        return false;
    out.disposition = type.isNull() ? QByteArray() : lowerInterned(type);
    if (!atClose(r) && !readParameters(r, out.dispositionParameters))
        return false;
    while (!atClose(r)) { // junk after the parameters
        if (!r.skipValue())
            return false;
    }
    return r.leaveList();
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
bool readLanguages(Reader &r, QList<QByteArray> &out)
{
    if (r.peek() != '(') {
        QByteArray lang;
        if (!r.lenientString(lang))
            return false;
        if (!lang.isNull())
            out.append(lang);
        return true;
    }
    if (!r.enterList())
        return false;
    while (!atClose(r)) {
        QByteArray lang;
        if (!r.lenientString(lang))
            return false;
        if (!lang.isNull())
            out.append(lang);
    }
    return r.leaveList();
}

// [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
bool readCommonExtension(Reader &r, BodyPart &out)
{
    if (atClose(r))
        return true;
    if (!readDisposition(r, out))
        return false;
    if (atClose(r))
        return true;
    if (!readLanguages(r, out.languages))
        return false;
    if (atClose(r))
        return true;
    if (!r.lenientString(out.location))
        return false;
    while (!atClose(r)) { // body-extension: future fields, skipped
        if (!r.skipValue())
            return false;
    }
    return true;
}

bool readMultipart(Reader &r, BodyPart &out, bool extended)
{
    out.type = QByteArrayLiteral("multipart");
    // 1*body: parts, with or without spaces between them.
    while (r.peek() == '(') {
        out.children.emplace_back();
        if (!readBody(r, out.children.back(), extended))
            return false;
        r.skipSpaces();
    }
    if (atClose(r)) {
        out.subtype = QByteArrayLiteral("mixed"); // RFC 2046 §5.1.3: the default
        return true;
    }
    QByteArray subtype;
    if (!r.lenientString(subtype))
        return false;
    out.subtype = subtype.isEmpty() ? QByteArrayLiteral("mixed") : lowerInterned(subtype);
    // body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc ...]]]
    if (atClose(r))
        return true;
    out.hasExtensionData = true;
    return readParameters(r, out.parameters) && readCommonExtension(r, out);
}

bool readSinglePart(Reader &r, BodyPart &out, QByteArray type, bool extended)
{
    out.type = type.isEmpty() ? QByteArrayLiteral("application") : lowerInterned(type);
    QByteArray subtype;
    if (!r.lenientString(subtype))
        return false;
    out.subtype = subtype.isEmpty() ? QByteArray() : lowerInterned(subtype);
    // body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP body-fld-octets
    if (atClose(r) || !readParameters(r, out.parameters))
        return !r.failed();
    if (atClose(r) || !r.lenientString(out.id))
        return !r.failed();
    if (atClose(r) || !r.lenientString(out.description))
        return !r.failed();
    QByteArray encoding;
    if (atClose(r) || !r.lenientString(encoding))
        return !r.failed();
    out.encoding = encoding.isNull() ? QByteArray() : lowerInterned(encoding);
    if (atClose(r) || !r.lenientNumber(out.size))
        return !r.failed();

    const bool isMessage = out.type == "message" && (out.subtype == "rfc822" || out.subtype == "global");
    if (isMessage && !atClose(r) && r.peek() == '(') {
        // body-type-msg: SP envelope SP body SP body-fld-lines
        auto envelope = std::make_shared<Envelope>();
        if (!readEnvelope(r, *envelope))
            return false;
        out.envelope = std::move(envelope);
        r.skipSpaces();
        out.children.emplace_back();
        if (!readBody(r, out.children.back(), extended))
            return false;
        if (!atClose(r) && !r.lenientNumber(out.lines))
            return false;
    } else if (out.type == "text" && !atClose(r)) {
        // body-fld-lines; a server that leaves it out goes straight to the MD5 (an nstring).
        const char c = r.peek();
        if ((c >= '0' && c <= '9') || c == '-' || r.atQuotedNumber())
            if (!r.lenientNumber(out.lines))
                return false;
    }
    // body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc ...]]]
    if (atClose(r))
        return true;
    out.hasExtensionData = true;
    return r.lenientString(out.md5) && readCommonExtension(r, out);
}

} // namespace

bool readBody(Reader &r, BodyPart &out, bool extended)
{
    if (!r.enterList())
        return false;
    r.skipSpaces();
    bool ok;
    if (r.peek() == '(') {
        ok = readMultipart(r, out, extended);
    } else {
        QByteArray first;
        if (!r.lenientString(first))
            return false;
        r.skipSpaces();
        const char c = r.peek();
        // A multipart with no parts sends its subtype first: `("mixed" NIL NIL NIL)`.
        // A single part sends its media type, then a subtype, never a list.
        const bool zeroPartMultipart = c == '(' || c == ')' || r.atEnd()
            || ((c == 'N' || c == 'n') && !first.isNull() && !isMediaType(first) && r.nil());
        if (!zeroPartMultipart) {
            ok = readSinglePart(r, out, std::move(first), extended);
        } else {
            out.type = QByteArrayLiteral("multipart");
            out.subtype = first.isEmpty() ? QByteArrayLiteral("mixed") : lowerInterned(first);
            ok = true;
            if (!atClose(r)) {
                out.hasExtensionData = true;
                ok = (c == 'N' || c == 'n' || readParameters(r, out.parameters)) && readCommonExtension(r, out);
            }
        }
    }
    if (!ok)
        return false;
    if (!atClose(r))
        return r.syntax("unexpected data in body structure");
    return r.leaveList();
}

} // namespace Pigeon::Imap::detail
