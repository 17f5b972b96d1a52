"""Task twice22: two more ways news Arabic tells an act a second time, folded into one event.

The gold README: the same event told twice in one article (headline, caption, body) is one
event with several evidence spans; a second strike on another place or day is another event.
After the merge (:mod:`rasd.events.merge`) and split21's readings
(:mod:`rasd.events.retellings.told_twice`), two tellings still came out as acts of their own
on the blind bank's rounds up to ev-1760:

* **A toll told again on someone's word** (:func:`toll_retold`). A later sentence that
  reports an attack's dead with a bare death verb and no means (``وأفاد مسؤول أمني بأن ثلاثة
  من عناصر الحراسة قتلوا``، ``وتقول الوزارة إن أكثر من 400 قتلوا منذ …``) tells the toll of the
  attack already told (or, with ``منذ``, a recap of the conflict's dead): not a new attack.
  Not when the sentence names another act (``آخر``، ``منفصلة``، ``كذلك``), another place, or
  another day, nor after a change of topic.
* **Arrests named back by a plural noun** (:func:`arrests_named`). ``اعتقالات عشوائية``،
  ``وقوع أي اعتقالات``، ``الاعتقالات`` in a later sentence, in a party's description or denial,
  name the arrests told before (the README: an act characterised or condemned is that act):
  not a new round-up, unless the noun carries its own count (``حملة اعتقالات طالت 30``), place
  or day.

Each retelling adds only its evidence to the act it tells: its participants and toll are a
party's account, not new facts about the act.
"""

from __future__ import annotations

import re

from rasd.events.folds.pair_merge import last_index, last_of_type
from rasd.events.merge import bare_death
from rasd.events.retellings.merge_links import same_place
from rasd.events.retellings.told_twice import TOPIC_SHIFT_OPENINGS
from rasd.events.syntax.trigger_words import words_after, words_before
from rasd.events.tellings_agree import dates_agree
from rasd.model import Event, Span
from rasd.text.normalize import normalize_key

#: Verbs that report a party's word (normalised, without و): a toll after them is an account.
REPORT_VERBS = re.compile(r"^و?(?:قال|قالت|تقول|يقول|افاد|افادت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت"
                          r"|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت)$")
#: Death verbs (normalised): a noun of death (مقتل) is often another killing a party names
#: as a cause (ثمنا غاليا لمقتل 32 شخصا), not the toll of the act told.
DEATH_VERB = re.compile(r"^[وف]?(?:قتل|قتلوا|قتلا|قتلت|لقي|لقوا|لقيت|استشهد|استشهدوا|استشهدت)$")
#: Words that open a recap of the conflict's dead (since …), never a new attack.
SINCE = re.compile(r"(?:^|\s)منذ\s")
#: The dead since a protest wave began (منذ بدء الاحتجاجات): the README codes the wave's
#: killings as an ASSAULT of their own, not the toll of one dispersal told before.
PROTEST_SINCE = re.compile(r"منذ\s(?:\S+\s)?(?:ال)?(?:احتجاج|تظاهر|مظاهر|حراك|انتفاض|اضطراب)")
#: Words that mark a second act in the sentence (another, separate, also, in turn).
ANOTHER = re.compile(r"(?:^|\s)(?:[وب]?(?:ال)?(?:اخر|اخري|اخرين|منفصل|منفصله)|ايضا|كذلك)"
                     r"(?:\s|$|[،,.])")
#: Sentence openings that change the topic (other story of the page): told_twice's, and
#: another incident or a related context, after which a toll or an arrest is a new act's.
TOPIC_SHIFT = re.compile("^(?:" + "|".join((
    *TOPIC_SHIFT_OPENINGS, r"و?في\sحادث[هة]\s(?:اخر|منفصل)", r"و?في\sسياق\sمتصل")) + ")")
