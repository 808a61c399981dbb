// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/wire/command.h"
#include "imap/wire/mutf7.h"

#include <QTimeZone>

namespace Pigeon::Imap {

namespace {

// Quoted strings longer than this go as literals: keeps command lines short and
// avoids escaping large values.
constexpr qsizetype kMaxQuoted = 1024;

bool isAtomChar(unsigned char c)
{
    // RFC 9051 §9: ATOM-CHAR = any CHAR except atom-specials; ASTRING-CHAR adds "]".
    if (c <= 0x1f || c >= 0x7f)
        return false;
    switch (c) {
    case '(': case ')': case '{': case ' ': case '%': case '*': case '"': case '\\':
        return false;
    default:
        return true;
    }
}

enum class Form { Atom, Quoted, Literal };

Form bestForm(QByteArrayView v, bool allowAtom, bool utf8)
{
    if (v.size() > kMaxQuoted)
        return Form::Literal;
    bool atom = allowAtom && !v.isEmpty();
    // NIL as an atom would read as NIL, not as the string "NIL".
    if (atom && v.compare("NIL", Qt::CaseInsensitive) == 0)
        atom = false;
    for (char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0 || c == '\r' || c == '\n')
            return Form::Literal; // not representable in a quoted string
        if (c >= 0x80 && !utf8)
            return Form::Literal; // 8-bit only in literals (RFC 9051 §4.3) unless UTF8=ACCEPT
        atom = atom && isAtomChar(c);
    }
    return atom ? Form::Atom : Form::Quoted;
}

QByteArray quote(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size() + 2);
    out += '"';
    for (char c : v) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

QByteArray TagGenerator::next()
{
    ++m_counter;
    QByteArray n = QByteArray::number(m_counter);
    if (n.size() < 4)
        n.prepend(QByteArray(4 - n.size(), '0'));
    return m_prefix + n;
}

Command::Command(QByteArrayView name) : m_name(name.toByteArray()) {}

Command &Command::raw(QByteArrayView text)
{
    m_args.append({ArgKind::Raw, text.toByteArray()});
    return *this;
}

Command &Command::astring(QByteArrayView value)
{
    m_args.append({ArgKind::AString, value.toByteArray()});
    return *this;
}

Command &Command::string(QByteArrayView value)
{
    m_args.append({ArgKind::String, value.toByteArray()});
    return *this;
}

Command &Command::secret(QByteArrayView value)
{
    m_args.append({ArgKind::AString, value.toByteArray(), true});
    return *this;
}

Command &Command::mailbox(QStringView name, bool utf8)
{
    // RFC 9051 §5.1: INBOX is case-insensitive; send it in its canonical spelling.
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return astring("INBOX");
    return astring(utf8 ? name.toUtf8() : MUtf7::encode(name));
}

Command &Command::number(quint64 n)
{
    return raw(QByteArray::number(n));
}

Command &Command::sequenceSet(const SequenceSet &set)
{
    return raw(set.toImap());
}

Command &Command::literal(QByteArray data, bool binary)
{
    m_args.append({binary ? ArgKind::Literal8 : ArgKind::Literal, std::move(data)});
    return *this;
}

Command &Command::list(const QList<QByteArray> &atoms)
{
    return raw(QByteArray('(' + atoms.join(' ') + ')'));
}

EncodedCommand Command::encode(QByteArrayView tag, LiteralMode mode) const
{
    EncodedCommand out;
    out.tag = tag.toByteArray();
    QByteArray piece = out.tag + ' ' + m_name;
    QByteArray log = piece;
    for (const Arg &arg : m_args) {
        piece += ' ';
        log += ' ';
        Form form = Form::Literal;
        switch (arg.kind) {
        case ArgKind::Raw:
            piece += arg.data;
            log += arg.data;
            continue;
        case ArgKind::AString:
            form = bestForm(arg.data, true, m_utf8);
            break;
        case ArgKind::String:
            form = bestForm(arg.data, false, m_utf8);
            break;
        case ArgKind::Literal:
        case ArgKind::Literal8:
            break;
        }
        if (arg.secret)
            out.sensitive = true;
        if (form == Form::Atom || form == Form::Quoted) {
            const QByteArray text = form == Form::Atom ? arg.data : quote(arg.data);
            piece += text;
            log += arg.secret ? QByteArrayLiteral("<redacted>") : text;
            continue;
        }
        const qsizetype n = arg.data.size();
        const bool nonSync = mode == LiteralMode::NonSynchronizing
            || (mode == LiteralMode::NonSyncUpTo4k && n <= 4096);
        const QByteArray marker = (arg.kind == ArgKind::Literal8 ? "~{" : "{") + QByteArray::number(n)
            + (nonSync ? "+}" : "}");
        piece += marker;
        piece += "\r\n";
        log += marker + (arg.secret ? QByteArrayLiteral(" <redacted>") : " <" + QByteArray::number(n) + " bytes>");
        if (!nonSync) {
            // RFC 9051 §7.5: wait for "+" before sending the literal's data.
            out.pieces.append(std::exchange(piece, QByteArray()));
        }
        piece += arg.data;
    }
    piece += "\r\n";
    out.pieces.append(std::move(piece));
    out.logText = std::move(log);
    return out;
}

Command Command::login(QByteArrayView user, QByteArrayView password)
{
    Command c("LOGIN");
    c.astring(user).secret(password);
    return c;
}

Command Command::select(QStringView mailbox, bool readOnly, bool condstore)
{
    Command c(readOnly ? "EXAMINE" : "SELECT");
    c.mailbox(mailbox);
    if (condstore)
        c.raw("(CONDSTORE)"); // RFC 7162 §3.1.8
    return c;
}

QByteArray Command::fetchAttributes(FetchItems items, const QList<QByteArray> &extra)
{
    static const std::pair<FetchItem, const char *> names[] = {
        {FetchItem::Uid, "UID"},
        {FetchItem::Flags, "FLAGS"},
        {FetchItem::InternalDate, "INTERNALDATE"},
        {FetchItem::Rfc822Size, "RFC822.SIZE"},
        {FetchItem::Envelope, "ENVELOPE"},
        {FetchItem::BodyStructure, "BODYSTRUCTURE"},
        {FetchItem::Body, "BODY"},
        {FetchItem::ModSeq, "MODSEQ"},
        {FetchItem::Preview, "PREVIEW"},
        {FetchItem::GmMsgId, "X-GM-MSGID"},
        {FetchItem::GmThrId, "X-GM-THRID"},
        {FetchItem::GmLabels, "X-GM-LABELS"},
        {FetchItem::EmailId, "EMAILID"},
        {FetchItem::ThreadId, "THREADID"},
        {FetchItem::SaveDate, "SAVEDATE"},
    };
    QList<QByteArray> parts;
    for (const auto &[item, name] : names) {
        if (items.testFlag(item))
            parts.append(name);
    }
    parts += extra;
    return '(' + parts.join(' ') + ')';
}

Command Command::uidFetch(const SequenceSet &uids, FetchItems items, const QList<QByteArray> &extra,
                          quint64 changedSince, bool vanished)
{
    Command c("UID FETCH");
    c.sequenceSet(uids).raw(fetchAttributes(items, extra));
    if (changedSince > 0) {
        QByteArray modifiers = "(CHANGEDSINCE " + QByteArray::number(changedSince);
        if (vanished)
            modifiers += " VANISHED"; // RFC 7162 §3.2.6, needs QRESYNC enabled
        c.raw(QByteArray(modifiers + ')'));
    }
    return c;
}

QByteArray Command::formatDateTime(const QDateTime &dateTime)
{
    static const char months[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offset = dateTime.offsetFromUtc();
    const QDateTime local = dateTime.toOffsetFromUtc(offset);
    const QDate d = local.date();
    const QTime t = local.time();
    const int abs = offset < 0 ? -offset : offset;
    return QByteArray::number(d.day()).rightJustified(2, '0') + '-' + months[d.month() - 1] + '-'
        + QByteArray::number(d.year()).rightJustified(4, '0') + ' '
        + t.toString(QStringLiteral("HH:mm:ss")).toLatin1() + ' ' + (offset < 0 ? '-' : '+')
        + QByteArray::number(abs / 3600).rightJustified(2, '0')
        + QByteArray::number(abs % 3600 / 60).rightJustified(2, '0');
}

Command Command::append(QStringView mailbox, const QList<QByteArray> &flags,
                        const QDateTime &internalDate, QByteArray message)
{
    Command c("APPEND");
    c.mailbox(mailbox);
    if (!flags.isEmpty())
        c.list(flags);
    if (internalDate.isValid())
        c.raw(QByteArray('"' + formatDateTime(internalDate) + '"'));
    c.literal(std::move(message));
    return c;
}

} // namespace Pigeon::Imap
