"""Acts told as the content of a work (ASSAULT precision 2026-12-04 (14); used by
:mod:`rasd.events.merge`).

A culture page tells battles, sieges and shelling as what a novel, a poem, a film, a game,
an exhibition or a symposium is about::

    ومن أبرز الإصدارات رواية «حصار الجزائر» التي تستعيد حملة الغزو الفرنسي عام 1830 وقصف
    المدينة من البحر.
    أطلقت شركة ناشئة لعبة إلكترونية جديدة يخوض فيها اللاعب معارك ضد جيوش غازية.

The attack words there report no event: the gold codes none (ev-390, ev-393, ev-439, ev-765,
ev-782, ev-1218, ev-1309, ev-1369). The work must be named before the act in its sentence:
a work named after it (قتل مخرج الفيلم في غارة) does not frame the act.

A market report's attack or massacre is the market's (شنت البنوك هجوما معاكسا على تراجع
السيولة، هبط المؤشر في جلسة وصفها متعاملون بـ«المجزرة»): an attack word in a sentence with
:data:`SENTENCE_CUES` words of the economy vocabulary (``modifiers.tsv`` domain rows, the
page gate's of :mod:`rasd.events.senses.domains`) and none of the political one is no attack
(:func:`market_figure`).
"""

from __future__ import annotations

import re
from functools import partial

from rasd.caches import word_cache
from rasd.events.lexicon import domain_words
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Nouns of a work or a cultural event whose content the rest of the sentence may tell, with
#: an optional و/ب/ل and article or a possessive suffix. Left out: ديوان (ديوان المحافظة, an
#: office), كتاب (a letter, كتاب رسمي), مسلسل (مسلسل العمليات الإرهابية: "a series of") and
#: معرض without the article (في معرض رده: "in the course of").
WORK_NOUN = re.compile(
    r"(?<!\S)[«\"(]?(?:[وبل]|ول|وب)?(?:ال)?(?:رواي[ةه]|رواي(?:ته|تها)|قص(?:يد[ةه]|ائد|ائده)|فيلم|"
    r"لعب[ةه]|مسرحي[ةه]|حكاي[ةه]|ندو[ةه]|وثائقي)(?=[\s»\"),،]|$)"
    r"|(?<!\S)[وب]?المعرض(?=[\s,،]|$)")


#: A contrast that opens a clause of its own about the world outside the work (… وضع اللمسات
#: النهائية على الفيلم، إلا أن تفجيرات الحادي عشر من سبتمبر …).
CONTRAST = re.compile(r"(?<!\S)(?:إلا|الا|غير|بيد)\s+[أا]ن|(?<!\S)(?:لكن|ولكن)(?!\S)")


#: Types a work's content tells: battles and the retreats that end them.
_WORK_TOLD_TYPES = frozenset({"ASSAULT", "RETREAT"})


def told_in_a_work(e: Event) -> bool:
    """Whether ``e`` is an ASSAULT or a RETREAT whose sentence names a work before its
    trigger (a novel, a poem, a game, an exhibition: its content, not news). The fighters'
    withdrawal a novel ends with (رواية … التي تروي يوميات عائلة تحت القصف … حتى انسحاب
    المقاتلين من الحي) is the story's as its shelling is (fix42, round 42)."""
    if e.type not in _WORK_TOLD_TYPES:
        return False
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)]
    cut = [m.end() for m in CONTRAST.finditer(before)]
    if cut:
        before = before[cut[-1]:]
    return WORK_NOUN.search(before) is not None


#: Distinct economy words a sentence needs for its attack words to be the market's: one is
#: often a political story's (a strike on an oil field, سوق); two with no political word
#: were only market prose on the dev passages (ev-449, ev-659).
SENTENCE_CUES = 2
_CLITICS = ("و", "ب", "ل", "وب", "ول", "ف")


#: The clitics by their first letter: a word is tested only against those it may start with.
_CLITICS_BY_FIRST = {first: tuple(c for c in _CLITICS if c[0] == first)
                     for first in {c[0] for c in _CLITICS}}
#: Sentences whose words are kept: each ASSAULT candidate of a sentence asks for them, and
#: the merge asks again for every candidate it weighs. Registered with rasd.caches, so
#: ``clear_all`` empties it with the word caches.
_SENTENCE_CACHE = 256


@partial(word_cache, size=_SENTENCE_CACHE)
def _sentence_words(text: str) -> frozenset[str]:
    """The sentence's normalised words and each one's base after a clitic listed in
    :data:`_CLITICS` (at least three letters left)."""
    words = {normalize_key(w.strip("«»،,.\"():؛")) for w in text.split()}
    out = set(words)
    by_first = _CLITICS_BY_FIRST.get
    for w in words:
        for c in by_first(w[:1], ()):
            if w.startswith(c) and len(w) - len(c) >= 3:
                out.add(w[len(c):])
    return frozenset(out)


def market_figure(e: Event) -> bool:
    """Whether ``e`` is an ASSAULT told in market prose (:data:`SENTENCE_CUES` economy words,
    no political one)."""
    if e.type != "ASSAULT":
        return False
    vocab = domain_words()
    words = _sentence_words(e.evidence[0].text)
    return len(words & vocab.get("economy", frozenset())) >= SENTENCE_CUES and \
        words.isdisjoint(vocab.get("politics", frozenset()))


#: A verb with the future prefix س (ستشن، سيشن، ستطعن، سنرد).
FUTURE_VERB = re.compile(r"^و?س[تينأا]\w{2,}$")
#: Words before the trigger in which the announcing verb may stand (ستشن قريبا عملية برية).
FUTURE_WINDOW = 2


def announced_attack(e: Event) -> bool:
    """Whether ``e`` is a future ASSAULT announced with a سـ verb (إن بلاده ستشن قريبا عملية
    برية، ستشن الفرق هجوما على بؤر البعوض، الهيئة ستطعن في الحكم): the dev gold codes no
    future attack (an announced one is a threat at most), and such a verb's attack is as
    often a campaign's or a court appeal's."""
    if e.type != "ASSAULT" or not e.future:
        return False
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)].split()[-FUTURE_WINDOW:]
    words = [*before, e.trigger.text.split()[0]] if e.trigger.text.split() else before
    return any(FUTURE_VERB.match(normalize_key(w)) for w in words)
