#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Real mail servers on loopback for Pigeon's integration tests and demos.

  mailserver.py [serve] --dir DIR [--user NAME:PASSWORD]... [options]
  mailserver.py load --dir DIR --user NAME [--mailbox BOX] [--flags FS] FILE...

`serve` runs in the foreground as a supervisor of a private Dovecot (IMAP, IMAPS, POP3, POP3S)
and an aiosmtpd SMTP server (plain + STARTTLS, implicit TLS), all on free loopback ports chosen
at run time. When every listener accepts it prints ONE JSON line on stdout; it stops everything
on SIGTERM, SIGINT or when its stdin reaches EOF, so the servers die with the process that
started it (the test), whatever happens to that process. Nothing from /etc/dovecot is read.
Lines on stdin are commands: "stop-dovecot" stops Dovecot (mail and ports kept),
"start-dovecot" starts it again on the same ports; each is answered with one JSON line.

Addresses (one Dovecot, one event loop; see /work/shared/RECIPE.md §4.7):
  127.0.0.1  the normal view. Dovecot treats it as "secured" (local IP == remote IP).
  127.0.0.2  same servers, but a client connecting there comes from 127.0.0.1, so Dovecot does
             NOT consider it secured: with --disable-plaintext-auth it announces LOGINDISABLED
             and refuses USER/PASS before STLS. SMTP there is the same plain+STARTTLS server.
  127.0.0.3  same IMAP/POP3/SMTP plain ports, but no STARTTLS/STLS is offered
             (Dovecot `local 127.0.0.3 { protocol imap { ssl = no } }`; an aiosmtpd server
             without a TLS context). For "STARTTLS required but not offered" tests.
Implicit-TLS ports (imaps, pop3s, smtps) listen on 127.0.0.1 only. The server certificate is
for localhost/127.0.0.1, so TLS to .2/.3 fails host-name verification unless pinned.

Needs Debian's dovecot-core dovecot-imapd dovecot-pop3d python3-aiosmtpd openssl; run with
/usr/bin/python3 (aiosmtpd is not visible to a pyenv/venv python).
"""

import argparse
import asyncio
import ctypes
import email.utils
import fcntl
import hashlib
import json
import os
import pwd
import grp
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time

from mailserver_smtp import SmtpSpool, smtp_classes, start_smtp

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "127.0.0.1"
INSECURE_HOST = "127.0.0.2"
NOSTARTTLS_HOST = "127.0.0.3"
DEFAULT_USERS = [("alice", "alice-secret"), ("bob", "bob-secret")]


def fail(msg, code=1):
    print(f"mailserver.py: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


# ---------------------------------------------------------------- identities

def identities():
    """Who runs Dovecot's processes and owns the mail (RECIPE §4.3/§4.4, §6 rootless)."""
    if os.geteuid() == 0:
        for name in ("dovecot", "dovenull"):
            try:
                pwd.getpwnam(name)
            except KeyError:
                fail(f"system user {name!r} missing: install dovecot-core")
        nobody = pwd.getpwnam("nobody")
        return {"internal_user": "dovecot", "internal_group": "dovecot", "login_user": "dovenull",
                "mail_uid": nobody.pw_uid, "mail_gid": nobody.pw_gid, "passwd_group": "dovecot"}
    me = pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(os.getegid()).gr_name
    return {"internal_user": me.pw_name, "internal_group": group, "login_user": me.pw_name,
            "mail_uid": me.pw_uid, "mail_gid": os.getegid(), "passwd_group": group}


