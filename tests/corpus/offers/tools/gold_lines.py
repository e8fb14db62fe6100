#!/usr/bin/env python3
"""Compute and check the line numbers of the offer gold files (ACH corpus).

Usage: python3 tools/gold_lines.py [FOLDER] [--check]

For every FOLDER/NAME.gold.yaml (FOLDER defaults to the parent of this script):
  * a `lines: [..]` entry (in `expect:`, `either:` or an ACH008 `evidence:` item) is recomputed from the
    charter excerpt written in its comment: `# charte 6.4 ... « unique excerpt »`; the excerpt must occur on
    exactly one line of the charter named by `charter:`;
  * an offer hint `offre l. N « excerpt »` in a comment gets N recomputed from the excerpt (one line of NAME.md);
  * every evidence quote must occur exactly once in NAME.md, inside one line;
  * every checklist code ACH001-ACH007, ACH009, ACH010 must be either expected, in `either:` or proven by an
    evidence quote (exactly one of them), and every requirement line of the charter must be covered exactly once
    by an ACH008 entry (expected, either or evidence).
With --check nothing is rewritten; the exit code is 1 when a file would change or a check fails.
"""
import pathlib
import re
import sys

import yaml

# Requirement lines of each buyer charter (the clauses addressed to vendors or tools).
REQUIREMENT_LINE = {
    "charte-ia-saint-aubin.md": r"^\d\. Le fournisseur ",
    "charte-ia-haute-viere.md": r"^9\.\d+\. ",
    "charte-ia-bremontier.md": r"^- \*\*F\d\.\*\* ",
    "charte-ia-val-de-lorne.md": r"^Exigence n° \d+ : ",
    "charte-ia-causses-vallons.md": r"^\| R\d \| ",
    "charte-ia-monts-ardelle.md": r"^- \(P\d+\) ",
    "charte-ia-sdis-ysene.md": r"^EX-\d{2} — ",
    "charte-ia-haut-levant.md": r"^[a-j]\) ",
    "charte-ia-cdg-sorgeanne.md": r"^\*\*\d+°\*\* ",
    "charte-ia-ccas-valmoirand.md": r"^☐ E\d+ ",
    "charte-ia-vaux-ormance.md": r"^(Les données du Syndicat confiées |Dans son offre, le candidat déclare |Il est interdit au prestataire |\| (Suppression|Notification|Restitution|Première réponse) |Le candidat joint à son offre |L'outil permet à tout moment |Le candidat indique dans son offre |Le prestataire fournit la notice |Le titulaire ou son hébergeur détient )",
    "charte-ia-haut-dreveron.md": r"^\| (Le titulaire |L'outil )",
    "charte-ia-lormieres.md": r"^(Sont exclues les offres qui prévoient |Il est exigé que le prestataire, son hébergeur |Les requêtes des agents, les documents |Chaque agent vide son historique |L'outil enregistre pour chaque requête |Tout fournisseur s'engage |La Ville peut faire vérifier |Toute violation de données touchant |Au moment de l'achat, il est exigé |Chaque texte produit par l'outil |L'interface de l'outil doit être conforme )",
}
CHECKLIST = ["ACH001", "ACH002", "ACH003", "ACH004", "ACH005", "ACH006", "ACH007", "ACH009", "ACH010"]

CHARTER_EXCERPT = re.compile(r"charte[^«]*«\s*(.+?)\s*»")
OFFER_HINT = re.compile(r"offre l\. (\?|\d+) «\s*(.+?)\s*»")


def unique_line(lines, excerpt, what):
    hits = [i + 1 for i, line in enumerate(lines) if excerpt in line]
    if len(hits) != 1 or lines[hits[0] - 1].count(excerpt) != 1:
        raise SystemExit(f"{what}: excerpt « {excerpt} » found on lines {hits}, need exactly one")
    return hits[0]


def process(gold: pathlib.Path, check: bool) -> bool:
    offer = gold.with_name(gold.name.replace(".gold.yaml", ".md"))
    text = gold.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    charter = (gold.parent / data["charter"]).resolve()
    charter_lines = charter.read_text(encoding="utf-8").splitlines()
    offer_text = offer.read_text(encoding="utf-8")
    offer_lines = offer_text.splitlines()

    out = []
    for raw in text.splitlines():
        line = raw
        if "#" in raw:
            body, comment = raw.split("#", 1) if not raw.lstrip().startswith("#") else ("", raw)
            m = CHARTER_EXCERPT.search(comment)
            if m and "lines: [" in body:
                n = unique_line(charter_lines, m.group(1), f"{gold.name} -> {charter.name}")
                body = re.sub(r"lines: \[[^\]]*\]", f"lines: [{n}]", body)
            h = OFFER_HINT.search(comment)
            if h:
                n = unique_line(offer_lines, h.group(2), f"{gold.name} -> {offer.name}")
                comment = comment[: h.start(1)] + str(n) + comment[h.end(1):]
            line = body + "#" + comment if body else comment
        out.append(line)
    new = "\n".join(out) + "\n"
    changed = new != text
    if changed and not check:
        gold.write_text(new, encoding="utf-8")
    data = yaml.safe_load(new)

    ok = True
    def fail(msg):
        nonlocal ok
        ok = False
        print(f"{gold.name}: {msg}")

    expect = data.get("expect") or []
    either = data.get("either") or []
    evidence = data.get("evidence") or []
    for e in evidence:
        q = e["quote"]
        if offer_text.count(q) != 1 or "\n" in q:
            fail(f"evidence quote not found exactly once: {q[:60]}")
    # completeness of the checklist codes
    for code in CHECKLIST:
        n = sum(1 for e in expect if e["code"] == code) + sum(1 for e in either if e["code"] == code) \
            + sum(1 for e in evidence if e["code"] == code)
        if n != 1:
            fail(f"{code} appears {n} times across expect/either/evidence (need 1)")
    # completeness of the charter requirements
    pattern = REQUIREMENT_LINE[charter.name]
    req = [i + 1 for i, l in enumerate(charter_lines) if re.match(pattern, l)]
    seen = []
    for e in expect + either + evidence:
        if e["code"] == "ACH008":
            if not e.get("lines"):
                fail("ACH008 entry without lines")
            seen += e.get("lines", [])
    if sorted(seen) != req:
        fail(f"ACH008 lines {sorted(seen)} != charter requirement lines {req}")
    if changed and check:
        fail("line numbers out of date (run without --check)")
    return ok


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    folder = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent.parent
    golds = sorted(folder.glob("*.gold.yaml"))
    results = [process(g, check) for g in golds]
    n_expect = 0
    for g in golds:
        d = yaml.safe_load(g.read_text(encoding="utf-8"))
        n_expect += len(d.get("expect") or [])
    print(f"{len(golds)} gold files, {n_expect} expected findings, {'ok' if all(results) else 'FAILED'}")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
