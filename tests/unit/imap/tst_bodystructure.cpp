// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// BODYSTRUCTURE and BODY, including the odd shapes real servers send.
#include "bodystructureshapes.h"
#include "imaptestutil.h"

using namespace Pigeon::Imap;
using Pigeon::Imap::Test::parseSingle;

namespace {

// A compact, complete-enough rendering of a body tree for table-driven comparisons:
// type/subtype[params]{enc,size,lines} with children in (...) and embedded messages in <...>.
QByteArray summary(const BodyPart &p)
{
    QByteArray s = p.type + '/' + p.subtype;
    if (p.isMultipart()) {
        s += '(';
        for (size_t i = 0; i < p.children.size(); ++i)
            s += (i ? " " : "") + summary(p.children[i]);
        s += ')';
        return s;
    }
    if (!p.parameters.isEmpty()) {
        QList<QByteArray> ps;
        for (const auto &[k, v] : p.parameters)
            ps.append(k + '=' + v);
        s += '[' + ps.join(',') + ']';
    }
    s += '{' + p.encoding + ',' + QByteArray::number(p.size) + ',' + QByteArray::number(p.lines) + '}';
    if (p.envelope || !p.children.empty()) {
        s += '<';
        if (p.envelope)
            s += "env:" + p.envelope->subject + ' ';
        for (const BodyPart &c : p.children)
            s += summary(c);
        s += '>';
    }
    return s;
}

} // namespace

