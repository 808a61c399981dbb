// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "support/testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Pigeon::Test {

namespace {

struct Material {
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/pigeon-certs-XXXXXX")};
    QString error;
    bool ok = false;

    Material()
    {
        if (!dir.isValid()) {
            error = QStringLiteral("cannot create a temporary directory: ") + dir.errorString();
            return;
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"),
                {QStringLiteral(PIGEON_SOURCE_DIR "/tests/support/make_certs.sh"), dir.path()});
        // Test support code may block: this runs once, before any test touches the network.
        if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            error = QStringLiteral("make_certs.sh failed: ") + QString::fromLocal8Bit(p.readAll())
                + p.errorString();
            return;
        }
        ok = QFile::exists(dir.filePath(QStringLiteral("wronghost.pem")));
        if (!ok)
            error = QStringLiteral("make_certs.sh produced no wronghost.pem");
    }
};

Material &material()
{
    static Material m;
    return m;
}

QString baseName(TestCertificates::Kind kind)
{
    switch (kind) {
    case TestCertificates::Kind::Server: return QStringLiteral("cert");
    case TestCertificates::Kind::SelfSigned: return QStringLiteral("selfsigned");
    case TestCertificates::Kind::WrongHost: return QStringLiteral("wronghost");
    }
    return QStringLiteral("cert");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

bool TestCertificates::available()
{
    return material().ok;
}

QString TestCertificates::errorString()
{
    return material().error;
}

QString TestCertificates::directory()
{
    return material().dir.path();
}

QString TestCertificates::caFile()
{
    return material().dir.filePath(QStringLiteral("ca.pem"));
}

QString TestCertificates::certificateFile(Kind kind)
{
    return material().dir.filePath(baseName(kind) + QStringLiteral(".pem"));
}

QString TestCertificates::keyFile(Kind kind)
{
    // make_certs.sh names the server key key.pem, the others <name>-key.pem.
    if (kind == Kind::Server)
        return material().dir.filePath(QStringLiteral("key.pem"));
    return material().dir.filePath(baseName(kind) + QStringLiteral("-key.pem"));
}

QSslCertificate TestCertificates::caCertificate()
{
    return QSslCertificate(readFile(caFile()), QSsl::Pem);
}

QSslCertificate TestCertificates::certificate(Kind kind)
{
    return QSslCertificate(readFile(certificateFile(kind)), QSsl::Pem);
}

QSslKey TestCertificates::key(Kind kind)
{
    return QSslKey(readFile(keyFile(kind)), QSsl::Rsa, QSsl::Pem);
}

} // namespace Pigeon::Test
