// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Pigeon::Mime {

/// Composes an RFC 5322 message with GMime: encoded words for non-ASCII header text
/// (RFC 2047), RFC 2231 file names, the cheapest safe transfer encoding per part,
/// multipart/alternative for text + HTML and multipart/mixed for attachments.
class MessageBuilder
{
public:
    void setFrom(const Mailbox &from) { m_from = from; }
    void addTo(const Mailbox &to) { m_to.append(to); }
    void addCc(const Mailbox &cc) { m_cc.append(cc); }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setDate(const QDateTime &date) { m_date = date; }
    /// Without angle brackets; generated from the sender's domain when unset.
    void setMessageId(const QByteArray &id) { m_messageId = id; }
    void setInReplyTo(const QByteArray &id) { m_inReplyTo = id; }
    void setReferences(const QList<QByteArray> &ids) { m_references = ids; }
    void setText(const QString &text) { m_text = text; }
    void setHtml(const QString &html) { m_html = html; }
    void addAttachment(const QString &fileName, const QByteArray &mimeType, const QByteArray &data)
    {
        m_attachments.append({fileName, mimeType, data});
    }

    /// The message with CRLF line ends, ready for SMTP DATA (after dot-stuffing).
    QByteArray toBytes() const;

private:
    struct Attachment
    {
        QString fileName;
        QByteArray mimeType;
        QByteArray data;
    };
    Mailbox m_from;
    AddressList m_to;
    AddressList m_cc;
    QString m_subject;
    QDateTime m_date;
    QByteArray m_messageId;
    QByteArray m_inReplyTo;
    QList<QByteArray> m_references;
    QString m_text;
    QString m_html;
    QList<Attachment> m_attachments;
};

} // namespace Pigeon::Mime
