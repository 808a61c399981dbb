// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/identitypage.h"

#include "ui/wizard/inlinehint.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Pigeon::Ui {

IdentityPage::IdentityPage(AccountDraft *draft, QWidget *parent) : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("You"));
    setSubTitle(tr("Your name as others see it, your e-mail address and its password. Pigeon finds the "
                   "server settings from the address."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Anna Kowalska"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("name@example.org"));
    m_address->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    // Addresses are written left to right even in a Persian interface.
    m_address->setLayoutDirection(Qt::LeftToRight);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_remember = new QCheckBox(tr("&Remember the password in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);

    m_nameHint = new InlineHint(m_name, this);
    m_addressHint = new InlineHint(m_address, this);
    m_passwordHint = new InlineHint(m_password, this);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, InlineHint *hint) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
        form->addRow(QString(), hint);
    };
    addRow(tr("Your &name:"), m_name, m_nameHint);
    addRow(tr("&E-mail address:"), m_address, m_addressHint);
    addRow(tr("&Password:"), m_password, m_passwordHint);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    for (QLineEdit *e : {m_name, m_address, m_password}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            validate();
        });
        connect(e, &QLineEdit::textChanged, this, &IdentityPage::completeChanged);
    }
}

QString IdentityPage::addressProblem(const QString &address)
{
    const QString a = address.trimmed();
    if (a.isEmpty())
        return tr("Enter your e-mail address.");
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || a.count(QLatin1Char('@')) != 1)
        return tr("An e-mail address looks like name@example.org.");
    const QString domain = a.mid(at + 1);
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.'))
        || domain.endsWith(QLatin1Char('.')) || domain.contains(QStringLiteral("..")))
        return tr("The part after @ must be a domain such as example.org.");
    for (const QChar c : a) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(','))
            return tr("An e-mail address cannot contain spaces, commas or angle brackets.");
    }
    return {};
}

void IdentityPage::validate()
{
    if (!m_touched) // no red text before the user typed anything
        return;
    m_nameHint->setProblem(m_name->text().trimmed().isEmpty() ? tr("Enter the name others should see.") : QString());
    const QString address = m_address->text().trimmed();
    const QString problem = address.isEmpty() ? QString() : addressProblem(address);
    if (problem.isEmpty() && m_existing.contains(address, Qt::CaseInsensitive))
        m_addressHint->setWarning(tr("Pigeon already has an account for this address. Adding it again "
                                     "fetches the same mail twice."));
    else
        m_addressHint->setProblem(problem);
    const bool needPassword = !draft()->editing;
    m_passwordHint->setProblem(needPassword && m_password->text().isEmpty() && !m_address->text().isEmpty()
                                   ? tr("Enter the password of this address.")
                                   : QString());
    Q_EMIT completeChanged();
}

void IdentityPage::load()
{
    m_name->setText(draft()->account.name);
    m_address->setText(draft()->account.address);
    m_password->setText(draft()->password);
    m_remember->setChecked(draft()->rememberPassword);
    if (draft()->editing)
        m_password->setPlaceholderText(tr("unchanged"));
    m_name->setFocus();
}

void IdentityPage::store()
{
    draft()->account.name = m_name->text().trimmed();
    draft()->account.address = m_address->text().trimmed();
    draft()->password = m_password->text();
    draft()->rememberPassword = m_remember->isChecked();
}

bool IdentityPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && addressProblem(m_address->text()).isEmpty()
        && (draft()->editing || !m_password->text().isEmpty());
}

} // namespace Pigeon::Ui
