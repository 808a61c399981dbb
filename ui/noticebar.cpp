// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_detailButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    p.setColor(QPalette::WindowText, QColor(0x4d, 0x3b, 0x00));
    setPalette(p);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("noticeDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();
    m_detailButton->setObjectName(QStringLiteral("noticeDetailButton"));
    m_detailButton->setText(tr("Details"));
    m_detailButton->setCheckable(true);
    m_detailButton->setAutoRaise(true);
    connect(m_detailButton, &QToolButton::toggled, m_detail, &QWidget::setVisible);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("noticeClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide this message"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::dismiss);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_detailButton, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(const QString &text, const QString &detail)
{
    if (text.isEmpty() || m_current.contains(text))
        return;
    m_current.append(text);
    if (!detail.isEmpty())
        m_details.append(detail);
    m_all.append(text);
    update();
    show();
}

void NoticeBar::dismiss()
{
    m_current.clear();
    m_details.clear();
    m_detailButton->setChecked(false);
    hide();
}

void NoticeBar::update()
{
    // The newest first: it is the one the user is looking for.
    QStringList texts = m_current;
    std::reverse(texts.begin(), texts.end());
    m_text->setText(texts.join(QLatin1Char('\n')));
    m_detail->setText(m_details.join(QLatin1Char('\n')));
    m_detailButton->setVisible(!m_details.isEmpty());
}

} // namespace Pigeon::Ui
