// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "faketransport.h"

#include "common/redactor.h"

#include <QFile>
#include <QTimer>

namespace Pigeon::Test {

namespace {

QByteArray unescape(QByteArrayView text, bool *ok)
{
    QByteArray out;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const char e = text.at(++i);
        switch (e) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '0': out += '\0'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            if (i + 2 >= text.size()) {
                *ok = false;
                return {};
            }
            bool hexOk = false;
            const int v = text.sliced(i + 1, 2).toByteArray().toInt(&hexOk, 16);
            if (!hexOk) {
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

QByteArray chopCrlf(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line.toByteArray();
}

} // namespace

FakeTransport::FakeTransport(QObject *parent) : Net::Transport(parent) {}

bool FakeTransport::loadScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_failures.append(QStringLiteral("cannot read script %1").arg(path));
        return false;
    }
    return setScript(file.readAll());
}

bool FakeTransport::setScript(const QByteArray &script)
{
    m_steps.clear();
    m_pos = 0;
    const QList<QByteArray> lines = script.split('\n');
    int number = 0;
    for (QByteArray line : lines) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("pop3 ")) // the protocol label of a user's log
            line = line.mid(5);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        Step step;
        step.sourceLine = number;
        if (line.startsWith("S:")) {
            step.type = Step::Type::Server;
            step.data = line.mid(line.startsWith("S: ") ? 3 : 2) + "\r\n";
        } else if (line.startsWith("C:")) {
            step.type = Step::Type::Client;
            step.data = line.mid(line.startsWith("C: ") ? 3 : 2);
        } else if (line.startsWith("RAW:")) {
            bool ok = false;
            const QByteArray bytes = unescape(QByteArrayView(line).sliced(line.startsWith("RAW: ") ? 5 : 4), &ok);
            if (!ok) {
                m_failures.append(QStringLiteral("script line %1: bad escape").arg(number));
                return false;
            }
            // The transport frames lines: one step per LF-terminated piece.
            qsizetype pos = 0;
            while (pos < bytes.size()) {
                qsizetype lf = bytes.indexOf('\n', pos);
                lf = lf < 0 ? bytes.size() - 1 : lf;
                step.type = Step::Type::Server;
                step.data = bytes.mid(pos, lf + 1 - pos);
                m_steps.append(step);
                pos = lf + 1;
            }
            continue;
        } else if (line == "STARTTLS") {
            step.type = Step::Type::StartTls;
        } else if (line == "CLOSE") {
            step.type = Step::Type::Close;
        } else if (line == "ABORT") {
            step.type = Step::Type::Abort;
        } else if (line == "WAIT_CLOSE") {
            step.type = Step::Type::WaitClose;
        } else if (line == "SPLIT") {
            step.type = Step::Type::Split;
        } else if (line == "BATCH") {
            step.type = Step::Type::Batch;
        } else {
            m_failures.append(QStringLiteral("script line %1: unknown step '%2'")
                                  .arg(number).arg(QString::fromUtf8(line)));
            return false;
        }
        m_steps.append(step);
    }
    return true;
}

bool FakeTransport::verify() const
{
    return m_failures.isEmpty() && m_pos == m_steps.size();
}

QString FakeTransport::report() const
{
    QStringList out = m_failures;
    if (m_pos < m_steps.size()) {
        const Step &s = m_steps.at(m_pos);
        out.append(QStringLiteral("script stopped at line %1 (%2)")
                       .arg(s.sourceLine).arg(QString::fromUtf8(chopCrlf(s.data))));
    }
    return out.join(QLatin1String("; "));
}

bool FakeTransport::atStep(Step::Type type) const
{
    return m_pos < m_steps.size() && m_steps.at(m_pos).type == type;
}

void FakeTransport::connectToServer(const Net::Endpoint &endpoint)
{
    m_endpoint = endpoint;
    m_state = State::Connecting;
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Connecting)
            return;
        m_state = State::Connected;
        m_encrypted = m_endpoint.security == Net::Security::ImplicitTls;
        Q_EMIT connected();
        scheduleServer();
    });
}

void FakeTransport::startTls()
{
    if (!atStep(Step::Type::StartTls)) {
        fault(QStringLiteral("unexpected startTls()"));
        return;
    }
    ++m_pos;
    m_state = State::Encrypting;
    QTimer::singleShot(0, this, [this] {
        if (m_state != State::Encrypting)
            return;
        m_state = State::Connected;
        m_encrypted = true;
        Q_EMIT encrypted();
        scheduleServer();
    });
}