#: Plural nouns of arrests and raids (normalised, without و/ب/ال): a characterisation of a
#: round-up already told.
ARREST_PLURALS = frozenset({"اعتقالات", "توقيفات", "مداهمات", "احتجازات"})
#: Words after an arrest noun that give it a count of its own (طالت 30، شملت، بحق 12): a
#: campaign told with its toll is told as an act, not named back.
OWN_COUNT = re.compile(r"^(?:طالت|شملت|بحق|ل?\d+|عشرات|مئات)$")
#: Words after an arrest noun read for a count of its own.
WORDS_AFTER = 3
#: Verbs of result (normalised): a raid or campaign that "resulted in" arrests (نفذت حملة
#: مداهمات أسفرت عن القبض على خمسة) tells one round-up, its means then its toll.
RESULT_VERBS = frozenset({"اسفرت", "اسفر", "ادت", "ادي", "تمخضت", "نتج", "نتجت", "انتهت"})
#: Words read before a result's trigger (أسفرت عن القبض، ما أسفر عن اعتقال).
RESULT_WINDOW = 3
#: Prison terms (normalised, without و) that are the content of a verdict (بحبس، بالسجن).
PRISON_TERMS = frozenset({"بحبس", "بسجن", "بالسجن", "بالحبس"})
#: Verdict nouns (normalised, without و/ب/ال) naming the sentence a ruling upholds, reduces
#: or quashes (خففت محكمة الاستئناف حكم أول درجة بحبس موظف): the earlier sentence is the
#: ruling's object, told by the ruling's event.
VERDICT_NOUNS = frozenset({"حكم", "احكام", "الحكم", "الاحكام", "حكما", "قرار"})
#: Words read before a prison term for its verdict noun (حكم أول درجة بحبس، الحكم الابتدائي
#: الصادر بحقه بالسجن).
VERDICT_WINDOW = 5


def _sentence(e: Event) -> Span:
    return e.evidence[0]


def _before(e: Event) -> list[str]:
    return [normalize_key(w.strip("،,«»\"")) for w in words_before(e)]


def _after(e: Event) -> list[str]:
    return [normalize_key(w.strip("،,«»\"")) for w in words_after(e)]


def _later(host: Event, e: Event) -> bool:
    return _sentence(e) not in host.evidence and host.trigger.start < e.trigger.start


def _flagged(e: Event) -> bool:
    return e.negated or e.denied or e.future or e.hypothetical


def _own_place(host: Event, e: Event) -> bool:
    """Whether ``e``'s sentence places it somewhere ``host``'s does not."""
    return (e.place is not None and e.place.basis == "sentence"
            and not same_place(host.place, e.place))


def _second_act(e: Event) -> bool:
    key = normalize_key(_sentence(e).text)
    return ANOTHER.search(key) is not None or TOPIC_SHIFT.search(key) is not None


def toll_retold(host: Event, e: Event, *, sole: bool = True) -> bool:
    """Whether ``e``, a bare death verb in a later sentence that reports a party's word (or
    recaps the dead since a date), is the toll of the attack ``host``. A reported toll folds
    only into the page's sole attack told before it (``sole``): with two attacks told, whose
    dead a party counts is open (a militant's spokesman on another car's passengers)."""
    if e.type != "ASSAULT" or host.type != "ASSAULT" or e.mode is not None or _flagged(host) \
            or not bare_death(e) or DEATH_VERB.search(normalize_key(e.trigger.text)) is None \
            or not _later(host, e) or _second_act(e) \
            or _own_place(host, e) or not dates_agree(host, e):
        return False
    key = normalize_key(_sentence(e).text)
    if PROTEST_SINCE.search(key) is not None:
        return False
    before = _before(e)
    reported = any(REPORT_VERBS.search(w) for w in before) \
        and any(w.lstrip("وب") in ("ان", "إن", "أن") for w in before)
    return (reported and sole) or SINCE.search(key) is not None


