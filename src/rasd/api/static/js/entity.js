// The entity page (#/entity/<kb_id>): who or what it is, its mentions and events over
// time (an SVG drawn here), and the events it takes part in.

import { eventToll, get } from "./api.js";
import { clear, h, ltr, s } from "./dom.js";
import { fmtNum, isRtl, placeName, t, typeName } from "./i18n.js";
import { swatch } from "./types.js";

const WIDTH = 960;
const HEIGHT = 200;
const PAD = { top: 12, bottom: 28, side: 36 };
const MAX_BAR_W = 28;

function chart(timeline) {
  const points = [...timeline].filter((p) => p && p.date).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (!points.length) return h("p", { class: "empty" }, t("timeline.empty"));
  const max = Math.max(1, ...points.map((p) => Math.max(p.mentions || 0, p.events || 0)));
  const band = (WIDTH - 2 * PAD.side) / points.length;
  const rtl = isRtl();
  const x = (i) => (rtl ? WIDTH - PAD.side - (i + 1) * band : PAD.side + i * band);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v) => PAD.top + plotH - (v / max) * plotH;
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "entity-svg", role: "img",
    "aria-label": t("entity.timeline") });
  for (const v of [0, max]) {
    svg.append(s("line", { x1: PAD.side, x2: WIDTH - PAD.side, y1: y(v), y2: y(v), class: "grid" }));
    svg.append(s("text", { x: rtl ? WIDTH - PAD.side + 4 : PAD.side - 4, y: y(v) + 4, class: "axis",
      "text-anchor": rtl ? "start" : "end" }, fmtNum(v)));
  }
  points.forEach((p, i) => {
    // Two bars side by side, at most MAX_BAR_W each, centred in the day's band.
    const w = Math.max(Math.min(band * 0.4, MAX_BAR_W), 1);
    const left = x(i) + band / 2 - w;
    const series = [["mentions", p.mentions || 0, rtl ? w : 0], ["events", p.events || 0, rtl ? 0 : w]];
    for (const [name, v, off] of series) {
      if (!v) continue;
      svg.append(s("rect", { x: left + off, width: w, y: y(v), height: y(0) - y(v),
        class: `bar series-${name}` },
      s("title", null, `${p.date} · ${t(`entity.series.${name}`)}: ${fmtNum(v)}`)));
    }
  });
  const ticks = Math.min(points.length, 8);
  for (let k = 0; k < ticks; k++) {
    const i = ticks === 1 ? 0 : Math.round((k * (points.length - 1)) / (ticks - 1));
    svg.append(s("text", { x: x(i) + band / 2, y: HEIGHT - 8, class: "axis", "text-anchor": "middle" },
      points[i].date));
  }
  return h("div", null, svg, h("ul", { class: "legend" },
    h("li", null, h("span", { class: "key series-mentions" }), t("entity.series.mentions")),
    h("li", null, h("span", { class: "key series-events" }), t("entity.series.events"))));
}

function eventRow(e) {
  const place = placeName(e.place);
  return h("li", null, swatch(e.type), " ",
    h("a", { href: `#/article/${encodeURIComponent(e.doc_id || "")}?event=${encodeURIComponent(e.id || "")}` },
      ltr(e.date || "—"), ` · ${typeName(e.type)}`),
    place ? [" · ", h("bdi", null, place)] : null,
    eventToll(e, "killed")
      ? h("span", { class: "toll" }, ` · ${t("hint.killed")}: `, ltr(eventToll(e, "killed"))) : null);
}

export async function renderEntity(view, kbId, { isCurrent }) {
  const data = await get(`/entities/${encodeURIComponent(kbId)}`);
  if (!isCurrent()) return;
  const entity = data.entity && typeof data.entity === "object" ? { ...data.entity, ...data } : data;
  const events = entity.events || entity.recent_events || [];
  const typeKey = `enttype.${entity.type}`;
  clear(view).append(h("section", { class: "entity", dataset: { kb: kbId } },
    h("nav", null, h("a", { href: "#/", class: "back" }, t("article.back"))),
    h("h1", null, h("bdi", null, entity.name || kbId),
      entity.name_en && entity.name_en !== entity.name ? h("span", { class: "name-en" }, ` — ${entity.name_en}`) : null),
    h("p", { class: "meta" }, [t(typeKey) === typeKey ? entity.type : t(typeKey), entity.country,
      entity.sector, kbId].filter(Boolean).join(" · ")),
    h("p", { class: "stats" },
      h("span", { class: "figure" }, h("b", null, fmtNum(entity.n_mentions ?? 0)), " ", t("entity.mentions")),
      h("span", { class: "figure" }, h("b", null, fmtNum(entity.n_documents ?? 0)), " ", t("entity.documents")),
      h("a", { href: `#/?entity=${encodeURIComponent(kbId)}` }, t("nav.home"))),
    h("section", { class: "panel" }, h("h2", null, t("entity.timeline")), chart(entity.timeline || [])),
    h("section", { class: "panel" }, h("h2", null, `${t("entity.events")} (${fmtNum(events.length)})`),
      h("ul", { class: "entity-events" }, events.map(eventRow)))));
}
