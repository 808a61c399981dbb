// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// FETCH message data (RFC 9051 §7.5.2) and ENVELOPE. The hottest path of the parser:
// a header sync parses tens of thousands of these per second.
#include "imap/wire/grammar.h"

namespace Pigeon::Imap::detail {

namespace {

bool readAddressList(Reader &r, QList<Address> &out)
{
    if (r.nil())
        return true;
    if (!r.enterList())
        return false;
    QByteArray group;
    bool groupEmpty = false;
    r.skipSpaces();
    while (r.peek() == '(') {
        Address a;
        if (!r.enterList() || !r.nstring(a.name) || !r.sp() || !r.nstring(a.adl) || !r.sp()
            || !r.nstring(a.mailbox) || !r.sp() || !r.nstring(a.host) || !r.leaveList())
            return false;
        if (a.host.isNull()) {
            // RFC 9051 §7.5.2: host NIL marks group syntax. Mailbox non-NIL starts a
            // group (it is the group's name); mailbox NIL ends it.
            if (!a.mailbox.isNull()) {
                group = a.mailbox;
                groupEmpty = true;
            } else if (!group.isNull()) {
                if (groupEmpty) {
                    Address empty;
                    empty.group = group;
                    empty.emptyGroup = true;
                    out.append(std::move(empty));
                }
                group = QByteArray();
            }
            r.skipSpaces();
            continue;
        }
        a.group = group;
        groupEmpty = false;
        out.append(std::move(a));
        r.skipSpaces();
    }
    if (!group.isNull() && groupEmpty) { // a group never closed: keep what we know
        Address empty;
        empty.group = group;
        empty.emptyGroup = true;
        out.append(std::move(empty));
    }
    return r.leaveList();
}

// The same grammar, nothing kept (the ENVELOPE fields a list does not show).
bool skipAddressList(Reader &r)
{
    if (r.nil())
        return true;
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() == '(') {
        if (!r.enterList() || !r.skipNString() || !r.sp() || !r.skipNString() || !r.sp()
            || !r.skipNString() || !r.sp() || !r.skipNString() || !r.leaveList())
            return false;
        r.skipSpaces();
    }
    return r.leaveList();
}

bool envelopeString(Reader &r, QByteArray &out, bool keep)
{
    return keep ? r.nstring(out) : r.skipNString();
}

bool envelopeAddresses(Reader &r, QList<Address> &out, bool keep)
{
    return keep ? readAddressList(r, out) : skipAddressList(r);
}

// `<origin>` after a section.
bool readOrigin(Reader &r, qint64 &origin)
{
    if (!r.consume('<'))
        return true;
    quint64 v = 0;
    if (!r.number64(v) || !r.expect('>', "expected '>'"))
        return false;
    origin = qint64(v);
    return true;
}

bool readSection(Reader &r, FetchData &out, bool binary)
{
    const qsizetype from = r.offset();
    if (!r.skipBracketed())
        return false;
    const QByteArrayView inside = r.since(from);
    BodySection s;
    s.binary = binary;
    s.section = inside.sliced(1, inside.size() - 2).toByteArray();
    if (!readOrigin(r, s.origin) || !r.sp() || !r.nstring(s.data))
        return false;
    out.sections.append(std::move(s));
    return true;
}

// PREVIEW "text" (RFC 8970), or the drafts' PREVIEW (FUZZY) "text" / SNIPPET (FUZZY "text").
bool readPreview(Reader &r, QByteArray &out)
{
    if (r.peek() != '(')
        return r.nstring(out);
    if (!r.enterList())
        return false;
    r.atom(); // algorithm
    r.skipSpaces();
    if (r.peek() == ')') {
        if (!r.leaveList() || !r.sp())
            return false;
        return r.nstring(out);
    }
    return r.nstring(out) && r.leaveList();
}

bool readObjectId(Reader &r, QByteArray &out)
{
    // RFC 8474: EMAILID (objectid) / THREADID (objectid) / THREADID NIL
    if (r.nil())
        return true;
    if (!r.enterList())
        return false;
    const QByteArrayView id = r.atom();
    if (id.isEmpty())
        return r.syntax("malformed object id");
    out = id.toByteArray();
    return r.leaveList();
}

bool readDate(Reader &r, QDateTime &out)
{
    if (r.failed())
        return false;
    Token text; // NIL: null, an invalid date
    if (!r.nil() && !r.string(text))
        return false;
    out = text.escaped ? parseInternalDate(text.bytes()) : parseInternalDate(text.text);
    return true;
}

} // namespace

