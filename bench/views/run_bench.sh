#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the message list benchmark on a generated mbox of exactly 100,000 messages (made
# once, cached in $PIGEON_BENCH_DIR, default /tmp/pigeon-bench; no size cap, unlike the
# store benchmark's 1 GiB file, which holds 87,678) under a private X server.
# Usage: run_bench.sh BENCH_VIEWS GENMAIL.PY [bench_views options]
set -euo pipefail
bench=$1 genmail=$2
shift 2
dir=${PIGEON_BENCH_DIR:-/tmp/pigeon-bench}
mkdir -p "$dir"
data="$dir/genmail-seed1-100k.mbox"
if [ ! -s "$data" ]; then
  python3 "$genmail" --count 100000 --seed 1 -o "$data.tmp.$$"
  mv "$data.tmp.$$" "$data"
fi
# -s: a screen like a laptop's; the view is 1200x900 in it.
exec xvfb-run -a -s "-screen 0 1920x1080x24" "$bench" "$data" "$dir" "$@"
