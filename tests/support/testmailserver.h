// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/endpoint.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class QDeadlineTimer;
class QProcess;
class QTemporaryDir;

namespace Pigeon::Test {

/// A private Dovecot (IMAP, IMAPS, POP3, POP3S) and SMTP server (plain+STARTTLS, implicit TLS)
/// on free loopback ports, run by tests/support/mailserver.py.
///
/// Start one per test executable (in initTestCase): start-up takes a fraction of a second,
/// a clean stop about one. The script stops its servers when this process closes its stdin,
/// so they die with the test even when it crashes or is killed. A missing Dovecot or aiosmtpd
/// makes start() fail: integration tests fail rather than skip, because ./test.sh installs them.
///
/// Addresses (see mailserver.py): host() is the normal view; insecureHost() is not "secured"
/// for Dovecot (LOGINDISABLED with Options::disablePlaintextAuth); noStartTlsHost() serves the
/// same plain ports without offering STARTTLS/STLS. Implicit-TLS ports listen on host() only.
class TestMailServer : public QObject
{
    Q_OBJECT
public:
    enum class Service { Imap, Imaps, Pop3, Pop3s, Smtp, Smtps };
    Q_ENUM(Service)

    struct Options {
        /// NAME, PASSWORD pairs; empty = alice/alice-secret and bob/bob-secret.
        QList<QPair<QString, QString>> users;
        bool disablePlaintextAuth = false;
        QString cert = QStringLiteral("default"); ///< "default", "selfsigned" or "wronghost"
        QString seedDir;                          ///< every file goes into the first user's INBOX
        bool smtpAuthRequired = true;
        /// TLS material (make_certs.sh); empty = a cache shared by all test runs of this
        /// user, <tmp>/pigeon-test-certs-<uid>, so RSA keys are not generated per instance.
        QString certsDir;
        QStringList extraArgs;
    };

    /// One message accepted by the SMTP server.
    struct SmtpMessage {
        QJsonObject envelope; ///< mail_from, rcpt_tos, auth_user, listener, tls, ...
        QByteArray data;      ///< the exact bytes after dot-unstuffing
        QString mailFrom() const;
        QStringList recipients() const;
    };

    struct CommandResult {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitCode == 0; }
    };

    explicit TestMailServer(QObject *parent = nullptr);
    ~TestMailServer() override;

    /// Starts the servers and waits (at most @p timeoutMs) for the script's ready line.
    /// On failure returns false and sets errorString() (with the script's stderr).
    bool start(const Options &options, int timeoutMs = 60'000);
    bool start() { return start(Options()); }
    /// Stops the servers (stdin EOF, then SIGTERM, then SIGKILL) and removes the directory.
    void stop();
    bool isRunning() const;
    /// Takes Dovecot away (as a crash or a network outage would: open connections close,
    /// new ones are refused) while keeping its mail and ports; doveadm still works.
    bool stopDovecot(int timeoutMs = 30'000);
    /// Brings Dovecot back on the same ports with the same mail after stopDovecot().
    bool startDovecot(int timeoutMs = 30'000);
    QString errorString() const { return m_error; }

    QString host() const { return m_info.value(QStringLiteral("host")).toString(); }
    QString insecureHost() const { return m_info.value(QStringLiteral("insecure_host")).toString(); }
    QString noStartTlsHost() const { return m_info.value(QStringLiteral("nostarttls_host")).toString(); }
    quint16 port(Service service) const;
    /// The PEM file of the throw-away CA that signed the default server certificate.
    QString caFile() const { return m_info.value(QStringLiteral("ca")).toString(); }
    /// The PEM file of the certificate the TLS listeners actually serve.
    QString servedCertFile() const { return m_info.value(QStringLiteral("cert")).toString(); }
    QString dir() const { return m_info.value(QStringLiteral("dir")).toString(); }
    QString logDir() const { return m_info.value(QStringLiteral("log_dir")).toString(); }
    QString smtpSpoolDir() const { return m_info.value(QStringLiteral("smtp_spool")).toString(); }
    QString dovecotConf() const { return m_info.value(QStringLiteral("dovecot_conf")).toString(); }
    QStringList users() const;
    QString password(const QString &user) const;
    /// The full ready line as the script printed it.
    QJsonObject info() const { return m_info; }

    /// An endpoint for @p service that trusts exactly the test CA (TlsPolicy::extraCaFile).
    /// Security follows the service: Imaps/Pop3s/Smtps implicit TLS, the others STARTTLS.
    Pigeon::Net::Endpoint endpoint(Service service, const QString &host = {}) const;

    /// Runs `doveadm -c <this instance's config> ARGS...`.
    CommandResult doveadm(const QStringList &args, const QByteArray &stdinData = {}) const;
    /// Saves @p message into @p user's @p mailbox through `doveadm save` (Dovecot notices it
    /// at once, like a delivery; IDLE clients are told).
    bool deliver(const QString &user, const QByteArray &message,
                 const QString &mailbox = QStringLiteral("INBOX")) const;
    /// Loads files fast (maildir write + force-resync) with the script's `load` command.
    bool loadFiles(const QString &user, const QStringList &files) const;
    /// `doveadm mailbox status` fields, e.g. {"messages": 3, "uidnext": 4}; empty on failure.
    QHash<QString, qint64> mailboxStatus(const QString &user,
                                         const QString &mailbox = QStringLiteral("INBOX")) const;

    /// Messages the SMTP server accepted so far, in order.
    QList<SmtpMessage> smtpMessages() const;
    /// Waits until at least @p count messages were accepted; false on timeout.
    bool waitForSmtpMessages(int count, int timeoutMs = 10'000) const;
    /// AUTH events of the SMTP server (one JSON object per AUTH command and per check).
    QList<QJsonObject> smtpAuthEvents() const;

    /// The script path and interpreter used (found via PIGEON_SOURCE_DIR, overridable with
    /// the environment variables PIGEON_MAILSERVER_SCRIPT and PIGEON_MAILSERVER_PYTHON).
    static QString scriptPath();
    static QString pythonPath();
    /// The TLS material cache used when Options::certsDir is empty.
    static QString sharedCertsDir();

private:
    /// Reads the script's stdout until m_stdout holds a whole line; false when the
    /// script ended or @p deadline passed first.
    bool waitForLine(const QDeadlineTimer &deadline);
    /// Sends one command line to the script and waits for its one-line JSON answer.
    QJsonObject command(const QByteArray &line, int timeoutMs);

    QString m_error;
    QJsonObject m_info;
    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace Pigeon::Test
