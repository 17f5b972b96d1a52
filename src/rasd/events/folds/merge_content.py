"""Parts and contents of one act told in one sentence, which :mod:`rasd.events.merge` folds
into the act before its general compatibility test (event-merging pass 2026-12-04 (16)).

Each tie here is a grammatical one inside a sentence, so no participant, place or date test
is needed: the later trigger is the content, the subject or a phase of the earlier act.

* a pledge and what is pledged (تعهدت الإمارات … بتقديم 200 مليون دولار): the ب complement
  of a pledge verb is the pledge's content, one AGREE (the gold: AGREE first, or AID);
* an attack named as the subject of the verb that retells it (غارة جوية إسرائيلية استهدفت
  خيمة): the verb's subject phrase is the earlier trigger, one attack;
* an act done "during it" (زيارة … يبحث خلالها مع نظيره، مناورات … اختبرت خلالها صواريخ):
  the خلال + pronoun ties the later act of the same type to the earlier one as its phase;
* a raid listed after the raid an arrest followed (اعتقلت … تسعة مواطنين، عقب اقتحام البلدة
  ومداهمة عدة منازل): the و-fused raid noun shares the "after" and is the arrest's setting,
  as the first raid noun is (:func:`rasd.events.sentence_folds.fold_raid_settings`);
* a weapon told after "using" (فرقت الشرطة المحتجين مستخدمة خراطيم المياه): the means;
* the من complement of an act noun (جولة جديدة من المفاوضات): the act the noun counts;
* a storming and the arrests made in it (اقتحمت قوات الاحتلال البلدة … واعتقلت تسعة شبان):
  one COERCE/arrest, the storming its means (:func:`stormed_then_arrested`; gold README,
  "A raid told with its arrests", settled 2026-12-04 (16)) — under the arrest's type.

A phrase read as an actor that is plainly no party (a place, shot victims) contradicts no
other telling's actor (:func:`not_an_actor`, read by :func:`rasd.events.merge.actors_agree`).
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.model import Actor, Event
from rasd.text.normalize import normalize_key

#: Normalised stems of pledging (تعهد، تعهدت، يتعهد، التزم): its ب complement is its content.
PLEDGE_STEMS = ("تعهد", "يتعهد", "تتعهد", "التزم", "يلتزم", "تلتزم")
#: Types a pledge's ب complement may be read as (بتقديم … دولار: AID; بدعم: AGREE).
PLEDGE_CONTENT_TYPES = frozenset({"AGREE", "AID"})
#: Words between a pledge verb and its ب complement: a fronted subject and circumstantials
#: (تعهد المانحون، في ختام المؤتمر … الذي استضافته جنيف أمس الخميس …، بتقديم). Past this
#: the ب phrase is likely another clause's.
PLEDGE_REACH = 40
#: "During it" (normalised): خلال with the pronoun of the act just told.
DURING_IT = frozenset({"خلاله", "خلالها", "خلالهما", "خلالهم"})
#: Words of the later trigger's clause scanned for خلالها (يبحث خلالها، اختبرت خلالها).
DURING_WINDOW = 2
#: "Using" (normalised participles and the verbal noun): the weapon after it is the means of
#: the act told before it (فرقت الشرطة المحتجين، مستخدمة خراطيم المياه والهراوات).
USING_WORDS = frozenset({"مستخدمه", "مستخدما", "مستخدمين", "مستخدمون", "مستعمله", "مستعملا",
                         "مستعملين", "باستخدام", "مستعينه", "مستعينا"})
#: Normalised raid nouns (مداهمة، دهم، اقتحام), told as the setting of an arrest.
RAID_NOUNS = ("مداهمه", "دهم", "اقتحام")
#: Normalised words of "after/during" that make a raid noun the setting of the arrest.
SETTING_WORDS = frozenset({"خلال", "اثناء", "بعد", "عقب", "اثر"})


def content_of(a: Event, b: Event) -> bool:
    """Whether ``b``, told later in ``a``'s sentence, is a part or the content of ``a``
    (see the module docstring): one act, kept under ``a``'s type and mode."""
    if b.evidence[0] != a.evidence[0] or b.trigger.start <= a.trigger.start:
        return False
    return (pledged(a, b) or attack_subject(a, b) or during_it(a, b)
            or raid_listed(a, b) or instrument_used(a, b) or partitive(a, b))


def _key(word: str) -> str:
    return normalize_key(word).removeprefix("و")


def _between(a: Event, b: Event) -> list[str]:
    sent = a.evidence[0]
    return sent.text[max(0, a.trigger.end - sent.start):max(0, b.trigger.start - sent.start)] \
        .split()


