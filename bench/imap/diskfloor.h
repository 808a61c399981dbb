// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QJsonObject>
#include <QString>

namespace Pigeon::Bench {

/// The floor for a durable download on this machine's disk: the same bytes written the
/// way the store writes a "download all" (one pwrite of a batch at the end of a new
/// file, then fdatasync, batch after batch), with nothing else: no network, no parsing,
/// no formatting, one buffer reused. The file is removed afterwards.
class DiskFloor
{
public:
    /// Writes @p bytes in batches of @p batchBytes into a new file in @p dir. With
    /// @p release, each synced batch's pages are released from the page cache
    /// (posix_fadvise DONTNEED), as Store::AppendMode::Bulk does. The JSON has write_s
    /// (wall time of the writes and syncs), write_cpu_s (this thread's CPU, user and
    /// kernel) and batches; on failure *@p error says why.
    static QJsonObject run(const QString &dir, qint64 bytes, qint64 batchBytes, bool release, QString *error);
};

} // namespace Pigeon::Bench
