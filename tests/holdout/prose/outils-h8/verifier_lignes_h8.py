#!/usr/bin/env python3
"""Vérifie les étiquettes de ce lot : lignes des codes localisés (extrait unique, à la ligne dite ;
BOM ignoré, CRLF = un saut), YAML valide, codes des familles étiquetées, pas de doublon expect/either,
non-chartes = STR010 seul, codes de couverture sans lines."""
import glob, os, re, sys
import yaml

LINE = re.compile(r'^\s*lines:\s*\[(\d+)\]\s*#\s*«\s(.*)\s»\s*$')
LOCALISES = {'STR006', 'STR007', 'STR008', 'RGPD020', 'RGPD021', 'SOUV003', 'IA004', 'LANG001', 'LANG002', 'LANG003'}
FAMILLES = ('STR', 'LANG', 'RGPD', 'SOUV', 'ENV', 'IA')

def lignes(path):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    return raw.decode('utf-8').replace('\r\n', '\n').split('\n')

def main(d):
    err = 0
    for gold in sorted(glob.glob(os.path.join(d, '*.gold.yaml'))):
        base = gold[:-len('.gold.yaml')]
        doc = next((base + e for e in ('.md', '.yaml', '.yml') if os.path.exists(base + e)), None)
        name = os.path.basename(gold)
        if doc is None:
            print('document absent', name); err += 1; continue
        g = yaml.safe_load(open(gold, encoding='utf-8'))
        exp = g.get('expect') or []
        codes = [e['code'] for e in exp]
        eith = g.get('either') or []
        for c in codes + eith:
            if not c.startswith(FAMILLES):
                print(name, 'famille hors champ', c); err += 1
        if set(codes) & set(eith):
            print(name, 'code à la fois attendu et either', set(codes) & set(eith)); err += 1
        if len(set(codes)) != len(codes):
            print(name, 'doublon dans expect'); err += 1
        for e in exp:
            if (e['code'] in LOCALISES) != ('lines' in e):
                print(name, 'lines incohérent pour', e['code']); err += 1
        if os.path.basename(doc).startswith('non-') and (codes != ['STR010'] or eith):
            print(name, 'non-charte : STR010 seul attendu'); err += 1
        if not os.path.basename(doc).startswith('non-') and 'STR010' in codes:
            print(name, 'STR010 sur une charte'); err += 1
        if doc.endswith('.yaml'):
            yaml.safe_load(open(doc, encoding='utf-8'))
        ls = lignes(doc)
        texte = '\n'.join(ls)
        for l in open(gold, encoding='utf-8'):
            m = LINE.match(l)
            if not m:
                if 'lines:' in l:
                    print(name, 'ligne lines: mal formée', l.strip()); err += 1
                continue
            n, ex = int(m.group(1)), m.group(2)
            trouve = [i + 1 for i, x in enumerate(ls) if ex in x]
            if texte.count(ex) != 1 or trouve != [n]:
                print(f'{name}: ligne {n} attendue, extrait aux lignes {trouve}: {ex!r}'); err += 1
        n_lines = len(ls) - (1 if ls and ls[-1] == '' else 0)
        print(f'{os.path.basename(doc)}: {n_lines} lignes, {len(codes)} attendus, {len(eith)} either')
    print('erreurs :', err)
    return 1 if err else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
