// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "support/fakeserver.h"

#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace Pigeon::Test {

namespace {

constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kStreamHighWater = 256 * 1024;
const QByteArray kRedacted = QByteArrayLiteral("<redacted>");

QByteArray unescape(QByteArrayView in, bool *ok)
{
    QByteArray out;
    *ok = true;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '\\' || i + 1 == in.size()) {
            out += c;
            continue;
        }
        const char e = in[++i];
        switch (e) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '0': out += '\0'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            bool hexOk = false;
            const int v = in.sliced(i + 1, qMin<qsizetype>(2, in.size() - i - 1)).toByteArray().toInt(&hexOk, 16);
            if (!hexOk || i + 2 >= in.size()) {
                *ok = false;
                return {};
            }
            out += char(v);
            i += 2;
            break;
        }
        default:
            *ok = false;
            return {};
        }
    }
    return out;
}

QString show(QByteArrayView line)
{
    QString s = QString::fromUtf8(line);
    if (s.size() > 200)
        s = s.left(200) + QStringLiteral("...");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

// ---------------------------------------------------------------------------------------
/// One accepted connection playing one script.
class FakeServerConnection : public QObject
{
public:
    using Step = FakeServer::Step;

    FakeServerConnection(FakeServer *server, qintptr descriptor, QList<Step> steps, int index)
        : QObject(server), m_server(server), m_steps(std::move(steps)), m_index(index)
    {
        m_socket = new QSslSocket(this);
        m_socket->setSocketDescriptor(descriptor);
        QSslConfiguration config = m_socket->sslConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!server->m_certificate.isNull()) {
            config.setLocalCertificate(server->m_certificate);
            config.setPrivateKey(server->m_key);
        }
        m_socket->setSslConfiguration(config);
        connect(m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QSslSocket::disconnected, this, [this] { onDisconnected(); });
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            m_handshaking = false;
            onReadyRead();
        });
        connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
            if (m_streamLeft > 0)
                stream();
        });
        connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            // A client that refuses our certificate aborts the handshake: not a script error,
            // but tests refusing a certificate can check failedHandshakes().
            if (m_handshaking) {
                m_handshaking = false;
                m_server->recordHandshakeFailure();
            }
        });
        m_delay.setSingleShot(true);
        connect(&m_delay, &QTimer::timeout, this, [this] {
            ++m_pc;
            run();
        });
    }

    bool finished() const { return m_pc >= m_steps.size(); }

    QString pendingDescription() const
    {
        if (finished())
            return {};
        const Step &s = m_steps.at(m_pc);
        return QStringLiteral("connection %1: script stopped at line %2 (%3)")
            .arg(m_index).arg(s.sourceLine).arg(describe(s));
    }

    void start(bool implicitTls)
    {
        if (implicitTls) {
            m_handshaking = true;
            m_socket->startServerEncryption();
            return;
        }
        run();
    }

