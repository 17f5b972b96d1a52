"""A :class:`~rasd.model.Document` as table rows: one ``documents`` row and the child rows
of every table in :data:`rasd.store.schema.CHILDREN`, keyed by ``(doc_id, ordinal)``.

Rows are dicts by column name and are turned into tuples in the schema's column order by
the writer, so a column added to the schema and forgotten here fails loudly (KeyError)
instead of shifting values into the wrong columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from rasd.model import Actor, Casualty, Document, Span
from rasd.serialize import MASK_FILL, iso
from rasd.store.schema import CHILDREN

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DocumentRows:
    document: Row
    #: Child table name → its rows.
    children: dict[str, list[Row]]


#: A page analysed: its rows and its search terms, ready for ``Store.write_batch``.
Analysed = tuple[DocumentRows, list[str]]


def _span(span: Span | None, prefix: str = "") -> Row:
    p = f"{prefix}_" if prefix else ""
    if span is None:
        return {f"{p}text": None, f"{p}start_char": None, f"{p}end_char": None}
    return {f"{p}text": span.text, f"{p}start_char": span.start, f"{p}end_char": span.end}


def _actor(role: str, a: Actor | None) -> Row:
    if a is None:
        return {role: None, f"{role}_start": None, f"{role}_kb_id": None, f"{role}_type": None,
                f"{role}_country": None, f"{role}_sector": None, f"{role}_entity": None}
    return {role: a.span.text, f"{role}_start": a.span.start, f"{role}_kb_id": a.kb_id,
            f"{role}_type": a.type, f"{role}_country": a.country, f"{role}_sector": a.sector,
            f"{role}_entity": a.entity}


def _toll(kind: str, c: Casualty | None) -> Row:
    return {f"{kind}_min": c.min if c else None, f"{kind}_max": c.max if c else None}


def child_rows(doc: Document) -> dict[str, list[Row]]:
    d = doc.id
    out: dict[str, list[Row]] = {
        "blocks": [{"doc_id": d, "ordinal": i, "kind": b.kind, "start_char": b.span.start,
                    "end_char": b.span.end} for i, b in enumerate(doc.blocks)],
        "captions": [{"doc_id": d, "ordinal": i, **_span(c.span),
                      "credit": c.credit.text if c.credit else None}
                     for i, c in enumerate(doc.captions)],
        "comments": [{
            "doc_id": d, "ordinal": i, **_span(c.span),
            "author": c.author.text if c.author else None, "posted": iso(c.posted),
            "sentiment": c.sentiment,
            "offensive": c.toxicity.offensive if c.toxicity else None,
            "toxicity": c.toxicity.score if c.toxicity else None,
            "dialect": c.dialect, "duplicate_of": c.duplicate_of,
        } for i, c in enumerate(doc.comments)],
        "entities": [{
            "doc_id": d, "ordinal": i, "type": e.type, **_span(e.span), "kb_id": e.kb_id,
            "name_en": e.name_en, "country": e.country, "sector": e.sector, "lat": e.lat,
            "lon": e.lon, "geonames_id": e.geonames_id, "precision": e.precision,
            "confidence": e.confidence, "n_mentions": len(e.mentions),
        } for i, e in enumerate(doc.entities)],
        "mentions": [{"doc_id": d, "entity": i, "ordinal": j, "kind": m.kind, **_span(m.span)}
                     for i, e in enumerate(doc.entities) for j, m in enumerate(e.mentions)],
        "quotes": [{
            "doc_id": d, "ordinal": i, "direct": q.direct, **_span(q.span),
            "speaker": q.speaker.span.text if q.speaker else None,
            "speaker_kb_id": q.speaker.kb_id if q.speaker else None,
            "speaker_type": q.speaker.type if q.speaker else None,
            "speaker_country": q.speaker.country if q.speaker else None,
            "verb": q.verb.text if q.verb else None, "carried": q.carried,
        } for i, q in enumerate(doc.quotes)],
        "events": [],
        "event_evidence": [{"doc_id": d, "event": i, "ordinal": j, **_span(s)}
                           for i, e in enumerate(doc.events) for j, s in enumerate(e.evidence)],
        "casualties": [{
            "doc_id": d, "ordinal": i, "kind": c.kind, "min_count": c.min, "max_count": c.max,
            "approx": c.approx, "who": c.who, **_span(c.span),
        } for i, c in enumerate(doc.casualties)],
        "times": [{"doc_id": d, "ordinal": i, **_span(t.span), "value": iso(t.value),
                   "granularity": t.granularity, "relative": t.relative}
                  for i, t in enumerate(doc.times)],
    }
    for i, e in enumerate(doc.events):
        p = e.place
        out["events"].append({
            "doc_id": d, "ordinal": i, "type": e.type, "mode": e.mode,
            **_span(e.trigger, "trigger"), **_actor("actor", e.actor),
            **_actor("recipient", e.recipient), **_actor("attribution", e.attribution),
            "place": p.span.text if p and p.span else None,
            "place_name_en": p.name_en if p else None, "place_country": p.country if p else None,
            "place_kb_id": p.kb_id if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "geonames_id": p.geonames_id if p else None,
            "place_precision": p.precision if p else None, "place_basis": p.basis if p else None,
            "country": e.country, "event_date": iso(e.date), "date_basis": e.date_basis,
            "date_precision": e.date_precision, **_toll("killed", e.killed),
            **_toll("injured", e.injured), **_toll("arrested", e.arrested),
            "negated": e.negated, "denied": e.denied, "future": e.future,
            "hypothetical": e.hypothetical, "confidence": e.confidence,
        })
    return out


def document_json(doc: Document) -> str:
    """The rasd/1 JSON stored with the document, without the text (stored once, beside)."""
    payload = doc.to_json()
    payload.pop("text", None)
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def document_rows(doc: Document, *, identity: str, input_id: str | None, url_key: str | None,
                  input_sha: str, text_sha: str, analysis: str, rasd_version: str,
                  stored: str) -> DocumentRows:
    """The rows of ``doc``; ``revision`` and ``first_stored`` are set by the writer."""
    children = child_rows(doc)
    document: Row = {
        "id": doc.id, "identity": identity, "input_id": input_id, "source": doc.source,
        "url": doc.url, "url_key": url_key, "title": doc.title_text,
        "section": doc.section.text if doc.section else None,
        "published": iso(doc.published.date), "published_inferred": doc.published.inferred,
        "published_basis": doc.published.basis, "text": doc.text, "chars": len(doc.text),
        "text_sha": text_sha, "input_sha": input_sha, "analysis": analysis,
        "rasd_version": rasd_version, "doc": document_json(doc),
        "revision": 1, "first_stored": stored, "stored": stored,
    }
    for table, count_col in CHILDREN:
        document[count_col] = len(children[table.name])
    return DocumentRows(document, children)


def masked_text(text: str, doc: dict[str, Any]) -> str:
    """``text`` with the comment redactions recorded in the stored ``rasd/1`` JSON (e-mail
    addresses, phone numbers) masked again, same length: the store keeps the page as read,
    its JSON says what to hide (:func:`rasd.serialize.document_to_json`). Used by
    everything that shows a stored page: the API and ``rasd show --json``."""
    for comment in doc.get("comments") or []:
        for r in comment.get("redactions") or []:
            start, end = int(r["start"]), int(r["end"])
            mask = (str(r.get("mask") or "") + MASK_FILL * (end - start))[: end - start]
            text = text[:start] + mask + text[end:]
    return text
