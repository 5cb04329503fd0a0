// Annalist's page. Every string that comes from the store (article text, names, quotes) reaches
// the page through textContent or text nodes, never innerHTML, so a hostile article stays text.
"use strict";

const view = document.getElementById("view");

// el("a", {href: "#/"}, "text", child, ...): an element with attributes and children (strings become text nodes)
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.code || response.status}: ${body.detail || body.title}`);
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function failed(error) {
  show(el("div", { class: "error", role: "alert" }, String(error.message || error)));
}

const entityLink = (id, name) => el("a", { href: `#/entity/${id}`, class: "entity-link" }, name);
const docLink = (id, title) => el("a", { href: `#/doc/${id}`, class: "doc-link" }, title || `Document ${id}`);
const qs = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")).toString();

function pager(page, go) {
  return el("div", { class: "pager" },
    page.offset > 0 ? el("button", { class: "secondary", onclick: () => go(Math.max(0, page.offset - page.limit)) }, "Previous") : null,
    el("span", { class: "muted" }, `${page.offset + 1}–${page.offset + page.items.length}`),
    page.more ? el("button", { class: "secondary", onclick: () => go(page.offset + page.limit) }, "Next") : null);
}

// A YYYY-MM-DD day as a Date at noon UTC, so no time zone moves it to a neighbouring day
const noonOf = (iso) => new Date(`${iso}T12:00:00Z`);

// ---- timeline (vis-timeline): dated sentences and dated events of a story, zoomable
function timelineView(data) {
  const box = el("div", { id: "timeline" });
  const detail = el("div", { id: "timeline-detail" });
  const items = [];
  const info = new Map();
  for (const day of data.timeline.dates) {
    day.sentences.forEach((s, i) => {
      const id = `d${day.date}-${i}`;
      items.push({ id, group: "dates", start: noonOf(day.date), className: "tl-date", content: el("span", { class: "tl-item" }, s.text) });
      info.set(id, () => el("div", { class: "card" }, el("strong", {}, day.date), " ", s.text, " ", docLink(s.document, "(article)")));
    });
  }
  const perDay = new Map();
  for (const e of data.events) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(e.date)) continue;
    // the events come most reported first: two a day tell the story, more only crowd the view
    const day = e.date.slice(0, 10);
    if ((perDay.get(day) || 0) >= 2) continue;
    perDay.set(day, (perDay.get(day) || 0) + 1);
    const id = `e${e.id}`;
    const who = e.actors.map((a) => a.name).join(", ");
    items.push({ id, group: "events", start: noonOf(e.date.slice(0, 10)), className: "tl-event", content: el("span", { class: "tl-item" }, `${e.type}: ${who || e.trigger}`) });
    info.set(id, () => el("div", { class: "card" }, el("strong", {}, `${e.date} ${e.type}`), ` "${e.trigger}" — `,
      ...e.actors.flatMap((a, i) => [i ? ", " : "", entityLink(a.entity, a.name)]), ` (${e.source_count} article(s))`));
  }
  if (items.length === 0) return el("p", { class: "muted" }, "No dated sentences or events for this timeline.");
  setTimeout(() => {
    if (!window.vis) { box.textContent = "The timeline library did not load."; return; }
    const groups = new vis.DataSet([{ id: "dates", content: "Dates" }, { id: "events", content: "Events" }]);
    const timeline = new vis.Timeline(box, new vis.DataSet(items), groups, { stack: true, zoomable: true, maxHeight: 420, margin: { item: 4 } });
    // open on where most items are: a stray date decades away would squeeze the rest into a line
    const times = items.map((i) => i.start.getTime()).sort((a, b) => a - b);
    const pick = (f) => times[Math.min(times.length - 1, Math.floor(f * times.length))];
    const pad = 3 * 86400000;
    timeline.setWindow(new Date(pick(0.1) - pad), new Date(pick(0.9) + pad), { animation: false });
    timeline.on("select", (p) => detail.replaceChildren(...p.items.filter((id) => info.has(id)).map((id) => info.get(id)())));
  });
  return el("div", {}, box, detail);
}

// ---- home and search
async function home(params) {
  const offset = Number(params.get("offset") || 0);
  const [docs, entities] = await Promise.all([api(`/api/documents?${qs({ offset, limit: 20 })}`), api("/api/entities?limit=15")]);
  show(el("h1", {}, "Articles"),
    el("div", { class: "columns" },
      el("section", {}, documentList(docs.items), pager(docs, (o) => go(`#/?offset=${o}`))),
      el("aside", {}, el("h2", {}, "Most mentioned"), entityList(entities.items))));
}

function documentList(items) {
  if (items.length === 0) return el("p", { class: "muted" }, "No articles.");
  return el("ul", { class: "list documents" }, items.map((d) =>
    el("li", {}, docLink(d.id, d.title || d.snippet.slice(0, 80)), " ", el("span", { class: "muted" }, d.date || ""),
      el("div", { class: "snippet" }, d.snippet))));
}