void FakeTransport::send(QByteArrayView data)
{
    const QByteArray line = chopCrlf(data);
    m_plainSends.append(line);
    clientLine(line, Redactor::redactClientLine(line), false);
}

Result<void> FakeTransport::sendSensitive(QByteArrayView data, QByteArrayView visiblePrefix)
{
    // The same rule as SslTransport: no secret over plaintext unless the policy allows it.
    if (!m_encrypted && !m_endpoint.tls.allowInsecureAuth)
        return MailError(MailError::Kind::InsecureAuthRefused, QStringLiteral("refused: not encrypted"));
    const QByteArray line = chopCrlf(data);
    m_secretSends.append(line);
    clientLine(line, Redactor::sensitive(visiblePrefix), true);
    return {};
}

void FakeTransport::clientLine(const QByteArray &line, const QByteArray &redacted, bool sensitive)
{
    if (m_state != State::Connected) {
        fault(QStringLiteral("client sent '%1' while not connected").arg(QString::fromUtf8(redacted)));
        return;
    }
    m_clientLog.append(redacted);
    if (!atStep(Step::Type::Client)) {
        fault(QStringLiteral("unexpected client line '%1'").arg(QString::fromUtf8(redacted)));
        return;
    }
    const QByteArray expected = m_steps.at(m_pos).data;
    bool match = line == expected;
    const qsizetype mask = expected.indexOf(Redactor::mask());
    if (!match && sensitive && mask >= 0)
        match = redacted == expected || line.startsWith(expected.left(mask));
    if (!match) {
        fault(QStringLiteral("script line %1 expects 'C: %2', client sent '%3'")
                  .arg(m_steps.at(m_pos).sourceLine)
                  .arg(QString::fromUtf8(expected), QString::fromUtf8(redacted)));
        return;
    }
    ++m_pos;
    m_maxBurst = std::max(m_maxBurst, ++m_burst);
    scheduleServer();
}

void FakeTransport::readLiteral(qint64)
{
    fault(QStringLiteral("readLiteral() is not part of POP3"));
}

void FakeTransport::close()
{
    if (m_state == State::Disconnected)
        return;
    if (atStep(Step::Type::WaitClose))
        ++m_pos;
    m_state = State::Closing;
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Disconnected)
            return;
        m_state = State::Disconnected;
        Q_EMIT disconnected();
    });
}

void FakeTransport::abort()
{
    if (m_state == State::Disconnected)
        return;
    if (atStep(Step::Type::WaitClose))
        ++m_pos;
    m_state = State::Disconnected;
    Q_EMIT disconnected();
}

void FakeTransport::fault(const QString &what)
{
    m_failures.append(what);
    qWarning("FakeTransport: %s", qPrintable(what));
    // Break the connection later, outside the engine's call into us.
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Disconnected)
            return;
        m_state = State::Disconnected;
        Q_EMIT errorOccurred(MailError(MailError::Kind::Protocol, QStringLiteral("transcript mismatch")));
        Q_EMIT disconnected();
    });
}

void FakeTransport::scheduleServer()
{
    if (m_playing || m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        playServer();
    });
}

void FakeTransport::playServer()
{
    m_playing = true;
    while (m_pos < m_steps.size() && m_state == State::Connected) {
        const Step &step = m_steps.at(m_pos);
        switch (step.type) {
        case Step::Type::Client:
        case Step::Type::StartTls:
        case Step::Type::WaitClose:
            m_playing = false;
            return;
        case Step::Type::Split:
        case Step::Type::Batch:
            m_split = step.type == Step::Type::Split;
            ++m_pos;
            continue;
        case Step::Type::Close:
            ++m_pos;
            dropConnection();
            m_playing = false;
            return;
        case Step::Type::Abort:
            ++m_pos;
            m_state = State::Disconnected;
            Q_EMIT errorOccurred(MailError(MailError::Kind::Network, QStringLiteral("connection reset")));
            Q_EMIT disconnected();
            m_playing = false;
            return;
        case Step::Type::Server: {
            const QByteArray data = step.data;
            ++m_pos;
            m_burst = 0;
            Q_EMIT lineReceived(data);
            if (m_split) {
                m_playing = false;
                scheduleServer();
                return;
            }
            break;
        }
        }
    }
    m_playing = false;
}

void FakeTransport::dropConnection()
{
    m_state = State::Disconnected;
    Q_EMIT disconnected();
}

} // namespace Pigeon::Test
