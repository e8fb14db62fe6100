#!/usr/bin/env python3
"""Recompute the CTR gold labels of this folder from unique excerpts.

Usage (from this folder):  python3 outils/gold_lines.py [--check]

outils/extraits.json lists, for each document of the folder, its style, a title,
its planted contradictions [code, excerpt_a, excerpt_b, why] and its traps
[class, excerpt_a, excerpt_b_or_null, why]. Each excerpt must occur exactly once in
the document as written. Lines count from 1; a UTF-8 BOM adds no line; CRLF is one
line break. The script writes NAME.gold.yaml next to each document (or, with
--check, fails if a committed gold file differs from what it would write).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.dirname(HERE)

def raw_text(path):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    return b.decode("utf-8")

def line_of(text, excerpt, name):
    n = text.count(excerpt)
    if n != 1:
        sys.exit(f"{name}: excerpt found {n} times: {excerpt!r}")
    return text[: text.index(excerpt)].count("\n") + 1

def gold(d):
    path = os.path.join(FOLDER, d["name"])
    raw = open(path, "rb").read()
    text = raw_text(path)
    crlf, bom = b"\r\n" in raw, raw.startswith(b"\xef\xbb\xbf")
    nlines = text.count("\n") + (0 if text.endswith("\n") else 1)
    note = [f"note: {d['title']} ({d['style']}, {nlines} lignes"
            + (", CRLF" if crlf else "") + (", BOM" if bom else "") + ")."]
    exp = []
    note.append("Contradictions plantées :" if d["contradictions"]
                else "Aucune contradiction plantée : le fichier n'attend aucun diagnostic CTR.")
    for code, a, b, why in d["contradictions"]:
        la, lb = line_of(text, a, d["name"]), line_of(text, b, d["name"])
        exp.append((code, la, lb))
        note.append(f"- {code} l. {la} / l. {lb} : {why}")
    if d["traps"]:
        note.append("Pièges (cohérents, aucun diagnostic attendu) :")
    for cls, a, b, why in d["traps"]:
        la = line_of(text, a, d["name"])
        loc = f"l. {la}"
        if b:
            lb = line_of(text, b, d["name"])
            loc += f" / l. {lb}" if lb != la else " (même ligne)"
        note.append(f"- [classe {cls}] {loc} : {why}")
    if d.get("either"):
        note.append(f"either : {d['either_why']}")
    out = ["# " + note[0]] + ["#   " + n for n in note[1:]]
    out.append("expect:" if exp else "expect: []")
    for code, la, lb in exp:
        out += [f"  - code: {code}", f"    lines: [{la}, {lb}]"]
    if d.get("either"):
        out.append("either: [" + ", ".join(d["either"]) + "]")
    return "\n".join(out) + "\n"

def main():
    check = "--check" in sys.argv
    docs = json.load(open(os.path.join(HERE, "extraits.json"), encoding="utf-8"))
    bad = 0
    for d in docs:
        g = gold(d)
        dst = os.path.join(FOLDER, d["name"].rsplit(".", 1)[0] + ".gold.yaml")
        if check:
            if not os.path.exists(dst) or open(dst, encoding="utf-8").read() != g:
                print("différent :", dst); bad += 1
        else:
            open(dst, "w", encoding="utf-8").write(g)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
