// The overview (#/?filters): figures, search results, filters, timeline, map and the
// event table. Filters live in the URL hash so a view can be bookmarked and shared.

import { eventToll, get, getCached } from "./api.js";
import { append, clear, h, ltr, snippetNodes } from "./dom.js";
import { arrow, fmtNum, placeName, t, typeName } from "./i18n.js";
import { drawMap } from "./map.js";
import { drawTimeline } from "./timeline.js";
import { EVENT_TYPES, swatch } from "./types.js";

export const FILTER_KEYS = ["country", "type", "since", "until", "source", "entity"];
const STATE_KEYS = [...FILTER_KEYS, "q", "sort", "page"];
// Rows per table page (the API allows up to 200).
export const PAGE_SIZE = 25;
const SORTS = { date: ["-date", "date"], killed: ["-killed", "killed"] };

export function parseState(query) {
  const params = new URLSearchParams(query || "");
  const state = {};
  for (const key of STATE_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

export function stateHash(state) {
  const params = new URLSearchParams();
  for (const key of STATE_KEYS) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  return query ? `#/?${query}` : "#/";
}

/** The API parameters of a state: the filters, and the search words, which narrow the
 * table, map and timeline to the events of the matching articles. */
function filtersOf(state) {
  const out = {};
  for (const key of [...FILTER_KEYS, "q"]) if (state[key]) out[key] = state[key];
  return out;
}

function select(name, label, options, value, onChange) {
  return h("label", null, h("span", null, label),
    h("select", { name, onchange: (ev) => onChange(ev.target.value) },
      h("option", { value: "" }, t("filter.any")),
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))));
}

function dateInput(name, label, value, onChange) {
  return h("label", null, h("span", null, label),
    h("input", { type: "date", name, value: value || "",
      onchange: (ev) => onChange(ev.target.value) }));
}

function filterBar(state, stats, navigate) {
  const set = (key) => (value) => navigate({ ...state, [key]: value, page: "" });
  const types = stats.event_types || {};
  const typeOptions = EVENT_TYPES.map((ty) => [ty,
    `${typeName(ty)}${types[ty] ? ` (${fmtNum(types[ty])})` : ""}`]);
  // /api/stats counts the events of each country: the box offers them, busiest first.
  const byCountry = stats.countries || {};
  const countries = Object.keys(byCountry).sort((a, b) => byCountry[b] - byCountry[a]
    || (a < b ? -1 : a > b ? 1 : 0));
  const sources = Object.keys(stats.sources || {}).sort();
  const countryInput = h("input", { name: "country", list: "country-list", value: state.country || "",
    maxlength: "3", size: "4", placeholder: "KAZ",
    onchange: (ev) => set("country")(ev.target.value.trim().toUpperCase()) });
  return h("form", { class: "filters", onsubmit: (ev) => ev.preventDefault() },
    h("label", null, h("span", null, t("filter.country")), countryInput,
      h("datalist", { id: "country-list" }, countries.map((c) => h("option",
        { value: c, label: `${c} (${fmtNum(byCountry[c])})` })))),
    select("type", t("filter.type"), typeOptions, state.type, set("type")),
    dateInput("since", t("filter.since"), state.since, set("since")),
    dateInput("until", t("filter.until"), state.until, set("until")),
    select("source", t("filter.source"), sources.map((x) => [x, x]), state.source, set("source")),
    state.entity ? h("span", { class: "chip" }, state.entity) : null,
    h("button", { type: "button", class: "reset", onclick: () => navigate({}) }, t("filter.reset")));
}

function statsLine(stats) {
  const item = (n, key) => h("span", { class: "figure" }, h("b", null, fmtNum(n ?? 0)), " ", t(key));
  return h("p", { class: "stats" }, item(stats.documents, "stats.documents"),
    item(stats.events, "stats.events"), item(stats.entities, "stats.entities"),
    item(stats.comments, "stats.comments"),
    stats.first_date ? h("span", { class: "figure" }, `${stats.first_date} – ${stats.last_date}`)
      : null);
}

async function drawSearch(box, state, navigate, isCurrent) {
  const data = await get("/search", { q: state.q, limit: 20 });
  if (!isCurrent()) return;
  clear(box);
  box.append(h("div", { class: "panel-head" }, h("h2", null, `${t("search.results")}: `,
    h("bdi", null, state.q), ` (${fmtNum(data.total ?? data.items.length)})`),
  h("button", { type: "button", onclick: () => navigate({ ...state, q: "" }) }, t("search.clear"))));
  if (!data.items.length) {
    box.append(h("p", { class: "empty" }, t("search.none")));
    return;
  }
  box.append(h("ol", { class: "hits" }, data.items.map((hit) => h("li", { class: "hit-item" },
    h("a", { href: `#/article/${encodeURIComponent(hit.doc_id)}`, class: "hit-title" },
      hit.title || hit.doc_id),
    h("span", { class: "meta" }, [hit.published, hit.source].filter(Boolean).join(" · ")),
    h("p", { class: "snippet" }, snippetNodes(hit.snippet))))));
}

function actors(e) {
  const a = e.actor && e.actor.text;
  const r = e.recipient && e.recipient.text;
  if (a && r) return [h("bdi", null, a), arrow(), h("bdi", null, r)];
  return a || r ? [h("bdi", null, a || r)] : ["—"];
}

