// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/attachmentlist.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace Pigeon::Ui {

namespace {
MailError failure(MailError::Kind kind, const QString &text) { return MailError(kind, text); }
} // namespace

AttachmentList::AttachmentList(QWidget *parent) : QListWidget(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    confirmExecutable = [this](const Mime::AttachmentInfo &a) {
        return QMessageBox::warning(this, tr("Open program?"),
                                    tr("\"%1\" is a program or script. Opening it can run code on your "
                                       "computer. Open it anyway?").arg(a.fileName),
                                    QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Open;
    };
    askSavePath = [this](const QString &suggested) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        return QFileDialog::getSaveFileName(this, tr("Save Attachment"), QDir(dir).filePath(suggested));
    };
    // Interactive use: failures other than "the user said no" are shown.
    auto report = [this](const Result<QString> &result) {
        if (!result.ok() && result.error().kind() != MailError::Kind::Cancelled)
            QMessageBox::warning(this, tr("Attachment"), result.error().text());
    };
    showError = [this](const MailError &error) { QMessageBox::warning(this, tr("Attachment"), error.text()); };
    connect(this, &AttachmentList::attachmentFailed, this, [this](const MailError &error) {
        if (showError)
            showError(error);
    });
    connect(this, &QListWidget::itemActivated, this,
            [this, report](QListWidgetItem *item) { report(openAttachment(row(item))); });
    connect(this, &QWidget::customContextMenuRequested, this, [this, report](const QPoint &pos) {
        const int r = row(itemAt(pos));
        if (r < 0)
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, r, report] { report(openAttachment(r)); });
        menu.addAction(tr("Save As…"), this, [this, r, report] { report(saveAttachment(r)); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
}

void AttachmentList::setMessage(const Mime::Message &message)
{
    m_message = message;
    m_attachments = Mime::BodyExtractor::attachments(message);
    refreshItems();
    if (m_pending.partId.isEmpty())
        return;
    // The same message again, with the part asked for (or another message: forget it).
    const Pending pending = std::exchange(m_pending, {});
    if (message.summary().messageId != pending.messageId)
        return;
    for (int r = 0; r < m_attachments.size(); ++r) {
        if (m_attachments[r].partId != pending.partId)
            continue;
        if (!m_attachments[r].downloaded) {
            m_pending = pending; // another part arrived; still waiting for this one
            return;
        }
        const Result<QString> done = pending.action == Action::Open ? openNow(r) : writeTo(r, pending.path);
        if (done)
            Q_EMIT attachmentReady(*done);
        else
            Q_EMIT attachmentFailed(done.error());
        return;
    }
}

void AttachmentList::refreshItems()
{
    clear();
    const QLocale l = locale();
    for (const Mime::AttachmentInfo &a : std::as_const(m_attachments)) {
        QString text = QChar(0x2068) + a.fileName + QChar(0x2069); // isolated: RTL names keep the size in place
        if (a.size >= 0 && a.downloaded)
            text += QStringLiteral(" (%1)").arg(l.formattedDataSize(a.size));
        else if (a.size >= 0)
            text += QLatin1Char(' ') + tr("(%1, not downloaded)").arg(l.formattedDataSize(a.size));
        else if (!a.downloaded)
            text += QLatin1Char(' ') + tr("(not downloaded)");
        auto *item = new QListWidgetItem(text, this);
        QString tip = QString::fromLatin1(a.mimeType);
        if (!a.originalName.isEmpty() && a.originalName != a.fileName)
            tip += QLatin1Char('\n') + tr("Name given by the sender: %1").arg(a.originalName);
        if (a.executable) {
            tip += QLatin1Char('\n') + tr("This is a program or script.");
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (!a.downloaded)
            tip += QLatin1Char('\n') + tr("Not downloaded yet: opening or saving it downloads it.");
        item->setToolTip(tip);
    }
    setVisible(!m_attachments.isEmpty());
}

Result<QString> AttachmentList::fetchThen(int r, Action action, const QString &path)
{
    if (!fetchPart)
        return failure(MailError::Kind::NotFound, tr("This attachment has not been downloaded."));
    m_pending = Pending{m_attachments[r].partId, action, path, m_message.summary().messageId};
    fetchPart(m_attachments[r].partId);
    return QString(); // attachmentReady() or attachmentFailed() follows
}

void AttachmentList::partFailed(const QString &partId, const MailError &error)
{
    if (m_pending.partId != partId)
        return;
    m_pending = {};
    Q_EMIT attachmentFailed(error);
}

Result<QString> AttachmentList::writeTo(int r, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(MailError::Kind::Io, tr("Cannot write %1").arg(path));
    auto written = m_message.writeContent(m_attachments[r].partId, &file);
    if (!written) {
        file.remove();
        return written.error();
    }
    return path;
}

Result<QString> AttachmentList::openAttachment(int r)
{
    if (r < 0 || r >= m_attachments.size())
        return failure(MailError::Kind::NotFound, tr("No such attachment"));
    const Mime::AttachmentInfo &a = m_attachments[r];
    if (a.executable && !confirmExecutable(a))
        return failure(MailError::Kind::Cancelled, tr("Not opened"));
    if (!a.downloaded)
        return fetchThen(r, Action::Open, {});
    return openNow(r);
}

Result<QString> AttachmentList::openNow(int r)
{
    const Mime::AttachmentInfo &a = m_attachments[r];
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    // One folder per attachment keeps the safe name as it is, even for duplicates.
    const QString dir = m_tempDir->filePath(QString::number(r));
    QDir().mkpath(dir);
    auto path = writeTo(r, QDir(dir).filePath(a.fileName));
    if (!path)
        return path;
    // A read-only copy: the viewer must not be mistaken for an editor of the mail.
    QFile::setPermissions(*path, QFileDevice::ReadOwner);
    if (!opener(QUrl::fromLocalFile(*path)))
        return failure(MailError::Kind::Io, tr("No application could open %1").arg(a.fileName));
    return path;
}

Result<QString> AttachmentList::saveAttachment(int r)
{
    if (r < 0 || r >= m_attachments.size())
        return failure(MailError::Kind::NotFound, tr("No such attachment"));
    const QString path = askSavePath(m_attachments[r].fileName);
    if (path.isEmpty())
        return failure(MailError::Kind::Cancelled, tr("Not saved"));
    if (!m_attachments[r].downloaded)
        return fetchThen(r, Action::Save, path);
    return writeTo(r, path);
}

} // namespace Pigeon::Ui
