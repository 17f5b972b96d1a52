"""Places named after a settlement head word that neither the knowledge base nor the NER
model found: ``بلدة سرمين``, ``مخيم بلاطة``, ``حي الشيخ مقصود``, ``قرية ترمسعيا``.

Villages, camps and quarters are too many and too small for any gazetteer, and the model
misses a name it never saw in training. But Arabic news almost always introduces such a
place with its head noun in a construct (an indefinite head, the name right after it), and
news NER conventions (ANERcorp: ``مدينة`` 91 times outside the name and never inside,
``بلدة``/``قرية`` 18 of 20) tag the name alone as a place. So the name after a head is a
place mention, unlinked, with the head left out. The events stage reads it as a local place
(:mod:`rasd.events.location.places`), anchored by the nearest known one.

A head with the article (``المخيم منذ``) is a reference back, not a construct; a word that
is an adjective or a preposition is no name (``قرية صغيرة``, ``حي سكني``, ``مدينة في``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from rasd.entities.units import Piece, Unit
from rasd.entities.verbs import verb_like

#: Heads whose next word, in a construct, is the settlement's name: normalised bases
#: (proclitics ب و ف ل off). Not منطقة (منطقة عازلة، منطقة عمليات: mostly generic), not the
#: sites سجن، مطار، قاعدة (their name is as often an institution or a person's), and not
#: the heads that are also verbal nouns: قضاء (spending: قضاء العطلة; the judiciary) and
#: مقاطعة (boycott: مقاطعة المنتجات), ناحية (towards: ناحية مركب الصيد) and مديرية (an
#: office: مديرية الجرائم الكبرى), which ANERcorp's own text shows read as heads.
HEADS: Final = frozenset({
    "مدينه", "بلده", "قريه", "مخيم", "حي", "ضاحيه", "خربه", "محافظه", "ولايه", "اقليم",
    "محليه",
})
#: The feminine heads: an indefinite word in ة after one is far more often an adjective
#: agreeing with it (مدينة مقدسة، قرية عائمة، مدينة مهمة) than a name.
FEMININE_HEADS: Final = frozenset(h for h in HEADS if h.endswith("ه"))
#: Proclitics a head may carry and still open a construct (ببلدة، وقرية، فمخيم، لمدينة).
HEAD_CLITICS: Final = frozenset({"", "ب", "و", "ف", "ل", "وب", "ول", "فب"})
#: Proclitics the tokenizer may guess on a name's first letter (بلاطة read as ب + لاطة);
#: in a construct after a head a real preposition is rare. Not و, a conjunction there
#: (مخيم وقرية).
NAME_CLITICS: Final = frozenset({"", "ال", "ب", "ل", "ف", "ك"})
#: First words of compound place names, after which the name goes on (كرم أبو سالم، عين
#: الأسد، نور شمس): normalised.
COMPOUND_FIRST: Final = frozenset({
    "ابو", "ام", "عين", "بير", "بئر", "تل", "جبل", "دير", "كفر", "بيت", "راس", "برج", "وادي",
    "نور", "كرم", "خان", "باب", "بني", "جسر", "سيدي", "قصر", "مرج", "ابن", "بن", "سوق",
    "حي", "عرب", "اولاد", "ذي", "ذو",
})
#: The same for a settlement read here, with the saint and sheikh openers of quarter
#: names (حي الشيخ مقصود، حي مار تقلا).
NAME_COMPOUND_FIRST: Final = COMPOUND_FIRST | {"الشيخ", "شيخ", "السيده", "مار"}
#: Most words a settlement name takes (حي الشيخ مقصود، مخيم عين الحلوة).
MAX_NAME_WORDS: Final = 3
#: Words that end a site name: prepositions, time words, direction words (normalised).
SITE_NAME_STOPS: Final = frozenset({
    "في", "من", "الي", "علي", "عن", "قرب", "بين", "منذ", "مع", "دون", "امام", "خلال", "بعد",
    "قبل", "عند", "حتي", "حيث", "التي", "الذي", "غير", "او", "ثم", "مساء", "صباح", "فجر",
    "ظهر", "ليل", "ليله", "امس", "اليوم", "يوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
    "الخميس", "الجمعه", "السبت", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
    "غربي", "وسط", "محيط", "اطراف", "داخل", "ضمن", "لمده", "اثناء", "وذلك",
})
#: Words after such a head that are no name (مخيم للاجئين، حي سكني، قرية صغيرة).
NOT_A_SITE_NAME: Final = frozenset({
    "صغيره", "كبيره", "سكني", "سكنيه", "للاجئين", "اللاجئين", "النازحين", "للنازحين",
    "مجاور", "مجاوره", "قريب", "قريبه", "جديد", "جديده", "عسكري", "عسكريه", "المدينه",
    "الذي", "التي", "واحد", "واحده", "اخر", "اخري", "نائي", "نائيه", "حدودي", "حدوديه",
    "مركزي", "المركزي", "دولي", "الدولي", "جوي", "الجوي", "بحري", "البحري", "نفطي", "النفطي",
})
#: Words that cannot be, or start, a settlement name read here: the two lists above, and
#: particles, quantifiers, descriptions and verbs that follow a head in a construct or a
#: describing clause (مدينة كل، قرية مهجورة، مدينة تقع، بلدة مما). Words ending in ي or
#: ية need no entry: :func:`_name_word` refuses every nisba-shaped word.
NOT_A_NAME: Final = SITE_NAME_STOPS | NOT_A_SITE_NAME | {
    "الذين", "مما", "ممن", "هو", "وهو", "لا", "لم", "ما", "كل", "كامل", "كامله", "بأكمله",
    "فقير", "فقيره", "مكتظ", "مكتظه", "محاصره", "محاصر", "مدمره", "منكوبه", "مهجوره",
    "ثالثه", "عده", "عدد", "بعض", "اكبر", "اصغر", "اقرب", "ابعد", "تابعه", "التابعه",
    "تابع", "التابع", "واقعه", "الواقعه", "يقطنها", "تقع", "يقع", "الرحمه", "العاب",
    "الاعلام", "الانتاج", "الحجاج", "المعارض",
}


def _name_word(piece: Piece, w: int) -> bool:
    """Whether word ``w`` can be (part of) a settlement name."""
    tok = piece.words[w]
    norm = tok.norm
    if tok.kind != "word" or tok.clitics not in NAME_CLITICS or norm in NOT_A_NAME \
            or tok.base in NOT_A_NAME:
        return False
    # a nisba adjective describes the head (قرية حدودية، الحي الشرقي), a verb opens a
    # clause describing it (مدينة شهدت، بلدة تبعد)
    return not norm.endswith(("ي", "يه")) and not verb_like(norm)


def site_units(piece: Piece, taken: Sequence[Unit]) -> list[Unit]:
    """Settlement names after a head (see module doc) that no unit in ``taken`` (the
    piece's KB and model names) overlaps, head included: units typed LOC, head left out."""
    out: list[Unit] = []
    words = piece.words
    covered = sorted((u.w0, u.w1) for u in taken)
    n = len(words)
    for w in range(n - 1):
        head = words[w]
        if head.base not in HEADS or head.clitics not in HEAD_CLITICS \
                or not _name_word(piece, w + 1) or not piece.joined(w, w + 1):
            continue
        end = w + 2
        while end < n and end - (w + 1) < MAX_NAME_WORDS and _name_word(piece, end) \
                and piece.joined(end - 1, end) \
                and (words[end - 1].norm in NAME_COMPOUND_FIRST or words[end].clitics == "ال"):
            end += 1
        if words[end - 1].norm in NAME_COMPOUND_FIRST:
            end -= 1  # a compound opener left alone at the end is no name (حي الشيخ)
        if end <= w + 1 or (end == w + 2 and len(words[w + 1].norm) < 3):
            continue  # a two-letter word alone is no name (حي به)
        first = words[w + 1]
        if end == w + 2 and head.base in FEMININE_HEADS and not first.clitics \
                and first.norm.endswith("ه"):
            continue  # مدينة مقدسة: an adjective
        if any(a < end and w < b for a, b in covered):
            continue  # the KB or the model already read these words
        out.append(Unit(w + 1, end, words[w + 1].start, words[end - 1].end, "ner",
                        ner_type="LOC",
                        confidence=SITE_CONFIDENCE))
    return out


#: Confidence of a settlement read from its head alone: below the model's default
#: (NER_CONFIDENCE) since neither the KB nor the model vouches for the name.
SITE_CONFIDENCE: Final = 0.6


__all__ = ["COMPOUND_FIRST", "HEADS", "NOT_A_SITE_NAME", "SITE_NAME_STOPS", "site_units"]
