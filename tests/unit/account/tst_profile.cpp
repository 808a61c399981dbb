// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "account/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Pigeon::Account::Profile;

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everythingUnderTheDirectory()
    {
        QTemporaryDir dir;
        const Profile p = Profile::fromOption(dir.path());
        QVERIFY(!p.isStandard());
        for (const QString &path : {p.configDirectory(), p.dataDirectory(), p.cacheDirectory(), p.accountsFile()})
            QVERIFY2(path.startsWith(dir.path() + QLatin1Char('/')), qPrintable(path));
        QVERIFY(p.ensureDirectories().ok());
        for (const QString &path : {p.configDirectory(), p.dataDirectory(), p.cacheDirectory()}) {
            QVERIFY(QFileInfo(path).isDir());
            QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        }
    }

    void relativeDirectoryBecomesAbsolute()
    {
        const Profile p = Profile::inDirectory(QStringLiteral("some/relative/../dir"));
        QVERIFY(QDir::isAbsolutePath(p.rootDirectory()));
        QVERIFY(p.rootDirectory().endsWith(QLatin1String("/some/dir")));
    }

    void keychainScopesDiffer()
    {
        const Profile standard = Profile::fromOption(QString());
        const Profile a = Profile::inDirectory(QStringLiteral("/tmp/pigeon-a"));
        const Profile b = Profile::inDirectory(QStringLiteral("/tmp/pigeon-b"));
        QVERIFY(standard.isStandard());
        QCOMPARE(standard.keychainScope(), QStringLiteral("default"));
        QVERIFY(a.keychainScope() != standard.keychainScope());
        QVERIFY(a.keychainScope() != b.keychainScope());
        QCOMPARE(a.keychainScope(), Profile::inDirectory(QStringLiteral("/tmp/pigeon-a/")).keychainScope());
    }

    void standardUsesQStandardPaths()
    {
        const Profile p = Profile::standard();
        QCOMPARE(p.configDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
        QCOMPARE(p.dataDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(p.cacheDirectory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pigeon"));
    QCoreApplication::setApplicationName(QStringLiteral("pigeon-test-profile"));
    QStandardPaths::setTestModeEnabled(true); // never the user's real directories
    TestProfile test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profile.moc"
