#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Pigeon developers
"""Fails when a user-visible string of the current sources is not translated.

Runs lupdate over the current sources into temporary copies of translations/*.ts (the
committed files are never touched), then checks every message of every language:
  - it has a finished translation (a new tr() string that nobody translated is missing
    from the committed file, so lupdate adds it as "unfinished" and the check fails);
  - a %n message has exactly the plural forms the language needs (Qt's rules: Polish
    and Russian 3, Persian 1), none empty;
  - a translation keeps the source's placeholders (%1, %2, %n...).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt Linguist's numerus rules define them.
NUMERUS_FORMS = {"en": 2, "pl": 3, "ru": 3, "fa": 1}
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def text_of(element):
    return "" if element is None else "".join(element.itertext())


def check_file(path, expected_language):
    problems = []
    tree = ET.parse(path)
    root = tree.getroot()
    language = root.get("language", "")
    if language.split("_")[0] != expected_language:
        problems.append(f"{path}: language attribute is '{language}', expected '{expected_language}'")
    forms = NUMERUS_FORMS[expected_language]
    count = 0
    for context in root.iter("context"):
        context_name = text_of(context.find("name"))
        for message in context.iter("message"):
            source = text_of(message.find("source"))
            translation = message.find("translation")
            where = f"{os.path.basename(path)}: [{context_name}] {source[:70]!r}"
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            count += 1
            if translation is None or kind == "unfinished":
                problems.append(f"{where}: not translated")
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                variants = [text_of(f) for f in translation.findall("numerusform")]
                if len(variants) != forms:
                    problems.append(f"{where}: {len(variants)} plural forms, {expected_language} needs {forms}")
                if any(not v.strip() for v in variants):
                    problems.append(f"{where}: an empty plural form")
                texts = variants
            else:
                if re.search(r"%L?n", source):
                    problems.append(f"{where}: uses %n but tr() was not given a count (no plural forms)")
                texts = [text_of(translation)]
                if not texts[0].strip() and source.strip():
                    problems.append(f"{where}: empty translation")
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in texts:
                got = sorted(set(PLACEHOLDER.findall(text)))
                # A plural form may leave out %n or %Ln ("one message" in words), nothing else.
                if [p for p in wanted if p not in ("%n", "%Ln")] != [p for p in got if p not in ("%n", "%Ln")]:
                    problems.append(f"{where}: placeholders {got} in {text!r}, source has {wanted}")
    return count, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--dirs", nargs="+", required=True, help="folders scanned, relative to --source-dir")
    parser.add_argument("--options", default="", help="lupdate options, separated by ';'")
    parser.add_argument("--plural-only", nargs="*", default=[],
                        help="catalogues of the source language: only %%n messages, for their plural forms")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    all_problems = []
    with tempfile.TemporaryDirectory(prefix="pigeon-ts-") as tmp:
        def copy_all(files):
            result = []
            for ts in files:
                copy = os.path.join(tmp, os.path.basename(ts))
                shutil.copyfile(ts, copy)
                result.append(copy)
            return result

        full = copy_all(args.ts_files)
        plural_only = copy_all(args.plural_only)
        copies = full + plural_only
        options = [o for o in args.options.split(";") if o]
        # Locations are irrelevant here; leaving them out keeps lupdate quiet about paths.
        options = [o for o in options if o not in ("-locations", "relative", "absolute", "none")]
        runs = [[*options, "-locations", "none", *args.dirs, "-ts", *full]]
        if plural_only:
            runs.append([*options, "-locations", "none", "-pluralonly", *args.dirs, "-ts", *plural_only])
        for extra in runs:
            run = subprocess.run([args.lupdate, *extra], cwd=args.source_dir, capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout, run.stderr, sep="\n")
                print(f"lupdate failed with exit code {run.returncode}")
                return 1
            # lupdate guesses a context for tr() in a class without Q_OBJECT; what the code
            # looks up at run time may differ, and then the translation never shows. Such
            # classes must say Q_DECLARE_TR_FUNCTIONS(Full::Class::Name).
            for line in (run.stdout + run.stderr).splitlines():
                if "lacks Q_OBJECT" in line:
                    all_problems.append(line.strip() + " (use Q_DECLARE_TR_FUNCTIONS with the full class name)")
        for copy in copies:
            match = re.search(r"_([a-z]{2})\.ts$", copy)
            if not match or match.group(1) not in NUMERUS_FORMS:
                all_problems.append(f"{copy}: cannot tell the language from the file name")
                continue
            count, problems = check_file(copy, match.group(1))
            print(f"{os.path.basename(copy)}: {count} messages, {len(problems)} problems")
            if count == 0 and copy not in plural_only:
                problems.append(f"{copy}: no messages at all (did lupdate scan the right folders?)")
            all_problems.extend(problems)
    all_problems = list(dict.fromkeys(all_problems))
    for problem in all_problems:
        print(problem)
    if all_problems:
        print(f"{len(all_problems)} translation problems; run `ninja update_translations` and "
              "translate the new strings in translations/*.ts (Qt Linguist)")
        return 1
    print("all messages translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
