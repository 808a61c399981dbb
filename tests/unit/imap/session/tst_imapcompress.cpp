// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// COMPRESS=DEFLATE (RFC 4978): the raw DEFLATE codec both ways (round trips, corrupt input,
// a decompression bomb inflated in bounded steps) and a server whose compressed stream
// is corrupt. Against Dovecot: tst_imapdovecotops.
#include "imap/session/imapsession.h"
#include "net/deflatecodec.h"
#include "net/ssltransport.h"
#include "support/fakeserver.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <zlib.h>

using namespace Pigeon;
using namespace Pigeon::Imap;
using Pigeon::Net::DeflateCodec;
using Pigeon::Test::FakeServer;

namespace {

/// Raw DEFLATE of @p data as a server would send it (sync-flushed), using zlib directly.
QByteArray serverDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size())) + 64), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - int(z.avail_out));
    deflateEnd(&z);
    return out;
}

/// Inflates the client's output with zlib directly.
QByteArray serverInflate(z_stream &z, const QByteArray &data)
{
    QByteArray out(1 << 20, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    inflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - int(z.avail_out));
    return out;
}

} // namespace

class TestImapCompress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codecRoundTrip();
    void corruptInput();
    void bombInflatesInBoundedSteps();
    void corruptStreamFailsTheSession();
};

void TestImapCompress::codecRoundTrip()
{
    DeflateCodec codec;
    QVERIFY(codec.isValid());
    z_stream server{};
    QCOMPARE(inflateInit2(&server, -15), Z_OK);
    // Each command is flushed: the server can inflate it completely on its own.
    const QList<QByteArray> commands{"a1 NOOP\r\n", "a2 UID FETCH 1:* (FLAGS)\r\n",
                                     QByteArray(100'000, 'x') + "\r\n", "a4 LOGOUT\r\n"};
    for (const QByteArray &c : commands)
        QCOMPARE(serverInflate(server, codec.compress(c)), c);
    inflateEnd(&server);
    QVERIFY(codec.compressedOut() < codec.plainOut() / 10);

    // Server to client, fed in random pieces.
    QByteArray plain;
    for (int i = 0; i < 2000; ++i)
        plain += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i * 3) + " FLAGS (\\Seen))\r\n";
    const QByteArray compressed = serverDeflate(plain);
    QByteArray got;
    for (qsizetype pos = 0; pos < compressed.size();) {
        const qsizetype n = std::min<qsizetype>(compressed.size() - pos, 1 + QRandomGenerator::global()->bounded(700));
        codec.addInput(QByteArrayView(compressed).sliced(pos, n));
        pos += n;
        QVERIFY(codec.inflate(got, 1 << 20));
    }
    QCOMPARE(got, plain);
    QCOMPARE(codec.pendingInput(), 0);
}

void TestImapCompress::corruptInput()
{
    DeflateCodec codec;
    codec.addInput(QByteArray("\xff\xff\xff\xff\x00\x01", 6)); // reserved block type 11
    QByteArray out;
    QVERIFY(!codec.inflate(out, 1 << 20));

    // A finished stream (Dovecot ends it on LOGOUT) is fine; anything after it is not.
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray plain("* BYE Logging out\r\na1 OK Logout completed.\r\n");
    QByteArray finished(1024, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(plain.data());
    z.avail_in = uInt(plain.size());
    z.next_out = reinterpret_cast<Bytef *>(finished.data());
    z.avail_out = uInt(finished.size());
    QCOMPARE(deflate(&z, Z_FINISH), Z_STREAM_END);
    finished.resize(finished.size() - int(z.avail_out));
    deflateEnd(&z);
    DeflateCodec ending;
    ending.addInput(finished);
    out.clear();
    QVERIFY(ending.inflate(out, 1 << 20));
    QCOMPARE(out, plain);
    ending.addInput("x");
    QVERIFY(!ending.inflate(out, 1 << 20));
}

void TestImapCompress::bombInflatesInBoundedSteps()
{
    // 64 MiB of zeros compress to ~64 KiB; each inflate() call may add at most maxOutput.
    const QByteArray zeros(64 << 20, '\0');
    const QByteArray bomb = serverDeflate(zeros);
    QVERIFY(bomb.size() < 100 * 1024);
    DeflateCodec codec;
    codec.addInput(bomb);
    QByteArray out;
    QVERIFY(codec.inflate(out, 256 * 1024));
    QVERIFY(out.size() <= 256 * 1024);
    QVERIFY(codec.pendingInput() > 0);
    qsizetype total = out.size();
    while (codec.pendingInput() > 0) {
        out.clear();
        QVERIFY(codec.inflate(out, 256 * 1024));
        QVERIFY(out.size() <= 256 * 1024);
        total += out.size();
        if (out.isEmpty())
            break;
    }
    QCOMPARE(total, zeros.size());
}

void TestImapCompress::corruptStreamFailsTheSession()
{
    FakeServer server;
    server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR COMPRESS=DEFLATE] ready\n"
                                    "C~ a1 AUTHENTICATE PLAIN .*\n"
                                    "S: a1 OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] Logged in\n"
                                    "C: a2 COMPRESS DEFLATE\n"
                                    "S: a2 OK DEFLATE active\n"
                                    "DELAY 100\n"
                                    "RAW: \\xff\\xff\\xff\\xff\\x00\\x01\n"
                                    "WAIT_CLOSE\n"));
    QVERIFY(server.listen());
    ImapSession session(new Net::SslTransport);
    SessionOptions o;
    o.endpoint.host = QStringLiteral("127.0.0.1");
    o.endpoint.port = server.port();
    o.endpoint.security = Net::Security::None;
    o.endpoint.tls.allowInsecureAuth = true;
    o.username = QStringLiteral("alice");
    o.password = QStringLiteral("secret");
    // The scripted server is on loopback, where Auto would not compress.
    o.compress = Net::Compression::On;
    QSignalSpy opened(&session, &ImapSession::opened);
    QSignalSpy failed(&session, &ImapSession::failed);
    session.open(o);
    QVERIFY(opened.wait(10'000));
    QVERIFY(session.transport()->isCompressed());
    QVERIFY(failed.wait(10'000));
    const auto error = failed.first().first().value<MailError>();
    QCOMPARE(MailError::kindName(error.kind()), MailError::kindName(MailError::Kind::Protocol));
    QVERIFY2(error.text().contains(QStringLiteral("decompress")), qPrintable(error.text()));
    QTRY_VERIFY(server.isFinished());
    QVERIFY2(server.verify(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestImapCompress)
#include "tst_imapcompress.moc"
