// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Helpers of the Dovecot IMAP tests: open a session, run an op, read flags.
#pragma once

#include "imap/ops/imapop.h"
#include "imap/session/imapsession.h"
#include "net/ssltransport.h"
#include "support/testmailserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace Pigeon::Test {

inline MailError openSession(Imap::ImapSession &session, const Imap::SessionOptions &options)
{
    QSignalSpy opened(&session, &Imap::ImapSession::opened);
    QSignalSpy failed(&session, &Imap::ImapSession::failed);
    session.open(options);
    if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 30'000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("no outcome"));
    return failed.isEmpty() ? MailError() : failed.first().first().value<MailError>();
}

/// Runs @p op to its end; its error (None on success).
inline MailError runOp(Imap::ImapOp &op)
{
    QSignalSpy finished(&op, &Imap::ImapOp::finished);
    op.start();
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30'000))
        return MailError(MailError::Kind::Timeout, QStringLiteral("op did not finish"));
    return op.error();
}

/// FLAGS of one message, read with a plain UID FETCH.
inline std::optional<Imap::FlagList> flagsOf(Imap::ImapSession &session, quint32 uid)
{
    std::optional<Imap::FlagList> flags;
    bool done = false;
    Imap::ImapSession::CommandOptions options;
    options.untagged = [&](const Imap::Response &r) {
        if (const auto *f = std::get_if<Imap::FetchData>(&r); f && f->uid == uid && f->has(Imap::FetchItem::Flags))
            flags = f->flags;
    };
    session.execute(Imap::Command::uidFetch(Imap::SequenceSet::fromList({uid}), Imap::FetchItem::Uid | Imap::FetchItem::Flags),
                    options, [&](const Result<Imap::StatusResponse> &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        return std::nullopt;
    return flags;
}

/// alice's options for @p service of @p server.
inline Imap::SessionOptions aliceOptions(const TestMailServer &server,
                                         TestMailServer::Service service = TestMailServer::Service::Imaps)
{
    Imap::SessionOptions o;
    o.endpoint = server.endpoint(service);
    o.username = QStringLiteral("alice");
    o.password = server.password(QStringLiteral("alice"));
    return o;
}

/// A logged-in session over SslTransport; null (with a test failure message) on error.
inline std::unique_ptr<Imap::ImapSession> loggedIn(const Imap::SessionOptions &options, MailError *error)
{
    auto session = std::make_unique<Imap::ImapSession>(new Net::SslTransport);
    *error = openSession(*session, options);
    if (error->isError())
        return nullptr;
    return session;
}

} // namespace Pigeon::Test
