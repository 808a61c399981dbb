// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// The main window at 200 % (QT_SCALE_FACTOR=2, device pixel ratio 2), offscreen, over a
// profile whose POP3 account holds Polish, Russian and Persian mail: the window really
// draws at ratio 2, message rows are tall enough for their (bold) text and indicators,
// and every icon it draws has the pixels for ratio 2 (a 24 px bitmap stretched to 32
// device pixels is what "blurry icons" are).
#include "account/accountstore.h"
#include "account/memorysecretstore.h"
#include "account/profile.h"
#include "models/accountlistmodel.h"
#include "models/messageroles.h"
#include "store/mailstore.h"
#include "sync/accountruntime.h"
#include "sync/runtimemanager.h"
#include "ui/folderdelegate.h"
#include "ui/icontheme.h"
#include "ui/mainwindow.h"
#include "ui/messagedelegate.h"
#include "ui/messagelistview.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Pigeon;
using Models::MessageColumn;

namespace {

/// Device pixels @p icon really has for @p logical at ratio 2 (what QIcon gives a
/// painter on a 200 % screen), with the name for the failure message.
void verifySharp(const QIcon &icon, int logical, const QString &what)
{
    QVERIFY2(!icon.isNull(), qPrintable(what + QStringLiteral(": no icon")));
    const QPixmap pm = icon.pixmap(QSize(logical, logical), 2.0);
    QVERIFY2(pm.width() >= 2 * logical && pm.height() >= 2 * logical,
             qPrintable(QStringLiteral("%1: %2x%3 device pixels for %4 px at 200 %")
                            .arg(what)
                            .arg(pm.width())
                            .arg(pm.height())
                            .arg(logical)));
}

} // namespace

class TestHiDpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Account::AccountStore> m_accounts;
    Account::MemorySecretStore m_secrets;
    std::unique_ptr<Models::AccountListModel> m_accountModel;
    std::unique_ptr<Sync::RuntimeManager> m_runtimes;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("2"));
        const Account::Profile profile = Account::Profile::inDirectory(m_dir.path());
        QVERIFY(profile.ensureDirectories().ok());
        Account::Account account;
        account.address = QStringLiteral("anna@example.org");
        account.name = QStringLiteral("Anna");
        account.protocol = Account::IncomingProtocol::Pop3;
        account.incoming.host = QStringLiteral("pop.invalid");
        account.outgoing.host = QStringLiteral("smtp.invalid");
        account.applyDefaults();
        m_accounts = std::make_unique<Account::AccountStore>(profile.accountsFile());
        QVERIFY(m_accounts->load().ok());
        QVERIFY(m_accounts->add(account).ok());
        // The Inbox as the worker would have fetched it: unread, flagged, attachments.
        {
            Store::MailStore store(Sync::AccountRuntime::storeDirectory(profile, m_accounts->accounts().at(0).id));
            QVERIFY(store.open().ok());
            QList<Store::AppendRequest> mail;
            const QStringList subjects = {QStringLiteral("Zażółć gęślą jaźń — spotkanie"), QStringLiteral("Отчёт за ноябрь"),
                                          QStringLiteral("جلسهٔ هفتهٔ آینده"), QStringLiteral("Quarterly figures (gjpqy)")};
            for (int i = 0; i < subjects.size(); ++i) {
                Store::AppendRequest r;
                r.message = "From: Sender " + QByteArray::number(i) + " <s" + QByteArray::number(i)
                    + "@example.org>\nTo: anna@example.org\nSubject: =?UTF-8?B?" + subjects.at(i).toUtf8().toBase64()
                    + "?=\nDate: Sun, 22 Nov 2026 1" + QByteArray::number(i)
                    + ":00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                      "Content-Type: text/plain\n\nbody\n--b\nContent-Type: application/pdf\n"
                      "Content-Disposition: attachment; filename=a.pdf\n\nx\n--b--\n";
                if (i % 2)
                    r.flags = Store::MessageFlag::Flagged;
                mail << r;
            }
            QVERIFY(store.appendBatch(QStringLiteral("Inbox"), mail).ok());
        }
        m_accountModel = std::make_unique<Models::AccountListModel>(m_accounts.get());
        m_runtimes = std::make_unique<Sync::RuntimeManager>(m_accounts.get(), profile, &m_secrets);
        m_runtimes->start();
        m_settings = std::make_unique<QSettings>(profile.configDirectory() + QStringLiteral("/pigeon.ini"),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<Ui::MainWindow>(m_runtimes.get(), m_accountModel.get(), m_settings.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->messageView()->model() && m_window->messageView()->model()->rowCount() == 4);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_runtimes.reset();
    }

    void drawsAtRatioTwo()
    {
        QCOMPARE(m_window->devicePixelRatio(), 2.0);
        const QPixmap shot = m_window->messageView()->viewport()->grab();
        QCOMPARE(shot.devicePixelRatio(), 2.0);
        QCOMPARE(shot.width(), 2 * m_window->messageView()->viewport()->width());
    }

    void rowsHoldTheirText()
    {
        Ui::MessageListView *view = m_window->messageView();
        QAbstractItemModel *model = view->model();
        QFont bold = view->font();
        bold.setBold(true); // unread rows
        const QFontMetrics metrics(bold);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex subject = model->index(row, int(MessageColumn::Subject));
            const QRect rect = view->visualRect(subject);
            // Descenders (g, j, p, q, y) and Persian marks inside the row: the text is
            // centred in it, so the row must be at least a line high, and hold the
            // indicator icons.
            QVERIFY2(rect.height() >= metrics.height(),
                     qPrintable(QStringLiteral("row %1: %2 px high, text needs %3").arg(row).arg(rect.height()).arg(metrics.height())));
            QVERIFY(rect.height() >= view->iconSize().height() || rect.height() >= 16);
            // The subject's text and its indicators fit the column (nothing elided).
            const int indicators = int(Ui::MessageDelegate::indicators(subject).size());
            QVERIFY2(indicators >= 1, "every test message has an attachment");
            const int textWidth = metrics.horizontalAdvance(subject.data().toString());
            QVERIFY2(textWidth + indicators * 18 + 12 < rect.width(),
                     qPrintable(QStringLiteral("row %1: %2 + indicators in %3").arg(row).arg(textWidth).arg(rect.width())));
        }
    }

    void iconsHaveTheirPixels()
    {
        // What the message list draws in its rows.
        for (const QString &name : {QStringLiteral("starred"), QStringLiteral("mail-attachment"),
                                    QStringLiteral("network-server"), QStringLiteral("emblem-downloads")})
            verifySharp(Ui::MessageDelegate::indicatorIcon(name), 16, name);
        // The folder pane's icons.
        for (int kind = 0; kind <= 8; ++kind)
            verifySharp(Ui::FolderDelegate::folderIcon(kind), 16, QStringLiteral("folder kind %1").arg(kind));
        // Every toolbar action at the toolbar's icon size.
        const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
        QVERIFY(!bars.isEmpty());
        for (QToolBar *bar : bars) {
            const QList<QAction *> actions = bar->actions();
            for (QAction *a : actions)
                if (!a->icon().isNull())
                    verifySharp(a->icon(), bar->iconSize().height(), a->objectName() + QLatin1Char(' ') + a->text());
        }
    }
};

int main(int argc, char **argv)
{
    // 200 %, as a user's QT_SCALE_FACTOR=2 (or a 2x screen) gives; before the
    // application exists.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    Ui::IconTheme::ensure();
    TestHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hidpi.moc"
