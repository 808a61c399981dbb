// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/wire/response.h"
#include "imap/wire/sequenceset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace Pigeon::Imap {

/// How literals may be sent (RFC 7888).
enum class LiteralMode {
    Synchronizing,    ///< `{n}`: wait for "+" before the data
    NonSynchronizing, ///< LITERAL+: `{n+}` for any size
    NonSyncUpTo4k,    ///< LITERAL-: `{n+}` up to 4096 bytes, `{n}` above
};

/// A command ready for the wire. Send pieces in order; after every piece but the
/// last, wait for the server's continuation request ("+") before sending the next.
struct EncodedCommand {
    QByteArray tag;
    QList<QByteArray> pieces;
    bool sensitive = false; ///< carries a secret: log only logText
    QByteArray logText;     ///< for transcripts: secrets as <redacted>, literal data elided
};

/// Hands out command tags: A0001, A0002, ... (RFC 9051 §2.2.1).
class TagGenerator
{
public:
    explicit TagGenerator(QByteArray prefix = QByteArrayLiteral("A")) : m_prefix(std::move(prefix)) {}
    QByteArray next();

private:
    QByteArray m_prefix;
    quint32 m_counter = 0;
};

/// Builds one command from typed arguments and encodes each the cheapest correct way:
/// an atom when it can be one, else a quoted string, else a literal (RFC 9051 §4.3).
class Command
{
public:
    explicit Command(QByteArrayView name);

    /// Inserted as is (keywords, item lists such as "(FLAGS UID)").
    Command &raw(QByteArrayView text);
    /// atom, quoted or literal, whichever fits (RFC 9051 §9 `astring`).
    Command &astring(QByteArrayView value);
    /// quoted or literal, never an atom (`string`).
    Command &string(QByteArrayView value);
    /// A secret (password): an astring shown as <redacted> in logText.
    Command &secret(QByteArrayView value);
    /// A mailbox name: modified UTF-7 (or UTF-8 under UTF8=ACCEPT), then astring.
    Command &mailbox(QStringView name, bool utf8 = false);
    Command &number(quint64 n);
    Command &sequenceSet(const SequenceSet &set);
    /// Always a literal (APPEND data); \a binary sends literal8 `~{n}` (RFC 3516).
    Command &literal(QByteArray data, bool binary = false);
    /// "(a b c)" from atoms inserted as they are.
    Command &list(const QList<QByteArray> &atoms);

    /// Allows raw UTF-8 in quoted strings (after ENABLE UTF8=ACCEPT, RFC 6855 §3).
    Command &setUtf8(bool utf8) { m_utf8 = utf8; return *this; }

    EncodedCommand encode(QByteArrayView tag, LiteralMode mode) const;

    // Commands with shapes worth getting right once.
    static Command login(QByteArrayView user, QByteArrayView password);
    static Command select(QStringView mailbox, bool readOnly = false, bool condstore = false);
    /// UID FETCH set (items) [(CHANGEDSINCE n [VANISHED])] (RFC 9051 §6.4.9, RFC 7162).
    static Command uidFetch(const SequenceSet &uids, FetchItems items,
                            const QList<QByteArray> &extra = {}, quint64 changedSince = 0,
                            bool vanished = false);
    /// APPEND mailbox [(flags)] [date-time] literal (RFC 9051 §6.3.12).
    static Command append(QStringView mailbox, const QList<QByteArray> &flags,
                          const QDateTime &internalDate, QByteArray message);

    /// "(UID FLAGS ...)" for these items, extra items (e.g. BODY.PEEK[HEADER]) appended.
    static QByteArray fetchAttributes(FetchItems items, const QList<QByteArray> &extra = {});
    /// INTERNALDATE form of a date-time, "17-Jul-1996 02:44:25 +0000".
    static QByteArray formatDateTime(const QDateTime &dateTime);

private:
    enum class ArgKind { Raw, AString, String, Literal, Literal8 };
    struct Arg {
        ArgKind kind;
        QByteArray data;
        bool secret = false;
    };

    QByteArray m_name;
    QList<Arg> m_args;
    bool m_utf8 = false;
};

} // namespace Pigeon::Imap
