#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Pigeon needs to build, run and test.
# Only what is missing is installed, so a second run costs a dpkg query.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libgl-dev
  libgmime-3.0-dev qtkeychain-qt6-dev zlib1g-dev
  libqt6svg6
)
# Runtime of the demo and of the test fixtures: a private Dovecot and an SMTP server.
server_pkgs=(dovecot-core dovecot-imapd dovecot-pop3d openssl python3 python3-aiosmtpd)
# Tests: the real keychain in a private D-Bus session, a virtual X server for
# screenshots, fonts with Persian, Polish and Cyrillic glyphs.
test_pkgs=(
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
  fonts-noto-core fonts-dejavu-core imagemagick sqlite3 clang
  desktop-file-utils appstream x11-utils xdotool fetchmail
)

want=("${build_pkgs[@]}")
case "${1:-all}" in
  build) ;;
  run) want+=("${server_pkgs[@]}") ;;
  all|test) want+=("${server_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: deps.sh [build|run|test|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Packaged daemons (dovecot) must not start system-wide instances: we only run private ones.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
