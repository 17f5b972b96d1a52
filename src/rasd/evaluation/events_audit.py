"""``rasd eval events-audit``: event precision on real news, from judged candidates.

The gold passages (:mod:`rasd.evaluation.events`) are news items the team wrote, dense with
events. Real pages are mostly not: op-eds, sermons, market and science pages, features, and
reports whose every verb is not an event. An analyst meets rasd's precision on *those*, so
it is audited the way event-data projects audit coders: a fixed-seed random sample of real
articles (SaudiNewsNet, ``../shared/data/news``), every event rasd proposed on them judged
by a person, and the judgments kept (``tests/gold/events/real_news.tsv``: article id, the
trigger's character span in the article's text, type, label; no text of the corpus is
copied).

Scoring re-runs rasd on the judged articles and looks at every event it reports as a fact
(not negated, future, hypothetical or denied):

* an event is *judged* when a judgment of the same article and type overlaps its trigger;
  its label counts (``y`` right; ``f`` right type but planned or conditional, so wrongly
  reported as fact; ``n`` not an event of that type);
* **precision** = y / judged events; events no judgment covers (new candidates after a rule
  change) are counted apart as *unjudged*, to be judged before the figure is trusted;
* **kept** = of the ``y`` judgments, the share some reported event still covers: a change
  that buys precision by losing true events shows here;
* **told** = of the ``y`` judgments, those a reported event of their type covers by its
  trigger *or holds in one of its evidence spans*: when two judged tellings of one act are
  merged into one event (a headline and its body, a raid and its arrests), *kept* falls by
  one although nothing was lost, and *told* shows that.

Splits: ``dev`` articles may be read while changing rules or training the filter; ``test``
articles are scored, not read.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from rasd.errors import DataMissing, RecordError
from rasd.evaluation.events_gold import GoldEvent, GoldPassage
from rasd.model import Document, Event

log = logging.getLogger(__name__)

Label = Literal["y", "f", "n"]
LABELS: tuple[str, ...] = ("y", "f", "n")
AuditSplit = Literal["dev", "test", "all"]
_COLUMNS = ("doc_id", "start", "end", "type", "label", "split", "note")

#: Runs rasd on an article: ``(text, published) -> Document``. Tests pass a fake.
Analyzer = Callable[[str, date | None], Document]


@dataclass(frozen=True, slots=True)
class Judgment:
    """A person's verdict on one proposed event: article, trigger span, type, label."""

    doc_id: str
    start: int
    end: int
    type: str
    label: Label
    split: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A judged article as the corpus gives it."""

    id: str
    text: str
    published: date | None


@dataclass(frozen=True, slots=True)
class AuditReport:
    split: str
    articles: int
    reported: int  # events reported as facts
    judged: Counter[str]  # label -> events
    unjudged: int
    positives: int  # y judgments
    positives_kept: int
    by_type: dict[str, Counter[str]]  # type -> label/unjudged counts
    unjudged_examples: tuple[str, ...]
    positives_told: int = 0  # y judgments a reported event's trigger or evidence holds

    @property
    def precision(self) -> float:
        total = sum(self.judged.values())
        return self.judged["y"] / total if total else 0.0

    @property
    def kept(self) -> float:
        return self.positives_kept / self.positives if self.positives else 0.0


def read_judgments(path: Path) -> list[Judgment]:
    """The judgments of a TSV file (``#`` lines are comments; one header line)."""
    out: list[Judgment] = []
    header_seen = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{path}:{n}"
        if not header_seen:
            if tuple(cells[:len(_COLUMNS)]) != _COLUMNS:
                raise RecordError(f"expected the header {' '.join(_COLUMNS)}", where=where)
            header_seen = True
            continue
        cells += [""] * (len(_COLUMNS) - len(cells))
        doc_id, start, end, typ, label, split, note = cells[:len(_COLUMNS)]
        if label not in LABELS:
            raise RecordError(f"label must be one of {', '.join(LABELS)}, not {label!r}",
                              where=where)
        if split not in ("dev", "test"):
            raise RecordError(f"split must be dev or test, not {split!r}", where=where)
        try:
            first, last = int(start), int(end)
        except ValueError as e:
            raise RecordError("start and end must be character offsets", where=where) from e
        if not 0 <= first < last:
            raise RecordError(f"empty or reversed span {first}..{last}", where=where)
        out.append(Judgment(doc_id, first, last, typ, label, split, note))  # type: ignore[arg-type]
    return out


def load_articles(corpus: Path, ids: Iterable[str]) -> dict[str, Article]:
    """The articles of ``ids`` from a JSONL corpus with ``id``, ``text`` and ``published``
    fields (SaudiNewsNet's layout); every id must be found."""
    wanted = set(ids)
    found: dict[str, Article] = {}
    if not corpus.is_file():
        raise DataMissing(f"the audited corpus is not here: {corpus}", where=str(corpus))
    with corpus.open(encoding="utf-8") as stream:
        for n, line in enumerate(stream, 1):
            if not wanted - found.keys():
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise RecordError(f"not JSON: {e.msg}", where=f"{corpus}:{n}") from e
            if rec.get("id") in wanted:
                found[rec["id"]] = Article(rec["id"], rec.get("text") or "",
                                           _published(rec.get("published")))
    missing = sorted(wanted - found.keys())
    if missing:
        raise DataMissing(f"{len(missing)} judged articles are not in the corpus "
                          f"(first: {missing[0]})", where=str(corpus))
    return found


def _published(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def reported_as_fact(event: Event) -> bool:
    return not (event.negated or event.future or event.hypothetical or event.denied)


def _trigger(event: Event) -> tuple[int, int]:
    return event.trigger.start, event.trigger.end


def audit(judgments: Sequence[Judgment], articles: dict[str, Article], analyse: Analyzer,
          split: AuditSplit = "all", *, examples: int = 20) -> AuditReport:
    """Score what ``analyse`` reports on the judged articles of ``split`` (module doc)."""
    chosen = [j for j in judgments if split == "all" or j.split == split]
    by_doc: dict[str, list[Judgment]] = defaultdict(list)
    for j in chosen:
        by_doc[j.doc_id].append(j)
    judged: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    unjudged = reported = kept = told = 0
    unjudged_examples: list[str] = []
    for doc_id in sorted(by_doc):
        article = articles[doc_id]
        doc = analyse(article.text, article.published)
        if doc.text != article.text:
            raise RecordError("the analysed text differs from the article's: judged "
                              "offsets would not apply", where=doc_id)
        marks = by_doc[doc_id]
        covered: set[Judgment] = set()
        facts = [e for e in doc.events if reported_as_fact(e)]
        for event in facts:
            reported += 1
            start, end = _trigger(event)
            hits = [j for j in marks if j.type == event.type and j.start < end and start < j.end]
            if not hits:
                unjudged += 1
                by_type[event.type]["unjudged"] += 1
                if len(unjudged_examples) < examples:
                    unjudged_examples.append(f"{doc_id} {start}-{end} {event.type} "
                                             f"«{doc.text[start:end]}»")
                continue
            label = "y" if any(j.label == "y" for j in hits) else hits[0].label
            judged[label] += 1
            by_type[event.type][label] += 1
            covered.update(hits)
        kept += sum(1 for j in marks if j.label == "y" and j in covered)
        told += sum(1 for j in marks if j.label == "y" and (j in covered or _held(j, facts)))
    positives = sum(1 for j in chosen if j.label == "y")
    log.info("audited %d articles of split %s", len(by_doc), split)
    return AuditReport(split, len(by_doc), reported, judged, unjudged, positives, kept,
                       dict(by_type), tuple(unjudged_examples), told)


def _held(j: Judgment, events: list[Event]) -> bool:
    """Whether an event of ``j``'s type holds ``j``'s span in one of its evidence spans."""
    return any(e.type == j.type and any(s.start <= j.start and j.end <= s.end
                                        for s in e.evidence) for e in events)


def audit_passages(judgments: Sequence[Judgment], articles: dict[str, Article],
                   split: Literal["dev", "test"] = "dev") -> list[GoldPassage]:
    """The judged articles of ``split`` as gold passages for training the candidate filter
    (:mod:`rasd.events.learned.filter_train`): each ``y`` or ``f`` judgment is a gold event of its
    type at its trigger span (``f`` is the right type, only wrongly unflagged, and the
    filter decides the type, not the flags); everything else the rules propose there is not
    an event. Ids are ``audit:`` + the article id; the text stays in memory."""
    by_doc: dict[str, list[Judgment]] = defaultdict(list)
    for j in judgments:
        if j.split == split:
            by_doc[j.doc_id].append(j)
    out: list[GoldPassage] = []
    for doc_id in sorted(by_doc):
        article = articles[doc_id]
        events = tuple(
            GoldEvent(types=(j.type,), mode=None, evidence=(article.text[j.start:j.end],),
                      spans=((j.start, j.end),))
            for j in sorted(by_doc[doc_id], key=lambda j: j.start) if j.label in ("y", "f"))
        out.append(GoldPassage(id=f"audit:{doc_id}", split="dev", text=article.text,
                               published=article.published, source="audit", events=events,
                               raw={}))
    return out


def format_audit(reports: Sequence[AuditReport]) -> str:
    """Markdown tables: the headline per split, then per type."""
    lines = ["| split | articles | reported as fact | judged | y | f | n | unjudged | "
             "precision | true events kept | told (trigger or evidence) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in reports:
        total = sum(r.judged.values())
        lines.append(f"| {r.split} | {r.articles} | {r.reported} | {total} | {r.judged['y']} "
                     f"| {r.judged['f']} | {r.judged['n']} | {r.unjudged} | "
                     f"**{r.precision:.1%}** | {r.positives_kept}/{r.positives} "
                     f"({r.kept:.0%}) | {r.positives_told}/{r.positives} |")
    for r in reports:
        lines += ["", f"per type ({r.split}):", "", "| type | y | f | n | unjudged |",
                  "|---|---:|---:|---:|---:|"]
        for typ in sorted(r.by_type):
            c = r.by_type[typ]
            lines.append(f"| {typ} | {c['y']} | {c['f']} | {c['n']} | {c['unjudged']} |")
        if r.unjudged_examples and r.split != "test":
            lines += ["", f"unjudged events ({r.split}; judge them into the TSV):"]
            lines += [f"- {e}" for e in r.unjudged_examples]
    return "\n".join(lines)
