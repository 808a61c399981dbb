// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/accountdraft.h"

#include <QWizardPage>

namespace Pigeon::Ui {

/// A page of the account wizard that also serves as a tab of the account settings
/// dialog: it shows the shared AccountDraft (load()) and writes the user's choices back
/// (store()), without relying on QWizard fields, so it works outside a QWizard too.
class DraftPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DraftPage(AccountDraft *draft, QWidget *parent = nullptr) : QWizardPage(parent), m_draft(draft) {}

    /// Shows what the draft holds.
    virtual void load() = 0;
    /// Writes the page's fields into the draft.
    virtual void store() = 0;

    void initializePage() override { load(); }
    bool validatePage() override
    {
        if (!isComplete())
            return false;
        store();
        return true;
    }

protected:
    AccountDraft *draft() const { return m_draft; }

private:
    AccountDraft *m_draft;
};

} // namespace Pigeon::Ui
