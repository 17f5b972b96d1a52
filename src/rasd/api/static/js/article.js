// The article view (#/article/<id>): the page text with its annotations highlighted, the
// events beside it, and the reader comments with stance and toxicity badges. Page and
// comment text are user content: they become text nodes inside <mark>s (highlight.js).

import { countText, get } from "./api.js";
import { clear, h, ltr, safeUrl } from "./dom.js";
import { annotate, cpLength } from "./highlight.js";
import { arrow, fmtNum, placeName, t, typeName } from "./i18n.js";
import { swatch } from "./types.js";

// Nesting order for spans over the same range: evidence encloses quotes, quotes enclose
// numbers and dates, which enclose names; triggers are innermost.
const LAYER = { evidence: 0, quote: 1, number: 2, time: 3, entity: 4, trigger: 5 };
const C_LAYER = { scripture: 0, mention: 1, toxic: 2, redaction: 3 };

function coords(o) {
  return Number.isFinite(o.lat) && Number.isFinite(o.lon)
    ? `${o.lat.toFixed(4)}, ${o.lon.toFixed(4)}` : null;
}

function hint(parts) {
  return parts.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => (k ? `${t(k)}: ${v}` : String(v))).join("\n");
}

function entityHint(e) {
  return hint([[null, e.name_en || e.text], ["hint.type", e.type],
    ["hint.country", e.country], ["hint.coords", coords(e)], ["hint.kb", e.kb_id]]);
}

function eventHint(ev) {
  const place = ev.place || {};
  return hint([[null, `${typeName(ev.type)}${ev.mode ? ` (${ev.mode})` : ""}`],
    ["hint.type", ev.type], ["hint.date", ev.date],
    ["hint.country", ev.country || place.country], ["hint.coords", coords(place)],
    ["hint.killed", countText(ev.killed)], ["hint.injured", countText(ev.injured)],
    ["hint.arrested", countText(ev.arrested)]]);
}

function articleSpans(doc) {
  const spans = [];
  const add = (o, layer, attrs) => {
    if (o && Number.isInteger(o.start)) spans.push({ start: o.start, end: o.end, layer, attrs });
  };
  (doc.entities || []).forEach((e, i) => {
    for (const m of e.mentions || [e]) {
      add(m, LAYER.entity, { cls: `hl hl-ent ent-${e.type}`, title: entityHint(e),
        dataset: { entity: String(i), kb: e.kb_id || "", kind: m.kind || "" } });
    }
  });
  (doc.quotes || []).forEach((q) => add(q, LAYER.quote, { cls: "hl hl-quote",
    title: hint([["hint.speaker", q.speaker && q.speaker.text]]) }));
  (doc.casualties || []).forEach((c) => add(c, LAYER.number, { cls: "hl hl-num",
    title: hint([[`hint.${c.kind}`, countText(c)], [null, c.who]]) }));
  (doc.times || []).forEach((tm) => add(tm, LAYER.time, { cls: "hl hl-time",
    title: hint([["hint.value", tm.value]]) }));
  (doc.events || []).forEach((ev, i) => {
    (ev.evidence || []).forEach((sp) => add(sp, LAYER.evidence, { cls: "hl hl-evidence",
      title: eventHint(ev), dataset: { event: String(i), type: ev.type } }));
    add(ev.trigger, LAYER.trigger, { cls: "hl hl-trigger", title: eventHint(ev),
      dataset: { event: String(i), type: ev.type } });
  });
  return spans;
}

/** Where the article ends: after its last annotated or structural span that is not in
 * the comments (the comments are shown on their own, below). */
function articleEnd(doc, textLen) {
  const firstComment = Math.min(textLen, ...(doc.comments || []).map((c) => c.start));
  let end = 0;
  const see = (o) => {
    if (o && Number.isInteger(o.end) && o.end <= firstComment) end = Math.max(end, o.end);
  };
  (doc.blocks || []).forEach(see);
  (doc.captions || []).forEach(see);
  for (const e of doc.entities || []) (e.mentions || []).forEach(see);
  (doc.quotes || []).forEach(see);
  for (const ev of doc.events || []) (ev.evidence || []).forEach(see);
  return (doc.comments || []).length ? (end || firstComment) : textLen;
}

