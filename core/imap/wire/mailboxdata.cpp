// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Mailbox and server data responses: LIST/LSUB, STATUS, SEARCH/SORT, ESEARCH,
// NAMESPACE, ID, VANISHED (RFC 9051 §7.2-§7.3 and the extensions cited below).
#include "imap/wire/grammar.h"

namespace Pigeon::Imap::detail {

namespace {

struct AttributeName {
    const char *name; // without the backslash, upper-case
    MailboxAttribute attribute;
};

const AttributeName kAttributes[] = {
    {"HASNOCHILDREN", MailboxAttribute::HasNoChildren},
    {"HASCHILDREN", MailboxAttribute::HasChildren},
    {"NOINFERIORS", MailboxAttribute::NoInferiors},
    {"NOSELECT", MailboxAttribute::NoSelect},
    {"MARKED", MailboxAttribute::Marked},
    {"UNMARKED", MailboxAttribute::Unmarked},
    {"NONEXISTENT", MailboxAttribute::NonExistent},
    {"SUBSCRIBED", MailboxAttribute::Subscribed},
    {"REMOTE", MailboxAttribute::Remote},
    // RFC 6154 SPECIAL-USE
    {"ALL", MailboxAttribute::All},
    {"ARCHIVE", MailboxAttribute::Archive},
    {"DRAFTS", MailboxAttribute::Drafts},
    {"FLAGGED", MailboxAttribute::Flagged},
    {"JUNK", MailboxAttribute::Junk},
    {"SENT", MailboxAttribute::Sent},
    {"TRASH", MailboxAttribute::Trash},
    {"IMPORTANT", MailboxAttribute::Important}, // RFC 8457
};

// A delimiter: quoted single character or NIL.
bool readDelimiter(Reader &r, QChar &out)
{
    QByteArray d;
    if (!r.nstring(d))
        return false;
    out = d.isEmpty() ? QChar() : QChar::fromLatin1(d.at(0));
    return true;
}

bool readStringList(Reader &r, QList<QByteArray> &out)
{
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated list");
        QByteArray s;
        if (!r.astring(s))
            return false;
        out.append(s);
        r.skipSpaces();
    }
    return r.leaveList();
}

} // namespace

bool readList(Reader &r, ListData &out, bool utf8)
{
    // mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
    //                [SP mbox-list-extended]
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated attribute list");
        const bool backslash = r.consume('\\');
        const QByteArrayView name = r.atom();
        if (name.isEmpty())
            return r.syntax("malformed mailbox attribute");
        bool known = false;
        if (backslash) {
            for (const AttributeName &a : kAttributes) {
                if (keywordIs(name, a.name)) {
                    out.attributes |= a.attribute;
                    known = true;
                    break;
                }
            }
        }
        if (!known)
            out.otherAttributes.append(backslash ? '\\' + name.toByteArray() : name.toByteArray());
        r.skipSpaces();
    }
    if (!r.leaveList() || !r.sp() || !readDelimiter(r, out.delimiter) || !r.sp()
        || !readMailbox(r, out.mailbox, utf8))
        return false;
    if (r.peek() != ' ')
        return true;
    r.skipSpaces();
    if (r.atEnd())
        return true;
    // RFC 5258 §9: mbox-list-extended = "(" [mbox-list-extended-item *(SP ...)] ")"
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated extended data");
        QByteArray tag;
        if (!r.astring(tag) || !r.sp())
            return false;
        if (keywordIs(tag, "CHILDINFO")) {
            if (!readStringList(r, out.childInfo))
                return false;
        } else if (keywordIs(tag, "OLDNAME")) {
            // RFC 9051 §7.3.1: OLDNAME ("old name")
            MailboxName old;
            if (!r.enterList() || !readMailbox(r, old, utf8) || !r.leaveList())
                return false;
            out.oldName = std::move(old);
        } else if (!r.skipValue()) {
            return false;
        }
        r.skipSpaces();
    }
    return r.leaveList();
}

bool readStatus(Reader &r, StatusData &out, bool utf8)
{
    // mailbox-data =/ "STATUS" SP mailbox SP "(" [status-att-list] ")"
    if (!readMailbox(r, out.mailbox, utf8) || !r.sp() || !r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated STATUS list");
        const QByteArrayView name = r.atom();
        if (name.isEmpty() || !r.sp())
            return r.syntax("malformed STATUS item");
        std::optional<quint64> *slot = nullptr;
        if (keywordIs(name, "MESSAGES"))
            slot = &out.messages;
        else if (keywordIs(name, "UIDNEXT"))
            slot = &out.uidNext;
        else if (keywordIs(name, "UIDVALIDITY"))
            slot = &out.uidValidity;
        else if (keywordIs(name, "UNSEEN"))
            slot = &out.unseen;
        else if (keywordIs(name, "RECENT"))
            slot = &out.recent;
        else if (keywordIs(name, "DELETED"))
            slot = &out.deleted;
        else if (keywordIs(name, "SIZE"))
            slot = &out.size;
        else if (keywordIs(name, "HIGHESTMODSEQ"))
            slot = &out.highestModSeq;
        else if (keywordIs(name, "APPENDLIMIT"))
            slot = &out.appendLimit;
        if (slot) {
            quint64 v = 0;
            if (r.nil()) // APPENDLIMIT NIL: no limit
                *slot = std::nullopt;
            else if (!r.number64(v))
                return false;
            else
                *slot = v;
        } else if (!r.skipValue()) {
            return false;
        }
        r.skipSpaces();
    }
    return r.leaveList();
}

