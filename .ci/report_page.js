// The HTML report as a person sees it, in headless Chromium (Debian's
// chromium, driven by puppeteer-core): axe-core finds no accessibility
// violation; screenshots at screen width (1200 px) and phone width
// (400 px); the seat chart in greyscale, where every two seat groups must
// still look different (their seats differ in outline or clearly in grey).
//
// usage: node report_page.js NODE_MODULES OUT_DIR PAGE.html...
"use strict";
const path = require("path");
const fs = require("fs");
const [modules, outDir, ...pages] = process.argv.slice(2);
const puppeteer = require(path.join(modules, "puppeteer-core"));
const { PNG } = require(path.join(modules, "pngjs"));
const axeSource = path.join(modules, "axe-core", "axe.min.js");

function fail(msg) {
  console.error("FAILED: " + msg);
  process.exitCode = 1;
}

// The outline (8 x 8 cells inked or not) and mean grey of a seat's image.
function signature(buffer) {
  const png = PNG.sync.read(Buffer.from(buffer));
  const { width: w, height: h, data } = png;
  const grey = (i) => 0.299 * data[4 * i] + 0.587 * data[4 * i + 1] + 0.114 * data[4 * i + 2];
  const inked = [];
  for (let i = 0; i < w * h; i++) if (grey(i) < 235) inked.push(i);
  if (inked.length === 0) return null;
  const xs = inked.map((i) => i % w), ys = inked.map((i) => Math.floor(i / w));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const grid = [];
  for (let gy = 0; gy < 8; gy++)
    for (let gx = 0; gx < 8; gx++) {
      const x = x0 + Math.floor(((x1 - x0) * (2 * gx + 1)) / 16);
      const y = y0 + Math.floor(((y1 - y0) * (2 * gy + 1)) / 16);
      grid.push(grey(y * w + x) < 235);
    }
  const mean = inked.reduce((s, i) => s + grey(i), 0) / inked.length;
  return { grid, mean };
}

async function check(browser, file) {
  const name = path.basename(file, ".html");
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
  // Accessibility: axe-core's rules, 0 violations.
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document);
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  if (result.length > 0) fail(`${name}: axe-core finds ${result.length} violation(s):\n  ${result.join("\n  ")}`);
  else console.log(`ok: ${name}: axe-core finds no violation`);
  // Structure: the language, headings in order, a seat table, no script
  // of the page's own (axe's was added above).
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    levels: [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => +h.tagName[1]),
    table: !!document.querySelector("table caption") && document.querySelectorAll("table tbody tr").length,
    groups: [...document.querySelectorAll("svg g.group")].map((g) => !!g.querySelector("title") && !!g.querySelector("desc")),
  }));
  if (!facts.lang) fail(`${name}: no lang attribute`);
  facts.levels.forEach((l, i) => {
    if (i === 0 ? l !== 1 : l > facts.levels[i - 1] + 1) fail(`${name}: heading levels out of order: ${facts.levels}`);
  });
  if (facts.groups.length > 0 && !facts.table) fail(`${name}: no seat table`);
  if (facts.groups.some((g) => !g)) fail(`${name}: a seat group without <title> and <desc>`);
  // Screenshots: screen width and phone width, the whole page.
  await page.screenshot({ path: path.join(outDir, `${name}-1200.png`), fullPage: true });
  await page.setViewport({ width: 400, height: 800 });
  await page.screenshot({ path: path.join(outDir, `${name}-400.png`), fullPage: true });
  const overflow = await page.evaluate(() => {
    const w = window.innerWidth;
    if (document.documentElement.scrollWidth <= w + 1) return "";
    const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 1);
    return wide.slice(0, 5).map((e) => e.tagName + " " + (e.textContent || "").slice(0, 40)).join(" | ") || "?";
  });
  if (overflow) fail(`${name}: the page is wider than a phone's 400 px: ${overflow}`);
  // Greyscale: the chart, and each group's first seat up close.
  if (facts.groups.length > 0) {
    await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 4 });
    await page.addStyleTag({ content: "html{filter:grayscale(1)}" });
    const chart = await page.$(".chart svg");
    await chart.screenshot({ path: path.join(outDir, `${name}-grey.png`) });
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll("svg g.group")].map((g) => {
        const s = g.querySelector(".seat").getBoundingClientRect();
        return { x: s.x + window.scrollX - 2, y: s.y + window.scrollY - 2, width: s.width + 4, height: s.height + 4 };
      })
    );
    const sigs = [];
    for (const clip of boxes) sigs.push(signature(await page.screenshot({ clip, captureBeyondViewport: true })));
    for (let i = 0; i < sigs.length; i++)
      for (let j = i + 1; j < sigs.length && j < 7; j++) {
        if (!sigs[i] || !sigs[j]) { fail(`${name}: a seat is blank in greyscale`); continue; }
        const cells = sigs[i].grid.filter((c, k) => c !== sigs[j].grid[k]).length;
        const gap = Math.abs(sigs[i].mean - sigs[j].mean);
        if (cells < 4 && gap < 40) fail(`${name}: seat groups ${i + 1} and ${j + 1} look alike in greyscale (${cells} cells, ${gap.toFixed(0)} grey levels apart)`);
      }
    console.log(`ok: ${name}: ${sigs.length} seat groups stay apart in greyscale`);
  }
  // Print: A4, headings kept with what follows.
  await page.emulateMediaType("print");
  const print = await page.evaluate(() => {
    const h = document.querySelector("h2");
    return h ? getComputedStyle(h).breakAfter : "avoid";
  });
  if (print !== "avoid") fail(`${name}: a heading may end a printed page (break-after: ${print})`);
  await page.close();
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-color-profile=srgb"],
  });
  try {
    for (const file of pages) await check(browser, file);
  } finally {
    await browser.close();
  }
})().catch((e) => fail(String(e && e.stack || e)));
