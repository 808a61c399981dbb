// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The top of the response grammar (RFC 9051 §7, §9 `response`): dispatch on the
// first words, status responses and their codes, flags and mailbox names.
#include "imap/wire/grammar.h"
#include "imap/wire/mutf7.h"

#include <QStringDecoder>

namespace Pigeon::Imap::detail {

namespace {

struct CodeName {
    const char *name;
    ResponseCodeKind kind;
};

// RFC 9051 §7.1 plus RFC 4315 (UIDPLUS), RFC 7162 (CONDSTORE/QRESYNC), RFC 5530.
const CodeName kCodes[] = {
    {"ALERT", ResponseCodeKind::Alert},
    {"ALREADYEXISTS", ResponseCodeKind::AlreadyExists},
    {"APPENDUID", ResponseCodeKind::AppendUid},
    {"AUTHENTICATIONFAILED", ResponseCodeKind::AuthenticationFailed},
    {"AUTHORIZATIONFAILED", ResponseCodeKind::AuthorizationFailed},
    {"BADCHARSET", ResponseCodeKind::BadCharset},
    {"CANNOT", ResponseCodeKind::Cannot},
    {"CAPABILITY", ResponseCodeKind::Capability},
    {"CLIENTBUG", ResponseCodeKind::ClientBug},
    {"CLOSED", ResponseCodeKind::Closed},
    {"CONTACTADMIN", ResponseCodeKind::ContactAdmin},
    {"COPYUID", ResponseCodeKind::CopyUid},
    {"CORRUPTION", ResponseCodeKind::Corruption},
    {"EXPIRED", ResponseCodeKind::Expired},
    {"EXPUNGEISSUED", ResponseCodeKind::ExpungeIssued},
    {"HASCHILDREN", ResponseCodeKind::HasChildren},
    {"HIGHESTMODSEQ", ResponseCodeKind::HighestModSeq},
    {"INUSE", ResponseCodeKind::InUse},
    {"LIMIT", ResponseCodeKind::Limit},
    {"MODIFIED", ResponseCodeKind::Modified},
    {"NOMODSEQ", ResponseCodeKind::NoModSeq},
    {"NONEXISTENT", ResponseCodeKind::NonExistent},
    {"NOPERM", ResponseCodeKind::NoPerm},
    {"OVERQUOTA", ResponseCodeKind::OverQuota},
    {"PARSE", ResponseCodeKind::Parse},
    {"PERMANENTFLAGS", ResponseCodeKind::PermanentFlags},
    {"PRIVACYREQUIRED", ResponseCodeKind::PrivacyRequired},
    {"READ-ONLY", ResponseCodeKind::ReadOnly},
    {"READ-WRITE", ResponseCodeKind::ReadWrite},
    {"SERVERBUG", ResponseCodeKind::ServerBug},
    {"TRYCREATE", ResponseCodeKind::TryCreate},
    {"UIDNEXT", ResponseCodeKind::UidNext},
    {"UIDNOTSTICKY", ResponseCodeKind::UidNotSticky},
    {"UIDVALIDITY", ResponseCodeKind::UidValidity},
    {"UNAVAILABLE", ResponseCodeKind::Unavailable},
    {"UNKNOWN-CTE", ResponseCodeKind::UnknownCte},
    {"UNSEEN", ResponseCodeKind::Unseen},
};

bool readSet(Reader &r, SequenceSet &out)
{
    const qsizetype from = r.offset();
    while (!r.atEnd() && r.peek() != ' ' && r.peek() != ']' && r.peek() != ')')
        r.consume(r.peek());
    const auto set = SequenceSet::parse(r.since(from));
    if (!set)
        return r.syntax("malformed sequence set");
    out = *set;
    return true;
}

// The arguments of a known code; false leaves the code to be reported as Unknown.
bool readCodeArguments(Reader &r, ResponseCode &code)
{
    switch (code.kind) {
    case ResponseCodeKind::UidNext:
    case ResponseCodeKind::UidValidity:
    case ResponseCodeKind::Unseen:
    case ResponseCodeKind::HighestModSeq:
        return r.sp() && r.number64(code.number);
    case ResponseCodeKind::PermanentFlags:
        return r.sp() && readFlagList(r, code.flags);
    case ResponseCodeKind::Capability:
        return readCapabilities(r, code.list);
    case ResponseCodeKind::BadCharset:
        if (r.atEnd() || r.peek() != ' ')
            return true;
        if (!r.sp() || !r.enterList())
            return false;
        while (!r.failed() && r.peek() != ')') {
            QByteArray cs;
            if (!r.astring(cs))
                return false;
            code.list.append(cs);
            r.skipSpaces();
        }
        return r.leaveList();
    case ResponseCodeKind::AppendUid:
        return r.sp() && r.number(code.uidValidity) && r.sp() && readSet(r, code.destinationUids);
    case ResponseCodeKind::CopyUid:
        return r.sp() && r.number(code.uidValidity) && r.sp() && readSet(r, code.sourceUids)
            && r.sp() && readSet(r, code.destinationUids);
    case ResponseCodeKind::Modified:
        return r.sp() && readSet(r, code.sourceUids);
    default:
        return true; // codes without arguments: anything sent is only kept in raw
    }
}

// \a r reads the text between the brackets.
void readCode(Reader &r, ResponseCode &code)
{
    // resp-text-code: atom [SP 1*<any TEXT-CHAR except "]">]
    code.name = upper(r.atom());
    code.kind = ResponseCodeKind::Unknown;
    for (const CodeName &c : kCodes) {
        if (code.name == c.name) {
            code.kind = c.kind;
            break;
        }
    }
    const QByteArrayView args = r.rest();
    code.raw = args.trimmed().toByteArray();
    if (code.kind == ResponseCodeKind::Unknown)
        return;
    const QList<QByteArray> noLiterals;
    Reader sub(args, noLiterals, r.limits());
    if (!readCodeArguments(sub, code) || (sub.skipSpaces(), !sub.atEnd())) {
        // A known code with arguments we cannot read: keep it, but only as raw text.
        ResponseCode unknown;
        unknown.kind = ResponseCodeKind::Unknown;
        unknown.name = std::move(code.name);
        unknown.raw = std::move(code.raw);
        code = std::move(unknown);
    }
}

} // namespace

bool readCapabilities(Reader &r, QList<QByteArray> &out)
{
    while (!r.failed() && r.peek() == ' ') {
        r.skipSpaces();
        if (r.atEnd() || r.peek() == ']')
            break;
        const QByteArrayView cap = r.atom();
        if (cap.isEmpty())
            return r.syntax("malformed capability");
        out.append(upper(cap));
    }
    return !r.failed();
}

bool readFlagList(Reader &r, FlagList &out)
{
    if (!r.enterList())
        return false;
    r.skipSpaces();
    while (r.peek() != ')') {
        if (r.atEnd())
            return r.syntax("unterminated flag list");
        if (r.consume('\\')) {
            if (r.consume('*')) {
                out.system |= MessageFlag::Wildcard;
            } else {
                const QByteArrayView name = r.atom();
                if (keywordIs(name, "SEEN"))
                    out.system |= MessageFlag::Seen;
                else if (keywordIs(name, "ANSWERED"))
                    out.system |= MessageFlag::Answered;
                else if (keywordIs(name, "FLAGGED"))
                    out.system |= MessageFlag::Flagged;
                else if (keywordIs(name, "DELETED"))
                    out.system |= MessageFlag::Deleted;
                else if (keywordIs(name, "DRAFT"))
                    out.system |= MessageFlag::Draft;
                else if (keywordIs(name, "RECENT"))
                    out.system |= MessageFlag::Recent;
                else if (name.isEmpty())
                    return r.syntax("malformed flag");
                else
                    out.keywords.append('\\' + name.toByteArray());
            }
        } else {
            const QByteArrayView name = r.atom(true);
            if (name.isEmpty())
                return r.syntax("malformed flag");
            out.keywords.append(name.toByteArray());
        }
        r.skipSpaces();
    }
    return r.leaveList();
}

bool readResponseText(Reader &r, ResponseCode &code, QByteArray &text)
{
    // resp-text = ["[" resp-text-code "]" SP] [text]; servers omit the SP and the text.
    r.skipSpaces();
    if (r.consume('[')) {
        const QByteArrayView line = r.rest();
        const qsizetype close = line.indexOf(']');
        // Re-read the bracket contents with the code grammar.
        const QList<QByteArray> noLiterals;
        QByteArrayView inside = close < 0 ? line : line.first(close);
        Reader sub(inside, noLiterals, r.limits());
        readCode(sub, code);
        const QByteArrayView after = close < 0 ? QByteArrayView() : line.sliced(close + 1);
        text = (after.startsWith(' ') ? after.sliced(1) : after).toByteArray();
        return true;
    }
    text = r.rest().toByteArray();
    return true;
}

MailboxName decodeMailboxName(QByteArray raw, bool utf8)
{
    MailboxName out;
    // RFC 9051 §5.1: INBOX is case-insensitive; everything else is case-sensitive.
    if (keywordIs(raw, "INBOX")) {
        out.name = QStringLiteral("INBOX");
        out.raw = std::move(raw);
        return out;
    }
    if (!utf8) {
        if (auto name = MUtf7::decode(raw)) {
            out.name = std::move(*name);
            out.raw = std::move(raw);
            return out;
        }
        out.valid = false;
    }
    // UTF8=ACCEPT (RFC 6855), or a server that sends raw UTF-8 without it.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString name = decoder(raw);
    if (decoder.hasError()) {
        out.valid = false;
        name = QString::fromLatin1(raw);
    }
    out.name = std::move(name);
    out.raw = std::move(raw);
    return out;
}

bool readMailbox(Reader &r, MailboxName &out, bool utf8)
{
    QByteArray raw;
    if (!r.astring(raw))
        return false;
    out = decodeMailboxName(std::move(raw), utf8);
    return true;
}

namespace {

Response untagged(Reader &r, bool utf8)
{
    if (r.peek() >= '0' && r.peek() <= '9') {
        quint32 n = 0;
        if (!r.number(n) || !r.sp())
            return ParseError{};
        if (r.keyword("FETCH")) {
            FetchData f;
            f.sequence = n;
            if (!r.sp() || !readFetch(r, f))
                return ParseError{};
            return f;
        }
        MessageNumberData d;
        d.number = n;
        if (r.keyword("EXISTS"))
            d.kind = MessageNumberData::Kind::Exists;
        else if (r.keyword("EXPUNGE"))
            d.kind = MessageNumberData::Kind::Expunge;
        else if (r.keyword("RECENT"))
            d.kind = MessageNumberData::Kind::Recent;
        else {
            UnknownData u;
            u.name = upper(r.atom());
            u.text = QByteArray::number(n) + ' ' + u.name + r.rest().toByteArray();
            return u;
        }
        return d;
    }

    const QByteArrayView name = r.atom();
    auto status = [&](Status s) -> Response {
        StatusResponse st;
        st.status = s;
        readResponseText(r, st.code, st.text);
        return st;
    };
    switch (name.size()) {
    case 2:
        if (keywordIs(name, "OK")) return status(Status::Ok);
        if (keywordIs(name, "NO")) return status(Status::No);
        if (keywordIs(name, "ID")) { IdData d; if (!r.sp() || !readId(r, d)) return ParseError{}; return d; }
        break;
    case 3:
        if (keywordIs(name, "BAD")) return status(Status::Bad);
        if (keywordIs(name, "BYE")) return status(Status::Bye);
        break;
    case 4:
        if (keywordIs(name, "LIST")) { ListData d; if (!r.sp() || !readList(r, d, utf8)) return ParseError{}; return d; }
        if (keywordIs(name, "LSUB")) { ListData d; d.lsub = true; if (!r.sp() || !readList(r, d, utf8)) return ParseError{}; return d; }
        if (keywordIs(name, "SORT")) { SearchData d; d.sort = true; if (!readSearch(r, d)) return ParseError{}; return d; }
        break;
    case 5:
        if (keywordIs(name, "FLAGS")) { FlagsData d; if (!r.sp() || !readFlagList(r, d.flags)) return ParseError{}; return d; }
        break;
    case 6:
        if (keywordIs(name, "STATUS")) { StatusData d; if (!r.sp() || !readStatus(r, d, utf8)) return ParseError{}; return d; }
        if (keywordIs(name, "SEARCH")) { SearchData d; if (!readSearch(r, d)) return ParseError{}; return d; }
        break;
    case 7:
        if (keywordIs(name, "PREAUTH")) return status(Status::PreAuth);
        if (keywordIs(name, "ESEARCH")) { ESearchData d; if (!readESearch(r, d)) return ParseError{}; return d; }
        if (keywordIs(name, "ENABLED")) { EnabledData d; if (!readCapabilities(r, d.capabilities)) return ParseError{}; return d; }
        break;
    case 8:
        if (keywordIs(name, "VANISHED")) { VanishedData d; if (!r.sp() || !readVanished(r, d)) return ParseError{}; return d; }
        break;
    case 9:
        if (keywordIs(name, "NAMESPACE")) { NamespaceData d; if (!r.sp() || !readNamespace(r, d, utf8)) return ParseError{}; return d; }
        break;
    case 10:
        if (keywordIs(name, "CAPABILITY")) { CapabilityData d; if (!readCapabilities(r, d.capabilities)) return ParseError{}; return d; }
        break;
    default:
        break;
    }
    if (name.isEmpty()) {
        r.syntax("expected a response name");
        return ParseError{};
    }
    UnknownData u;
    u.name = upper(name);
    r.skipSpaces();
    u.text = r.rest().toByteArray();
    return u;
}

} // namespace

Response parseResponse(QByteArrayView text, const QList<QByteArray> &literals,
                       const ParserLimits &limits, bool utf8Mailboxes, FetchMode fetchMode)
{
    Reader r(text, literals, limits);
    r.setFetchMode(fetchMode);
    QByteArray tag;
    Response result;
    if (r.consume('+')) {
        // RFC 9051 §7.5: continue-req = "+" SP (resp-text / base64); the SP is often missing.
        r.consume(' ');
        ContinuationRequest c;
        c.text = r.rest().toByteArray();
        return c;
    }
    if (r.consume('*')) {
        if (r.sp())
            result = untagged(r, utf8Mailboxes);
    } else {
        // tag = 1*<any ASTRING-CHAR except "+">
        const QByteArrayView t = r.atom(true);
        if (t.isEmpty()) {
            r.syntax("expected a tag, '*' or '+'");
        } else {
            tag = t.toByteArray();
            if (r.sp()) {
                StatusResponse st;
                st.tag = tag;
                if (r.keyword("OK"))
                    st.status = Status::Ok;
                else if (r.keyword("NO"))
                    st.status = Status::No;
                else if (r.keyword("BAD"))
                    st.status = Status::Bad;
                else
                    r.syntax("expected OK, NO or BAD after the tag");
                if (!r.failed()) {
                    readResponseText(r, st.code, st.text);
                    result = std::move(st);
                }
            }
        }
    }
    if (!r.failed()) {
        // Tolerate trailing spaces, nothing else.
        r.skipSpaces();
        if (!r.atEnd())
            r.syntax("unexpected data after the response");
    }
    if (!r.failed() && std::holds_alternative<ParseError>(result))
        r.syntax("malformed response");
    if (r.failed()) {
        ParseError e = r.error();
        e.tag = tag;
        return e;
    }
    return result;
}

} // namespace Pigeon::Imap::detail
