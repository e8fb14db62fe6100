// Opens charte's HTML pages in headless Chromium and reports, as one JSON document on standard output:
// - every axe-core violation of the WCAG 2.0 / 2.1 level A and AA rules (RGAA follows WCAG 2.1 AA);
// - for a page given as `layout:FILE` (the comparison page), every element of the title and introduction that a
//   turned column name overlaps, and every column name that spills out of its header cell;
// - for the same page printed to PDF (A4 landscape, its own @page rule), the pages of the matrix that lack the
//   header row: it must repeat on every page (read back with pdftotext, from poppler-utils).
// Run by tests/browser.rs: `node check-pages.mjs CHROMIUM PAGE... [layout:PAGE]`. No network: the pages are local
// files with no outside resource, and Chromium is started with every background connection off.

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// Without these flags Chromium tries to reach Google's services and, the network being closed, stalls.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const [executablePath, ...pages] = process.argv.slice(2);
if (!executablePath || pages.length === 0) {
  console.error("usage: node check-pages.mjs CHROMIUM PAGE... [layout:PAGE]");
  process.exit(2);
}

// Boxes of the title and introduction (everything before the matrix) and of each turned column name.
function layout() {
  const table = document.querySelector("table");
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const before = [];
  for (let e = document.body.firstElementChild; e && !e.contains(table); e = e.nextElementSibling) {
    before.push({ what: `${e.tagName.toLowerCase()}${e.className ? "." + e.className : ""}`, box: box(e) });
  }
  // The box of the name's text itself (a Range), not of its element: text that overflows its cell is outside the
  // cell's box but inside this one.
  const names = [...document.querySelectorAll("th.col")].map((th) => {
    const text = document.createRange();
    text.selectNodeContents(th);
    return { what: th.textContent, cell: box(th), box: box(text) };
  });
  return { before, names };
}

// The page printed to PDF, read back page by page with pdftotext (poppler-utils): the pages holding rows of the
// matrix (a coverage cell such as « 3/4 (75 %) ») and, among them, those without the header row (its first cell,
// « Sujet » or « Topic », alone on its line).
function printedHeader(pdf) {
  const dir = mkdtempSync(join(tmpdir(), "charte-pdf-"));
  try {
    const file = join(dir, "page.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    const rows = pages.map((p, i) => [i + 1, p]).filter(([, p]) => /\d+\/\d+ \(\d+\s?%\)/.test(p));
    return {
      pages: pages.length,
      matrix_pages: rows.map(([i]) => i),
      without_header: rows.filter(([, p]) => !/^\s*(Sujet|Topic)\s*$/m.test(p)).map(([i]) => i),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a, b, slack) =>
  a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack;

const profile = mkdtempSync(join(tmpdir(), "charte-chromium-"));
let context;
const report = { pages: [] };
try {
  // A fresh profile each run (Playwright passes it as --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    timeout: 60000,
    viewport: { width: 1280, height: 900 },
  });
  // The pages must need nothing from outside: any request other than the page itself is a failure.
  const outside = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  for (const arg of pages) {
    const checkLayout = arg.startsWith("layout:");
    const file = resolve(checkLayout ? arg.slice("layout:".length) : arg);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 30000 });
    await page.addScriptTag({ path: AXE });
    const axe = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
      TAGS,
    );
    const entry = {
      page: file,
      violations: axe.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
        count: v.nodes.length,
      })),
    };
    if (checkLayout) {
      const { before, names } = await page.evaluate(layout);
      entry.columns = names.length;
      entry.overlaps = [];
      entry.spills = [];
      for (const n of names) {
        for (const b of before) {
          if (meets(n.box, b.box)) entry.overlaps.push({ column: n.what, element: b.what, name: n.box, other: b.box });
        }
        if (!inside(n.box, n.cell, 1)) entry.spills.push({ column: n.what, name: n.box, cell: n.cell });
      }
      entry.print = printedHeader(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    }
    report.pages.push(entry);
    await page.close();
  }
  report.outside_requests = outside;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
