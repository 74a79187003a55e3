#!/usr/bin/env python
"""Notebook hygiene: fail if any notebook stores ipywidgets state or a cell whose outputs are too large to be documentation.

A notebook here is source, documentation and tests at once; what it stores, every reader downloads. Widget state
(`metadata.widgets`, or outputs of the widget MIME types) only renders with a live kernel, and a progress bar or a
dumped tensor saved as output is weight without information. Prints one line per offender and exits 1 if there is any.
usage: python .ci/nbcheck.py [NOTEBOOK ...]   (default: nbs/*.ipynb)"""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
MAX_OUTPUT = 50_000 # bytes of one cell's outputs together, as stored (JSON)
WIDGET_MIMES = ('application/vnd.jupyter.widget-view+json', 'application/vnd.jupyter.widget-state+json')

def offences(nb:dict)->list:
    "What is wrong with one notebook, as readable lines (empty when nothing is)."
    res = ["metadata.widgets (saved widget state)"] if 'widgets' in nb.get('metadata', {}) else []
    for i, c in enumerate(nb.get('cells', [])):
        for j, o in enumerate(c.get('outputs', [])):
            mimes = [m for m in WIDGET_MIMES if m in o.get('data', {})]
            if mimes: res.append(f"cell {i} output {j}: widget output ({', '.join(mimes)})")
        size = sum(len(json.dumps(o, ensure_ascii=False).encode('utf-8')) for o in c.get('outputs', []))
        if size > MAX_OUTPUT: res.append(f"cell {i}: outputs of {size:,} bytes (at most {MAX_OUTPUT:,} per cell)")
    return res

def main(paths:list)->int:
    paths = [Path(p) for p in paths] or sorted((root/'nbs').glob('*.ipynb'))
    bad = 0
    for p in paths:
        for o in offences(json.loads(p.read_text(encoding='utf-8'))):
            print(f"{p.relative_to(root) if p.is_absolute() else p}: {o}"); bad += 1
    print(f"{len(paths)} notebooks checked, {bad} offences")
    return 1 if bad else 0

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
