// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace Pigeon::Test {

class FakeServerConnection;

/// An in-process server on a free loopback port that plays a transcript script and fails
/// the test on any deviation from it. Script format (tests/transcripts/README.md):
///
///     # comment
///     S: * OK ready            server sends the text + CRLF (consecutive sends: one write)
///     C: a1 CAPABILITY         the client must send exactly this line (CRLF-terminated)
///     C~ a2 LOGIN \S+ .*       the client line must match this regular expression
///     RAW: +OK\r\n* x          bytes with C escapes (\r \n \t \\ \xHH), no CRLF added
///     BYTES 1048576            sends that many pattern bytes (see patternBytes()), streamed
///     DELAY 50                 waits 50 ms
///     STARTTLS                 starts server-side TLS with the configured certificate
///     CLOSE                    flushes and closes the connection
///     ABORT                    resets the connection without flushing
///     WAIT_CLOSE               the client must close the connection now
///
/// A `C:` line whose text contains `<redacted>` matches any client line starting with
/// the text before it, so a user's redacted log can be replayed. A leading protocol label
/// (`imap C: ...`) is ignored and `S: {N bytes}` means `BYTES N`, the log's literal summary.
///
/// Usage: addScript() once per expected connection, listen(), connect the client, then
/// `QVERIFY2(server.verify(), qPrintable(server.errorString()))` at the end.
class FakeServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Step {
        enum class Type { Expect, ExpectRegex, Send, Bytes, Delay, StartTls, Close, Abort, WaitClose };
        Type type = Type::Send;
        QByteArray data;  ///< line text (no CRLF) or raw bytes
        qint64 number = 0;///< BYTES count, DELAY milliseconds
        int sourceLine = 0;
    };

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    /// Parses @p text; on error returns false with the reason in @p error.
    static bool parse(const QString &text, QList<Step> *steps, QString *error);
    /// The content of BYTES steps: byte i is 'a' + i % 26, lines of 78 plus CRLF.
    static QByteArray patternBytes(qint64 offset, qint64 count);

    /// Queues the script of the next accepted connection. A parse error fails the test.
    void addScript(const QString &text);
    /// Reads a script file (e.g. tests/transcripts/imap/login.txt) and queues it.
    void addScriptFile(const QString &path);

    /// Server certificate and key for STARTTLS and implicit TLS.
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    /// TLS from the first byte; the script starts after the handshake.
    void setImplicitTls(bool implicitTls) { m_implicitTls = implicitTls; }

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const { return serverPort(); }

    /// Every queued script was played to its end.
    bool isFinished() const;
    /// No deviation so far and every script finished.
    bool ok() const { return m_errors.isEmpty() && isFinished(); }
    /// ok(), plus a warning with the details when not; for QVERIFY2(server.verify(), ...).
    bool verify();
    QStringList errors() const { return m_errors; }
    /// The errors and the unfinished steps, one per line.
    QString errorString() const;
    /// Every line the clients sent (without CRLF), in order.
    QList<QByteArray> receivedLines() const { return m_received; }
    int connectionCount() const { return m_connectionCount; }
    /// TLS handshakes that failed on the server side (the client refused the certificate).
    int failedHandshakes() const { return m_failedHandshakes; }

Q_SIGNALS:
    /// A connection's script reached its end.
    void scriptFinished();
    /// A deviation was recorded.
    void mismatch(const QString &message);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class FakeServerConnection;
    void recordError(const QString &message);
    void recordReceived(const QByteArray &line) { m_received << line; }
    void recordHandshakeFailure() { ++m_failedHandshakes; }

    QList<QList<Step>> m_scripts;
    QList<FakeServerConnection *> m_connections;
    QStringList m_errors;
    QList<QByteArray> m_received;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_implicitTls = false;
    int m_connectionCount = 0;
    int m_failedHandshakes = 0;
};

} // namespace Pigeon::Test