private:
    static QString describe(const Step &s)
    {
        switch (s.type) {
        case Step::Type::Expect: return QStringLiteral("C: ") + show(s.data);
        case Step::Type::ExpectRegex: return QStringLiteral("C~ ") + show(s.data);
        case Step::Type::Send: return QStringLiteral("RAW: ") + show(s.data);
        case Step::Type::Bytes: return QStringLiteral("BYTES %1").arg(s.number);
        case Step::Type::Delay: return QStringLiteral("DELAY %1").arg(s.number);
        case Step::Type::StartTls: return QStringLiteral("STARTTLS");
        case Step::Type::Close: return QStringLiteral("CLOSE");
        case Step::Type::Abort: return QStringLiteral("ABORT");
        case Step::Type::WaitClose: return QStringLiteral("WAIT_CLOSE (client must close)");
        }
        return {};
    }

    void error(const QString &message)
    {
        m_server->recordError(QStringLiteral("connection %1: %2").arg(m_index).arg(message));
    }

    static bool matches(const Step &step, const QByteArray &line)
    {
        if (step.type == Step::Type::ExpectRegex) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(QString::fromUtf8(step.data)));
            return re.match(QString::fromUtf8(line)).hasMatch();
        }
        const qsizetype mask = step.data.indexOf(kRedacted);
        if (mask >= 0) {
            const QByteArray prefix = step.data.left(mask);
            return line.startsWith(prefix) && line.size() > prefix.size();
        }
        return line == step.data;
    }

    // Runs steps until one has to wait for the client, a timer, TLS or the socket.
    void run()
    {
        if (m_running || m_closed)
            return;
        m_running = true;
        QPointer<FakeServerConnection> self(this);
        while (self && !m_closed && !m_handshaking && !m_delay.isActive() && m_streamLeft == 0
               && m_pc < m_steps.size()) {
            const Step &step = m_steps.at(m_pc);
            switch (step.type) {
            case Step::Type::Expect:
            case Step::Type::ExpectRegex: {
                if (m_pending.isEmpty()) {
                    m_running = false;
                    return;
                }
                const QByteArray line = m_pending.takeFirst();
                if (!matches(step, line)) {
                    error(QStringLiteral("script line %1: expected %2, client sent %3")
                              .arg(step.sourceLine).arg(describe(step), show(line)));
                    m_pc = m_steps.size(); // the rest of the script is meaningless now
                    m_failed = true;
                    m_socket->abort();
                    break;
                }
                ++m_pc;
                break;
            }
            case Step::Type::Send: {
                // Consecutive sends go out in one write, like a server answering at once:
                // that is what makes the STARTTLS injection test meaningful.
                QByteArray out;
                while (m_pc < m_steps.size() && m_steps.at(m_pc).type == Step::Type::Send)
                    out += m_steps.at(m_pc++).data;
                m_socket->write(out);
                break;
            }
            case Step::Type::Bytes:
                m_streamLeft = step.number;
                m_streamOffset = 0;
                ++m_pc;
                stream();
                break;
            case Step::Type::Delay:
                m_socket->flush();
                m_delay.start(int(step.number));
                break;
            case Step::Type::StartTls:
                ++m_pc;
                if (!m_pending.isEmpty()) {
                    error(QStringLiteral("script line %1: client sent %2 before the TLS handshake")
                              .arg(step.sourceLine).arg(show(m_pending.first())));
                }
                m_socket->flush();
                m_handshaking = true;
                m_socket->startServerEncryption();
                break;
            case Step::Type::Close:
                ++m_pc;
                m_socket->flush();
                m_closed = true;
                m_socket->disconnectFromHost();
                break;
            case Step::Type::Abort:
                ++m_pc;
                m_closed = true;
                m_socket->abort();
                break;
            case Step::Type::WaitClose:
                if (!m_pending.isEmpty()) {
                    error(QStringLiteral("script line %1: expected the client to close, it sent %2")
                              .arg(step.sourceLine).arg(show(m_pending.takeFirst())));
                    m_pc = m_steps.size();
                    m_failed = true;
                }
                m_running = false;
                return;
            }
        }
        if (!self)
            return;
        m_running = false;
        signalIfFinished();
    }

    void signalIfFinished()
    {
        if (m_pc >= m_steps.size() && !m_finishedSignalled && !m_failed) {
            m_finishedSignalled = true;
            reportExtraLines();
            Q_EMIT m_server->scriptFinished();
        }
    }

    void stream()
    {
        while (m_streamLeft > 0 && m_socket->bytesToWrite() < kStreamHighWater) {
            const qint64 n = qMin(kStreamChunk, m_streamLeft);
            m_socket->write(FakeServer::patternBytes(m_streamOffset, n));
            m_streamOffset += n;
            m_streamLeft -= n;
        }
        if (m_streamLeft == 0)
            QTimer::singleShot(0, this, [this] { run(); });
    }

    void reportExtraLines()
    {
        while (!m_pending.isEmpty())
            error(QStringLiteral("client sent %1 after the end of the script").arg(show(m_pending.takeFirst())));
    }

    void onReadyRead()
    {
        if (m_handshaking)
            return;
        while (m_socket->canReadLine()) {
            QByteArray line = m_socket->readLine();
            if (!line.endsWith("\r\n"))
                error(QStringLiteral("client line %1 does not end with CRLF").arg(show(line)));
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            m_server->recordReceived(line);
            m_pending << line;
        }
        if (finished())
            reportExtraLines();
        else
            run();
    }

    void onDisconnected()
    {
        if (m_socket->bytesAvailable())
            onReadyRead();
        const bool wasClosedByUs = m_closed;
        m_closed = true;
        m_delay.stop();
        m_streamLeft = 0;
        if (m_pc < m_steps.size() && m_steps.at(m_pc).type == Step::Type::WaitClose) {
            ++m_pc;
            if (m_pc < m_steps.size()) {
                error(QStringLiteral("script continues after WAIT_CLOSE at line %1")
                          .arg(m_steps.at(m_pc).sourceLine));
                m_failed = true;
            }
            signalIfFinished();
            return;
        }
        if (!finished() && !wasClosedByUs && !m_failed && !m_handshaking) {
            error(QStringLiteral("client closed the connection; %1").arg(pendingDescription()));
            m_failed = true;
        }
    }

    FakeServer *m_server;
    QSslSocket *m_socket = nullptr;
    QList<Step> m_steps;
    QList<QByteArray> m_pending;
    QTimer m_delay;
    qsizetype m_pc = 0;
    qint64 m_streamLeft = 0;
    qint64 m_streamOffset = 0;
    int m_index = 0;
    bool m_running = false;
    bool m_handshaking = false;
    bool m_closed = false;
    bool m_failed = false;
    bool m_finishedSignalled = false;
};

