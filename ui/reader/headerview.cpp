// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/headerview.h"

#include "mime/headerdecoder.h"
#include "ui/datetimeformat.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pigeon::Ui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // never rich text: headers come from strangers
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

QString addresses(const Mime::AddressList &list)
{
    QStringList parts;
    // Each name in a bidi isolate (U+2068..U+2069): a Persian name must not pull the
    // address or the next recipient into right-to-left order.
    for (const Mime::Mailbox &m : list) {
        if (m.name.isEmpty() || m.address.isEmpty())
            parts.append(m.toString());
        else
            parts.append(QChar(0x2068) + m.name + QChar(0x2069) + QStringLiteral(" <") + m.address + QLatin1Char('>'));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

HeaderView::HeaderView(QWidget *parent)
    : QWidget(parent),
      m_from(plainLabel(this)),
      m_to(plainLabel(this)),
      m_cc(plainLabel(this)),
      m_ccLabel(new QLabel(tr("Cc:"), this)),
      m_date(plainLabel(this)),
      m_subject(plainLabel(this)),
      m_allButton(new QToolButton(this)),
      m_sourceButton(new QToolButton(this)),
      m_all(new QPlainTextEdit(this))
{
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_subject->setObjectName(QStringLiteral("subject"));

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(m_ccLabel, m_cc);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Subject:"), m_subject);

    m_allButton->setText(tr("Show all headers"));
    m_allButton->setCheckable(true);
    m_sourceButton->setText(tr("View source"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_allButton);
    buttons->addWidget(m_sourceButton);

    m_all->setReadOnly(true);
    m_all->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_all->setVisible(false);
    m_all->setMaximumHeight(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_all);

    connect(m_allButton, &QToolButton::toggled, this, &HeaderView::setAllHeadersShown);
    connect(m_sourceButton, &QToolButton::clicked, this, &HeaderView::sourceRequested);
}

void HeaderView::setMessage(const Mime::Message &message)
{
    const Mime::HeaderSummary &s = message.summary();
    // The paragraph follows the interface's direction, not the first name's script.
    const QChar mark(layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    m_from->setText(mark + addresses(s.from));
    m_to->setText(mark + addresses(s.to));
    m_cc->setText(mark + addresses(s.cc));
    m_cc->setVisible(!s.cc.isEmpty());
    m_ccLabel->setVisible(!s.cc.isEmpty());
    // In the user's time zone, language and calendar.
    m_date->setText(s.date.isValid() ? DateTimeFormat::dateTime(s.date, QLocale::LongFormat, locale()) : QString());
    m_subject->setText(s.subject.isEmpty() ? tr("(no subject)") : s.subject);

    QString all;
    for (const Mime::HeaderField &f : message.headers())
        all += QString::fromLatin1(f.name) + QStringLiteral(": ")
            + Mime::HeaderDecoder::decodeText(f.rawValue, message.fallbackCharset()) + QLatin1Char('\n');
    m_all->setPlainText(all);
    m_sourceButton->setEnabled(!message.source(1).isEmpty());
}

QString HeaderView::fromText() const { return m_from->text(); }
QString HeaderView::subjectText() const { return m_subject->text(); }
QString HeaderView::dateText() const { return m_date->text(); }
bool HeaderView::allHeadersShown() const { return m_allButton->isChecked(); }
QString HeaderView::allHeadersText() const { return m_all->toPlainText(); }

void HeaderView::setAllHeadersShown(bool shown)
{
    m_allButton->setChecked(shown);
    m_all->setVisible(shown);
}

} // namespace Pigeon::Ui
