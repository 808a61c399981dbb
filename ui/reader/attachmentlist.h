// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/result.h"
#include "mime/bodyextractor.h"
#include "mime/message.h"

#include <QListWidget>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Pigeon::Ui {

/// The attachments of the shown message: name (sanitised), type and size; open with
/// the system's handler through a temporary copy, or save. Executable types ask first.
class AttachmentList : public QListWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);

    void setMessage(const Mime::Message &message);
    const QList<Mime::AttachmentInfo> &attachments() const { return m_attachments; }

    /// Writes attachment @p row to a private temporary folder and hands it to the
    /// opener; returns the temporary file's path.
    Result<QString> openAttachment(int row);
    /// Asks where to save attachment @p row (suggesting its safe name) and writes it.
    Result<QString> saveAttachment(int row);

    // Seams for tests and for the application (defaults: QDesktopServices, QMessageBox,
    // QFileDialog).
    std::function<bool(const QUrl &)> opener;
    std::function<bool(const Mime::AttachmentInfo &)> confirmExecutable;
    std::function<QString(const QString &suggestedName)> askSavePath;

private:
    Result<QString> writeTo(int row, const QString &path);

    Mime::Message m_message;
    QList<Mime::AttachmentInfo> m_attachments;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace Pigeon::Ui
