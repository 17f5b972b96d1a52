"""The ``rasd/1`` JSON form of a document (see ``docs/schema.md`` and
``rasd/data/schema/rasd-1.schema.json``)."""

from __future__ import annotations

from datetime import date, datetime

from rasd.model import SCHEMA_VERSION, Casualty, Document, Entity, Quote, Span, TimeRef


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def _span(span: Span) -> dict[str, object]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _time(t: TimeRef) -> dict[str, object]:
    return {**_span(t.span), "value": iso(t.value), "granularity": t.granularity,
            "relative": t.relative}


def _casualty(c: Casualty) -> dict[str, object]:
    return {"kind": c.kind, "min": c.min, "max": c.max, "approx": c.approx, "who": c.who,
            **_span(c.span)}


def _entity(e: Entity) -> dict[str, object]:
    return {
        **_span(e.span), "type": e.type, "kb_id": e.kb_id, "name_en": e.name_en,
        "country": e.country, "sector": e.sector, "lat": e.lat, "lon": e.lon,
        "geonames_id": e.geonames_id, "precision": e.precision,
        "confidence": round(e.confidence, 3),
        "mentions": [{**_span(m.span), "kind": m.kind} for m in e.mentions],
    }


def _quote(q: Quote) -> dict[str, object]:
    speaker = None
    if q.speaker is not None:
        sp = q.speaker
        speaker = {**_span(sp.span), "type": sp.type, "kb_id": sp.kb_id,
                   "name_en": sp.name_en, "country": sp.country, "sector": sp.sector}
    return {**_span(q.span), "direct": q.direct, "speaker": speaker,
            "verb": _span(q.verb) if q.verb else None, "carried": q.carried}


def document_to_json(doc: Document) -> dict[str, object]:
    """The document as a JSON-ready dict, keys in the documented order."""
    return {
        "schema": SCHEMA_VERSION,
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "text": doc.text,
        "section": doc.section.text if doc.section else None,
        "title": doc.title_text,
        "published": {
            "date": iso(doc.published.date),
            "inferred": doc.published.inferred,
            "basis": doc.published.basis,
        },
        "captions": [
            {"text": c.span.text, "credit": c.credit.text if c.credit else None,
             "start": c.span.start, "end": c.span.end}
            for c in doc.captions
        ],
        "blocks": [{"kind": b.kind, **_span(b.span)} for b in doc.blocks],
        "comments_declared": doc.comments_declared,
        "comments": [
            {"author": c.author.text if c.author else None, "posted": iso(c.posted),
             **_span(c.span)}
            for c in doc.comments
        ],
        "times": [_time(t) for t in doc.times],
        "casualties": [_casualty(c) for c in doc.casualties],
        "entities": [_entity(e) for e in doc.entities],
        "quotes": [_quote(q) for q in doc.quotes],
        "events": [],
        "warnings": [{"code": w.code, "message": w.message} for w in doc.warnings],
    }
