#!/usr/bin/env python3
"""Print, for every gold file of the batch, the text of each labelled line (independent check of the line numbers).

Usage: python3 outils/show.py [FOLDER]   (FOLDER: another set of documents, e.g. tests/holdout/contradictions;
by default the folder above this script)."""
import glob, os, re, sys, yaml
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
while not glob.glob(os.path.join(ROOT, '*.gold.yaml')):
    ROOT = os.path.dirname(ROOT)
for g in sorted(glob.glob(os.path.join(ROOT, '*.gold.yaml'))):
    base = g[:-len('.gold.yaml')]
    doc = base + '.md' if os.path.exists(base + '.md') else base + '.yaml'
    L = open(doc, 'rb').read().decode('utf-8-sig').splitlines()
    print('==', os.path.basename(doc))
    for e in yaml.safe_load(open(g))['expect'] or []:
        print(' ', e['code'])
        for n in e['lines']: print(f'    {n:4d}: {L[n-1][:150]}')
    for m in re.finditer(r'\[classe (\d)\] l\. (\d+)(?: / l\. (\d+))?', open(g).read()):
        print(f'   trap{m.group(1)}', ' | '.join(f'{int(x)}: {L[int(x)-1][:70]}' for x in m.groups()[1:] if x))
