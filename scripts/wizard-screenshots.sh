#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
# Reproduces docs/screenshots/wizard/{en,fa}-NN-*.png: every page of the account wizard and the
# account settings dialog, under a virtual X server (Xvfb), in English and in Persian
# (right to left), against the local Dovecot/SMTP test fixture.
#
#   scripts/wizard-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
out="${2:-$here/docs/screenshots/wizard}"
mkdir -p "$out"

cmake --build "$build" --target pigeon-wizard-screenshots -j 2
tool="$build/tests/ui/wizard/pigeon-wizard-screenshots"
for lang in en fa; do
  # xcb, not offscreen: the pictures show what an X desktop renders (fonts, hinting).
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$tool" "$out" "$lang"
done
