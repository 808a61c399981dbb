// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "store/messageflags.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Pigeon::Ui {

class MessageView;

/// The reading pane: the message the list's current row points at (MessageView), a
/// placeholder when there is none, "Loading…" while its bytes come from the account's
/// worker and while a worker thread parses and lays them out, a plain sentence when it cannot be shown. Marks an unread message read once
/// it was on screen for the configured delay (0 = at once, negative = never), so
/// running through the list with the arrow keys does not mark everything read.
class ReadingPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    void setMarkReadDelay(int milliseconds);
    int markReadDelay() const { return m_delay; }

    /// No message selected (or several).
    void clear(const QString &text = {});
    /// The list moved to this message; its bytes are on their way.
    void showLoading(const QString &accountId, Store::MessageId id, bool unread, bool partial = false);
    /// The bytes arrived (ignored unless they are for the message being shown): they
    /// are parsed and laid out off the UI thread while "Loading…" stays; the message
    /// shows when ready, unless the list moved on meanwhile (then it is dropped).
    void showMessage(const QString &accountId, Store::MessageId id, const QByteArray &bytes);
    void showError(const QString &accountId, Store::MessageId id, const QString &text);

    QString accountId() const { return m_account; }
    Store::MessageId messageId() const { return m_id; }
    MessageView *view() const { return m_view; }
    bool isShowingMessage() const;
    /// True while the bar offering the rest of a partly downloaded message shows: a
    /// POP3 message stored as its first lines, or an IMAP message whose text was cut
    /// at the cap (Sync::PartPlan) or is not downloaded (the HTML preferred, say).
    bool isOfferingDownload() const;
    /// The bar's sentence (what is missing, or why the download failed).
    QString downloadNotice() const;
    /// "Download" on the bar did not work for this message: the bar says @p text.
    /// False when another message is shown now (nothing was said).
    bool downloadFailed(const QString &accountId, Store::MessageId id, const QString &text);
    QString placeholderText() const;

Q_SIGNALS:
    void markReadRequested(const QString &accountId, Store::MessageId id);
    /// "Download the rest" on a partly downloaded message.
    void downloadRequested(const QString &accountId, Store::MessageId id);
    /// Parts of the message shown are not downloaded yet: pictures (cid:) its HTML
    /// shows, or the text of the alternative preferred (@p sections), each asked for
    /// once while the message is shown, however often it is laid out again.
    void inlinePartsRequested(const QString &accountId, Store::MessageId id, const QList<QByteArray> &sections);

private:
    void onViewLoaded();
    void onPartsMissing(const QStringList &partIds);
    /// Shows or hides the bar offering the rest of the message shown.
    void updateBar();
    /// The sentence for a message whose text was cut or not downloaded (the text the
    /// reader prefers), empty when all of it is here.
    QString partNotice() const;
    void showBar(const QString &text, bool busy);

    QStackedWidget *m_stack;
    QWidget *m_partialBar;
    QLabel *m_partialText;
    QPushButton *m_partialButton;
    QLabel *m_placeholder;
    MessageView *m_view;
    QTimer *m_readTimer;
    QString m_account;
    Store::MessageId m_id = 0;
    bool m_unread = false;
    bool m_partial = false;
    bool m_downloading = false;    ///< "Download" pressed for the message shown
    QSet<QString> m_askedParts;    ///< inlinePartsRequested() for the message shown
    int m_delay = 0;
};

} // namespace Pigeon::Ui