bool readEnvelope(Reader &r, Envelope &out, EnvelopeFields keep)
{
    // envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP
    //            env-to SP env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"
    const bool listed = keep != EnvelopeFields::None;
    const bool all = keep == EnvelopeFields::All;
    return r.enterList() && envelopeString(r, out.date, listed) && r.sp()
        && envelopeString(r, out.subject, listed) && r.sp() && envelopeAddresses(r, out.from, listed)
        && r.sp() && envelopeAddresses(r, out.sender, all) && r.sp()
        && envelopeAddresses(r, out.replyTo, all) && r.sp() && envelopeAddresses(r, out.to, listed)
        && r.sp() && envelopeAddresses(r, out.cc, all) && r.sp() && envelopeAddresses(r, out.bcc, all)
        && r.sp() && envelopeString(r, out.inReplyTo, listed) && r.sp()
        && envelopeString(r, out.messageId, listed) && r.leaveList();
}

bool readFetch(Reader &r, FetchData &out)
{
    // msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP ...) ")"
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated FETCH list");
        const qsizetype nameFrom = r.offset();
        const QByteArrayView name = r.itemName();
        if (name.isEmpty())
            return r.syntax("malformed FETCH item name");
        if (r.peek() == '[') {
            if (keywordIs(name, "BODY")) {
                if (!readSection(r, out, false))
                    return false;
            } else if (keywordIs(name, "BINARY")) {
                if (!readSection(r, out, true))
                    return false;
            } else if (keywordIs(name, "BINARY.SIZE")) {
                const qsizetype from = r.offset();
                if (!r.skipBracketed())
                    return false;
                const QByteArrayView inside = r.since(from);
                quint64 size = 0;
                if (!r.sp() || !r.number64(size))
                    return false;
                out.binarySizes.append({inside.sliced(1, inside.size() - 2).toByteArray(), size});
                out.items |= FetchItem::BinarySize;
            } else {
                qint64 ignoredOrigin = -1;
                if (!r.skipBracketed() || !readOrigin(r, ignoredOrigin) || !r.sp())
                    return false;
                const qsizetype valueFrom = r.offset();
                if (!r.skipValue())
                    return false;
                out.unknown.append({r.since(nameFrom).first(valueFrom - nameFrom - 1).toByteArray(),
                                    r.since(valueFrom).toByteArray()});
            }
            r.skipSpaces();
            continue;
        }
        if (!r.sp())
            return false;
        bool ok = true;
        switch (name.size()) {
        case 3:
            if (keywordIs(name, "UID")) {
                ok = r.number(out.uid);
                out.items |= FetchItem::Uid;
                break;
            }
            goto unknown;
        case 4:
            if (keywordIs(name, "BODY")) {
                auto body = std::make_shared<BodyPart>();
                ok = readBody(r, *body, false);
                out.body = std::move(body);
                out.items |= FetchItem::Body;
                break;
            }
            goto unknown;
        case 5:
            if (keywordIs(name, "FLAGS")) {
                ok = readFlagList(r, out.flags);
                out.items |= FetchItem::Flags;
                break;
            }
            goto unknown;
        case 6:
            if (keywordIs(name, "MODSEQ")) {
                // RFC 7162 §3.1.4.1: MODSEQ (mod-sequence-value)
                ok = r.enterList() && r.number64(out.modSeq) && r.leaveList();
                out.items |= FetchItem::ModSeq;
                break;
            }
            if (keywordIs(name, "RFC822")) {
                BodySection s;
                ok = r.nstring(s.data);
                out.sections.append(std::move(s));
                break;
            }
            goto unknown;
        case 7:
            if (keywordIs(name, "PREVIEW") || keywordIs(name, "SNIPPET")) {
                ok = readPreview(r, out.preview);
                out.items |= FetchItem::Preview;
                break;
            }
            if (keywordIs(name, "EMAILID")) {
                ok = readObjectId(r, out.emailId);
                out.items |= FetchItem::EmailId;
                break;
            }
            goto unknown;
        case 8:
            if (keywordIs(name, "ENVELOPE")) {
                out.envelope.emplace();
                if (r.fetchMode() == FetchMode::Summary) {
                    ok = readEnvelope(r, *out.envelope, EnvelopeFields::Listing);
                    out.items |= FetchItem::EnvelopeSummary;
                } else {
                    ok = readEnvelope(r, *out.envelope);
                    out.items |= FetchItem::Envelope;
                }
                break;
            }
            if (keywordIs(name, "THREADID")) {
                ok = readObjectId(r, out.threadId);
                out.items |= FetchItem::ThreadId;
                break;
            }
            if (keywordIs(name, "SAVEDATE")) {
                ok = readDate(r, out.saveDate);
                out.items |= FetchItem::SaveDate;
                break;
            }
            goto unknown;
        case 10:
            if (keywordIs(name, "X-GM-MSGID")) {
                ok = r.number64(out.gmMsgId);
                out.items |= FetchItem::GmMsgId;
                break;
            }
            if (keywordIs(name, "X-GM-THRID")) {
                ok = r.number64(out.gmThrId);
                out.items |= FetchItem::GmThrId;
                break;
            }
            goto unknown;
        case 11:
            if (keywordIs(name, "RFC822.SIZE")) {
                ok = r.number64(out.rfc822Size);
                out.items |= FetchItem::Rfc822Size;
                break;
            }
            if (keywordIs(name, "RFC822.TEXT")) {
                BodySection s;
                s.section = QByteArrayLiteral("TEXT");
                ok = r.nstring(s.data);
                out.sections.append(std::move(s));
                break;
            }
            if (keywordIs(name, "X-GM-LABELS")) {
                // Gmail: a list of astrings; system labels look like flags (\Inbox, \Important).
                ok = r.enterList();
                r.skipSpaces();
                while (ok && r.peek() != ')') {
                    if (r.atEnd()) {
                        ok = r.syntax("unterminated X-GM-LABELS");
                        break;
                    }
                    QByteArray label;
                    if (r.peek() == '\\') {
                        r.consume('\\');
                        label = '\\' + r.atom().toByteArray();
                    } else {
                        ok = r.astring(label);
                    }
                    out.gmLabels.append(label);
                    r.skipSpaces();
                }
                ok = ok && r.leaveList();
                out.items |= FetchItem::GmLabels;
                break;
            }
            goto unknown;
        case 12:
            if (keywordIs(name, "INTERNALDATE")) {
                ok = readDate(r, out.internalDate);
                out.items |= FetchItem::InternalDate;
                break;
            }
            goto unknown;
        case 13:
            if (keywordIs(name, "BODYSTRUCTURE")) {
                // A BODYSTRUCTURE we cannot read must not cost the message its place in the
                // list: keep UID, FLAGS and ENVELOPE, file the structure under `unknown`
                // (the body can still be fetched whole). Only a syntax error is recovered;
                // a limit stays fatal.
                const Reader::Mark before = r.mark();
                if (r.fetchMode() == FetchMode::Summary) {
                    ok = readBodySummary(r, out.bodySummary); // written only on success
                    if (ok)
                        out.items |= FetchItem::BodySummary;
                } else {
                    auto body = std::make_shared<BodyPart>();
                    ok = readBody(r, *body, true);
                    if (ok) {
                        out.body = std::move(body);
                        out.items |= FetchItem::BodyStructure;
                    }
                }
                if (!ok && r.error().kind == ParseError::Kind::Syntax) {
                    r.restore(before);
                    const qsizetype valueFrom = r.offset();
                    ok = r.skipValue();
                    out.unknown.append({QByteArrayLiteral("BODYSTRUCTURE"), r.since(valueFrom).toByteArray()});
                }
                break;
            }
            if (keywordIs(name, "RFC822.HEADER")) {
                BodySection s;
                s.section = QByteArrayLiteral("HEADER");
                ok = r.nstring(s.data);
                out.sections.append(std::move(s));
                break;
            }
            goto unknown;
        default:
        unknown: {
            const qsizetype valueFrom = r.offset();
            ok = r.skipValue();
            out.unknown.append({upper(name), r.since(valueFrom).toByteArray()});
        }
        }
        if (!ok)
            return false;
        // Items are separated by one SP; tolerate none before ')' and extra ones.
        if (r.atEnd())
            return r.syntax("unterminated FETCH list");
        if (r.peek() != ')' && !r.sp())
            return false;
    }
    return r.leaveList();
}

} // namespace Pigeon::Imap::detail
