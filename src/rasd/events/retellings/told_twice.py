"""Task split21: one act told twice in an article, folded into one event.

The merge (:mod:`rasd.events.merge`) joins two tellings when something ties them positively
(the same trigger word, means, participant or known place). Several common ways news Arabic
tells an act a second time carry none of those ties, and each came out as an event of its own
(the blind bank's rounds up to ev-1700: spurious candidates of a type that did match a gold
event in the same passage). Each reading below names the telling, the act it retells and what
keeps two acts apart (the gold README: another day, another site, another party, a series then
its parts):

* **The crowd named again** (:func:`_crowd_retold`). A protest's participants named as its
  casualties or as the crowd dispersed (``أصيب تسعة متظاهرين``، ``لتفريق متظاهرين``) or as the
  subject of a later sentence (``وأفاد المراسل بأن المتظاهرين قطعوا الشارع``) are the protest
  told in the passage, not a new one; not when the sentence tells an earlier stage (``وكان
  المعتصمون … قد``) or another day, and not beside a strike (strikers and a march are two
  acts).
* **The crowd's chants and banners** (:func:`_chants`): ``ورفع المحتجون لافتات``، ``وردد
  المتظاهرون هتافات`` in a sentence after the protest are how it was held (the README's protest
  sub-acts: chanting is evidence of the protest).
* **A visit told by its parts** (:func:`_visit_part`): the talks held during it (``وعقد …
  جلسة مباحثات``، ``عقب جلسة مباحثات موسعة``), the visitor's arrival in a relative clause with
  no day of its own (``الذي وصل إلى بنغازي``), and the visit named back (``وتزامنت الزيارة``)
  are the visit (the README: talks with the prime minister during a state visit; an arrival
  with no day of its own). Not after a change of topic (``من جهة أخرى``), not with a party of
  another state.
* **A headline and the lead** (:func:`_headline_lead`): the act a headline names (``مقتل 5
  جنود بهجوم لطالبان``، ``موسكو وكييف تتفقان``) is the first act of its type the body tells,
  whatever words the body uses; a headline of one act only.
* **A verbal noun with a pronoun** (:func:`_possessive_retold`): ``قبل احتجازه``، ``بدأوا
  اعتصامهم``، ``توقيفهم`` name a particular act of the person the pronoun refers to: the act of
  that type told before.
* **The decision named back** (:func:`_decision_retold`): ``اعترض … على قرار الإفراج``،
  ``رحبت بقرار إعادة فتح المعبر`` name the act already told.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final, Literal

from rasd.events.dates.headline_dates import HEADLINE_MAX
from rasd.events.folds.pair_merge import merge_pair

# the merge's own test of two participant phrases that may name one party
from rasd.events.syntax.clauses import strip_prefix
from rasd.events.syntax.quantity_gaps import SMALL_CARDINALS
from rasd.events.syntax.trigger_words import words_after, words_before
from rasd.events.tellings_agree import actors_agree, dates_agree, tolls_agree
from rasd.model import Actor, Event, Span
from rasd.text.normalize import normalize_key

#: Modes of a protest that are an act of their own beside a march or a stand: a strike, a
#: general strike, a hunger strike, a boycott (the merge's DISTINCT_MODES).
OWN_KIND_MODES = frozenset({"strike", "general", "hunger", "boycott"})

#: A bare crowd noun (normalised, any proclitic and article): protesters, demonstrators,
#: sit-in participants.
CROWD = re.compile(r"^(?:[وفبل])?(?:ال)?(?:متظاهر|محتج|معتصم)(?:ين|ون|ا|ه|ات)?$")
#: Words before a crowd noun that make it a toll or the object of dispersal (normalised):
#: small counts (أصيب تسعة متظاهرين، مقتل 4 محتجين), toll nouns, dispersal verbs. Not the
#: crowd's size (مئات، آلاف، عشرات), which opens the protest itself (خرج مئات المتظاهرين).
COUNT_WORDS = SMALL_CARDINALS | frozenset(
    "و" + w for w in SMALL_CARDINALS if w != normalize_key("اثنان"))
TOLL_OR_DISPERSAL = frozenset(normalize_key(w) for w in (
    "أصيب", "إصابة", "وإصابة", "مقتل", "ومقتل", "قتل", "جرح", "اعتقال", "واعتقال", "توقيف",
    "تفريق", "لتفريق", "وتفريق", "فرقت", "وفرقت", "ضد", "على"))
#: Words of a sentence that tell an earlier stage of the story (وكان المعتصمون … قد نصبوا):
#: the pluperfect is background, another time.
PLUPERFECT = re.compile(r"(?:^|\s)و?كان(?:ت|وا|ا)?\s(?:\S+\s){0,6}?قد\s")

#: Verbs and nouns of a crowd's chanting or banners (normalised, without و).
CHANT = re.compile(r"^(?:رفع|رفعوا|ردد|رددوا|هتف|هتفوا)$")
CHANT_OBJECTS = re.compile(r"شعار|هتاف|لافت|اعلام|صور")
#: The crowd told back with the article as a subject (normalised): the protesters, the
#: demonstrators, those at the sit-in, the participants.
CROWD_BACK = re.compile(r"^ال(?:متظاهر|محتج|معتصم|مشارك|محتشد)(?:ون|ين)$")

#: Nouns of the talks held during a visit and verbs of the visitor's arrival (normalised,
#: without و/ب/ل), and the visit named back with the article.
TALKS = re.compile(r"^(?:مباحثات|محادثات)$")
ARRIVAL = re.compile(r"^و?(?:وصل|وصلت|وصلا|وصلوا)(?:\sالي)?$")
VISIT_BACK = re.compile(r"^(?:ال|بال|لل|وال)زياره$")
#: Sentence openings that change the topic: what follows is another story of the page.
TOPIC_SHIFT_OPENINGS: Final = (
    r"و?من\s(?:جهه|جانب)\s(?:اخري|اخر)", r"و?في\s(?:سياق|شان)\s(?:اخر|منفصل)",
    r"و?علي\sصعيد\sاخر", r"و?في\sخبر\sاخر")
TOPIC_SHIFT = re.compile("^(?:" + "|".join(TOPIC_SHIFT_OPENINGS) + ")")

#: Lines at the top of a page read as its headline: a credit or dateline line and the title.
HEADLINE_LINES = 2

#: Object pronouns a verbal noun takes (normalised): his, her, their, their two.
POSSESSIVE = re.compile(r"(?:هما|هم|هن|ها|ه)$")
#: Shortest verbal-noun stem read (normalised letters, after the pronoun): احتجاز، توقيف.
MIN_MASDAR = 5

#: The head of a decision named back (قرار الإفراج، بقرار إعادة فتح المعبر).
DECISION = re.compile(r"^(?:[وفبل]|ول|وب)?قرار$")


def _bare(word: str, prefixes: tuple[str, ...] = ("و", "ف", "ب", "ل")) -> str:
    return strip_prefix(normalize_key(word), prefixes, 3)


def _sentence(e: Event) -> Span:
    return e.evidence[0]


def _before(e: Event) -> list[str]:
    return words_before(e)


def _after(e: Event) -> list[str]:
    return words_after(e)


def _later_sentence(host: Event, e: Event) -> bool:
    return _sentence(e) not in host.evidence and host.trigger.start < e.trigger.start


def _shifted(e: Event) -> bool:
    return TOPIC_SHIFT.search(normalize_key(_sentence(e).text)) is not None


def _crowd_retold(host: Event, e: Event) -> bool:
    """Whether ``e``, a protest named only by its crowd, is the protest ``host``."""
    if e.type != "PROTEST" or host.type != "PROTEST" or " " in e.trigger.text.strip() \
            or CROWD.search(normalize_key(e.trigger.text)) is None or host.mode in OWN_KIND_MODES \
            or e.mode in OWN_KIND_MODES or any(host.flags) or not dates_agree(host, e):
        return False  # a crowd noun is no act: a negation in its sentence is another verb's
    before = [normalize_key(w.strip("،,")) for w in _before(e)[-2:]]
    counted = bool(before) and (before[-1] in COUNT_WORDS or before[-1].isdigit()
                                or any(w in TOLL_OR_DISPERSAL for w in before))
    if _sentence(e) in host.evidence:
        return counted  # أصيب تسعة متظاهرين … لتفريق الخريجين الذين حاولوا اقتحام المبنى
    if not _later_sentence(host, e) or PLUPERFECT.search(_sentence(e).text) is not None \
            or _shifted(e):
        return False
    return counted or normalize_key(e.trigger.text).lstrip("وفبل").startswith("ال")


def _chants(host: Event, e: Event) -> bool:
    """Whether ``e`` is a crowd's chants or banners told after the protest ``host``."""
    if e.type != "PROTEST" or host.type != "PROTEST" or host.mode in OWN_KIND_MODES \
            or host.flags != e.flags or not _later_sentence(host, e) \
            or PLUPERFECT.search(_sentence(e).text) is not None:
        return False  # a chant's sentence dates its complaint (منذ ثلاثة أشهر), not the stand
    words = e.trigger.text.split()
    if not words or CHANT.search(_bare(words[0], ("و", "ف"))) is None:
        return False
    rest = words[1:] + _after(e)[:3]
    # the crowd told back as the subject (ورفع المحتجون لافتات), not a clause of a gathering
    # of its own (نظم العمال تجمعا مماثلا، رددوا خلاله شعارات)
    return bool(rest) and CROWD_BACK.search(normalize_key(rest[0])) is not None \
        and CHANT_OBJECTS.search(normalize_key(" ".join(rest))) is not None


