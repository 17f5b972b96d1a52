// The timeline: events per day (or week, month) by type, as stacked bars in an SVG drawn
// here. In the Arabic interface time runs right to left, like the text.

import { get } from "./api.js";
import { clear, h, s } from "./dom.js";
import { fmtNum, isRtl, t, typeName } from "./i18n.js";
import { sortTypes, swatch, typeColor } from "./types.js";

const WIDTH = 960;
const HEIGHT = 180;
const PAD = { top: 10, bottom: 26, side: 34 };
// Above this many days the bars are thinner than a pixel: ask for weeks, then months.
const MAX_BARS = 400;
const DAY_MS = 86400000;
const MAX_BAR_W = 36;

function parseDay(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Every bucket start from first to last (inclusive): gaps are days with no events. */
function bucketRange(first, last, bucket) {
  const out = [];
  let ms = parseDay(first);
  const end = parseDay(last);
  while (ms <= end && out.length <= 5000) {
    out.push(isoDay(ms));
    if (bucket === "day") ms += DAY_MS;
    else if (bucket === "week") ms += 7 * DAY_MS;
    else {
      const d = new Date(ms);
      ms = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
  }
  return out;
}

/** The last day a bucket starting at `start` covers. */
export function bucketEnd(start, bucket) {
  const ms = parseDay(start);
  if (bucket === "day") return start;
  if (bucket === "week") return isoDay(ms + 6 * DAY_MS);
  const d = new Date(ms);
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY_MS);
}

function spanDays(first, last) {
  return (parseDay(last) - parseDay(first)) / DAY_MS;
}

function bucketFor(days) {
  if (days <= MAX_BARS) return "day";
  return days / 7 > MAX_BARS ? "month" : "week";
}

/** The series in buckets of a day, or of a week or month when the range (from the date
 * filters, else the store's first and last event dates) has too many days for bars. */
async function fetchSeries(filters, statsP) {
  let stats = {};
  try {
    stats = (await statsP) || {};
  } catch {
    stats = {}; // the figures failed (reported elsewhere): start with days
  }
  const first = filters.since || stats.first_date;
  const last = filters.until || stats.last_date;
  const guess = first && last ? bucketFor(spanDays(first, last)) : "day";
  let data = await get("/timeline", { ...filters, bucket: guess });
  const dates = (data.series || []).map((p) => p.date).sort();
  if (guess === "day" && dates.length) {
    const needed = bucketFor(spanDays(dates[0], dates[dates.length - 1]));
    if (needed !== "day") data = await get("/timeline", { ...filters, bucket: needed });
  }
  return { bucket: data.bucket || guess, series: data.series || [] };
}

/** Draw the timeline into `box`; onPick(since, until) when a bar is clicked, onType(type)
 * when a legend entry is. */
export async function drawTimeline(box, filters, { stats, onPick, onType, isCurrent }) {
  const { bucket, series } = await fetchSeries(filters, stats);
  if (!isCurrent()) return;
  clear(box);
  box.append(h("h2", null, t(bucket === "day" ? "timeline.title" : `timeline.title.${bucket}`)));
  const points = series.filter((p) => p.date && p.count > 0);
  if (!points.length) {
    box.append(h("p", { class: "empty" }, t("timeline.empty")));
    return;
  }
  const byDate = new Map();
  for (const p of points) {
    const key = p.date.slice(0, 10);
    if (!byDate.has(key)) byDate.set(key, new Map());
    const row = byDate.get(key);
    row.set(p.type, (row.get(p.type) || 0) + p.count);
  }
  const keys = [...byDate.keys()].sort();
  const buckets = bucketRange(keys[0], keys[keys.length - 1], bucket);
  const types = sortTypes(new Set(points.map((p) => p.type)));
  const max = Math.max(...[...byDate.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  const inner = WIDTH - 2 * PAD.side;
  const band = inner / buckets.length;
  // A few buckets must not turn into slabs: bars at most MAX_BAR_W wide, centred.
  const barW = Math.max(Math.min(band * 0.8, MAX_BAR_W), 1);
  const rtl = isRtl();
  const x = (i) => (rtl ? WIDTH - PAD.side - (i + 1) * band : PAD.side + i * band);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v) => PAD.top + plotH - (v / max) * plotH;

  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline-svg", role: "img",
    "aria-label": t(bucket === "day" ? "timeline.title" : `timeline.title.${bucket}`) });
  for (const v of [0, Math.ceil(max / 2), max]) {
    svg.append(s("line", { x1: PAD.side, x2: WIDTH - PAD.side, y1: y(v), y2: y(v), class: "grid" }));
    svg.append(s("text", { x: rtl ? WIDTH - PAD.side + 4 : PAD.side - 4, y: y(v) + 4,
      class: "axis", "text-anchor": rtl ? "start" : "end" }, fmtNum(v)));
  }
  buckets.forEach((date, i) => {
    const row = byDate.get(date);
    if (!row) return;
    let base = 0;
    for (const type of types) {
      const n = row.get(type) || 0;
      if (!n) continue;
      const rect = s("rect", {
        x: x(i) + (band - barW) / 2, width: barW, y: y(base + n),
        height: y(base) - y(base + n), fill: typeColor(type), class: "bar",
        dataset: { date, type, count: String(n) },
        onclick: () => onPick(date, bucketEnd(date, bucket)),
      }, s("title", null, `${date} · ${typeName(type)}: ${fmtNum(n)}`));
      svg.append(rect);
      base += n;
    }
  });
  const ticks = Math.min(buckets.length, 8);
  for (let k = 0; k < ticks; k++) {
    const i = ticks === 1 ? 0 : Math.round((k * (buckets.length - 1)) / (ticks - 1));
    svg.append(s("text", { x: x(i) + band / 2, y: HEIGHT - 8, class: "axis",
      "text-anchor": "middle" }, buckets[i]));
  }
  box.append(svg);
  box.append(h("ul", { class: "legend" }, types.map((type) => h("li", null,
    h("button", { type: "button", class: "legend-type", dataset: { type },
      onclick: () => onType(type) }, swatch(type), typeName(type))))));
}
