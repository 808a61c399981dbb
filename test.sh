#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test with CTest.
#   ./test.sh                 all tests (unit, integration, ui); benchmarks are not run
#   ./test.sh -L unit         extra arguments go to ctest
# Environment: PIGEON_BUILD_DIR (default: build), PIGEON_SANITIZE=1 for an ASan+UBSan build.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

scripts/deps.sh test

build=${PIGEON_BUILD_DIR:-build}
cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPIGEON_WERROR=ON)
[ "${PIGEON_SANITIZE:-0}" = 1 ] && cmake_args+=(-DPIGEON_SANITIZE=ON)
cmake -S . -B "$build" "${cmake_args[@]}"
cmake --build "$build" -j "$(nproc)"

# The tests use the real keychain: a private D-Bus session with gnome-keyring, whose
# keyrings live in a throw-away directory, so a developer's own keyring is never touched.
home=$(mktemp -d "${TMPDIR:-/tmp}/pigeon-test-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
export XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
export XDG_RUNTIME_DIR=$home/runtime
export PIGEON_TEST_HOME=$home

jobs=${PIGEON_TEST_JOBS:-$(nproc)}
dbus-run-session -- bash -c '
  echo -n pigeon-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0" --output-on-failure --no-tests=error -LE bench -j "$1" "${@:2}"
' "$build" "$jobs" "$@"
