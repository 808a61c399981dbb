// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "mime/message.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Pigeon::Ui {

/// The compact header of the reader (From, To, Cc, Date, Subject) with "show all
/// headers" (every field, decoded) and "view source". All text is shown as plain
/// text: a subject can never become markup.
class HeaderView : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderView(QWidget *parent = nullptr);
    void setMessage(const Mime::Message &message);

    QString fromText() const;
    QString subjectText() const;
    QString dateText() const;
    bool allHeadersShown() const;
    void setAllHeadersShown(bool shown);
    QString allHeadersText() const;

Q_SIGNALS:
    void sourceRequested();

private:
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_cc;
    QLabel *m_ccLabel;
    QLabel *m_date;
    QLabel *m_subject;
    QToolButton *m_allButton;
    QToolButton *m_sourceButton;
    QPlainTextEdit *m_all;
};

} // namespace Pigeon::Ui
