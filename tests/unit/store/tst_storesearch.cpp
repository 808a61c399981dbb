// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Offline full-text search with real Polish, Russian and Persian text in the charsets
// and transfer encodings mail really uses.
#include "storetestutil.h"

#include "store/mailstore.h"
#include "store/searchindex.h"
#include "store/searchtext.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Pigeon;
using namespace Pigeon::Store;
using namespace StoreTest;

namespace {

QByteArray encodedWord(const QString &text, const char *charset)
{
    QStringEncoder enc(charset);
    const QByteArray bytes = enc.encode(text);
    return "=?" + QByteArray(charset) + "?B?" + bytes.toBase64() + "?=";
}

QByteArray mail(int day, const QString &subject, const QString &body, const char *charset, const char *cte)
{
    QStringEncoder enc(charset);
    const QByteArray raw = enc.encode(body);
    QByteArray encoded;
    if (qstrcmp(cte, "base64") == 0)
        encoded = raw.toBase64() + '\n';
    else
        encoded = raw + '\n';
    return "From: " + encodedWord(QStringLiteral("Отправитель Łukasz"), "UTF-8") + " <sender@example.org>\n"
           "To: reader@example.org\n"
           "Subject: " + encodedWord(subject, charset) + "\n"
           "Date: " + QByteArray::number(day) + " Mar 2024 12:00:00 +0000\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=" + charset + "\n"
           "Content-Transfer-Encoding: " + cte + "\n\n" + encoded;
}

} // namespace

class TestStoreSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decodedHeadersInList();
    void queries_data();
    void queries();
    void resultsNewestFirst();
    void followsDeletesAndMoves();
    void normalize_data();
    void normalize();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MailStore> m_store;
    QHash<QString, MessageId> m_ids;
};

void TestStoreSearch::initTestCase()
{
    m_store = std::make_unique<MailStore>(m_dir.path());
    Result<void> o = m_store->open();
    STORE_VERIFY(o);
    const struct {
        const char *key;
        int day;
        const char *subject;
        const char *body;
        const char *charset;
        const char *cte;
    } mails[] = {
        {"pl", 3, "Zażółć gęślą jaźń", "Spotkanie w Łodzi, ulica Piotrkowska. Łódź jest piękna.", "ISO-8859-2", "base64"},
        {"pl2", 4, "Faktura za wrzesień", "W załączniku przesyłam fakturę.", "windows-1250", "8bit"},
        {"ru", 5, "ПРИВЕТ из Москвы", "Ещё одно письмо: мой отчёт готов.", "KOI8-R", "8bit"},
        {"ru2", 6, "Отчёт", "Мои документы и ещё кое-что.", "windows-1251", "base64"},
        {"fa", 7, "کتاب‌ها را می‌خواهم", "سلام، این کتاب‌ها برای کتابخانهٔ دانشگاه است.", "UTF-8", "base64"},
        {"fa2", 8, "گزارش", "متن با حروف عربی: كتاب و يك", "windows-1256", "8bit"},
        {"en", 9, "Quarterly report", "Numbers attached. From the desk of the CFO.", "UTF-8", "8bit"},
    };
    for (const auto &m : mails) {
        AppendRequest r;
        r.message = mail(m.day, QString::fromUtf8(m.subject), QString::fromUtf8(m.body), m.charset, m.cte);
        Result<MessageId> id = m_store->append(QStringLiteral("Inbox"), r);
        STORE_VERIFY(id);
        m_ids.insert(QString::fromLatin1(m.key), *id);
    }
    SearchIndex search(m_store.get());
    QCOMPARE(search.pending(), 7);
    Result<qint64> n = search.update();
    STORE_VERIFY(n);
    QCOMPARE(*n, 7);
    QCOMPARE(search.pending(), 0);
}

void TestStoreSearch::decodedHeadersInList()
{
    const MessageRow r = *m_store->row(m_ids.value(QStringLiteral("ru")));
    QCOMPARE(r.subject, QStringLiteral("ПРИВЕТ из Москвы"));
    QVERIFY2(r.from.startsWith(QStringLiteral("Отправитель Łukasz")), qPrintable(r.from));
    QCOMPARE(m_store->row(m_ids.value(QStringLiteral("fa")))->subject, QStringLiteral("کتاب‌ها را می‌خواهم"));
    QCOMPARE(m_store->row(m_ids.value(QStringLiteral("pl")))->subject, QStringLiteral("Zażółć gęślą jaźń"));
}

