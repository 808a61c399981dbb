// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace Pigeon::Store {

/// One message's place in an mbox file (all offsets absolute, in bytes).
struct MboxRecord {
    qint64 offset = 0;     ///< start of the `From ` separator line
    qint64 dataOffset = 0; ///< first byte after the separator line
    qint64 dataEnd = 0;    ///< end of the stored message (blank separator line excluded)
    qint64 end = 0;        ///< start of the next record, or the end of the file
};

/// What a scan found.
struct MboxScan {
    std::vector<MboxRecord> records;
    /// Bytes before the first separator that are neither a UTF-8 BOM nor blank lines:
    /// a file with only such bytes is not an mbox.
    qint64 leadingGarbage = 0;
    /// The last record does not end in a line break: a torn append (or a truncated copy).
    bool unterminatedTail = false;
    /// Length of the longest line seen in a separator (diagnostics for bad input).
    qint64 bytesScanned = 0;
};

/// Finds the records of an mbox file without parsing them.
///
/// Separators are found with memmem("\nFrom ") over a memory mapping, so the scan runs
/// at the speed of memory, like `grep -c '^From '`. Any line starting with `From ` is
/// a separator: mboxrd and mboxo writers quote body lines, so only unquoted (broken)
/// files are split at body lines, which is what mutt and Thunderbird do too.
class MboxScanner
{
public:
    enum class Mode {
        Mboxrd,        ///< our own folders: separators only
        AcceptContentLength ///< imports: trust a `Content-Length:` (mboxcl/cl2) when it
                            ///< lands exactly on a separator or the end of the file
    };

    /// Scans @p data (a whole file) from @p start, which must be a record start or
    /// the beginning of the file.
    static MboxScan scan(QByteArrayView data, qint64 start = 0, Mode mode = Mode::Mboxrd);

    /// True if @p data at @p offset is a separator line start.
    static bool isSeparatorAt(QByteArrayView data, qint64 offset);
    /// The first "\nFrom " in [data, data + size) (like memmem, but vectorised), or null.
    static const char *findFromLine(const char *data, size_t size);

    /// End of the header block of a message stored at [@p begin, @p end): the offset
    /// just after the empty line, or @p end if there is none.
    static qint64 headerEnd(QByteArrayView data, qint64 begin, qint64 end);
};

} // namespace Pigeon::Store
