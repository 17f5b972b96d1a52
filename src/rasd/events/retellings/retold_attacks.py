"""Attacks told on or retold by their attackers (used by :mod:`rasd.events.merge`).

Three ways a wire story tells one attack with several act words, which the general merge
(:func:`rasd.events.merge._compatible`) cannot tie: the attacker's claim in the next
sentence (:func:`claimed_strike`), a claim of responsibility's own words for the act
(:func:`claim_detail`), and, in the attack's own sentence, the attackers engaging their
target (:func:`same_fight`: واشتبكوا مع الجنود) or the attack framed by ``في هجوم``
(:func:`in_attack`).

A strike is often told first by its victims' side (a health ministry, civil defence, local
sources) and then, in the next sentence, by the side that carried it out, in its own words
and with its own name for the target:

    استهدفت مسيرة إسرائيلية سيارة على طريق بلدة كفررمان، ما أدى إلى مقتل شخصين.
    وقال الجيش الإسرائيلي إنه استهدف «عنصرين من حزب الله».

The second sentence is the same act retold, not a second strike: its target phrase differs
(a car, two fighters), it names no means and its date is only the page's, so the general
merge (:func:`rasd.events.merge._compatible`) finds nothing that ties the two. The tie is
the claim itself: the speaker's side is the attacker of the strike told just before.
:func:`claimed_strike` says which earlier event such a claim retells.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.model import Event, Place, Span
from rasd.text.normalize import normalize_key

#: The complementiser of reported speech right before the claimed act, its subject the
#: speaker itself: a pronoun (قال الجيش إنه استهدف) or the speaker's own forces (أعلن الحرس
#: الثوري أن قواته استهدفت). Another subject (إن المستوطنين أحرقوا، أن الجيش رد) is a
#: witness's account or a reply, not the attacker's own claim.
_SELF_THAT = re.compile(r"(?<!\w)[إأ]ن(?:ه|ها|\s+(?:قوات|عناصر|طائرات|وحدات|مقاتلي|مقاتلات)"
                        r"(?:ه|ها))\s*$")
#: Verbs (normalised) of repelling: a speaker who repelled an attack (أعلن الجيش أنه صد
#: هجوما) tells another side's attack, not a strike of its own.
REPEL_STEMS = ("صد", "تصد")
#: "Also" (أيضا، كذلك): a claim that adds a strike of its own, not one that retells.
ALSO = re.compile(r"(?<!\w)(?:أيضا|أيضاً|ايضا|كذلك)(?!\w)")
#: Characters that may separate the claim's sentence from the strike's sentence (the two
#: tellings are adjacent: a claim told further down the page may answer another strike).
ADJACENT_GAP = 3


def _is_claim(e: Event) -> bool:
    """Whether ``e`` is an ASSAULT told in a speaker's reported clause about its own act
    (قال الجيش إنه استهدف …): the speaker is its attribution, named in its sentence before
    the verb, and the verb follows a complementiser whose subject is the speaker."""
    src = e.attribution
    sent = e.evidence[0]
    if e.type != "ASSAULT" or src is None or src.country is None:
        return False
    if not (sent.start <= src.span.start and src.span.end <= e.trigger.start):
        return False
    between = sent.text[src.span.end - sent.start:e.trigger.start - sent.start]
    return _SELF_THAT.search(between) is not None and not normalize_key(
        e.trigger.text).startswith(REPEL_STEMS)


def _adjacent(before: Span, sent: Span) -> bool:
    """Whether ``before`` ends right where ``sent`` starts (only spaces or a line break)."""
    return 0 <= sent.start - before.end <= ADJACENT_GAP


def _own_date(e: Event) -> bool:
    return e.date is not None and e.date_basis == "sentence"


def _place_from_speaker(e: Event) -> bool:
    """Whether ``e``'s place is read from its speaker's name (الجيش الإسرائيلي → Israel)."""
    src, place = e.attribution, e.place
    return (src is not None and place is not None and place.span is not None
            and src.span.start <= place.span.start and place.span.end <= src.span.end)


def claimed_strike(merged: list[Event], e: Event,
                   place_ok: Callable[[Place | None, Place | None], bool]) -> int | None:
    """The index in ``merged`` of the strike ``e`` claims, or None.

    ``e`` must be a claim (see :func:`_is_claim`) with no date or toll of its own that
    contradicts, told in the sentence right after the strike's; the strike is the latest
    ASSAULT of that sentence by an actor of the speaker's country, with the same flags.
    ``place_ok`` compares two places (:func:`rasd.events.merge._place_ok`); a place read
    from the speaker's own name is not compared."""
    if not _is_claim(e) or e.killed is not None or e.injured is not None:
        return None
    if ALSO.search(e.evidence[0].text):
        return None  # وقال الجيش إنه استهدف أيضا …: a further strike
    assert e.attribution is not None
    side = e.attribution.country
    sent = e.evidence[0]
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        if sent in m.evidence or not any(_adjacent(s, sent) for s in m.evidence):
            continue
        if m.type != "ASSAULT" or m.flags != e.flags or m.actor is None \
                or m.actor.country != side:
            continue
        if _own_date(e) and _own_date(m) and e.date != m.date:
            continue
        if not _place_from_speaker(e) and not place_ok(m.place, e.place):
            continue
        return k
    return _claimed_latest(merged, e, side)


#: Verbs (normalised) of the attacker's own claim of a strike (استهدف، أطلقت النار، قصفت).
CLAIM_STRIKE_STEMS = ("استهدف", "اطلق", "قصف")