def pledged(a: Event, b: Event) -> bool:
    """``a`` a pledge (تعهدت), ``b`` its ب complement (بتقديم 200 مليون دولار)."""
    if a.type != "AGREE" or b.type not in PLEDGE_CONTENT_TYPES or a.flags != b.flags:
        return False
    if not _key(a.trigger.text.split()[0]).startswith(PLEDGE_STEMS):
        return False
    if not b.trigger.text.startswith("ب"):
        return False
    between = _between(a, b)
    # a second pledge verb or a coordinated clause between them opens another content
    return len(between) <= PLEDGE_REACH and not any(
        _key(w).startswith(PLEDGE_STEMS) for w in between)


def attack_subject(a: Event, b: Event) -> bool:
    """``b`` an attack verb whose subject phrase (its actor) is ``a``'s attack noun (غارة
    جوية إسرائيلية استهدفت خيمة): the strike retold by its own verb."""
    if not (a.type == b.type == "ASSAULT" and a.flags == b.flags and b.actor is not None):
        return False
    span = b.actor.span
    return span.start <= a.trigger.start < span.end


def during_it(a: Event, b: Event) -> bool:
    """``b`` told with خلالها right in its clause (زيارة … يبحث خلالها مع نظيره): a phase of
    the act ``a`` of the same type just told. ``b`` takes ``a``'s flags (a visit announced
    for next Sunday: its talks are future too)."""
    if a.type != b.type or a.negated != b.negated:
        return False
    sent = b.evidence[0]
    start = max(0, b.trigger.start - sent.start)
    words = [normalize_key(w.strip("،,")) for w in sent.text[start:].split()[:DURING_WINDOW + 1]]
    if not any(w in DURING_IT for w in words):
        return False
    # the pronoun refers to the act just before: no other act word of the type between
    return not any(_key(w).startswith(_key(a.trigger.text.split()[0]))
                   for w in _between(a, b)[1:])


def instrument_used(a: Event, b: Event) -> bool:
    """``b`` a weapon told right after "using" (مستخدمة خراطيم المياه) in the sentence of the
    act ``a`` of the same type: how ``a`` was done, not a second act."""
    if a.type != b.type or a.flags != b.flags:
        return False
    between = _between(a, b)
    return bool(between) and normalize_key(between[-1].strip("،,")) in USING_WORDS


#: Words a partitive may have between its head and من (جولة جديدة من المفاوضات).
PARTITIVE_REACH = 2


def partitive(a: Event, b: Event) -> bool:
    """``b`` the من complement of ``a``'s trigger (جولة جديدة من المفاوضات، سلسلة من الغارات):
    the act ``a`` names, of the same type, not a second one."""
    if a.type != b.type or a.flags != b.flags:
        return False
    between = [normalize_key(w) for w in _between(a, b)]
    return 0 < len(between) <= PARTITIVE_REACH and between[-1] == "من" and not any(
        w.endswith(("،", ",")) for w in _between(a, b))


def raid_listed(a: Event, b: Event) -> bool:
    """``a`` an arrest, ``b`` a و-fused raid noun listed after a raid noun that follows an
    "after/during" word between them (عقب اقتحام البلدة ومداهمة عدة منازل)."""
    if not (a.type == "COERCE" and a.mode == "arrest" and b.type in ("COERCE", "ASSAULT")
            and a.flags == b.flags):
        return False
    word = normalize_key(b.trigger.text.split()[0])
    if word[:1] != "و" or not word[1:].startswith(RAID_NOUNS) or word.endswith("ات"):
        return False
    between = [normalize_key(w.strip("،,")) for w in _between(a, b)]
    return any(w in SETTING_WORDS and k + 1 < len(between)
               and between[k + 1].startswith(RAID_NOUNS)
               for k, w in enumerate(between))


#: Normalised stems of storming and raiding (اقتحمت، تقتحم، يقتحمون، داهمت، دهمت): an act
#: told before an arrest in its sentence, by the same force, is the arrest's means.
STORM_STEMS = ("اقتحم", "تقتحم", "يقتحم", "داهم", "تداهم", "يداهم", "دهم", "اقتحام",
               "مداهمه")
#: fix48: modes of a weapon used on people that a storming carries when the sentence tells
#: the weapon with its own verb (اقتحمت قوات الاحتلال البلدة وأطلقت قنابل الغاز المسيل للدموع
#: صوب الأهالي، واعتقلت الشاب): ASSAULT of its own beside the raid's arrest (ev-760, ev-1881;
#: round 40's live fire in a raid's confrontations).
WEAPON_AT_PEOPLE = frozenset({"crowd-control", "firearms"})
#: Normalised words that open a clause of another party between the storming and the
#: arrest (…، فيما اعتقلت الشرطة): then the arrest is not the stormers' own.
OTHER_CLAUSE = frozenset({"فيما", "بينما", "حين"})


