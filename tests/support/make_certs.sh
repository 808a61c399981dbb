#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes throw-away TLS material for tests and the demo in DIR:
#   ca.pem / ca-key.pem            a private CA (tests trust exactly this file)
#   cert.pem / key.pem             server certificate for localhost and 127.0.0.1, signed by the CA
#   selfsigned.pem / selfsigned-key.pem   a self-signed server certificate (must be refused until pinned)
#   wronghost.pem / wronghost-key.pem     signed by the CA but for another name (hostname mismatch)
# Idempotent: existing files are kept, so parallel fixtures can share one DIR safely.
set -euo pipefail
dir=${1:?usage: make_certs.sh DIR}
mkdir -p "$dir"
cd "$dir"
[ -s wronghost.pem ] && exit 0
tmp=$(mktemp -d "$dir/.certs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
days=3650
q() { openssl "$@" 2>/dev/null; }

q req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days $days \
  -subj "/O=Pigeon Test/CN=Pigeon Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

leaf() { # name cn san
  q req -newkey rsa:2048 -nodes -keyout "$1-key.pem" -out "$1.csr" -subj "/O=Pigeon Test/CN=$2"
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$3" > "$1.ext"
  q x509 -req -in "$1.csr" -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out "$1.pem" -days $days -extfile "$1.ext"
}
leaf server localhost "DNS:localhost,IP:127.0.0.1,DNS:127.0.0.1"
mv server.pem cert.pem; mv server-key.pem key.pem
leaf wronghost mail.other.invalid "DNS:mail.other.invalid"

q req -x509 -newkey rsa:2048 -nodes -keyout selfsigned-key.pem -out selfsigned.pem -days $days \
  -subj "/O=Self Signed/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"

chmod 644 ./*.pem
mv ca.pem ca-key.pem cert.pem key.pem selfsigned.pem selfsigned-key.pem "$dir/"
mv wronghost-key.pem "$dir/"
mv wronghost.pem "$dir/"   # last: its presence means the set is complete
