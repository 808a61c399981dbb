// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "diskfloor.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace Pigeon::Bench {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString why(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(strerror(errno)));
}

} // namespace

QJsonObject DiskFloor::run(const QString &dir, qint64 bytes, qint64 batchBytes, bool release, QString *error)
{
    if (dir.isEmpty() || bytes <= 0 || batchBytes <= 0) {
        *error = QStringLiteral("disk-floor needs --store DIR --bytes N [--batch-bytes B] [--release on]");
        return {};
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/disk-floor.tmp"));
    ::unlink(path.constData());
    // Mail-like bytes, touched before the clock starts: the floor is the disk's, not malloc's.
    QByteArray buffer(batchBytes, 'x');
    for (qint64 i = 75; i < buffer.size(); i += 76)
        buffer[i] = '\n';
    QElapsedTimer t;
    const double cpu0 = threadCpuSeconds();
    t.start();
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = why("open");
        return {};
    }
    qint64 offset = 0, batches = 0;
    while (offset < bytes && error->isEmpty()) {
        const qint64 n = std::min(batchBytes, bytes - offset);
        for (qint64 done = 0; done < n;) {
            const ssize_t w = ::pwrite(fd, buffer.constData() + done, size_t(n - done), off_t(offset + done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                *error = why("pwrite");
                break;
            }
            done += w;
        }
        if (error->isEmpty() && ::fdatasync(fd) != 0)
            *error = why("fdatasync");
        if (release)
            (void)::posix_fadvise(fd, off_t(offset), off_t(n), POSIX_FADV_DONTNEED);
        offset += n;
        ++batches;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const double cpu = threadCpuSeconds() - cpu0;
    ::close(fd);
    ::unlink(path.constData());
    return QJsonObject{{QStringLiteral("mode"), QStringLiteral("disk-floor")},
                       {QStringLiteral("bytes"), double(bytes)},
                       {QStringLiteral("batch_bytes"), double(batchBytes)},
                       {QStringLiteral("batches"), double(batches)},
                       {QStringLiteral("release"), release},
                       {QStringLiteral("write_s"), seconds},
                       {QStringLiteral("write_cpu_s"), cpu}};
}

} // namespace Pigeon::Bench
