#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
# Reproduces docs/screenshots/main-window-{en,fa}.png: `./run.sh --demo` under a virtual
# X server (Xvfb), once in English and once in Persian, each with a fresh demo profile:
# the three panes with the multilingual demo mail fetched over POP3 and the newest
# message open.
#
#   scripts/screenshots.sh [--scale N] [--lang LANG]... [OUTPUT_DIR]   (default: docs/screenshots)
#
# --scale 2 renders at 200 % (QT_SCALE_FACTOR=2 on a screen twice as large) into
# main-window-<lang>@2x.png; --lang limits the languages (default: en and fa).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale=1
langs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --lang) langs+=("$2"); shift 2 ;;
    *) break ;;
  esac
done
[ ${#langs[@]} -gt 0 ] || langs=(en fa)
out="${1:-$here/docs/screenshots}"
mkdir -p "$out"
suffix=""
[ "$scale" = 1 ] || suffix="@${scale}x"
screen="$((1280 * scale))x$((800 * scale))x24"

"$here/scripts/deps.sh" test
# Build once outside the X server: `--version` builds, prints and exits.
"$here/run.sh" --version

shoot() { # LANG FILE
  local lang="$1" file="$2" demo
  demo="$(mktemp -d /tmp/pigeon-screenshot.XXXXXX)"
  # Inside Xvfb: start the demo, wait for the window titled "Pigeon", capture just that
  # window, then stop run.sh (which stops Pigeon and the mail servers).
  PIGEON_DEMO_DIR="$demo" QT_SCALE_FACTOR="$scale" xvfb-run -a -s "-screen 0 $screen" bash -c '
    set -u
    "$0" --demo --lang "$1" >"$3/run.log" 2>&1 &
    run=$!
    id=""
    for _ in $(seq 1 120); do
      # The main window, not the 1x1 group leader window that carries the same name.
      id="$(xwininfo -root -tree 2>/dev/null |
            awk "/\"Pigeon\"/ { split(\$0, a, \")\"); split(a[2], g, \"x\"); if (g[1] + 0 > 100) { print \$1; exit } }")"
      [ -n "$id" ] && break
      sleep 0.5
    done
    status=1
    if [ -n "$id" ]; then
      # The demo POP3 account is checked at start: wait until its Inbox holds the demo
      # mail (the store index in the demo profile), then open the newest message: the
      # keyboard starts in the message list, Home selects its first row.
      for _ in $(seq 1 60); do
        n=0
        for db in "$PIGEON_DEMO_DIR"/profile/data/accounts/*/index.sqlite; do
          [ -f "$db" ] || continue
          c="$(sqlite3 "$db" "SELECT count(*) FROM messages" 2>/dev/null || echo 0)"
          n=$((n + c))
        done
        [ "$n" -ge 10 ] && break
        sleep 0.5
      done
      sleep 1
      xdotool windowfocus --sync "$id" 2>/dev/null || xdotool windowfocus "$id"
      xdotool key --window "$id" Home
      sleep 2   # the reading pane loads the message, the first paint settles
      import -window "$id" "$2" && status=0
    else
      echo "screenshots.sh: no Pigeon window appeared; run.log:" >&2
      cat "$3/run.log" >&2
    fi
    kill -TERM "$run" 2>/dev/null
    wait "$run" 2>/dev/null
    exit "$status"
  ' "$here/run.sh" "$lang" "$file" "$demo"
  rm -rf "$demo"
  echo "wrote $file"
}

for lang in "${langs[@]}"; do
  shoot "$lang" "$out/main-window-$lang$suffix.png"
done