def arrests_named(host: Event, e: Event) -> bool:
    """Whether ``e``, arrests named by a plural noun in a later sentence, are the arrests
    ``host`` tells."""
    if e.type != "COERCE" or host.type != "COERCE" or host.mode != "arrest" \
            or e.mode not in ("arrest", None) or _flagged(host) or " " in e.trigger.text.strip():
        return False
    word = normalize_key(e.trigger.text).lstrip("وب")
    word = word[2:] if word.startswith("ال") else word
    if word not in ARREST_PLURALS or not _later(host, e) or _second_act(e) \
            or _own_place(host, e) or not dates_agree(host, e):
        return False
    after = _after(e)[:WORDS_AFTER]
    return not any(OWN_COUNT.search(w) for w in after)


def result_of(host: Event, e: Event) -> bool:
    """Whether ``e``, an arrest told after a verb of result in ``host``'s sentence (حملة
    مداهمات أسفرت عن القبض على خمسة), is the round-up ``host`` tells."""
    if e.type != "COERCE" or host.type != "COERCE" or host.mode != "arrest" \
            or e.mode != "arrest" or _sentence(e) not in host.evidence \
            or host.trigger.start >= e.trigger.start or _flagged(host) != _flagged(e):
        return False
    return any(w.lstrip("وف").removeprefix("ما") in RESULT_VERBS
               or w.lstrip("وف") in RESULT_VERBS for w in _before(e)[-RESULT_WINDOW:])


def verdict_content(host: Event, e: Event) -> bool:
    """Whether ``e``, a prison term after a verdict noun (حكم أول درجة بحبس), is the content
    of the ruling ``host`` (SANCTION) tells earlier in its sentence."""
    if e.type != "COERCE" or host.type != "SANCTION" or _sentence(e) not in host.evidence \
            or host.trigger.start >= e.trigger.start:
        return False
    if normalize_key(e.trigger.text.split()[0]).lstrip("و") not in PRISON_TERMS:
        return False
    return any(w.lstrip("و") in VERDICT_NOUNS for w in _before(e)[-VERDICT_WINDOW:])


#: Meeting verbs fused to an arrival by و (normalised): وصل … والتقى الرئيس، والتقت، واجتمع.
JOINED_MEETING = re.compile(r"^و(?:التقي|التقت|التقيا|التقوا|اجتمع|اجتمعت|اجتمعا|بحث|بحثت)$")
#: Nouns of talks (normalised, without و/ب/ل/ال and عقب/بعد/خلال before them).
TALKS = re.compile(r"^(?:ال)?(?:مباحثات|محادثات)$")
#: Triggers of talks longer than this many words are a clause of their own.
TALKS_WORDS = 4
#: Words that place talks in a visit's course (عقب جلسة مباحثات، بعد محادثات، خلال).
AFTER_WORDS = frozenset({"عقب", "بعد", "خلال", "اثر", "ختام"})
#: Words read before the talks for those.
TALKS_GOVERNOR = 3
#: Days a state visit's talks may follow the arrival (a visit "of two days" or three): the
#: talks dated the day after the arrival are held during it.
VISIT_DAYS = 3


def _parties_agree(host: Event, e: Event) -> bool:
    """Each state ``e``'s parties name is one of ``host``'s (a third state's official is
    another meeting)."""
    states = {x.country for x in (host.actor, host.recipient) if x is not None and x.country}
    states |= {c for c in (host.country, host.place.country if host.place else None) if c}
    mine = [x.country for x in (e.actor, e.recipient) if x is not None and x.country]
    return not states or all(c in states for c in mine)


def joined_meeting(host: Event, e: Event) -> bool:
    """Whether ``e``, a meeting verb fused by و to the visit ``host`` of its sentence (وصل
    الوزير إلى طهران في زيارة رسمية، والتقى الرئيس), is that visit's talks."""
    if e.type != "CONSULT" or host.type != "CONSULT" or host.mode != "visit" \
            or e.mode not in (None, "visit") or _sentence(e) not in host.evidence \
            or host.trigger.start >= e.trigger.start or host.flags != e.flags:
        return False
    words = e.trigger.text.split()
    return JOINED_MEETING.search(normalize_key(words[0])) is not None \
        and _arrival_before(e) and _parties_agree(host, e)


