// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/transport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Pigeon::Test {

/// A Transport that plays a transcript instead of talking to a server, for engine tests
/// without sockets. The script uses the log format (the same as FakeServer's):
///
///     # comment                a blank line or a comment is skipped
///     S: +OK ready             the server sends the text + CRLF as one lineReceived()
///     C: USER alice            the client must send exactly this line next
///     C: PASS <redacted>       ... a sendSensitive() line: matches the redacted form of
///                              its visible prefix, or any line starting with the text
///                              before "<redacted>"
///     RAW: a\nb\r\n            bytes with C escapes (\r \n \t \0 \\ \xHH); each line is
///                              delivered as sent (e.g. bare LF), no CRLF added
///     STARTTLS                 the client must call startTls() now; encrypted() follows
///     CLOSE                    the server closes the connection: disconnected()
///     ABORT                    the connection breaks: errorOccurred(Network), disconnected()
///     WAIT_CLOSE               the client must close() (or abort()) now
///     SPLIT / BATCH            later server lines arrive one per event-loop turn / all
///                              consecutive ones in one turn (the default)
///
/// Any other client action (a different line, a line while the server is to speak,
/// startTls() out of turn) is recorded as a failure and breaks the connection, so a test
/// never hangs. Check `QVERIFY2(fake->verify(), qPrintable(fake->report()))` at the end.
class FakeTransport : public Net::Transport
{
    Q_OBJECT
public:
    explicit FakeTransport(QObject *parent = nullptr);

    /// Loads a script file; false (with report()) when it cannot be read or parsed.
    bool loadScript(const QString &path);
    bool setScript(const QByteArray &script);

    /// All script steps were played and nothing unexpected happened.
    bool verify() const;
    /// Failures and the step the script stopped at, for test messages.
    QString report() const;
    QStringList failures() const { return m_failures; }

    /// Every client line as a log would show it (sensitive ones redacted).
    QList<QByteArray> clientLog() const { return m_clientLog; }
    /// Lines sent with send(): a secret here means it bypassed sendSensitive().
    QList<QByteArray> plainSends() const { return m_plainSends; }
    /// Raw payloads of sendSensitive(), to check what a SASL exchange encoded.
    QList<QByteArray> secretSends() const { return m_secretSends; }
    /// The most client lines that were sent between two server lines (pipelining depth).
    int maxClientBurst() const { return m_maxBurst; }
    bool awaitingReply() const { return m_awaiting; }

    // Net::Transport
    void connectToServer(const Net::Endpoint &endpoint) override;
    void startTls() override;
    void send(QByteArrayView data) override;
    Result<void> sendSensitive(QByteArrayView data, QByteArrayView visiblePrefix) override;
    void readLiteral(qint64 size) override;
    void setAwaitingReply(bool awaiting) override { m_awaiting = awaiting; }
    void close() override;
    void abort() override;
    State state() const override { return m_state; }
    bool isEncrypted() const override { return m_encrypted; }
    QSslCertificate peerCertificate() const override { return QSslCertificate(); }

private:
    struct Step {
        enum class Type { Client, Server, StartTls, Close, Abort, WaitClose, Split, Batch };
        Type type = Type::Server;
        QByteArray data;
        int sourceLine = 0;
    };

    void clientLine(const QByteArray &line, const QByteArray &redacted, bool sensitive);
    void fault(const QString &what);
    void scheduleServer();
    void playServer();
    void dropConnection();
    bool atStep(Step::Type type) const;

    QList<Step> m_steps;
    qsizetype m_pos = 0;
    State m_state = State::Disconnected;
    Net::Endpoint m_endpoint;
    bool m_encrypted = false;
    bool m_awaiting = false;
    bool m_split = false;
    bool m_scheduled = false;
    bool m_playing = false;
    int m_burst = 0;
    int m_maxBurst = 0;
    QStringList m_failures;
    QList<QByteArray> m_clientLog;
    QList<QByteArray> m_plainSends;
    QList<QByteArray> m_secretSends;
};

} // namespace Pigeon::Test
