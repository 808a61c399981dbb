#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""The SMTP half of mailserver.py: aiosmtpd listeners that behave like a submission server
(STARTTLS, no AUTH before it, AUTH PLAIN/LOGIN, 535 5.7.8 on a wrong password, AUTH required
before MAIL) and spool every accepted message's exact bytes and envelope for the tests."""

import json
import os
import socket
import time
import warnings

def smtp_classes():
    """aiosmtpd comes from Debian's python3-aiosmtpd: only /usr/bin/python3 sees it."""
    try:
        from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
    except ImportError as e:
        raise RuntimeError("aiosmtpd missing: install python3-aiosmtpd and run with /usr/bin/python3") from e
    return SMTP, AuthResult, LoginPassword


def atomic_write(path, data):
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class SmtpSpool:
    """Stores each accepted message: NNNNNN.eml (exact bytes after dot-unstuffing, RFC 5321
    §4.5.2), then NNNNNN.json (envelope), written last and atomically, so a reader that sees
    the JSON also sees the complete message. AUTH commands are recorded in auth.jsonl
    (mechanism, user, outcome; never the secret)."""

    def __init__(self, spool, users):
        self.spool, self.users, self.count = spool, users, 0

    def record_auth(self, event):
        with open(os.path.join(self.spool, "auth.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(event) + "\n")

    def authenticator(self, listener, AuthResult, LoginPassword):
        def check(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and self.users.get(auth_data.login.decode("utf-8", "replace")) is not None
                  and self.users[auth_data.login.decode("utf-8", "replace")].encode() == auth_data.password)
            user = auth_data.login.decode("utf-8", "replace") if isinstance(auth_data, LoginPassword) else None
            self.record_auth({"listener": listener, "mechanism": mechanism, "user": user, "ok": ok})
            return AuthResult(success=ok, handled=False, auth_data=user if ok else None)
        return check

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.spool, f"{self.count:06d}")
        data = envelope.original_content
        atomic_write(base + ".eml", data)
        meta = {
            "id": self.count,
            "file": base + ".eml",
            "size": len(data),
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "rcpt_options": envelope.rcpt_options,
            "smtputf8": envelope.smtp_utf8,
            "helo": session.host_name,
            "auth_user": session.auth_data if isinstance(session.auth_data, str) else None,
            "listener": getattr(server, "fixture_listener", ""),
            "tls": bool(session.ssl) or getattr(server, "fixture_listener", "") == "smtps",
            "peer": list(session.peer) if session.peer else None,
            "received": time.time(),
        }
        atomic_write(base + ".json", json.dumps(meta, indent=1).encode())
        return f"250 2.0.0 Ok: queued as {self.count:06d}"


async def start_smtp(loop, spool, tls_ctx, auth_required, hosts):
    """Four listeners: plain+STARTTLS on hosts[0] and hosts[1] (same port), the same port on
    hosts[2] without STARTTLS, implicit TLS on hosts[0]. Returns (servers, {"smtp", "smtps"})."""
    host, insecure_host, nostarttls_host = hosts
    SMTP, AuthResult, LoginPassword = smtp_classes()
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")

    class FixtureSMTP(SMTP):
        fixture_listener = ""

        async def smtp_AUTH(self, arg):
            spool.record_auth({"listener": self.fixture_listener, "command": "AUTH",
                               "mechanism": (arg or "").split(" ")[0].upper(),
                               "tls": self._tls_protocol is not None or self.fixture_listener == "smtps"})
            return await super().smtp_AUTH(arg)

    def factory(listener, starttls, implicit):
        def make():
            s = FixtureSMTP(spool, hostname="localhost", ident="Pigeon test SMTP",
                            tls_context=tls_ctx if starttls else None, require_starttls=False,
                            # No AUTH before STARTTLS, like a real submission server (RFC 3207 §4).
                            # On the implicit-TLS port the connection is TLS from the start.
                            auth_required=auth_required, auth_require_tls=not implicit,
                            authenticator=spool.authenticator(listener, AuthResult, LoginPassword),
                            enable_SMTPUTF8=True, data_size_limit=64 * 1024 * 1024, loop=loop)
            s.fixture_listener = listener
            return s
        return make

    def bound(host, port):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((host, port))
        return s

    for _attempt in range(20):
        socks = []
        try:
            plain = bound(host, 0)
            socks.append(plain)
            port = plain.getsockname()[1]
            socks.append(bound(insecure_host, port))
            socks.append(bound(nostarttls_host, port))
            socks.append(bound(host, 0))
            break
        except OSError:
            for s in socks:
                s.close()
    else:
        raise RuntimeError("SMTP: no free ports")
    servers = [
        await loop.create_server(factory("smtp", True, False), sock=socks[0]),
        await loop.create_server(factory("smtp", True, False), sock=socks[1]),
        await loop.create_server(factory("smtp-nostarttls", False, False), sock=socks[2]),
        await loop.create_server(factory("smtps", False, True), sock=socks[3], ssl=tls_ctx),
    ]
    return servers, {"smtp": socks[0].getsockname()[1], "smtps": socks[3].getsockname()[1]}
