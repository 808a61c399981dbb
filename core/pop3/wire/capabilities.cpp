// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/wire/capabilities.h"

namespace Pigeon::Pop3 {

Capabilities Capabilities::parse(QByteArrayView capaBody)
{
    Capabilities caps;
    caps.m_known = true;
    const QByteArrayList lines = capaBody.toByteArray().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.simplified(); // also drops the CR
        if (line.isEmpty())
            continue;
        QByteArrayList words = line.split(' ');
        const QByteArray name = words.takeFirst().toUpper();
        if (!caps.m_caps.contains(name))
            caps.m_order.append(name);
        caps.m_caps.insert(name, words);
    }
    return caps;
}

bool Capabilities::has(QByteArrayView name) const
{
    return m_caps.contains(name.toByteArray().toUpper());
}

QByteArrayList Capabilities::arguments(QByteArrayView name) const
{
    return m_caps.value(name.toByteArray().toUpper());
}

QByteArrayList Capabilities::saslMechanisms() const
{
    QByteArrayList out;
    for (const QByteArray &m : arguments("SASL"))
        out.append(m.toUpper());
    return out;
}

bool Capabilities::hasSasl(QByteArrayView mechanism) const
{
    return saslMechanisms().contains(mechanism.toByteArray().toUpper());
}

} // namespace Pigeon::Pop3
