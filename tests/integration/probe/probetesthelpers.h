// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Shared by the ServerProbe integration tests: run one probe to its end, and the
// certificate fingerprint as openssl (not Qt, not Pigeon) computes it.
#pragma once

#include "autoconfig/serverprobe.h"
#include "support/testmailserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace ProbeTest {

using Pigeon::Autoconfig::ProbeCredentials;
using Pigeon::Autoconfig::ProbeProtocol;
using Pigeon::Autoconfig::ProbeResult;
using Pigeon::Autoconfig::ServerProbe;
using Service = Pigeon::Test::TestMailServer::Service;

inline ProbeProtocol protocolOf(Service s)
{
    switch (s) {
    case Service::Imap:
    case Service::Imaps:
        return ProbeProtocol::Imap;
    case Service::Pop3:
    case Service::Pop3s:
        return ProbeProtocol::Pop3;
    default:
        return ProbeProtocol::Smtp;
    }
}

inline bool isImplicit(Service s)
{
    return s == Service::Imaps || s == Service::Pop3s || s == Service::Smtps;
}

/// Runs one probe to its end. Fails the test (via the returned flag) unless finished() came
/// exactly once, also after a grace period in which a second emission would show up.
inline ProbeResult runProbe(const Pigeon::Net::Endpoint &endpoint, ProbeProtocol protocol,
                            std::optional<ProbeCredentials> credentials, bool *finishedOnce)
{
    ServerProbe probe;
    QSignalSpy spy(&probe, &ServerProbe::finished);
    probe.start(endpoint, protocol, std::move(credentials));
    const bool finished = spy.count() == 1 || spy.wait(60'000);
    QTest::qWait(50);
    *finishedOnce = finished && spy.count() == 1;
    return finished ? spy.first().first().value<ProbeResult>() : probe.result();
}

/// Lower-case hex SHA-256 of the certificate in @p pemFile, computed by the openssl tool.
inline QString opensslFingerprint(const QString &pemFile)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"),
                                        QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
                                        QStringLiteral("-in"), pemFile});
    if (!p.waitForFinished(30'000) || p.exitCode() != 0)
        return {};
    // "sha256 Fingerprint=AB:CD:..." (the label's case depends on the OpenSSL version)
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return QString::fromLatin1(out.mid(out.indexOf('=') + 1)).remove(QLatin1Char(':')).toLower();
}

inline const char *describe(const ProbeResult &r)
{
    static QByteArray text;
    text = (r.error.toString() + QStringLiteral(" | caps before TLS: ") + r.capabilitiesBeforeTls.join(QLatin1Char(','))
            + QStringLiteral(" | caps: ") + r.capabilities.join(QLatin1Char(',')))
               .toUtf8();
    return text.constData();
}

} // namespace ProbeTest
