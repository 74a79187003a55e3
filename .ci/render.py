"""Render nbdev's processed notebooks (_proc/) to a static HTML site that reads like the Quarto one, offline.

    python .ci/render.py _proc OUT_DIR

What Quarto does and plain nbconvert does not, done here:
- the page title and subtitle from the notebook's front matter (nbdev puts its H1 and `>` line there), and the
  <title> of the tab;
- a sidebar listing every page in reading order with its title;
- cells marked `#| echo: false` show their output only; every `#|` directive line is dropped from shown code;
- `show_doc` output cleaned: the `[source](...){target=... style=...}` Pandoc attribute becomes a plain link, and the
  markdown links nbdev writes inside signatures (code blocks) become plain names;
- maths rendered offline: MathJax 2 from the `jupyter-server-mathjax` wheel is copied beside the pages.
"""
import copy, importlib.util, re, shutil, sys
from pathlib import Path
import yaml
import nbformat
from nbconvert import HTMLExporter
from traitlets.config import Config

_SRC_ATTR = re.compile(r'\[source\]\(([^)\s]+)\)\{[^}]*\}')
_CODE_LINK = re.compile(r'\[`?([^\]`]+)`?\]\([^)\s]+\)')
_FENCE = re.compile(r'(```[a-z]*\n)(.*?)(```)', re.S)

def front_matter(nb)->dict:
    "The YAML front matter nbdev writes in the first raw cell (empty dict if none)."
    c = nb.cells[0] if nb.cells else None
    if c is None or c.cell_type != 'raw' or not c.source.startswith('---'): return {}
    return yaml.safe_load(c.source.strip().strip('-')) or {}

def clean_markdown(md:str)->str:
    "show_doc markdown: the Pandoc-only source attribute made a plain link, links inside code fences made plain names."
    md = _SRC_ATTR.sub(r'<a class="source-link" href="\1">source</a>', md)
    return _FENCE.sub(lambda m: m.group(1) + _CODE_LINK.sub(r'\1', m.group(2)) + m.group(3), md)

def clean_cell(c):
    "Directive lines out of shown code; `echo: false` cells tagged to show their output only; show_doc markdown cleaned."
    if c.cell_type == 'markdown': c.source = _SRC_ATTR.sub(r'<a class="source-link" href="\1">source</a>', c.source)
    if c.cell_type != 'code': return c
    lines = c.source.split('\n')
    directives = {l.replace(' ', '') for l in lines if l.startswith('#|')}
    c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip('\n')
    if '#|echo:false' in directives or not c.source: c.metadata.setdefault('tags', []).append('remove_input')
    for o in c.get('outputs', []):
        md = o.get('data', {}).get('text/markdown')
        if md is not None: o['data']['text/markdown'] = clean_markdown(''.join(md) if isinstance(md, list) else md)
    return c

def page_nb(nb, fm:dict):
    "The notebook as a page: front matter out, the title and subtitle in."
    nb = copy.deepcopy(nb)
    cells = [c for c in nb.cells if c.cell_type != 'raw']
    head = f"# {fm.get('title', '')}" + (f"\n\n<p class='subtitle'>{title_html(str(fm['description']))}</p>" if fm.get('description') else '')
    nb.cells = [nbformat.v4.new_markdown_cell(head)] + [clean_cell(c) for c in cells]
    nb.metadata['title'] = re.sub(r'`', '', str(fm.get('title', '')))
    return nb

_CSS = """<style>
body{margin:0} nav.sidebar{position:fixed;top:0;left:0;bottom:0;width:230px;overflow:auto;padding:1em .8em;background:#f7f7f9;border-right:1px solid #e3e3e3;font:14px/1.4 system-ui,sans-serif}
nav.sidebar a{display:block;padding:.25em .3em;color:#2c3e50;text-decoration:none;border-radius:3px} nav.sidebar a.here{background:#e1e8f0;font-weight:600}
nav.sidebar .site{font-weight:700;font-size:1.1em;margin-bottom:.6em} main.page{margin-left:250px}
p.subtitle{font-size:1.15em;color:#555;margin-top:-.3em} a.source-link{float:right;font-size:smaller}
</style>"""

def sidebar(pages:list, here:str)->str:
    "The sidebar: every page in reading order, the current one marked."
    mark = lambda f: ' class="here"' if f == here else ''
    links = ''.join(f'<a href="{f}"{mark(f)}>{t}</a>' for f, t in pages)
    return f'<nav class="sidebar"><div class="site">faithnb</div>{links}</nav>'

def title_html(t:str)->str:
    "A title or subtitle as HTML: `code` in it shown as code."
    return re.sub(r'`([^`]+)`', r'<code>\1</code>', t)

def mathjax_dir()->Path:
    "MathJax 2 from the installed `jupyter-server-mathjax` (found without importing it: it would import jupyter_server)."
    spec = importlib.util.find_spec('jupyter_server_mathjax')
    if spec is None: sys.exit("render: pip install --no-deps jupyter-server-mathjax (MathJax for the offline pages)")
    return Path(spec.submodule_search_locations[0])/'static'

def main(src:str, out:str):
    src, out = Path(src), Path(out); out.mkdir(parents=True, exist_ok=True)
    nbs = sorted(src.glob('*.ipynb'), key=lambda p: (p.stem != 'index', p.stem))
    loaded = [(p, nbformat.read(p, as_version=4)) for p in nbs]
    fms = [front_matter(nb) for _, nb in loaded]
    pages = [(fm.get('output-file', p.stem + '.html'), title_html(str(fm.get('title', p.stem)))) for (p, _), fm in zip(loaded, fms)]
    shutil.copytree(mathjax_dir(), out/'mathjax', dirs_exist_ok=True)
    c = Config(); c.TagRemovePreprocessor.enabled = True; c.TagRemovePreprocessor.remove_input_tags = {'remove_input'}
    c.TemplateExporter.exclude_raw = True
    c.TemplateExporter.exclude_input_prompt = c.TemplateExporter.exclude_output_prompt = True   # Quarto shows no In/Out prompts
    c.HTMLExporter.mathjax_url = 'mathjax/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full,Safe'
    exp = HTMLExporter(config=c, template_name='lab')
    for ((p, nb), fm, (fname, _)) in zip(loaded, fms, pages):
        body, _ = exp.from_notebook_node(page_nb(nb, fm))
        body = body.replace('</head>', _CSS + '</head>', 1)
        body = re.sub(r'(<body[^>]*>)', lambda m: m.group(1) + sidebar(pages, fname) + '<main class="page">', body, count=1).replace('</body>', '</main></body>', 1)
        (out/fname).write_text(body, encoding='utf-8')
    print(f"rendered {len(pages)} pages to {out}")

if __name__ == '__main__': main(*sys.argv[1:3])
