#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""IMAP benchmark: Pigeon vs the raw-socket limit vs Python's imaplib, side by side in one
run, against a private Dovecot on loopback (tests/support/mailserver.py).

  bench_imap.py --client BUILD/bench/imap/bench_imap_client [--messages 100000]
                [--offline 10000] [--runs 3] [--data DIR] [--json FILE]

Data (made once, then cached in DIR/imap-<profile>-s<seed>-<messages>; default DIR is
$PIGEON_BENCH_DIR or /tmp/pigeon-bench): bench/tools/genmaildir.py writes the messages
straight into the user's Maildir, the first --offline of them are hard-linked into a second
mailbox "Offline", and `doveadm force-resync` indexes both. The Dovecot server directory
(its index and cache files included) is kept, so later runs start in seconds.

Warm-up: every run first drains the header FETCH of the whole INBOX and the bodies of
"Offline" twice with the raw client (untimed for the comparison; printed), so that Dovecot's
dovecot.index.cache holds the field set both clients ask for and the page cache holds the
files: all clients are measured against the same warm server.

Each measurement is a fresh process of bench_imap_client (raw-* or pigeon-*) or of this
script (imaplib), in rounds: raw, Pigeon and imaplib alternate within each round.

Disk floor: after Pigeon's download, each round writes the same number of bytes the way the
store writes a download (bench_imap_client disk-floor: 16 MiB pwrite + fdatasync per batch,
into a new file beside the stores, removed after), once plain and once releasing each synced
batch's pages from the page cache as Pigeon's download does: what this disk allows a durable
download, without network, parsing or formatting.
"""
import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
MAILSERVER = os.path.join(SOURCE, "tests", "support", "mailserver.py")
GENMAILDIR = os.path.join(SOURCE, "bench", "tools", "genmaildir.py")
USER, PASSWORD = "alice", "alice-bench"


def log(*a):
    print(*a, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


# ---------------------------------------------------------------- imaplib side

def imaplib_side(args):
    """Python's imaplib doing the same as the other two clients; one JSON line."""
    import imaplib
    t0 = time.monotonic()
    m = imaplib.IMAP4("127.0.0.1", args.port)
    m.login(USER, PASSWORD)
    out = {"mode": "imaplib-" + args.mode, "login_s": time.monotonic() - t0}
    if args.mode == "bodies":
        typ, _ = m.select(args.mailbox)
        t1 = time.monotonic()
        typ, data = m.uid("FETCH", "1:*", "(UID BODY.PEEK[])")
        out["fetch_s"] = time.monotonic() - t1
        out["messages"] = sum(1 for d in data if isinstance(d, tuple))
    else:
        m.enable("QRESYNC")
        typ, data = m.select("INBOX")
        n = int(data[0])
        t1 = time.monotonic()
        typ, data = m.fetch("%d:%d" % (max(1, n - 99), n), args.items)
        out["first100_s"] = time.monotonic() - t0
        out["first100_fetch_s"] = time.monotonic() - t1
        t2 = time.monotonic()
        typ, data = m.uid("FETCH", "1:*", args.items)
        out["fetch_s"] = time.monotonic() - t2
        out["messages"] = len([d for d in data if d is not None])
        out["all_s"] = time.monotonic() - t0
    out["total_s"] = time.monotonic() - t0
    m.logout()
    ru = resource.getrusage(resource.RUSAGE_SELF)
    out["cpu_s"] = ru.ru_utime + ru.ru_stime
    out["peak_rss_kib"] = ru.ru_maxrss
    print(json.dumps(out), flush=True)


# ---------------------------------------------------------------- server and data

