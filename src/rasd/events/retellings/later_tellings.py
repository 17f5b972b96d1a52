"""Later tellings of an act that the general merge (:mod:`rasd.events.merge`) reads wrongly:
kept apart though they retell it, or folded though they tell another act (fix36a,
2026-12-04 (17), from the blind rounds 36–37).

* **Another act** (ألقت مسيّرة أخرى قنبلة صوتية، في هجوم آخر): a means or act noun with
  أخرى / آخر right after it tells a second act of the same kind, never a retelling of the
  first, however well the two agree (:func:`another_act`).
* **Property burnt in a فيما clause** (أصيب ثلاثة مواطنين في هجوم شنه مستوطنون …، فيما
  أحرق المستوطنون مركبتين): the destruction told by its own verb after the attack on people
  is an act of its own, as the و-fused وأضرموا النار already is (ev-484, ev-971).
* **An earlier report** (وكان المصدر قد أبلغ الوكالة في وقت سابق بمقتل ثلاثة أشخاص، قبل أن
  يصحح الحصيلة): a pluperfect report told as "earlier" gives the first, superseded figure
  of the act told before; it is no act of its own (:func:`earlier_report`, read by
  :func:`rasd.events.retellings.anaphora.earlier_tolls`).
* **The toll in the next sentence** (اندلعت اشتباكات … بين مجموعتين مسلحتين; وأعلن مركز
  طب الطوارئ مقتل شخصين): a bare death word with no act word, no doer and no means of its
  own, told after the one attack of the story that has no toll yet, is that attack's toll;
  the place it names is where the dead were counted, not a second scene.
* **The pluperfect telling of an act mentioned undated** (برقية عزاء … في ضحايا التفجير
  الذي استهدف سوقا في بيشاور; وكان انفجار سيارة مفخخة قد أودى، مساء السبت، بحياة 16
  شخصا في بيشاور): an indefinite act noun that opens a وكان … قد sentence, of the means of
  the one attack told before only by the publication date, at the same place, tells that
  attack's day and toll.
* **A characterisation** (في خطوة وصفتها القيادة بأنها «تحذير صارم»، ووصفتها بأنها «احتجاز
  تعسفي»): the label a party gives an act told already is no act of its own; an accused act
  (اتهم الوزير إسرائيل بأنها «اقتحمت المسجد») is, and keeps its event (:func:`characterised`).
* **A threat's participle** (قالت إن بلادها «سترد بحزم» …، مهددة بـ«عواقب لا يمكن
  تصورها»): the threatening participle after a threat of its sentence elaborates it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from rasd.events.matcher import WEAPON_ADJECTIVES
from rasd.events.retellings.merge_links import PROPERTY_MODES, WHILE_WORDS, bare_word
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Words right after an act or means noun that make it a second act of the kind: "another"
#: (normalised; آخرون/آخرين are more people, a toll's, and are not listed). "A second"
#: (صاروخ ثان، قذيفة ثانية سقطت بعد دقائق) is left out: the gold codes a second round of
#: one salvo as the same shelling (ev-443, ev-1530), while another drone is another strike
#: (ev-1465, ev-1524).
ANOTHER: Final = frozenset({"اخري", "اخر"})
#: Characters after the trigger searched for such a word (the trigger's own words after
#: its first, and the word right after it).
ANOTHER_REACH: Final = 12

#: A pluperfect report told as earlier, before a death word: وكان المصدر قد أبلغ … في وقت
#: سابق ب…، وكانت الشرطة قد أفادت في وقت سابق بمقتل.
_EARLIER_REPORT = re.compile(
    r"(?<!\w)وكان(?:ت)?\s+[^.!?؟;؛\n]{0,40}?قد\s+\S+[^.!?؟;؛\n]{0,40}?"
    r"في\s+وقت\s+(?:سابق|مبكر)[^.!?؟;؛\n]{0,20}$")

#: Characters between the attack's sentence and the toll's (a line break and spaces).
NEXT_SENTENCE_GAP: Final = 3

#: Bare death words (normalised, without و/ف/ب) that name no act.
DEATH_WORDS: Final = frozenset({"مقتل", "مصرع", "سقوط", "استشهاد"})
#: An act word that would make the toll's sentence tell an act of its own (جراء القصف،
#: في هجوم، إثر انفجار): then the general merge decides.
_ACT_IN_SENTENCE = re.compile(
    r"(?<!\w)(?:في|جراء|إثر|اثر|خلال|أثناء|اثناء|ب)\s*(?:ال)?(?:هجوم|قصف|غار[ةه]|تفجير|انفجار"
    r"|اشتباك|اشتباكات|حادث|حريق|انهيار|معارك|مواجهات|إطلاق|اطلاق|رصاص)")

#: A toll sentence that continues the story with a reporting verb (وأعلن مركز طب الطوارئ
#: مقتل شخصين، وأفادت مصادر طبية بمقتل): not a headline's label (مقتل وإصابة 4) before the
#: body that tells its own act.
_TOLL_REPORT = re.compile(
    r"\s*و(?:أعلن|أعلنت|اعلن|اعلنت|أفاد|أفادت|افاد|افادت|ذكر|ذكرت|قال|قالت|أكد|أكدت|اكد|اكدت"
    r"|أشار|أشارت|اشار|اشارت|نقل|نقلت|أحصى|أحصت|وثق|وثقت)(?!\w)")

#: A sentence opening with the pluperfect's كان right before the act noun (وكان انفجار …
#: قد): the noun is the subject of a background telling.
_PLUPERFECT_OPENING = re.compile(r"^\s*(?:و|ف)?كان(?:ت)?\s+$")
#: Words that make a pluperfect act another one (هجوم مماثل، هجوم سابق، هجوم آخر).
_OTHER_OF_KIND = re.compile(
    r"(?<!\w)(?:مماثل|مماثلا|مماثلة|مماثله|سابق|سابقا|سابقة|آخر|أخرى)(?!\w)")

#: A verb of describing (وصف، واصفا، ووصفتها) and, within a few words, بأنه/بأنها, right
#: before a trigger (a guillemet and up to two words between): the trigger is the label.
_LABEL_BEFORE = re.compile(
    r"(?<!\w)و?(?:وصف|واصف)\w*(?:\s+[^\s.،,:؛]+){0,5}\s+ب[أا]ن(?:ه|ها|هم|هما)\s*«?\s*"
    r"(?:[^\s.،,«»]+\s+){0,2}«?$")

#: Threatening circumstantial participles (normalised) that say more of a threat told
#: before them in the sentence when the means follows with ب (مهددة بـ«عواقب»); a warning
#: to another addressee (محذرا قبرص من) is a threat of its own (ev-245).
THREAT_PARTICIPLES: Final = frozenset(normalize_key(w) for w in (
    "مهددا", "مهددة", "مهددين", "ملوحا", "ملوحة", "متوعدا", "متوعدة"))


def another_act(e: Event) -> bool:
    """Whether ``e``'s act or means noun is followed by "another" (مسيّرة أخرى، هجوم آخر): a
    new act of the kind, not a retelling."""
    if e.type != "ASSAULT":
        return False
    sent = e.evidence[0]
    after = sent.text[max(0, e.trigger.end - sent.start):][:ANOTHER_REACH].split()[:1]
    words = e.trigger.text.split()[1:] + after
    return any(normalize_key(w.strip("،,.»«")) in ANOTHER for w in words)


def arms_window(before: list[str]) -> list[str]:
    """The words before a و-fused weapon noun that may hold the weapon listed before it: the
    last two, or three when the last two are a two-word adjective (بأسلحة عالية الدقة
    وطائرات مسيرة، بصواريخ بعيدة المدى ومسيرات)."""
    if len(before) >= 3 and normalize_key(before[-2]) in WEAPON_ADJECTIVES \
            and normalize_key(before[-1]).startswith("ال"):
        return before[-3:]
    return before[-2:]


def characterised(e: Event) -> bool:
    """Whether ``e``'s trigger is the label a describing verb gives an act (وصفتها بأنها
    «تحذير صارم»، ووصفتها بأنها «احتجاز تعسفي»)."""
    sent = e.evidence[0]
    lead = sent.text[: max(0, e.trigger.start - sent.start)]
    return _LABEL_BEFORE.search(lead) is not None


def property_clause(merged: list[Event], e: Event) -> bool:
    """Whether ``e`` is property destroyed, told by its verb (alone, or opening a phrase row:
    ``جرفت آليات عسكرية أجزاء من الشارع``, fix44) after فيما/بينما in the sentence of an
    attack on people told before (…، فيما أحرق المستوطنون مركبتين)."""
    if e.type != "ASSAULT" or e.mode not in PROPERTY_MODES or e.trigger.text.startswith("ال"):
        return False
    sent = e.evidence[0]
    before = sent.text[: max(0, e.trigger.start - sent.start)].split()
    if not before or normalize_key(before[-1]) not in WHILE_WORDS:
        return False
    return any(m.type == "ASSAULT" and m.mode not in PROPERTY_MODES and sent in m.evidence
               and m.flags == e.flags for m in merged)


def earlier_report(e: Event) -> bool:
    """Whether ``e``'s trigger follows a pluperfect report told as earlier (وكان المصدر قد
    أبلغ الوكالة في وقت سابق بمقتل ثلاثة أشخاص)."""
    sent = e.evidence[0]
    lead = sent.text[: max(0, e.trigger.start - sent.start)]
    return e.type == "ASSAULT" and _EARLIER_REPORT.search(lead) is not None


def _death_word(e: Event) -> bool:
    return " " not in e.trigger.text \
        and bare_word(normalize_key(e.trigger.text)) in DEATH_WORDS


def _attacks(merged: list[Event], e: Event) -> list[int]:
    return [k for k, m in enumerate(merged) if m.type == "ASSAULT" and m.flags == e.flags]


def next_sentence_toll(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the one attack told before whose toll ``e`` is: a bare
    death word with no means, doer or act word in its sentence, after one attack that has
    no toll yet and is told in another sentence."""
    if e.type != "ASSAULT" or e.mode is not None or e.actor is not None \
            or e.killed is None or not _death_word(e):
        return None
    sent = e.evidence[0]
    if _ACT_IN_SENTENCE.search(sent.text) is not None or _TOLL_REPORT.match(sent.text) is None:
        return None
    told = _attacks(merged, e)
    if len(told) != 1:
        return None
    host = merged[told[0]]
    if sent in host.evidence or host.killed is not None or host.trigger.start > e.trigger.start:
        return None
    # the sentence right after the attack's own (only blank space between): a toll further
    # on, or a headline's before the body, may be another act's
    if not any(0 <= sent.start - s.end <= NEXT_SENTENCE_GAP for s in host.evidence):
        return None
    return told[0]