def _parties_agree(host: Event, e: Event) -> bool:
    """Whether each party ``e`` names belongs to a state of ``host``'s parties (the visitor's
    or the host's: any official of either may hold the talks); a party of a third state is
    another meeting."""
    states = {x.country for x in (host.actor, host.recipient) if x is not None and x.country}
    states |= {c for c in (host.country, host.place.country if host.place else None) if c}
    mine = [x.country for x in (e.actor, e.recipient) if x is not None and x.country]
    return not states or all(c in states for c in mine)


#: Triggers of talks longer than this many words are a clause of their own, not a noun.
TALKS_WORDS = 4


def _visit_part(host: Event, e: Event) -> bool:
    """Whether ``e`` is the talks, the arrival or the naming back of the visit ``host``."""
    if e.type != "CONSULT" or host.type != "CONSULT" or e.mode not in (None, "visit") \
            or host.trigger.start >= e.trigger.start or _shifted(e):
        return False
    words = [_bare(w) for w in e.trigger.text.split()]
    back = len(words) == 1 and VISIT_BACK.search(normalize_key(e.trigger.text)) is not None
    talks = len(words) <= TALKS_WORDS and any(TALKS.search(w) for w in words)
    arrival = ARRIVAL.search(normalize_key(e.trigger.text)) is not None  # وصلت: و is the root's
    same = _sentence(e) in host.evidence
    if host.mode != "visit" and not (arrival and same and host.mode is None):
        return False  # التقى حفتر … الوزير، الذي وصل إلى بنغازي: the meeting is the visit
    if not (talks or arrival or back):
        return False
    if not back and not dates_agree(host, e):
        return False  # the visit named back keeps its own days (وتزامنت الزيارة مع … اليوم)
    if host.flags != e.flags and not ((back or same) and not any(e.flags)):
        return False  # يبدأ … زيارة …، يجري خلالها مباحثات: the planned visit's talks
    # the guest who arrived in the meeting's own sentence is its other party, whom the
    # meeting's clause may not have read (التقى سعيد الوزيرة، التي وصلت إلى تونس)
    return (arrival and same) or _parties_agree(host, e)


