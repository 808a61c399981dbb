// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/draftpage.h"

class QCheckBox;
class QLabel;

namespace Pigeon::Ui {

/// "Review": what was found and where it came from, and the way to the manual page.
class ReviewPage : public DraftPage
{
    Q_OBJECT
public:
    explicit ReviewPage(AccountDraft *draft, QWidget *parent = nullptr);

    void load() override;
    void store() override;
    bool wantsManual() const;

private:
    QLabel *m_summary;
    QCheckBox *m_manual;
};

} // namespace Pigeon::Ui
