// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"

#include <QMetaType>
#include <QString>

namespace Pigeon::Sync {

/// A snapshot of one long job of an account (a check, a folder load, a move), as the
/// UI shows it. Jobs run on the account's worker thread; the UI only ever sees these
/// values, so it never touches an object of another thread. Cancel with
/// AccountRuntime::cancelTask(id).
struct TaskProgress {
    quint64 id = 0;
    QString account;      ///< the account's display name
    QString title;        ///< "Checking mail", "Downloading 120 of 3,400"… (translated)
    int done = 0;
    int total = 0;        ///< 0 = unknown (busy indicator)
    qint64 bytes = 0;
    bool cancellable = true;
};

} // namespace Pigeon::Sync

Q_DECLARE_METATYPE(Pigeon::Sync::TaskProgress)
