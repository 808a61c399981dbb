// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// BODYSTRUCTURE and BODY, including the odd shapes real servers send.
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

const char *kEnvelope = "(\"Tue, 1 Oct 2024 10:00:00 +0000\" \"Fwd: report\" ((\"A\" NIL \"a\" \"x.org\")) NIL NIL ((NIL NIL \"b\" \"y.org\")) NIL NIL NIL \"<m1@x.org>\")";

} // namespace

class TestBodyStructure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("rfc 3501 text") << QByteArray("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92)")
                                       << QByteArray("text/plain[charset=US-ASCII]{7bit,3028,92}");
        QTest::newRow("rfc 3501 mixed") << QByteArray("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\")")
                                        << QByteArray("multipart/mixed(text/plain[charset=US-ASCII]{7bit,1152,23} text/plain[charset=US-ASCII,name=cc.diff]{base64,4554,73})");
        QTest::newRow("minimal") << QByteArray("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)") << QByteArray("text/plain{7bit,0,0}");
        QTest::newRow("dovecot extended") << QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 1234 40 NIL NIL NIL NIL)")
                                          << QByteArray("text/plain[charset=utf-8]{quoted-printable,1234,40}");
        QTest::newRow("gmail alternative") << QByteArray("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"QUOTED-PRINTABLE\" 300 10 NIL NIL NIL)(\"TEXT\" \"HTML\" (\"CHARSET\" \"UTF-8\") NIL NIL \"QUOTED-PRINTABLE\" 900 20 NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"000000000000abc\") NIL NIL)")
                                           << QByteArray("multipart/alternative(text/plain[charset=UTF-8]{quoted-printable,300,10} text/html[charset=UTF-8]{quoted-printable,900,20})");
        QTest::newRow("exchange languages") << QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 1234 45 NIL NIL \"en-US\" NIL)")
                                            << QByteArray("text/plain[charset=utf-8]{quoted-printable,1234,45}");
        QTest::newRow("message/rfc822") << QByteArray("(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 700 ") + kEnvelope + " (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 100 5 NIL NIL NIL) 20 NIL NIL NIL)"
                                        << QByteArray("message/rfc822{7bit,700,20}<env:Fwd: report text/plain[charset=us-ascii]{7bit,100,5}>");
        QTest::newRow("message/rfc822 without envelope") << QByteArray("(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 700 NIL NIL NIL NIL)")
                                                         << QByteArray("message/rfc822{7bit,700,0}");
        QTest::newRow("message/global") << QByteArray("(\"message\" \"global\" NIL NIL NIL \"8bit\" 70 ") + kEnvelope + " ((\"text\" \"plain\" NIL NIL NIL \"8bit\" 1 1)(\"text\" \"html\" NIL NIL NIL \"8bit\" 2 1) \"alternative\") 4)"
                                        << QByteArray("message/global{8bit,70,4}<env:Fwd: report multipart/alternative(text/plain{8bit,1,1} text/html{8bit,2,1})>");
        QTest::newRow("multipart without parts (Exchange)") << QByteArray("(\"mixed\" NIL NIL NIL)") << QByteArray("multipart/mixed()");
        QTest::newRow("multipart without parts, params") << QByteArray("(\"MIXED\" (\"BOUNDARY\" \"x\") NIL NIL)") << QByteArray("multipart/mixed()");
        QTest::newRow("multipart without subtype") << QByteArray("((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1))") << QByteArray("multipart/mixed(text/plain{7bit,1,1})");
        QTest::newRow("nested, spaces between parts") << QByteArray("(((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) (\"text\" \"html\" NIL NIL NIL \"7bit\" 2 1) \"alternative\")  (\"image\" \"png\" (\"name\" \"a.png\") \"<cid>\" NIL \"base64\" 100) \"related\")")
                                                      << QByteArray("multipart/related(multipart/alternative(text/plain{7bit,1,1} text/html{7bit,2,1}) image/png[name=a.png]{base64,100,0})");
        QTest::newRow("sizes as strings") << QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" \"123\" \"4\")") << QByteArray("text/plain{7bit,123,4}");
        QTest::newRow("negative size") << QByteArray("(\"application\" \"octet-stream\" NIL NIL NIL \"base64\" -1)") << QByteArray("application/octet-stream{base64,0,0}");
        QTest::newRow("NIL type") << QByteArray("(NIL NIL NIL NIL NIL \"7bit\" 0)") << QByteArray("application/{7bit,0,0}");
        QTest::newRow("NIL encoding and size") << QByteArray("(\"image\" \"jpeg\" NIL NIL NIL NIL NIL)") << QByteArray("image/jpeg{,0,0}");
        QTest::newRow("text without lines") << QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 12 NIL NIL NIL)") << QByteArray("text/plain{7bit,12,0}");
        QTest::newRow("truncated after encoding") << QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"8bit\")") << QByteArray("text/plain[charset=utf-8]{8bit,0,0}");
        QTest::newRow("atoms instead of strings") << QByteArray("(TEXT PLAIN (CHARSET UTF-8) NIL NIL 7BIT 5 1)") << QByteArray("text/plain[charset=UTF-8]{7bit,5,1}");
        QTest::newRow("literal parameter") << QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\" \"name\" {10}\r\nОтчёт) NIL NIL \"8bit\" 12 1)")
                                           << QByteArray("text/plain[charset=utf-8,name=Отчёт]{8bit,12,1}");
        QTest::newRow("parameter with NIL value") << QByteArray("(\"text\" \"plain\" (\"charset\" NIL) NIL NIL \"8bit\" 12 1)") << QByteArray("text/plain[charset=]{8bit,12,1}");
        QTest::newRow("parameter list empty") << QByteArray("(\"text\" \"plain\" () NIL NIL \"8bit\" 12 1)") << QByteArray("text/plain{8bit,12,1}");
        QTest::newRow("deep nesting within limit") << QByteArray(30, '(') + "\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)" + QByteArray(29, ')')
                                                   << []() { QByteArray s; for (int i = 0; i < 29; ++i) s += "multipart/mixed("; s += "text/plain{7bit,1,1}"; s += QByteArray(29, ')'); return s; }();
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
        const Response r = parseSingle("* 1 FETCH (UID 7 BODYSTRUCTURE " + body + " FLAGS (\\Seen))\r\n");
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
