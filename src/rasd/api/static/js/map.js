// The world map: Natural Earth 1:110m outlines (world-atlas, vendored) projected with
// d3-geo, no tiles and no network beyond rasd itself. One circle per place (/api/places:
// the events aggregated by the server, a few hundred rows instead of thousands of
// features), its area growing with the toll (killed + injured); a click fetches and lists
// the events at that place (/api/events?place=<kb_id>, same filters).

import { get } from "./api.js";
import { clear, h, ltr, s } from "./dom.js";
import { fmtNum, placeName, t, typeName } from "./i18n.js";
import { swatch } from "./types.js";

const WIDTH = 960;
const HEIGHT = 480;
// Smallest circle (a place with no toll) and the largest any toll may draw, in SVG units.
const MIN_R = 4;
const MAX_R = 28;
// Degrees of margin around the events when zooming to them, and the smallest span shown:
// one city alone must not fill the whole map.
const MARGIN_DEG = 6;
const MIN_SPAN_DEG = 30;
// Events listed under a clicked place: the API's largest page.
const PLACE_EVENTS = 200;

let worldPromise = null;

function loadWorld() {
  if (!worldPromise) {
    worldPromise = fetch(new URL("../vendor/world-atlas/countries-110m.json", import.meta.url))
      .then((resp) => {
        if (!resp.ok) throw new Error(`world atlas: HTTP ${resp.status}`);
        return resp.json();
      })
      .then((topo) => window.topojson.feature(topo, topo.objects.countries))
      .catch((err) => {
        worldPromise = null;
        throw err;
      });
  }
  return worldPromise;
}

function num(v) {
  if (v === null || v === undefined) return 0;
  if (typeof v === "object") return Number(v.min ?? v.max ?? 0) || 0;
  return Number(v) || 0;
}

/** /api/places rows as markers: coordinates checked, the name in the interface's language. */
export function toPlaces(items) {
  const places = [];
  for (const p of items || []) {
    if (!p || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    places.push({ key: p.kb_id || `${p.lat},${p.lon}`, kb_id: p.kb_id || null, lon: p.lon,
      lat: p.lat, name: placeName({ name: p.name, name_ar: p.name_ar }) || null,
      count: p.events || 0, toll: num(p.killed) + num(p.injured) });
  }
  return places;
}

export function radius(toll) {
  return Math.min(MAX_R, MIN_R + 1.6 * Math.sqrt(Math.max(0, toll)));
}

function projectionFor(places) {
  const d3 = window.d3;
  const projection = d3.geoNaturalEarth1();
  if (!places.length) return projection.fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  let [w, e, so, n] = [180, -180, 90, -90];
  for (const p of places) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    so = Math.min(so, p.lat);
    n = Math.max(n, p.lat);
  }
  const growLon = Math.max(0, (MIN_SPAN_DEG - (e - w)) / 2) + MARGIN_DEG;
  const growLat = Math.max(0, (MIN_SPAN_DEG / 2 - (n - so)) / 2) + MARGIN_DEG;
  w = Math.max(-180, w - growLon);
  e = Math.min(180, e + growLon);
  so = Math.max(-85, so - growLat);
  n = Math.min(85, n + growLat);
  const corners = { type: "MultiPoint", coordinates: [[w, so], [w, n], [e, so], [e, n],
    [(w + e) / 2, so], [(w + e) / 2, n]] };
  return projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], corners);
}

function placeList(place, events, total) {
  return h("div", { class: "place-events" },
    h("h3", null, t("map.place", { place: place.name || `${place.lat}, ${place.lon}` })),
    h("ul", null, events.map((e) => h("li", null,
      swatch(e.type), " ",
      h("a", { href: `#/article/${encodeURIComponent(e.doc_id || "")}` },
        ltr(e.date || "—"), ` · ${typeName(e.type)}`),
      num(e.killed) || num(e.injured)
        ? h("span", { class: "toll" }, " ", ltr(fmtNum(num(e.killed)), "killed"), " / ",
          ltr(fmtNum(num(e.injured)), "injured"))
        : null))),
    total > events.length
      ? h("p", { class: "hint" }, t("map.more", { shown: fmtNum(events.length),
        total: fmtNum(total) }))
      : null);
}

/** The events at `place` matching `filters` (newest first), listed into `detail`. */
async function showPlace(detail, place, filters, isPicked) {
  if (!place.kb_id) {
    // Located without a KB id (the API cannot select those by place): say what we know.
    clear(detail).append(h("p", { class: "hint" }, t("map.place", { place: place.name || "" }),
      ` · ${fmtNum(place.count)} · ${fmtNum(place.toll)}`));
    return;
  }
  clear(detail).append(h("p", { class: "hint" }, t("loading")));
  try {
    const page = await get("/events", { ...filters, place: place.kb_id, limit: PLACE_EVENTS });
    if (isPicked()) clear(detail).append(placeList(place, page.items || [], page.total || 0));
  } catch (err) {
    if (!isPicked()) return;
    const message = err && err.message ? err.message : String(err);
    clear(detail).append(h("p", { class: "error-inline" }, `${t("error")}: ${message}`));
  }
}

/** Draw the map of the events matching `filters` into `box`. */
export async function drawMap(box, filters, { isCurrent }) {
  const [world, found] = await Promise.all([loadWorld(), get("/places", filters)]);
  if (!isCurrent()) return null;
  const d3 = window.d3;
  const places = toPlaces(found && found.items);
  const projection = projectionFor(places);
  const path = d3.geoPath(projection);
  clear(box);
  box.append(h("h2", null, t("map.title")));
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map-svg", role: "img",
    "aria-label": t("map.title") });
  svg.append(s("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  svg.append(s("path", { d: path(d3.geoGraticule10()), class: "graticule" }));
  const land = s("g", { class: "countries" });
  for (const f of world.features) {
    const d = path(f);
    if (d) land.append(s("path", { d, class: "country" },
      s("title", null, (f.properties && f.properties.name) || "")));
  }
  svg.append(land);
  const detail = h("div", { class: "place-detail" }, h("p", { class: "hint" },
    places.length ? t("map.hint") : t("map.none")));
  const markers = s("g", { class: "markers" });
  let picked = null;
  // Big circles first so the small ones on top stay clickable.
  for (const place of [...places].sort((a, b) => b.toll - a.toll)) {
    const xy = projection([place.lon, place.lat]);
    if (!xy || !Number.isFinite(xy[0])) continue;
    const circle = s("circle", {
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: radius(place.toll).toFixed(1),
      class: "marker", tabindex: "0",
      dataset: { place: place.name || "", kb: place.kb_id || "", count: String(place.count),
        toll: String(place.toll) },
    }, s("title", null, `${place.name || ""} (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})`
      + ` · ${place.count} · ${fmtNum(place.toll)}`));
    const pick = () => {
      for (const m of markers.querySelectorAll(".selected")) m.classList.remove("selected");
      circle.classList.add("selected");
      picked = place.key;
      showPlace(detail, place, filters, () => isCurrent() && picked === place.key);
    };
    circle.addEventListener("click", pick);
    circle.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") pick();
    });
    markers.append(circle);
  }
  svg.append(markers);
  box.append(svg, detail);
  if (found && found.truncated) {
    box.append(h("p", { class: "hint" }, t("map.truncated",
      { shown: fmtNum((found.items || []).length), total: fmtNum(found.total) })));
  }
  box.dataset.markers = String(markers.childElementCount);
  return found;
}

