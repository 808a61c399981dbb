// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/pop3fetcher.h"

#include "common/logging.h"
#include "net/ssltransport.h"
#include "pop3/ops/scanop.h"
#include "store/mailstore.h"
#include "sync/pop3ledger.h"

#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace Pigeon::Sync {

using Account::LeaveOnServer;
using Pop3::MessageRef;
using Store::MessageFlag;

Pop3Fetcher::Pop3Fetcher(Store::MailStore *store, FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_factory([] { return new Net::SslTransport; })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Pop3Fetcher::~Pop3Fetcher()
{
    // Destroyed mid-check: drop the connection without QUIT, so nothing is deleted.
    if (m_session) {
        m_stopping = true;
        m_session->abort();
    }
}

QDateTime Pop3Fetcher::now() const
{
    return m_clock();
}

void Pop3Fetcher::start()
{
    m_fullMode = false;
    m_wanted.clear();
    begin();
}

void Pop3Fetcher::downloadFull(const QList<QByteArray> &uidls)
{
    m_fullMode = true;
    m_wanted = QSet<QByteArray>(uidls.begin(), uidls.end());
    begin();
}

void Pop3Fetcher::begin()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_finished = m_stopping = false;
    m_report = FetchReport();
    m_buffer.clear();
    m_bufferBytes = 0;
    m_total = m_done = m_outstanding = m_marked = 0;

    if (!m_ledger) {
        auto ledger = std::make_unique<Pop3Ledger>(Pop3Ledger::pathFor(m_store->rootDir()));
        if (Result<void> r = ledger->open(); !r) {
            // finished() must never come from inside start().
            QTimer::singleShot(0, this, [this, e = r.error()] { finish(e); });
            return;
        }
        m_ledger = std::move(ledger);
    }

    auto *session = new Pop3::Session(m_factory(), this);
    m_session = session;
    connect(session, &Pop3::Session::opened, this, [this] {
        auto *scan = new Pop3::ScanOp(m_session, this);
        connect(scan, &Pop3::ScanOp::finished, this, [this, scan](const Result<QList<MessageRef>> &r) {
            scan->deleteLater();
            onScanned(r);
        });
        scan->start();
    });
    connect(session, &Pop3::Session::failed, this, [this](const MailError &e) { fail(e); });
    session->open(m_options.session);
}

