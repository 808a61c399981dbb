// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/pop3optionspage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pigeon::Ui {

using Account::LeaveOnServer;

Pop3OptionsPage::Pop3OptionsPage(AccountDraft *draft, QWidget *parent) : DraftPage(draft, parent)
{
    setObjectName(QStringLiteral("pop3OptionsPage"));
    setTitle(tr("Downloading with POP3"));
    setSubTitle(tr("By default Pigeon removes messages from the server once they are safely on this computer."));

    m_leave = new QCheckBox(tr("&Leave copies of messages on the server"), this);
    m_leave->setObjectName(QStringLiteral("leaveCheck"));
    m_forever = new QRadioButton(tr("&Keep them on the server"), this);
    m_forever->setObjectName(QStringLiteral("keepForeverRadio"));
    m_days = new QRadioButton(tr("&Delete them from the server after"), this);
    m_days->setObjectName(QStringLiteral("deleteAfterDaysRadio"));
    m_dayCount = new QSpinBox(this);
    m_dayCount->setObjectName(QStringLiteral("daysSpin"));
    m_dayCount->setRange(1, 3650);
    m_dayCount->setValue(14);
    m_dayCount->setSuffix(tr(" days"));
    m_dayCount->setAccessibleName(tr("Days to keep messages on the server"));
    m_deletedHere = new QRadioButton(tr("Delete them from the server &when I delete them here"), this);
    m_deletedHere->setObjectName(QStringLiteral("deleteWhenDeletedHereRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_forever, m_days, m_deletedHere})
        group->addButton(r);
    m_forever->setChecked(true);

    m_limit = new QCheckBox(tr("Do not download messages &larger than"), this);
    m_limit->setObjectName(QStringLiteral("limitCheck"));
    m_limitKb = new QSpinBox(this);
    m_limitKb->setObjectName(QStringLiteral("limitSpin"));
    m_limitKb->setRange(1, 10 * 1024 * 1024);
    m_limitKb->setValue(1024);
    m_limitKb->setSuffix(tr(" KB"));
    m_limitKb->setAccessibleName(tr("Size limit for automatic downloads in kilobytes"));
    auto *limitNote = new QLabel(tr("Larger messages wait on the server until you ask for them."), this);
    limitNote->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 24);
    grid->addWidget(m_leave, 0, 0, 1, 3);
    grid->addWidget(m_forever, 1, 1, 1, 2);
    grid->addWidget(m_days, 2, 1);
    grid->addWidget(m_dayCount, 2, 2, Qt::AlignLeading);
    grid->addWidget(m_deletedHere, 3, 1, 1, 2);
    grid->setColumnStretch(2, 1);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_limitKb);
    limitRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addLayout(limitRow);
    layout->addWidget(limitNote);
    layout->addStretch(1);

    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{m_leave, m_days, m_limit})
        connect(b, &QAbstractButton::toggled, this, &Pop3OptionsPage::updateEnabled);
    updateEnabled();
}

void Pop3OptionsPage::updateEnabled()
{
    const bool leave = m_leave->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_forever, m_days, m_deletedHere})
        w->setEnabled(leave);
    m_dayCount->setEnabled(leave && m_days->isChecked());
    m_limitKb->setEnabled(m_limit->isChecked());
}

void Pop3OptionsPage::load()
{
    const Account::Pop3Settings &p = draft()->account.pop3;
    m_leave->setChecked(p.leaveOnServer != LeaveOnServer::Never);
    m_days->setChecked(p.leaveOnServer == LeaveOnServer::ForDays);
    m_deletedHere->setChecked(p.leaveOnServer == LeaveOnServer::UntilDeletedHere);
    m_forever->setChecked(p.leaveOnServer == LeaveOnServer::Never || p.leaveOnServer == LeaveOnServer::Forever);
    m_dayCount->setValue(p.leaveDays);
    m_limit->setChecked(p.autoDownloadLimit > 0);
    if (p.autoDownloadLimit > 0)
        m_limitKb->setValue(int(qMax<qint64>(1, p.autoDownloadLimit / 1024)));
    updateEnabled();
    m_leave->setFocus();
}

void Pop3OptionsPage::store()
{
    Account::Pop3Settings &p = draft()->account.pop3;
    if (!m_leave->isChecked())
        p.leaveOnServer = LeaveOnServer::Never;
    else if (m_days->isChecked())
        p.leaveOnServer = LeaveOnServer::ForDays;
    else if (m_deletedHere->isChecked())
        p.leaveOnServer = LeaveOnServer::UntilDeletedHere;
    else
        p.leaveOnServer = LeaveOnServer::Forever;
    p.leaveDays = m_dayCount->value();
    p.autoDownloadLimit = m_limit->isChecked() ? qint64(m_limitKb->value()) * 1024 : 0;
}

} // namespace Pigeon::Ui
