// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "testmailserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

namespace Pigeon::Test {

namespace {

const char *serviceKey(TestMailServer::Service service)
{
    switch (service) {
    case TestMailServer::Service::Imap: return "imap";
    case TestMailServer::Service::Imaps: return "imaps";
    case TestMailServer::Service::Pop3: return "pop3";
    case TestMailServer::Service::Pop3s: return "pop3s";
    case TestMailServer::Service::Smtp: return "smtp";
    case TestMailServer::Service::Smtps: return "smtps";
    }
    return "";
}

/// Dovecot's helper users (dovenull, dovecot, the mail uid) must traverse every parent of the
/// server directory (RECIPE §4.5). As root, a TMPDIR under /root would not do: use /tmp.
QString baseTempDir()
{
    QString base = QDir::tempPath();
    if (::geteuid() != 0)
        return base;
    for (QDir d(base); !d.isRoot(); d.setPath(QFileInfo(d.absolutePath()).path())) {
        if (!(QFileInfo(d.absolutePath()).permissions() & QFileDevice::ExeOther))
            return QStringLiteral("/tmp");
    }
    return base;
}

} // namespace

QString TestMailServer::SmtpMessage::mailFrom() const
{
    return envelope.value(QStringLiteral("mail_from")).toString();
}

QStringList TestMailServer::SmtpMessage::recipients() const
{
    QStringList out;
    const QJsonArray rcpts = envelope.value(QStringLiteral("rcpt_tos")).toArray();
    for (const QJsonValue &v : rcpts)
        out << v.toString();
    return out;
}

TestMailServer::TestMailServer(QObject *parent) : QObject(parent) {}

TestMailServer::~TestMailServer()
{
    stop();
}

QString TestMailServer::scriptPath()
{
    const QString env = qEnvironmentVariable("PIGEON_MAILSERVER_SCRIPT");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(PIGEON_SOURCE_DIR "/tests/support/mailserver.py");
}

QString TestMailServer::pythonPath()
{
    const QString env = qEnvironmentVariable("PIGEON_MAILSERVER_PYTHON");
    if (!env.isEmpty())
        return env;
    // aiosmtpd comes from Debian's python3-aiosmtpd: only the system interpreter sees it
    // (RECIPE §4.16), so a pyenv/venv python3 earlier in PATH must not win.
    const QString system = QStandardPaths::findExecutable(QStringLiteral("python3"),
                                                          {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

QString TestMailServer::sharedCertsDir()
{
    return baseTempDir() + QStringLiteral("/pigeon-test-certs-%1").arg(::geteuid());
}

bool TestMailServer::start(const Options &options, int timeoutMs)
{
    stop();
    m_error.clear();
    m_stdout.clear();
    m_stderr.clear();

    const QString python = pythonPath();
    if (python.isEmpty() || !QFileInfo::exists(scriptPath())) {
        m_error = QStringLiteral("python3 (%1) or %2 not found").arg(python, scriptPath());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(baseTempDir() + QStringLiteral("/pigeon-mailserver-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    // QTemporaryDir makes 0700; Dovecot's users must traverse it (RECIPE §4.5).
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                             | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::ExeOther);

    // The script deletes the directory when it stops, also after this process crashed.
    m_dir->setAutoRemove(false);
    QStringList args{scriptPath(), QStringLiteral("--dir"), m_dir->path(), QStringLiteral("--remove-on-exit")};
    for (const auto &[name, password] : options.users)
        args << QStringLiteral("--user") << name + QLatin1Char(':') + password;
    if (options.disablePlaintextAuth)
        args << QStringLiteral("--disable-plaintext-auth");
    if (!options.cert.isEmpty())
        args << QStringLiteral("--cert") << options.cert;
    args << QStringLiteral("--certs")
         << (options.certsDir.isEmpty() ? sharedCertsDir() : options.certsDir);
    if (!options.seedDir.isEmpty())
        args << QStringLiteral("--seed") << options.seedDir;
    if (!options.smtpAuthRequired)
        args << QStringLiteral("--smtp-no-auth-required");
    args << options.extraArgs;

    m_process = new QProcess(this);
    m_process->setProgram(python);
    m_process->setArguments(args);
    // The script's stderr is only read when start() fails or at stop(); it never carries secrets.
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process->readAllStandardError(); });
    m_process->start();
    if (!m_process->waitForStarted(10'000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(python, m_process->errorString());
        delete m_process;
        m_process = nullptr;
        return false;
    }

    // Wait for the one JSON line: readyRead or the process ending, whichever comes first.
    const QDeadlineTimer deadline(timeoutMs);
    if (!waitForLine(deadline)) {
        m_stderr += m_process->readAllStandardError();
        m_error = QStringLiteral("mail server did not become ready (%1): %2")
                      .arg(deadline.hasExpired() ? QStringLiteral("timeout")
                                                 : QStringLiteral("exit code %1").arg(m_process->exitCode()),
                           QString::fromUtf8(m_stderr));
        stop();
        return false;
    }
    const QByteArray line = m_stdout.left(m_stdout.indexOf('\n'));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("ready")).toBool()) {
        m_error = QStringLiteral("unexpected ready line: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    m_info = doc.object();
    return true;
}

void TestMailServer::stop()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            // EOF on stdin is the script's "stop now": it stops Dovecot by PID and waits.
            m_process->closeWriteChannel();
            if (!m_process->waitForFinished(30'000)) {
                m_process->terminate();
                if (!m_process->waitForFinished(10'000)) {
                    m_process->kill();
                    m_process->waitForFinished(5'000);
                }
            }
        }
        delete m_process;
        m_process = nullptr;
    }
    m_info = {};
    if (m_dir) {
        // Normally gone already (--remove-on-exit); not when the script never ran.
        QDir(m_dir->path()).removeRecursively();
        m_dir.reset();
    }
}

bool TestMailServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && !m_info.isEmpty();
}

bool TestMailServer::waitForLine(const QDeadlineTimer &deadline)
{
    QSignalSpy readySpy(m_process, &QProcess::readyReadStandardOutput);
    while (!m_stdout.contains('\n')) {
        m_stdout += m_process->readAllStandardOutput();
        if (m_stdout.contains('\n'))
            break;
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        readySpy.wait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 200)));
    }
    return true;
}

QJsonObject TestMailServer::command(const QByteArray &line, int timeoutMs)
{
    if (!isRunning())
        return {};
    // What is left after the ready line (and earlier answers) in m_stdout is unread.
    m_stdout = m_stdout.mid(m_stdout.indexOf('\n') + 1);
    m_process->write(line + '\n');
    if (!waitForLine(QDeadlineTimer(timeoutMs))) {
        m_error = QStringLiteral("no answer to %1").arg(QString::fromUtf8(line));
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(m_stdout.left(m_stdout.indexOf('\n')));
    return doc.object();
}

bool TestMailServer::stopDovecot(int timeoutMs)
{
    return command("stop-dovecot", timeoutMs).value(QStringLiteral("dovecot")).toString() == QLatin1String("stopped");
}

bool TestMailServer::startDovecot(int timeoutMs)
{
    return command("start-dovecot", timeoutMs).value(QStringLiteral("dovecot")).toString() == QLatin1String("started");
}

quint16 TestMailServer::port(Service service) const
{
    return quint16(m_info.value(QStringLiteral("ports")).toObject().value(QLatin1String(serviceKey(service))).toInt());
}

QStringList TestMailServer::users() const
{
    return m_info.value(QStringLiteral("users")).toObject().keys();
}

QString TestMailServer::password(const QString &user) const
{
    return m_info.value(QStringLiteral("users")).toObject().value(user).toString();
}

Pigeon::Net::Endpoint TestMailServer::endpoint(Service service, const QString &host) const
{
    using Pigeon::Net::Security;
    Pigeon::Net::Endpoint e;
    e.host = host.isEmpty() ? this->host() : host;
    e.port = port(service);
    switch (service) {
    case Service::Imaps:
    case Service::Pop3s:
    case Service::Smtps:
        e.security = Security::ImplicitTls;
        break;
    default:
        e.security = Security::StartTls;
        break;
    }
    e.tls.extraCaFile = caFile();
    return e;
}

TestMailServer::CommandResult TestMailServer::doveadm(const QStringList &args, const QByteArray &stdinData) const
{
    CommandResult result;
    QProcess p;
    p.start(QStringLiteral("doveadm"), QStringList{QStringLiteral("-c"), dovecotConf()} + args);
    if (!p.waitForStarted(10'000)) {
        result.err = p.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        result.err = "doveadm timed out";
        return result;
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = p.readAllStandardOutput();
    result.err = p.readAllStandardError();
    return result;
}

bool TestMailServer::deliver(const QString &user, const QByteArray &message, const QString &mailbox) const
{
    const CommandResult r = doveadm({QStringLiteral("save"), QStringLiteral("-u"), user,
                                     QStringLiteral("-m"), mailbox}, message);
    if (!r.ok())
        qWarning("doveadm save failed (%d): %s", r.exitCode, r.err.constData());
    return r.ok();
}

bool TestMailServer::loadFiles(const QString &user, const QStringList &files) const
{
    QProcess p;
    p.start(pythonPath(), QStringList{scriptPath(), QStringLiteral("load"), QStringLiteral("--dir"), dir(),
                                      QStringLiteral("--user"), user} + files);
    if (!p.waitForFinished(600'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("mailserver.py load failed: %s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

QHash<QString, qint64> TestMailServer::mailboxStatus(const QString &user, const QString &mailbox) const
{
    QHash<QString, qint64> out;
    const CommandResult r = doveadm({QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("mailbox"),
                                     QStringLiteral("status"), QStringLiteral("-u"), user,
                                     QStringLiteral("messages recent uidnext uidvalidity unseen vsize"),
                                     mailbox});
    if (!r.ok())
        return out;
    // flow format: "messages=3 recent=3 uidnext=4 ..."
    const QList<QByteArray> words = r.out.simplified().split(' ');
    for (const QByteArray &w : words) {
        const qsizetype eq = w.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromLatin1(w.left(eq)), w.mid(eq + 1).toLongLong());
    }
    return out;
}

QList<TestMailServer::SmtpMessage> TestMailServer::smtpMessages() const
{
    QList<SmtpMessage> out;
    const QDir spool(smtpSpoolDir());
    // The envelope (.json) is written last and atomically: its presence means the .eml is complete.
    const QStringList envelopes = spool.entryList({QStringLiteral("[0-9]*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : envelopes) {
        QFile env(spool.filePath(name));
        QFile eml(spool.filePath(name.chopped(5) + QStringLiteral(".eml")));
        if (!env.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        out.append({QJsonDocument::fromJson(env.readAll()).object(), eml.readAll()});
    }
    return out;
}

bool TestMailServer::waitForSmtpMessages(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (smtpMessages().size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20); // keeps this thread's event loop (and a client under test) running
    }
    return true;
}

QList<QJsonObject> TestMailServer::smtpAuthEvents() const
{
    QList<QJsonObject> out;
    QFile f(QDir(smtpSpoolDir()).filePath(QStringLiteral("auth.jsonl")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

} // namespace Pigeon::Test