class TestBodyStructure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        for (const Test::BodyShape &shape : Test::bodyShapes())
            QTest::newRow(shape.name) << shape.body << shape.expected;
    }

    void shapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        for (const char *item : {"BODYSTRUCTURE", "BODY"}) {
            IMAP_AS(FetchData, f, parseSingle("* 1 FETCH (UID 5 " + QByteArray(item) + ' ' + body + " FLAGS (\\Seen))\r\n"));
            QVERIFY(f.body);
            QCOMPARE(summary(*f.body), expected);
            QCOMPARE(f.uid, 5u);
            QVERIFY(f.has(FetchItem::Flags));
        }
        // FetchMode::Summary reads the same structure without the tree and gives the
        // tree's verdict; BODY (no extension data) is read as a tree in both modes.
        const QByteArray line = "* 1 FETCH (UID 5 BODYSTRUCTURE " + body + " FLAGS (\\Seen))\r\n";
        IMAP_AS(FetchData, full, parseSingle(line));
        IMAP_AS(FetchData, light, parseSingle(line, {}, FetchMode::Summary));
        QVERIFY(light.has(FetchItem::BodySummary) && !light.has(FetchItem::BodyStructure) && !light.body);
        QCOMPARE(light.bodySummary.hasAttachments, hasAttachments(*full.body));
        QCOMPARE(light.uid, full.uid);
        QCOMPARE(light.flags, full.flags);
        IMAP_AS(FetchData, body4, parseSingle("* 1 FETCH (BODY " + body + ")\r\n", {}, FetchMode::Summary));
        QVERIFY(body4.body && body4.has(FetchItem::Body));
        QCOMPARE(summary(*body4.body), expected);
    }

    void attachments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("expected");
        for (const Test::AttachmentShape &shape : Test::attachmentShapes())
            QTest::newRow(shape.name) << shape.body << shape.hasAttachments;
    }
    void attachments()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, expected);
        const QByteArray line = "* 3 FETCH (UID 9 BODYSTRUCTURE " + body + ")\r\n";
        IMAP_AS(FetchData, full, parseSingle(line));
        QVERIFY(full.body);
        QCOMPARE(hasAttachments(*full.body), expected);
        IMAP_AS(FetchData, light, parseSingle(line, {}, FetchMode::Summary));
        QVERIFY(light.has(FetchItem::BodySummary));
        QCOMPARE(light.bodySummary.hasAttachments, expected);
    }

    void extensionData()
    {
        IMAP_AS(FetchData, f, parseSingle(
            "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 \"Q2hlY2sgSW50ZWdyaXR5IQ==\" (\"inline\" NIL) (\"en\" \"fa\") \"http://x.invalid/a\" 42 (1 (\"x\" 3)) \"extra\")"
            "(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") NIL \"Квартальный отчёт\" \"BASE64\" 52430 NIL (\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\" \"SIZE\" \"38313\")) \"ru\")"
            "(\"image\" \"gif\" NIL NIL NIL \"base64\" 12 NIL \"inline\" NIL NIL) "
            "\"mixed\" (\"boundary\" \"b1\") (\"inline\" NIL) NIL \"loc\"))\r\n"));
        const BodyPart &root = *f.body;
        QCOMPARE(root.children.size(), size_t(3));
        QCOMPARE(root.parameter("BOUNDARY"), QByteArray("b1"));
        QCOMPARE(root.disposition, QByteArray("inline"));
        QCOMPARE(root.location, QByteArray("loc"));
        QVERIFY(root.hasExtensionData);
        const BodyPart &text = root.children[0];
        QCOMPARE(text.md5, QByteArray("Q2hlY2sgSW50ZWdyaXR5IQ=="));
        QCOMPARE(text.disposition, QByteArray("inline"));
        QCOMPARE(text.languages, (QList<QByteArray>{"en", "fa"}));
        QCOMPARE(text.location, QByteArray("http://x.invalid/a"));
        const BodyPart &pdf = root.children[1];
        QCOMPARE(pdf.disposition, QByteArray("attachment"));
        QCOMPARE(pdf.dispositionParameters.size(), 2);
        QCOMPARE(pdf.dispositionParameters.first(), (std::pair<QByteArray, QByteArray>("filename", "report.pdf")));
        QCOMPARE(QString::fromUtf8(pdf.description), QStringLiteral("Квартальный отчёт"));
        QCOMPARE(pdf.languages, (QList<QByteArray>{"ru"}));
        QVERIFY(pdf.md5.isNull());
        const BodyPart &gif = root.children[2];
        QCOMPARE(gif.disposition, QByteArray("inline")); // bare string instead of a list
    }

    void bodyVersusBodyStructure()
    {
        IMAP_AS(FetchData, a, parseSingle("* 1 FETCH (BODY (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1))\r\n"));
        QVERIFY(a.has(FetchItem::Body) && !a.has(FetchItem::BodyStructure));
        QVERIFY(!a.body->hasExtensionData);
        IMAP_AS(FetchData, b, parseSingle("* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL))\r\n"));
        QVERIFY(b.has(FetchItem::BodyStructure) && b.body->hasExtensionData);
    }

    void errors_data()
    {
        // recovered: a syntax error inside BODYSTRUCTURE costs only the structure; the
        // message keeps its UID and FLAGS (and can be listed). Limits and a response that
        // is broken beyond the structure stay errors.
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("recovered");
        QTest::newRow("too deep") << QByteArray(300, '(') + "\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1" + QByteArray(300, ')') << int(ParseError::Kind::TooDeep) << false;
        QTest::newRow("unterminated") << QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1") << int(ParseError::Kind::Syntax) << false;
        QTest::newRow("not a list") << QByteArray("\"text\"") << int(ParseError::Kind::Syntax) << true;
        QTest::newRow("bad number") << QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 99999999999999999999 1)") << int(ParseError::Kind::Syntax) << true;
        QTest::newRow("empty") << QByteArray("()") << int(ParseError::Kind::Syntax) << true;
        QTest::newRow("size is a list") << QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" (1) 1)") << int(ParseError::Kind::Syntax) << true;
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, recovered);
        const QByteArray line = "* 1 FETCH (UID 7 BODYSTRUCTURE " + body + " FLAGS (\\Seen))\r\n";
        const Response r = parseSingle(line);
        // FetchMode::Summary fails and recovers exactly alike.
        const Response light = parseSingle(line, {}, FetchMode::Summary);
        if (const auto *e = std::get_if<ParseError>(&r))
            QCOMPARE(std::get<ParseError>(light), *e);
        else
            QCOMPARE(std::get<FetchData>(light), std::get<FetchData>(r));
        if (!recovered) {
            IMAP_AS(ParseError, e, r);
            QCOMPARE(int(e.kind), kind);
            return;
        }
        IMAP_AS(FetchData, f, r);
        QCOMPARE(f.uid, 7u);
        QVERIFY(f.has(FetchItem::Uid) && f.has(FetchItem::Flags));
        QVERIFY(f.flags.system.testFlag(MessageFlag::Seen));
        QVERIFY(!f.has(FetchItem::BodyStructure));
        QVERIFY(!f.body);
        QCOMPARE(f.unknown.size(), 1);
        QCOMPARE(f.unknown.first().first, QByteArray("BODYSTRUCTURE"));
        QCOMPARE(f.unknown.first().second, body);
    }
};

QTEST_GUILESS_MAIN(TestBodyStructure)
#include "tst_bodystructure.moc"