Result<QHash<QByteArray, QList<Pop3Fetcher::Local>>> Pop3Fetcher::localCopies() const
{
    // One query for the whole maildrop rather than one findByUidl() per message. All
    // rows of a UIDL, not one: an interrupted downloadFull() leaves two for a moment.
    QSqlQuery q(m_store->index().database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uidl, id, flags FROM messages WHERE uidl IS NOT NULL")))
        return Store::StoreIndex::sqlError(q, tr("Cannot read the message index"));
    QHash<QByteArray, QList<Local>> out;
    while (q.next())
        out[q.value(0).toString().toLatin1()].append(
            Local{q.value(1).toLongLong(), Store::MessageFlags::fromInt(q.value(2).toInt())});
    return out;
}

bool Pop3Fetcher::deleteAfterDownload(const QDateTime &downloaded) const
{
    switch (m_options.policy.leaveOnServer) {
    case LeaveOnServer::Never:
        return true;
    case LeaveOnServer::Forever:
    case LeaveOnServer::UntilDeletedHere:
        return false;
    case LeaveOnServer::ForDays:
        return downloaded.addDays(qMax(0, m_options.policy.leaveDays)) <= now();
    }
    return false;
}

void Pop3Fetcher::onScanned(const Result<QList<MessageRef>> &result)
{
    if (m_finished)
        return;
    if (!result) {
        fail(result.error());
        return;
    }
    const QList<MessageRef> &refs = *result;
    m_report.listed = int(refs.size());

    auto local = localCopies();
    if (!local) {
        fail(local.error());
        return;
    }
    auto ledger = m_ledger->all();
    if (!ledger) {
        fail(ledger.error());
        return;
    }

    // Without UIDL the ids are fingerprints ("~size-hash", see Pop3::MessageRef). A server
    // that gave real UIDLs before and now does not would make every message it still
    // holds look new: stop instead of downloading them all again.
    const bool fingerprints = std::any_of(refs.begin(), refs.end(), [](const MessageRef &r) { return r.fingerprint; });
    if (fingerprints) {
        const QList<QByteArray> known = ledger->keys();
        if (std::any_of(known.begin(), known.end(), [](const QByteArray &u) { return !u.startsWith('~'); })) {
            fail(MailError(MailError::Kind::Protocol,
                           tr("The server no longer identifies messages (UIDL). Nothing was downloaded, "
                              "so that no message is downloaded twice.")));
            return;
        }
    }

    const QDateTime t = now();
    QList<QByteArray> unrecorded;
    QList<Store::MessageId> strayPartials;
    QSet<QByteArray> listed;
    struct Download {
        MessageRef ref;
        bool partial;
        QList<Local> replaces;
    };
    QList<Download> downloads;

    for (const MessageRef &ref : refs) {
        if (ref.fingerprint)
            m_report.fingerprints = true;
        listed.insert(ref.uid);
        const QList<Local> copies = local->value(ref.uid);
        const auto recorded = ledger->constFind(ref.uid);

        if (!copies.isEmpty()) {
            QList<Local> partials;
            bool whole = false;
            bool deletedFlag = true;
            for (const Local &c : copies) {
                if (c.flags & MessageFlag::Partial)
                    partials.append(c);
                else
                    whole = true;
                if (!(c.flags & MessageFlag::Deleted))
                    deletedFlag = false;
            }
            if (recorded == ledger->constEnd())
                unrecorded.append(ref.uid); // stored, then interrupted before the record
            if (whole && !partials.isEmpty()) {
                // A replacement was interrupted after its commit: the partial copies are
                // superseded.
                for (const Local &p : partials)
                    strayPartials.append(p.id);
                partials.clear();
            }
            if (!whole) {
                if (m_fullMode && m_wanted.contains(ref.uid))
                    downloads.append({ref, false, partials});
                else
                    ++m_report.kept; // never delete what is only partly here
                continue;
            }
            if (m_fullMode && !m_wanted.contains(ref.uid)) {
                ++m_report.kept;
                continue;
            }
            const QDateTime when = recorded != ledger->constEnd() ? *recorded : t;
            const bool del = m_options.policy.leaveOnServer == LeaveOnServer::UntilDeletedHere
                ? deletedFlag
                : deleteAfterDownload(when);
            if (del)
                markDeleted(ref);
            else
                ++m_report.kept;
        } else if (recorded != ledger->constEnd()) {
            // Downloaded before, no longer here: the user deleted it (the tombstone).
            // Never download it again; delete it on the server unless the policy keeps
            // everything.
            const bool del = m_options.policy.leaveOnServer == LeaveOnServer::Forever ? false
                : m_options.policy.leaveOnServer == LeaveOnServer::ForDays ? deleteAfterDownload(*recorded)
                                                                          : true;
            if (del)
                markDeleted(ref);
            else
                ++m_report.kept;
        } else if (!m_fullMode) {
            const qint64 limit = m_options.policy.autoDownloadLimit;
            downloads.append({ref, limit > 0 && ref.size > limit, {}});
        }
    }

    if (m_fullMode && downloads.isEmpty()) {
        // Nothing to complete: the server no longer has it, or it is already whole here.
        bool missing = false;
        for (const QByteArray &u : std::as_const(m_wanted))
            missing = missing || !listed.contains(u);
        if (missing) {
            fail(MailError(MailError::Kind::NotFound,
                           tr("The rest of the message cannot be downloaded: the server no longer has it.")));
            return;
        }
    }
    if (!unrecorded.isEmpty()) {
        if (Result<void> r = m_ledger->record(unrecorded, t); !r) {
            fail(r.error());
            return;
        }
    }
    if (!strayPartials.isEmpty()) {
        if (Result<void> r = m_store->remove(strayPartials); !r) {
            fail(r.error());
            return;
        }
    }
    // Forget what the server no longer has; a tombstone of a message still listed stays.
    QList<QByteArray> gone;
    for (auto it = ledger->constBegin(); it != ledger->constEnd(); ++it) {
        if (!listed.contains(it.key()))
            gone.append(it.key());
    }
    if (Result<void> r = m_ledger->forget(gone); !r) {
        fail(r.error());
        return;
    }

    m_total = int(downloads.size());
    Q_EMIT progress(0, m_total, 0);
    if (downloads.isEmpty()) {
        downloadsDone();
        return;
    }
    m_outstanding = m_total;
    for (const Download &d : downloads) {
        auto done = [this, ref = d.ref, partial = d.partial, replaces = d.replaces](Result<QByteArray> r) {
            onMessage(ref, r, partial, replaces);
        };
        if (d.partial)
            m_session->top(d.ref.number, m_options.partialLines, done, this);
        else
            m_session->retr(d.ref.number, d.ref.size, done, this);
    }
}

void Pop3Fetcher::onMessage(const MessageRef &ref, const Result<QByteArray> &result, bool partial,
                            const QList<Local> &replaces)
{
    if (m_finished || m_stopping)
        return;
    --m_outstanding;
    if (!result) {
        if (result.error().kind() != MailError::Kind::ServerNo)
            return; // the connection ended: Session::failed() reports it
        // Refused (e.g. deleted by another client meanwhile): left alone, retried next time.
        qCInfo(lcSync) << "message" << ref.number << "refused:" << result.error().toString();
        ++m_report.refused;
    } else {
        Received rec{ref, *result, partial, {}, {}};
        for (const Local &l : replaces) {
            rec.replaces.append(l.id);
            rec.keepFlags |= l.flags;
        }
        rec.keepFlags &= ~Store::MessageFlags(MessageFlag::Partial);
        m_bufferBytes += rec.bytes.size();
        m_report.bytes += rec.bytes.size();
        m_buffer.append(std::move(rec));
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total, m_report.bytes);

    if (m_buffer.size() >= m_options.batchMessages || m_bufferBytes >= m_options.batchBytes) {
        if (Result<void> r = flush(true); !r) {
            fail(r.error());
            return;
        }
    }
    if (m_outstanding == 0)
        downloadsDone();
}

Result<void> Pop3Fetcher::flush(bool sendDeletes)
{
    if (m_buffer.isEmpty())
        return {};
    QList<Store::AppendRequest> requests;
    requests.reserve(m_buffer.size());
    QList<QByteArray> uidls;
    QList<Store::MessageId> superseded;
    const QDateTime t = now();
    for (Received &rec : m_buffer) {
        Store::AppendRequest req;
        req.message = std::move(rec.bytes);
        req.flags = rec.keepFlags;
        if (rec.partial)
            req.flags |= MessageFlag::Partial;
        req.origin.uidl = rec.ref.uid;
        req.received = t;
        requests.append(std::move(req));
        uidls.append(rec.ref.uid);
        superseded += rec.replaces;
    }
    m_bufferBytes = 0;
    // 1. The messages: one fsync for the batch, committed in the index.
    Result<QList<Store::MessageId>> appended = m_store->appendBatch(m_options.folder, requests);
    requests.clear();
    if (!appended) {
        m_buffer.clear();
        return appended.error();
    }
    // 2. The download record (one transaction). A crash between 1 and 2 is mended by
    //    the next check (stored but unrecorded: recorded then).
    if (Result<void> r = m_ledger->record(uidls, t); !r) {
        m_buffer.clear();
        return r;
    }
    // 3. Whole copies replace partial ones only now that they are safe.
    if (!superseded.isEmpty()) {
        if (Result<void> r = m_store->remove(superseded); !r) {
            m_buffer.clear();
            return r;
        }
    }
    // 4. Only now may the server forget them (effective at QUIT).
    for (const Received &rec : std::as_const(m_buffer)) {
        if (rec.partial)
            ++m_report.partial;
        else if (!rec.replaces.isEmpty())
            ++m_report.completed;
        else
            ++m_report.downloaded;
        if (!sendDeletes)
            continue;
        const bool del = !rec.partial
            && (m_options.policy.leaveOnServer == LeaveOnServer::UntilDeletedHere ? false
                                                                                  : deleteAfterDownload(t));
        if (del)
            markDeleted(rec.ref);
        else
            ++m_report.kept;
    }
    m_buffer.clear();
    return {};
}

void Pop3Fetcher::markDeleted(const MessageRef &ref)
{
    m_session->dele(ref.number, [this, number = ref.number](Result<void> r) {
        if (m_finished || m_stopping)
            return;
        if (r) {
            ++m_marked;
        } else if (r.error().kind() == MailError::Kind::ServerNo) {
            // Stays on the server; it is safe here, the next check tries again.
            qCInfo(lcSync) << "DELE" << number << "refused:" << r.error().toString();
            ++m_report.kept;
        }
    }, this);
}

void Pop3Fetcher::downloadsDone()
{
    if (Result<void> r = flush(true); !r) {
        fail(r.error());
        return;
    }
    quit();
}

void Pop3Fetcher::quit()
{
    // Everything we DELEted is safe here: now the server may delete (RFC 1939 §6).
    m_session->quit([this](Result<void> r) {
        if (m_finished)
            return;
        if (!r) {
            // -ERR in UPDATE or a connection lost before the reply: we cannot know what
            // the server deleted; every such message is stored here, the next check
            // deletes what is left.
            finish(r.error());
            return;
        }
        m_report.deleted = m_marked;
        finish({});
    });
}

void Pop3Fetcher::fail(const MailError &error)
{
    if (m_finished || m_stopping)
        return;
    m_stopping = true;
    // Complete messages already received are good mail: keep them (nothing was deleted
    // on the server, the next check recognises them by UIDL).
    MailError e = error;
    if (Result<void> r = flush(false); !r)
        qCWarning(lcSync) << "could not store received messages:" << r.error().toString();
    if (m_session && m_session->state() != Pop3::Session::State::Disconnected)
        m_session->abort(); // no QUIT: nothing is deleted
    finish(e);
}

void Pop3Fetcher::cancel()
{
    if (!m_running || m_finished)
        return;
    fail(MailError(MailError::Kind::Cancelled, tr("The mail check was cancelled.")));
}

void Pop3Fetcher::finish(MailError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_report.error = std::move(error);
    if (!m_report.ok())
        m_report.deleted = 0;
    if (m_session) {
        m_session->deleteLater();
        m_session.clear();
    }
    qCInfo(lcSync) << "POP3 check:" << m_report.listed << "listed," << m_report.downloaded << "downloaded,"
                   << m_report.partial << "partial," << m_report.deleted << "deleted,"
                   << (m_report.ok() ? QStringLiteral("ok") : m_report.error.toString());
    Q_EMIT finished(m_report);
}

} // namespace Pigeon::Sync