#: Verbs of a visitor's arrival (normalised, any proclitic).
ARRIVAL = re.compile(r"^(?:و|الذي|التي)?(?:وصل|وصلت|وصلا|وصلوا)$")


def _arrival_before(e: Event) -> bool:
    """Whether ``e``'s sentence tells an arrival before it (وصل … والتقى، الذي وصل … والتقى):
    a visit told as a trip (زار المصنع والتقى العمال) may hold meetings judged of their own."""
    words = _before(e) + [normalize_key(w) for w in e.trigger.text.split()[:1]]
    return any(ARRIVAL.search(w) for w in words)


def talks_before_visit(e: Event, visit: Event) -> bool:
    """Whether ``e``, talks named by a noun (عقب جلسة مباحثات موسعة), are held during the
    visit told after them (وكان الرئيس الصومالي قد وصل إلى القاهرة … في زيارة رسمية): a
    visit's talks are the visit (the README), whichever is told first."""
    words = [normalize_key(w).lstrip("وبل") for w in e.trigger.text.split()]
    if e.type != "CONSULT" or visit.type != "CONSULT" or visit.mode != "visit" \
            or e.mode is not None or len(words) > TALKS_WORDS \
            or not any(TALKS.search(w) for w in words) or visit.trigger.start <= e.trigger.start \
            or e.flags != visit.flags or any(visit.flags) or _second_act(visit):
        return False
    if not any(w.lstrip("و") in AFTER_WORDS for w in _before(e)[-TALKS_GOVERNOR:]) \
            or not _arrival_before(visit):
        return False  # محادثات اليوم then زيارة … إلى الرياض: two trips
    during = (e.date is not None and visit.date is not None
              and 0 <= (e.date - visit.date).days <= VISIT_DAYS)
    return (during or dates_agree(visit, e)) and (_parties_agree(visit, e)
                                                  or _party_named_in(e, visit))


def _party_named_in(e: Event, visit: Event) -> bool:
    """Whether each party of the talks is named in the visit's sentence (الصومالي حسن شيخ
    محمود … وكان الرئيس الصومالي قد وصل): the visitor, whatever state was read for him."""
    sent = set(normalize_key(_sentence(visit).text).split())
    parties = [x for x in (e.actor, e.recipient) if x is not None]
    return bool(parties) and all(
        any(len(w) > 3 and w in sent for w in normalize_key(x.span.text).split())
        for x in parties)


def _talks_into_visits(events: list[Event]) -> list[Event]:
    out = list(events)
    i = 0
    while i < len(out):
        e = out[i]
        later = [k for k in range(i + 1, len(out)) if out[k].type == "CONSULT"]
        # the next meeting act after the talks: the visit, if it is one
        if later and talks_before_visit(e, out[later[0]]):
            out[later[0]] = out[later[0]].with_evidence(e.evidence)
            del out[i]
            continue
        i += 1
    return out


def fold_told_again(events: list[Event]) -> list[Event]:
    """``events`` with each retelling above folded into the latest earlier act it tells."""
    out: list[Event] = []
    for e in _talks_into_visits(events):
        ruling = last_index(out, verdict_content, e)
        if ruling is not None:
            out[ruling] = out[ruling].with_evidence(e.evidence)
            continue
        host = last_of_type(out, e.type)
        sole = sum(1 for x in out if x.type == "ASSAULT") == 1
        if host is not None and (toll_retold(out[host], e, sole=sole)
                                 or arrests_named(out[host], e)
                                 or result_of(out[host], e) or joined_meeting(out[host], e)):
            out[host] = out[host].with_evidence(e.evidence)
            continue
        out.append(e)
    return out


__all__ = ["arrests_named", "fold_told_again", "result_of", "toll_retold", "verdict_content"]
