// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/draftpage.h"

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace Pigeon::Ui {

/// POP3 policy: leave copies on the server (off by default) and for how long, and a size
/// limit for automatic downloads.
class Pop3OptionsPage : public DraftPage
{
    Q_OBJECT
public:
    explicit Pop3OptionsPage(AccountDraft *draft, QWidget *parent = nullptr);

    void load() override;
    void store() override;

private:
    void updateEnabled();

    QCheckBox *m_leave;
    QRadioButton *m_forever;
    QRadioButton *m_days;
    QSpinBox *m_dayCount;
    QRadioButton *m_deletedHere;
    QCheckBox *m_limit;
    QSpinBox *m_limitKb;
};

} // namespace Pigeon::Ui