def _claimed_latest(merged: list[Event], e: Event, side: str | None) -> int | None:
    """ASSAULT precision 2026-12-04 (14): the latest attack told before the claim, in its
    sentence or an earlier one, when no other side's attack was told after it and its actor is
    the speaker's side or unnamed (قصف إسرائيلي … وقال الجيش الإسرائيلي إنه استهدف مسلحين;
    بنيران إسرائيلية …، فيما قال الجيش إن قواته أطلقت النار). The claim's own target and place
    phrases are its version of the act, not compared. Only a claim of targeting or firing
    (:data:`CLAIM_STRIKE_STEMS`): one of taking a village (سيطرت على قرية) is an act of its own."""
    if not normalize_key(e.trigger.text).startswith(CLAIM_STRIKE_STEMS):
        return None
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        if m.type != "ASSAULT" or m.trigger.start >= e.trigger.start:
            continue
        if m.flags != e.flags or (m.actor is not None and m.actor.country != side):
            return None  # another side's act (a rocket fired back) told last
        if _own_date(e) and _own_date(m) and e.date != m.date:
            return None
        return k
    return None


#: A complementiser opening the reported clause of a claim, with or without its pronoun
#: (تبنت الجماعة الهجوم، زاعمة أنه استهدف …؛ وقالت إن مقاتليها سيطروا …).
_CLAIM_THAT = re.compile(r"(?<!\w)[إأ]ن(?:ه|ها|هم)?(?!\w)")
#: Words a claim's reported clause may have between its complementiser and the act (its
#: subject: مقاتليها، عناصرها).
CLAIM_SUBJECT_WORDS = 2


def claim_detail(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the attack whose claim of responsibility ``e`` details,
    or None: ``e`` is an ASSAULT in the reported clause of a sentence that already retells
    an earlier attack (وتبنت الجماعة الهجوم …، قائلة إنها استهدفت «مؤسسات …»): the claim's
    own words for the act it claims, not a second attack."""
    if e.type != "ASSAULT":
        return None
    sent = e.evidence[0]
    words = sent.text[:max(0, e.trigger.start - sent.start)].split()
    if not any(_CLAIM_THAT.fullmatch(w) for w in words[-1 - CLAIM_SUBJECT_WORDS:]):
        return None
    for k in range(len(merged) - 1, -1, -1):
        m = merged[k]
        if m.type == "ASSAULT" and m.flags == e.flags and sent in m.evidence \
                and not sent.start <= m.trigger.start < sent.end:
            return k
    if CLAIM_OF_RESPONSIBILITY.search(sent.text[:max(0, e.trigger.start - sent.start)]):
        # تبنت الحركة الهجوم الذي استهدف قاعدة …، وزعمت أن مقاتليها قتلوا 17 جنديا: the
        # claimed attack is the latest told before, in this sentence or an earlier one
        for k in range(len(merged) - 1, -1, -1):
            m = merged[k]
            if m.type == "ASSAULT" and m.flags == e.flags and m.trigger.start < e.trigger.start:
                return k
    return None


#: A claim of responsibility before the claim's reported clause (تبنت الحركة الهجوم، أعلنت
#: الجماعة مسؤوليتها عن): added by ASSAULT precision 2026-12-04 (14).
CLAIM_OF_RESPONSIBILITY = re.compile(r"(?<!\w)و?(?:تبن[تىي]|يتبنى|تتبنى|تبنوا)(?!\w)"
                                     r"|مسؤوليت(?:ها|ه|هم)\s+عن")


#: Verbs (normalised, without و) by which attackers told before them in the sentence engage
#: their target (هاجم مسلحون قاعدة …، واشتبكوا مع الجنود؛ هاجم مستوطنون مزارعين واعتدوا
#: عليهم): the attack told on, not a second one.
ENGAGE_STEMS = ("اشتبك", "يشتبك", "اعتد", "يعتد")


def told_in(a: Event, sent: Span) -> bool:
    """Whether ``a``'s own trigger is in ``sent`` (not only a retelling folded into it)."""
    return sent.start <= a.trigger.start and a.trigger.end <= sent.end


def same_fight(a: Event, b: Event) -> bool:
    """Whether ``b``, a و-fused engaging verb whose subject is only its suffix (واشتبكوا،
    واعتدوا: no new subject, so the attackers of ``a``), tells ``a``'s attack on."""
    if not (a.type == b.type == "ASSAULT" and a.flags == b.flags
            and a.trigger.start < b.trigger.start):
        return False
    key = normalize_key(b.trigger.text)
    if key[:1] not in ("و", "ف") or " " in key:
        return False
    return key[1:].startswith(ENGAGE_STEMS) and key.endswith(("وا", "ا"))


#: Indefinite attack nouns (normalised) that, after في, retell the attack told before them
#: in the sentence as the frame of its toll or its claim (هاجم مسلحون مركزا … ما أسفر عن
#: مقتل خمسة، في هجوم تبنته جماعة …).
FRAME_ATTACK_NOUNS = frozenset({"هجوم", "هجمات", "اعتداء"})


def in_attack(a: Event, b: Event) -> bool:
    """Whether ``b`` is ``في هجوم`` told after the attack ``a`` of its sentence."""
    if not (a.type == b.type == "ASSAULT" and a.flags == b.flags
            and a.trigger.start < b.trigger.start
            and normalize_key(b.trigger.text) in FRAME_ATTACK_NOUNS):
        return False
    sent = b.evidence[0]
    before = sent.text[:max(0, b.trigger.start - sent.start)].split()
    return bool(before) and before[-1] == "في"
