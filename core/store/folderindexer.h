// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "store/folderfile.h"
#include "store/headerdecoder.h"
#include "store/storeindex.h"

namespace Pigeon::Store {

/// Builds index rows from a folder file: the whole file (a rebuild) or only the part
/// beyond the committed size (records another mbox program appended). The caller holds
/// the folder's exclusive lock.
///
/// The scan maps the file and finds separators with memmem; each record's header
/// block is parsed by RecordParser; rows are inserted in one transaction. A last
/// record without its final line break is a torn append: it is never indexed, its
/// bytes are copied to FILE.torn-<time> for inspection and the file is cut before it.
class FolderIndexer
{
public:
    FolderIndexer(StoreIndex *index, const HeaderDecoder *decoder) : m_index(index), m_decoder(decoder) {}

    /// Forgets the folder's rows and indexes the whole file again.
    Result<qint64> rebuild(FolderFile &file, FolderState &state);
    /// Indexes the records from @p from (a record start) to the end of the file.
    Result<qint64> indexTail(FolderFile &file, FolderState &state, qint64 from);

private:
    Result<qint64> index(FolderFile &file, FolderState &state, qint64 from, bool replaceAll);

    StoreIndex *m_index;
    const HeaderDecoder *m_decoder;
};

} // namespace Pigeon::Store
