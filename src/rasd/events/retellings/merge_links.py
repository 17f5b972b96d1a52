"""Ties between two tellings of a sentence or of adjacent sentences that
:mod:`rasd.events.merge` reads before its general compatibility test: a coordinated clause
that opens a second act (``كما قصفت``), a vote tally that is the means of a rejection, a
sanction's measures listed, and a coordinated clause that tells how an attack was done."""

from __future__ import annotations

from typing import Final

from rasd.events.syntax.clauses import strip_prefix
from rasd.events.syntax.trigger_words import words_after, words_before
from rasd.model import Event, Place
from rasd.text.normalize import normalize_key

#: ASSAULT modes harming property, not people: a killing told after them (تدمير مستودعين
#: … وقتل من فيها) is an act of its own.
PROPERTY_MODES: Final = frozenset({"destroy"})
#: Words that open a concurrent clause (normalised): "while", "whereas" (…، فيما أحرق
#: المستوطنون مركبتين): what follows is an act of its own beside the one told before.
WHILE_WORDS: Final = frozenset(normalize_key(w) for w in ("فيما", "بينما"))

#: Words that add an act of the same actor (normalised): كما قصفت = "it also shelled".
ALSO_WORDS = frozenset({"كما", "وكما"})

#: Normalised stems of voting (صوت، صوتوا، التصويت): a vote against is how a body rejects.
VOTE_STEMS = ("صوت", "تصويت")

#: Normalised stems of a sanction's accompanying measures: freezing assets, banning travel.
MEASURE_STEMS = ("تجميد", "جمد", "حظر", "منع")

#: على with the pronoun of the party just named (normalised): اعتدوا عليهم = on them.
ON_THEM = frozenset({"عليهم", "عليه", "عليها", "عليهما", "عليهن"})


def bare_word(word: str) -> str:
    """A normalised word without a leading و/ب and article (بالصواريخ → صواريخ)."""
    return strip_prefix(word, ("وبال", "بال", "وال", "ال", "وب", "ب", "و"), 3)


def coordinated(b: Event) -> bool:
    """Whether ``b``'s trigger opens a coordinated clause: a conjunction fused to it
    (واعتقلت) or كما right before it (استهدفت المسيرات محطة …، كما قصفت مستودعات للوقود:
    a second act, with its own target and place)."""
    if b.trigger.text[:1] in ("و", "ف"):
        return True
    before = words_before(b)
    return bool(before) and normalize_key(before[-1]) in ALSO_WORDS


def measures_listed(a: Event, b: Event) -> bool:
    """Whether ``b`` is one more measure of the sanction ``a`` told in its sentence (فرض
    عقوبات على شركتين وتجميد أصولهما، أدرجت … على قائمة العقوبات وجمدت أصولهم): listing,
    freezing assets and banning travel are one package. Only a freeze or a ban is such a
    measure: a second sanction on someone else (وفرضت عقوبات على شخص رابع) is its own act."""
    if not (a.type == b.type == "SANCTION" and a.mode == b.mode == "discontinue"
            and a.flags == b.flags and b.evidence[0] in a.evidence):
        return False
    # a second sanction on someone else (وفرضت عقوبات على شخص رابع) is an act of its own
    return bare_word(normalize_key(b.trigger.text)).startswith(MEASURE_STEMS)


def elaborates(a: Event, b: Event) -> bool:
    """Whether ``b``, a coordinated past verb of attack on the pronoun of ``a``'s victims in
    ``a``'s sentence (هاجم مستعمرون مزارعين …، واعتدوا عليهم بالضرب), tells how the attack ``a``,
    told with no means, was done: one act. Harm to property (وأحرقوا منازلهم) stays an act
    of its own."""
    if not (a.type == b.type == "ASSAULT" and a.mode is None and b.mode is not None
            and b.mode not in PROPERTY_MODES and a.flags == b.flags
            and b.evidence[0] in a.evidence and a.trigger.start < b.trigger.start):
        return False
    # a past verb of the same plural attackers (واعتدوا), not a verbal noun of the means
    # (وإطلاق النار عليهم، بإطلاق النار عليه), which may tell another act of the story
    word = normalize_key(b.trigger.text)
    if " " in word or word[:1] != "و" or not word.endswith("وا"):
        return False
    after = words_after(b)
    return bool(after) and normalize_key(after[0]) in ON_THEM


def vote_tally(a: Event, b: Event, text: str) -> bool:
    """Whether ``b``, a vote against told in ``a``'s sentence or the sentence right after
    it (رفض مجلس النواب مشروع القانون … بعدما صوت ضده 187 نائبا؛ وأوضح أن 96 نائبا صوتوا
    ضد المشروع), is the tally of the rejection ``a``, not a refusal of its own: the voters
    are members counted, not a named state (فيما صوتت باكستان ضده is a state's own act)."""
    if a.type != "REJECT" or b.type != "REJECT" or a.flags != b.flags:
        return False
    if not bare_word(normalize_key(b.trigger.text)).startswith(VOTE_STEMS) \
            or bare_word(normalize_key(a.trigger.text)).startswith(VOTE_STEMS):
        return False
    if b.actor is not None and b.actor.type == "GPE":
        return False
    if b.evidence[0] in a.evidence:
        return True
    last = a.evidence[-1]
    return bool(text) and last.end <= b.evidence[0].start \
        and not text[last.end:b.evidence[0].start].strip()


def same_place(a: Place | None, b: Place | None) -> bool:
    """Whether two acts' own sentences name one place (not the document's): the same
    gazetteer place, or unknown places where one name holds the other (بلدة الخيام، الخيام)."""
    if a is None or b is None or a.basis != "sentence" or b.basis != "sentence":
        return False
    if a.geonames_id is not None or b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    if a.span is None or b.span is None:
        return False
    ka, kb = normalize_key(a.span.text), normalize_key(b.span.text)
    return ka in kb or kb in ka
