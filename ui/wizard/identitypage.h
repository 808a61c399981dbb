// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "ui/wizard/draftpage.h"

class QCheckBox;
class QLineEdit;

namespace Pigeon::Ui {

class InlineHint;

/// "You": name, e-mail address, password and whether the keychain remembers it.
class IdentityPage : public DraftPage
{
    Q_OBJECT
public:
    explicit IdentityPage(AccountDraft *draft, QWidget *parent = nullptr);

    void load() override;
    void store() override;
    bool isComplete() const override;

    /// Addresses that already have an account: typing one shows a warning (not a block: two
    /// accounts for one address can be wanted, e.g. IMAP at work and POP3 at home).
    void setExistingAddresses(const QStringList &addresses) { m_existing = addresses; }

    /// Why @p address is not usable (empty when it is).
    static QString addressProblem(const QString &address);

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    InlineHint *m_nameHint;
    InlineHint *m_addressHint;
    InlineHint *m_passwordHint;
    QStringList m_existing;
    bool m_touched = false;
};

} // namespace Pigeon::Ui
