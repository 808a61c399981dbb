// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// One side of the IMAP benchmark (bench/imap/bench_imap.py runs the sides in turn, each in a
// fresh process, and prints them side by side). Every mode prints one JSON line.
//
//   bench_imap_client MODE --port P --user U --password PW [options]
//
// Modes (plain IMAP on loopback for both clients, so they compare):
//   raw-first100    raw socket: login, ENABLE, SELECT INBOX, FETCH of the newest 100
//   raw-all         raw socket: login, ENABLE, SELECT INBOX, UID FETCH 1:* (same items)
//   raw-bodies      raw socket: login, SELECT --mailbox, UID FETCH 1:* (UID BODY.PEEK[])
//   raw-examine     raw socket: login, EXAMINE --mailbox (lets the server catch up, untimed)
//   raw-reopen      raw socket: login, ENABLE, SELECT INBOX (QRESYNC (v m)) from --state
//   pigeon-headers  ImapSession + SelectOp + UidFetchHeadersOp into rows (RFC 2047 decoded);
//                   --state FILE writes UIDVALIDITY/HIGHESTMODSEQ for the reopen
//                   (--store DIR: each batch committed into the store index, Store::ImapCache)
//   pigeon-offline  no network: open the store (--store DIR), list the newest 100 INBOX rows
//   pigeon-reopen   ImapSession + SELECT INBOX (QRESYNC ...) from --state
//   pigeon-bodies   header rows of --mailbox into the store first (untimed), then timed:
//                   UID FETCH 1:* (UID BODY.PEEK[]), each body attached to its row durably
//                   (Store::ImapCache::attachBodies, one fsync per --batch-bytes)
//   pigeon-sync     Sync::ImapSync::syncFolder(--mailbox) on the store --store DIR: a never-seen
//                   folder (LIST, SELECT, headers newest first) or a QRESYNC reopen of a cached
//                   one; --depth full then times the download of every body; --sync-batches
//                   FIRST,MAX,STORE sets ImapSync::setBatchSizes (defaults 100,5000,500)
//   disk-floor      no network: --bytes N written into a new file in --store DIR the way the
//                   store writes a download (--batch-bytes per pwrite + fdatasync; --release on:
//                   each synced batch's pages dropped, as Store::AppendMode::Bulk does), removed after
//   items           prints the header item list both sides ask for
#include "diskfloor.h"
#include "rawimapclient.h"

#include "imap/ops/selectop.h"
#include "imap/ops/uidfetchheadersop.h"
#include "imap/session/imapsession.h"
#include "mime/headerdecoder.h"
#include "net/ssltransport.h"
#include "account/account.h"
#include "store/imapcache.h"
#include "store/mailstore.h"
#include "sync/imapsync.h"
#include "sync/task.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QUuid>

#include <cstdio>
#include <ctime>

using namespace Pigeon;
using Pigeon::Bench::RawImapClient;