// ---------------------------------------------------------------------------------------

FakeServer::FakeServer(QObject *parent)
    : QTcpServer(parent)
{
}

FakeServer::~FakeServer() = default;

bool FakeServer::parse(const QString &text, QList<Step> *steps, QString *error)
{
    static const QRegularExpression labelled(QStringLiteral("^[A-Za-z0-9_.-]+ (?=C:|C~|S:)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    steps->clear();
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        line.remove(labelled);
        Step step;
        step.sourceLine = i + 1;
        auto rest = [&line](int n) { return line.mid(n).startsWith(QLatin1Char(' ')) ? line.mid(n + 1) : line.mid(n); };
        static const QRegularExpression literalSummary(QStringLiteral("^\\{(\\d+) bytes\\}$"));
        if (line.startsWith(QLatin1String("C:"))) {
            step.type = Step::Type::Expect;
            step.data = rest(2).toUtf8();
        } else if (line.startsWith(QLatin1String("C~"))) {
            step.type = Step::Type::ExpectRegex;
            step.data = rest(2).toUtf8();
            if (!QRegularExpression(rest(2)).isValid()) {
                *error = QStringLiteral("line %1: invalid regular expression").arg(i + 1);
                return false;
            }
        } else if (line.startsWith(QLatin1String("S:"))) {
            const QString payload = rest(2);
            const auto m = literalSummary.match(payload);
            if (m.hasMatch()) {
                step.type = Step::Type::Bytes;
                step.number = m.captured(1).toLongLong();
            } else {
                step.type = Step::Type::Send;
                step.data = payload.toUtf8() + "\r\n";
            }
        } else if (line.startsWith(QLatin1String("RAW:"))) {
            step.type = Step::Type::Send;
            bool ok = false;
            step.data = unescape(rest(4).toUtf8(), &ok);
            if (!ok) {
                *error = QStringLiteral("line %1: bad escape in RAW").arg(i + 1);
                return false;
            }
        } else {
            const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString keyword = words.value(0);
            bool numberOk = words.size() == 2;
            const qint64 number = words.value(1).toLongLong(&numberOk);
            if ((keyword == QLatin1String("DELAY") || keyword == QLatin1String("BYTES"))) {
                if (!numberOk || number < 0) {
                    *error = QStringLiteral("line %1: %2 needs a non-negative number").arg(i + 1).arg(keyword);
                    return false;
                }
                step.type = keyword == QLatin1String("DELAY") ? Step::Type::Delay : Step::Type::Bytes;
                step.number = number;
            } else if (words.size() == 1 && keyword == QLatin1String("STARTTLS")) {
                step.type = Step::Type::StartTls;
            } else if (words.size() == 1 && keyword == QLatin1String("CLOSE")) {
                step.type = Step::Type::Close;
            } else if (words.size() == 1 && keyword == QLatin1String("ABORT")) {
                step.type = Step::Type::Abort;
            } else if (words.size() == 1 && keyword == QLatin1String("WAIT_CLOSE")) {
                step.type = Step::Type::WaitClose;
            } else {
                *error = QStringLiteral("line %1: unknown directive \"%2\"").arg(i + 1).arg(trimmed);
                return false;
            }
        }
        steps->append(step);
    }
    return true;
}

QByteArray FakeServer::patternBytes(qint64 offset, qint64 count)
{
    // Lines of 78 letters and CRLF: binary-safe for literals, readable in a debugger.
    QByteArray out(qsizetype(count), Qt::Uninitialized);
    char *p = out.data();
    for (qint64 i = 0; i < count; ++i) {
        const qint64 pos = (offset + i) % 80;
        p[i] = pos == 78 ? '\r' : pos == 79 ? '\n' : char('a' + (offset + i) % 26);
    }
    return out;
}

void FakeServer::addScript(const QString &text)
{
    QList<Step> steps;
    QString error;
    if (!parse(text, &steps, &error))
        recordError(QStringLiteral("script %1: %2").arg(m_scripts.size() + 1).arg(error));
    m_scripts.append(steps);
}

void FakeServer::addScriptFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        recordError(QStringLiteral("cannot read script %1: %2").arg(path, f.errorString()));
        m_scripts.append(QList<Step>());
        return;
    }
    addScript(QString::fromUtf8(f.readAll()));
}

void FakeServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool FakeServer::listen()
{
    return QTcpServer::listen(QHostAddress::LocalHost, 0);
}

void FakeServer::incomingConnection(qintptr socketDescriptor)
{
    const int index = m_connectionCount++;
    if (index >= m_scripts.size()) {
        recordError(QStringLiteral("unexpected connection %1: only %2 script(s) queued")
                        .arg(index + 1).arg(m_scripts.size()));
        QTcpSocket reject;
        reject.setSocketDescriptor(socketDescriptor);
        reject.abort();
        return;
    }
    auto *connection = new FakeServerConnection(this, socketDescriptor, m_scripts.at(index), index + 1);
    m_connections << connection;
    connection->start(m_implicitTls);
}

bool FakeServer::isFinished() const
{
    if (m_connections.size() < m_scripts.size())
        return false;
    for (const FakeServerConnection *c : m_connections) {
        if (!c->finished())
            return false;
    }
    return true;
}

void FakeServer::recordError(const QString &message)
{
    m_errors << message;
    Q_EMIT mismatch(message);
}

QString FakeServer::errorString() const
{
    QStringList out = m_errors;
    for (const FakeServerConnection *c : m_connections) {
        if (!c->finished())
            out << c->pendingDescription();
    }
    if (m_connections.size() < m_scripts.size())
        out << QStringLiteral("%1 connection(s) expected, %2 made").arg(m_scripts.size()).arg(m_connections.size());
    return out.join(QLatin1Char('\n'));
}

bool FakeServer::verify()
{
    const bool good = ok();
    if (!good)
        qWarning().noquote() << "FakeServer:" << errorString();
    return good;
}

} // namespace Pigeon::Test
