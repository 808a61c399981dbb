// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// MainWindow, continued: the server's half of a search. An IMAP folder's cache mostly
// holds headers, so the local full-text hits come first and the server's join them as
// they arrive, each message once; when the server cannot be asked, the status bar says
// that its results are missing.
#include "ui/mainwindow.h"

#include "models/messagelistmodel.h"
#include "sync/accountruntime.h"
#include "ui/searchresultmodel.h"

#include <QLabel>

namespace Pigeon::Ui {

void MainWindow::startServerSearch(const QString &query, const QStringList &accounts)
{
    cancelServerSearches();
    for (const QString &account : accounts) {
        Sync::AccountRuntime *rt = runtimeOf(account);
        if (!rt || rt->account().protocol != Account::IncomingProtocol::Imap)
            continue;
        const QString name = rt->account().displayName();
        if (!rt->isOnline()) {
            m_serverMissing.insert(account, tr("%1 is offline").arg(name));
            continue;
        }
        if (!rt->isReachable()) {
            m_serverMissing.insert(account, tr("%1 cannot be reached").arg(name));
            continue;
        }
        // The folders on screen (a folder, or the Inboxes of the unified Inbox); every
        // folder of the account when the account itself is chosen.
        QStringList folders;
        for (const Models::MessageSource &s : m_messageModel->sources()) {
            if (s.accountId == account)
                folders << s.folderName;
        }
        m_pendingServerSearch.insert(account, rt->searchServer(query, folders));
    }
    updateSearchHint();
}

void MainWindow::onServerSearchFound(const QString &account, quint64 id, const QList<Store::MessageRow> &rows,
                                     bool complete, const MailError &error)
{
    if (m_pendingServerSearch.value(account) != id || !isShowingSearch())
        return; // a query the user is no longer asking
    m_searchModel->addResults(account, rows);
    if (complete) {
        m_pendingServerSearch.remove(account);
        if (error.isError() && error.kind() != MailError::Kind::Cancelled) {
            const Sync::AccountRuntime *rt = runtimeOf(account);
            m_serverMissing.insert(account, tr("the server of %1 answered: %2")
                                                .arg(rt ? rt->account().displayName() : account, error.text()));
        }
    }
    updateSearchHint();
    updateCounts();
}

void MainWindow::cancelServerSearches()
{
    for (auto it = m_pendingServerSearch.cbegin(); it != m_pendingServerSearch.cend(); ++it) {
        if (Sync::AccountRuntime *rt = runtimeOf(it.key()))
            rt->cancelServerSearch();
    }
    m_pendingServerSearch.clear();
    m_serverMissing.clear();
    updateSearchHint();
}

void MainWindow::updateSearchHint()
{
    QString text;
    if (!m_serverMissing.isEmpty()) {
        QStringList reasons = m_serverMissing.values();
        reasons.sort();
        text = tr("Server results missing (%1): only the mail stored on this computer was searched.")
                   .arg(reasons.join(QLatin1String("; ")));
    } else if (!m_pendingServerSearch.isEmpty()) {
        text = tr("Searching on the server…");
    }
    m_searchHint->setText(text);
    m_searchHint->setVisible(!text.isEmpty() && isShowingSearch());
}

QString MainWindow::searchHint() const
{
    return m_searchHint->isHidden() ? QString() : m_searchHint->text();
}

} // namespace Pigeon::Ui
