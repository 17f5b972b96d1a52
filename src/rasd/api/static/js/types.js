// PLOVER event types (docs/ontology.md) in their canonical order, with a colour each:
// cooperation in blues and greens, verbal conflict in ambers, material conflict in reds.

export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
];

const COLORS = {
  AGREE: "#1b9e77", CONSULT: "#4daf4a", SUPPORT: "#66a61e", CONCEDE: "#8dd3c7",
  COOPERATE: "#377eb8", AID: "#80b1d3", RETREAT: "#a6cee3", REQUEST: "#984ea3",
  ACCUSE: "#e6ab02", REJECT: "#fdb462", SANCTION: "#ff7f00", THREATEN: "#d95f02",
  PROTEST: "#7570b3", MOBILIZE: "#a65628", COERCE: "#e7298a", ASSAULT: "#e41a1c",
};

export function typeColor(type) {
  return COLORS[type] || "#888888";
}

/** Types in canonical order, unknown codes last (alphabetically). */
export function sortTypes(types) {
  const rank = (x) => {
    const i = EVENT_TYPES.indexOf(x);
    return i < 0 ? EVENT_TYPES.length : i;
  };
  return [...types].sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
}

/** A small square of the type's colour (an SVG attribute, not an inline style). */
export function swatch(type) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "swatch");
  svg.setAttribute("viewBox", "0 0 10 10");
  svg.setAttribute("aria-hidden", "true");
  const rect = document.createElementNS(ns, "rect");
  rect.setAttribute("width", "10");
  rect.setAttribute("height", "10");
  rect.setAttribute("rx", "2");
  rect.setAttribute("fill", typeColor(type));
  svg.append(rect);
  return svg;
}
