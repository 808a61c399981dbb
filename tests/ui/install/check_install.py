#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Installs the build into a temporary prefix and checks what a desktop needs of it.

- bin/pigeon and bin/pigeon-cli exist and answer --version (no display needed);
- the launcher entry, the AppStream metadata and the icon land where desktops look,
  under one application id, and name each other consistently;
- desktop-file-validate and appstreamcli accept them.
"""
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

APP_ID = "org.pigeon.Pigeon"


def main():
    build_dir, version = sys.argv[1], sys.argv[2]
    problems = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            problems.append(message)

    with tempfile.TemporaryDirectory(prefix="pigeon-install-") as prefix:
        run = subprocess.run(["cmake", "--install", build_dir, "--prefix", prefix],
                             capture_output=True, text=True)
        check(run.returncode == 0, f"cmake --install exits 0 ({run.stderr.strip()[:300]})")

        files = {
            "pigeon": os.path.join(prefix, "bin", "pigeon"),
            "cli": os.path.join(prefix, "bin", "pigeon-cli"),
            "desktop": os.path.join(prefix, "share", "applications", APP_ID + ".desktop"),
            "metainfo": os.path.join(prefix, "share", "metainfo", APP_ID + ".metainfo.xml"),
            "icon": os.path.join(prefix, "share", "icons", "hicolor", "scalable", "apps", APP_ID + ".svg"),
        }
        for name, path in files.items():
            check(os.path.isfile(path), f"installed {os.path.relpath(path, prefix)}")
        if problems:
            return report(problems)

        for exe, expected in ((files["pigeon"], f"pigeon {version}"), (files["cli"], f"pigeon-cli {version}")):
            out = subprocess.run([exe, "--version"], capture_output=True, text=True,
                                 env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=30)
            check(out.returncode == 0 and out.stdout.strip() == expected,
                  f"{os.path.basename(exe)} --version prints '{expected}' (got {out.stdout.strip()!r})")

        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(files["desktop"], encoding="utf-8")
        section = entry["Desktop Entry"]
        check(section.get("Icon") == APP_ID, "the launcher's Icon names the installed icon")
        check(section.get("Exec", "").split()[0] == "pigeon", "the launcher runs pigeon")
        check("Email" in section.get("Categories", "").split(";"), "the launcher is in the Email category")
        # Only what Pigeon really handles: no mailto: until the composer exists.
        check("MimeType" not in section, "the launcher claims no MIME type Pigeon cannot open")

        component = ET.parse(files["metainfo"]).getroot()
        check(component.findtext("id") == APP_ID, "the metainfo id is the application id")
        launchable = component.find("launchable")
        check(launchable is not None and launchable.text == APP_ID + ".desktop",
              "the metainfo points at the installed launcher")
        releases = [r.get("version") for r in component.iter("release")]
        check(version in releases, f"the metainfo lists release {version}")

        with open(files["icon"], encoding="utf-8") as f:
            check(ET.fromstring(f.read()).tag.endswith("svg"), "the icon is an SVG document")

        validator = shutil.which("desktop-file-validate")
        check(validator is not None, "desktop-file-validate is installed (scripts/deps.sh test)")
        if validator:
            out = subprocess.run([validator, files["desktop"]], capture_output=True, text=True)
            check(out.returncode == 0 and not out.stdout.strip(),
                  f"desktop-file-validate accepts the launcher {out.stdout.strip()}")
        appstream = shutil.which("appstreamcli")
        check(appstream is not None, "appstreamcli is installed (scripts/deps.sh test)")
        if appstream:
            out = subprocess.run([appstream, "validate", "--no-net", files["metainfo"]],
                                 capture_output=True, text=True)
            check(out.returncode == 0, f"appstreamcli validate accepts the metainfo {out.stdout.strip()}")
    return report(problems)


def report(problems):
    print(f"{len(problems)} problems" if problems else "installation is complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
