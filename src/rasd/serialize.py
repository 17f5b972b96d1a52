"""The ``rasd/1`` JSON form of a document (see ``docs/schema.md`` and
``rasd/data/schema/rasd-1.schema.json``)."""

from __future__ import annotations

from datetime import date, datetime

from rasd.model import (
    SCHEMA_VERSION,
    Actor,
    Casualty,
    Comment,
    CommentSummary,
    Document,
    Entity,
    Event,
    Place,
    Quote,
    Redaction,
    Span,
    TimeRef,
)

#: Fills a redaction mask up to the length of the span it hides, so that masking keeps
#: every offset of the document valid.
MASK_FILL = "*"


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


def _actor(a: Actor | None) -> dict[str, object] | None:
    if a is None:
        return None
    return {**_span(a.span), "type": a.type, "kb_id": a.kb_id, "name_en": a.name_en,
            "country": a.country, "sector": a.sector, "entity": a.entity}


def _place(p: Place | None) -> dict[str, object] | None:
    if p is None:
        return None
    where: dict[str, object] = (
        _span(p.span) if p.span is not None else {"text": None, "start": None, "end": None})
    return {**where, "name_en": p.name_en, "country": p.country, "lat": p.lat, "lon": p.lon,
            "geonames_id": p.geonames_id, "precision": p.precision, "kb_id": p.kb_id,
            "basis": p.basis}


def _count(c: Casualty | None) -> dict[str, object] | None:
    # The kind is the key the count sits under (killed, injured, arrested).
    if c is None:
        return None
    return {"min": c.min, "max": c.max, "approx": c.approx, **_span(c.span)}


def _event(e: Event) -> dict[str, object]:
    return {
        "type": e.type, "mode": e.mode, "trigger": _span(e.trigger),
        "evidence": [_span(s) for s in e.evidence],
        "actor": _actor(e.actor), "recipient": _actor(e.recipient), "place": _place(e.place),
        "country": e.country, "date": iso(e.date), "date_basis": e.date_basis,
        "date_precision": e.date_precision,
        "killed": _count(e.killed), "injured": _count(e.injured),
        "arrested": _count(e.arrested), "attribution": _actor(e.attribution),
        "negated": e.negated, "denied": e.denied, "future": e.future,
        "hypothetical": e.hypothetical, "confidence": round(e.confidence, 3),
    }


def _comment(c: Comment) -> dict[str, object]:
    tox = c.toxicity
    return {
        "author": c.author.text if c.author else None, "posted": iso(c.posted), **_span(c.span),
        "mentions": [_entity(e) for e in c.mentions],
        "scripture": [{**_span(q.span), "source": q.source, "reference": q.reference,
                       "coverage": round(q.coverage, 3)} for q in c.scripture],
        "stance": [{"target": st.target, "name": st.name, "polarity": st.polarity,
                    "score": round(st.score, 3), "evidence": _span(st.evidence)}
                   for st in c.stance],
        "sentiment": None if c.sentiment is None else round(c.sentiment, 3),
        "toxicity": None if tox is None else {
            "offensive": tox.offensive, "score": round(tox.score, 4), "kinds": list(tox.kinds),
            "spans": [_span(s) for s in tox.spans]},
        "dialect": c.dialect,
        "duplicate_of": c.duplicate_of,
        # The masked text itself is never written: only where it was and what kind.
        "redactions": [{"kind": r.kind, "mask": r.mask, "start": r.span.start,
                        "end": r.span.end} for r in c.redactions],
    }


def _summary(s: CommentSummary | None) -> dict[str, object] | None:
    if s is None:
        return None
    return {
        "declared": s.declared, "parsed": s.parsed, "toxic": s.toxic,
        "toxic_share": round(s.toxic_share, 3), "duplicates": s.duplicates,
        "stance": [{"target": c.target, "name": c.name, "against": c.against,
                    "for": c.favour, "neutral": c.neutral} for c in s.stance],
        "top_mentions": [{"target": m.target, "name": m.name, "comments": m.comments}
                         for m in s.top_mentions],
    }


def fitted_mask(r: Redaction) -> str:
    """The redaction's mask cut or filled (:data:`MASK_FILL`) to the span's length."""
    n = len(r.span)
    return (r.mask + MASK_FILL * n)[:n]


def redacted_text(doc: Document) -> str:
    """``doc.text`` with every comment redaction replaced by its mask, same length."""
    text = doc.text
    for c in doc.comments:
        for r in c.redactions:
            text = text[: r.span.start] + fitted_mask(r) + text[r.span.end :]
    return text


def _remask(obj: object, text: str) -> None:
    """Re-read the ``text`` of every span object (``text``, ``start``, ``end``) from the
    masked page, in place."""
    if isinstance(obj, dict):
        start, end = obj.get("start"), obj.get("end")
        if isinstance(start, int) and isinstance(end, int) and isinstance(obj.get("text"), str):
            obj["text"] = text[start:end]
        for value in obj.values():
            if isinstance(value, dict | list):
                _remask(value, text)
    elif isinstance(obj, list):
        for value in obj:
            _remask(value, text)


def document_to_json(doc: Document, *, redact: bool = True) -> dict[str, object]:
    """The document as a JSON-ready dict, keys in the documented order.

    With ``redact`` (the default) the e-mail addresses and phone numbers found in reader
    comments are masked everywhere in the output, the document ``text`` included; masks
    keep the length of what they hide, so every offset stays valid. ``redact=False``
    keeps the page exactly as read (for a user who opts in to storing personal data).
    """
    out = _document_json(doc)
    if redact and any(c.redactions for c in doc.comments):
        masked = redacted_text(doc)
        out["text"] = masked
        comments = out["comments"]
        assert isinstance(comments, list)
        for item, c in zip(comments, doc.comments, strict=True):
            if c.author is not None:
                item["author"] = masked[c.author.start : c.author.end]
        for key in ("captions", "blocks", "comments", "times", "casualties", "entities",
                    "quotes", "events"):
            _remask(out[key], masked)
    return out


def _document_json(doc: Document) -> dict[str, object]:
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
        "comments": [_comment(c) for c in doc.comments],
        "comment_summary": _summary(doc.comment_summary),
        "times": [_time(t) for t in doc.times],
        "casualties": [_casualty(c) for c in doc.casualties],
        "entities": [_entity(e) for e in doc.entities],
        "quotes": [_quote(q) for q in doc.quotes],
        "events": [_event(e) for e in doc.events],
        "warnings": [{"code": w.code, "message": w.message} for w in doc.warnings],
    }
