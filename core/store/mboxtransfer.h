// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace Pigeon::Store {

class MailStore;

/// Import of an mbox file from elsewhere as a folder, and export of a folder as a
/// plain mboxrd file other programs read.
class MboxTransfer
{
    Q_DECLARE_TR_FUNCTIONS(Pigeon::Store::MboxTransfer)

public:
    /// Appends every message of @p path to @p folder (created if needed), keeping each
    /// separator's sender and date and the flags of Status:/X-Status:/X-Mozilla-Status.
    /// Reads mboxrd, mboxo (`>From ` unquoted once) and mboxcl/cl2 (a Content-Length that
    /// lands on a separator is trusted). All or nothing: a file that is not an mbox or
    /// ends in the middle of a message is reported and nothing is imported; a failure
    /// half-way (disk full) removes what was already added. Returns the count.
    static Result<qint64> importFile(MailStore &store, const QString &path, const QString &folder,
                                     int batchSize = 1000);
    /// Writes @p folder to @p path as mboxrd (written to a temporary file, fsynced,
    /// then renamed, so an existing file is replaced whole or not at all).
    static Result<qint64> exportFolder(MailStore &store, const QString &folder, const QString &path);
};

} // namespace Pigeon::Store
