// Annotated text as DOM: a range of the page text with its spans as nested <mark>s.
//
// Spans come from the rasd/1 JSON as [start, end) code-point offsets into the page text
// (docs/schema.md). They may nest (an entity inside a quote) or cross (a trigger that
// overlaps a name): crossing spans are split at the enclosing span's end so the marks
// always nest. The text becomes text nodes only, never HTML.

/** Code-point offset -> UTF-16 index; the identity unless the text has astral chars. */
export function offsetMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const starts = [];
  let unit = 0;
  for (const ch of text) {
    starts.push(unit);
    unit += ch.length;
  }
  starts.push(unit);
  return (i) => starts[Math.max(0, Math.min(i, starts.length - 1))];
}

function bySpan(a, b) {
  return a.start - b.start || b.end - a.end || a.layer - b.layer;
}

function insertSorted(queue, item) {
  let i = queue.findIndex((q) => bySpan(item, q) < 0);
  if (i < 0) i = queue.length;
  queue.splice(i, 0, item);
}

/** Spans ({start, end, layer, attrs}) clipped to [from, to) as a tree of properly nested
 * nodes. `layer` orders equal ranges: lower layers enclose higher ones. */
export function nest(spans, from, to) {
  const queue = spans
    .filter((sp) => Number.isInteger(sp.start) && Number.isInteger(sp.end))
    .map((sp) => ({ ...sp, start: Math.max(sp.start, from), end: Math.min(sp.end, to) }))
    .filter((sp) => sp.end > sp.start)
    .sort(bySpan);
  const root = { start: from, end: to, children: [] };
  const stack = [root];
  while (queue.length) {
    let span = queue.shift();
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (span.end > parent.end) {
      insertSorted(queue, { ...span, start: parent.end });
      span = { ...span, end: parent.end };
    }
    const node = { ...span, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** The text [from, to) with its spans, as a DocumentFragment of text nodes and marks. */
export function annotate(text, spans, from, to) {
  const unit = offsetMapper(text);
  const slice = (a, b) => text.slice(unit(a), unit(b));
  const build = (node, into) => {
    let pos = node.start;
    for (const child of node.children) {
      if (child.start > pos) into.append(document.createTextNode(slice(pos, child.start)));
      const mark = document.createElement("mark");
      const { cls, title, dataset } = child.attrs || {};
      if (cls) mark.className = cls;
      if (title) mark.title = title;
      if (dataset) Object.assign(mark.dataset, dataset);
      build(child, mark);
      into.append(mark);
      pos = child.end;
    }
    if (node.end > pos) into.append(document.createTextNode(slice(pos, node.end)));
  };
  const fragment = document.createDocumentFragment();
  build(nest(spans, from, to), fragment);
  return fragment;
}

/** Length of the text in code points (the unit of every offset). */
export function cpLength(text) {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text).length : text.length;
}
