#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the store benchmarks on a generated 1 GiB mbox (made once, cached in
# $PIGEON_BENCH_DIR, default /tmp/pigeon-bench) and on the real corpus mbox files.
# Usage: run_bench.sh BENCH_STORE GENMAIL.PY CORPUS_MBOX_DIR
set -euo pipefail
bench=$1 genmail=$2 corpus=$3
dir=${PIGEON_BENCH_DIR:-/tmp/pigeon-bench}
mkdir -p "$dir"
data="$dir/genmail-seed1-1GiB.mbox"
if [ ! -s "$data" ]; then
  python3 "$genmail" --count 100000 --size 1GiB --seed 1 -o "$data.tmp"
  mv "$data.tmp" "$data"
fi
"$bench" run "$data" "$dir/work" --appends 10000
for f in "$corpus"/maven-dev-2017-11.mbox; do
  "$bench" run "$f" "$dir/work" --appends 300
done