namespace {

/// What UidFetchHeadersOp asks for (core/imap/ops/uidfetchheadersop.cpp); pigeon-headers
/// checks that the responses carry exactly these items (+ MODSEQ), so the raw side stays the same.
const Imap::FetchItems kHeaderItems = Imap::FetchItem::Uid | Imap::FetchItem::Flags | Imap::FetchItem::InternalDate
    | Imap::FetchItem::Rfc822Size | Imap::FetchItem::Envelope | Imap::FetchItem::BodyStructure;
/// What the raw client asks for: the same plus MODSEQ, as Sync::ImapSync's FolderSync asks under
/// CONDSTORE (the replies carry MODSEQ anyway once CONDSTORE is enabled: same bytes).
const Imap::FetchItems kRawItems = kHeaderItems | Imap::FetchItem::ModSeq;

struct Args {
    QString mode;
    quint16 port = 0;
    QByteArray user;
    QByteArray password;
    QString mailbox = QStringLiteral("INBOX");
    QString statePath;
    QString storeDir;
    int firstBatch = 100;
    int maxBatch = 1000;
    QList<int> syncBatches; ///< pigeon-sync: first FETCH, largest FETCH, rows per store
    qint64 batchBytes = 16 << 20;
    QString depth = QStringLiteral("headers");
    qint64 bytes = 0;     ///< disk-floor
    bool release = false; ///< disk-floor
    /// Pigeon's COMPRESS policy; on loopback "auto" does not compress.
    Net::Compression compression = Net::Compression::Auto;
};

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// Peak resident set of this process (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void emitJson(QJsonObject o)
{
    o.insert(QStringLiteral("cpu_s"), cpuSeconds());
    o.insert(QStringLiteral("peak_rss_kib"), peakRssKiB());
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    fprintf(stderr, "bench_imap_client: %s\n", qPrintable(why));
    exit(2);
}

double secs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QJsonObject readState(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The SELECT parameter of a QRESYNC reopen (RFC 7162 §3.2.5): (QRESYNC (uidvalidity modseq)).
/// Without known UIDs the server reports VANISHED (EARLIER) for every expunge since modseq.
QByteArray qresyncParameter(const QJsonObject &state)
{
    return "(QRESYNC (" + QByteArray::number(qint64(state.value(QStringLiteral("uidvalidity")).toDouble())) + ' '
        + state.value(QStringLiteral("highestmodseq")).toString().toLatin1() + "))";
}

// ---------------------------------------------------------------- raw socket side

RawImapClient::Reply must(RawImapClient &c, const QByteArray &command)
{
    RawImapClient::Reply r = c.command(command);
    if (!r.ok())
        die(QStringLiteral("raw: %1 -> %2").arg(QString::fromLatin1(command.left(60)), QString::fromLatin1(r.tagged)));
    return r;
}

int runRaw(const Args &a)
{
    QElapsedTimer t;
    t.start();
    RawImapClient c;
    if (!c.connectTo(a.port))
        die(QStringLiteral("raw: cannot connect"));
    // What the engine sends: AUTHENTICATE PLAIN with SASL-IR (RFC 4959), ENABLE CONDSTORE QRESYNC.
    must(c, "AUTHENTICATE PLAIN " + QByteArray('\0' + a.user + '\0' + a.password).toBase64());
    const double login = secs(t);
    QJsonObject o{{QStringLiteral("mode"), a.mode}};
    const QByteArray items = Imap::Command::fetchAttributes(kRawItems);
    if (a.mode == QLatin1String("raw-bodies")) {
        must(c, "SELECT " + a.mailbox.toUtf8());
        const double selected = secs(t);
        const RawImapClient::Reply r = must(c, "UID FETCH 1:* (UID BODY.PEEK[])");
        o.insert(QStringLiteral("select_s"), selected - login);
        o.insert(QStringLiteral("fetch_s"), secs(t) - selected);
        o.insert(QStringLiteral("fetch_bytes"), double(r.bytes));
        o.insert(QStringLiteral("messages"), double(r.fetches));
    } else if (a.mode == QLatin1String("raw-examine")) {
        const RawImapClient::Reply r = must(c, "EXAMINE " + a.mailbox.toUtf8());
        o.insert(QStringLiteral("select_s"), secs(t) - login);
        o.insert(QStringLiteral("exists"), double(r.exists));
    } else if (a.mode == QLatin1String("raw-reopen")) {
        must(c, "ENABLE CONDSTORE QRESYNC");
        const double enabled = secs(t);
        const RawImapClient::Reply r = must(c, "SELECT INBOX " + qresyncParameter(readState(a.statePath)));
        o.insert(QStringLiteral("select_s"), secs(t) - enabled);
        o.insert(QStringLiteral("select_bytes"), double(r.bytes));
        o.insert(QStringLiteral("messages"), double(r.fetches));
    } else {
        must(c, "ENABLE CONDSTORE QRESYNC"); // as the engine does: FETCH replies then carry MODSEQ
        const double enabled = secs(t);
        const RawImapClient::Reply s = must(c, "SELECT INBOX");
        const double selected = secs(t);
        const quint32 n = s.exists;
        const QByteArray command = a.mode == QLatin1String("raw-first100")
            ? QByteArray("FETCH " + QByteArray::number(n > 99 ? n - 99 : 1) + ':' + QByteArray::number(n) + ' ' + items)
            : QByteArray("UID FETCH 1:* " + items);
        const RawImapClient::Reply r = must(c, command);
        o.insert(QStringLiteral("enable_s"), enabled - login);
        o.insert(QStringLiteral("select_s"), selected - enabled);
        o.insert(QStringLiteral("fetch_s"), secs(t) - selected);
        o.insert(QStringLiteral("fetch_bytes"), double(r.bytes));
        o.insert(QStringLiteral("messages"), double(r.fetches));
        o.insert(QStringLiteral("exists"), double(n));
    }
    o.insert(QStringLiteral("login_s"), login);
    o.insert(QStringLiteral("total_s"), secs(t));
    o.insert(QStringLiteral("bytes"), double(c.totalBytes()));
    c.command("LOGOUT");
    emitJson(o);
    return 0;
}

// ---------------------------------------------------------------- Pigeon side

/// Runs the event loop until @p done, blocking in it like an application's exec() does.
/// (processEvents(flags, maxtime) never blocks: it returns at once when nothing is
/// pending, so a loop around it polled the sockets with a zero timeout about twice per
/// message (209,000 polls for 100,000 headers) and billed that spin to Pigeon's CPU.) The timer
/// wakes the loop to check the deadline.
template<typename F>
void waitUntil(F done, int timeoutMs, const char *what)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(100);
    while (!done()) {
        if (deadline.hasExpired())
            die(QStringLiteral("timeout: %1").arg(QLatin1String(what)));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

bool hasAttachment(const Imap::BodyPart &part)
{
    if (part.disposition == "attachment")
        return true;
    for (const Imap::BodyPart &child : part.children)
        if (hasAttachment(child))
            return true;
    return false;
}

QString addressText(const Imap::Address &a)
{
    const QString name = Mime::HeaderDecoder::decodeText(a.name);
    const QString spec = QString::fromLatin1(a.addrSpec());
    return name.isEmpty() ? spec : name + QStringLiteral(" <") + spec + QLatin1Char('>');
}

/// The row the store index and the message list keep (what Sync::ImapSync makes of an
/// ENVELOPE): RFC 2047 decoded, flags mapped, UID and UIDVALIDITY as its origin.
Store::MessageRow toRow(const Imap::FetchData &f, quint32 uidValidity)
{
    Store::MessageRow r;
    r.date = f.internalDate.toSecsSinceEpoch();
    r.size = qint64(f.rfc822Size);
    r.modSeq = f.modSeq;
    // \Seen \Answered \Flagged \Deleted \Draft have the same bits in both types.
    r.flags = Store::MessageFlags::fromInt(f.flags.system.toInt() & 0x1f);
    if (f.flags.keywords.contains("$Forwarded"))
        r.flags |= Store::MessageFlag::Forwarded;
    if (f.envelope) {
        const Imap::Envelope &e = *f.envelope;
        r.subject = Mime::HeaderDecoder::decodeText(e.subject);
        if (!e.from.isEmpty())
            r.from = addressText(e.from.first());
        QStringList to;
        for (const Imap::Address &a : e.to)
            to << addressText(a);
        r.to = to.join(QStringLiteral(", "));
        r.messageId = e.messageId;
        r.references = e.inReplyTo;
    }
    r.hasAttachments = f.body && hasAttachment(*f.body);
    r.origin.uid = f.uid;
    r.origin.uidValidity = uidValidity;
    r.bodyState = Store::BodyState::HeadersOnly;
    return r;
}

/// The store folder @p name (created if missing) and its id.
qint64 storeFolder(Store::MailStore &store, const QString &name)
{
    if (!store.index().folder(name)) {
        if (const Result<void> r = store.createFolder(name); !r)
            die(r.error().toString());
    }
    return store.index().folder(name)->id;
}

struct PigeonSession {
    Imap::ImapSession *session = nullptr;
    qint64 bytes = 0;
};

/// Loads the TLS backend (a Qt plugin and OpenSSL, ~30 ms) as the application does once at
/// start-up, so that the timed part is what opening a mailbox costs. Returns its seconds.
double initTls()
{
    QElapsedTimer t;
    t.start();
    if (!QSslSocket::supportsSsl())
        die(QStringLiteral("no TLS backend"));
    delete new QSslSocket;
    return secs(t);
}

/// Opens @p p (which must outlive the session: the byte counters point into it).
void openSession(PigeonSession &p, const Args &a)
{
    p.session = new Imap::ImapSession(new Net::SslTransport);
    Net::Transport *transport = p.session->transport();
    QObject::connect(transport, &Net::Transport::lineReceived, [&bytes = p.bytes](const QByteArray &l) { bytes += l.size(); });
    QObject::connect(transport, &Net::Transport::literalReceived,
                     [&bytes = p.bytes](const QByteArray &l) { bytes += l.size(); });
    Imap::SessionOptions o;
    o.endpoint.host = QStringLiteral("127.0.0.1");
    o.endpoint.port = a.port;
    o.endpoint.security = Net::Security::None;
    o.endpoint.tls.allowInsecureAuth = true; // loopback, to compare with the raw client
    o.username = QString::fromUtf8(a.user);
    o.password = QString::fromUtf8(a.password);
    o.compress = a.compression;
    bool opened = false;
    const QMetaObject::Connection c = QObject::connect(p.session, &Imap::ImapSession::opened, [&] { opened = true; });
    QObject::connect(p.session, &Imap::ImapSession::failed,
                     [](const MailError &e) { die(QStringLiteral("session: %1").arg(e.toString())); });
    p.session->open(o);
    waitUntil([&] { return opened; }, 60'000, "login");
    QObject::disconnect(c);
}

int runPigeonHeaders(const Args &a)
{
    // Without --store the rows are only kept in memory (the engine alone); with it every
    // batch is committed into the store index as header-only rows (Store::ImapCache), as
    // the sync path does, before it counts as ready. The store is open before the clock
    // starts, as in the application (the account's store opens at start-up).
    std::unique_ptr<Store::MailStore> store;
    std::unique_ptr<Store::ImapCache> cache;
    qint64 folderId = 0;
    if (!a.storeDir.isEmpty()) {
        store = std::make_unique<Store::MailStore>(a.storeDir);
        if (const Result<void> r = store->open(); !r)
            die(r.error().toString());
        cache = std::make_unique<Store::ImapCache>(store.get());
        folderId = storeFolder(*store, QStringLiteral("INBOX"));
    }
    const double tlsInit = initTls();
    QElapsedTimer t;
    t.start();
    PigeonSession p;
    openSession(p, a);
    qint64 *bytes = &p.bytes;
    const double login = secs(t);
    Imap::SelectOp select(p.session, QStringLiteral("INBOX"));
    select.start();
    waitUntil([&] { return select.isFinished(); }, 60'000, "select");
    if (select.error().isError())
        die(select.error().toString());
    const double selected = secs(t);

    const quint32 uidValidity = select.result().uidValidity;
    QList<Store::MessageRow> rows;
    rows.reserve(qsizetype(select.result().exists));
    double first100 = 0;
    double convertCpu = 0, storeCpu = 0, storeSeconds = 0;
    qint64 bytesAtFirst100 = 0;
    int itemMismatch = 0;
    Imap::UidFetchHeadersOp fetch(p.session, a.firstBatch, a.maxBatch);
    QObject::connect(&fetch, &Imap::UidFetchHeadersOp::batchFetched, [&](const QList<Imap::FetchData> &batch) {
        const double c0 = cpuSeconds();
        QList<Store::MessageRow> converted;
        converted.reserve(batch.size());
        for (const Imap::FetchData &f : batch) {
            if ((f.items & ~Imap::FetchItems(Imap::FetchItem::ModSeq)) != kHeaderItems)
                ++itemMismatch;
            converted.append(toRow(f, uidValidity));
        }
        const double c1 = cpuSeconds();
        convertCpu += c1 - c0;
        if (cache) {
            QElapsedTimer s;
            s.start();
            if (const Result<void> r = cache->insertHeaders(folderId, converted); !r)
                die(r.error().toString());
            storeSeconds += secs(s);
            storeCpu += cpuSeconds() - c1;
        }
        rows += converted;
        if (first100 == 0 && rows.size() >= std::min<qsizetype>(100, qsizetype(select.result().exists))) {
            first100 = secs(t);
            bytesAtFirst100 = *bytes;
        }
    });
    fetch.start();
    waitUntil([&] { return fetch.isFinished(); }, 3'600'000, "headers");
    if (fetch.error().isError())
        die(fetch.error().toString());
    const double all = secs(t);
    if (itemMismatch)
        die(QStringLiteral("%1 responses did not carry exactly the raw side's items").arg(itemMismatch));

    if (!a.statePath.isEmpty()) {
        QFile f(a.statePath);
        if (!f.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(a.statePath));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("uidvalidity"), double(select.result().uidValidity)},
                                          {QStringLiteral("highestmodseq"),
                                           QString::number(select.result().highestModSeq)},
                                          {QStringLiteral("messages"), double(rows.size())}})
                    .toJson());
    }
    qint64 attachments = 0;
    for (const Store::MessageRow &r : std::as_const(rows))
        attachments += r.hasAttachments;
    QJsonObject o{{QStringLiteral("mode"), a.mode},
                  {QStringLiteral("tls_init_s"), tlsInit},
                  {QStringLiteral("login_s"), login},
                  {QStringLiteral("select_s"), selected - login},
                  {QStringLiteral("first100_s"), first100},
                  {QStringLiteral("first100_bytes"), double(bytesAtFirst100)},
                  {QStringLiteral("all_s"), all},
                  {QStringLiteral("fetch_s"), all - selected},
                  {QStringLiteral("rows"), double(rows.size())},
                  {QStringLiteral("rows_with_attachment"), double(attachments)},
                  {QStringLiteral("convert_cpu_s"), convertCpu},
                  {QStringLiteral("store_cpu_s"), storeCpu},
                  {QStringLiteral("store_s"), storeSeconds},
                  {QStringLiteral("stored"), double(store ? store->count(QStringLiteral("INBOX")) : 0)},
                  {QStringLiteral("batches"), double(fetch.batchSizes().size())},
                  {QStringLiteral("bytes"), double(*bytes)},
                  {QStringLiteral("total_s"), all}};
    emitJson(o);
    p.session->abort();
    delete p.session;
    return 0;
}

int runPigeonReopen(const Args &a)
{
    const QJsonObject state = readState(a.statePath);
    const double tlsInit = initTls();
    QElapsedTimer t;
    t.start();
    PigeonSession p;
    openSession(p, a);
    const double login = secs(t);
    const qint64 loginBytes = p.bytes;
    if (!p.session->isEnabled("QRESYNC"))
        die(QStringLiteral("QRESYNC not enabled"));
    int changed = 0, vanished = 0;
    std::optional<Result<Imap::StatusResponse>> done;
    Imap::Command select("SELECT");
    select.mailbox(u"INBOX").raw(qresyncParameter(state));
    p.session->select(
        select, QStringLiteral("INBOX"),
        [&](const Imap::Response &r) {
            if (const auto *f = std::get_if<Imap::FetchData>(&r); f && f->has(Imap::FetchItem::Flags))
                ++changed;
            else if (const auto *v = std::get_if<Imap::VanishedData>(&r))
                vanished += int(v->uids.count());
        },
        [&](const Result<Imap::StatusResponse> &r) { done = r; });
    waitUntil([&] { return done.has_value(); }, 60'000, "reopen");
    if (!done->ok())
        die(done->error().toString());
    QJsonObject o{{QStringLiteral("mode"), a.mode},
                  {QStringLiteral("tls_init_s"), tlsInit},
                  {QStringLiteral("login_s"), login},
                  {QStringLiteral("select_s"), secs(t) - login},
                  {QStringLiteral("total_s"), secs(t)},
                  {QStringLiteral("changed"), changed},
                  {QStringLiteral("vanished"), vanished},
                  {QStringLiteral("login_bytes"), double(loginBytes)},
                  {QStringLiteral("select_bytes"), double(p.bytes - loginBytes)},
                  {QStringLiteral("bytes"), double(p.bytes)}};
    emitJson(o);
    p.session->abort();
    delete p.session;
    return 0;
}

/// Start-up without a network: open the account's store and list the newest 100 rows of
/// the cached INBOX (what the message list shows first).
int runPigeonOffline(const Args &a)
{
    QElapsedTimer t;
    t.start();
    Store::MailStore store(a.storeDir);
    if (const Result<void> r = store.open(); !r)
        die(r.error().toString());
    const double opened = secs(t);
    const Result<QList<Store::MessageRow>> rows = store.list(QStringLiteral("INBOX"), 0, 100);
    if (!rows)
        die(rows.error().toString());
    const double listed = secs(t);
    const qint64 total = store.count(QStringLiteral("INBOX"));
    QJsonObject o{{QStringLiteral("mode"), a.mode},
                  {QStringLiteral("open_s"), opened},
                  {QStringLiteral("list_s"), listed - opened},
                  {QStringLiteral("total_s"), listed},
                  {QStringLiteral("rows"), double(rows.value().size())},
                  {QStringLiteral("cached"), double(total)},
                  {QStringLiteral("newest_uid"), double(rows.value().value(0).origin.uid)}};
    emitJson(o);
    return 0;
}

int runPigeonBodies(const Args &a)
{
    Store::MailStore store(a.storeDir);
    if (const Result<void> r = store.open(); !r)
        die(r.error().toString());
    Store::ImapCache cache(&store);
    const qint64 folderId = storeFolder(store, a.mailbox);
    const double tlsInit = initTls();
    PigeonSession p;
    openSession(p, a);
    Imap::SelectOp select(p.session, a.mailbox);
    select.start();
    waitUntil([&] { return select.isFinished(); }, 60'000, "select");
    if (select.error().isError())
        die(select.error().toString());
    const quint32 uidValidity = select.result().uidValidity;

    // "Download all" starts from a folder whose header rows are cached (it was listed):
    // list it first, untimed, into the store as header-only rows.
    QElapsedTimer h;
    h.start();
    QHash<quint32, Store::MessageId> ids;
    Imap::UidFetchHeadersOp headers(p.session, a.firstBatch, a.maxBatch);
    QObject::connect(&headers, &Imap::UidFetchHeadersOp::batchFetched, [&](const QList<Imap::FetchData> &batch) {
        QList<Store::MessageRow> rows;
        for (const Imap::FetchData &f : batch)
            rows.append(toRow(f, uidValidity));
        if (const Result<void> r = cache.insertHeaders(folderId, rows); !r)
            die(r.error().toString());
        for (const Store::MessageRow &row : std::as_const(rows))
            ids.insert(quint32(row.origin.uid), row.id);
    });
    headers.start();
    waitUntil([&] { return headers.isFinished(); }, 3'600'000, "headers");
    const double headerSeconds = secs(h);

    // Timed: the bodies, each attached to its row (an mbox record, journalled), one fsync
    // per batch of --batch-bytes.
    const double cpu0 = cpuSeconds();
    const qint64 bytes0 = p.bytes;
    QElapsedTimer t;
    t.start();
    QList<std::pair<Store::MessageId, QByteArray>> batch;
    qint64 batchBytes = 0, messages = 0, stored = 0, fsyncBatches = 0;
    double storeSeconds = 0;
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        QElapsedTimer s;
        s.start();
        if (const Result<void> r = cache.attachBodies(batch); !r)
            die(r.error().toString());
        storeSeconds += secs(s);
        stored += batch.size();
        ++fsyncBatches;
        batch.clear();
        batchBytes = 0;
    };
    std::optional<Result<Imap::StatusResponse>> done;
    Imap::ImapSession::CommandOptions options;
    options.untagged = [&](const Imap::Response &r) {
        const auto *f = std::get_if<Imap::FetchData>(&r);
        if (!f || !f->has(Imap::FetchItem::Uid) || !ids.contains(f->uid))
            return;
        const QByteArray data = f->section("");
        if (data.isNull())
            return;
        batchBytes += data.size();
        ++messages;
        batch.append({ids.value(f->uid), data});
        if (batchBytes >= a.batchBytes)
            flush();
    };
    p.session->execute(Imap::Command::uidFetch(Imap::SequenceSet::range(1, Imap::SequenceSet::Star),
                                               Imap::FetchItem::Uid, {"BODY.PEEK[]"}),
                       options, [&](const Result<Imap::StatusResponse> &r) { done = r; });
    waitUntil([&] { return done.has_value(); }, 3'600'000, "bodies");
    if (!done->ok())
        die(done->error().toString());
    flush();
    const double all = secs(t);
    qint64 full = 0;
    const Result<QList<Store::MessageRow>> check = store.list(a.mailbox, 0, int(ids.size()));
    for (const Store::MessageRow &r : check.value())
        full += r.bodyState == Store::BodyState::Full;
    QJsonObject o{{QStringLiteral("mode"), a.mode},
                  {QStringLiteral("tls_init_s"), tlsInit},
                  {QStringLiteral("headers_s"), headerSeconds},
                  {QStringLiteral("fetch_s"), all},
                  {QStringLiteral("fetch_cpu_s"), cpuSeconds() - cpu0},
                  {QStringLiteral("store_s"), storeSeconds},
                  {QStringLiteral("messages"), double(messages)},
                  {QStringLiteral("stored"), double(full)},
                  {QStringLiteral("fsync_batches"), double(fsyncBatches)},
                  {QStringLiteral("bytes"), double(p.bytes - bytes0)},
                  {QStringLiteral("total_s"), all}};
    emitJson(o);
    p.session->abort();
    delete p.session;
    return 0;
}

/// Pigeon's real path: Sync::ImapSync (LIST on a never-seen account, SELECT or a QRESYNC
/// reopen, headers newest first into the store index, rows signalled in batches), on a
/// store in --store DIR. --depth full then downloads every body of --mailbox, timed
/// separately ("download all for offline").
int runPigeonSync(const Args &a)
{
    Store::MailStore store(a.storeDir);
    if (const Result<void> r = store.open(); !r)
        die(r.error().toString());
    const double tlsInit = initTls();
    Account::Account account;
    account.id = QUuid::createUuid();
    account.address = QStringLiteral("alice@example.org");
    account.protocol = Account::IncomingProtocol::Imap;
    account.incoming.host = QStringLiteral("127.0.0.1");
    account.incoming.port = a.port;
    account.incoming.security = Net::Security::None; // loopback, to compare with the raw client
    account.incoming.username = QString::fromUtf8(a.user);
    account.tls.allowInsecureAuth = true;
    account.imap.compression = a.compression;
    const QString password = QString::fromUtf8(a.password);
    Sync::ImapSync sync(account, &store, [password](std::function<void(const Result<QString> &)> answer) {
        answer(password);
    });
    if (!a.syncBatches.isEmpty())
        sync.setBatchSizes(500, a.syncBatches.at(0), a.syncBatches.at(1), a.syncBatches.at(2));
    qint64 bytes = 0;
    QElapsedTimer t;
    // When the server finished each step of the first sync (Dovecot's tagged OK texts name the
    // command), to see where the time to the first rows goes.
    QJsonObject phases;
    sync.setTransportFactory([&bytes, &t, &phases]() -> Net::Transport * {
        auto *transport = new Net::SslTransport;
        QObject::connect(transport, &Net::Transport::lineReceived, [&bytes, &t, &phases](const QByteArray &l) {
            bytes += l.size();
            if (l.startsWith('*') || !l.contains(" OK "))
                return;
            for (const char *step : {"List", "Select", "Search", "Fetch"}) {
                const QString key = QString::fromLatin1(step).toLower() + QStringLiteral("_done_s");
                if (l.contains(QByteArray(QByteArray(step) + " completed")) && !phases.contains(key))
                    phases.insert(key, secs(t));
            }
        });
        auto *t2 = transport;
        QObject::connect(t2, &Net::Transport::literalReceived, [&bytes](const QByteArray &l) { bytes += l.size(); });
        return t2;
    });
    QObject::connect(&sync, &Sync::ImapSync::connectionFailed,
                     [](const MailError &e) { die(QStringLiteral("connection: %1").arg(e.toString())); });
    qint64 added = 0, changed = 0, removed = 0;
    double first100 = 0;
    qint64 bytesAtFirst100 = 0;
    QObject::connect(&sync, &Sync::ImapSync::rowsAdded, [&](const QString &, const QList<Store::MessageRow> &rows) {
        added += rows.size();
        if (first100 == 0 && added >= 100) {
            first100 = secs(t);
            bytesAtFirst100 = bytes;
        }
    });
    QObject::connect(&sync, &Sync::ImapSync::rowsChanged,
                     [&](const QString &, const QList<Store::MessageRow> &rows) { changed += rows.size(); });
    QObject::connect(&sync, &Sync::ImapSync::rowsRemoved,
                     [&](const QString &, const QList<Store::MessageId> &ids) { removed += ids.size(); });
    auto run = [&](Sync::Task *task, const char *what) {
        std::optional<MailError> result;
        QObject::connect(task, &Sync::Task::finished, [&result](const MailError &e) { result = e; });
        waitUntil([&] { return result.has_value(); }, 3'600'000, what);
        if (result->isError())
            die(result->toString());
    };
    const double cpu0 = cpuSeconds();
    t.start();
    run(sync.syncFolder(a.mailbox, Sync::SyncDepth::Headers), "sync");
    const double synced = secs(t);
    const double syncCpu = cpuSeconds() - cpu0;
    const qint64 syncBytes = bytes;
    const qint64 peakAfterSync = peakRssKiB();
    QJsonObject o{{QStringLiteral("mode"), a.mode},
                  {QStringLiteral("tls_init_s"), tlsInit},
                  {QStringLiteral("first100_s"), first100},
                  {QStringLiteral("first100_bytes"), double(bytesAtFirst100)},
                  {QStringLiteral("sync_s"), synced},
                  {QStringLiteral("sync_cpu_s"), syncCpu},
                  {QStringLiteral("sync_bytes"), double(syncBytes)},
                  {QStringLiteral("sync_peak_rss_kib"), double(peakAfterSync)},
                  {QStringLiteral("added"), double(added)},
                  {QStringLiteral("changed"), double(changed)},
                  {QStringLiteral("removed"), double(removed)},
                  {QStringLiteral("cached"), double(store.count(a.mailbox))},
                  {QStringLiteral("phases"), phases}};
    if (a.depth == QLatin1String("full")) {
        const double cpu1 = cpuSeconds();
        QElapsedTimer d;
        d.start();
        run(sync.syncFolder(a.mailbox, Sync::SyncDepth::Full), "download all");
        o.insert(QStringLiteral("download_s"), secs(d));
        o.insert(QStringLiteral("download_cpu_s"), cpuSeconds() - cpu1);
        o.insert(QStringLiteral("download_bytes"), double(bytes - syncBytes));
        o.insert(QStringLiteral("download_file_bytes"), double(QFileInfo(store.filePath(a.mailbox)).size()));
        qint64 full = 0;
        const Result<QList<Store::MessageRow>> rows = store.list(a.mailbox, 0, int(store.count(a.mailbox)));
        for (const Store::MessageRow &r : rows.value())
            full += r.bodyState == Store::BodyState::Full;
        o.insert(QStringLiteral("stored"), double(full));
    }
    if (!a.statePath.isEmpty()) {
        // The folder state ImapSync committed, for the raw client's QRESYNC reopen.
        const std::optional<Store::FolderState> f = store.index().folder(a.mailbox);
        const std::optional<Store::RemoteFolder> rf = f ? store.index().remoteFolder(f->id) : std::nullopt;
        if (!rf)
            die(QStringLiteral("no remote folder state for %1").arg(a.mailbox));
        QFile file(a.statePath);
        if (!file.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(a.statePath));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("uidvalidity"), double(rf->uidValidity)},
                                             {QStringLiteral("highestmodseq"), QString::number(rf->highestModSeq)}})
                       .toJson());
    }
    o.insert(QStringLiteral("total_s"), secs(t));
    emitJson(o);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Args a;
    a.mode = args.value(1);
    for (int i = 2; i + 1 < args.size(); i += 2) {
        const QString &k = args.at(i);
        const QString &v = args.at(i + 1);
        if (k == QLatin1String("--port"))
            a.port = quint16(v.toUInt());
        else if (k == QLatin1String("--user"))
            a.user = v.toUtf8();
        else if (k == QLatin1String("--password"))
            a.password = v.toUtf8();
        else if (k == QLatin1String("--mailbox"))
            a.mailbox = v;
        else if (k == QLatin1String("--state"))
            a.statePath = v;
        else if (k == QLatin1String("--store"))
            a.storeDir = v;
        else if (k == QLatin1String("--first-batch"))
            a.firstBatch = v.toInt();
        else if (k == QLatin1String("--max-batch"))
            a.maxBatch = v.toInt();
        else if (k == QLatin1String("--sync-batches")) {
            for (const QString &n : v.split(QLatin1Char(',')))
                a.syncBatches << n.toInt();
            if (a.syncBatches.size() != 3 || a.syncBatches.contains(0))
                die(QStringLiteral("--sync-batches: FIRST,MAX,STORE (three numbers)"));
        }
        else if (k == QLatin1String("--depth"))
            a.depth = v;
        else if (k == QLatin1String("--batch-bytes"))
            a.batchBytes = v.toLongLong();
        else if (k == QLatin1String("--bytes"))
            a.bytes = v.toLongLong();
        else if (k == QLatin1String("--release"))
            a.release = v == QLatin1String("on");
        else if (k == QLatin1String("--compression")) {
            if (!Net::compressionFromName(v, &a.compression))
                die(QStringLiteral("--compression: auto, on or off"));
        }
        else
            die(QStringLiteral("unknown option %1").arg(k));
    }
    if (a.mode == QLatin1String("items")) {
        printf("%s\n", Imap::Command::fetchAttributes(kRawItems).constData());
        return 0;
    }
    if (a.mode == QLatin1String("disk-floor")) {
        QString error;
        const QJsonObject o = Bench::DiskFloor::run(a.storeDir, a.bytes, a.batchBytes, a.release, &error);
        if (!error.isEmpty())
            die(error);
        emitJson(o);
        return 0;
    }
    if (a.port == 0 || a.user.isEmpty())
        die(QStringLiteral("usage: bench_imap_client MODE --port P --user U --password PW [...]"));
    if (a.mode.startsWith(QLatin1String("raw-")))
        return runRaw(a);
    if (a.mode == QLatin1String("pigeon-headers"))
        return runPigeonHeaders(a);
    if (a.mode == QLatin1String("pigeon-reopen"))
        return runPigeonReopen(a);
    if (a.mode == QLatin1String("pigeon-bodies"))
        return runPigeonBodies(a);
    if (a.mode == QLatin1String("pigeon-offline"))
        return runPigeonOffline(a);
    if (a.mode == QLatin1String("pigeon-sync"))
        return runPigeonSync(a);
    die(QStringLiteral("unknown mode %1").arg(a.mode));
}
