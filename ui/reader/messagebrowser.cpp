// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/messagebrowser.h"

#include "ui/reader/htmlsanitizer.h"
#include "ui/reader/plaintextrenderer.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

namespace Pigeon::Ui {

namespace {
constexpr qint64 MaxInlineImage = 32 * 1024 * 1024;

const Mime::MimePart *findByContentId(const Mime::MimePart &root, const QByteArray &cid)
{
    const Mime::MimePart *found = nullptr;
    root.forEach([&](const Mime::MimePart &p) {
        if (!found && !p.contentId.isEmpty() && p.contentId == cid)
            found = &p;
    });
    return found;
}
} // namespace

MessageBrowser::MessageBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &MessageBrowser::linkActivated);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &MessageBrowser::linkHovered);
}

MessageBrowser::~MessageBrowser()
{
    // The document is not this widget's child to delete: the last PreparedMessage
    // holding it does (deleteLater).
    if (m_prepared)
        m_prepared->setParent(nullptr);
}

void MessageBrowser::setPrepared(const Mime::Message &message, const QString &sanitizedHtml,
                                 std::shared_ptr<QTextDocument> document, bool remoteAllowed)
{
    // The old document is not cleared (freeing a big one costs the UI thread): the new
    // one replaces it, with no resources cached yet.
    reset(message);
    m_remoteAllowed = remoteAllowed;
    m_html = sanitizedHtml;
    // QTextDocument::loadResource() asks its parent: this class serves cid:, data: and
    // (when allowed) remote resources, and blocks the rest, for this document too.
    document->setParent(this);
    setDocument(document.get());
    if (m_prepared)
        m_prepared->setParent(nullptr);
    m_prepared = std::move(document);
}

void MessageBrowser::setMessage(const Mime::Message &message)
{
    reset(message);
    document()->clear(); // also drops resources cached for the previous message
}

void MessageBrowser::reset(const Mime::Message &message)
{
    m_message = message;
    m_remoteAllowed = false;
    m_blocked.clear();
    m_inFlight.clear();
    m_fetched.clear();
    m_missing.clear();
    m_missingSent = 0;
}

void MessageBrowser::showHtml(const QString &html)
{
    m_html = HtmlSanitizer::sanitize(html);
    rerender();
}

void MessageBrowser::showPlainText(const QString &text)
{
    m_html = PlainTextRenderer::toHtml(text);
    rerender();
}

void MessageBrowser::showSanitized(const QString &html)
{
    m_html = html;
    rerender();
}

void MessageBrowser::rerender()
{
    m_blocked.clear();
    setHtml(m_html);
}

void MessageBrowser::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (manager == m_network)
        return;
    m_network = manager;
    // Content the user allowed while there was no network (working offline) loads
    // once there is one; without one it shows as blocked again.
    if (m_remoteAllowed)
        rerender();
}

QNetworkAccessManager *MessageBrowser::networkAccessManager() const
{
    return m_network;
}

void MessageBrowser::setRemoteContentAllowed(bool allowed)
{
    if (allowed == m_remoteAllowed)
        return;
    m_remoteAllowed = allowed;
    rerender();
}

QVariant MessageBrowser::partResource(const QByteArray &contentId)
{
    const Mime::MimePart *part = findByContentId(m_message.root(), contentId);
    if (!part)
        return {};
    if (part->contentState == Mime::MimePart::ContentState::NotDownloaded) {
        // The same limit as for a downloaded picture, judged on the size BODYSTRUCTURE
        // gave, so a 200 MB "image" is not fetched only to be refused.
        if (part->size <= MaxInlineImage && !m_missing.contains(part->partId))
            askFor(part->partId);
        return {};
    }
    auto bytes = m_message.content(part->partId, MaxInlineImage);
    if (!bytes)
        return {};
    QImage image;
    if (image.loadFromData(*bytes))
        return image;
    return *bytes;
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid"))
        return partResource(QUrl::fromPercentEncoding(name.path().toUtf8()).toUtf8());
    if (scheme == QLatin1String("data")) {
        // data:image/png;base64,... is part of the message, not remote.
        const QString spec = name.toString(QUrl::FullyEncoded);
        const qsizetype comma = spec.indexOf(QLatin1Char(','));
        if (comma > 0 && spec.left(comma).endsWith(QLatin1String(";base64")) && spec.mid(5).startsWith(QLatin1String("image/"))) {
            QImage image;
            if (image.loadFromData(QByteArray::fromBase64(spec.mid(comma + 1).toLatin1())))
                return image;
        }
        return {};
    }
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("ftp");
    if (remote && m_remoteAllowed) {
        // What came already stays on screen when Pigeon goes offline.
        if (auto it = m_fetched.constFind(name); it != m_fetched.constEnd())
            return *it;
        if (m_network) {
            fetch(type, name);
            return {};
        }
    }
    if (remote) {
        if (!m_blocked.contains(name))
            m_blocked.append(name);
        if (!m_blockSignalPending) {
            m_blockSignalPending = true;
            QTimer::singleShot(0, this, [this] {
                m_blockSignalPending = false;
                if (!m_blocked.isEmpty())
                    Q_EMIT remoteContentBlocked(int(m_blocked.size()));
            });
        }
    }
    // file:, qrc:, relative paths and anything else: a mail never reads local files.
    return {};
}

void MessageBrowser::askFor(const QString &partId)
{
    m_missing.append(partId);
    // Layout asks for every picture in one go: one signal for all of them.
    if (m_missing.size() - m_missingSent == 1) {
        QTimer::singleShot(0, this, [this] {
            const QStringList ids = m_missing.mid(m_missingSent);
            m_missingSent = m_missing.size();
            if (!ids.isEmpty())
                Q_EMIT partsMissing(ids);
        });
    }
}

void MessageBrowser::fetch(int type, const QUrl &url)
{
    if (m_inFlight.contains(url))
        return;
    m_inFlight.insert(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Remote content is where mail tracks its readers: no cookie goes out or is kept.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = m_network->get(request);
    // A "picture" of a gigabyte is not downloaded only to be refused at the end.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxInlineImage || total > MaxInlineImage)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, type, url] {
        reply->deleteLater();
        if (!m_inFlight.contains(url))
            return; // another message is shown now
        const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->read(MaxInlineImage) : QByteArray();
        if (data.isEmpty())
            return;
        QImage image;
        if (type == QTextDocument::ImageResource && image.loadFromData(data))
            m_fetched.insert(url, image);
        else
            m_fetched.insert(url, data);
        const int scroll = verticalScrollBar()->value();
        setHtml(m_html);
        verticalScrollBar()->setValue(scroll);
    });
}

} // namespace Pigeon::Ui
