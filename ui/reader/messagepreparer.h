// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "mime/bodyextractor.h"
#include "mime/message.h"

#include <QFont>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTextDocument;

namespace Pigeon::Ui {

/// A message made ready for MessageView off the UI thread.
struct PreparedMessage {
    quint64 serial = 0;
    Mime::Message message;
    MailError error;                   ///< kind None when the bytes parsed
    QString html;                      ///< the body as sanitised HTML (MessageBrowser's text)
    bool otherAlternative = false;     ///< see MessagePreparer::displayBody()
    /// html in a document, living on the UI thread (deleted with deleteLater() when the
    /// last copy goes, so a dropped result frees it wherever it is dropped)
    std::shared_ptr<QTextDocument> document;
};

/// Prepares messages for the reading view on a worker thread: parses the bytes (GMime),
/// picks and decodes the body, sanitises it and builds its text document, so a 20 MB
/// message never holds up the UI thread. Only the newest request matters: at most one
/// preparation runs and one waits (a newer request replaces the waiting one), so
/// running through the list with the arrow keys does not queue a parse per message,
/// and a result that is no longer the newest is dropped, never delivered.
class MessagePreparer : public QObject
{
    Q_OBJECT
public:
    explicit MessagePreparer(QObject *parent = nullptr);
    ~MessagePreparer() override;

    /// Parses @p bytes and prepares them; returns the request's serial.
    quint64 prepare(const QByteArray &bytes, const Mime::BodyOptions &options, const QFont &font);
    /// Prepares an already parsed message again (another encoding, HTML preferred...).
    quint64 prepare(const Mime::Message &message, const Mime::BodyOptions &options, const QFont &font);
    /// Forgets every request: nothing is delivered until the next one.
    void cancel();
    /// True while a request is waiting or being prepared.
    bool isBusy() const;

    /// The body to show of @p message: the alternative @p options prefer or, when some
    /// of it is not downloaded (an IMAP message opened on demand whose HTML part did not
    /// come, read offline) and the other alternative is all here, that one, with
    /// @p otherAlternative set: what the message has, rather than "Loading…" for good.
    static Mime::DisplayBody displayBody(const Mime::Message &message, const Mime::BodyOptions &options,
                                         bool *otherAlternative = nullptr);
    /// The body of a message as sanitised HTML for MessageBrowser.
    static QString bodyHtml(const Mime::DisplayBody &body);

Q_SIGNALS:
    /// The newest request is ready.
    void prepared(const Pigeon::Ui::PreparedMessage &message);
    /// A worker began to prepare request @p serial (older waiting requests never do).
    void started(quint64 serial);

private:
    struct Job {
        quint64 serial = 0;
        QByteArray bytes;
        Mime::Message message;
        Mime::BodyOptions options;
        QFont font;
    };
    quint64 enqueue(Job job);
    void run(Job job);
    static PreparedMessage work(const Job &job, QThread *target);

    quint64 m_serial = 0;
    bool m_running = false;
    std::optional<Job> m_waiting;
};

} // namespace Pigeon::Ui
