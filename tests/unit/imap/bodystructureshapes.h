// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// The odd BODYSTRUCTURE shapes real servers send, each with its expected tree (the
// rendering of tst_bodystructure's summary()). Shared with tst_fetchsummary, which
// checks that FetchMode::Summary gives the same rows as the tree for each of them.

#include <QByteArray>
#include <QList>

namespace Pigeon::Imap::Test {

inline const char *const kEmbeddedEnvelope = "(\"Tue, 1 Oct 2024 10:00:00 +0000\" \"Fwd: report\" ((\"A\" NIL \"a\" \"x.org\")) NIL NIL ((NIL NIL \"b\" \"y.org\")) NIL NIL NIL \"<m1@x.org>\")";

struct BodyShape {
    const char *name;
    QByteArray body;
    QByteArray expected;
};

inline QList<BodyShape> bodyShapes()
{
    const char *const kEnvelope = kEmbeddedEnvelope;
    return {
        {"rfc 3501 text",
         QByteArray("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92)"),
         QByteArray("text/plain[charset=US-ASCII]{7bit,3028,92}")},
        {"rfc 3501 mixed",
         QByteArray("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\")"),
         QByteArray("multipart/mixed(text/plain[charset=US-ASCII]{7bit,1152,23} text/plain[charset=US-ASCII,name=cc.diff]{base64,4554,73})")},
        {"minimal",
         QByteArray("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)"),
         QByteArray("text/plain{7bit,0,0}")},
        {"dovecot extended",
         QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 1234 40 NIL NIL NIL NIL)"),
         QByteArray("text/plain[charset=utf-8]{quoted-printable,1234,40}")},
        {"gmail alternative",
         QByteArray("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"QUOTED-PRINTABLE\" 300 10 NIL NIL NIL)(\"TEXT\" \"HTML\" (\"CHARSET\" \"UTF-8\") NIL NIL \"QUOTED-PRINTABLE\" 900 20 NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"000000000000abc\") NIL NIL)"),
         QByteArray("multipart/alternative(text/plain[charset=UTF-8]{quoted-printable,300,10} text/html[charset=UTF-8]{quoted-printable,900,20})")},
        {"exchange languages",
         QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 1234 45 NIL NIL \"en-US\" NIL)"),
         QByteArray("text/plain[charset=utf-8]{quoted-printable,1234,45}")},
        {"message/rfc822",
         QByteArray("(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 700 ") + kEnvelope + " (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 100 5 NIL NIL NIL) 20 NIL NIL NIL)",
         QByteArray("message/rfc822{7bit,700,20}<env:Fwd: report text/plain[charset=us-ascii]{7bit,100,5}>")},
        {"message/rfc822 without envelope",
         QByteArray("(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 700 NIL NIL NIL NIL)"),
         QByteArray("message/rfc822{7bit,700,0}")},
        {"message/global",
         QByteArray("(\"message\" \"global\" NIL NIL NIL \"8bit\" 70 ") + kEnvelope + " ((\"text\" \"plain\" NIL NIL NIL \"8bit\" 1 1)(\"text\" \"html\" NIL NIL NIL \"8bit\" 2 1) \"alternative\") 4)",
         QByteArray("message/global{8bit,70,4}<env:Fwd: report multipart/alternative(text/plain{8bit,1,1} text/html{8bit,2,1})>")},
        {"multipart without parts (Exchange)",
         QByteArray("(\"mixed\" NIL NIL NIL)"),
         QByteArray("multipart/mixed()")},
        {"multipart without parts, params",
         QByteArray("(\"MIXED\" (\"BOUNDARY\" \"x\") NIL NIL)"),
         QByteArray("multipart/mixed()")},
        {"multipart without subtype",
         QByteArray("((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1))"),
         QByteArray("multipart/mixed(text/plain{7bit,1,1})")},
        {"nested, spaces between parts",
         QByteArray("(((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) (\"text\" \"html\" NIL NIL NIL \"7bit\" 2 1) \"alternative\")  (\"image\" \"png\" (\"name\" \"a.png\") \"<cid>\" NIL \"base64\" 100) \"related\")"),
         QByteArray("multipart/related(multipart/alternative(text/plain{7bit,1,1} text/html{7bit,2,1}) image/png[name=a.png]{base64,100,0})")},
        {"sizes as strings",
         QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" \"123\" \"4\")"),
         QByteArray("text/plain{7bit,123,4}")},
        {"negative size",
         QByteArray("(\"application\" \"octet-stream\" NIL NIL NIL \"base64\" -1)"),
         QByteArray("application/octet-stream{base64,0,0}")},
        {"NIL type",
         QByteArray("(NIL NIL NIL NIL NIL \"7bit\" 0)"),
         QByteArray("application/{7bit,0,0}")},
        {"NIL encoding and size",
         QByteArray("(\"image\" \"jpeg\" NIL NIL NIL NIL NIL)"),
         QByteArray("image/jpeg{,0,0}")},
        {"text without lines",
         QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 12 NIL NIL NIL)"),
         QByteArray("text/plain{7bit,12,0}")},
        {"truncated after encoding",
         QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"8bit\")"),
         QByteArray("text/plain[charset=utf-8]{8bit,0,0}")},
        {"atoms instead of strings",
         QByteArray("(TEXT PLAIN (CHARSET UTF-8) NIL NIL 7BIT 5 1)"),
         QByteArray("text/plain[charset=UTF-8]{7bit,5,1}")},
        {"literal parameter",
         QByteArray("(\"text\" \"plain\" (\"charset\" \"utf-8\" \"name\" {10}\r\nОтчёт) NIL NIL \"8bit\" 12 1)"),
         QByteArray("text/plain[charset=utf-8,name=Отчёт]{8bit,12,1}")},
        {"parameter with NIL value",
         QByteArray("(\"text\" \"plain\" (\"charset\" NIL) NIL NIL \"8bit\" 12 1)"),
         QByteArray("text/plain[charset=]{8bit,12,1}")},
        {"parameter list empty",
         QByteArray("(\"text\" \"plain\" () NIL NIL \"8bit\" 12 1)"),
         QByteArray("text/plain{8bit,12,1}")},
        {"deep nesting within limit",
         QByteArray(30, '(') + "\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)" + QByteArray(29, ')'),
         []() { QByteArray s; for (int i = 0; i < 29; ++i) s += "multipart/mixed("; s += "text/plain{7bit,1,1}"; s += QByteArray(29, ')'); return s; }()},
    };
}