function entityList(items) {
  return el("ul", { class: "list entities" }, items.map((e) =>
    el("li", {}, el("span", { class: `tag ent-${e.type}` }, e.type), entityLink(e.id, e.name), " ",
      el("span", { class: "muted" }, `${e.mentions} mentions in ${e.documents} articles`))));
}

function quoteList(items) {
  if (items.length === 0) return el("p", { class: "muted" }, "No quotes.");
  return el("ul", { class: "list quotes" }, items.map((q) =>
    el("li", {}, el("span", { class: "quote-text" }, `“${q.text}”`), " — ",
      q.speaker ? entityLink(q.speaker.entity, q.speaker.name) : el("span", { class: "muted" }, q.speaker_text || "unknown speaker"),
      " ", ...q.sources.slice(0, 3).map((s) => docLink(s.document, `[${s.date || s.document}]`)))));
}

async function search(params) {
  const q = params.get("q") || "";
  document.getElementById("search").value = q;
  const [found, timeline] = await Promise.all([api(`/api/search?${qs({ q })}`), api(`/api/timeline?${qs({ q })}`)]);
  show(el("h1", {}, `Search: ${q}`),
    el("h2", {}, "Timeline"), timelineView(timeline),
    el("div", { class: "columns" },
      el("section", {}, el("h2", {}, "Articles"), documentList(found.documents), el("h2", {}, "Quotes"), quoteList(found.quotes)),
      el("aside", {}, el("h2", {}, "Entities"), found.entities.length ? entityList(found.entities) : el("p", { class: "muted" }, "No entities."))));
}

