// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/task.h"

#include <QSignalSpy>
#include <QTest>

using namespace Pigeon;
using Pigeon::Sync::Task;

class TestTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finishesOnce_data();
    void finishesOnce();
    void progressIsReportedWhenItChanges();
    void cancelRunsTheHandlerThenFinishesCancelled();
    void cancelWhoseHandlerFinishesKeepsThatResult();
    void cancelAfterFinishDoesNothing();
    void cancelThroughAQueuedCall();
};

void TestTask::finishesOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("success") << int(MailError::Kind::None);
    QTest::newRow("network") << int(MailError::Kind::Network);
    QTest::newRow("disk full") << int(MailError::Kind::DiskFull);
}

void TestTask::finishesOnce()
{
    QFETCH(int, kind);
    Task task(QStringLiteral("Updating INBOX"));
    QCOMPARE(task.title(), QStringLiteral("Updating INBOX"));
    QSignalSpy finished(&task, &Task::finished);
    const MailError error = MailError::Kind(kind) == MailError::Kind::None
        ? MailError()
        : MailError(MailError::Kind(kind), QStringLiteral("it broke"));
    task.finish(error);
    task.finish(MailError(MailError::Kind::Io, QStringLiteral("second")));
    task.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<MailError>().kind(), MailError::Kind(kind));
    QVERIFY(task.isFinished());
    QCOMPARE(task.error().kind(), MailError::Kind(kind));
}

void TestTask::progressIsReportedWhenItChanges()
{
    Task task(QStringLiteral("t"));
    QSignalSpy progress(&task, &Task::progressChanged);
    task.setProgress(0, 0); // the initial state: no signal
    task.setProgress(10, 100);
    task.setProgress(10, 100);
    task.setProgress(100, 100);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.at(1).at(0).toLongLong(), 100);
    QCOMPARE(task.done(), 100);
    QCOMPARE(task.total(), 100);
    task.finish();
    task.setProgress(5, 6); // after the end: ignored
    QCOMPARE(progress.size(), 2);
    QCOMPARE(task.done(), 100);
}

void TestTask::cancelRunsTheHandlerThenFinishesCancelled()
{
    Task task(QStringLiteral("t"));
    int handled = 0;
    task.setCancelHandler([&] { ++handled; });
    QSignalSpy finished(&task, &Task::finished);
    task.cancel();
    task.cancel();
    QCOMPARE(handled, 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(task.error().kind(), MailError::Kind::Cancelled);
}

void TestTask::cancelWhoseHandlerFinishesKeepsThatResult()
{
    // The work may complete in the handler (say the last batch was stored): that
    // result stands and nothing more is emitted.
    Task task(QStringLiteral("t"));
    task.setCancelHandler([&] { task.finish(); });
    QSignalSpy finished(&task, &Task::finished);
    task.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!task.error().isError());
}

void TestTask::cancelAfterFinishDoesNothing()
{
    Task task(QStringLiteral("t"));
    bool handled = false;
    task.setCancelHandler([&] { handled = true; });
    task.finish();
    task.cancel();
    QVERIFY(!handled);
    QVERIFY(!task.error().isError());
}

void TestTask::cancelThroughAQueuedCall()
{
    // How the UI thread cancels a task living on an account's worker thread.
    QThread worker;
    worker.start();
    auto *task = new Task(QStringLiteral("t"));
    task->moveToThread(&worker);
    QThread *handlerThread = nullptr;
    task->setCancelHandler([&] { handlerThread = QThread::currentThread(); });
    // Received on this thread through its event queue. A QSignalSpy::wait() counts only
    // signals after it starts: when the worker ran the queued cancel and emitted first,
    // the wait saw nothing and failed after 5 s (seen once at load 6).
    QObject receiver;
    int finishedCount = 0;
    MailError error;
    connect(
        task, &Task::finished, &receiver,
        [&](const MailError &e) {
            ++finishedCount;
            error = e;
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(task, &Task::cancel, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 5000);
    QCOMPARE(handlerThread, &worker);
    QCOMPARE(error.kind(), MailError::Kind::Cancelled);
    worker.quit();
    worker.wait();
    delete task;
}

QTEST_GUILESS_MAIN(TestTask)
#include "tst_task.moc"