bool readSearch(Reader &r, SearchData &out)
{
    // mailbox-data =/ "SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]
    while (r.peek() == ' ') {
        r.skipSpaces();
        if (r.atEnd())
            break;
        if (r.peek() == '(') {
            if (!r.enterList())
                return false;
            r.skipSpaces();
            if (!r.keyword("MODSEQ"))
                return r.syntax("expected MODSEQ");
            quint64 m = 0;
            if (!r.sp() || !r.number64(m) || !r.leaveList())
                return false;
            out.modSeq = m;
            continue;
        }
        quint32 n = 0;
        if (!r.number(n))
            return false;
        out.numbers.append(n);
    }
    return !r.failed();
}

bool readESearch(Reader &r, ESearchData &out)
{
    // RFC 4731: "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)
    r.skipSpaces();
    if (r.peek() == '(') {
        if (!r.enterList())
            return false;
        r.skipSpaces();
        if (!r.keyword("TAG") || !r.sp() || !r.astring(out.tag) || !r.leaveList())
            return r.syntax("malformed search correlator");
    }
    while (!r.failed()) {
        r.skipSpaces();
        if (r.atEnd())
            break;
        const QByteArrayView name = r.atom();
        if (name.isEmpty())
            return r.syntax("malformed ESEARCH data");
        if (keywordIs(name, "UID")) {
            out.uid = true;
            continue;
        }
        if (!r.sp())
            return false;
        quint32 n = 0;
        if (keywordIs(name, "MIN")) {
            if (!r.number(n))
                return false;
            out.min = n;
        } else if (keywordIs(name, "MAX")) {
            if (!r.number(n))
                return false;
            out.max = n;
        } else if (keywordIs(name, "COUNT")) {
            if (!r.number(n))
                return false;
            out.count = n;
        } else if (keywordIs(name, "MODSEQ")) {
            quint64 m = 0;
            if (!r.number64(m))
                return false;
            out.modSeq = m;
        } else if (keywordIs(name, "ALL")) {
            const qsizetype from = r.offset();
            r.skipValue();
            const auto set = SequenceSet::parse(r.since(from));
            if (!set)
                return r.syntax("malformed sequence set");
            out.all = *set;
        } else if (!r.skipValue()) { // tagged-ext-val of an extension (PARTIAL, RELEVANCY...)
            return false;
        }
    }
    return !r.failed();
}

bool readNamespace(Reader &r, NamespaceData &out, bool utf8)
{
    // RFC 2342 §5: Namespace_Response = "NAMESPACE" SP Namespace SP Namespace SP Namespace
    for (QList<Namespace> *list : {&out.personal, &out.otherUsers, &out.shared}) {
        if (list != &out.personal && !r.sp())
            return false;
        if (r.nil())
            continue;
        if (!r.enterList())
            return false;
        r.skipSpaces();
        while (r.peek() == '(') {
            Namespace ns;
            if (!r.enterList() || !readMailbox(r, ns.prefix, utf8) || !r.sp()
                || !readDelimiter(r, ns.delimiter))
                return false;
            // Namespace_Response_Extension = SP string SP "(" string *(SP string) ")"
            while (r.peek() == ' ') {
                r.skipSpaces();
                if (r.peek() == ')')
                    break;
                QByteArray name;
                QList<QByteArray> values;
                if (!r.string(name) || !r.sp() || !readStringList(r, values))
                    return false;
                ns.extensions.append({name, values});
            }
            if (!r.leaveList())
                return false;
            list->append(std::move(ns));
            r.skipSpaces();
        }
        if (!r.leaveList())
            return false;
    }
    return true;
}

bool readId(Reader &r, IdData &out)
{
    // RFC 2971 §4: "ID" SP ("(" string SP nstring *(SP string SP nstring) ")" / nil)
    if (r.nil())
        return true;
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated ID list");
        QByteArray key, value;
        if (!r.string(key) || !r.sp() || !r.nstring(value))
            return false;
        out.fields.append({key, value});
        r.skipSpaces();
    }
    return r.leaveList();
}

bool readVanished(Reader &r, VanishedData &out)
{
    // RFC 7162 §3.2.10: "VANISHED" [SP "(EARLIER)"] SP known-uids
    if (r.peek() == '(') {
        if (!r.enterList())
            return false;
        r.skipSpaces();
        if (!r.keyword("EARLIER"))
            return r.syntax("expected EARLIER");
        if (!r.leaveList() || !r.sp())
            return false;
        out.earlier = true;
    }
    const qsizetype from = r.offset();
    if (!r.skipValue())
        return false;
    const auto set = SequenceSet::parse(r.since(from));
    if (!set)
        return r.syntax("malformed UID set");
    out.uids = *set;
    return true;
}

} // namespace Pigeon::Imap::detail
