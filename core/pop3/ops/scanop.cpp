// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/ops/scanop.h"

#include "pop3/session/pop3session.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Pigeon::Pop3 {

ScanOp::ScanOp(Session *session, QObject *parent) : QObject(parent), m_session(session) {}

void ScanOp::start()
{
    const QPointer<ScanOp> self(this);
    const Capabilities &caps = m_session->capabilities();
    // Ask for UIDL unless CAPA said it is missing; a server without CAPA may still have it.
    const bool tryUidl = !caps.isKnown() || caps.uidl();
    m_outstanding = tryUidl ? 2 : 1;
    if (tryUidl) {
        m_session->uidl([self](Result<QList<UidlEntry>> uidl) {
            if (!self || self->m_done)
                return;
            if (uidl) {
                self->m_haveUidl = true;
                for (const UidlEntry &e : *uidl)
                    self->m_uids.insert(e.number, e.uid);
            } else if (uidl.error().kind() != MailError::Kind::ServerNo) {
                self->finish(uidl.error());
                return;
            }
            if (--self->m_outstanding == 0)
                self->onListings();
        });
    }
    m_session->list([self](Result<QList<ListEntry>> list) {
        if (!self || self->m_done)
            return;
        if (!list) {
            self->finish(list.error());
            return;
        }
        for (const ListEntry &e : *list)
            self->m_refs.append(MessageRef{e.number, e.size, {}, false});
        if (--self->m_outstanding == 0)
            self->onListings();
    });
}

void ScanOp::onListings()
{
    if (!m_haveUidl) {
        fingerprint();
        return;
    }
    for (MessageRef &ref : m_refs) {
        ref.uid = m_uids.value(ref.number);
        if (ref.uid.isEmpty()) {
            finish(MailError(MailError::Kind::Protocol,
                             QCoreApplication::translate("Pigeon::Pop3::ScanOp",
                                                         "The POP3 server listed message %1 without a unique id.")
                                 .arg(ref.number)));
            return;
        }
    }
    finish(std::move(m_refs));
}

void ScanOp::fingerprint()
{
    const Capabilities &caps = m_session->capabilities();
    if (caps.isKnown() && !caps.top()) {
        finish(MailError(MailError::Kind::ServerNo,
                         QCoreApplication::translate("Pigeon::Pop3::ScanOp",
                                                     "The POP3 server supports neither UIDL nor TOP, so "
                                                     "Pigeon cannot tell which messages it has already fetched.")));
        return;
    }
    if (m_refs.isEmpty()) {
        finish(QList<MessageRef>());
        return;
    }
    m_outstanding = int(m_refs.size());
    const QPointer<ScanOp> self(this);
    for (qsizetype i = 0; i < m_refs.size(); ++i) {
        m_session->top(m_refs.at(i).number, 0, [self, i](Result<QByteArray> headers) {
            if (!self || self->m_done)
                return;
            if (!headers) {
                self->finish(headers.error());
                return;
            }
            MessageRef &ref = self->m_refs[i];
            ref.uid = '~' + QByteArray::number(ref.size) + '-'
                + QCryptographicHash::hash(*headers, QCryptographicHash::Sha256).toHex();
            ref.fingerprint = true;
            if (--self->m_outstanding == 0)
                self->finish(std::move(self->m_refs));
        }, this);
    }
}

void ScanOp::cancel()
{
    finish(MailError(MailError::Kind::Cancelled, QCoreApplication::translate("Pigeon::Pop3::ScanOp", "Cancelled.")));
}

void ScanOp::finish(Result<QList<MessageRef>> result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->cancelQueued(this);
    Q_EMIT finished(result);
}

} // namespace Pigeon::Pop3