def headline_end(text: str) -> int:
    """The end of the page's headline: the leading short lines with no full stop (a dateline
    or an outlet's credit line may stand above the title); 0 if the page opens with a
    paragraph."""
    end = 0
    for _ in range(HEADLINE_LINES):
        cut = text.find("\n", end)
        line = text[end:cut].strip() if cut > 0 else ""
        if not line or len(line) > HEADLINE_MAX or line.endswith("."):
            break
        end = cut + 1
    return end


def _headline_lead(host: Event, e: Event, events: list[Event], text: str) -> bool:
    """Whether ``host`` is a headline's only act of its type and ``e`` the first act of that
    type the body tells, one act by all they say."""
    end = headline_end(text)
    if not end or host.type != e.type or host.flags != e.flags \
            or any(s.start >= end for s in host.evidence) or e.trigger.start < end:
        return False
    same = [x for x in events if x.type == e.type and x is not host]
    if any(x.trigger.start < end for x in same):
        return False  # a headline of two acts of the type: which one the lead is, is open
    if any(end <= x.trigger.start < e.trigger.start for x in same):
        return False  # not the lead's act
    if host.mode and e.mode and host.mode != e.mode and host.type != "ASSAULT":
        return False
    if not (dates_agree(host, e) and _countries_agree(host, e) and tolls_agree(host, e)):
        return False
    if host.actor is not None \
            and normalize_key(host.actor.span.text) in normalize_key(_sentence(e).text):
        return True  # دمشق و«قسد» تتفقان … اتفقت الحكومة السورية وقوات سوريا الديمقراطية (قسد)
    return _named_parties_agree(host.actor, e.actor) \
        and _named_parties_agree(host.recipient, e.recipient)


