// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/messageview.h"

#include "mime/charset.h"
#include "ui/reader/attachmentlist.h"
#include "ui/reader/headerview.h"
#include "ui/reader/messagebrowser.h"
#include "ui/reader/messagepreparer.h"
#include "ui/reader/remotecontentpolicy.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Pigeon::Ui {

MessageView::MessageView(QWidget *parent)
    : QWidget(parent),
      m_header(new HeaderView(this)),
      m_remoteBar(new QFrame(this)),
      m_remoteLabel(new QLabel(m_remoteBar)),
      m_trustButton(new QPushButton(m_remoteBar)),
      m_encoding(new QComboBox(this)),
      m_browser(new MessageBrowser(this)),
      m_attachments(new AttachmentList(this)),
      m_linkTarget(new QLabel(this)),
      m_preparer(new MessagePreparer(this))
{
    connect(m_preparer, &MessagePreparer::prepared, this, &MessageView::apply);
    m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    m_remoteBar->setFrameShape(QFrame::StyledPanel);
    auto *load = new QPushButton(tr("Load remote content"), m_remoteBar);
    auto *barLayout = new QHBoxLayout(m_remoteBar);
    barLayout->addWidget(m_remoteLabel, 1);
    barLayout->addWidget(load);
    barLayout->addWidget(m_trustButton);
    m_remoteBar->setVisible(false);

    for (const auto &[label, charset] : encodings())
        m_encoding->addItem(label, charset);
    m_encoding->setToolTip(tr("Character encoding of this message"));
    auto *tools = new QHBoxLayout;
    tools->addStretch();
    tools->addWidget(new QLabel(tr("Encoding:"), this));
    tools->addWidget(m_encoding);

    m_linkTarget->setTextFormat(Qt::PlainText);
    m_linkTarget->setObjectName(QStringLiteral("linkTarget"));
    m_attachments->setMaximumHeight(120);
    m_attachments->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(tools);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_linkTarget);

    connect(load, &QPushButton::clicked, this, &MessageView::loadRemoteContent);
    connect(m_trustButton, &QPushButton::clicked, this, &MessageView::trustSender);
    connect(m_encoding, &QComboBox::activated, this,
            [this](int index) { setCharsetOverride(m_encoding->itemData(index).toByteArray()); });
    connect(m_header, &HeaderView::sourceRequested, this, &MessageView::showSource);
    connect(m_browser, &MessageBrowser::remoteContentBlocked, this, [this, load](int count) {
        // Allowed, but Pigeon works offline (no network given): said, not offered again.
        const bool waiting = m_browser->remoteContentAllowed() && !m_browser->networkAccessManager();
        m_remoteLabel->setText(waiting ? tr("Pigeon is working offline: the remote content loads when you go online.")
                                       : tr("Remote content was blocked to protect your privacy (%n item(s)).", nullptr, count));
        load->setVisible(!waiting);
        m_trustButton->setText(tr("Always load from %1").arg(senderAddress()));
        m_trustButton->setVisible(!waiting && !senderAddress().isEmpty() && m_policy);
        m_remoteBar->setVisible(true);
    });
    connect(m_browser, &MessageBrowser::partsMissing, this, &MessageView::partsMissing);
    connect(m_browser, &MessageBrowser::linkHovered, this, [this](const QUrl &url) {
        // The real target, whatever the link's text claims.
        m_linkTarget->setText(url.isEmpty() ? QString() : url.toDisplayString());
    });
    connect(m_browser, &MessageBrowser::linkActivated, this, [this](const QUrl &url) {
        Q_EMIT linkActivated(url);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")
            || scheme == QLatin1String("ftp"))
            m_opener(url);
    });
}

MessageView::~MessageView() = default;

QList<QPair<QString, QByteArray>> MessageView::encodings()
{
    return {{tr("Automatic"), QByteArray()},
            {QStringLiteral("Unicode (UTF-8)"), QByteArray("UTF-8")},
            {tr("Cyrillic (KOI8-R)"), QByteArray("KOI8-R")},
            {tr("Cyrillic (Windows-1251)"), QByteArray("windows-1251")},
            {tr("Cyrillic (ISO-8859-5)"), QByteArray("ISO-8859-5")},
            {tr("Arabic/Persian (Windows-1256)"), QByteArray("windows-1256")},
            {tr("Central European (Windows-1250)"), QByteArray("windows-1250")},
            {tr("Central European (ISO-8859-2)"), QByteArray("ISO-8859-2")},
            {tr("Western (Windows-1252)"), QByteArray("windows-1252")}};
}

void MessageView::setMessage(const Mime::Message &message)
{
    m_preparer->cancel();
    m_reloading = false;
    m_pending.clear();
    showParts(message);
    m_browser->setMessage(message);
    render();
    if (m_policy && m_policy->isTrusted(senderAddress()))
        m_browser->setRemoteContentAllowed(true);
}

void MessageView::showParts(const Mime::Message &message)
{
    m_message = message;
    m_options.charsetOverride.clear();
    m_encoding->setCurrentIndex(0);
    m_header->setMessage(message);
    m_attachments->setMessage(message);
    m_remoteBar->setVisible(false);
    m_linkTarget->clear();
}

