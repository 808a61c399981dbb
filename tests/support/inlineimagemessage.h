// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once
// Messages for the on-demand IMAP tests (issue 6): an HTML message whose pictures are
// parts of it (multipart/related, RFC 2387; cid: URLs, RFC 2392) beside a real
// attachment, and a message whose text is longer than the cap of an opened message.

#include <QByteArray>

namespace Pigeon::Test {

/// 40×30 PNGs, one colour each, as a real sender's image/png part would carry them.
inline QByteArray redPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAKElEQVR42u3NsQ0AAAjAoP7/tJ6hAwk7TZ1IL"
                                  "BaLxWKxWCwWi8V/4wU+nauNixxYhAAAAABJRU5ErkJggg==");
}
inline QByteArray bluePng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAKElEQVR42u3NsQ0AAAjAoP7/tJ6hAwk71RwRi"
                                  "8VisVgsFovFYvHbeAHnZ6uNBolZlgAAAABJRU5ErkJggg==");
}

inline QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

/// multipart/mixed: [1] alternative of [1.1] text/plain and [1.2] related: [1.2.1] the
/// HTML, [1.2.2] red.png (cid:red@pigeon.test), [1.2.3] blue.png (cid:blue@pigeon.test);
/// [2] @p attachment as a PDF. The HTML also names cid:gone@pigeon.test, which no part has.
inline QByteArray pictureMessage(const QByteArray &subject, const QByteArray &attachment)
{
    return "From: Rosa <rosa@example.org>\r\nTo: ivy@example.org\r\nSubject: " + subject
        + "\r\nDate: Sun, 22 Nov 2026 09:00:00 +0000\r\nMessage-ID: <pictures." + subject.toHex()
        + "@pigeon.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"mixed\"\r\n\r\n"
          "--mixed\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
          "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe garden in plain words: red, then blue.\r\n"
          "--alt\r\nContent-Type: multipart/related; boundary=\"rel\"; type=\"text/html\"\r\n\r\n"
          "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
          "<html><body><p>The garden:</p><p><img src=\"cid:red@pigeon.test\" alt=\"red\"></p>"
          "<p><img src=\"cid:blue@pigeon.test\" alt=\"blue\"></p><p><img src=\"cid:gone@pigeon.test\" alt=\"gone\"></p>"
          "</body></html>\r\n"
          "--rel\r\nContent-Type: image/png; name=\"red.png\"\r\nContent-ID: <red@pigeon.test>\r\n"
          "Content-Disposition: inline; filename=\"red.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(redPng())
        + "--rel\r\nContent-Type: image/png; name=\"blue.png\"\r\nContent-ID: <blue@pigeon.test>\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(bluePng())
        + "--rel--\r\n--alt--\r\n"
          "--mixed\r\nContent-Type: application/pdf; name=\"plan.pdf\"\r\n"
          "Content-Disposition: attachment; filename=\"plan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(attachment) + "--mixed--\r\n";
}

/// A single text/plain message of @p kib KiB of numbered lines (more than the cap of
/// 256 KiB an opened message's text is fetched up to, when @p kib is over 256).
inline QByteArray longTextMessage(const QByteArray &subject, int kib)
{
    QByteArray body;
    for (int line = 1; body.size() < qsizetype(kib) * 1024; ++line)
        body += "Line " + QByteArray::number(line) + " of a long report that goes on and on.\r\n";
    body += "THE END OF THE REPORT\r\n";
    return "From: Rosa <rosa@example.org>\r\nTo: ivy@example.org\r\nSubject: " + subject
        + "\r\nDate: Sun, 22 Nov 2026 08:00:00 +0000\r\nMessage-ID: <long." + subject.toHex()
        + "@pigeon.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + body;
}

} // namespace Pigeon::Test
