// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/readingpane.h"

#include "mime/bodyextractor.h"
#include "ui/reader/messageview.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Pigeon::Ui {

ReadingPane::ReadingPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_partialBar(new QFrame(this))
    , m_partialText(new QLabel(this))
    , m_partialButton(new QPushButton(this))
    , m_placeholder(new QLabel(this))
    , m_view(new MessageView(this))
    , m_readTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("readingPane"));
    m_placeholder->setObjectName(QStringLiteral("readingPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed: it is a hint, not content
    m_view->setObjectName(QStringLiteral("messageView"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    // A message over the account's size limit was stored as its first lines (POP3 TOP),
    // or an IMAP message's text was fetched up to the cap: the rest is a click away.
    auto *bar = static_cast<QFrame *>(m_partialBar);
    bar->setObjectName(QStringLiteral("partialBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    m_partialText->setParent(bar);
    m_partialText->setObjectName(QStringLiteral("partialText"));
    m_partialText->setWordWrap(true);
    m_partialButton->setParent(bar);
    m_partialButton->setIcon(QIcon::fromTheme(QStringLiteral("emblem-downloads")));
    m_partialButton->setObjectName(QStringLiteral("partialDownload"));
    connect(m_partialButton, &QPushButton::clicked, this, [this] {
        if (!m_id)
            return;
        m_downloading = true;
        showBar(tr("Downloading the complete message…"), true);
        Q_EMIT downloadRequested(m_account, m_id);
    });
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->addWidget(m_partialText, 1);
    barLayout->addWidget(m_partialButton);
    bar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_partialBar);
    layout->addWidget(m_stack);

    m_readTimer->setSingleShot(true);
    m_readTimer->setObjectName(QStringLiteral("markReadTimer"));
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        if (m_unread && m_id) {
            m_unread = false;
            Q_EMIT markReadRequested(m_account, m_id);
        }
    });
    connect(m_view, &MessageView::loaded, this, &ReadingPane::onViewLoaded);
    connect(m_view, &MessageView::partsMissing, this, &ReadingPane::onPartsMissing);
    // HTML preferred or not: the body that is missing or cut may be another one now.
    connect(m_view, &MessageView::rerendered, this, [this] {
        if (m_id && isShowingMessage())
            updateBar();
    });
    connect(m_view, &MessageView::loadFailed, this, [this](const MailError &error) {
        showError(m_account, m_id, tr("This message cannot be shown: %1").arg(error.text()));
    });
    clear();
}

void ReadingPane::setMarkReadDelay(int milliseconds)
{
    m_delay = milliseconds;
}

void ReadingPane::clear(const QString &text)
{
    m_readTimer->stop();
    m_view->cancelLoad();
    m_account.clear();
    m_id = 0;
    m_unread = false;
    m_partial = false;
    m_downloading = false;
    m_askedParts.clear();
    m_partialBar->hide();
    m_placeholder->setText(text.isEmpty() ? tr("No message selected") : text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ReadingPane::showLoading(const QString &accountId, Store::MessageId id, bool unread, bool partial)
{
    if (accountId == m_account && id == m_id)
        return; // the same message again (the list merged a batch): nothing to redo
    m_readTimer->stop();
    m_view->cancelLoad(); // a parse of the previous message is dropped when it ends
    m_account = accountId;
    m_id = id;
    m_unread = unread;
    m_partial = partial;
    m_downloading = false;
    m_askedParts.clear();
    m_partialBar->hide();
    m_placeholder->setText(tr("Loading the message…"));
    m_stack->setCurrentWidget(m_placeholder);
}

void ReadingPane::showMessage(const QString &accountId, Store::MessageId id, const QByteArray &bytes)
{
    if (accountId != m_account || id != m_id)
        return; // the user moved on meanwhile
    if (isShowingMessage()) {
        // More of the message on screen arrived (its pictures, an attachment, the rest
        // of its text): it stays readable, where it was, until the new one is ready.
        m_view->reload(bytes);
        return;
    }
    // Parsed and laid out off the UI thread; "Loading…" stays until it is ready.
    m_placeholder->setText(tr("Loading the message…"));
    m_stack->setCurrentWidget(m_placeholder);
    m_view->load(bytes);
}

void ReadingPane::onViewLoaded()
{
    if (!m_id)
        return;
    m_stack->setCurrentWidget(m_view);
    updateBar();
    // A reload (a picture arrived) does not start the delay again.
    if (m_unread && m_delay >= 0 && !m_readTimer->isActive())
        m_readTimer->start(m_delay);
}

void ReadingPane::updateBar()
{
    const QString notice = partNotice();
    if (notice.isEmpty() && !m_partial) {
        m_downloading = false; // whole now: the notice goes
        m_partialBar->hide();
    } else if (!m_downloading) {
        m_partialButton->setText(m_partial ? tr("Download the Rest") : tr("Download Complete Message"));
        showBar(m_partial ? tr("Only the beginning of this message has been downloaded.") : notice, false);
    }
}

QString ReadingPane::partNotice() const
{
    const Mime::Message &message = m_view->message();
    const bool html = m_view->preferHtml();
    // The preferred alternative is not downloaded (asked for; offline it does not
    // come): the other one is on screen instead.
    if (m_view->showsOtherAlternative()) {
        return html ? tr("The HTML version of this message has not been downloaded yet: its plain text is shown.")
                    : tr("The plain text version of this message has not been downloaded yet: its HTML version is shown.");
    }
    const Mime::MimePart *cut = nullptr;
    for (const Mime::MimePart *p : Mime::BodyExtractor::bodyParts(message.root(), html)) {
        if (p->contentState == Mime::MimePart::ContentState::NotDownloaded)
            return tr("The text of this message has not been downloaded yet.");
        if (!cut && p->isCut())
            cut = p;
    }
    if (!cut)
        return {};
    const QLocale l = locale();
    return tr("This message was only partly downloaded: its text stops after %1 of %2.")
        .arg(l.formattedDataSize(std::max<qint64>(0, cut->encodedSize), 1),
             l.formattedDataSize(cut->cutFromEncodedSize, 1));
}

void ReadingPane::showBar(const QString &text, bool busy)
{
    m_partialText->setText(text);
    m_partialButton->setEnabled(!busy);
    m_partialBar->show();
}

bool ReadingPane::downloadFailed(const QString &accountId, Store::MessageId id, const QString &text)
{
    if (accountId != m_account || id != m_id || !m_downloading)
        return false;
    m_downloading = false;
    showBar(text, false); // the button stays: it may work later
    return true;
}

QString ReadingPane::downloadNotice() const
{
    return m_partialText->text();
}

void ReadingPane::onPartsMissing(const QStringList &partIds)
{
    if (!m_id || !isShowingMessage())
        return;
    QList<QByteArray> sections;
    for (const QString &id : partIds) {
        if (!m_askedParts.contains(id)) {
            m_askedParts.insert(id);
            sections.append(id.toLatin1());
        }
    }
    if (!sections.isEmpty())
        Q_EMIT inlinePartsRequested(m_account, m_id, sections);
}

void ReadingPane::showError(const QString &accountId, Store::MessageId id, const QString &text)
{
    if (accountId != m_account || id != m_id)
        return;
    m_readTimer->stop();
    m_view->cancelLoad();
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

bool ReadingPane::isOfferingDownload() const
{
    return m_partialBar->isVisibleTo(this);
}

bool ReadingPane::isShowingMessage() const
{
    return m_stack->currentWidget() == m_view;
}

QString ReadingPane::placeholderText() const
{
    return m_placeholder->text();
}

} // namespace Pigeon::Ui