function sortHeader(label, key, state, navigate) {
  const [desc, asc] = SORTS[key];
  const current = state.sort || "-date";
  const active = current === desc || current === asc;
  const next = current === desc ? asc : desc;
  return h("th", { "aria-sort": active ? (current === asc ? "ascending" : "descending") : "none" },
    h("button", { type: "button", class: "sort", dataset: { sort: key },
      onclick: () => navigate({ ...state, sort: next, page: "" }) },
    label, active ? (current === asc ? " ▲" : " ▼") : ""));
}

async function drawTable(box, state, navigate, isCurrent) {
  const page = Math.max(0, parseInt(state.page || "0", 10) || 0);
  const data = await get("/events", { ...filtersOf(state), sort: state.sort || "-date",
    limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  if (!isCurrent()) return;
  clear(box);
  const head = h("tr", null, sortHeader(t("col.date"), "date", state, navigate),
    h("th", null, t("col.type")), h("th", null, t("col.actors")), h("th", null, t("col.place")),
    sortHeader(t("col.toll"), "killed", state, navigate), h("th", null, t("col.source")));
  const rows = data.items.map((e) => {
    const name = placeName(e.place);
    const place = name
      ? [h("bdi", null, name), e.place.country ? ` (${e.place.country})` : ""] : ["—"];
    const killed = eventToll(e, "killed");
    const injured = eventToll(e, "injured");
    const href = `#/article/${encodeURIComponent(e.doc_id)}?event=${encodeURIComponent(e.id)}`;
    return h("tr", { class: "event-row", title: (e.evidence && e.evidence.text) || null,
      dataset: { type: e.type, id: e.id } },
      h("td", { class: "date" }, h("a", { href }, e.date || "—")),
      h("td", null, h("span", { class: "type-badge", dataset: { type: e.type } }, swatch(e.type),
        typeName(e.type)), e.mode ? h("span", { class: "mode" }, ` ${e.mode}`) : null),
      h("td", null, actors(e)),
      h("td", null, place),
      h("td", { class: "num" }, killed || injured
        ? [ltr(killed || "0", "killed"), " / ", ltr(injured || "0", "injured")] : ""),
      h("td", null, e.source || ""));
  });
  const total = data.total ?? rows.length;
  const from = total ? page * PAGE_SIZE + 1 : 0;
  const to = page * PAGE_SIZE + rows.length;
  const goto = (p) => navigate({ ...state, page: p ? String(p) : "" });
  box.append(h("h2", null, t("table.title")),
    h("table", { class: "events" }, h("thead", null, head),
      h("tbody", null, rows.length ? rows
        : h("tr", null, h("td", { colspan: "6", class: "empty" }, t("table.empty"))))),
    h("div", { class: "pager" },
      h("button", { type: "button", class: "prev", disabled: page === 0, onclick: () => goto(page - 1) },
        t("table.prev")),
      h("span", { class: "range" }, t("table.range",
        { from: fmtNum(from), to: fmtNum(to), total: fmtNum(total) })),
      h("button", { type: "button", class: "next", disabled: to >= total,
        onclick: () => goto(page + 1) }, t("table.next"))));
  box.dataset.total = String(total);
}

/** Render the overview for `state` into `view`. */
export async function renderOverview(view, state, { navigate, isCurrent, fail }) {
  // The panels' own requests start at once; the figures and the filter bar (which need
  // /api/stats) fill in when it answers: first render waits on the slowest, not the sum.
  const statsP = getCached("/stats");
  const filters = filtersOf(state);
  const head = h("div", { class: "overview-head" }, h("p", { class: "stats" }, t("loading")));
  const searchBox = state.q ? h("section", { class: "panel search-results" }, t("loading")) : null;
  const timelineBox = h("section", { class: "panel timeline" }, t("loading"));
  const mapBox = h("section", { class: "panel map" }, t("loading"));
  const tableBox = h("section", { class: "panel table" }, t("loading"));
  append(clear(view), head, searchBox, timelineBox, h("div", { class: "split" }, mapBox, tableBox));
  const onPick = (since, until) => navigate({ ...state, since, until, page: "" });
  const onType = (type) => navigate({ ...state, type, page: "" });
  // A panel that fails says so in place (and the error banner says why).
  const failed = (box) => (err) => {
    if (isCurrent()) {
      clear(box).append(h("p", { class: "error-inline" }, `${t("error")}: ${err.message || err}`));
      box.dataset.failed = err.code || "error";
    }
    throw err;
  };
  const mapP = drawMap(mapBox, filters, { isCurrent }).then((geo) => {
    if (isCurrent()) performance.mark("rasd:map-drawn");
    mapBox.dataset.ready = "1";
    return geo;
  }, failed(mapBox));
  const tasks = [
    statsP.then((stats) => {
      if (isCurrent()) append(clear(head), statsLine(stats), filterBar(state, stats, navigate));
    }),
    drawTable(tableBox, state, navigate, isCurrent).then(() => {
      if (isCurrent()) performance.mark("rasd:table-drawn");
      tableBox.dataset.ready = "1";
    }, failed(tableBox)),
    mapP,
    drawTimeline(timelineBox, filters, { stats: statsP, onPick, onType, isCurrent }).then(() => {
      timelineBox.dataset.ready = "1";
    }, failed(timelineBox)),
  ];
  if (searchBox) {
    tasks.push(drawSearch(searchBox, state, navigate, isCurrent).catch(failed(searchBox)));
  }
  const results = await Promise.allSettled(tasks);
  for (const r of results) if (r.status === "rejected") fail(r.reason);
}
