// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/session/imapsession.h"
#include "support/faketransport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Pigeon::Test {

inline QString imapTranscript(const QString &name)
{
    return QStringLiteral(PIGEON_SOURCE_DIR "/tests/transcripts/imap/session/") + name;
}

/// FakeTransport plays lines only; a literal's bytes then arrive as lines, which the
/// session counts off. This records the readLiteral() calls the session makes.
class LiteralFakeTransport : public FakeTransport
{
public:
    using FakeTransport::FakeTransport;
    void readLiteral(qint64 size) override { literals.append(size); }
    QList<qint64> literals;
};

inline Imap::SessionOptions imapOptions(Net::Security security = Net::Security::ImplicitTls)
{
    Imap::SessionOptions o;
    o.endpoint.host = QStringLiteral("imap.example.org");
    o.endpoint.port = security == Net::Security::ImplicitTls ? 993 : 143;
    o.endpoint.security = security;
    o.username = QStringLiteral("alice");
    o.password = QStringLiteral("secret");
    return o;
}

struct ImapHarness {
    LiteralFakeTransport *fake = nullptr;
    std::unique_ptr<Imap::ImapSession> session;
    QString loadError;

    explicit ImapHarness(const QStringList &files)
    {
        fake = new LiteralFakeTransport;
        QByteArray script;
        for (const QString &file : files) {
            QFile f(imapTranscript(file));
            if (!f.open(QIODevice::ReadOnly))
                loadError = QStringLiteral("cannot read ") + f.fileName();
            script += f.readAll();
        }
        if (!fake->setScript(script))
            loadError = fake->report();
        session = std::make_unique<Imap::ImapSession>(fake);
    }
    /// Opens and waits for the outcome; the error (None on success).
    MailError open(const Imap::SessionOptions &options)
    {
        QSignalSpy opened(session.get(), &Imap::ImapSession::opened);
        QSignalSpy failed(session.get(), &Imap::ImapSession::failed);
        session->open(options);
        if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 5000))
            return MailError(MailError::Kind::Timeout, QStringLiteral("neither opened nor failed"));
        QTest::qWait(0);
        if (opened.count() + failed.count() != 1)
            return MailError(MailError::Kind::Internal, QStringLiteral("opened/failed more than once"));
        return failed.isEmpty() ? MailError() : failed.first().first().value<MailError>();
    }
    bool logoutAndWait()
    {
        QSignalSpy closed(session.get(), &Imap::ImapSession::closed);
        bool ok = false;
        session->logout([&](const Result<Imap::StatusResponse> &r) { ok = r.ok(); });
        return QTest::qWaitFor([&] { return closed.count() == 1; }, 5000) && ok;
    }
};

} // namespace Pigeon::Test
