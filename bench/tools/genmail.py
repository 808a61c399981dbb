#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Deterministic generator of realistic mail for benchmarks, written as an mboxrd file.

Properties (see shared/RECIPE.md §7): subjects, names and bodies in English, Polish,
Russian and Persian; RFC 2047 headers in UTF-8, KOI8-R, windows-1251, ISO-8859-2 and
windows-1256 (the charset matching the language), some raw 8-bit bodies; ~40 %
multipart/alternative; ~12 % with 1-3 base64 attachments; ~10 % with body lines that
start with "From " (so the mbox writer must quote them); sizes from a few hundred bytes
to several MB with a median of several KB. The same seed always gives the same bytes.

  genmail.py --count 100000 --size 1GiB --seed 1 -o bench.mbox
"""
import argparse
import base64
import random
import sys

WORDS = {
    "en": ("meeting report budget invoice project deadline review quarterly update team schedule "
           "customer release server backup network weekend holiday travel contract proposal "
           "question answer thanks regards please attached document version draft final").split(),
    "pl": ("spotkanie raport budżet faktura projekt termin przegląd kwartalny zespół harmonogram "
           "klient wydanie serwer kopia sieć weekend urlop podróż umowa propozycja pytanie "
           "odpowiedź dziękuję pozdrawiam proszę załącznik dokument wersja zażółć gęślą jaźń łódź").split(),
    "ru": ("встреча отчёт бюджет счёт проект срок обзор квартальный команда расписание клиент "
           "выпуск сервер резервная сеть выходные отпуск поездка договор предложение вопрос "
           "ответ спасибо привет пожалуйста вложение документ версия ещё мой").split(),
    "fa": ("جلسه گزارش بودجه فاکتور پروژه مهلت بررسی فصلی تیم برنامه مشتری انتشار سرور "
           "پشتیبان شبکه تعطیلات سفر قرارداد پیشنهاد سؤال پاسخ ممنون سلام لطفاً پیوست سند "
           "نسخه کتاب‌ها می‌خواهم").split(),
}
NAMES = {
    "en": ["John Smith", "Mary Johnson", "Robert Brown", "Linda Davis", "James Wilson"],
    "pl": ["Łukasz Żółkowski", "Małgorzata Wójcik", "Paweł Ślęzak", "Zofia Kowalczyk", "Grzegorz Bąk"],
    "ru": ["Иван Петров", "Мария Сидорова", "Алексей Смирнов", "Ольга Кузнецова", "Дмитрий Попов"],
    "fa": ["علی رضایی", "مریم احمدی", "حسین محمدی", "زهرا کریمی", "رضا حسینی"],
}
CHARSETS = {"en": ["utf-8"], "pl": ["utf-8", "iso-8859-2"], "ru": ["utf-8", "koi8-r", "windows-1251"],
            "fa": ["utf-8", "windows-1256"]}
PY_CODEC = {"utf-8": "utf-8", "iso-8859-2": "iso8859_2", "koi8-r": "koi8_r", "windows-1251": "cp1251",
            "windows-1256": "cp1256"}
DOMAINS = ["example.org", "example.com", "example.net", "mail.example.pl", "post.example.ru"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def encoded_word(text, charset):
    raw = text.encode(PY_CODEC[charset], errors="replace")
    if all(b < 128 for b in raw):
        return text
    return "=?%s?B?%s?=" % (charset.upper(), base64.b64encode(raw).decode("ascii"))


def sentence(rng, lang, n):
    return " ".join(rng.choice(WORDS[lang]) for _ in range(n)).capitalize() + "."


def paragraph_text(rng, lang, target):
    lines, size = [], 0
    while size < target:
        line = sentence(rng, lang, rng.randint(5, 14))
        if rng.random() < 0.02:
            line = "From " + line  # a body line an mbox writer must quote
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
        if rng.random() < 0.15:
            lines.append("")
    return "\n".join(lines) + "\n"


def wrap_base64(data):
    enc = base64.b64encode(data)
    return b"\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)) + b"\n"


def body_part(rng, lang, charset, text, subtype="plain"):
    raw = text.encode(PY_CODEC[charset], errors="replace")
    if charset == "utf-8" and rng.random() < 0.5:
        cte, data = "base64", wrap_base64(raw)
    else:
        cte, data = ("8bit" if any(b >= 128 for b in raw) else "7bit"), raw
    head = ("Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n\n" % (subtype, charset, cte)).encode()
    return head + data


def text_size(rng):
    # Log-normal: median ~2 KB of text, long tail (sized so that 100,000 messages make
    # about 1 GiB together with the attachments below).
    return int(min(400_000, max(120, rng.lognormvariate(7.6, 0.9))))


def attachment_size(rng):
    if rng.random() < 0.002:
        return rng.randint(1_000_000, 3_400_000)  # the rare big one (~4.7 MB encoded max)
    return int(min(600_000, max(4_000, rng.lognormvariate(9.7, 0.7))))


def message(rng, n, t):
    lang = rng.choices(["en", "pl", "ru", "fa"], weights=[40, 20, 25, 15])[0]
    charset = rng.choice(CHARSETS[lang])
    sender, rcpt = rng.choice(NAMES[lang]), rng.choice(NAMES[rng.choice(list(NAMES))])
    sdom, rdom = rng.choice(DOMAINS), rng.choice(DOMAINS)
    subject = sentence(rng, lang, rng.randint(2, 7)).rstrip(".")
    if rng.random() < 0.2:
        subject = "Re: " + subject
    tm = t
    date = "%s, %d %s %d %02d:%02d:%02d +0%d00" % (DAYS[tm[6]], tm[2], MONTHS[tm[1] - 1], tm[0], tm[3], tm[4], tm[5],
                                                   rng.randint(0, 4))
    msgid = "<%d.%x@%s>" % (n, rng.getrandbits(40), sdom)
    headers = [
        "Return-Path: <s%d@%s>" % (n, sdom),
        "Received: from mx.%s (mx.%s [192.0.2.%d]) by mail.%s with ESMTPS id %x; %s" % (
            sdom, sdom, n % 250, rdom, rng.getrandbits(48), date),
        "From: %s <s%d@%s>" % (encoded_word(sender, charset), n % 5000, sdom),
        "To: %s <r%d@%s>" % (encoded_word(rcpt, "utf-8"), n % 300, rdom),
        "Subject: %s" % encoded_word(subject, charset),
        "Date: %s" % date,
        "Message-ID: %s" % msgid,
        "MIME-Version: 1.0",
    ]
    if rng.random() < 0.3:
        headers.append("References: <%d.%x@%s>" % (max(0, n - rng.randint(1, 50)), rng.getrandbits(40), rdom))
    text = paragraph_text(rng, lang, text_size(rng))
    nattach = rng.choice([1, 1, 2, 3]) if rng.random() < 0.12 else 0
    alternative = rng.random() < 0.4
    parts = []
    if alternative:
        html = "<html><body>" + "".join("<p>%s</p>" % p for p in text.split("\n\n")) + "</body></html>\n"
        b = "alt-%d" % n
        alt = ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
        alt += b"--" + b.encode() + b"\n" + body_part(rng, lang, charset, text)
        alt += b"--" + b.encode() + b"\n" + body_part(rng, lang, charset, html, "html")
        alt += b"--" + b.encode() + b"--\n"
        parts.append(alt)
    else:
        parts.append(body_part(rng, lang, charset, text))
    for i in range(nattach):
        data = rng.randbytes(attachment_size(rng))
        name = rng.choice(["report", "scan", "photo", "faktura", "отчёт", "گزارش"]) + "-%d.%s" % (
            i, rng.choice(["pdf", "jpg", "zip", "docx"]))
        parts.append(("Content-Type: application/octet-stream; name=\"%s\"\n"
                      "Content-Disposition: attachment; filename=\"%s\"\n"
                      "Content-Transfer-Encoding: base64\n\n" % (encoded_word(name, "utf-8"),
                                                                  encoded_word(name, "utf-8"))).encode()
                     + wrap_base64(data))
    head = "\n".join(headers).encode("ascii") + b"\n"
    if len(parts) == 1:
        return head + parts[0]
    b = "mixed-%d" % n
    out = head + ("Content-Type: multipart/mixed; boundary=\"%s\"\n\n" % b).encode()
    for p in parts:
        out += b"--" + b.encode() + b"\n" + p
    return out + b"--" + b.encode() + b"--\n"


def quote(msg):
    # mboxrd: every line matching ^>*From gets one more '>'
    lines = msg.split(b"\n")
    for i, line in enumerate(lines):
        stripped = line.lstrip(b">")
        if stripped.startswith(b"From "):
            lines[i] = b">" + line
    return b"\n".join(lines)


def parse_size(s):
    s = s.strip().lower()
    for suffix, mul in (("gib", 1 << 30), ("mib", 1 << 20), ("kib", 1 << 10), ("g", 10 ** 9), ("m", 10 ** 6)):
        if s.endswith(suffix):
            return int(float(s[: -len(suffix)]) * mul)
    return int(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100000, help="number of messages (upper bound)")
    ap.add_argument("--size", default="0", help="stop once the file is this big (e.g. 1GiB); 0 = no limit")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    limit = parse_size(args.size)
    start = 1704067200  # 2024-01-01
    import time as _t
    written = 0
    with open(args.output, "wb") as f:
        for n in range(args.count):
            secs = start + n * 300 + rng.randint(0, 299)
            t = _t.gmtime(secs)
            msg = message(rng, n, t)
            rec = b"From s%d@example.org %s %s %2d %02d:%02d:%02d %d\n" % (
                n, DAYS[t[6]].encode(), MONTHS[t[1] - 1].encode(), t[2], t[3], t[4], t[5], t[0])
            rec += quote(msg) + b"\n"
            f.write(rec)
            written += len(rec)
            if limit and written >= limit:
                n += 1
                break
        else:
            n = args.count
    print("%s: %d messages, %d bytes" % (args.output, n if limit else args.count, written), file=sys.stderr)


if __name__ == "__main__":
    main()
