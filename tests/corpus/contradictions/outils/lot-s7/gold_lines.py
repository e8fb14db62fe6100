#!/usr/bin/env python3
"""Calcule les numéros de ligne des fichiers d'étiquettes à partir d'extraits uniques (spec.py).
Lignes comptées depuis 1 ; BOM ignoré ; CRLF = un saut de ligne.
Un extrait préfixé par « >> » désigne la ligne qui suit la ligne (unique) contenant l'extrait.
Usage : gold_lines.py [--check]"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from spec import SPEC
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def lines_of(path):
    data = open(path, 'rb').read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    text = data.decode('utf-8').replace('\r\n', '\n')
    return text.split('\n')

def find(lines, ex, fname):
    nxt = ex.startswith('>>')
    if nxt: ex = ex[2:]
    hits = [i + 1 for i, l in enumerate(lines) if ex in l]
    if len(hits) != 1:
        raise SystemExit(f"{fname}: extrait {ex!r} trouvé {len(hits)} fois ({hits})")
    return hits[0] + 1 if nxt else hits[0]

def build(fname, spec):
    lines = lines_of(os.path.join(ROOT, fname))
    n = len(lines) - (1 if lines and lines[-1] == '' else 0)
    out = [f"# note: {spec['desc']}, {n} lignes)."]
    out.append("#   Contradictions plantées :")
    exp = []
    for code, a, b, note in spec['ctr']:
        la, lb = find(lines, a, fname), find(lines, b, fname)
        out.append(f"#   - {code} l. {la} / l. {lb} : {note}")
        exp.append((code, la, lb))
    out.append("#   Pièges (cohérents, aucun diagnostic attendu) :")
    for cls, a, b, note in spec['traps']:
        la = find(lines, a, fname)
        loc = f"l. {la}" if b is None else f"l. {la} / l. {find(lines, b, fname)}"
        out.append(f"#   - [classe {cls}] {loc} : {note}")
    out.append("expect:")
    for code, la, lb in exp:
        out.append(f"  - code: {code}")
        out.append(f"    lines: [{la}, {lb}]")
    return "\n".join(out) + "\n", n, exp

def main():
    check = '--check' in sys.argv
    bad = 0
    for fname, spec in SPEC.items():
        text, n, exp = build(fname, spec)
        gold = os.path.join(ROOT, fname.rsplit('.', 1)[0] + '.gold.yaml')
        if check:
            cur = open(gold, encoding='utf-8').read() if os.path.exists(gold) else None
            if cur != text:
                print("pas à jour :", gold); bad += 1
        else:
            open(gold, 'w', encoding='utf-8').write(text)
        print(f"{fname}: {n} lignes, {len(exp)} contradictions, {len(spec['traps'])} pièges")
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
