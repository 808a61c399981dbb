// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/draftpage.h"

class QRadioButton;

namespace Pigeon::Ui {

/// "POP3 or IMAP": shown when the provider offers both; explains the difference in plain
/// words. IMAP is preselected.
class ProtocolPage : public DraftPage
{
    Q_OBJECT
public:
    explicit ProtocolPage(AccountDraft *draft, QWidget *parent = nullptr);

    void load() override;
    void store() override;
    Account::IncomingProtocol chosen() const;

private:
    QRadioButton *m_imap;
    QRadioButton *m_pop3;
};

} // namespace Pigeon::Ui
