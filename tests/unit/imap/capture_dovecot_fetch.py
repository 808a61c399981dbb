#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Capture what a real Dovecot says about the shared corpus, as test data for the parser.

Starts a private Dovecot on a free loopback port (config per shared/RECIPE.md), saves every
corpus .eml into INBOX with doveadm, then records the server's raw bytes for
  UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)
  UID FETCH 1:* (BODY)
plus LIST/STATUS/NAMESPACE/ID after creating Cyrillic and Persian folders. Output: the
server side of the session, byte for byte (tests/transcripts/imap/dovecot-corpus.bin), and
the file names in UID order (dovecot-corpus.files).

Usage (as root, dovecot-core + dovecot-imapd installed):
  tests/unit/imap/capture_dovecot_fetch.py SHARED_CORPUS_DIR OUTPUT_DIR
"""
import os
import pathlib
import pwd
import grp
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    corpus, out_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    emls = sorted(p for p in corpus.rglob("*.eml"))
    d = pathlib.Path(tempfile.mkdtemp(prefix="pigeon-imapcap-"))
    os.chmod(d, 0o755)
    port = free_port()
    nobody = pwd.getpwnam("nobody")
    for sub in ("run", "state", "log", "mail"):
        (d / sub).mkdir()
    os.chown(d / "mail", nobody.pw_uid, nobody.pw_gid)
    (d / "passwd").write_text(f"alice:{{PLAIN}}secret:{nobody.pw_uid}:{nobody.pw_gid}::{d}/mail/alice::\n")
    os.chown(d / "passwd", 0, grp.getgrnam("dovecot").gr_gid)
    os.chmod(d / "passwd", 0o640)
    conf = d / "dovecot.conf"
    conf.write_text(f"""instance_name = pigeon-imapcap-{port}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/log/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {d}/passwd
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
""")
    subprocess.run(["dovecot", "-c", str(conf)], check=True)
    try:
        for p in emls:
            with open(p, "rb") as f:
                subprocess.run(["doveadm", "-c", str(conf), "save", "-u", "alice", "-m", "INBOX"],
                               stdin=f, check=True)
        for name in ("Отправленные", "ارسال\u200cشده", "Tom & Jerry", "Archive/2024"):
            subprocess.run(["doveadm", "-c", str(conf), "mailbox", "create", "-s", "-u", "alice", name],
                           check=True)
        for _ in range(50):
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=30)
                break
            except OSError:
                time.sleep(0.1)
        received = bytearray()

        def read_until(tag):
            while not received.rstrip().split(b"\r\n")[-1].startswith(tag):
                chunk = sock.recv(65536)
                if not chunk:
                    raise RuntimeError("connection closed")
                received.extend(chunk)

        read_until(b"* OK")
        commands = [
            b"a1 LOGIN alice secret",
            b"a2 ENABLE CONDSTORE",
            b"a3 NAMESPACE",
            b"a4 ID NIL",
            b"a5 LIST \"\" \"*\" RETURN (SPECIAL-USE SUBSCRIBED CHILDREN)",
            b"a6 LSUB \"\" \"*\"",
            b"a7 STATUS INBOX (MESSAGES UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ SIZE)",
            b"a8 SELECT INBOX (CONDSTORE)",
            b"a9 UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE MODSEQ)",
            b"a10 UID FETCH 1:* (BODY)",
            b"a11 UID FETCH 1:5 (BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)] BODY.PEEK[1]<0.100> BINARY.PEEK[1] BINARY.SIZE[1] PREVIEW)",
            b"a12 UID SEARCH RETURN (MIN MAX COUNT ALL) ALL",
            b"a13 UID SEARCH 1:10",
            b"a14 LOGOUT",
        ]
        for c in commands:
            sock.sendall(c + b"\r\n")
            read_until(c.split(b" ")[0] + b" ")
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "dovecot-corpus.bin").write_bytes(bytes(received))
        (out_dir / "dovecot-corpus.files").write_text(
            "".join(str(p.relative_to(corpus)) + "\n" for p in emls))
        print(f"{len(emls)} messages, {len(received)} bytes captured")
    finally:
        pid = int((d / "run" / "master.pid").read_text())
        os.kill(pid, 15)
        for _ in range(100):
            if not pathlib.Path(f"/proc/{pid}").exists():
                break
            time.sleep(0.1)
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
