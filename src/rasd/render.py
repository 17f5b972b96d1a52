"""Human-readable text summaries of analysed documents (``rasd analyze --format text``)."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.model import Actor, Comment, CommentSummary, Document, Entity, Event
from rasd.serialize import iso, redacted_text

#: Paragraph and comment previews are cut to this many characters in the summary.
PREVIEW_CHARS = 90


@dataclass(frozen=True, slots=True)
class Palette:
    """ANSI styles; all empty when colour is off (pipes, files, ``--color never``)."""

    bold: str = ""
    dim: str = ""
    head: str = ""
    ok: str = ""
    warn: str = ""
    reset: str = ""


COLOR = Palette("\x1b[1m", "\x1b[2m", "\x1b[1;36m", "\x1b[32m", "\x1b[33m", "\x1b[0m")
PLAIN = Palette()


def _cut(text: str, n: int = PREVIEW_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def render_document(doc: Document, where: str, p: Palette = PLAIN) -> str:
    """A multi-line summary of one document."""
    out: list[str] = []
    add = out.append
    add(f"{p.head}── {where}{p.reset}  {p.dim}id {doc.id}{p.reset}")
    if doc.section is not None:
        add(f"{p.bold}القسم{p.reset}      {doc.section.text}")
    add(f"{p.bold}العنوان{p.reset}    {doc.title_text or '—'}")
    pub = doc.published
    if pub.date is not None:
        how = f"inferred: {pub.basis}" if pub.inferred else pub.basis
        add(f"{p.bold}النشر{p.reset}      {pub.date.isoformat()} {p.dim}({how}){p.reset}")
    else:
        add(f"{p.bold}النشر{p.reset}      {p.warn}unknown{p.reset}")
    for cap in doc.captions:
        credit = f" {p.dim}[{cap.credit.text}]{p.reset}" if cap.credit else ""
        add(f"{p.bold}تعليق صورة{p.reset} {_cut(cap.span.text)}{credit}")
    paragraphs = len(doc.paragraphs)
    add(f"{p.bold}النص{p.reset}       {paragraphs} paragraphs, "
        f"{len(doc.subheadings)} subheadings")
    for block in doc.blocks:
        if block.kind == "subheading":
            add(f"  {p.ok}▸ {block.span.text}{p.reset}")
        else:
            add(f"    {_cut(block.span.text)}")
    if doc.times:
        add(f"{p.bold}التواريخ{p.reset}")
        for t in doc.times:
            value = t.value.isoformat() if t.value is not None else "?"
            add(f"    {t.span.text}  →  {value} {p.dim}({t.granularity}"
                f"{', relative' if t.relative else ''}){p.reset}")
    if doc.casualties:
        add(f"{p.bold}الضحايا{p.reset}")
        for c in doc.casualties:
            rng = _count(c.min, c.max)
            who = f" {c.who}" if c.who else ""
            approx = " ≈" if c.approx else ""
            add(f"    {c.kind}{approx} {rng}{who}  {p.dim}«{c.span.text}»{p.reset}")
    if doc.entities:
        add(f"{p.bold}الكيانات{p.reset}")
        for e in doc.entities:
            add(f"    {_entity_line(e, p)}")
    if doc.quotes:
        add(f"{p.bold}الاقتباسات{p.reset}")
        for q in doc.quotes:
            who = q.speaker.name_en or q.speaker.span.text if q.speaker else "?"
            kind = "«»" if q.direct else "indirect"
            add(f"    {p.ok}{who}{p.reset} {p.dim}({kind}){p.reset}  {_cut(q.span.text, 70)}")
    if doc.events:
        add(f"{p.bold}الأحداث{p.reset}")
        for ev in doc.events:
            add(f"    {_event_line(ev, p)}")
    declared = doc.comments_declared
    if declared is not None or doc.comments:
        shown = f" of {declared} declared" if declared is not None else ""
        add(f"{p.bold}التعليقات{p.reset}  {len(doc.comments)} parsed{shown}")
        # Personal data found in comments is masked in the text output too.
        page = redacted_text(doc) if any(c.redactions for c in doc.comments) else doc.text
        for i, comment in enumerate(doc.comments):
            posted = iso(comment.posted) or "?"
            author = page[comment.author.start:comment.author.end] if comment.author else "?"
            add(f"    {p.ok}{author}{p.reset} {p.dim}{posted}{p.reset}  "
                f"{_cut(page[comment.span.start:comment.span.end], 60)}")
            facts = _comment_facts(comment, i, p)
            if facts:
                add(f"      {facts}")
        if doc.comment_summary is not None and doc.comments:
            add(f"    {_summary_line(doc.comment_summary, p)}")
    for w in doc.warnings:
        add(f"{p.warn}! {w.code}: {w.message}{p.reset}")
    return "\n".join(out)


def _comment_facts(c: Comment, index: int, p: Palette) -> str:
    """``#1 [toxic 0.93: insult] dialect · against USA, RUS · for UKR · Qur'an 4:120``."""
    parts: list[str] = []
    tox = c.toxicity
    if tox is not None and tox.offensive:
        kinds = f": {', '.join(tox.kinds)}" if tox.kinds else ""
        parts.append(f"{p.warn}[toxic {tox.score:.2f}{kinds}]{p.reset}")
    if c.duplicate_of is not None:
        parts.append(f"{p.warn}[copy of #{c.duplicate_of + 1}]{p.reset}")
    if c.dialect is not None:
        parts.append(c.dialect)
    if c.sentiment is not None:
        parts.append(f"sentiment {c.sentiment:+.2f}")
    for polarity in ("against", "for"):
        targets = [st.target for st in c.stance if st.polarity == polarity]
        if targets:
            parts.append(f"{polarity} {', '.join(targets)}")
    refs = [q.reference or q.source for q in c.scripture]
    if refs:
        parts.append("scripture " + ", ".join(refs))
    if c.redactions:
        parts.append(f"{len(c.redactions)} masked")
    if not parts:
        return ""
    return f"{p.dim}#{index + 1}{p.reset} " + " · ".join(parts)