def _countries_agree(a: Event, b: Event) -> bool:
    """A headline's place is often the region of the lead's town (or the lead names the
    building in the headline's city): only two countries contradict."""
    if a.place is None or b.place is None or "document" in (a.place.basis, b.place.basis):
        return True
    if a.place.span is not None and b.place.span is not None \
            and normalize_key(a.place.span.text) == normalize_key(b.place.span.text):
        return True  # one place named twice (a disputed region read under two states)
    return not (a.place.country and b.place.country and a.place.country != b.place.country)


def _named_parties_agree(a: Actor | None, b: Actor | None) -> bool:
    """Two linked parties that are different and not organs of one state contradict; a
    headline's short phrase and a lead's clause are otherwise read too loosely to compare."""
    if a is None or b is None or a.entity is None or b.entity is None:
        return True
    return actors_agree(a, b, organs=True)


def possessive_masdar(word: str) -> bool:
    """Whether a one-word trigger is a verbal noun with an object pronoun (احتجازه، اعتصامهم،
    توقيفهم، استقالته): the stem of a derived verb's noun, a long vowel before its last
    letter (not a verb with its object, اعتقلتهم، اختطفوه)."""
    if " " in word.strip():
        return False
    key = _bare(word)
    m = POSSESSIVE.search(key)
    if m is None:
        return False
    stem = key[:m.start()]
    stem = stem[:-1] if stem.endswith("ت") else stem  # استقالته: the ة before a pronoun
    return len(stem) >= MIN_MASDAR and stem[0] in "ات" and stem[-2] in "اي"


def _same_act_type(host: Event, e: Event, *, governed: bool = False) -> bool:
    """Whether ``e``, a noun naming an act back, may name ``host``; ``governed``: the noun's
    flags are the verb's that governs it (سيتقدم بتظلم من قرار الحبس), not the act's."""
    flags_ok = host.flags == e.flags or (governed and not any(host.flags))
    if host.type != e.type or not flags_ok or not dates_agree(host, e) \
            or not tolls_agree(host, e) or not _later_sentence(host, e):
        return False
    if host.mode and e.mode and host.mode != e.mode:
        return not ({host.mode, e.mode} & OWN_KIND_MODES) and host.type == "ASSAULT"
    return True


#: Types whose verbal noun with a pronoun names back an act told of that person or crowd
#: (قبل احتجازه، واصلوا اعتصامهم). Not attacks, visits or resignations: ``جراء استهدافه``،
#: ``لدى استقباله السفير``، ``بعد استقالة فلان … حتى قدم استقالته`` name a new act of the
#: person the pronoun refers to (the real-news audit, dev).
POSSESSIVE_TYPES = frozenset({"COERCE", "PROTEST"})


#: Verbs of an act's course before its noun with a pronoun (normalised, without و): the
#: sit-in they began last Thursday is today's sit-in, whatever day the sentence gives
#: (وكان المحاضرون قد بدأوا اعتصامهم يوم الخميس الماضي: dated by its first day).
COURSE_VERBS = frozenset({"بدا", "بداوا", "بدات", "واصل", "واصلوا", "واصلت", "يواصل", "يواصلون",
                          "تواصل", "اعلن", "اعلنوا", "اعلنت"})


def _possessive_retold(host: Event, e: Event) -> bool:
    if e.type not in POSSESSIVE_TYPES or not possessive_masdar(e.trigger.text):
        return False
    before = _before(e)
    course = bool(before) and _bare(before[-1], ("و",)) in COURSE_VERBS
    if course and host.type == e.type and host.flags == e.flags and _later_sentence(host, e) \
            and (host.mode == e.mode or None in (host.mode, e.mode)):
        return True
    return _same_act_type(host, e)


#: The detained named by a participle (normalised): احتجاز الموقوفين، ترحيل المعتقلين — the
#: people an arrest told before took, so the act on them is that arrest's course.
DETAINEES = frozenset({"الموقوفين", "المعتقلين", "المحتجزين", "الموقوف", "المعتقل", "المحتجز",
                       "الموقوفون", "المعتقلون", "المحتجزون"})


