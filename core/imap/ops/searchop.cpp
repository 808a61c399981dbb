// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/searchop.h"

#include <algorithm>

namespace Pigeon::Imap {

namespace {

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isKeyword(const QByteArray &key)
{
    // Keywords, dates, numbers and parentheses only ("NOT DELETED", "SINCE 1-Feb-2026"):
    // anything that needs quoting or a literal goes through SearchCriterion::argument.
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x7f && c != '"' && c != '{' && c != '\\';
    });
}

} // namespace

SearchOp::SearchOp(ImapSession *session, QList<SearchCriterion> criteria, QObject *parent)
    : ImapOp(session, parent), m_criteria(std::move(criteria))
{
}

void SearchOp::run()
{
    if (!requireSelected())
        return;
    bool utf8 = false;
    for (const SearchCriterion &c : std::as_const(m_criteria)) {
        if (!isKeyword(c.key)) {
            finish(MailError(MailError::Kind::InvalidInput, tr("Invalid search criterion.")));
            return;
        }
        utf8 = utf8 || (c.argument && !isAscii(*c.argument));
    }
    m_esearch = session()->hasCapability("ESEARCH");
    Command search("UID SEARCH");
    if (m_esearch)
        search.raw("RETURN (ALL)");
    if (utf8)
        search.raw("CHARSET UTF-8");
    if (m_criteria.isEmpty())
        search.raw("ALL");
    for (const SearchCriterion &c : std::as_const(m_criteria)) {
        search.raw(c.key);
        if (c.argument)
            search.astring(c.argument->toUtf8()); // 8-bit: a literal (RFC 9051 §4.3)
    }
    send(search, false,
         [this](const Response &r) {
             if (const auto *s = std::get_if<SearchData>(&r)) {
                 m_uids += s->numbers;
                 if (s->modSeq)
                     m_modSeq = *s->modSeq;
             } else if (const auto *e = std::get_if<ESearchData>(&r); e && e->uid) {
                 if (e->all)
                     m_uids += e->all->toList();
                 if (e->modSeq)
                     m_modSeq = *e->modSeq;
             }
         },
         [this](const StatusResponse &) {
             std::sort(m_uids.begin(), m_uids.end());
             m_uids.erase(std::unique(m_uids.begin(), m_uids.end()), m_uids.end());
             finish();
         });
}

} // namespace Pigeon::Imap