def read_passwd(dirpath):
    users = {}
    with open(os.path.join(dirpath, "passwd"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(":")
            if len(parts) >= 6:
                users[parts[0]] = {"uid": int(parts[2]), "gid": int(parts[3]), "home": parts[5]}
    return users


# ---------------------------------------------------------------- loading mail

def maildir_name(data, stamp_us, index, flags):
    """RECIPE §4.6: <time>.<unique>,S=<bytes>,W=<bytes with CRLF>:2,<sorted flags>.
    Dovecot sorts new files by the time and M<usecs> parts, so UIDs follow the given order."""
    size = len(data)
    bare_lf = data.count(b"\n") - data.count(b"\r\n")
    secs, usecs = divmod(stamp_us, 1_000_000)
    return (f"{secs}.M{usecs}P{os.getpid()}Q{index}.pigeon-test,S={size},W={size + bare_lf}"
            f":2,{''.join(sorted(set(flags)))}")


def message_time(data):
    """INTERNALDATE is the file's mtime: take it from the Date header when there is one."""
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    for line in head.splitlines():
        if line[:5].lower() == b"date:":
            try:
                return email.utils.parsedate_to_datetime(line[5:].decode("latin-1").strip()).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                return None
    return None


def doveadm(dirpath, *args, stdin=None):
    conf = os.path.join(dirpath, "dovecot.conf")
    return subprocess.run(["doveadm", "-c", conf, *args], input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)


def load_messages(dirpath, user, files, mailbox="INBOX", flags=""):
    """Puts FILES into USER's MAILBOX. INBOX: written straight into the Maildir, then
    `doveadm force-resync` assigns UIDs (fast, RECIPE §4.6). Other mailboxes: `doveadm save`."""
    users = read_passwd(dirpath)
    if user not in users:
        raise RuntimeError(f"unknown user {user!r}")
    if mailbox != "INBOX":
        r = doveadm(dirpath, "mailbox", "create", "-u", user, mailbox)
        if r.returncode not in (0, 65, 73):  # 73 = EX_CANTCREAT: already exists
            raise RuntimeError(r.stderr.decode(errors="replace"))
        for path in files:
            with open(path, "rb") as f:
                r = doveadm(dirpath, "save", "-u", user, "-m", mailbox, stdin=f.read())
            if r.returncode != 0:
                raise RuntimeError(r.stderr.decode(errors="replace"))
        return len(files)
    u = users[user]
    maildir = os.path.join(u["home"], "Maildir")
    for sub in ("", "cur", "new", "tmp"):
        d = os.path.join(maildir, sub)
        os.makedirs(d, mode=0o700, exist_ok=True)
        os.chown(d, u["uid"], u["gid"])
    stamp = time.time_ns() // 1000
    for i, path in enumerate(files):
        with open(path, "rb") as f:
            data = f.read()
        name = maildir_name(data, stamp + i, i, flags)
        tmp = os.path.join(maildir, "tmp", name)
        with open(tmp, "wb") as f:
            f.write(data)
        os.chown(tmp, u["uid"], u["gid"])   # before Dovecot can see it (RECIPE §4.6)
        os.chmod(tmp, 0o600)
        when = message_time(data)
        if when is not None:
            os.utime(tmp, (when, when))
        os.rename(tmp, os.path.join(maildir, "cur", name))
    r = doveadm(dirpath, "force-resync", "-u", user, "INBOX")
    if r.returncode != 0:
        raise RuntimeError(r.stderr.decode(errors="replace"))
    return len(files)


# ---------------------------------------------------------------- Dovecot

def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def port_free_everywhere(port):
    for host in (HOST, INSECURE_HOST, NOSTARTTLS_HOST):
        with socket.socket() as s:
            try:
                s.bind((host, port))
            except OSError:
                return False
    return True


def pick_ports(names):
    ports = {}
    while len(ports) < len(names):
        p = free_port()
        if p not in ports.values() and port_free_everywhere(p):
            ports[names[len(ports)]] = p
    return ports


def dovecot_conf(d, ids, ports, cert, key, disable_plaintext_auth, auth_failure_delay, auth_penalty,
                 compress=True, inbox_prefix=False):
    tag = hashlib.sha1(d.encode()).hexdigest()[:12]
    # Rootless (RECIPE §6): an ordinary user cannot chroot the login and anvil processes.
    rootless_chroot = "" if os.geteuid() == 0 else "".join(
        f"service {name} {{\n  chroot =\n}}\n" for name in ("imap-login", "pop3-login", "anvil"))
    three = f"{HOST} {INSECURE_HOST} {NOSTARTTLS_HOST}"
    # COMPRESS=DEFLATE (RFC 4978). zlib only decompresses stored mail that is compressed
    # (none here); imap_zlib adds the capability.
    compress_plugins = "  mail_plugins = $mail_plugins zlib imap_zlib\n" if compress else ""
    # Courier's and Cyrus's layout: every folder under INBOX, "." between the levels
    # (RFC 2342 personal namespace "INBOX."); Dovecot's own default is "" and "/".
    namespace = "  prefix = INBOX.\n  separator = .\n" if inbox_prefix else "  separator = /\n"
    return f"""# Written by tests/support/mailserver.py; complete: nothing from /etc/dovecot is read.
instance_name = pigeon-test-{tag}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/log/dovecot.log
info_log_path = {d}/log/dovecot-info.log
protocols = imap pop3
listen = {HOST}
default_internal_user = {ids['internal_user']}
default_internal_group = {ids['internal_group']}
default_login_user = {ids['login_user']}
first_valid_uid = 1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = {'yes' if disable_plaintext_auth else 'no'}
auth_mechanisms = plain login
auth_failure_delay = {auth_failure_delay}
auth_verbose = yes
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
{namespace}  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
{compress_plugins}}}
protocol pop3 {{
  mail_max_userip_connections = 200
}}
{rootless_chroot}service imap-login {{
  inet_listener imap {{
    address = {three}
    port = {ports['imap']}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {ports['imaps']}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    address = {three}
    port = {ports['pop3']}
  }}
  inet_listener pop3s {{
    address = {HOST}
    port = {ports['pop3s']}
    ssl = yes
  }}
}}
{'' if auth_penalty else '''# No growing per-IP delay (2, 4, 8, 15 s) after failed logins: tests fail logins on purpose.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
'''}# No STARTTLS/STLS on the third address ("STARTTLS required but not offered" tests).
# ssl = no cannot be set per listener, but it can per local IP.
local {NOSTARTTLS_HOST} {{
  protocol imap {{
    ssl = no
  }}
  protocol pop3 {{
    ssl = no
  }}
}}
"""


def set_pdeathsig():
    """The Dovecot master dies with the supervisor even if the supervisor is SIGKILLed."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def accepts(host, port):
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def greets(host, port, expected, timeout):
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            return s.recv(512).startswith(expected)
    except OSError:
        return False


class Dovecot:
    def __init__(self, d, ids, args, cert, key):
        self.d, self.ids, self.args, self.cert, self.key = d, ids, args, cert, key
        self.proc = None
        self.ports = None
        self.paused = False

    def start(self):
        conf = os.path.join(self.d, "dovecot.conf")
        for _attempt in range(5):
            self.ports = pick_ports(["imap", "imaps", "pop3", "pop3s"])
            with open(conf, "w", encoding="utf-8") as f:
                f.write(dovecot_conf(self.d, self.ids, self.ports, self.cert, self.key,
                                     self.args.disable_plaintext_auth, self.args.auth_failure_delay,
                                     self.args.auth_penalty, not self.args.no_compress, self.args.inbox_prefix))
            self.spawn(conf)
            if self.wait_listening(15.0):
                return
            running = self.proc.poll() is None
            self.stop()
            log = self.read_logs()
            if running or "Address already in use" not in log:
                fail("Dovecot did not start:\n" + log[-3000:])
        fail("Dovecot: no free ports after 5 attempts")

    def spawn(self, conf):
        with open(os.path.join(self.d, "log", "dovecot.stderr"), "ab") as err:
            # -F: stays our child, so we stop it by PID and wait for it (RECIPE §4.10).
            self.proc = subprocess.Popen(["dovecot", "-F", "-c", conf], stdin=subprocess.DEVNULL,
                                         stdout=err, stderr=err, start_new_session=True,
                                         preexec_fn=set_pdeathsig)

    def pause(self):
        """Stops Dovecot but keeps its mail, configuration and ports: clients see the server
        go away (connections closed, new ones refused) until resume()."""
        self.paused = True
        self.stop()

    def resume(self):
        """Starts Dovecot again on the same ports, with the same mail. A port taken meanwhile
        by another program is retried for a few seconds; returns False if it stays taken."""
        conf = os.path.join(self.d, "dovecot.conf")
        deadline = time.monotonic() + 10
        while True:
            self.spawn(conf)
            if self.wait_listening(15.0):
                self.paused = False
                return True
            self.stop()
            if time.monotonic() > deadline or "Address already in use" not in self.read_logs()[-2000:]:
                return False
            time.sleep(0.2)

    def listeners(self):
        p = self.ports
        out = [(HOST, p["imaps"]), (HOST, p["pop3s"])]
        for host in (HOST, INSECURE_HOST, NOSTARTTLS_HOST):
            out += [(host, p["imap"]), (host, p["pop3"])]
        return out

    def wait_listening(self, timeout):
        """Every listener accepts, and the login processes answer (a greeting on the plain
        IMAP and POP3 ports): an accepting socket alone does not prove that Dovecot works."""
        deadline = time.monotonic() + timeout
        pending = self.listeners()
        while pending and time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            pending = [hp for hp in pending if not accepts(*hp)]
            if pending:
                time.sleep(0.02)
        if pending:
            return False
        for port, ok in ((self.ports["imap"], b"* OK"), (self.ports["pop3"], b"+OK")):
            if not greets(HOST, port, ok, max(0.5, deadline - time.monotonic())):
                return False
        return True

    def read_logs(self):
        text = ""
        for name in ("dovecot.stderr", "dovecot.log"):
            try:
                with open(os.path.join(self.d, "log", name), encoding="utf-8", errors="replace") as f:
                    text += f.read()
            except OSError:
                pass
        return text

    def stop(self):
        """SIGTERM to Dovecot's own process group (the master is its leader: start_new_session),
        so every Dovecot process shuts down at once: about 0.1 s instead of 1-6 s when only the
        master is told and waits for its children and its log process. Only processes this
        supervisor started are signalled; nothing is looked up by name."""
        if self.proc is None:
            return
        pgid = self.proc.pid
        deadline = time.monotonic() + 15
        while self.proc.poll() is None:
            # Repeated: a child the master spawned just before (stats, auth...) would miss a
            # single signal and keep the master waiting for it for several seconds.
            self.signal_group(pgid, signal.SIGTERM if time.monotonic() < deadline else signal.SIGKILL)
            try:
                self.proc.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                pass
        deadline = time.monotonic() + 5
        while self.signal_group(pgid, 0) and time.monotonic() < deadline:
            time.sleep(0.02)
        self.signal_group(pgid, signal.SIGKILL)  # stragglers after 5 s, if any

    @staticmethod
    def signal_group(pgid, sig):
        try:
            os.killpg(pgid, sig)
            return True
        except (ProcessLookupError, PermissionError):
            return False


# ---------------------------------------------------------------- serve

def parse_user(text):
    name, sep, password = text.partition(":")
    if not sep or not name or not password or any(c in name for c in ":/ \t\n"):
        raise argparse.ArgumentTypeError("expected NAME:PASSWORD")
    return name, password


def prepare_dir(d, ids, users, args):
    os.makedirs(d, exist_ok=True)
    os.chmod(d, 0o755)  # RECIPE §4.5: dovecot, dovenull and the mail uid traverse it
    p = os.path.dirname(d)
    while p and p != "/":
        if os.stat(p).st_mode & 0o001 == 0 and os.geteuid() == 0:
            fail(f"{p} is not traversable by other users (RECIPE §4.5); use a directory under /tmp")
        p = os.path.dirname(p)
    for sub in ("run", "state", "log", "mail", "smtp"):
        os.makedirs(os.path.join(d, sub), exist_ok=True)
        os.chmod(os.path.join(d, sub), 0o755)
    tls = os.path.abspath(args.certs) if args.certs else os.path.join(d, "tls")
    # Several instances (ctest -j) may share one --certs directory: make_certs.sh is idempotent,
    # but two first runs at once could mix files of two CAs, so they take turns.
    os.makedirs(os.path.dirname(tls) or ".", exist_ok=True)
    with open(tls.rstrip("/") + ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        r = subprocess.run(["bash", os.path.join(HERE, "make_certs.sh"), tls],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    if r.returncode != 0 or not os.path.exists(os.path.join(tls, "wronghost.pem")):
        fail("make_certs.sh failed: " + r.stdout.decode(errors="replace"))
    lines = []
    for name, password in users:
        home = os.path.join(d, "mail", name)
        os.makedirs(home, exist_ok=True)
        os.chown(home, ids["mail_uid"], ids["mail_gid"])
        lines.append(f"{name}:{{PLAIN}}{password}:{ids['mail_uid']}:{ids['mail_gid']}::{home}::\n")
    path = os.path.join(d, "passwd")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)
    os.chmod(path, 0o640)  # RECIPE §4.3: readable by the auth process
    os.chown(path, -1, grp.getgrnam(ids["passwd_group"]).gr_gid)
    cert_files = {"default": ("cert.pem", "key.pem"), "selfsigned": ("selfsigned.pem", "selfsigned-key.pem"),
                  "wronghost": ("wronghost.pem", "wronghost-key.pem")}[args.cert]
    return os.path.join(tls, cert_files[0]), os.path.join(tls, cert_files[1])


def serve(args):
    for tool in ("dovecot", "doveadm"):
        if shutil.which(tool) is None and not os.path.exists(f"/usr/sbin/{tool}"):
            fail(f"{tool} missing: install dovecot-core dovecot-imapd dovecot-pop3d")
    os.environ["PATH"] = os.environ.get("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin"
    try:
        smtp_classes()  # fail early and clearly without aiosmtpd
    except RuntimeError as e:
        fail(str(e))

    stop_now = {"flag": False}

    def early_stop(signum, frame):
        stop_now["flag"] = True
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, early_stop)
    signal.signal(signal.SIGINT, early_stop)

    d = os.path.abspath(args.dir)
    ids = identities()
    users = args.user or DEFAULT_USERS
    names = [u[0] for u in users]
    if len(set(names)) != len(names):
        fail("duplicate --user")
    dovecot = None
    try:
        cert, key = prepare_dir(d, ids, users, args)
        t0 = time.monotonic()
        dovecot = Dovecot(d, ids, args, cert, key)
        dovecot.start()
        seeded = 0
        if args.seed:
            target = args.seed_user or names[0]
            files = sorted(os.path.join(args.seed, f) for f in os.listdir(args.seed)
                           if os.path.isfile(os.path.join(args.seed, f)))
            seeded = load_messages(d, target, files)
        asyncio.run(supervise(args, d, dict(users), dovecot, cert, key, seeded, t0))
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if dovecot is not None:
            dovecot.stop()
        if args.remove_on_exit:
            # Also after the test process crashed: nothing of the servers stays behind.
            shutil.rmtree(d, ignore_errors=True)


async def supervise(args, d, users, dovecot, cert, key, seeded, t0):
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopped.set)

    tls_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls_ctx.load_cert_chain(cert, key)
    spool_dir = os.path.join(d, "smtp")
    spool = SmtpSpool(spool_dir, users)
    servers, smtp_ports = await start_smtp(loop, spool, tls_ctx, not args.smtp_no_auth_required,
                                           (HOST, INSECURE_HOST, NOSTARTTLS_HOST))

    if not args.ignore_stdin:
        fd = sys.stdin.fileno()

        pending = bytearray()

        def on_stdin():
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                loop.remove_reader(fd)
                stopped.set()
                return
            # Commands, one a line, each answered with one JSON line (tests that take the
            # server away and bring it back):  stop-dovecot | start-dovecot
            pending.extend(chunk)
            while b"\n" in pending:
                line, _, rest = bytes(pending).partition(b"\n")
                pending[:] = rest
                command = line.decode(errors="replace").strip()
                if command == "stop-dovecot":
                    dovecot.pause()
                    answer = {"dovecot": "stopped"}
                elif command == "start-dovecot":
                    answer = {"dovecot": "started" if dovecot.resume() else "failed",
                              "dovecot_pid": dovecot.proc.pid}
                else:
                    answer = {"error": f"unknown command {command!r}"}
                sys.stdout.write(json.dumps(answer) + "\n")
                sys.stdout.flush()
        loop.add_reader(fd, on_stdin)

    async def watch_dovecot():
        while dovecot.paused or dovecot.proc.poll() is None:
            await asyncio.sleep(0.2)
        print("mailserver.py: Dovecot exited unexpectedly", file=sys.stderr, flush=True)
        stopped.set()
    watcher = asyncio.ensure_future(watch_dovecot())

    ports = dict(dovecot.ports)
    ports.update(smtp_ports)
    ready = {
        "ready": True,
        "dir": d,
        "host": HOST,
        "insecure_host": INSECURE_HOST,
        "nostarttls_host": NOSTARTTLS_HOST,
        "ports": ports,
        "ca": os.path.join(os.path.dirname(cert), "ca.pem"),
        "cert": cert,
        "cert_kind": args.cert,
        "users": users,
        "smtp_spool": spool_dir,
        "dovecot_conf": os.path.join(d, "dovecot.conf"),
        "dovecot_pid": dovecot.proc.pid,
        "log_dir": os.path.join(d, "log"),
        "disable_plaintext_auth": args.disable_plaintext_auth,
        "seeded": seeded,
        "startup_seconds": round(time.monotonic() - t0, 3),
        "supervisor_pid": os.getpid(),
    }
    sys.stdout.write(json.dumps(ready) + "\n")
    sys.stdout.flush()

    await stopped.wait()
    watcher.cancel()
    for s in servers:
        s.close()
    for s in servers:
        await s.wait_closed()


def main(argv):
    if argv and argv[0] == "load":
        p = argparse.ArgumentParser(prog="mailserver.py load")
        p.add_argument("--dir", required=True)
        p.add_argument("--user", required=True)
        p.add_argument("--mailbox", default="INBOX")
        p.add_argument("--flags", default="", help="maildir flags, e.g. S (seen), FS")
        p.add_argument("files", nargs="+")
        a = p.parse_args(argv[1:])
        os.environ["PATH"] = os.environ.get("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin"
        try:
            n = load_messages(os.path.abspath(a.dir), a.user, a.files, a.mailbox, a.flags)
        except (RuntimeError, OSError) as e:
            fail(f"load: {e}")
        print(json.dumps({"loaded": n}))
        return 0
    if argv and argv[0] == "serve":
        argv = argv[1:]
    p = argparse.ArgumentParser(prog="mailserver.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dir", required=True, help="working directory (created; mode 755)")
    p.add_argument("--user", action="append", type=parse_user, metavar="NAME:PASSWORD",
                   help="repeatable; default alice:alice-secret and bob:bob-secret")
    p.add_argument("--disable-plaintext-auth", action="store_true",
                   help="Dovecot disable_plaintext_auth = yes (effective on 127.0.0.2, RECIPE §5)")
    p.add_argument("--cert", choices=["default", "selfsigned", "wronghost"], default="default",
                   help="certificate served by every TLS listener")
    p.add_argument("--certs", metavar="DIR",
                   help="TLS material made by make_certs.sh (made if missing; may be shared by "
                        "several instances); default DIR/tls")
    p.add_argument("--seed", metavar="DIR", help="load every file in DIR into the first user's INBOX")
    p.add_argument("--seed-user", help="user for --seed (default: the first user)")
    p.add_argument("--auth-failure-delay", default="0",
                   help="Dovecot auth_failure_delay (default 0 for fast tests; Dovecot's own is 2 secs)")
    p.add_argument("--auth-penalty", action="store_true",
                   help="keep Dovecot's per-IP penalty after failed logins (off by default)")
    p.add_argument("--smtp-no-auth-required", action="store_true",
                   help="accept MAIL FROM without AUTH (default: 530 5.7.0 until authenticated)")
    p.add_argument("--remove-on-exit", action="store_true",
                   help="delete DIR (mail, logs, spool) after the servers stopped")
    p.add_argument("--inbox-prefix", action="store_true",
                   help="personal namespace prefix INBOX. with the separator '.' (as Courier and Cyrus)")
    p.add_argument("--no-compress", action="store_true",
                   help="do not offer COMPRESS=DEFLATE (benchmarks: every client speaks the same bytes)")
    p.add_argument("--ignore-stdin", action="store_true",
                   help="do not stop at stdin EOF (for running by hand with </dev/null)")
    serve(p.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