def _place_name(e: Event) -> str | None:
    return normalize_key(e.place.span.text) if e.place is not None and e.place.span else None


def pluperfect_of_mention(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the one attack told before only by the publication date
    that ``e``, an indefinite act noun opening a pluperfect sentence (وكان انفجار سيارة
    مفخخة قد أودى، مساء السبت، …), tells with its day: same means, same place."""
    if e.type != "ASSAULT" or e.date_basis != "sentence":
        return None
    sent = e.evidence[0]
    lead = sent.text[: max(0, e.trigger.start - sent.start)]
    if _PLUPERFECT_OPENING.match(lead) is None or " قد " not in sent.text:
        return None
    if _OTHER_OF_KIND.search(sent.text) is not None:
        return None  # وكانت القرية قد شهدت هجوما مماثلا: another act, told as background
    told = _attacks(merged, e)
    if len(told) != 1:
        return None
    host = merged[told[0]]
    if host.date_basis != "published" or (host.mode and e.mode and host.mode != e.mode):
        return None
    a, b = _place_name(host), _place_name(e)
    if a is None or b is None or not (a in b or b in a):
        return None
    return told[0]


def threat_elaboration(merged: list[Event], e: Event) -> int | None:
    """The index in ``merged`` of the threat of ``e``'s sentence that ``e``, a threatening
    participle after it (…، مهددة بـ«عواقب»), says more of."""
    if e.type != "THREATEN" or normalize_key(e.trigger.text.split()[0]) not in \
            THREAT_PARTICIPLES:
        return None
    sent = e.evidence[0]
    after = sent.text[max(0, e.trigger.end - sent.start):].split()[:1]
    if len(e.trigger.text.split()) == 1 and not (after and after[0].startswith("ب")):
        return None  # مهددا قبرص: an addressee of its own
    return next((k for k in range(len(merged) - 1, -1, -1)
                 if merged[k].type == "THREATEN" and merged[k].flags == e.flags
                 and sent in merged[k].evidence
                 and merged[k].trigger.start < e.trigger.start), None)


#: merge_pair of :mod:`rasd.events.merge` (passed in: that module imports this one).
Merger = Callable[..., Event]


def fold_later_telling(merged: list[Event], e: Event, merge_pair: Merger) -> bool:
    """Fold ``e`` into the act it retells (the toll of the next sentence, the pluperfect
    telling of an undated mention, a threat's participle), in place; whether it was."""
    k = next_sentence_toll(merged, e)
    if k is not None:
        # the attack keeps its own date and scene; the toll brings its counts
        merged[k] = merge_pair(merged[k], e, first_dates=True)
        return True
    k = pluperfect_of_mention(merged, e)
    if k is not None:
        merged[k] = merge_pair(merged[k], e)  # the pluperfect's day is the better date
        return True
    k = threat_elaboration(merged, e)
    if k is not None:
        merged[k] = merged[k].with_evidence(e.evidence)
        return True
    return False

