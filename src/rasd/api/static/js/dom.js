// DOM helpers. User content (article and comment text, names, titles) only ever becomes
// text nodes or attribute values through these helpers; nothing is parsed as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
}

export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#/"}, "text", otherNode). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  return append(el, children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Only http(s) links leave the dashboard: a stored URL could be `javascript:`. */
export function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

/** A snippet from the search API marks the matched word as `[word]`: mark it, as text. */
export function snippetNodes(snippet) {
  const out = [];
  const re = /\[([^\[\]]{1,200})\]/g;
  let last = 0;
  for (const m of String(snippet || "").matchAll(re)) {
    out.push(snippet.slice(last, m.index), h("mark", { class: "hit" }, m[1]));
    last = m.index + m[0].length;
  }
  out.push(String(snippet || "").slice(last));
  return out;
}

/** Digits, dates and ranges ("10–99") isolated left to right: in Arabic text the bidi
 * algorithm would otherwise show a range as "99–10". */
export function ltr(text, cls) {
  return h("bdi", { dir: "ltr", class: cls }, text);
}