def _detainees_held(host: Event, e: Event) -> bool:
    """Whether ``e``, a detention noun whose object is the detainees (وأن احتجاز الموقوفين
    سيستمر 48 ساعة), is the arrest ``host`` that took them, told before."""
    after = _after(e)
    return (e.type == host.type == "COERCE" and host.mode == "arrest"
            and e.mode in (None, "arrest") and " " not in e.trigger.text.strip()
            and bool(after) and normalize_key(after[0]) in DETAINEES and _later_sentence(host, e)
            and not any(host.flags))


def _decision_retold(host: Event, e: Event) -> bool:
    """Whether ``e`` names the decision of the act ``host`` (قرار الإفراج، من قرار الحبس)."""
    words = e.trigger.text.split()
    before = _before(e)
    head = words[0] if len(words) >= 2 else (before[-1] if before and len(words) == 1
                                            and normalize_key(words[0]).startswith("ال") else "")
    return DECISION.search(normalize_key(head)) is not None \
        and _same_act_type(host, e, governed=True)


#: Demonstratives before a definite act noun (normalised): «this attack» points at the act
#: just told, whatever date its own sentence gives (وهذا الهجوم هو الثالث منذ مطلع أغسطس).
DEMONSTRATIVES = frozenset({"هذا", "هذه", "وهذا", "وهذه", "ذلك", "تلك", "بهذا", "بهذه", "لهذا",
                            "لهذه", "وبهذا", "وبهذه", "فهذا", "فهذه"})


def _pointed_at(host: Event, e: Event) -> bool:
    """Whether ``e``, a definite act noun after a demonstrative, points at ``host``, the
    latest act of its type told before."""
    before = _before(e)
    return (host.type == e.type and host.flags == e.flags and " " not in e.trigger.text.strip()
            and normalize_key(e.trigger.text).lstrip("وفبل").startswith("ال") and bool(before)
            and normalize_key(before[-1]) in DEMONSTRATIVES and _later_sentence(host, e)
            and tolls_agree(host, e))


#: An assertion that opens the denier's own account after a denial (، مؤكدا أن …؛ وقال إن …).
ASSERTION = re.compile(r"(?:^|\s)(?:و?(?:مؤكد|مضيف|مشير|موضح)(?:ا|ه|ين)?|و?(?:قال|قالت|اكد|اكدت"
                       r"|اضاف|اضافت|اوضح|اوضحت))\s+(?:ان|انه|انها)?(?:\s|$)")


def _denier_version(host: Event, e: Event, events: list[Event]) -> bool:
    """Whether ``e`` is the account a party gives of an attack the page has told, in the
    sentence where it denies its reported side (في المقابل، نفى أن تكون قواته استهدفت مدنيين،
    وقال إن الطيران «ضرب تجمعات لمسلحين»): that attack told its way, not a second strike.
    When the denial opens the story (نفى الجيش أن تكون طائراته قصفت حفل زفاف، مؤكدا أن الغارة
    استهدفت اجتماعا لقادة), the strike it owns is an act of its own (ev-202, ev-474)."""
    told = any(x.type == "ASSAULT" and not any(x.flags)
               and x.trigger.start < _sentence(host).start for x in events)
    if not told or host.type != "ASSAULT" or e.type != "ASSAULT" \
            or not (host.negated or host.denied) \
            or any(e.flags) or _sentence(e) not in host.evidence \
            or host.trigger.end > e.trigger.start:
        return False
    between = e.evidence[0].text[host.trigger.end - _sentence(e).start:
                                 e.trigger.start - _sentence(e).start]
    return ASSERTION.search(normalize_key(between)) is not None


#: Another source's figure for the same act, told beside it (فيما تحدثت الشرطة عن توقيف 22؛
#: في حين قدر الجيش عدد القتلى ب…): the gold README's round 12 convention.
OTHER_SOURCE = re.compile(r"(?:فيما|بينما|في حين)\s+(?:\S+\s+){0,4}?(?:تحدث|تحدثت|قدر|قدرت|"
                          r"افاد|افادت|ذكر|ذكرت|اشار|اشارت)(?:\s|$)")


