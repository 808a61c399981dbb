// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// Private to core/mime: the only header that includes GMime. Nothing outside this
// module sees a GObject; every pointer taken from GMime is owned by one of these
// RAII holders so a reference can neither leak nor be dropped twice.

#include <gmime/gmime.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <memory>

namespace Pigeon::Mime {
struct HeaderField;
}

namespace Pigeon::Mime::Detail {

/// Calls g_mime_init() exactly once per process (thread-safe).
void ensureGMime();

/// Process-wide parser options tuned like a mature client: loose RFC 2047, address and
/// parameter parsing, addresses without a domain allowed. Created once, read-only after.
GMimeParserOptions *parserOptions();

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
/// Owns one GObject reference.
template<typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

/// Takes over a reference the caller already owns (a *_new() result).
template<typename T>
GPtr<T> adopt(T *p)
{
    return GPtr<T>(p);
}
/// Adds a reference to a borrowed pointer (a *_get_*() result).
template<typename T>
GPtr<T> retain(T *p)
{
    if (p)
        g_object_ref(p);
    return GPtr<T>(p);
}

struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
/// Owns a g_malloc'd string.
using GString_ = std::unique_ptr<char, GFree>;

/// Makes a memory stream holding a copy of @p data.
GPtr<GMimeStream> memoryStream(QByteArrayView data);

/// Runs GMime's parser over @p stream as a message. Null when GMime gives up.
GPtr<GMimeMessage> parseMessage(GMimeStream *stream);

/// The header fields of @p object in message order. For a GMimeMessage this includes
/// the Content-* fields, which GMime moves to the message's top MIME part.
QList<HeaderField> headerFields(GMimeObject *object);

/// Copies a GMime string (may be null) into a QByteArray.
inline QByteArray bytes(const char *s)
{
    return s ? QByteArray(s) : QByteArray();
}

} // namespace Pigeon::Mime::Detail
