#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when code breaks the layering of docs/ARCHITECTURE.md:
- core/ includes nothing from QtGui/QtWidgets (core must run headless);
- a core module includes only its own headers and those of modules it declares in
  DEPS (transitively), so dependencies point down only;
- core/ never includes ui/ or app/ code."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
core = root / "core"
gui = re.compile(r'#\s*include\s*[<"](QtGui|QtWidgets|QWidget|QDialog|QMainWindow|QMessageBox|'
                 r'QApplication|QGuiApplication|QPixmap|QIcon|QImage|QColor|QFont|QPainter)\b')
inc = re.compile(r'#\s*include\s*"([a-z0-9_]+)/')
modules = {p.name for p in core.iterdir() if (p / "CMakeLists.txt").exists()}

deps = {}
for m in modules:
    text = (core / m / "CMakeLists.txt").read_text()
    found = re.search(r"DEPS([^)]*)\)", text, re.S)
    words = found.group(1).split() if found else []
    deps[m] = {w for w in words if w in modules}

def closure(m, seen=None):
    seen = set() if seen is None else seen
    for d in deps.get(m, ()):
        if d not in seen:
            seen.add(d)
            closure(d, seen)
    return seen

problems = []
for m in sorted(modules):
    allowed = closure(m) | {m}
    for f in sorted((core / m).rglob("*")):
        if f.suffix not in (".h", ".cpp"):
            continue
        for n, line in enumerate(f.read_text(errors="replace").splitlines(), 1):
            if gui.search(line):
                problems.append(f"{f.relative_to(root)}:{n}: GUI include in core: {line.strip()}")
            hit = inc.search(line)
            if hit:
                target = hit.group(1)
                if target in ("ui", "app"):
                    problems.append(f"{f.relative_to(root)}:{n}: core includes {target}/")
                elif target in modules and target not in allowed:
                    problems.append(f"{f.relative_to(root)}:{n}: module '{m}' includes '{target}' "
                                    f"but does not declare it in DEPS")

for p in problems:
    print(p)
print(f"layering: {len(modules)} modules checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