void TestStoreSearch::queries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    // Polish: with and without diacritics, ł included; word prefixes catch inflection.
    QTest::newRow("pl-exact") << QStringLiteral("Zażółć") << QStringList{"pl"};
    QTest::newRow("pl-ascii") << QStringLiteral("zazolc gesla") << QStringList{"pl"};
    QTest::newRow("pl-l-stroke") << QStringLiteral("lodz") << QStringList{"pl"};
    QTest::newRow("pl-body-8bit") << QStringLiteral("załącznik") << QStringList{"pl2"};
    QTest::newRow("pl-prefix") << QStringLiteral("faktur") << QStringList{"pl2"};
    // Russian: case-insensitive, ё = е, but й is not и.
    QTest::newRow("ru-case") << QStringLiteral("привет") << QStringList{"ru"};
    QTest::newRow("ru-yo") << QStringLiteral("ещё") << QStringList{"ru", "ru2"};
    QTest::newRow("ru-ye") << QStringLiteral("еще") << QStringList{"ru", "ru2"};
    QTest::newRow("ru-otchet") << QStringLiteral("отчет") << QStringList{"ru", "ru2"};
    QTest::newRow("ru-moi-not-moj") << QStringLiteral("мои") << QStringList{"ru2"};
    QTest::newRow("ru-moj") << QStringLiteral("мой") << QStringList{"ru"};
    // Persian: ZWNJ, Arabic vs Persian letters.
    QTest::newRow("fa-word") << QStringLiteral("کتاب") << QStringList{"fa", "fa2"};
    QTest::newRow("fa-zwnj") << QStringLiteral("کتاب‌ها") << QStringList{"fa"};
    QTest::newRow("fa-no-zwnj") << QStringLiteral("میخواهم") << QStringList{"fa"};
    QTest::newRow("fa-arabic-kaf") << QStringLiteral("كتابخانه") << QStringList{"fa"};
    QTest::newRow("fa-yek") << QStringLiteral("یک") << QStringList{"fa2"};
    // Addresses and mixed.
    QTest::newRow("address") << QStringLiteral("reader@example.org") << QStringList{"en", "fa2", "fa", "ru2", "ru", "pl2", "pl"};
    QTest::newRow("name") << QStringLiteral("lukasz quarterly") << QStringList{"en"};
    QTest::newRow("operators-literal") << QStringLiteral("\"report\" OR NOT") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("nonexistentword") << QStringList{};
}

void TestStoreSearch::queries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SearchIndex search(m_store.get());
    Result<QList<MessageRow>> rows = search.search(query);
    STORE_VERIFY(rows);
    QSet<QString> got;
    for (const MessageRow &r : *rows)
        got.insert(m_ids.key(r.id));
    QCOMPARE(got, QSet<QString>(expected.cbegin(), expected.cend()));
}

void TestStoreSearch::resultsNewestFirst()
{
    SearchIndex search(m_store.get());
    Result<QList<MessageRow>> rows = search.search(QStringLiteral("example"));
    STORE_VERIFY(rows);
    QCOMPARE(rows->size(), 7);
    for (int i = 1; i < rows->size(); ++i)
        QVERIFY(rows->at(i - 1).date > rows->at(i).date);
}

void TestStoreSearch::followsDeletesAndMoves()
{
    SearchIndex search(m_store.get());
    QVERIFY(m_store->move({m_ids.value(QStringLiteral("pl2"))}, QStringLiteral("Archive")));
    Result<QList<MessageRow>> moved = search.search(QStringLiteral("faktura"));
    QCOMPARE(moved->size(), 1);
    QCOMPARE(moved->first().folder, QStringLiteral("Archive"));
    QVERIFY(m_store->remove({m_ids.value(QStringLiteral("en"))}));
    QCOMPARE(search.search(QStringLiteral("quarterly"))->size(), 0);
}

void TestStoreSearch::normalize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("pl") << QStringLiteral("Łódź żółć") << QStringLiteral("Lodz zolc");
    QTest::newRow("ru") << QStringLiteral("Ёлка йогурт") << QStringLiteral("Елка йогурт");
    QTest::newRow("fa") << QStringLiteral("كتاب‌ها يَك") << QStringLiteral("کتابها یک");
}

void TestStoreSearch::normalize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(SearchText::normalize(in), out);
}

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_storesearch.moc"
