#!/usr/bin/env python3
"""Compute gold line numbers from unique excerpts (outils/LOT/spec_*.py) and write NAME.gold.yaml.

Usage: python3 outils/gold_lines_lot.py outils/LOT [--check]   (LOT = lot-s8, lot-s9, ...)
Lines are 1-based in the file as written; a UTF-8 BOM adds no line; CRLF counts as one break.
An excerpt starting with '>>' designates the line after the (unique) line containing the rest."""
import glob, importlib.util, os, sys
args = [a for a in sys.argv[1:] if not a.startswith('--')]
if len(args) != 1: sys.exit(__doc__)
HERE = os.path.abspath(args[0])
SPEC = {}
for p in sorted(glob.glob(os.path.join(HERE, 'spec_*.py'))):
    s = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p); m = importlib.util.module_from_spec(s); s.loader.exec_module(m)
    SPEC.update(m.SPEC)
# ROOT: the nearest ancestor folder holding the documents 
ROOT = HERE
while not os.path.exists(os.path.join(ROOT, next(iter(SPEC)))):
    if os.path.dirname(ROOT) == ROOT: sys.exit('documents not found')
    ROOT = os.path.dirname(ROOT)
def lines_of(name):
    raw = open(os.path.join(ROOT, name), 'rb').read()
    return raw.decode('utf-8-sig').split('\n')
def find(lines, ex, name):
    nxt = ex.startswith('>>'); ex = ex[2:] if nxt else ex
    hits = [i + 1 for i, l in enumerate(lines) if ex in l]
    if len(hits) != 1: sys.exit(f'{name}: excerpt {ex!r} matches {hits}')
    return hits[0] + (1 if nxt else 0)
def gold(name, d):
    L = lines_of(name); n = len(L) - (1 if L[-1] == '' else 0)
    out = [f"# note: {d['desc']} ({n} lignes).", "#   Contradictions plantées :"]
    exp = []
    for code, a, b, c in d['expect']:
        la, lb = find(L, a, name), find(L, b, name)
        out.append(f"#   - {code} l. {la} / l. {lb} : {c}"); exp.append((code, la, lb))
    out.append("#   Pièges (cohérents, aucun diagnostic attendu) :")
    for cls, a, b, c in d['traps']:
        la = find(L, a, name)
        loc = f"l. {la}" + (f" / l. {find(L, b, name)}" if b else "")
        out.append(f"#   - [classe {cls}] {loc} : {c}")
    if exp:
        out.append("expect:")
        for code, la, lb in exp: out += [f"  - code: {code}", f"    lines: [{la}, {lb}]"]
    else:
        out.append("expect: []")
    return '\n'.join(out) + '\n', n
if __name__ == '__main__':
    check = '--check' in sys.argv; bad = 0; tot = {}; traps = {}
    for name, d in SPEC.items():
        text, n = gold(name, d)
        g = os.path.join(ROOT, name.rsplit('.', 1)[0] + '.gold.yaml')
        if check:
            if not os.path.exists(g) or open(g).read() != text: print('stale', g); bad = 1
        else: open(g, 'w').write(text)
        codes = [e[0] for e in d['expect']]
        for c in codes: tot[c] = tot.get(c, 0) + 1
        for t in d['traps']: traps[t[0]] = traps.get(t[0], 0) + 1
        print(f"{name}: {n} lignes, {', '.join(codes) or 'aucun'}, {len(d['traps'])} pièges")
    print('CTR', dict(sorted(tot.items())), sum(tot.values()), 'pièges', dict(sorted(traps.items())), sum(traps.values()))
    sys.exit(bad)
