// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Pigeon::Test {

/// Throw-away TLS material made by tests/support/make_certs.sh, once per test process,
/// in a temporary directory removed at exit.
///
/// ca.pem signs cert.pem (localhost, 127.0.0.1) and wronghost.pem (mail.other.invalid);
/// selfsigned.pem is signed by nobody. Tests trust the CA through TlsPolicy::extraCaFile.
class TestCertificates
{
public:
    enum class Kind {
        Server,     ///< cert.pem / key.pem: valid for localhost and 127.0.0.1, signed by the CA
        SelfSigned, ///< selfsigned.pem / selfsigned-key.pem
        WrongHost,  ///< wronghost.pem / wronghost-key.pem: signed by the CA, for mail.other.invalid
    };

    /// Whether the material could be made (openssl present, script succeeded).
    static bool available();
    /// Why available() is false, for QVERIFY2.
    static QString errorString();

    static QString directory();
    static QString caFile();
    static QString certificateFile(Kind kind = Kind::Server);
    static QString keyFile(Kind kind = Kind::Server);

    static QSslCertificate caCertificate();
    static QSslCertificate certificate(Kind kind = Kind::Server);
    static QSslKey key(Kind kind = Kind::Server);
};

} // namespace Pigeon::Test
