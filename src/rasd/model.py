"""The document model: frozen, slotted records whose spans index into ``Document.text``.

``Document.text`` is the page text exactly as read (after decoding); nothing in rasd ever
rewrites it. Every annotation carries a half-open ``[start, end)`` character span into it
and the span's ``text`` equals ``Document.text[start:end]`` (``tests/test_offsets.py``
guards this invariant for every document the tests produce).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Literal

SCHEMA_VERSION = "rasd/1"

BlockKind = Literal["paragraph", "subheading"]
Granularity = Literal["minute", "hour", "day", "week", "month", "season", "year", "vague"]
CasualtyKind = Literal["killed", "injured", "arrested", "missing", "abducted"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"]
#: How a mention refers to its entity: by name, by a nationality adjective (الكازاخي), by a
#: role or institution phrase (الرئيس الكازاخي, قوات الأمن), or a capital standing for its
#: country's government (واشنطن تحذر موسكو).
MentionKind = Literal["name", "nisba", "role", "metonym"]
RedactionKind = Literal["email", "phone"]
ScriptureSource = Literal["quran", "hadith"]
StancePolarity = Literal["against", "for", "neutral"]
ToxicityKind = Literal["insult", "vulgar", "hate", "threat"]
DialectFlag = Literal["msa", "dialect"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of a text, with the text it covers."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span [{self.start}, {self.end}) has text of length {len(self.text)}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Block:
    """A body block: a paragraph or a subheading."""

    kind: BlockKind
    span: Span


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption; ``credit`` is the trailing photo credit (``- جيتي``) when present."""

    span: Span
    credit: Span | None = None


@dataclass(frozen=True, slots=True)
class Redaction:
    """Personal data found in a comment (an e-mail address or a phone number): every output
    shows ``mask`` instead of the span's text; the stored text keeps it only on opt-in."""

    span: Span
    kind: RedactionKind
    mask: str


@dataclass(frozen=True, slots=True)
class ScriptureQuote:
    """A quotation of scripture inside a comment, so it is not scored as the reader's words.

    ``reference`` is ``surah:ayah`` (``4:120``) or a range (``2:255-256``) for the Qur'an,
    None for hadith-like quotes recognised by their formula only."""

    span: Span
    source: ScriptureSource
    reference: str | None
    #: Share of the verse's words found in order in the span (1.0: the whole verse).
    coverage: float


@dataclass(frozen=True, slots=True)
class Stance:
    """A comment's stance toward one mentioned actor, with the words that show it."""

    #: The entity's KB id (``KAZ``, ``org:nato``) or, when unlinked, its name.
    target: str
    #: The target's name as written in the comment.
    name: str
    polarity: StancePolarity
    evidence: Span
    score: float


@dataclass(frozen=True, slots=True)
class Toxicity:
    """Whether a comment is offensive, how sure the classifier is, and what triggered it."""

    offensive: bool
    #: Probability of the Offensive class (0..1) from the shipped classifier.
    score: float
    #: Kinds found by the lexicon: insult, vulgar, hate, threat.
    kinds: tuple[ToxicityKind, ...] = ()
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Comment:
    """A reader comment: its author line, its timestamp as printed (local time) and its text,
    and, once the comment stage ran, what rasd read in it."""

    span: Span
    author: Span | None = None
    #: Local time as printed; a date alone when the page prints no time.
    posted: datetime | date | None = None
    posted_span: Span | None = None
    #: Entities named in the comment (spans inside ``span``), linked through the KB.
    mentions: tuple[Entity, ...] = ()
    scripture: tuple[ScriptureQuote, ...] = ()
    stance: tuple[Stance, ...] = ()
    #: Overall sentiment of the reader's own words, -1 (negative) .. +1 (positive).
    sentiment: float | None = None
    toxicity: Toxicity | None = None
    #: "msa" or "dialect" (Gulf, Egyptian, Levantine, Maghrebi … are not told apart).
    dialect: DialectFlag | None = None
    #: Index (in ``Document.comments``) of an earlier comment with the same text by another
    #: author: copy-paste or spam.
    duplicate_of: int | None = None
    redactions: tuple[Redaction, ...] = ()