function commentSpans(c) {
  const spans = [];
  const add = (o, layer, attrs) => {
    if (o && Number.isInteger(o.start)) spans.push({ start: o.start, end: o.end, layer, attrs });
  };
  (c.scripture || []).forEach((sc) => add(sc, C_LAYER.scripture, { cls: "hl hl-scripture",
    title: hint([[null, sc.source], ["hint.reference", sc.reference]]) }));
  for (const e of c.mentions || []) {
    for (const m of e.mentions || [e]) {
      add(m, C_LAYER.mention, { cls: `hl hl-ent ent-${e.type}`, title: entityHint(e),
        dataset: { kb: e.kb_id || "" } });
    }
  }
  (((c.toxicity || {}).spans) || []).forEach((sp) => add(sp, C_LAYER.toxic,
    { cls: "hl hl-toxic" }));
  (c.redactions || []).forEach((r) => add(r, C_LAYER.redaction, { cls: "hl hl-redacted",
    title: r.kind }));
  return spans;
}

function badge(cls, text, title) {
  return h("span", { class: `badge ${cls}`, title }, text);
}

function commentCard(doc, c, i) {
  const tox = c.toxicity;
  const badges = [];
  if (tox) {
    const pct = `${Math.round((tox.score || 0) * 100)}%`;
    badges.push(tox.offensive
      ? badge("tox-bad", `${t("comment.offensive")} ${pct}`, (tox.kinds || []).join(", "))
      : badge("tox-ok", `${t("comment.clean")} ${pct}`));
  }
  if (c.dialect === "dialect") badges.push(badge("dialect", t("comment.dialect")));
  if (c.duplicate_of !== null && c.duplicate_of !== undefined) {
    badges.push(badge("dup", `${t("comment.duplicate")} #${c.duplicate_of + 1}`));
  }
  const stance = (c.stance || []).map((st) => h("span", {
    class: `stance stance-${st.polarity}`, title: st.evidence ? st.evidence.text : "",
    dataset: { target: st.target || "" },
  }, `${t(`stance.${st.polarity}`)}: `, h("bdi", null, st.name || st.target)));
  const body = h("p", { class: "comment-text" });
  body.append(annotate(doc.text, commentSpans(c), c.start, c.end));
  return h("li", { class: "comment", dataset: { index: String(i) } },
    h("div", { class: "comment-head" }, h("b", { class: "author" }, c.author || "—"),
      c.posted ? h("time", null, c.posted.replace("T", " ")) : null, badges),
    stance.length ? h("div", { class: "stances" }, stance) : null, body);
}

function eventItem(ev, i, textBox) {
  const place = ev.place || {};
  const toll = [countText(ev.killed), countText(ev.injured)];
  const flags = ["negated", "denied", "future", "hypothetical"].filter((f) => ev[f]);
  const focus = () => {
    const marks = textBox.querySelectorAll(`mark.hl-evidence[data-event="${i}"]`);
    for (const m of textBox.querySelectorAll("mark.flash")) m.classList.remove("flash");
    marks.forEach((m) => m.classList.add("flash"));
    if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  };
  return h("li", { class: "doc-event", dataset: { event: String(i), type: ev.type },
    tabindex: "0", onclick: focus, onkeydown: (e) => (e.key === "Enter" ? focus() : null) },
  h("div", null, swatch(ev.type), h("b", null, typeName(ev.type)),
    ev.mode ? h("span", { class: "mode" }, ` ${ev.mode}`) : null,
    h("span", { class: "meta" }, " ", ltr(ev.date || ""))),
  h("div", { class: "meta" }, [ev.actor && ev.actor.text, ev.recipient && ev.recipient.text]
    .filter(Boolean).map((x) => h("bdi", null, x)).flatMap((x, k) => (k ? [arrow(), x] : [x]))),
  placeName(place) ? h("div", { class: "meta" }, `${t("col.place")}: `,
    h("bdi", null, placeName(place)), place.country ? ` (${place.country})` : "")
    : null,
  toll[0] || toll[1] ? h("div", { class: "toll" }, `${t("hint.killed")}: `, ltr(toll[0] || "0"),
    ` · ${t("hint.injured")}: `, ltr(toll[1] || "0")) : null,
  flags.length ? h("div", { class: "flags" }, flags.join(", ")) : null);
}

