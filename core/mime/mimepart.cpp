// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/mimepart.h"

namespace Pigeon::Mime {

// Iterative walks: a hostile message may nest thousands of levels deep.
const MimePart *MimePart::find(QStringView id) const
{
    std::vector<const MimePart *> stack{this};
    while (!stack.empty()) {
        const MimePart *p = stack.back();
        stack.pop_back();
        if (p->partId == id)
            return p;
        for (auto it = p->children.rbegin(); it != p->children.rend(); ++it)
            stack.push_back(&*it);
    }
    return nullptr;
}

MimePart *MimePart::find(QStringView id)
{
    return const_cast<MimePart *>(static_cast<const MimePart *>(this)->find(id));
}

void MimePart::forEach(const std::function<void(const MimePart &)> &f) const
{
    std::vector<const MimePart *> stack{this};
    while (!stack.empty()) {
        const MimePart *p = stack.back();
        stack.pop_back();
        f(*p);
        for (auto it = p->children.rbegin(); it != p->children.rend(); ++it)
            stack.push_back(&*it);
    }
}

int MimePart::count() const
{
    int n = 0;
    forEach([&n](const MimePart &) { ++n; });
    return n;
}

} // namespace Pigeon::Mime
