#!/usr/bin/env python3
"""Calcule les lignes des fichiers d'étiquettes à partir des extraits uniques de spec.py.

Usage : python3 outils/gold_lines.py          (écrit les *.gold.yaml)
        python3 outils/gold_lines.py --check  (vérifie qu'ils sont à jour)
        python3 outils/gold_lines.py --show   (imprime le texte de chaque ligne étiquetée)

Lignes comptées depuis 1 dans le fichier tel qu'il est écrit (en-tête YAML compris) ; la marque
d'ordre des octets n'ajoute pas de ligne ; CRLF compte pour un saut. Un extrait précédé de « >> »
désigne la ligne qui suit celle qui le contient.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spec import FILES

# The documents sit two levels up (outils/lot-h8/ -> the folder of the set).
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_lines(name):
    raw = open(os.path.join(ROOT, name), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    text = raw.decode('utf-8')
    return text.replace('\r\n', '\n').split('\n')


def find(lines, excerpt, name):
    nxt = excerpt.startswith('>>')
    ex = excerpt[2:].strip() if nxt else excerpt
    hits = [i for i, l in enumerate(lines) if ex in l]
    if len(hits) != 1:
        raise SystemExit(f'{name}: extrait {excerpt!r} trouvé {len(hits)} fois')
    return hits[0] + 1 + (1 if nxt else 0)


def render(name, spec):
    lines = read_lines(name)
    n = len(lines) - (1 if lines[-1] == '' else 0)
    out = [f"# note: {spec['note']} ({n} lignes)."]
    out.append('#   Contradictions plantées :' if spec['ctr'] else '#   Aucune contradiction plantée.')
    expect = []
    for code, a, b, note in spec['ctr']:
        la, lb = find(lines, a, name), find(lines, b, name)
        out.append(f'#   - {code} l. {la} / l. {lb} : {note}')
        expect.append((code, la, lb))
    out.append('#   Pièges (cohérents, aucun diagnostic attendu) :')
    for cls, a, b, note in spec['traps']:
        la = find(lines, a, name)
        if b:
            lb = find(lines, b, name)
            out.append(f'#   - [classe {cls}] l. {la} / l. {lb} : {note}')
        else:
            out.append(f'#   - [classe {cls}] l. {la} : {note}')
    if expect:
        out.append('expect:')
        for code, la, lb in expect:
            out.append(f'  - code: {code}')
            out.append(f'    lines: [{la}, {lb}]')
    else:
        out.append('expect: []')
    return '\n'.join(out) + '\n', lines


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ''
    bad = 0
    for name, spec in FILES.items():
        gold, lines = render(name, spec)
        gpath = os.path.join(ROOT, os.path.splitext(name)[0] + '.gold.yaml')
        if mode == '--check':
            cur = open(gpath, encoding='utf-8').read() if os.path.exists(gpath) else ''
            if cur != gold:
                print('PAS À JOUR :', gpath); bad += 1
        elif mode == '--show':
            print('=' * 20, name)
            for code, a, b, note in spec['ctr']:
                for ex in (a, b):
                    k = find(lines, ex, name)
                    print(f'{code} {k:4d} | {lines[k-1][:150]}')
                print()
        else:
            open(gpath, 'w', encoding='utf-8').write(gold)
    if mode == '--check':
        print('ok' if not bad else f'{bad} fichier(s) à régénérer'); sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
