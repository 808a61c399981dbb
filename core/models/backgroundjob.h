// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace Pigeon::Models {

/// The pool the models read the stores on (off the UI thread). Two threads: a long
/// folder load does not hold up the folder pane's counts.
QThreadPool *backgroundPool();

/// Runs @p work on the background pool and hands its result to @p done on @p context's
/// thread. If @p context is destroyed first, @p done is never called (the watcher is
/// its child), and the result is dropped. Returns the watcher, so the caller can
/// cancel() it; @p work can poll the promise through @p canceled.
template<typename T, typename Work, typename Done>
QFutureWatcher<T> *runInBackground(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            done(watcher->result());
        watcher->deleteLater();
    });
    auto promise = std::make_shared<QPromise<T>>();
    watcher->setFuture(promise->future());
    backgroundPool()->start([promise, work] {
        promise->start();
        if (!promise->isCanceled())
            promise->addResult(work());
        promise->finish();
    });
    return watcher;
}

/// Frees @p value on the background pool: the containers of a 100,000-message list
/// hold hundreds of thousands of strings, whose release would cost the UI thread
/// tens of milliseconds. Only for values nothing else on the UI thread still uses
/// (implicitly shared data is safe: its reference counts are atomic).
template<typename T>
void destroyInBackground(T &&value)
{
    auto holder = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    backgroundPool()->start([holder]() mutable { holder.reset(); });
}

} // namespace Pigeon::Models
