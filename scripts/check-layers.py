#!/usr/bin/env python3
"""Checks that the folders of Sources/RoundtableKit depend on each other in one direction only.

Inside one SwiftPM target the compiler does not stop a file from using a type of any folder;
this check does, in the order below (a folder may use the folders before it, never one after
it). A type belongs to the folder that declares it; a file uses it when it names it."""
import collections
import glob
import os
import re
import sys

LAYERS = ["Diagnostics", "Support", "ReferenceData", "PairFiles", "PairStatistics", "Anonymiser", "Load", "Sample",
          "Routes", "Assemble", "Render", "Publish", "Fuzzing", "Starter", "."]
# Generic parameter names that are also type names elsewhere.
IGNORED = {"Value", "Element", "Result"}

root = os.path.join(os.path.dirname(__file__), "..", "Sources", "RoundtableKit")
sources = {}
owners = {}
for path in sorted(glob.glob(os.path.join(root, "**", "*.swift"), recursive=True)):
    folder = os.path.relpath(os.path.dirname(path), root).split(os.sep)[0]
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', re.sub(r"//.*", "", open(path, encoding="utf-8").read()))
    sources[path] = (folder, text)
    for name in re.findall(r"\b(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)", text):
        owners.setdefault(name, folder)

problems = collections.defaultdict(set)
for path, (folder, text) in sources.items():
    if folder not in LAYERS:
        problems[(path, "?")].add(f"the folder '{folder}' has no place in scripts/check-layers.py")
        continue
    for name in set(re.findall(r"\b[A-Z]\w*", text)) - IGNORED:
        owner = owners.get(name)
        if owner and owner != folder and owner in LAYERS and LAYERS.index(owner) > LAYERS.index(folder):
            problems[(os.path.relpath(path, os.path.join(root, "..", "..")), owner)].add(name)
for (path, owner), names in sorted(problems.items()):
    print(f"{path}: uses {', '.join(sorted(names))} from {owner}/, which comes after {path.split('/')[2]}/",
          file=sys.stderr)
sys.exit(1 if problems else 0)