def stormed_then_arrested(a: Event, b: Event) -> bool:
    """``a`` a storming (ASSAULT or COERCE, any mode the clause lent it), ``b`` an arrest
    told after it in the same sentence by no other party: one arrest (module doc)."""
    if not (b.type == "COERCE" and b.mode == "arrest" and a.type in ("ASSAULT", "COERCE")
            and a.flags == b.flags
            and b.evidence[0] == a.evidence[0] and b.trigger.start > a.trigger.start):
        return False
    if not _key(a.trigger.text.split()[0]).startswith(STORM_STEMS):
        return False
    if a.type == "ASSAULT" and a.mode in WEAPON_AT_PEOPLE:
        return False  # fix48: وأطلقت قنابل الغاز صوب الأهالي، واعتقلت: the gas is its own act
    if any(normalize_key(w.strip("،,")) in OTHER_CLAUSE for w in _between(a, b)):
        return False
    x, y = a.actor, b.actor
    return x is None or y is None or x.span.text == y.span.text or (
        x.entity is not None and x.entity == y.entity) or bool(
        x.country and x.country == y.country and x.sector == y.sector)


def storming_retold(a: Event, b: Event) -> bool:
    """``b`` the storming named again by its definite noun (عقب عملية الاقتحام، خلال
    المداهمة) after ``a``, an arrest whose own sentence told the storming before it
    (:func:`stormed_then_arrested` folded that storming into the arrest)."""
    if not (a.type == "COERCE" and a.mode == "arrest" and b.type in ("ASSAULT", "COERCE")
            and b.mode != "arrest" and a.flags == b.flags and b.trigger.start > a.trigger.end):
        return False
    word = _key(b.trigger.text.split()[0])
    if not (word.startswith("ال") and word[2:].startswith(STORM_STEMS)):
        return False
    sent = a.evidence[0]
    told = sent.text[:max(0, a.trigger.start - sent.start)].split()
    return any(_key(w).startswith(STORM_STEMS) for w in told)


def fold_raid(merged: list[Event], e: Event, merge: Callable[..., Event]) -> bool:
    """Fold ``e`` into ``merged`` if it is an arrest made in the storming told just before it
    (the arrest becomes the host, its date standing) or the storming of an arrest named again
    (:func:`stormed_then_arrested`, :func:`storming_retold`); ``merge`` is
    :func:`rasd.events.merge.merge_pair`."""
    for k in range(len(merged) - 1, -1, -1):
        if stormed_then_arrested(merged[k], e):
            merged[k] = merge(e, merged[k], first_dates=True)
            return True
    for k in range(len(merged) - 1, -1, -1):
        if storming_retold(merged[k], e):
            merged[k] = merge(merged[k], e)
            return True
    return False


def content_actor(a: Event, b: Event) -> Actor | None:
    """The actor ``b`` may lend ``a`` when folded into it: none when ``b``'s subject is
    ``a``'s own attack noun or a pledge's complement (its phrase is not the pledger)."""
    return None if attack_subject(a, b) or pledged(a, b) else b.actor


#: Normalised first words of a place phrase (مدينة إيرانية، بلدة، قرية): such a phrase read
#: as an actor (a headline's اعتقال … في مدينة إيرانية) names where, not who.
PLACE_HEADS = frozenset({"مدينه", "بلده", "قريه", "منطقه", "محافظه", "ولايه", "اقليم", "مخيم",
                         "حي", "ضاحيه", "بمدينه", "ببلده", "بقريه", "بمنطقه", "بمحافظه"})
#: Normalised words that mark the phrase before them as victims (محتجين برصاص الشرطة: the
#: protesters were shot by the police): such a phrase names who was hit, not who acted.
VICTIM_MARKS = frozenset({"برصاص", "بنيران", "بقصف", "بغاره"})


def not_an_actor(actor: Actor | None) -> bool:
    """Whether a phrase the actor finder read as an event's actor is plainly no party: a
    place phrase, or victims followed by "by the bullets of" (a headline's short phrase)."""
    if actor is None:
        return False  # (a place phrase's adjective may link it: مدينة إيرانية, norp:IRN)
    words = [normalize_key(w) for w in actor.span.text.split()]
    return bool(words) and (words[0] in PLACE_HEADS or any(w in VICTIM_MARKS for w in words[1:]))