// ---- article view with annotations in place
// Cuts the text at every annotation boundary; each piece is wrapped in the spans of the
// annotations covering it (quote outermost), and an annotation's label follows its last piece.
function annotate(doc) {
  const text = doc.document.text;
  const anns = [];
  for (const q of doc.quotes) anns.push({ start: q.start, end: q.end, rank: 0, cls: "quote", label: q.speaker ? `— ${q.speaker.name || q.speaker.text}` : null, labelCls: "speaker" });
  for (const e of doc.entities)
    for (const m of e.mentions) anns.push({ start: m.start, end: m.end, rank: 1, cls: `ent ent-${e.type}`, label: e.type, entity: e.id, title: `${e.name} (${e.type}, ${m.kind})` });
  for (const t of doc.times) anns.push({ start: t.start, end: t.end, rank: 2, cls: "time", label: t.value, labelCls: "time-label", title: `${t.type} ${t.value}` });
  for (const v of doc.events) {
    const args = [`actors: ${v.actors.map((a) => a.text).join(", ") || "-"}`, `recipients: ${v.recipients.map((a) => a.text).join(", ") || "-"}`];
    if (v.location) args.push(`location: ${v.location.text}`);
    if (v.date) args.push(`date: ${v.date}`);
    anns.push({ start: v.trigger.start, end: v.trigger.end, rank: 3, cls: "trigger", label: v.type, labelCls: "trigger-label", title: `${v.type} (${v.modality}) ${args.join("; ")}` });
  }
  const cuts = new Set([0, text.length]);
  for (const a of anns) if (a.start >= 0 && a.end <= text.length && a.start < a.end) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const root = el("div", { class: "article", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = anns.filter((a) => a.start <= from && a.end >= to).sort((x, y) => x.rank - y.rank);
    let node = document.createTextNode(text.slice(from, to));
    const labels = [];
    for (const a of covering.slice().reverse()) {
      const span = el("span", { class: `ann ${a.cls}`, title: a.title || null, "data-entity": a.entity || null }, node);
      if (a.entity) span.addEventListener("click", () => go(`#/entity/${a.entity}`));
      if (a.end === to && a.label) labels.push(el("span", { class: `label ${a.labelCls || ""}` }, a.label));
      node = span;
    }
    root.appendChild(node);
    for (const l of labels) root.appendChild(l);
  }
  return root;
}

async function article(id) {
  const doc = await api(`/api/documents/${id}`);
  const d = doc.document;
  const legend = el("div", { class: "legend" },
    ["PERSON", "ORGANIZATION", "GPE", "LOCATION", "GROUP", "FACILITY", "EVENT", "OTHER"].map((t) => el("span", { class: `ent-${t}` }, t)),
    el("span", { class: "time" }, "time"), el("span", { class: "trigger" }, "event trigger"), el("span", { class: "quote" }, "quote"));
  show(el("h1", {}, d.title || `Document ${d.store_id}`),
    el("p", { class: "muted" }, [d.date, d.source, d.id].filter(Boolean).join(" · "), " ", d.url ? el("a", { href: d.url, rel: "noopener noreferrer nofollow" }, "source") : null),
    legend,
    el("div", { class: "columns" },
      annotate(doc),
      el("aside", {},
        el("h2", {}, "Entities"), el("ul", { class: "list" }, doc.entities.map((e) =>
          el("li", {}, el("span", { class: `tag ent-${e.type}` }, e.type), entityLink(e.id, e.name), el("span", { class: "muted" }, ` ×${e.mentions.length}`)))),
        el("h2", {}, "Events"), el("ul", { class: "list" }, doc.events.map((v) =>
          el("li", {}, el("strong", {}, v.type), ` “${v.trigger.text}” `, el("span", { class: "muted" }, v.date || ""), " ",
            ...v.actors.flatMap((a, i) => [i ? ", " : "", entityLink(a.entity, a.text)])))),
        el("h2", {}, "Quotes"), el("ul", { class: "list" }, doc.quotes.map((q) =>
          el("li", {}, el("span", { class: "quote-text" }, `“${q.text}”`), " — ",
            q.speaker && q.speaker.entity ? entityLink(q.speaker.entity, q.speaker.name) : el("span", { class: "muted" }, q.speaker ? q.speaker.text : "?")))))));
}

// ---- entity page
async function entity(id, params) {
  const offset = Number(params.get("offset") || 0);
  const data = await api(`/api/entities/${id}?${qs({ offset, limit: 10 })}`);
  const e = data.entity;
  const timeline = await api(`/api/timeline?${qs({ entity: e.key, dates: 15 })}`);
  show(el("h1", {}, e.name, " ", el("span", { class: `tag ent-${e.type}` }, e.type)),
    el("p", { class: "muted" }, `${e.mentions} mentions in ${e.documents} articles`, e.wikidata ? ` · ${e.wikidata}` : "", e.role ? ` · ${e.role}` : ""),
    el("p", {}, "Also called: ", e.aliases.join(", ") || "—"),
    el("h2", {}, "Timeline"), timelineView(timeline),
    el("div", { class: "columns" },
      el("section", {},
        el("h2", {}, "Mentions"),
        el("ul", { class: "list mentions" }, data.mentions.items.map((m) =>
          el("li", {}, docLink(m.document, m.title), " ", el("span", { class: "muted" }, `${m.date || ""} · ${m.count}×`),
            ...m.contexts.map((c) => el("div", { class: "kwic" }, "…", c.before, el("mark", {}, c.text), c.after, "…"))))),
        pager(data.mentions, (o) => go(`#/entity/${id}?offset=${o}`)),
        el("h2", {}, "Quotes"), quoteList(data.quotes),
        el("p", {}, el("a", { href: `#/quotes?${qs({ speaker: e.key })}` }, "All quotes by this speaker"))),
      el("aside", {},
        el("h2", {}, "Events"), el("ul", { class: "list" }, data.events.map((v) =>
          el("li", {}, el("strong", {}, v.type), ` ${v.date || "undated"} `, el("span", { class: "muted" }, `as ${v.role}, ${v.source_count} article(s)`)))),
        el("h2", {}, "Appears with"), el("ul", { class: "list co" }, data.co_occurring.map((c) =>
          el("li", {}, el("span", { class: `tag ent-${c.type}` }, c.type), entityLink(c.entity, c.name), el("span", { class: "muted" }, ` ${c.documents} articles`)))))));
}

// ---- quote browser
async function quotes(params) {
  const speaker = params.get("speaker") || "";
  const q = params.get("q") || "";
  const offset = Number(params.get("offset") || 0);
  const page = await api(`/api/quotes?${qs({ speaker, q, offset, limit: 25 })}`);
  const speakerBox = el("input", { id: "quote-speaker", placeholder: "Speaker", value: speaker });
  const textBox = el("input", { id: "quote-text", placeholder: "Words in the quote", value: q });
  const form = el("form", { class: "filters", onsubmit: (ev) => { ev.preventDefault(); go(`#/quotes?${qs({ speaker: speakerBox.value, q: textBox.value })}`); } },
    speakerBox, textBox, el("button", { type: "submit" }, "Filter"));
  show(el("h1", {}, "Quotes"), form, quoteList(page.items), pager(page, (o) => go(`#/quotes?${qs({ speaker, q, offset: o })}`)));
}

// ---- routing on the fragment: #/, #/search?q=, #/doc/ID, #/entity/ID, #/quotes?speaker=
function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

async function route() {
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  document.body.dataset.view = "loading";
  try {
    if (parts[0] === "search" && params.get("q")) await search(params);
    else if (parts[0] === "doc" && /^\d+$/.test(parts[1] || "")) await article(parts[1]);
    else if (parts[0] === "entity" && /^\d+$/.test(parts[1] || "")) await entity(parts[1], params);
    else if (parts[0] === "quotes") await quotes(params);
    else await home(params);
    document.body.dataset.view = parts[0] || "home";
  } catch (error) {
    failed(error);
    document.body.dataset.view = "error";
  }
  window.scrollTo(0, 0);
}

document.getElementById("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = document.getElementById("search").value.trim();
  if (q) go(`#/search?${qs({ q })}`);
});
window.addEventListener("hashchange", route);
route();
