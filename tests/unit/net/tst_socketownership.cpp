// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// House rule behind docs/SECURITY.md: SslTransport is the only code in the product that
// owns a socket, so no engine or UI can bypass certificate checks, the STARTTLS rules or
// the plaintext-password refusal. A socket class anywhere else fails this test.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_SocketOwnership : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlySslTransportOwnsSockets();
};

void tst_SocketOwnership::onlySslTransportOwnsSockets()
{
    static const QRegularExpression socketClass(
        QStringLiteral("\\b(QSslSocket|QTcpSocket|QAbstractSocket|QUdpSocket|QSslServer|QTcpServer|QDtls)\\b"));
    const QString root = QStringLiteral(PIGEON_SOURCE_DIR);
    const QStringList allowed{QStringLiteral("core/net/ssltransport.h"), QStringLiteral("core/net/ssltransport.cpp")};
    QStringList offenders;
    int scanned = 0;
    for (const QString &dir : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            if (allowed.contains(relative))
                continue;
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = socketClass.match(text);
            if (m.hasMatch())
                offenders << relative + QStringLiteral(": ") + m.captured(1);
        }
    }
    QVERIFY(scanned > 5);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_SocketOwnership)
#include "tst_socketownership.moc"
