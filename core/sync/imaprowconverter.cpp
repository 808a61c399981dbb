// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/imaprowconverter.h"

#include "store/headerdecoder.h"
#include "store/rfc5322date.h"

namespace Pigeon::Sync {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

/// Appends one formatted address to the list's text. The first one becomes the text
/// in a single allocation of its exact size (nearly every From and To has one address);
/// appending to an empty QString would allocate twice.
template<typename Part>
void appendAddress(QString &text, Part &&part)
{
    if (text.isEmpty())
        text = std::forward<Part>(part);
    else
        text += QStringLiteral(", ") + std::forward<Part>(part);
}

QString addresses(const QList<Imap::Address> &list, const Store::HeaderDecoder &decoder)
{
    QString text;
    for (const Imap::Address &a : list) {
        if (a.emptyGroup || a.mailbox.isNull())
            continue;
        // The display name may carry RFC 2047 words (RFC 9051 §7.5.2 leaves them as sent).
        const QString name = a.name.isEmpty() ? QString() : decoder.decodeText(a.name);
        if (isAscii(a.mailbox) && isAscii(a.host) && !a.host.isEmpty()) {
            // Nearly every address: appended in place as Latin-1, without the
            // temporary addr-spec and its UTF-8 decoding.
            const QLatin1StringView mailbox(a.mailbox);
            const QLatin1StringView host(a.host);
            if (name.isEmpty())
                appendAddress(text, mailbox + QLatin1Char('@') + host);
            else
                appendAddress(text, name + QStringLiteral(" <") + mailbox + QLatin1Char('@') + host + QLatin1Char('>'));
            continue;
        }
        // NIL host, or an internationalised address (RFC 6532).
        const QString addr = QString::fromUtf8(a.addrSpec());
        appendAddress(text, name.isEmpty() ? addr : name + QStringLiteral(" <") + addr + QLatin1Char('>'));
    }
    return text;
}

} // namespace

Store::MessageFlags ImapRowConverter::flags(const Imap::FlagList &f)
{
    using Imap::MessageFlag;
    Store::MessageFlags out;
    if (f.system.testFlag(MessageFlag::Seen))
        out |= Store::MessageFlag::Seen;
    if (f.system.testFlag(MessageFlag::Answered))
        out |= Store::MessageFlag::Answered;
    if (f.system.testFlag(MessageFlag::Flagged))
        out |= Store::MessageFlag::Flagged;
    if (f.system.testFlag(MessageFlag::Deleted))
        out |= Store::MessageFlag::Deleted;
    if (f.system.testFlag(MessageFlag::Draft))
        out |= Store::MessageFlag::Draft;
    for (const QByteArray &k : f.keywords)
        if (k.compare("$Forwarded", Qt::CaseInsensitive) == 0)
            out |= Store::MessageFlag::Forwarded;
    return out;
}

QList<QByteArray> ImapRowConverter::atoms(Store::MessageFlags f)
{
    QList<QByteArray> out;
    if (f.testFlag(Store::MessageFlag::Seen))
        out << "\\Seen";
    if (f.testFlag(Store::MessageFlag::Answered))
        out << "\\Answered";
    if (f.testFlag(Store::MessageFlag::Flagged))
        out << "\\Flagged";
    if (f.testFlag(Store::MessageFlag::Deleted))
        out << "\\Deleted";
    if (f.testFlag(Store::MessageFlag::Draft))
        out << "\\Draft";
    if (f.testFlag(Store::MessageFlag::Forwarded))
        out << "$Forwarded";
    return out;
}

bool ImapRowConverter::hasAttachments(const Imap::BodyPart &part)
{
    return Imap::hasAttachments(part);
}

Store::MessageRow ImapRowConverter::row(const Imap::FetchData &f, quint32 uidValidity,
                                        const Store::HeaderDecoder &decoder)
{
    Store::MessageRow r;
    r.origin.uid = f.uid;
    r.origin.uidValidity = uidValidity;
    r.bodyState = Store::BodyState::HeadersOnly;
    r.flags = flags(f.flags);
    r.modSeq = f.modSeq;
    r.size = qint64(f.rfc822Size);
    if (f.envelope) {
        const Imap::Envelope &e = *f.envelope;
        r.subject = decoder.decodeText(e.subject);
        r.from = addresses(e.from, decoder);
        r.to = addresses(e.to, decoder);
        r.messageId = e.messageId.trimmed();
        r.references = e.inReplyTo.trimmed();
        r.date = Store::Rfc5322Date::parse(e.date);
    }
    // The Date header may be missing or nonsense; INTERNALDATE always exists.
    if (r.date <= 0 && f.internalDate.isValid())
        r.date = f.internalDate.toSecsSinceEpoch();
    // FetchMode::Summary gives the same verdict without the tree.
    if (f.has(Imap::FetchItem::BodySummary))
        r.hasAttachments = f.bodySummary.hasAttachments;
    else if (f.body)
        r.hasAttachments = hasAttachments(*f.body);
    return r;
}

} // namespace Pigeon::Sync
