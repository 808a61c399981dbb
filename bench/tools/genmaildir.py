#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Deterministic realistic mail written straight into a Maildir's cur/ (for Dovecot).

Messages come from genmail.py's generator (English, Polish, Russian and Persian text;
RFC 2047 headers in five charsets; 40 % multipart/alternative; 12 % with 1-3 base64
attachments; body lines starting with "From "), plus what an IMAP header listing sees
of a real mailbox: In-Reply-To on replies (threads), Cc on a quarter of the messages,
and server flags (most old mail \\Seen, some \\Answered / \\Flagged).

Size profiles:
  recipe  shared/RECIPE.md §7: median ~8.6 KB, mean ~60 KB, p90 ~110 KB, max ~4.7 MB
          (100,000 messages are ~6 GB)
  store   genmail.py's own mix (1 GiB per ~88,000 messages)

Files are named as Dovecot expects (RECIPE §4.6):
  <time>.M<usecs>P<n>Q<n>.pigeon-bench,S=<bytes>,W=<bytes with CRLF>:2,<sorted flags>
with the mtime (= INTERNALDATE) taken from the Date header, so UIDs follow message
order after `doveadm force-resync`. Message n always has the same bytes for a seed,
whatever --jobs is.

  genmaildir.py --count 100000 --seed 1 --maildir DIR/Maildir [--uid U --gid G] [--jobs 2]

Prints one JSON line of statistics (count, bytes, median, mean, p90, max) on stdout.
"""
import argparse
import json
import math
import multiprocessing
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genmail  # noqa: E402  (same directory)

START = 1704067200  # 2024-01-01, as genmail.py


def recipe_text_size(rng):
    # Text (before the HTML copy of multipart/alternative and the headers): median ~6 KB.
    return int(min(600_000, max(200, rng.lognormvariate(math.log(6000), 0.8))))


def recipe_attachment_size(rng):
    # Raw bytes before base64; 12 % of messages carry 1-3 of these (mean message ~60 KB).
    if rng.random() < 0.004:
        return rng.randint(2_000_000, 3_500_000)  # the rare big one (~4.7 MB encoded)
    return int(min(2_000_000, max(20_000, rng.lognormvariate(math.log(90_000), 1.0))))


PROFILES = {
    "recipe": (recipe_text_size, recipe_attachment_size),
    "store": (genmail.text_size, genmail.attachment_size),
}


def enrich(msg, rng, n):
    """Adds Cc and In-Reply-To (genmail.py writes neither), which ENVELOPE carries."""
    head, sep, body = msg.partition(b"\n\n")
    lines = head.split(b"\n")
    out = []
    for line in lines:
        out.append(line)
        if line.startswith(b"To: ") and rng.random() < 0.25:
            cc = []
            for i in range(rng.randint(1, 3)):
                lang = rng.choice(list(genmail.NAMES))
                name = genmail.encoded_word(rng.choice(genmail.NAMES[lang]), "utf-8")
                cc.append("%s <c%d@%s>" % (name, (n + i) % 700, rng.choice(genmail.DOMAINS)))
            out.append(("Cc: " + ",\n ".join(cc)).encode("ascii"))
        elif line.startswith(b"References: "):
            out.append(b"In-Reply-To: " + line[len(b"References: "):])
    return b"\n".join(out) + sep + body


def flags_for(rng, n, count):
    # The newest 2 % are unread; older mail mostly read, some answered or flagged.
    f = ""
    if n < count * 0.98 and rng.random() < 0.93:
        f += "S"
    if rng.random() < 0.08:
        f += "R"
    if rng.random() < 0.03:
        f += "F"
    return "".join(sorted(f))


def make(seed, n, count, profile):
    genmail.text_size, genmail.attachment_size = PROFILES[profile]
    rng = random.Random(seed * 1_000_003 + n)
    secs = START + n * 300 + rng.randint(0, 299)
    msg = enrich(genmail.message(rng, n, time.gmtime(secs)), rng, n)
    return secs, msg, flags_for(rng, n, count)


def work(task):
    seed, first, last, count, profile, cur, uid, gid = task
    sizes = []
    for n in range(first, last):
        secs, msg, flags = make(seed, n, count, profile)
        size = len(msg)
        wsize = size + msg.count(b"\n") - msg.count(b"\r\n")
        name = "%d.M%dP%dQ%d.pigeon-bench,S=%d,W=%d:2,%s" % (secs, n % 1_000_000, n, n, size, wsize, flags)
        path = os.path.join(cur, name)
        with open(path, "wb") as f:
            f.write(msg)
        if uid >= 0:
            os.chown(path, uid, gid)  # before Dovecot sees it (RECIPE §4.6)
        os.utime(path, (secs, secs))
        sizes.append(size)
    return sizes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", choices=sorted(PROFILES), default="recipe")
    ap.add_argument("--maildir", required=True, help="the Maildir (cur/, new/, tmp/ are created)")
    ap.add_argument("--uid", type=int, default=-1, help="owner of the files (the mail user)")
    ap.add_argument("--gid", type=int, default=-1)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    for sub in ("", "cur", "new", "tmp"):
        d = os.path.join(args.maildir, sub)
        os.makedirs(d, mode=0o700, exist_ok=True)
        if args.uid >= 0:
            os.chown(d, args.uid, args.gid)
    cur = os.path.join(args.maildir, "cur")
    step = 2000
    tasks = [(args.seed, a, min(a + step, args.count), args.count, args.profile, cur, args.uid, args.gid)
             for a in range(0, args.count, step)]
    t0 = time.monotonic()
    sizes = []
    with multiprocessing.Pool(max(1, args.jobs)) as pool:
        for part in pool.imap(work, tasks):
            sizes += part
    sizes.sort()
    n = len(sizes)
    stats = {"count": n, "bytes": sum(sizes), "median": sizes[n // 2] if n else 0,
             "mean": round(sum(sizes) / n) if n else 0, "p90": sizes[int(n * 0.9)] if n else 0,
             "max": sizes[-1] if n else 0, "seconds": round(time.monotonic() - t0, 1),
             "profile": args.profile, "seed": args.seed}
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