def _summary_line(s: CommentSummary, p: Palette) -> str:
    """Toxic share, duplicates, the actors readers took sides on, the most named."""
    parts = [f"toxic {s.toxic}/{s.parsed} ({s.toxic_share:.0%})"]
    if s.duplicates:
        parts.append(f"duplicates {s.duplicates}")
    against = [f"{c.target}×{c.against}" for c in s.stance if c.against]
    favour = [f"{c.target}×{c.favour}" for c in s.stance if c.favour]
    if against:
        parts.append("against " + ", ".join(against))
    if favour:
        parts.append("for " + ", ".join(favour))
    if s.top_mentions:
        parts.append("most named " + ", ".join(f"{m.name} {m.comments}"
                                               for m in s.top_mentions[:5]))
    return f"{p.bold}ردود القراء{p.reset} " + " · ".join(parts)


def _entity_line(e: Entity, p: Palette) -> str:
    facts = [x for x in (e.name_en, e.country, e.sector) if x]
    if e.lat is not None and e.lon is not None:
        facts.append(f"{e.lat:.2f},{e.lon:.2f}")
    more = f" ×{len(e.mentions)}" if len(e.mentions) > 1 else ""
    return f"{e.type:<6} {e.span.text}{more}  {p.dim}{' · '.join(facts)}{p.reset}"


def _count(low: int | None, high: int | None) -> str:
    """``27``, ``10–99``, or ``61+`` for an open upper bound (``أكثر من 60``)."""
    if low == high:
        return str(low)
    return f"{low}+" if high is None else f"{low}–{high}"


def _actor(a: Actor | None) -> str:
    if a is None:
        return "—"
    code = "/".join(x for x in (a.country, a.sector) if x)
    return f"{a.span.text}" + (f" [{code}]" if code else "")


def _event_line(ev: Event, p: Palette) -> str:
    flags = [f for f, on in (("negated", ev.negated), ("denied", ev.denied),
                             ("future", ev.future), ("hypothetical", ev.hypothetical)) if on]
    toll = [f"{k} {_count(c.min, c.max)}"
            for k, c in (("killed", ev.killed), ("injured", ev.injured),
                         ("arrested", ev.arrested)) if c is not None]
    where = ev.place.name_en or (ev.place.span.text if ev.place.span else "") if ev.place else ""
    head = f"{ev.type}" + (f".{ev.mode}" if ev.mode else "")
    parts = [f"{_actor(ev.actor)} → {_actor(ev.recipient)}",
             where or (ev.country or "?"), iso(ev.date) or "?", *toll]
    flag = f" {p.warn}[{', '.join(flags)}]{p.reset}" if flags else ""
    return (f"{p.ok}{head}{p.reset}{flag} {' · '.join(parts)}  "
            f"{p.dim}«{_cut(ev.trigger.text, 40)}»{p.reset}")
