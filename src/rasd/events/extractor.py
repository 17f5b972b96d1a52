"""Stage: PLOVER events from the article's sentences (headline, captions, body blocks).

This module owns the document level: it splits the pieces into sentences, gates pages and
sentences (verse, tags, sports, a page domain, opinion columns: :mod:`rasd.events.gates`,
:mod:`rasd.events.senses.domains`), finds each sentence's trigger matches
(:mod:`rasd.events.matcher`) and hands them to the sentence event builder
(:mod:`rasd.events.sentence_events`: modifier cues, participants, place, date, casualty
counts). It then gives the tolls no sentence took to the acts before them, the document's
place and country to events without one, and merges the same event told in the headline, a
caption and the body into one event with several evidence spans (:mod:`rasd.events.merge`).
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import chain
from operator import itemgetter
from typing import ClassVar

from rasd.events.actors.arguments import ActorFinder
from rasd.events.actors.columns import COLUMN_WEIGHT, first_plural_column
from rasd.events.actors.crowd_counts import crowd_counts  # fix47: a crowd named by a count
from rasd.events.actors.occupation_actor import occupation_country  # fix44: قوات الاحتلال → ISR
from rasd.events.actors.participants import PARTICIPANT_WEIGHT as PARTICIPANT_WEIGHT  # re-exported
from rasd.events.actors.wanted_charges import wanted_charges  # conv19
from rasd.events.casualties.attach import attach_orphans
from rasd.events.casualties.background_counts import background_counts
from rasd.events.casualties.tolls import is_toll, other_estimate
from rasd.events.dates.during_retold import during_retold_dates
from rasd.events.dates.final_statements import final_statement_dates  # fix54
from rasd.events.dates.headline_dates import (
    headline_dates,
    outcome_dates,
    part_of_day_dates,
    session_dates,
)
from rasd.events.dates.hours_after import hours_after_dates  # fix49: بعد نحو ثلاث ساعات من
from rasd.events.dates.interval_dates import during_dates, interval_dates
from rasd.events.dates.occasion_dates import occasion_dates  # fix47: an occasion told before
from rasd.events.dates.right_after import right_after_dates  # fix43: فور إعلان القرار
from rasd.events.dates.simultaneous import simultaneous_dates  # fix45: بالتزامن مع
from rasd.events.dates.stated_futures import stated_now  # fix43: stances told as made
from rasd.events.folds.blockade_parts import fold_blockade_parts  # fix53
from rasd.events.folds.cordons import fold_cordons  # fix52
from rasd.events.folds.crowd_demands import fold_crowd_demands  # fix52
from rasd.events.folds.foiled_crossings import fold_foiled_crossings  # fix52
from rasd.events.folds.frame_folds import fold_frames
from rasd.events.folds.joined_verbs import fold_joined_verbs  # fix49
from rasd.events.folds.same_victims import fold_same_victims  # fix53
from rasd.events.gates import (
    HARAKA,
    OPINION_PAGE,
    OPINION_WEIGHT,
    names_dated_time,
    public_call,
    tags_start,
    vowelled,
    without_generic_runs,
)
from rasd.events.learned.candidate_filter import filter_events
from rasd.events.lexicon import domain_words
from rasd.events.location.lead_place import story_place
from rasd.events.location.places import PlaceRef, main_country, main_place, place_refs
from rasd.events.location.story_towns import far_lead_town  # fix47: the town far from the desk
from rasd.events.matcher import Readings, find_matches
from rasd.events.merge import merge_events
from rasd.events.retellings.arrest_steps import (
    fold_charged_acts,
    fold_later_seizure,
    fold_referrals,
)
from rasd.events.retellings.condemned_back import fold_condemned_back  # fix53
from rasd.events.retellings.course_folds import fold_courses  # fix50
from rasd.events.retellings.fight_parts import fold_fight_parts
from rasd.events.retellings.referred_acts import fold_referred_acts  # fix50
from rasd.events.retellings.riot_stones import fold_stone_riots  # fix45: a riot's stones told back
from rasd.events.retellings.told_again import fold_told_again  # twice22
from rasd.events.retellings.told_once import (
    fold_told_once,  # fix46: a crew, sidelines, عقب الانسحاب
)
from rasd.events.retellings.told_twice import fold_told_twice  # split21
from rasd.events.senses.assault_readings import without_unasserted_assaults
from rasd.events.senses.attack_references import without_attack_references  # assault21
from rasd.events.senses.courtesies import is_domestic_courtesy
from rasd.events.senses.domains import DomainPolicy, PageWords, page_domain, page_words
from rasd.events.senses.failed_acts import failed_acts  # fix47: an act failed is negated
from rasd.events.senses.named_acts import without_named_acts  # fix56
from rasd.events.senses.overflights import without_overflights  # fix53
from rasd.events.senses.protest_clashes import lasted_undated, protest_clashes
from rasd.events.senses.violence_references import without_violence_references  # assault22

# the sentence builder's constants were this module's: re-exported under their old path
from rasd.events.sentence_events import ACTOR_COUNTRY_TYPES as ACTOR_COUNTRY_TYPES
from rasd.events.sentence_events import ARMED as ARMED
from rasd.events.sentence_events import CONVICTION_LEMMAS as CONVICTION_LEMMAS
from rasd.events.sentence_events import CORROBORATION_BONUS as CORROBORATION_BONUS
from rasd.events.sentence_events import COUNTERPART as COUNTERPART
from rasd.events.sentence_events import DEATH_NOUNS as DEATH_NOUNS
from rasd.events.sentence_events import GENERIC_NOUNS as GENERIC_NOUNS
from rasd.events.sentence_events import GENERIC_WEIGHT as GENERIC_WEIGHT
from rasd.events.sentence_events import HOSTING_LEMMAS as HOSTING_LEMMAS
from rasd.events.sentence_events import POLITICAL_SECTORS as POLITICAL_SECTORS
from rasd.events.sentence_events import PURPOSE_DEMANDS as PURPOSE_DEMANDS
from rasd.events.sentence_events import RESULT_MODES as RESULT_MODES
from rasd.events.sentence_events import TOLL_TYPES as TOLL_TYPES
from rasd.events.sentence_events import VERBAL_ATTACK_LEMMAS as VERBAL_ATTACK_LEMMAS
from rasd.events.sentence_events import Sentence, sentence_events
from rasd.model import Casualty, Document, Event, Span
from rasd.text.layer import document_pieces
from rasd.text.sentences import split_sentences
from rasd.text.tokens import document_tokens

log = logging.getLogger(__name__)

#: A page with this many distinct sports words is a sports report; there only triggers of
#: at least SPORTS_WEIGHT (unambiguous ones: اغتيال، اعتقل) make events.
SPORTS_CUES = 2
SPORTS_WEIGHT = 0.8
#: The only types a sports page reports (a fan riot, arrests, a ban, a killing): there a
#: withdrawal, a demand, a threat or a meeting is a team's or a coach's (انسحاب المنتخب من
#: الدورة، طالب المدرب، هدد الاتحاد بالمقاطعة), and شن هجوما، خطف are play; every sports
#: page of the dev set has no event.
SPORTS_TYPES = frozenset({"PROTEST", "COERCE", "SANCTION"})
#: ASSAULT modes a sports page may still report (a named killing or bomb, a beating).
SPORTS_ASSAULT_MODES = frozenset({"assassinate", "explosives", "suicide-attack", "beat"})


class EventExtractor:
    """Fill ``events`` from the article text, its entities, times and casualties."""

    name: ClassVar[str] = "events/2"
    requires: ClassVar[frozenset[str]] = frozenset({"entities", "times", "casualties"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        pieces = document_pieces(doc)
        refs: list[PlaceRef] | None = None
        finder: ActorFinder | None = None
        times = sorted(doc.times, key=lambda t: t.span.start)
        events: list[Event] = []
        quiet: list[Span] = []  # sentences that report no event
        arrests: list[Span] = []  # sentences that report only arrests
        sentences = _sentences(doc, pieces)
        words = page_words(chain.from_iterable(s.toks for s in sentences))
        sports = _is_sports(words)
        domain: DomainPolicy | None = None
        # a column: its link line to the writer's other columns, or its own voice's "we"
        opinion_weight = OPINION_WEIGHT if OPINION_PAGE.search(doc.text) is not None \
            else COLUMN_WEIGHT if first_plural_column(doc.text) else None
        tags = tags_start(doc.text)
        page_country: str | None = None  # the page's state, for its officials' courtesies
        courtesies: list[tuple[str, int]] = []  # (type, trigger start) of their courtesies
        for i, sent in enumerate(sentences):
            # verse, scripture or tags (a sentence with no haraka at all is neither: one
            # scan of its text instead of one set test per word)
            if (HARAKA.search(sent.span.text) is not None and vowelled(sent.toks)) \
                    or sent.span.start >= tags:
                quiet.append(sent.span)
                continue
            readings = Readings(sent.toks)
            matches = [m for m in find_matches(sent.toks, readings)
                       if sent.toks[m.first].start < tags]
            if not matches:
                quiet.append(sent.span)
                continue
            if refs is None:  # lazily: most of a crawl's pages have no event
                refs = place_refs(doc, pieces)
                finder = ActorFinder(doc)
                # a weather, market, culture, sermon, health or school page
                domain = None if sports else page_domain(words)
                page_country = main_country(doc)
            assert finder is not None
            if sports:  # هجوم، لقاء، اتفاق in a match report are play and transfers
                matches = [m for m in matches if m.trigger.weight >= SPORTS_WEIGHT and (
                    m.trigger.type in SPORTS_TYPES or m.trigger.mode in SPORTS_ASSAULT_MODES)]
            elif domain is not None:  # a storm's attack, a price war, a festival's battle
                matches = [m for m in matches if domain.keeps(m)]
            matches = [m for m in matches if not public_call(sent.toks, m, matches)]
            matches = without_generic_runs(doc, sent.span, sent.toks, matches)
            # a column's undated القتل، هجوم، دعم argue
            if opinion_weight is not None and not names_dated_time(doc, sent.span):
                matches = [m for m in matches if m.trigger.weight >= opinion_weight]
            found = sentence_events(doc, sent, matches, readings, finder, refs, times) \
                if matches else []
            # a governor receiving his mufti, a minister praising his own staff: dropped once
            # merged, so that the same reception's other tellings go with it
            courtesies.extend((e.type, e.trigger.start) for e in found if is_domestic_courtesy(
                doc, sent.span, e, page_country, sentences[i - 1].span if i else None))
            if not found:
                quiet.append(sent.span)
            elif all(e.type == "COERCE" for e in found):
                arrests.append(sent.span)  # its dead or wounded are an earlier act's
            events.extend(found)
        if not events:
            return doc
        orphans = _orphan_tolls(doc, quiet, events, arrests)
        events = attach_orphans(events, orphans, frozenset(
            (c.span.start, c.span.end) for c in orphans if is_toll(c, doc.text)), doc.text)
        # the headline and the first paragraph (the first two pieces in text order): where
        # the story happens
        first_two = sorted(pieces, key=lambda p: p.start)[:2]
        lead = Span.of(doc.text, first_two[0].start, max(p.end for p in first_two)) \
            if first_two else None
        main = story_place(main_place(refs or [], lead), refs or [], lead, doc.text)  # fix40
        main = far_lead_town(main, refs or [], lead, doc.text)  # fix47: باريس - … مونبيليار
        country = main.country if main is not None else main_country(doc)
        events = [_with_document_place(e, main) for e in events]
        # the document's country and the actors' countries are filled in once merged: a
        # guessed country must not make two acts look like one
        merged = fold_frames(_without_courtesies(merge_events(events, doc.text), courtesies),
                             doc.text)
        # conv18: stones and stormings tried; a lasting detention keeps no borrowed date
        merged = background_counts(lasted_undated(fold_stone_riots(  # fix45: told back
            protest_clashes(merged, doc.text))), doc.text)
        # fix40: the arrested referred to the prosecution, the force's later seizure
        merged = fold_charged_acts(fold_later_seizure(fold_referrals(merged, doc.text), doc.text),
                                   doc.text)
        merged = wanted_charges(merged, doc.text)  # conv19: القبض على 11 مطلوبا بتهمة …
        merged = fold_fight_parts(merged, doc.text)  # fix42: sounds, downed drones, spoils
        merged = without_unasserted_assaults(merged, doc.text)  # assault19: courses, figures
        merged = without_attack_references(merged, doc.published.date)  # assault21: أي، عام 1982
        merged = without_violence_references(merged)  # assault22: downed, planned, seized, held
        merged = without_named_acts(merged, doc.text)  # fix56: يشتبه في أنه أطلق، «تختطفه»
        merged = fold_told_once(merged)  # fix46: one act told with several words
        merged = fold_foiled_crossings(merged, doc.text)  # fix52: أحبطت … محاولات هجرة، وأوقفت
        merged = fold_crowd_demands(merged, doc.text)  # fix52: … اعتصاما. وطالب المعتصمون
        merged = fold_cordons(merged, doc.text)  # fix52: منعت … ندوة، بعدما طوقت
        merged = fold_joined_verbs(merged, doc.text)  # fix49: توقف العمال … وتجمعوا
        merged = fold_same_victims(merged, doc.text)  # fix53: هاجم … عائلات …، ورشقوها
        merged = without_overflights(merged, doc.text)  # fix53: فيما حلقت مسيرات فوق المدينة
        merged = fold_blockade_parts(merged)  # fix53: أقفل العمال المداخل …، ومنعوا الموظفين
        merged = fold_condemned_back(merged)  # fix53: توغلت قوة … / وأدانت «التوغل السافر»
        merged = crowd_counts(merged, doc.text)  # fix47: وتجمع عشرات من أنصار المعارض
        merged = fold_told_twice(merged, doc.text)  # split21: an act told twice, one event
        merged = fold_told_again(merged)  # twice22: a toll on someone's word, arrests named back
        merged = fold_courses(fold_referred_acts(merged, doc.text), doc.text)  # fix50
        events = [_with_countries(e, country)
                  for e in outcome_dates(part_of_day_dates(session_dates(headline_dates(
                      during_retold_dates(during_dates(interval_dates(merged, doc.text),
                                                       doc.text), doc.text),
                      doc.text), doc.text), doc.text), doc.text)]
        events = right_after_dates(stated_now(events, doc.published.date), doc.text)  # fix43
        events = hours_after_dates(events, doc.text)  # fix49
        events = simultaneous_dates(events, doc.text)  # fix45: بالتزامن مع جلسة النطق بالحكم
        events = occasion_dates(events, doc.text)  # fix47: قبل انطلاق التجمع، خلال الجلسة
        events = final_statement_dates(events, doc.text)  # fix54: في بيانه الختامي
        events = failed_acts(events, doc.text)  # fix47: فشل الطرفان في التوصل إلى اتفاق
        # the learned filter drops only candidates it is confident are not events
        return replace(doc, events=filter_events(doc, events))


def _without_courtesies(events: list[Event], courtesies: list[tuple[str, int]]) -> list[Event]:
    """``events`` but those of which a telling is a courtesy between officials of one state
    (:mod:`rasd.events.senses.courtesies`): an event merged from such a telling and its retellings
    (the headline's and the body's reception) goes whole."""
    if not courtesies:
        return events
    return [e for e in events if not any(
        typ == e.type and any(ev.start <= start < ev.end for ev in e.evidence)
        for typ, start in courtesies)]


def _is_sports(words: PageWords) -> bool:
    """Whether the page is a sports report: it uses :data:`SPORTS_CUES` distinct words of
    the sports vocabulary (modifiers.tsv, kind domain); a word counts by its base when the
    base is listed, else by its normalised form."""
    vocab = domain_words().get("sports", frozenset())
    if vocab.isdisjoint(words.norms) and vocab.isdisjoint(words.bases):
        return False  # most pages: no set test per word
    seen = {b if b in vocab else n for n, b in words.pairs if n in vocab or b in vocab}
    return len(seen) >= SPORTS_CUES


def _orphan_tolls(doc: Document, quiet: list[Span], events: list[Event],
                  arrests: list[Span]) -> list[Casualty]:
    """The tolls no sentence's event took: those of the sentences reporting no event,
    tolls (الحصيلة النهائية بلغت 14 قتيلا) and other sources' figures (في حين قالت مصادر
    محلية إن عدد القتلى تجاوز 12) no act took, those a sentence told with another kind of act only
    (وأن قوات الأمن أوقفت 20 مشتبها بهم), and the dead and wounded of sentences ``arrests``
    that tell only arrests (أن 34 شخصا أوقفوا وأن تسعة من رجال الأمن أصيبوا), in text
    order."""
    taken = {(c.span.start, c.span.end) for e in events
             for c in (e.killed, e.injured, e.arrested) if c is not None}
    # another source's figure told in contrast belongs to the act told before it
    loose = [c for c in doc.casualties if c.kind in ("killed", "injured")
             and (is_toll(c, doc.text) or other_estimate(c, doc.text))
             and (c.span.start, c.span.end) not in taken]
    loose += [c for c in _tolls_in(doc, arrests) if c.kind in ("killed", "injured")
              and (c.span.start, c.span.end) not in taken]
    tolls = {(c.span.start, c.span.end): c for c in _tolls_in(doc, quiet) + loose}
    return [tolls[k] for k in sorted(tolls)]


def _tolls_in(doc: Document, spans: list[Span]) -> list[Casualty]:
    """The casualty counts lying in ``spans`` (sentences in text order)."""
    if not doc.casualties or not spans:
        return []
    out = []
    starts = [s.start for s in spans]
    for c in doc.casualties:
        k = bisect_right(starts, c.span.start) - 1
        if k >= 0 and c.span.end <= spans[k].end:
            out.append(c)
    return out


_START = itemgetter(0)  # Token.start


def _sentences(doc: Document, pieces: list[Span]) -> list[Sentence]:
    """The sentences of every piece with their tokens. The text is tokenised once, so the
    tokens carry document offsets (no per-piece shifting)."""
    toks = document_tokens(doc.text)
    starts = list(map(_START, toks))  # in C: a page has thousands of tokens
    out: list[Sentence] = []
    for piece in pieces:
        off = piece.start
        for s in split_sentences(piece.text):
            a, b = s.start + off, s.end + off
            k = bisect_left(starts, a)
            j = bisect_left(starts, b, k)
            while j > k and toks[j - 1].end > b:
                j -= 1
            out.append(Sentence(Span(a, b, s.text), piece, list(toks[k:j])))
    return out


def _with_document_place(e: Event, main: PlaceRef | None) -> Event:
    if e.place is not None or main is None:
        return e
    return replace(e, place=main.place("document"), country=e.country or main.country)


def _with_countries(e: Event, country: str | None) -> Event:
    """An event still without a country (no place in the page, or a sea) takes the
    document's main country; an actor phrase neither the KB nor a role places (قوات الأمن،
    محتجون) takes the event's: it acts where the event happened, as an unknown actor of the
    entity stage takes the country its text names (docs/schema.md)."""
    if e.country is None and country is not None:
        e = replace(e, country=country)
    if e.actor is not None and e.actor.kb_id is None \
            and (occupier := occupation_country(e.actor.span.text)) is not None:  # fix44
        e = replace(e, actor=replace(e.actor, country=occupier))
    if e.actor is not None and e.actor.country is None and e.actor.kb_id is None \
            and e.country is not None:
        e = replace(e, actor=replace(e.actor, country=e.country))
    return e


__all__ = ["Casualty", "EventExtractor"]
