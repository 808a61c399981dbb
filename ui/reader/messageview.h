// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/bodyextractor.h"
#include "mime/message.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QNetworkAccessManager;

namespace Pigeon::Ui {

class AttachmentList;
class MessagePreparer;
struct PreparedMessage;
class HeaderView;
class MessageBrowser;
class RemoteContentPolicy;

/// The reading view: compact header, a bar offering remote content when some was
/// blocked, the body (HTML or plain text, safely), the attachments, a per-message
/// character encoding override, and the real target of the link under the mouse.
class MessageView : public QWidget
{
    Q_OBJECT
public:
    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    /// Shows @p message now (its body is decoded and laid out on this thread).
    void setMessage(const Mime::Message &message);
    /// Parses @p bytes and shows the message, prepared off the UI thread
    /// (MessagePreparer): loaded() or loadFailed() when done. A newer load(),
    /// setMessage() or cancelLoad() drops it.
    void load(const QByteArray &bytes);
    /// The message on screen again, with more of it downloaded (a picture, the rest of
    /// its text): prepared like load(), but it stays on screen meanwhile and keeps its
    /// scroll position, encoding override and remote content choice.
    void reload(const QByteArray &bytes);
    void cancelLoad();
    bool isLoading() const;
    const Mime::Message &message() const { return m_message; }

    /// Show the HTML alternative when a message has one (default: plain text). The
    /// message on screen is laid out again at once; one being loaded is prepared again.
    /// A message with one format shows it either way.
    void setPreferHtml(bool prefer);
    bool preferHtml() const { return m_options.preferHtml; }
    /// "Character encoding" override for this message; empty = automatic.
    void setCharsetOverride(const QByteArray &charset);
    QByteArray charsetOverride() const { return m_options.charsetOverride; }

    void setRemoteContentPolicy(RemoteContentPolicy *policy);
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /// Opens clicked links (default: QDesktopServices, i.e. the system browser).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    /// Loads remote content for this message only.
    void loadRemoteContent();
    /// Trusts the sender from now on and loads the remote content.
    void trustSender();

    MessageBrowser *browser() const { return m_browser; }
    HeaderView *headerView() const { return m_header; }
    AttachmentList *attachmentList() const { return m_attachments; }
    bool remoteContentBarVisible() const;
    /// The body on screen is the other alternative than the one preferred, because the
    /// preferred one is not downloaded (MessagePreparer::displayBody()).
    bool showsOtherAlternative() const { return m_otherAlternative; }
    QString hoveredLinkText() const;

    /// The encodings the override menu offers (label, charset), "Automatic" first.
    static QList<QPair<QString, QByteArray>> encodings();

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    /// The message load() was asked for is on screen.
    void loaded();
    /// The bytes load() was given are not a message.
    void loadFailed(const Pigeon::MailError &error);
    /// Parts of the message shown are not downloaded yet (@p partIds): pictures (cid:)
    /// its HTML shows, or the text of the alternative preferred.
    void partsMissing(const QStringList &partIds);
    /// The message on screen was laid out again with other options (HTML preferred or
    /// not, another encoding), not loaded anew.
    void rerendered();

private:
    void render();
    /// Hands m_pending to the preparer with the options of now.
    void prepare();
    /// Asks (partsMissing) for the preferred body parts that are not downloaded.
    void askForMissingText();
    void apply(const PreparedMessage &prepared);
    /// Shows @p message's header and attachments; the body is the caller's.
    void showParts(const Mime::Message &message);
    void showSource();
    QString senderAddress() const;

    Mime::Message m_message;
    Mime::BodyOptions m_options;
    HeaderView *m_header;
    QFrame *m_remoteBar;
    QLabel *m_remoteLabel;
    QPushButton *m_trustButton;
    QComboBox *m_encoding;
    MessageBrowser *m_browser;
    AttachmentList *m_attachments;
    QLabel *m_linkTarget;
    RemoteContentPolicy *m_policy = nullptr;
    MessagePreparer *m_preparer;
    std::function<bool(const QUrl &)> m_opener;
    bool m_reloading = false; ///< the load waited for is a reload()
    bool m_otherAlternative = false;
    QByteArray m_pending;     ///< the bytes of the load waited for
};

} // namespace Pigeon::Ui