/// Structures that decide hasAttachments() one way or the other, with its verdict.
struct AttachmentShape {
    const char *name;
    QByteArray body;
    bool hasAttachments;
};

inline QList<AttachmentShape> attachmentShapes()
{
    const QByteArray text = "(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)";
    const QByteArray pdf = "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 100 NIL NIL NIL NIL)";
    const QByteArray attachedPdf = "(\"application\" \"pdf\" NIL NIL NIL \"base64\" 100 NIL (\"attachment\" (\"filename\" \"a.pdf\")) NIL NIL)";
    const QByteArray rfc822 = QByteArray("(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 700 ") + kEmbeddedEnvelope
        + " (" + text + attachedPdf + " \"mixed\" (\"boundary\" \"b\") NIL NIL NIL) 20 NIL ";
    return {
        {"plain text", text, false},
        {"attachment disposition", "(" + text + attachedPdf + " \"mixed\" (\"boundary\" \"b\") NIL NIL NIL)", true},
        {"named pdf, no disposition", "(" + text + pdf + " \"mixed\")", true},
        {"named pdf, inline", "(\"APPLICATION\" \"PDF\" (\"NAME\" \"a.pdf\") NIL NIL \"BASE64\" 100 NIL (\"INLINE\" NIL) NIL NIL)", true},
        {"named text is not one", "(\"text\" \"plain\" (\"name\" \"notes.txt\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)", false},
        {"named message is not one", "(\"message\" \"delivery-status\" (\"name\" \"x\") NIL NIL \"7bit\" 10 NIL NIL NIL NIL)", false},
        {"name NIL", "(\"image\" \"png\" (\"name\" NIL) NIL NIL \"base64\" 10)", false},
        {"name without value", "(\"image\" \"png\" (\"name\") NIL NIL \"base64\" 10)", false},
        {"first name decides", "(\"image\" \"png\" (\"name\" NIL \"NAME\" \"b.png\") NIL NIL \"base64\" 10)", false},
        {"name as a literal", "(\"image\" \"png\" (\"name\" {5}\r\nb.png) NIL NIL \"base64\" 10)", true},
        {"name empty", "(\"image\" \"png\" (\"name\" \"\") NIL NIL \"base64\" 10)", true},
        {"escaped parameter name", "(\"image\" \"png\" (\"na\\\\me\" \"b.png\") NIL NIL \"base64\" 10)", false},
        {"escaped value", "(\"image\" \"png\" (\"name\" \"b\\\"c.png\") NIL NIL \"base64\" 10)", true},
        {"filename only in the disposition", "(\"image\" \"png\" NIL NIL NIL \"base64\" 10 NIL (\"inline\" (\"filename\" \"b.png\")) NIL NIL)", false},
        {"name in the disposition parameters", "(\"image\" \"png\" NIL NIL NIL \"base64\" 10 NIL (\"inline\" (\"name\" \"b.png\")) NIL NIL)", false},
        {"bare attachment string", "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 NIL \"ATTACHMENT\" NIL NIL)", true},
        {"attachment as a literal", "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 NIL ({10}\r\nattachment NIL) NIL NIL)", true},
        {"escaped disposition", "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 NIL (\"attach\\\\ment\" NIL) NIL NIL)", false},
        {"attached text", "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 NIL (\"attachment\" NIL) NIL NIL)", true},
        {"inside a forwarded message only", rfc822 + "NIL NIL NIL)", false},
        {"forwarded message attached", rfc822 + "(\"attachment\" NIL) NIL NIL)", true},
        {"forwarded message in a mixed", "(" + text + rfc822 + "NIL NIL NIL) \"mixed\")", false},
        {"multipart marked attachment", "(" + text + text + " \"alternative\" NIL (\"attachment\" NIL) NIL NIL)", true},
        {"zero-part multipart marked attachment", "(\"mixed\" NIL (\"attachment\" NIL) NIL NIL)", true},
        {"zero-part multipart", "(\"mixed\" NIL NIL NIL)", false},
        {"NIL type, named", "(NIL NIL (\"name\" \"x\") NIL NIL \"7bit\" 0)", true},
        {"empty type, named", "(\"\" \"x\" (\"name\" \"x\") NIL NIL \"7bit\" 0)", true},
        {"single part typed multipart, named", "(\"multipart\" \"x\" (\"name\" \"x\") NIL NIL \"7bit\" 0)", false},
        {"atoms", "(APPLICATION PDF (NAME a.pdf) NIL NIL BASE64 10)", true},
        {"deep", QByteArray(19, '(') + pdf + QByteArray(19, ')'), true},
        {"deep, text only", QByteArray(19, '(') + text + QByteArray(19, ')'), false},
        {"second of three nested", "((" + text + text + " \"alternative\")(" + text + "(" + text + pdf + ") \"related\")" + text + " \"mixed\")", true},
    };
}

} // namespace Pigeon::Imap::Test
