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
    /// opener; returns the temporary file's path. An attachment not downloaded yet
    /// (IMAP, fetched on demand) is asked for through fetchPart: the result is then an
    /// empty path, and attachmentReady() or attachmentFailed() follows.
    Result<QString> openAttachment(int row);
    /// Asks where to save attachment @p row (suggesting its safe name) and writes it
    /// (once fetched, for an attachment not downloaded yet, as openAttachment()).
    Result<QString> saveAttachment(int row);
    /// The part asked for through fetchPart could not be had (offline, gone...).
    void partFailed(const QString &partId, const MailError &error);
    /// True while an attachment is being fetched to be opened or saved.
    bool isFetching() const { return !m_pending.partId.isEmpty(); }

    // Seams for tests and for the application (defaults: QDesktopServices, QMessageBox,
    // QFileDialog).
    std::function<bool(const QUrl &)> opener;
    std::function<bool(const Mime::AttachmentInfo &)> confirmExecutable;
    std::function<QString(const QString &suggestedName)> askSavePath;
    /// Asks the account for a part not downloaded yet; the message comes back through
    /// setMessage() with it. Unset: such attachments cannot be opened.
    std::function<void(const QString &partId)> fetchPart;
    /// Tells the user why an attachment fetched on demand could not be opened or saved
    /// (default: a message box; null: only attachmentFailed()).
    std::function<void(const MailError &)> showError;

Q_SIGNALS:
    /// An attachment that had to be fetched first was opened or saved at @p path.
    void attachmentReady(const QString &path);
    void attachmentFailed(const Pigeon::MailError &error);

private:
    enum class Action { Open, Save };
    Result<QString> writeTo(int row, const QString &path);
    Result<QString> openNow(int row);
    /// Remembers what to do with @p row once fetched and asks for it.
    Result<QString> fetchThen(int row, Action action, const QString &path);
    void refreshItems();

    struct Pending {
        QString partId;
        Action action = Action::Open;
        QString path;
        QByteArray messageId; ///< Message-ID of the message it belongs to
    };
    Pending m_pending;

    Mime::Message m_message;
    QList<Mime::AttachmentInfo> m_attachments;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace Pigeon::Ui
