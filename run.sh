#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
# Builds Pigeon (Release, build-release/) and starts it. Extra arguments go to pigeon.
#
#   ./run.sh                      your own profile
#   ./run.sh --lang fa            the interface in Persian (also pl, ru, en)
#   ./run.sh --demo [--lang pl]   a private IMAP/POP3/SMTP server on loopback with sample
#                                 mail in four languages, and a separate demo profile
#                                 (~/.cache/pigeon-demo) with its accounts configured;
#                                 the servers stop when Pigeon quits.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/build-release"

demo=0
args=()
for a in "$@"; do
  if [ "$a" = "--demo" ]; then demo=1; else args+=("$a"); fi
done

"$here/scripts/deps.sh" run

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPIGEON_BUILD_TESTS=OFF "${launcher[@]}"
fi
cmake --build "$build" --target pigeon pigeon-cli -j "$(nproc)"

pigeon="$build/app/pigeon/pigeon"
cli="$build/app/cli/pigeon-cli"

if [ "$demo" -eq 0 ]; then
  exec "$pigeon" "${args[@]}"
fi

# ---- demo ----------------------------------------------------------------------------
demo_dir="${PIGEON_DEMO_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pigeon-demo}"
# Without a session bus (a bare X server, ssh -X), D-Bus autolaunch can hang the keychain
# calls: give the demo a private bus that pigeon-cli and Pigeon share...
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${PIGEON_DEMO_PRIVATE_BUS:-}" ] \
   && command -v dbus-run-session >/dev/null; then
  PIGEON_DEMO_DIR="$demo_dir" PIGEON_DEMO_PRIVATE_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
# ...with a keyring of its own, kept in the demo folder and unlocked with a throw-away
# password, so the demo never prompts and never touches the user's keyrings.
if [ -n "${PIGEON_DEMO_PRIVATE_BUS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  export XDG_DATA_HOME="$demo_dir/keyring-home"
  mkdir -p "$XDG_DATA_HOME"
  echo -n pigeon-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi
profile="$demo_dir/profile"
mkdir -p "$demo_dir"
# Fresh mailboxes every run, under /tmp: Dovecot's unprivileged processes must be able to
# reach them, which a home directory (0700) does not allow.
server_dir="$(mktemp -d /tmp/pigeon-demo-server.XXXXXX)"
chmod 755 "$server_dir"

server_pid=""
pigeon_pid=""
cleanup() {
  trap - EXIT INT TERM
  [ -n "$pigeon_pid" ] && kill "$pigeon_pid" 2>/dev/null && wait "$pigeon_pid" 2>/dev/null
  if [ -n "$server_pid" ]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$server_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The supervisor stops its servers on SIGTERM or when its stdin closes, so they die with
# this script even if it is killed hard: its stdin is a pipe only this script holds.
coproc SERVER {
  exec /usr/bin/python3 "$here/tests/support/mailserver.py" --dir "$server_dir" \
    --user demo:demo-password --seed "$here/resources/demo/mail"
}
server_pid="$SERVER_PID"
if ! read -r -t 60 ready <&"${SERVER[0]}"; then
  echo "run.sh: the demo mail server did not start" >&2
  exit 1
fi
read -r imaps pop3s smtps seeded ca < <(python3 -c '
import json, sys
d = json.loads(sys.argv[1])
p = d["ports"]
print(p["imaps"], p["pop3s"], p["smtps"], d["seeded"], d["ca"])' "$ready")
echo "Demo mail server: IMAPS 127.0.0.1:$imaps, POP3S 127.0.0.1:$pop3s, SMTPS 127.0.0.1:$smtps," \
     "$seeded messages; user demo, password demo-password"

# A profile of its own: the ports change every run, so its accounts are made anew.
# Removing them through pigeon-cli also removes their passwords from the keychain.
existing="$("$cli" --profile "$profile" --json accounts list 2>/dev/null |
  python3 -c 'import json,sys; [print(a["id"]) for a in json.load(sys.stdin).get("accounts", [])]' || true)"
for id in $existing; do
  "$cli" --profile "$profile" accounts remove "$id" >/dev/null
done
common=(--name "Dana Demo" --address demo@pigeon.example --host 127.0.0.1 --security tls --user demo
        --smtp-host 127.0.0.1 --smtp-port "$smtps" --smtp-security tls --ca-file "$ca")
printf '%s\n' demo-password | "$cli" --profile "$profile" accounts add "${common[@]}" \
  --label "Demo (IMAP)" --protocol imap --port "$imaps"
printf '%s\n' demo-password | "$cli" --profile "$profile" accounts add "${common[@]}" \
  --label "Demo (POP3)" --protocol pop3 --port "$pop3s" --leave-on-server forever

"$pigeon" --profile "$profile" "${args[@]}" &
pigeon_pid=$!
status=0
wait "$pigeon_pid" || status=$?
pigeon_pid=""
exit "$status"
