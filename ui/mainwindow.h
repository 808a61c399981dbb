// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QAbstractItemModel;
class QAction;
class QLabel;
class QListView;
class QSettings;
class QStackedWidget;

namespace Pigeon::Ui {

/// Pigeon's main window. For now it lists the configured accounts (or says plainly that
/// there are none) and shows notices that need no answer, such as a missing keychain.
///
/// Everything it shows comes in from the composition root (app/pigeon): the account
/// rows (Models::AccountListModel or any model with its roles) and the profile's UI
/// settings, where the window keeps its geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p accounts must outlive the window. @p settings may be null (nothing remembered).
    MainWindow(QAbstractItemModel *accounts, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows @p text in a bar above the content until the user closes it. Non-modal:
    /// nothing waits for it. The same text is shown only once per window.
    void showNotice(const QString &text);

    /// The notices shown so far (for tests and diagnostics).
    QStringList notices() const { return m_notices; }
    /// True while the "no accounts" page is showing.
    bool isShowingEmptyState() const;
    /// The id (without braces) of the account the user is working in, empty if none.
    QString currentAccountId() const;

Q_SIGNALS:
    /// Accounts > Add Account…: the composition root opens the account wizard.
    void addAccountRequested();
    /// Accounts > Account Settings…: the composition root opens the settings of @p id.
    void editAccountRequested(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updatePage();
    void showAbout();
    void restoreGeometryFromSettings();

    QAbstractItemModel *m_accounts;
    QPointer<QSettings> m_settings;
    QStackedWidget *m_pages = nullptr;
    QListView *m_accountView = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_noticeBar = nullptr;
    QLabel *m_noticeText = nullptr;
    QLabel *m_countLabel = nullptr;
    QStringList m_notices;
    QAction *m_editAccount = nullptr;
};

} // namespace Pigeon::Ui
