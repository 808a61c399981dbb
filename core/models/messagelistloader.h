// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "models/messageroles.h"
#include "models/rankedstrings.h"
#include "store/messagelistquery.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QObject>

#include <functional>
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
    /// Threading (if asked for), done here rather than on the UI thread: per item its
    /// Message-ID, References, parent item (-1 for a root) and its thread's newest date;
    /// `order` then lists the thread roots in the asked order.
    std::vector<QByteArray> messageIds;
    std::vector<QList<QByteArray>> refs;
    std::vector<qint32> parents;
    std::vector<qint64> threadDates;
    QHash<QByteArray, quint32> byMessageId;
    RankedStrings senders{RankedStrings::Kind::Name};
    RankedStrings recipients{RankedStrings::Kind::Names};
    RankedStrings subjects{RankedStrings::Kind::Subject};
    /// The order asked for, and the items in it (flat lists only), so the model need
    /// not sort 100,000 rows on the UI thread.
    MessageColumn sortColumn = MessageColumn::Date;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    std::vector<quint32> order;
    QHash<quint64, quint32> byKey; ///< (source << 48 | id) -> item index
    bool complete = true;  ///< false: only the newest messages, the rest follows
    MailError error;       ///< kind None on success

    static quint64 key(quint16 source, qint64 id) { return (quint64(source) << 48) | quint64(id); }
};
using LoadedListPtr = std::shared_ptr<LoadedList>;

/// Loads message lists off the UI thread (a thread-pool job with its own read-only
/// connection per store). A load first delivers a screenful in the asked order if it
/// can get one quickly, then the whole list (and notes its first rows in every order
/// in the ListOrderCache for the next time). Starting a new load abandons the previous one: its results are never
/// delivered.
class MessageListLoader : public QObject
{
    Q_OBJECT
public:
    explicit MessageListLoader(QObject *parent = nullptr);
    ~MessageListLoader() override;

    /// What to load and in which order to deliver it.
    struct Request {
        QList<MessageSource> sources;
        /// > 0: deliver that many first rows in the asked order first (complete = false):
        /// the newest from the index, any other order from the ListOrderCache (if it
        /// knows the folder). < 0: neither, and leave the cache alone.
        int firstScreen = 0;
        bool threading = false;
        QLocale locale;
        MessageColumn sortColumn = MessageColumn::Date;
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
    };

    void start(const Request &request);
    void cancel();
    bool isRunning() const;

    /// The synchronous body of a load (@p limit newest messages per source, all if < 0),
    /// for the thread-pool job and benchmarks.
    static LoadedListPtr load(const Request &request, int limit);

    /// The first screen of a load, or null if there is no quick way to it.
    static LoadedListPtr firstScreen(const Request &request);

Q_SIGNALS:
    void loaded(Pigeon::Models::LoadedListPtr list);

private:
    /// Reads source @p s (an index into Request::sources) with @p query.
    using Reader = std::function<Result<Store::ListSnapshot>(Store::MessageListQuery &query, qsizetype s)>;
    static LoadedListPtr assemble(const Request &request, const Reader &reader);

    QFutureWatcher<LoadedListPtr> *m_watcher = nullptr;
};

} // namespace Pigeon::Models
