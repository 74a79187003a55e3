#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb without Quarto (which cannot be installed everywhere).

Where Quarto exists, `nbdev_readme` does the same job; this fallback keeps the README a pure function of the
index notebook: markdown cells verbatim, code cells as fenced Python, their text outputs as fenced text, and
`#| hide` cells and `#|` directives dropped. `--check` exits 1 if README.md differs from what it would write."""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def _src(c): return ''.join(c['source']) if isinstance(c['source'], list) else c['source']

def _outputs(c):
    res = []
    for o in c.get('outputs', []):
        if o.get('output_type') == 'stream': res.append(''.join(o['text']))
        elif 'data' in o:
            d = o['data']
            if 'text/markdown' in d: res.append(('md', ''.join(d['text/markdown'])))
            elif 'text/plain' in d: res.append(''.join(d['text/plain']))
    return res

def render(nb:dict)->str:
    parts = []
    for c in nb['cells']:
        src = _src(c)
        if c['cell_type'] == 'markdown': parts.append(src.strip()); continue
        if c['cell_type'] != 'code': continue
        lines = src.splitlines()
        directives = [l for l in lines if l.startswith('#|')]
        if any(re.match(r'#\|\s*(hide|exporti?|default_exp|eval:\s*false)\b', d) for d in directives): continue
        code = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
        if code: parts.append(f"```python\n{code}\n```")
        for o in _outputs(c):
            if isinstance(o, tuple): parts.append(o[1].strip())
            elif o.strip(): parts.append(f"```\n{o.rstrip()}\n```")
    return '\n\n'.join(p for p in parts if p) + '\n'

def main():
    nb = json.loads((root/'nbs'/'index.ipynb').read_text(encoding='utf-8'))
    text = render(nb)
    readme = root/'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text(encoding='utf-8') != text:
            sys.exit("README.md is out of date with nbs/index.ipynb: run `python .ci/readme.py`")
        return
    readme.write_text(text, encoding='utf-8')

if __name__ == '__main__': main()