class Server:
    def __init__(self, d, compress=False):
        self.d = d
        # No COMPRESS=DEFLATE unless asked for: the raw client and imaplib do not compress,
        # so Pigeon would otherwise be measured on a different (and on loopback, slower) wire.
        extra = [] if compress else ["--no-compress"]
        self.proc = subprocess.Popen(["/usr/bin/python3", MAILSERVER, "serve", "--dir", d,
                                      "--user", "%s:%s" % (USER, PASSWORD), *extra],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        line = self.proc.stdout.readline()
        if not line:
            sys.exit("bench_imap.py: the mail server did not start")
        self.info = json.loads(line)
        self.port = self.info["ports"]["imap"]
        self.conf = self.info["dovecot_conf"]

    def doveadm(self, *a):
        r = subprocess.run(["doveadm", "-c", self.conf, *a], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode != 0:
            sys.exit("doveadm %s: %s" % (" ".join(a), r.stderr.decode(errors="replace")))
        return r.stdout.decode()

    def stop(self):
        self.proc.stdin.close()  # the script stops Dovecot at stdin EOF
        self.proc.wait(timeout=60)


def prepare(server, args):
    marker = os.path.join(server.d, "bench-data.json")
    want = {"messages": args.messages, "offline": args.offline, "seed": args.seed, "profile": args.profile}
    if os.path.exists(marker):
        with open(marker) as f:
            have = json.load(f)
        if all(have.get(k) == v for k, v in want.items()):
            return have
    with open(os.path.join(server.d, "passwd")) as f:
        fields = [line.split(":") for line in f if line.startswith(USER + ":")][0]
    uid, gid, home = int(fields[2]), int(fields[3]), fields[5]
    maildir = os.path.join(home, "Maildir")
    shutil.rmtree(maildir, ignore_errors=True)
    log("generating %d messages into %s ..." % (args.messages, maildir))
    t = time.monotonic()
    r = subprocess.run([sys.executable, GENMAILDIR, "--count", str(args.messages), "--seed", str(args.seed),
                        "--profile", args.profile, "--maildir", maildir, "--uid", str(uid), "--gid", str(gid)],
                       stdout=subprocess.PIPE, check=True)
    stats = json.loads(r.stdout)
    log("  %s (%.0f s)" % (json.dumps(stats), time.monotonic() - t))
    # The second mailbox (Maildir++ ".Offline") shares the first files by hard links.
    offline = os.path.join(maildir, ".Offline")
    for sub in ("", "cur", "new", "tmp"):
        os.makedirs(os.path.join(offline, sub), mode=0o700, exist_ok=True)
        os.chown(os.path.join(offline, sub), uid, gid)
    open(os.path.join(offline, "maildirfolder"), "w").close()
    os.chown(os.path.join(offline, "maildirfolder"), uid, gid)
    names = sorted(os.listdir(os.path.join(maildir, "cur")), key=lambda n: int(n.split("Q", 1)[1].split(".", 1)[0]))
    offline_bytes = 0
    for name in names[:args.offline]:
        os.link(os.path.join(maildir, "cur", name), os.path.join(offline, "cur", name))
        offline_bytes += int(name.split(",S=", 1)[1].split(",", 1)[0])
    t = time.monotonic()
    server.doveadm("force-resync", "-u", USER, "INBOX")
    server.doveadm("force-resync", "-u", USER, "Offline")
    log("  force-resync %.0f s" % (time.monotonic() - t))
    status = server.doveadm("mailbox", "status", "-u", USER, "messages", "INBOX")
    if int(status.split("=")[1]) != args.messages:
        sys.exit("INBOX has %s, expected %d" % (status.strip(), args.messages))
    have = dict(want, stats=stats, offline_bytes=offline_bytes)
    with open(marker, "w") as f:
        json.dump(have, f)
    return have


# ---------------------------------------------------------------- running the sides

def side(args, server, mode, *extra):
    if mode.startswith("imaplib-"):
        cmd = [sys.executable, os.path.abspath(__file__), "imaplib", "--port", str(server.port),
               "--mode", mode[len("imaplib-"):], "--items", args.items, *extra]
    else:
        cmd = [args.client, mode, "--port", str(server.port), "--user", USER, "--password", PASSWORD, *extra]
        if args.compress and mode.startswith("pigeon-"):
            # Pigeon's default skips COMPRESS on loopback (Net::shouldCompress): force it.
            cmd += ["--compression", "on"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit("%s failed: %s" % (mode, r.stderr.decode(errors="replace")[-2000:]))
    out = json.loads(r.stdout.decode().strip().splitlines()[-1])
    out["load"] = loadavg()
    return out


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "imaplib":
        p = argparse.ArgumentParser()
        p.add_argument("--port", type=int, required=True)
        p.add_argument("--mode", required=True)
        p.add_argument("--items", required=True)
        p.add_argument("--mailbox", default="Offline")
        imaplib_side(p.parse_args(sys.argv[2:]))
        return
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--client", required=True, help="the bench_imap_client executable")
    p.add_argument("--messages", type=int, default=100000)
    p.add_argument("--offline", type=int, default=10000, help="messages in the 'download all' mailbox")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profile", default="recipe", choices=["recipe", "store"])
    p.add_argument("--data", default=os.environ.get("PIGEON_BENCH_DIR", "/tmp/pigeon-bench"))
    p.add_argument("--max-batch", default="1000", help="UidFetchHeadersOp's largest batch")
    p.add_argument("--no-imaplib", action="store_true")
    p.add_argument("--compress", action="store_true",
                   help="let the server offer COMPRESS=DEFLATE (Pigeon then compresses; the others do not)")
    p.add_argument("--pigeon", choices=["sync", "engine"], default="sync",
                   help="Pigeon's side: Sync::ImapSync into the store (default), or the engine's ops"
                        " driven by the bench (rows into the store with Store::ImapCache)")
    p.add_argument("--json", help="write every measurement here")
    args = p.parse_args()
    args.items = subprocess.run([args.client, "items"], stdout=subprocess.PIPE, check=True).stdout.decode().strip()

    d = os.path.join(args.data, "imap-%s-s%d-%d" % (args.profile, args.seed, args.messages))
    os.makedirs(d, exist_ok=True)
    os.chmod(args.data, 0o755)
    log("machine: %d cores, load %s, %s" % (os.cpu_count(), " ".join(loadavg()), cpu_model()))
    server = Server(d, compress=args.compress)
    results = {"rounds": [], "items": args.items}
    try:
        data = prepare(server, args)
        results["data"] = data
        log("data: %s" % json.dumps(data))
        log("items: %s" % args.items)
        os.sync()
        for i in range(2):
            w = side(args, server, "raw-all")
            b = side(args, server, "raw-bodies", "--mailbox", "Offline")
            log("warm-up %d: raw header drain %.3f s (%d msgs, %.1f MB), raw body drain %.3f s (%.1f MB)" % (
                i + 1, w["fetch_s"], w["messages"], w["fetch_bytes"] / 1e6, b["fetch_s"], b["fetch_bytes"] / 1e6))
            results.setdefault("warmup", []).append({"headers": w, "bodies": b})
        rng = random.Random(args.seed)
        for r in range(args.runs):
            rnd = {}
            uids = ",".join(str(u) for u in rng.sample(range(1, args.messages + 1), 10))
            server.doveadm("flags", "remove", "-u", USER, "\\Flagged", "mailbox", "INBOX", "uid", uids)
            settle(args, server)
            state = os.path.join(d, "state-%d.json" % r)
            rnd["raw-first100"] = side(args, server, "raw-first100")
            hstore = os.path.join(d, "store-headers")
            shutil.rmtree(hstore, ignore_errors=True)
            if args.pigeon == "sync":
                # A never-seen account: the store is new, ImapSync lists the folders first.
                rnd["pigeon-headers"] = pigeon_sync_side(args, server, "--store", hstore, "--state", state)
            else:
                rnd["pigeon-headers"] = side(args, server, "pigeon-headers", "--state", state,
                                             "--max-batch", args.max_batch, "--store", hstore)
            rnd["pigeon-offline"] = side(args, server, "pigeon-offline", "--store", hstore)
            rnd["raw-all"] = side(args, server, "raw-all")
            if not args.no_imaplib:
                rnd["imaplib-headers"] = side(args, server, "imaplib-headers")
            server.doveadm("flags", "add", "-u", USER, "\\Flagged", "mailbox", "INBOX", "uid", uids)
            # Dovecot's maildir renames a file per flag change, and the sessions that follow
            # re-read the 100,000-entry cur/ directory (~1 s here, for any client) until its
            # mtime is a few seconds old. A raw reopen takes that hit first (reported as such),
            # then the server settles, then the two compared reopens run.
            rnd["raw-reopen-maildir-sync"] = side(args, server, "raw-reopen", "--state", state)
            settle(args, server)
            if args.pigeon == "sync":
                # The same store as the listing above: ImapSync reopens with QRESYNC.
                rnd["pigeon-reopen"] = pigeon_sync_side(args, server, "--store", hstore)
            else:
                rnd["pigeon-reopen"] = side(args, server, "pigeon-reopen", "--state", state)
            shutil.rmtree(hstore, ignore_errors=True)
            rnd["raw-reopen"] = side(args, server, "raw-reopen", "--state", state)
            os.sync()
            rnd["raw-bodies"] = side(args, server, "raw-bodies", "--mailbox", "Offline")
            store = os.path.join(d, "store-run")
            shutil.rmtree(store, ignore_errors=True)
            os.sync()
            if args.pigeon == "sync":
                rnd["pigeon-bodies"] = pigeon_sync_side(args, server, "--store", store, "--mailbox", "Offline",
                                                        "--depth", "full")
            else:
                rnd["pigeon-bodies"] = side(args, server, "pigeon-bodies", "--mailbox", "Offline", "--store", store)
            shutil.rmtree(store, ignore_errors=True)
            floor_bytes = int(rnd["pigeon-bodies"].get("download_file_bytes") or rnd["raw-bodies"]["fetch_bytes"])
            for key, release in (("disk-floor", "off"), ("disk-floor-released", "on")):
                rnd[key] = side(args, server, "disk-floor", "--store", os.path.join(d, "store-floor"),
                                "--bytes", str(floor_bytes), "--batch-bytes", str(16 << 20), "--release", release)
            shutil.rmtree(os.path.join(d, "store-floor"), ignore_errors=True)
            if not args.no_imaplib:
                rnd["imaplib-bodies"] = side(args, server, "imaplib-bodies")
            results["rounds"].append(rnd)
            report_round(r + 1, rnd)
            check(rnd, args)
        summary(results)
    finally:
        server.stop()
    log("machine after: load %s" % " ".join(loadavg()))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


def pigeon_sync_side(args, server, *extra):
    """Sync::ImapSync (bench_imap_client pigeon-sync), its figures under the names the
    engine-only modes use, so both print the same way."""
    o = side(args, server, "pigeon-sync", *extra)
    o.update({"login_s": 0.0, "select_s": 0.0, "fetch_s": o["sync_s"], "rows": o["cached"],
              "stored": o.get("stored", o["cached"]), "batches": 0, "convert_cpu_s": 0.0, "store_cpu_s": 0.0,
              "bytes": o["sync_bytes"], "total_s": o["sync_s"], "select_bytes": o["sync_bytes"],
              "vanished": o["removed"], "all_from_connect": True})
    if "download_s" in o:
        o.update({"fetch_s": o["download_s"], "fetch_cpu_s": o["download_cpu_s"], "store_s": 0.0,
                  "fsync_batches": 0, "messages": o["stored"]})
    return o


def settle(args, server):
    """Lets Dovecot absorb a change made by doveadm: maildir treats a directory whose mtime
    is less than a couple of seconds old as still changing and rescans it in every session."""
    time.sleep(3)
    side(args, server, "raw-examine", "--mailbox", "INBOX")


def check(r, args):
    """Every side must have received all it asked for, or its time means nothing."""
    want = {("raw-first100", "messages"): min(100, args.messages), ("raw-all", "messages"): args.messages,
            ("pigeon-headers", "rows"): args.messages, ("pigeon-headers", "stored"): args.messages,
            ("pigeon-offline", "rows"): min(100, args.messages), ("pigeon-offline", "cached"): args.messages,
            ("pigeon-reopen", "changed"): 10,
            ("raw-reopen", "messages"): 10, ("raw-bodies", "messages"): args.offline,
            ("pigeon-bodies", "stored"): args.offline}
    if "imaplib-headers" in r:
        want[("imaplib-headers", "messages")] = args.messages
        want[("imaplib-bodies", "messages")] = args.offline
    bad = ["%s %s = %s, expected %s" % (k[0], k[1], r[k[0]][k[1]], v) for k, v in want.items() if r[k[0]][k[1]] != v]
    if bad:
        sys.exit("bench_imap.py: " + "; ".join(bad))


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def all_base(pigeon, raw):
    """ImapSync's time runs from the connection; the engine's from its first FETCH."""
    return raw["total_s"] if pigeon.get("all_from_connect") else raw["fetch_s"]


def report_round(n, r):
    ph, rf, ra = r["pigeon-headers"], r["raw-first100"], r["raw-all"]
    log("round %d (load %s)" % (n, " ".join(ph["load"])))
    log("  first 100:  raw %.1f ms (select %.1f, fetch %.1f)   pigeon %.1f ms (select %.1f)   ratio %.2f" % (
        rf["total_s"] * 1e3, rf["select_s"] * 1e3, rf["fetch_s"] * 1e3, ph["first100_s"] * 1e3,
        ph["select_s"] * 1e3, ph["first100_s"] / rf["total_s"]))
    log("  all headers: raw fetch %.3f s (%d msgs, %.1f MB, cpu %.2f s)   pigeon fetch+store %.3f s (%d rows, %d"
        " batches, cpu %.2f s of which rows %.2f s and store %.2f s, peak RSS %.0f MiB)   ratio %.2f" % (
            ra["fetch_s"], ra["messages"], ra["fetch_bytes"] / 1e6, ra["cpu_s"], ph["fetch_s"], ph["stored"],
            ph["batches"], ph["cpu_s"], ph["convert_cpu_s"], ph["store_cpu_s"], ph["peak_rss_kib"] / 1024,
            ph["fetch_s"] / all_base(ph, ra)))
    if ph.get("phases"):
        log("    ImapSync's first sync, server steps done at: %s" % ", ".join(
            "%s %.0f ms" % (k[:-len("_done_s")], v * 1e3) for k, v in sorted(ph["phases"].items(), key=lambda kv: kv[1])))
    if ph.get("all_from_connect"):
        log("    (ImapSync: connect, login, LIST, SELECT, SEARCH and every batch stored: %.3f s; raw from connect %.3f s)"
            % (ph["fetch_s"], ra["total_s"]))
    po = r["pigeon-offline"]
    log("  offline start: open store %.1f ms + newest 100 of %d cached rows %.1f ms = %.1f ms, peak RSS %.0f MiB" % (
        po["open_s"] * 1e3, po["cached"], po["list_s"] * 1e3, po["total_s"] * 1e3, po["peak_rss_kib"] / 1024))
    if "imaplib-headers" in r:
        ih = r["imaplib-headers"]
        log("  imaplib: first 100 %.1f ms, all headers fetch %.3f s (%.1fx raw), cpu %.2f s, peak RSS %.0f MiB" % (
            ih["first100_s"] * 1e3, ih["fetch_s"], ih["fetch_s"] / ra["fetch_s"], ih["cpu_s"],
            ih["peak_rss_kib"] / 1024))
    pr, rr, rs = r["pigeon-reopen"], r["raw-reopen"], r["raw-reopen-maildir-sync"]
    log("  QRESYNC reopen: pigeon %.1f ms total (login %.1f, select %.1f ms), %d B (%d changed, %d vanished);"
        " raw %.1f ms total (select %.1f ms), %d B; first session after the change (maildir rescan): raw select"
        " %.1f ms" % (pr["total_s"] * 1e3, pr["login_s"] * 1e3, pr["select_s"] * 1e3, pr["bytes"], pr["changed"],
                      pr["vanished"], rr["total_s"] * 1e3, rr["select_s"] * 1e3, rr["bytes"], rs["select_s"] * 1e3))
    pb, rb = r["pigeon-bodies"], r["raw-bodies"]
    log("  download all: raw fetch %.3f s (%d msgs, %.1f MB)   pigeon fetch+store %.3f s (%d stored, %d fsync"
        " batches, in store %.2f s, cpu %.2f s, peak RSS %.0f MiB)   ratio %.2f" % (
            rb["fetch_s"], rb["messages"], rb["fetch_bytes"] / 1e6, pb["fetch_s"], pb["stored"], pb["fsync_batches"],
            pb["store_s"], pb["fetch_cpu_s"], pb["peak_rss_kib"] / 1024, pb["fetch_s"] / rb["fetch_s"]))
    if "disk-floor" in r:
        df, dr = r["disk-floor"], r["disk-floor-released"]
        log("  disk floor: the same %.1f MB in %d batches of 16 MiB, pwrite + fdatasync each, new file: %.3f s"
            " (cpu %.2f s); pages released after each sync (as Pigeon's download): %.3f s (cpu %.2f s)"
            "   pigeon / released floor %.2f" % (
                df["bytes"] / 1e6, df["batches"], df["write_s"], df["write_cpu_s"], dr["write_s"], dr["write_cpu_s"],
                pb["fetch_s"] / dr["write_s"]))
    if "imaplib-bodies" in r:
        ib = r["imaplib-bodies"]
        log("  imaplib bodies: %.3f s (%.1fx raw), peak RSS %.0f MiB" % (
            ib["fetch_s"], ib["fetch_s"] / rb["fetch_s"], ib["peak_rss_kib"] / 1024))


def summary(results):
    rounds = results["rounds"]

    def vals(side_, key):
        return [r[side_][key] for r in rounds if side_ in r]

    def fmt(v, scale=1.0):
        return "min %.3f / median %.3f" % (min(v) * scale, statistics.median(v) * scale)
    log("\nsummary over %d rounds" % len(rounds))
    first = [r["pigeon-headers"]["first100_s"] / r["raw-first100"]["total_s"] for r in rounds]
    allr = [r["pigeon-headers"]["fetch_s"] / all_base(r["pigeon-headers"], r["raw-all"]) for r in rounds]
    body = [r["pigeon-bodies"]["fetch_s"] / r["raw-bodies"]["fetch_s"] for r in rounds]
    log("  first 100 ready: pigeon %s ms, raw %s ms; ratio %s (target <= 1.5)" % (
        fmt(vals("pigeon-headers", "first100_s"), 1e3), fmt(vals("raw-first100", "total_s"), 1e3), fmt(first)))
    raw_all = [all_base(r["pigeon-headers"], r["raw-all"]) for r in rounds]
    log("  all headers: pigeon %s s, raw %s s; ratio %s (target <= 1.3); peak RSS max %.0f MiB (target < 150)" % (
        fmt(vals("pigeon-headers", "fetch_s")), fmt(raw_all), fmt(allr),
        max(vals("pigeon-headers", "peak_rss_kib")) / 1024))
    log("  offline start (open store + newest 100 rows): %s ms (target < 200)" % fmt(vals("pigeon-offline", "total_s"), 1e3))
    log("  QRESYNC reopen: pigeon %s ms, bytes max %d (targets < 100 ms, < 10 KB); raw %s ms; first session after"
        " the change (maildir rescan, raw) %s ms" % (
            fmt(vals("pigeon-reopen", "total_s"), 1e3), max(vals("pigeon-reopen", "bytes")),
            fmt(vals("raw-reopen", "total_s"), 1e3), fmt(vals("raw-reopen-maildir-sync", "total_s"), 1e3)))
    cpu = [r["pigeon-headers"]["cpu_s"] / r["pigeon-headers"]["rows"] * 1e6 for r in rounds]
    log("  Pigeon header listing CPU: %s us per message (whole process: session, parser, RFC 2047 rows)" % fmt(cpu))
    log("  download all: pigeon %s s, raw %s s; ratio %s (target <= 2)" % (
        fmt(vals("pigeon-bodies", "fetch_s")), fmt(vals("raw-bodies", "fetch_s")), fmt(body)))
    if all("disk-floor" in r for r in rounds):
        log("  disk floor (the same bytes, 16 MiB pwrite + fdatasync each): %s s; pages released after each sync"
            " %s s; pigeon / released floor %s" % (
                fmt(vals("disk-floor", "write_s")), fmt(vals("disk-floor-released", "write_s")),
                fmt([r["pigeon-bodies"]["fetch_s"] / r["disk-floor-released"]["write_s"] for r in rounds])))
    if any("imaplib-headers" in r for r in rounds):
        log("  imaplib: headers %s s (%.1fx raw median), bodies %s s" % (
            fmt(vals("imaplib-headers", "fetch_s")),
            statistics.median(vals("imaplib-headers", "fetch_s")) / statistics.median(vals("raw-all", "fetch_s")),
            fmt(vals("imaplib-bodies", "fetch_s"))))


if __name__ == "__main__":
    main()