def _other_source_figure(host: Event, e: Event) -> bool:
    """Whether ``e`` is another source's count of the act ``host`` told in its sentence."""
    if host.type != e.type or host.flags != e.flags or _sentence(e) not in host.evidence \
            or host.trigger.end > e.trigger.start or (host.mode and e.mode
                                                      and host.mode != e.mode):
        return False
    if not any(getattr(host, k) is not None and getattr(e, k) is not None for k in COUNTS):
        return False
    between = _sentence(e).text[host.trigger.end - _sentence(e).start:
                                e.trigger.start - _sentence(e).start]
    return OTHER_SOURCE.search(normalize_key(between)) is not None


#: The counts of an act.
COUNTS = ("killed", "injured", "arrested")


def _cautious(host: Event, e: Event) -> Event:
    """``host`` with each count both tellings give read cautiously: the lower figure, open
    and approximate (17 على الأقل and أكثر من 25 → 17..)."""
    out = host
    for k in COUNTS:
        a, b = getattr(host, k), getattr(e, k)
        if a is None or b is None or a.min is None or b.min is None or a.min == b.min:
            continue
        low = a if a.min < b.min else b
        out = replace(out, **{k: replace(low, max=None, approx=True)})
    return out


#: How a retelling is folded: into its host, adding nothing (``back``); as the lead of a
#: headline, which becomes its evidence (``lead``); with the cautious count of two sources
#: (``figure``).
Fold = Literal["back", "lead", "figure"]


def _host(events: list[Event], i: int, text: str) -> tuple[int, Fold] | None:
    e = events[i]
    others = [k for k in range(len(events)) if k != i]
    earlier = [k for k in reversed(others) if events[k].trigger.start < e.trigger.start]
    for k in earlier:
        if _headline_lead(events[k], e, events, text):
            return k, "lead"
        if _visit_part(events[k], e):
            return k, "back"
    if len(e.evidence) != 1:
        return None  # a word already told twice names its act on its own
    same_sentence = [k for k in others if _sentence(e) in events[k].evidence]
    for k in same_sentence:
        if _other_source_figure(events[k], e):
            return k, "figure"
        if _denier_version(events[k], e, events):
            return k, "back"
    for k in same_sentence + earlier:
        if _crowd_retold(events[k], e):
            return k, "back"
    for k in earlier:
        if _chants(events[k], e):
            return k, "back"
    for k in earlier:
        h = events[k]
        if h.type == e.type:  # the latest act of the type only
            return (k, "back") if _possessive_retold(h, e) or _decision_retold(h, e) \
                or _pointed_at(h, e) or _detainees_held(h, e) else None
    return None


def _finer_place(host: Event, e: Event) -> Event:
    """``host`` placed by ``e``'s own sentence when it names a town and ``host`` knows only
    a country (بقصر الاتحادية read as a country, then القاهرة)."""
    if e.place is None or e.place.basis != "sentence" or e.place.precision == "country" \
            or (host.place is not None and host.place.precision != "country"):
        return host
    return replace(host, place=e.place, country=e.place.country or host.country)


def fold_told_twice(events: list[Event], text: str) -> list[Event]:
    """``events`` with each retelling the readings above name folded into the act it tells:
    that act keeps its trigger and attributes, but a headline gives way to the lead's
    telling and two sources' figures are read cautiously."""
    out = list(events)
    i = 0
    while i < len(out):
        found = _host(out, i, text)
        if found is None:
            i += 1
            continue
        k, how = found
        host, e = out[k], out[i]
        if how == "lead":
            # the lead's clause names the act and reads its participants more fully than
            # the headline's phrase (بانتهاك وقف إطلاق النار over فتحت النار دون تمييز)
            out[i] = replace(merge_pair(e, host), mode=e.mode or host.mode)
            del out[k]  # the host stood before: the next event now stands at i
            continue
        if how == "figure":
            out[k] = _cautious(merge_pair(host, e, first_dates=True), e)
        else:
            # a crowd, a chant, a visit's part, a noun or a denier's account told back adds
            # no participant, means or date of the act (يضرب فقط … is no beating)
            folded = _finer_place(host.with_evidence(e.evidence), e)
            if host.type == "CONSULT" and host.mode is None and e.mode == "visit":
                folded = replace(folded, mode="visit")  # التقى … الذي وصل في زيارة: a visit
            out[k] = folded
        del out[i]  # the next event now stands at i
    return out


__all__ = ["fold_told_twice", "headline_end", "possessive_masdar"]
