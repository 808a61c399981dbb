// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/ops/namespaceop.h"

namespace Pigeon::Imap {

void NamespaceOp::run()
{
    if (session()->hasCapability("NAMESPACE")) {
        send(Command("NAMESPACE"), false,
             [this](const Response &r) {
                 if (const auto *n = std::get_if<NamespaceData>(&r))
                     m_result = *n;
             },
             [this](const StatusResponse &) { finish(); });
        return;
    }
    Command list("LIST");
    list.raw(R"("" "")");
    auto delimiter = std::make_shared<QChar>();
    send(list, false,
         [delimiter](const Response &r) {
             if (const auto *l = std::get_if<ListData>(&r))
                 *delimiter = l->delimiter;
         },
         [this, delimiter](const StatusResponse &) {
             Namespace personal;
             personal.prefix.raw = "";
             personal.delimiter = *delimiter;
             m_result.personal = {personal};
             finish();
         });
}

} // namespace Pigeon::Imap