@dataclass(frozen=True, slots=True)
class StanceCount:
    """How many comments are against, for or neutral toward one actor."""

    target: str
    name: str
    against: int
    favour: int
    neutral: int


@dataclass(frozen=True, slots=True)
class MentionCount:
    """How many comments name one actor or place, and the name readers most used for it."""

    target: str
    name: str
    comments: int


@dataclass(frozen=True, slots=True)
class CommentSummary:
    """The readers' reaction to one article."""

    declared: int | None
    parsed: int
    toxic: int
    #: Share of parsed comments that are offensive (0 when there are none).
    toxic_share: float
    duplicates: int
    stance: tuple[StanceCount, ...] = ()
    #: The most mentioned actors and places, most comments first.
    top_mentions: tuple[MentionCount, ...] = ()


@dataclass(frozen=True, slots=True)
class Published:
    """When the page was published.

    ``inferred`` is true when rasd worked the date out from the page (comment times, named
    weekdays, dates in the text) rather than being told it; ``basis`` says how.
    """

    date: date | None = None
    inferred: bool = False
    basis: str = "unknown"


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A date or time expression resolved to a value (ISO date or datetime).

    ``relative`` is true when the value depends on the publication date (``أمس``,
    ``الأحد الماضي``); ``value`` is ``None`` when it cannot be resolved (no anchor).
    """

    span: Span
    value: date | datetime | None
    granularity: Granularity
    relative: bool = False

    @property
    def day(self) -> date | None:
        """The calendar day of ``value`` (a datetime's date), or None when unresolved."""
        v = self.value
        return v.date() if isinstance(v, datetime) else v


@dataclass(frozen=True, slots=True)
class Casualty:
    """A count of people killed, injured, arrested, missing or abducted."""

    span: Span
    kind: CasualtyKind
    min: int | None
    max: int | None
    approx: bool = False
    who: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an entity is referred to."""

    span: Span
    kind: MentionKind = "name"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or nationality, with every mention of it in the page.

    ``span`` is the entity's most informative mention (the full name, not a later surname).
    Linked entities carry the knowledge-base record (``kb_id``, English name, coordinates);
    unknown people and organisations are still entities, with whatever country and sector
    their context gives. ``country`` is ISO 3166-1 alpha-3; ``sector`` a CAMEO/PLOVER actor
    sector code (GOV, MIL, COP, REB, OPP, CVL, MED, IGO, ...).
    """

    span: Span
    type: EntityType
    mentions: tuple[Mention, ...]
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: Literal["city", "region", "country"] | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is quoted: the mention that names them (after coreference, the most informative
    one: ``نيد برايس`` for a later ``وأضاف``), and the entity record it links to."""

    span: Span
    type: EntityType | None = None
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported speech. ``span`` covers the quoted words without the quote marks (direct)
    or the reported clause after ``إن``/``أن`` (indirect); ``verb`` is the reporting verb
    (قال، أضاف، أكد، ...); ``carried`` marks a speaker carried over from an earlier
    sentence (``وأضاف``, ``وتابع``) rather than named in this one."""

    span: Span
    direct: bool
    speaker: Speaker | None = None
    verb: Span | None = None
    carried: bool = False


EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
]
#: Where an event's date came from: a date in its own sentence, in its paragraph, the
#: publication date, or nowhere.
DateBasis = Literal["sentence", "paragraph", "published", "none"]
#: Where an event's place came from: its sentence, its paragraph, or the document's main place.
PlaceBasis = Literal["sentence", "paragraph", "document"]


