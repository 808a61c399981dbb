#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Moves translations between Qt Linguist .ts files and plain JSON, so a translator can
work on a list of strings while the .ts files keep changing under lupdate.

  ts_tool.py export translations/pigeon_pl.ts todo_pl.json   # unfinished messages
  ts_tool.py apply  translations/pigeon_pl.ts done_pl.json   # merge filled-in entries
  ts_tool.py check  translations/pigeon_pl.ts                # count unfinished

JSON entries: {"context", "source", "comment", "numerus": bool, "forms": N,
"translation": "text" or ["form1", ...]}. Entries left empty are not applied.
Run the update_translations target afterwards to restore lupdate's formatting."""
import json
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def key(context, msg):
    return (context.findtext("name"), msg.findtext("source"), msg.findtext("comment") or "")


def forms_of(tree):
    lang = tree.getroot().get("language", "")
    return {"pl": 3, "ru": 3, "uk": 3, "cs": 3, "fa": 1, "en": 2}.get(lang.split("_")[0], 2)


def export(ts, out):
    tree = load(ts)
    n = forms_of(tree)
    todo = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            numerus = msg.get("numerus") == "yes"
            c, s, cm = key(ctx, msg)
            todo.append({"context": c, "source": s, "comment": cm, "numerus": numerus,
                         "forms": n if numerus else 1,
                         "translation": [""] * n if numerus else ""})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print(f"{len(todo)} unfinished messages written to {out}")


def placeholders(text):
    return sorted(set(re.findall(r"%(?:n|L?\d+)", text)))


def apply(ts, src):
    tree = load(ts)
    with open(src, encoding="utf-8") as f:
        done = {(e["context"], e["source"], e.get("comment", "")): e for e in json.load(f)}
    applied, problems = 0, []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            e = done.get(key(ctx, msg))
            if not e:
                continue
            tr = msg.find("translation")
            value = e["translation"]
            values = value if isinstance(value, list) else [value]
            if not all(v.strip() for v in values):
                continue
            want = placeholders(e["source"])
            for v in values:
                got = placeholders(v)
                # %n may be dropped in a form for exactly one (e.g. "one message").
                if [p for p in want if p != "%n"] != [p for p in got if p != "%n"]:
                    problems.append(f"placeholder mismatch: {e['source']!r} -> {v!r}")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if msg.get("numerus") == "yes":
                for v in values:
                    ET.SubElement(tr, "numerusform").text = v
            else:
                tr.text = values[0]
            tr.attrib.pop("type", None)
            applied += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{applied} translations applied to {ts}")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


def check(ts):
    tree = load(ts)
    n = sum(1 for t in tree.getroot().iter("translation") if t.get("type") == "unfinished")
    print(f"{ts}: {n} unfinished")
    return 1 if n else 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "export" and len(sys.argv) == 4:
        export(sys.argv[2], sys.argv[3])
    elif cmd == "apply" and len(sys.argv) == 4:
        sys.exit(apply(sys.argv[2], sys.argv[3]))
    elif cmd == "check" and len(sys.argv) == 3:
        sys.exit(check(sys.argv[2]))
    else:
        print(__doc__)
        sys.exit(2)