void MessageView::load(const QByteArray &bytes)
{
    m_reloading = false;
    m_pending = bytes;
    prepare();
}

void MessageView::reload(const QByteArray &bytes)
{
    m_reloading = true;
    m_pending = bytes;
    prepare();
}

void MessageView::prepare()
{
    Mime::BodyOptions options = m_options;
    if (!m_reloading)
        options.charsetOverride.clear(); // a new message starts in automatic
    m_preparer->prepare(m_pending, options, m_browser->font());
}

void MessageView::cancelLoad()
{
    m_preparer->cancel();
    m_reloading = false;
    m_pending.clear();
}

bool MessageView::isLoading() const
{
    return m_preparer->isBusy();
}

void MessageView::apply(const PreparedMessage &prepared)
{
    m_pending.clear();
    if (prepared.error.kind() != MailError::Kind::None) {
        Q_EMIT loadFailed(prepared.error);
        return;
    }
    const bool reloading = std::exchange(m_reloading, false);
    m_otherAlternative = prepared.otherAlternative;
    const bool remoteWasAllowed = m_browser->remoteContentAllowed();
    const int scroll = m_browser->verticalScrollBar()->value();
    const QByteArray charset = m_options.charsetOverride;
    showParts(prepared.message);
    m_browser->setPrepared(prepared.message, prepared.html, prepared.document,
                           (reloading && remoteWasAllowed) || (m_policy && m_policy->isTrusted(senderAddress())));
    if (reloading) {
        m_options.charsetOverride = charset; // what the document was prepared with
        if (const int index = m_encoding->findData(charset); index >= 0)
            m_encoding->setCurrentIndex(index);
        // Again once laid out: the range is not known before.
        m_browser->verticalScrollBar()->setValue(scroll);
        QTimer::singleShot(0, m_browser, [b = m_browser, scroll] { b->verticalScrollBar()->setValue(scroll); });
    }
    Q_EMIT loaded();
    askForMissingText();
}

void MessageView::setPreferHtml(bool prefer)
{
    if (prefer == m_options.preferHtml)
        return;
    m_options.preferHtml = prefer;
    if (m_preparer->isBusy() && !m_pending.isNull()) {
        // Being prepared with the old choice: that result is dropped for this one.
        prepare();
        if (!m_reloading)
            return; // a new message: the one behind "Loading…" need not be laid out
    }
    render();
    Q_EMIT rerendered();
}

void MessageView::setCharsetOverride(const QByteArray &charset)
{
    m_options.charsetOverride = charset;
    const int index = m_encoding->findData(charset);
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
    render();
    Q_EMIT rerendered();
}

void MessageView::setRemoteContentPolicy(RemoteContentPolicy *policy) { m_policy = policy; }
void MessageView::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    // Online again with content the user allowed: it loads now, the bar's reason is gone
    // (offline again, the browser blocks it and the bar comes back saying so).
    if (manager && m_browser->remoteContentAllowed())
        m_remoteBar->setVisible(false);
    m_browser->setNetworkAccessManager(manager);
}
void MessageView::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = opener;
    m_attachments->opener = std::move(opener);
}

bool MessageView::remoteContentBarVisible() const { return m_remoteBar->isVisibleTo(this); }
QString MessageView::hoveredLinkText() const { return m_linkTarget->text(); }

QString MessageView::senderAddress() const
{
    return m_message.summary().from.value(0).address;
}

void MessageView::loadRemoteContent()
{
    m_remoteBar->setVisible(false);
    m_browser->setRemoteContentAllowed(true);
}

void MessageView::trustSender()
{
    if (m_policy && !senderAddress().isEmpty())
        m_policy->trust(senderAddress());
    loadRemoteContent();
}

void MessageView::render()
{
    m_otherAlternative = false;
    if (m_message.isNull()) {
        m_browser->clear();
        return;
    }
    // The bar comes back if the body laid out now is blocked from remote content too
    // (the plain text never is); what the user allowed for this message stays allowed.
    m_remoteBar->setVisible(false);
    m_browser->showSanitized(MessagePreparer::bodyHtml(MessagePreparer::displayBody(m_message, m_options, &m_otherAlternative)));
    askForMissingText();
}

void MessageView::askForMissingText()
{
    QStringList ids;
    for (const Mime::MimePart *p : Mime::BodyExtractor::bodyParts(m_message.root(), m_options.preferHtml)) {
        if (p->contentState == Mime::MimePart::ContentState::NotDownloaded)
            ids.append(p->partId);
    }
    if (!ids.isEmpty())
        Q_EMIT partsMissing(ids);
}

void MessageView::showSource()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Message Source"));
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Raw bytes: ASCII and UTF-8 show as they are, other 8-bit bytes as Latin-1.
    const QByteArray raw = m_message.source(8 * 1024 * 1024);
    text->setPlainText(Mime::Charset::isValidUtf8(raw) ? QString::fromUtf8(raw) : QString::fromLatin1(raw));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(800, 600);
    dialog->show();
}

} // namespace Pigeon::Ui
