// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "net/ssltransport.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace Pigeon::Test {

/// Drives an SslTransport the way an engine would and records what it delivers:
/// lines as "L:<line>", literals as "B:<bytes>". A line ending in "{N}\r\n" starts a
/// literal of N bytes (IMAP's syntax, RFC 9051 §4.3) unless autoLiteral is off.
class TransportHarness : public QObject
{
public:
    explicit TransportHarness(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&transport, &Net::Transport::lineReceived, this, [this](const QByteArray &line) {
            events << "L:" + line;
            lines << line;
            static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\}\\r\\n$"));
            const auto m = literal.match(QString::fromLatin1(line));
            if (autoLiteral && m.hasMatch())
                transport.readLiteral(m.captured(1).toLongLong());
            if (onLine)
                onLine(line);
        });
        connect(&transport, &Net::Transport::literalReceived, this, [this](const QByteArray &data) {
            if (keepLiterals)
                events << "B:" + data;
            lastLiteral = data;
            ++literals;
        });
        connect(&transport, &Net::Transport::connected, this, [this] { ++connectedCount; });
        connect(&transport, &Net::Transport::encrypted, this, [this] {
            ++encryptedCount;
            if (onEncrypted)
                onEncrypted();
        });
        connect(&transport, &Net::Transport::errorOccurred, this, [this](const MailError &e) { errors << e; });
        connect(&transport, &Net::Transport::disconnected, this, [this] { ++disconnectedCount; });
    }

    static Net::Endpoint endpoint(quint16 port, Net::Security security = Net::Security::None,
                                  const QString &host = QStringLiteral("127.0.0.1"))
    {
        Net::Endpoint e;
        e.host = host;
        e.port = port;
        e.security = security;
        return e;
    }

    MailError::Kind firstErrorKind() const
    {
        return errors.isEmpty() ? MailError::Kind::None : errors.first().kind();
    }

    Net::SslTransport transport;
    QList<QByteArray> events;
    QList<QByteArray> lines;
    QList<MailError> errors;
    QByteArray lastLiteral;
    int literals = 0;
    int connectedCount = 0;
    int encryptedCount = 0;
    int disconnectedCount = 0;
    bool autoLiteral = true;
    bool keepLiterals = true;
    std::function<void(const QByteArray &)> onLine;
    std::function<void()> onEncrypted;
};

} // namespace Pigeon::Test
