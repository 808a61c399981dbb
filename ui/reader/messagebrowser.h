// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/message.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Pigeon::Ui {

/// The body of a message, read-only and safe: QTextBrowser runs no scripts; every
/// resource the HTML asks for comes through loadResource(), which serves cid: parts
/// and data: images from the message itself, fetches remote (http/https/ftp) content
/// only when allowed, and never reads a local file. Links are not followed: a click
/// emits linkActivated() with the real target, hovering emits linkHovered().
class MessageBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MessageBrowser(QWidget *parent = nullptr);
    ~MessageBrowser() override;

    /// The message whose cid: parts the HTML may show. Resets remote content to blocked.
    void setMessage(const Mime::Message &message);
    /// Shows HTML (sanitised first).
    void showHtml(const QString &html);
    /// Shows plain text with quote levels and clickable links.
    void showPlainText(const QString &text);
    /// Shows HTML that is sanitised already (MessagePreparer::bodyHtml's output).
    void showSanitized(const QString &html);
    /// setMessage() and show its body, which MessagePreparer laid into @p document off
    /// the UI thread (@p sanitizedHtml: MessagePreparer::bodyHtml's output). With
    /// @p remoteAllowed (a trusted sender) remote content loads at once.
    void setPrepared(const Mime::Message &message, const QString &sanitizedHtml,
                     std::shared_ptr<QTextDocument> document, bool remoteAllowed);

    /// Where allowed remote content is fetched from (not owned). Without one, remote
    /// content is never fetched.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    QNetworkAccessManager *networkAccessManager() const;
    /// Allows remote content for the current message and reloads it.
    void setRemoteContentAllowed(bool allowed);
    bool remoteContentAllowed() const { return m_remoteAllowed; }
    /// Remote URLs the current message asked for and did not get.
    QList<QUrl> blockedUrls() const { return m_blocked; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// The message has remote content that was not loaded (once per message).
    void remoteContentBlocked(int count);
    /// The HTML shows parts of the message (cid:, RFC 2392) that are not downloaded yet
    /// (an IMAP message opened on demand): @p partIds, each asked for once per message.
    void partsMissing(const QStringList &partIds);
    void linkActivated(const QUrl &url);
    void linkHovered(const QUrl &url);

private:
    QVariant partResource(const QByteArray &contentId);
    void askFor(const QString &partId);
    void fetch(int type, const QUrl &url);
    void rerender();
    void reset(const Mime::Message &message);

    Mime::Message m_message;
    QPointer<QNetworkAccessManager> m_network;
    bool m_remoteAllowed = false;
    bool m_blockSignalPending = false;
    QStringList m_missing;      ///< parts asked for by partsMissing() (or about to be)
    qsizetype m_missingSent = 0; ///< how many of m_missing were emitted
    QList<QUrl> m_blocked;
    QSet<QUrl> m_inFlight;
    QHash<QUrl, QVariant> m_fetched;
    QString m_html;
    std::shared_ptr<QTextDocument> m_prepared; ///< the document shown, if MessagePreparer made it
};

} // namespace Pigeon::Ui
