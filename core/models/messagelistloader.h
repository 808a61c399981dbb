// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "models/rankedstrings.h"
#include "store/messagelistquery.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>

#include <memory>
#include <vector>

namespace Pigeon::Models {

/// One folder of one account shown by a message list. A unified Inbox has several.
struct MessageSource {
    QString accountId;
    QString indexPath;  ///< the account store's index (Store::MessageListQuery::indexPathFor)
    qint64 folderId = 0;
    QString folderName; ///< matches Store::MessageRow::folder of streamed rows
    bool operator==(const MessageSource &) const = default;
};

/// What a load delivers: the folders' messages ordered by (source, id), with their
/// texts ranked for sorting.
struct LoadedList {
    QList<MessageSource> sources;
    std::vector<Store::ListItem> items;
    std::vector<quint16> source;                  ///< per item: index into sources
    std::vector<Store::ThreadHeaders> headers;    ///< per item, if threading was asked for
    RankedStrings senders{RankedStrings::Kind::Name};
    RankedStrings recipients{RankedStrings::Kind::Names};
    RankedStrings subjects{RankedStrings::Kind::Subject};
    bool complete = true;  ///< false: only the newest messages, the rest follows
    MailError error;       ///< kind None on success
};
using LoadedListPtr = std::shared_ptr<LoadedList>;

/// Loads message lists off the UI thread (a thread-pool job with its own read-only
/// connection per store). A load first delivers the newest screenful in date order, then
/// the whole list. Starting a new load abandons the previous one: its results are never
/// delivered.
class MessageListLoader : public QObject
{
    Q_OBJECT
public:
    explicit MessageListLoader(QObject *parent = nullptr);
    ~MessageListLoader() override;

    /// @p firstScreen > 0: deliver that many newest messages first (complete = false).
    void start(const QList<MessageSource> &sources, int firstScreen, bool threading, const QLocale &locale);
    void cancel();
    bool isRunning() const;

    /// The synchronous body of a load, for the thread-pool job and benchmarks.
    static LoadedListPtr load(const QList<MessageSource> &sources, int limit, bool threading, const QLocale &locale);

Q_SIGNALS:
    void loaded(Pigeon::Models::LoadedListPtr list);

private:
    QFutureWatcher<LoadedListPtr> *m_watcher = nullptr;
};

} // namespace Pigeon::Models
