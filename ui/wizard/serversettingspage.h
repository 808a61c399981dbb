// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/draftpage.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace Pigeon::Ui {

class ServerFields;

/// The manual settings: every field of the incoming and the outgoing server, with inline
/// validation. The only place where an unencrypted connection can be chosen, and then only
/// with the user's explicit consent.
class ServerSettingsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit ServerSettingsPage(AccountDraft *draft, QWidget *parent = nullptr);

    void load() override;
    void store() override;
    bool isComplete() const override;
    Account::IncomingProtocol protocol() const;

private:
    void onProtocolChanged();
    void updateInsecure();

    QLabel *m_note;
    QComboBox *m_protocol;
    ServerFields *m_incoming;
    ServerFields *m_outgoing;
    QCheckBox *m_allowInsecure;
};

} // namespace Pigeon::Ui
