// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Child of tst_storecrash: appends, moves, deletes and flags messages in a loop and
// reports each operation before it starts (lower case) and after it was committed
// (upper case), until it is killed with SIGKILL.
#include "storetestutil.h"

#include "store/mailstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Pigeon::Store;

static void say(const char *op, qint64 key, int extra = 0)
{
    std::printf("%s %lld %d\n", op, static_cast<long long>(key), extra);
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString root = QString::fromLocal8Bit(argv[1]);
    qint64 nextKey = QByteArray(argv[2]).toLongLong();
    QRandomGenerator rng(QByteArray(argv[3]).toUInt());
    MailStore store(root);
    if (!store.open()) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }
    say("O", 0);
    const QString inbox = QStringLiteral("Inbox");
    for (;;) {
        const int what = int(rng.bounded(10));
        if (what < 5) {
            const qint64 k = nextKey++;
            AppendRequest r;
            r.message = StoreTest::crashMessage(k);
            r.origin.uidl = "uidl-" + QByteArray::number(k);
            say("a", k);
            if (store.append(inbox, r))
                say("A", k);
            else
                return 1;
        } else if (what < 7) {
            QList<AppendRequest> batch;
            const int n = 2 + int(rng.bounded(4));
            for (int i = 0; i < n; ++i) {
                AppendRequest r;
                r.message = StoreTest::crashMessage(nextKey + i);
                batch << r;
                say("a", nextKey + i);
            }
            if (!store.appendBatch(inbox, batch))
                return 1;
            for (int i = 0; i < n; ++i)
                say("A", nextKey + i);
            nextKey += n;
        } else {
            Pigeon::Result<QList<MessageRow>> rows = store.list(inbox, 0, 50);
            if (!rows || rows->isEmpty())
                continue;
            const MessageRow &row = rows->at(int(rng.bounded(rows->size())));
            const qint64 k = StoreTest::crashKey(row.subject);
            if (what == 7) {
                say("m", k);
                if (store.move({row.id}, QStringLiteral("Archive")))
                    say("M", k);
                else
                    return 1;
            } else if (what == 8) {
                say("d", k);
                if (store.remove({row.id}))
                    say("D", k);
                else
                    return 1;
            } else {
                const int flags = int(rng.bounded(0x40));
                say("f", k, flags);
                if (store.setFlags({row.id}, MessageFlags::fromInt(flags), ~MessageFlags::fromInt(flags)))
                    say("F", k, flags);
                else
                    return 1;
            }
        }
    }
}
