// Side-by-side: chrono-node and Annalist on the same TimeML texts and reference dates (the DCT).
// Both are scored against the gold TIMEX3 of the files with the same measure: expressions found
// (gold expressions overlapped by a system expression), values right (of those, the TIMEX3 value
// equal to gold), precision, and speed.
//   node compare.mjs --annalist ../../out/annalist/annalist DIR [DIR...]
// chrono-node gives dates, not TIMEX3: its value is written at the granularity it is sure of
// (YYYY-MM-DD, YYYY-MM, YYYY, plus THH:MM when it knows the hour). It has no durations or sets,
// so on those it can find the text but never the value.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import * as chrono from "chrono-node";

const args = process.argv.slice(2);
let annalist = null;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--annalist") annalist = args[++i];
  else dirs.push(args[i]);
}
if (dirs.length === 0) {
  console.error("usage: node compare.mjs [--annalist PATH] DIR [DIR...]");
  process.exit(2);
}

// TEXT content with TIMEX3/EVENT/SIGNAL tags taken out, and the TIMEX3 spans in it.
function readTimeML(source) {
  const dct = (source.match(/<DCT>\s*<TIMEX3\b[^>]*value="(\d{4}-\d\d-\d\d)/) || [])[1] || null;
  const open = source.match(/<TEXT\b[^>]*>/);
  const start = open.index + open[0].length;
  const end = source.indexOf("</TEXT>", start);
  const raw = source.slice(start, end);
  let text = "";
  const spans = [];
  let openTimex = null;
  let pos = 0;
  for (const m of raw.matchAll(/<(\/?)(TIMEX3|EVENT|SIGNAL)\b([^>]*)>/g)) {
    text += raw.slice(pos, m.index);
    pos = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (!m[1]) openTimex = { start: text.length, attrs: m[3] };
    else if (openTimex) {
      const value = (openTimex.attrs.match(/value="([^"]*)"/) || [])[1] || "";
      spans.push({ start: openTimex.start, end: text.length, value });
      openTimex = null;
    }
  }
  text += raw.slice(pos);
  return { dct, text, spans };
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
function chronoValue(c) {
  const y = c.get("year"), mo = c.get("month"), d = c.get("day");
  let v;
  if (c.isCertain("day") || (c.isCertain("weekday") && d)) v = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  else if (c.isCertain("month")) v = `${pad(y, 4)}-${pad(mo)}`;
  else if (c.isCertain("year")) v = pad(y, 4);
  else v = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`; // "yesterday", "today": relative but resolved
  if (c.isCertain("hour")) v += `T${pad(c.get("hour"))}:${pad(c.get("minute") ?? 0)}`;
  return v;
}

function score(name, docs, predictedOf) {
  let gold = 0, predicted = 0, found = 0, right = 0, matchedPredicted = 0;
  for (const d of docs) {
    const pred = predictedOf(d);
    gold += d.spans.length;
    predicted += pred.length;
    for (const p of pred) if (d.spans.some(g => p.start < g.end && g.start < p.end)) matchedPredicted++;
    for (const g of d.spans) {
      const p = pred.find(p => p.start < g.end && g.start < p.end);
      if (!p) continue;
      found++;
      if (p.value === g.value) right++;
    }
  }
  const precision = predicted ? matchedPredicted / predicted : 0, recall = gold ? found / gold : 0;
  const f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  return { name, gold, predicted, found, right, precision, recall, f1 };
}

const pct = x => (100 * x).toFixed(1);
for (const dir of dirs) {
  const files = fs.readdirSync(dir).filter(f => f.endsWith(".tml")).sort();
  const docs = files.map(f => ({ file: f, ...readTimeML(fs.readFileSync(path.join(dir, f), "utf8")) }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  // chrono-node, timed over the parse calls only, after one untimed pass (as Annalist's eval does)
  const chronoResults = new Map();
  for (const d of docs) chrono.parse(d.text, d.dct ? new Date(`${d.dct}T12:00:00`) : new Date());
  const t0 = process.hrtime.bigint();
  for (const d of docs) {
    const ref = d.dct ? new Date(`${d.dct}T12:00:00`) : new Date();
    chronoResults.set(d.file, chrono.parse(d.text, ref));
  }
  const chronoSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const chronoScore = score("chrono-node", docs, d => chronoResults.get(d.file).map(r => ({
    start: r.index, end: r.index + r.text.length, value: chronoValue(r.start),
  })));

  const rows = [chronoScore];
  const speeds = { "chrono-node": `${(chars / chronoSeconds / 1e6).toFixed(2)} MB/s (parse calls only)` };
  if (annalist) {
    // Annalist writes TimeML (scored here like chrono); its speed is what `eval timex` measures
    // in-process over the same texts: tokens, sentences and times, one thread, second pass
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "annalist-chrono-"));
    execFileSync(annalist, ["timeml", "--in", dir, "--out", out], { stdio: ["ignore", "ignore", "ignore"] });
    const evalOut = execFileSync(annalist, ["eval", "timex", "--gold", dir], { encoding: "utf8" });
    const mbs = (evalOut.match(/= ([\d.]+) MB\/s/) || [])[1];
    const tagged = new Map(files.map(f => [f, readTimeML(fs.readFileSync(path.join(out, f), "utf8")).spans]));
    rows.push(score("Annalist", docs, d => tagged.get(d.file)));
    speeds["Annalist"] = `${mbs} MB/s (tokens, sentences and times)`;
    fs.rmSync(out, { recursive: true, force: true });
  }
  console.log(`${dir}: ${docs.length} documents, ${chars} characters, ${rows[0].gold} gold TIMEX3`);
  console.log("  system        predicted  found (recall)   values right   relaxed P / R / F1   speed");
  for (const r of rows)
    console.log(`  ${r.name.padEnd(12)}  ${String(r.predicted).padStart(9)}  ${String(r.found).padStart(5)} (${pct(r.recall)}%)   ${String(r.right).padStart(5)} (${pct(r.right / r.gold)}%)   ${pct(r.precision)} / ${pct(r.recall)} / ${pct(r.f1)}   ${speeds[r.name]}`);
}
