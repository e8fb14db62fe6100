#!/usr/bin/env python3
"""Vérifie les numéros de ligne des étiquettes de ce jeu (et de tests/holdout/prose/).

Chaque code localisé d'un fichier NOM.gold.yaml porte en commentaire l'extrait unique qui a servi à calculer
sa ligne :   lines: [12]   # « extrait »
Le script relit le document tel qu'il est écrit (la marque d'ordre des octets n'ajoute pas de ligne, CRLF compte
comme un seul saut de ligne), vérifie que l'extrait y figure une seule fois et qu'il est bien à la ligne indiquée.

    python3 tests/corpus/prose/verifier_lignes.py tests/corpus/prose tests/holdout/prose
"""
import glob, os, re, sys

LINE = re.compile(r'^\s*lines:\s*\[(\d+)\]\s*#\s*«\s(.*)\s»\s*$')


def lignes(path):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    return raw.decode('utf-8').replace('\r\n', '\n').split('\n')


def main(dirs):
    erreurs = 0
    for d in dirs:
        for gold in sorted(glob.glob(os.path.join(d, '*.gold.yaml'))):
            base = gold[: -len('.gold.yaml')]
            doc = next((base + e for e in ('.md', '.yaml', '.yml') if os.path.exists(base + e)), None)
            if doc is None:
                print('document absent :', gold); erreurs += 1; continue
            ls = lignes(doc)
            texte = '\n'.join(ls)
            for l in open(gold, encoding='utf-8'):
                m = LINE.match(l)
                if not m:
                    continue
                n, extrait = int(m.group(1)), m.group(2)
                trouve = [i + 1 for i, x in enumerate(ls) if extrait in x]
                if texte.count(extrait) != 1 or trouve != [n]:
                    print(f'{os.path.basename(gold)} : ligne {n} attendue, extrait trouvé aux lignes {trouve} : {extrait!r}')
                    erreurs += 1
    print('erreurs :', erreurs)
    return 1 if erreurs else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:] or [os.path.dirname(os.path.abspath(__file__))]))