function legend() {
  const item = (cls, key) => h("li", null, h("mark", { class: `hl ${cls}` }, t(key)));
  return h("ul", { class: "hl-legend", "aria-label": t("article.legend") },
    item("hl-ent ent-GPE", "legend.entity"), item("hl-quote", "legend.quote"),
    item("hl-evidence", "legend.event"), item("hl-trigger", "legend.trigger"),
    item("hl-num", "legend.number"), item("hl-time", "legend.time"),
    item("hl-scripture", "legend.scripture"), item("hl-toxic", "legend.toxic"));
}

/** Which event of the document a table row meant: "<doc>:<ordinal>" by convention. */
function eventIndex(doc, eventId) {
  if (!eventId) return -1;
  const tail = String(eventId).split(":").pop();
  const n = Number.parseInt(tail, 10);
  return Number.isInteger(n) && n >= 0 && n < (doc.events || []).length ? n : -1;
}

export async function renderArticle(view, id, query, { isCurrent }) {
  const doc = await get(`/documents/${encodeURIComponent(id)}`);
  if (!isCurrent()) return;
  const text = String(doc.text || "");
  const end = articleEnd(doc, cpLength(text));
  const textBox = h("div", { class: "article-text", dir: "rtl", lang: "ar" });
  textBox.append(annotate(text, articleSpans(doc), 0, end));
  textBox.addEventListener("click", (ev) => {
    const mark = ev.target.closest && ev.target.closest("mark.hl-ent[data-kb]");
    if (mark && mark.dataset.kb) window.location.hash = `#/entity/${encodeURIComponent(mark.dataset.kb)}`;
  });
  const published = doc.published || {};
  const url = safeUrl(doc.url);
  const events = doc.events || [];
  const comments = doc.comments || [];
  clear(view).append(h("article", { class: "article", dataset: { id: doc.id || id } },
    h("nav", null, h("a", { href: "#/", class: "back" }, t("article.back"))),
    h("h1", { dir: "rtl", lang: "ar" }, doc.title || doc.id || id),
    h("p", { class: "meta" },
      doc.section ? h("bdi", null, doc.section) : null,
      published.date ? ` · ${t("article.published")} ${published.date}` : "",
      published.inferred ? ` (${t("article.inferred")})` : "",
      doc.source ? [" · ", h("bdi", null, doc.source)] : null,
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" },
        url)] : null),
    legend(),
    h("div", { class: "article-grid" },
      h("section", { class: "panel text" }, textBox),
      h("aside", { class: "panel side" }, h("h2", null, `${t("article.events")} (${fmtNum(events.length)})`),
        h("ol", { class: "doc-events" }, events.map((ev, i) => eventItem(ev, i, textBox))))),
    h("section", { class: "panel comments" },
      h("h2", null, `${t("article.comments")} (${fmtNum(comments.length)})`),
      comments.length ? h("ol", { class: "comment-list" }, comments.map((c, i) => commentCard(doc, c, i)))
        : h("p", { class: "empty" }, t("article.nocomments")))));
  const wanted = eventIndex(doc, new URLSearchParams(query || "").get("event"));
  if (wanted >= 0) {
    const item = view.querySelector(`li.doc-event[data-event="${wanted}"]`);
    if (item) item.click();
  }
  view.querySelector(".article").dataset.ready = "1";
}
