// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QLabel>

namespace Pigeon::Ui {

/// The small line under a field that says what is wrong with it (inline validation), or
/// hides itself while the field is fine. Read by screen readers as the field's description.
class InlineHint : public QLabel
{
    Q_OBJECT
public:
    explicit InlineHint(QWidget *field, QWidget *parent = nullptr);

    /// Shows @p problem (empty: the field is fine). Returns whether the field is fine.
    bool setProblem(const QString &problem);
    /// Shows @p text as a warning that does not block (e.g. "the password travels unencrypted").
    void setWarning(const QString &text);

private:
    QWidget *m_field;
};

} // namespace Pigeon::Ui
