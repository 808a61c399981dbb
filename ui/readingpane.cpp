// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/readingpane.h"

#include "ui/reader/messageview.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Pigeon::Ui {

ReadingPane::ReadingPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_partialBar(new QFrame(this))
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
    // A message over the account's size limit was stored as its first lines (POP3 TOP).
    auto *bar = static_cast<QFrame *>(m_partialBar);
    bar->setObjectName(QStringLiteral("partialBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    auto *barText = new QLabel(tr("Only the beginning of this message has been downloaded."), bar);
    barText->setWordWrap(true);
    auto *download = new QPushButton(QIcon::fromTheme(QStringLiteral("emblem-downloads")), tr("Download the Rest"), bar);
    download->setObjectName(QStringLiteral("partialDownload"));
    connect(download, &QPushButton::clicked, this, [this] {
        if (m_id)
            Q_EMIT downloadRequested(m_account, m_id);
    });
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->addWidget(barText, 1);
    barLayout->addWidget(download);
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
    m_partialBar->hide();
    m_placeholder->setText(tr("Loading the message…"));
    m_stack->setCurrentWidget(m_placeholder);
}

void ReadingPane::showMessage(const QString &accountId, Store::MessageId id, const QByteArray &bytes)
{
    if (accountId != m_account || id != m_id)
        return; // the user moved on meanwhile
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
    m_partialBar->setVisible(m_partial);
    if (m_unread && m_delay >= 0)
        m_readTimer->start(m_delay);
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