@dataclass(frozen=True, slots=True)
class Actor:
    """A participant of an event (actor, recipient) or its source (attribution): the phrase
    in the text (``قوات الأمن``, ``وزارة الداخلية في كازاخستان``) and what it links to.
    ``entity`` is the index of the linked entity in ``Document.entities``, if any."""

    span: Span
    type: EntityType | None = None
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    entity: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: the most specific geocoded place its sentence or paragraph
    names, else the document's main place (``basis`` says which)."""

    span: Span | None
    name_en: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: Literal["city", "region", "country"] | None = None
    kb_id: str | None = None
    basis: PlaceBasis = "sentence"


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event: who did what to whom, where, when, with what toll, on whose word.

    ``evidence`` holds every span that reports the event (headline, caption and body
    retellings are merged into one event); ``trigger`` is the word or phrase that names the
    act in the first evidence. Negated, denied, future and hypothetical events are kept but
    flagged: they are not facts.
    """

    type: EventType
    trigger: Span
    evidence: tuple[Span, ...]
    mode: str | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    place: Place | None = None
    country: str | None = None
    date: date | None = None
    date_basis: DateBasis = "none"
    #: ``month`` when the text dates the event to a month only (``في مارس الماضي``):
    #: ``date`` is then the first of that month.
    date_precision: Literal["day", "month"] = "day"
    killed: Casualty | None = None
    injured: Casualty | None = None
    arrested: Casualty | None = None
    attribution: Actor | None = None
    negated: bool = False
    denied: bool = False
    future: bool = False
    hypothetical: bool = False
    confidence: float = 1.0

    @property
    def flags(self) -> tuple[bool, bool, bool]:
        """Negated, future, hypothetical: two tellings of one act agree on all three."""
        return (self.negated, self.future, self.hypothetical)

    def trigger_sentence(self) -> Span | None:
        """The evidence span holding the trigger (its own sentence), if any."""
        return next((s for s in self.evidence if s.start <= self.trigger.start < s.end), None)

    def with_evidence(self, spans: tuple[Span, ...]) -> Event:
        """This event with ``spans`` it does not hold yet appended to its evidence, in
        order: another telling of the same act folded into it."""
        new = tuple(s for s in dict.fromkeys(spans) if s not in self.evidence)
        return replace(self, evidence=self.evidence + new) if new else self


@dataclass(frozen=True, slots=True)
class Warning:
    """Something rasd noticed but could not do well; the document is still usable."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """One analysed page. Stages return new documents with more fields filled."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    section: Span | None = None
    title: Span | None = None
    #: The headline as given by the input's metadata (JSONL ``title``), when the text
    #: itself may not contain it.
    meta_title: str | None = None
    published: Published = field(default_factory=Published)
    captions: tuple[Caption, ...] = ()
    blocks: tuple[Block, ...] = ()
    comments_declared: int | None = None
    comments: tuple[Comment, ...] = ()
    #: Filled by the comment stage; None before it ran.
    comment_summary: CommentSummary | None = None
    times: tuple[TimeRef, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[Warning, ...] = ()

    @property
    def title_text(self) -> str | None:
        return self.title.text if self.title is not None else self.meta_title

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    @property
    def subheadings(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "subheading")

    def spans(self) -> list[Span]:
        """Every span the document carries (for invariant checks and highlighting)."""
        out: list[Span] = []
        for s in (self.section, self.title):
            if s is not None:
                out.append(s)
        for c in self.captions:
            out.append(c.span)
            if c.credit is not None:
                out.append(c.credit)
        out.extend(b.span for b in self.blocks)
        for m in self.comments:
            out.append(m.span)
            out.extend(s for s in (m.author, m.posted_span) if s is not None)
            for e in m.mentions:
                out.append(e.span)
                out.extend(x.span for x in e.mentions)
            out.extend(q.span for q in m.scripture)
            out.extend(st.evidence for st in m.stance)
            if m.toxicity is not None:
                out.extend(m.toxicity.spans)
            out.extend(r.span for r in m.redactions)
        for e in self.entities:
            out.append(e.span)
            out.extend(m.span for m in e.mentions)
        for q in self.quotes:
            out.append(q.span)
            out.extend(s for s in (q.verb, q.speaker.span if q.speaker else None) if s)
        out.extend(t.span for t in self.times)
        out.extend(c.span for c in self.casualties)
        for ev in self.events:
            out.append(ev.trigger)
            out.extend(ev.evidence)
            for a in (ev.actor, ev.recipient, ev.attribution):
                if a is not None:
                    out.append(a.span)
            if ev.place is not None and ev.place.span is not None:
                out.append(ev.place.span)
            out.extend(c.span for c in (ev.killed, ev.injured, ev.arrested) if c is not None)
        return out

    def to_json(self) -> dict[str, object]:
        """The ``rasd/1`` JSON form (see ``docs/schema.md``)."""
        from rasd.serialize import document_to_json

        return document_to_json(self)


def document_id(text: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
