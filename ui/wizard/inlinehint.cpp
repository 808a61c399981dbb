// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/wizard/inlinehint.h"

namespace Pigeon::Ui {

InlineHint::InlineHint(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    setFont(f);
    hide();
}

bool InlineHint::setProblem(const QString &problem)
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(p);
    setText(problem);
    setVisible(!problem.isEmpty());
    m_field->setAccessibleDescription(problem);
    return problem.isEmpty();
}

void InlineHint::setWarning(const QString &text)
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0x8a, 0x5a, 0x00));
    setPalette(p);
    setText(text);
    setVisible(!text.isEmpty());
    m_field->setAccessibleDescription(text);
}

} // namespace Pigeon::Ui
