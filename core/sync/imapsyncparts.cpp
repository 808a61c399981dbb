// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// ImapSync: bodies on demand (issue 6). Opening a message fetches its structure, header
// and text parts; an attachment comes when it is opened or saved; both are cached per
// part (Store::ImapCache) so the message opens offline later.
#include "sync/imapsync.h"

#include "common/logging.h"
#include "imap/ops/fetchpartop.h"
#include "imap/session/imapsession.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/bodystructurecodec.h"
#include "sync/partplan.h"
#include "sync/task.h"

namespace Pigeon::Sync {

using namespace Pigeon::Imap;

namespace {

/// The part cache of a row that was opened once: structure and header at least.
bool hasText(Store::MailStore *store, Store::MessageId id)
{
    const Store::ImapCache cache(store);
    return cache.hasPart(id, "BODYSTRUCTURE") && cache.hasPart(id, "HEADER");
}

} // namespace

Task *ImapSync::fetchText(Store::MessageId id)
{
    // Cached already: a job without the network, so it works offline and with the
    // server gone (a network job would connect first).
    std::optional<Store::MessageRow> row = m_store->row(id);
    const bool cached = row && (row->bodyState == Store::BodyState::Full || hasText(m_store, id));
    return enqueue(tr("Opening a message"), !cached,
                   [this, id](Task *, std::function<void(const MailError &)> done) { textStep(id, std::move(done)); });
}

Task *ImapSync::fetchPart(Store::MessageId id, const QByteArray &section)
{
    return enqueue(tr("Downloading an attachment"), !missingParts(id, {section}).isEmpty(),
                   [this, id, section](Task *, std::function<void(const MailError &)> done) {
                       partsStep(id, {section}, std::move(done));
                   });
}

Task *ImapSync::fetchInlineParts(Store::MessageId id, const QList<QByteArray> &sections)
{
    // Pictures, or the alternative (HTML or plain) the reader prefers but lacks.
    return enqueue(tr("Downloading parts of a message"), !missingParts(id, sections).isEmpty(),
                   [this, id, sections](Task *, std::function<void(const MailError &)> done) {
                       partsStep(id, sections, std::move(done));
                   });
}

QList<QByteArray> ImapSync::missingParts(Store::MessageId id, const QList<QByteArray> &sections) const
{
    std::optional<Store::MessageRow> row = m_store->row(id);
    if (row && row->bodyState == Store::BodyState::Full)
        return {};
    const Store::ImapCache cache(m_store);
    QList<QByteArray> out;
    for (const QByteArray &s : sections) {
        if (!out.contains(s) && !cache.hasPart(id, s))
            out.append(s);
    }
    return out;
}

void ImapSync::textStep(Store::MessageId id, std::function<void(const MailError &)> done)
{
    std::optional<Store::MessageRow> current = m_store->row(id);
    if (current && (current->bodyState == Store::BodyState::Full || hasText(m_store, id)))
        return done({});
    withMessage(id, [this, id, done](const Store::MessageRow &row, const MailError &selectError) {
        if (selectError.isError())
            return done(selectError);
        const quint32 uid = quint32(row.origin.uid);
        // Round trip 1: what the message is made of. BODYSTRUCTURE came with the header
        // row too, but is not kept for 100,000 rows nobody opens (see schema v3).
        auto structure = std::make_shared<std::shared_ptr<const BodyPart>>();
        ImapSession::CommandOptions options;
        options.owner = this;
        options.untagged = [structure, uid](const Response &r) {
            if (const auto *f = std::get_if<FetchData>(&r); f && f->has(FetchItem::Uid) && f->uid == uid && f->body)
                *structure = f->body;
        };
        m_session->execute(
            Command::uidFetch(SequenceSet::fromList({uid}), FetchItem::Uid | FetchItem::BodyStructure, {}), options,
            [this, id, uid, structure, done](const Result<StatusResponse> &r) {
                if (!r)
                    return done(r.error());
                if (!*structure)
                    return done(MailError(MailError::Kind::NotFound, tr("The message is no longer on the IMAP server.")));
                // Round trip 2: HEADER, the MIME headers and the text parts, one FETCH.
                const PartPlan plan = PartPlan::choose(**structure);
                auto fetched = std::make_shared<QList<Store::CachedPart>>();
                ImapSession::CommandOptions options;
                options.owner = this;
                options.untagged = [fetched, uid, plan](const Response &resp) {
                    const auto *f = std::get_if<FetchData>(&resp);
                    if (!f || !f->has(FetchItem::Uid) || f->uid != uid)
                        return;
                    for (const BodySection &s : f->sections) {
                        if (s.binary)
                            continue;
                        const QByteArray section = s.section.toUpper(); // "1.mime" -> "1.MIME"
                        // A capped text is complete when the server had no more than that.
                        const bool complete = !plan.capped.contains(section) || quint64(s.data.size()) < plan.cap;
                        fetched->append({section, s.data.isNull() ? QByteArray("") : s.data, complete});
                    }
                };
                m_session->execute(Command::uidFetch(SequenceSet::fromList({uid}), FetchItem::Uid, plan.fetchItems()),
                                   options, [this, id, structure, fetched, done](const Result<StatusResponse> &r) {
                                       if (!r)
                                           return done(r.error());
                                       if (fetched->isEmpty())
                                           return done(MailError(MailError::Kind::NotFound,
                                                                 tr("The message is no longer on the IMAP server.")));
                                       Store::ImapCache cache(m_store);
                                       if (Result<bool> whole = storeWhole(id, **structure, *fetched); !whole || *whole)
                                           return done(whole ? MailError() : whole.error());
                                       fetched->append({"BODYSTRUCTURE", BodyStructureCodec::encode(**structure), true});
                                       if (Result<void> s = cache.storeParts(id, *fetched); !s)
                                           return done(s.error());
                                       emitChanged({id});
                                       done({});
                                   });
            });
    });
}

Result<bool> ImapSync::storeWhole(Store::MessageId id, const BodyPart &root, const QList<Store::CachedPart> &parts)
{
    // A single-part message whose text came whole: HEADER + section 1 is the message
    // itself, byte for byte (RFC 9051 §6.4.5: BODY[] = HEADER + TEXT), so it becomes a
    // record (Full) at no extra cost instead of a set of parts.
    if (root.isMultipart())
        return false;
    const Store::CachedPart *header = nullptr, *text = nullptr;
    for (const Store::CachedPart &p : parts) {
        if (p.section == "HEADER")
            header = &p;
        else if (p.section == "1")
            text = &p;
    }
    if (!header || !text || !text->complete)
        return false;
    if (Result<void> r = Store::ImapCache(m_store).attachBody(id, header->data + text->data); !r)
        return r.error();
    emitChanged({id});
    return true;
}

void ImapSync::partsStep(Store::MessageId id, QList<QByteArray> sections, std::function<void(const MailError &)> done)
{
    sections = missingParts(id, sections);
    if (sections.isEmpty())
        return done({});
    withMessage(id, [this, id, sections, done](const Store::MessageRow &row, const MailError &selectError) {
        if (selectError.isError())
            return done(selectError);
        // BODY.PEEK[section]: saving an attachment or showing a picture is not reading the message.
        auto *op = new FetchPartOp(m_session, quint32(row.origin.uid), sections, this);
        connect(op, &ImapOp::finished, this, [this, op, id, done](const MailError &error) {
            op->deleteLater();
            if (error.isError())
                return done(error);
            QList<Store::CachedPart> parts;
            for (auto it = op->results().cbegin(); it != op->results().cend(); ++it) {
                parts.append({it.key(), it->isNull() ? QByteArray("") : *it, true});
                qCInfo(lcSync) << "part" << it.key() << "of" << id << it->size() << "bytes";
            }
            Store::ImapCache cache(m_store);
            if (Result<void> s = cache.storeParts(id, parts); !s)
                return done(s.error());
            emitChanged({id});
            done({});
        });
        op->start();
    });
}

} // namespace Pigeon::Sync
