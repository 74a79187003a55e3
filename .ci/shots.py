"""Check rendered pages in headless Chromium: a screenshot that is not blank, the figures expected, no raw maths or directives.

    python .ci/shots.py OUT_DIR PAGE:MIN_FIGURES:MIN_MATHS [...]

Each page is loaded from OUT_DIR with scripts on (MathJax typesets in a virtual-time budget), its DOM dumped and its
screenshot taken. A page fails when its screenshot is under 1% non-white, when it holds fewer <img>/<svg> figures or
typeset maths than expected, or when its visible text (outside code) still shows `$$`, `$...$` or a `#|` directive.
"""
import re, subprocess, sys, tempfile
from html.parser import HTMLParser
from pathlib import Path
from PIL import Image

FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--virtual-time-budget=15000']

class _Text(HTMLParser):
    "Visible text outside script, style and code; counts of figures and typeset maths."
    def __init__(self):
        super().__init__(); self.skip, self.text, self.figures, self.maths = 0, [], 0, 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('script', 'style', 'pre', 'code'): self.skip += 1
        if tag in ('img', 'svg'): self.figures += 1
        if tag == 'span' and re.match(r'MathJax(_CHTML)?$', a.get('class') or '') : self.maths += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'pre', 'code'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.text.append(d)

def chromium(*args)->str:
    with tempfile.TemporaryDirectory() as prof:
        return subprocess.run(['chromium', *FLAGS, f'--user-data-dir={prof}', *args], capture_output=True, text=True, timeout=180).stdout

def check(out:Path, page:str, min_fig:int, min_math:int)->list:
    url = (out/page).resolve().as_uri()
    p = _Text(); p.feed(chromium('--dump-dom', url)); text = ''.join(p.text)
    png = out/(Path(page).stem + '.png')
    chromium('--window-size=1280,1800', f'--screenshot={png}', url)
    h = Image.open(png).convert('L').histogram()
    dark = sum(h[:200]) / sum(h)
    raw = re.findall(r'\$\$|\$[^$\s][^$\n]{0,40}\$|#\|', text)
    print(f"{page}: {dark:.1%} non-white, {p.figures} figures (need {min_fig}), {p.maths} typeset maths (need {min_math}), raw markup {raw[:3]}")
    errs = []
    if dark < 0.01: errs.append(f"{page} rendered blank")
    if p.figures < min_fig: errs.append(f"{page}: {p.figures} figures, expected at least {min_fig}")
    if p.maths < min_math: errs.append(f"{page}: {p.maths} typeset maths, expected at least {min_math}")
    if raw: errs.append(f"{page} shows raw markup: {raw[:3]}")
    return errs

if __name__ == '__main__':
    out = Path(sys.argv[1]); errs = []
    for spec in sys.argv[2:]:
        page, f, m = spec.split(':'); errs += check(out, page, int(f), int(m))
    if errs: sys.exit('\n'.join(errs))
