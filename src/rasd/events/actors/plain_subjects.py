"""The subject phrase a verb's text gives, whether or not the knowledge base knows it, and
the guards that keep a toll's victims and a participle's object out of the doer's place
(used by :func:`rasd.events.actors.participants.participants` when the only other candidate is a
report's carrier: في بيان، مصدر أمني، شهود عيان).
"""

from __future__ import annotations

from rasd.events.actors.actor_sanity import reporter
from rasd.events.actors.arguments import ActorFinder, np_at
from rasd.events.matcher import Match
from rasd.model import Actor
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token


def hal_word(norm: str) -> bool:
    """Whether a word reads as an accusative participle (محذرا، متهمة، مطالبين): م + stem
    + the accusative ending; verb rows list such forms besides the finite ones."""
    word = norm[1:] if norm[:1] in ("و", "ف") else norm
    return len(word) >= 5 and word[0] == "م" and word.endswith(("ا", "ه", "ين"))


def oblique_plural(norm: str) -> bool:
    """Whether a word reads as a sound masculine plural in the accusative or genitive
    (المحتجين، مسلحين): never the nominative subject of the verb before it."""
    word = norm[1:] if norm[:1] in ("و", "ف") else norm
    return len(word) >= 6 and word.endswith("ين")


#: Proclitics a verb's plain subject phrase may carry (none but the article: بالإفراج،
#: للحكومة open an adverbial or an object, not the subject).
_SUBJECT_CLITICS = frozenset({"", "ال"})
#: Complementisers after which the words up to the verb are its subject (أن الهيئة أوقفت).
_THAT = frozenset(normalize_key(w) for w in ("أن", "إن", "بأن"))


def plain_subject(toks: list[Token], m: Match, hi: int, finder: ActorFinder) -> Actor | None:
    """The subject phrase of a verb trigger as the text words it, classified or not: the
    words right after a VSO verb (وطالب «وجهاء البلدة»، في بيان), or between a complementiser
    and an SVO verb (وأوضح المصدر أن «الهيئة» أوقفت). Only a verb row that has a subject; not
    after an accusative participle (…، رافضا «خريطة الطريق»), whose next phrase is its object."""
    first = toks[m.first]
    if m.trigger.pos != "verb" or not any(slot == "subj" for slot, _ in m.trigger.roles) \
            or hal_word(first.norm) or first.norm.endswith(FIRST_PERSON_ENDINGS):
        return None  # a participle's or a first-person verb's next phrase is its object
    k = next((j for j in range(m.first - 1, max(-1, m.first - 1 - MAX_SUBJECT_WORDS), -1)
              if toks[j].norm in _THAT), None)
    if k is not None and all(toks[j].kind == "word" for j in range(k + 1, m.first)):
        rng = np_at(toks, k + 1, m.first) if k + 1 < m.first else None
    elif m.last + 1 < hi and toks[m.last + 1].kind == "word" and not _accusative(first) \
            and toks[m.last + 1].clitics in _SUBJECT_CLITICS \
            and not oblique_plural(toks[m.last + 1].norm):
        rng = np_at(toks, m.last + 1, hi)
    else:
        return None
    if rng is None or _accusative(toks[rng[0]]):
        return None  # نرفض «رفضا قاطعا»: an indefinite accusative is no subject
    found = finder.actor(toks, *rng, loose=True)
    return doer(found, finder) if not reporter(found) else None


def _accusative(tok: Token) -> bool:
    """Whether a token reads as an indefinite accusative (رفضا، اتفاقا): not definite, and
    ending in the tanween alif; or is no word at all (a number, a mark)."""
    return tok.kind != "word" or (not tok.clitics.endswith("ال") and len(tok.norm) > 3
                                  and tok.norm.endswith("ا"))


#: Endings of a first-person past verb (استقبلنا، التقينا، رفضت is ambiguous and not listed).
FIRST_PERSON_ENDINGS = ("نا",)
#: How many words may stand between a complementiser and its clause's verb (أن قوات الأمن
#: السورية كانت قد فرضت).
MAX_SUBJECT_WORDS = 6


def doer(actor: Actor | None, finder: ActorFinder) -> Actor | None:
    """``actor`` unless it names the people a toll counts (استشهد ستة «فلسطينيين» في قصف):
    the victims of the act are its recipients at most, never its doer."""
    return None if actor is not None and actor.span.start in finder.victims else actor




#: Verbs of claiming an act (normalised, without و/ف): their subject did the act named after
#: it (تبنت مقاومة آزال مقتل 3 من عناصر الميليشيا), known party or not.
CLAIM_VERBS = frozenset(normalize_key(w) for w in ("تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى"))


def claimant(toks: list[Token], m: Match, lo: int, finder: ActorFinder) -> Actor | None:
    """The subject of a claim verb right before a nominal trigger, with only that subject
    between (تبنت «مقاومة آزال» مقتل …)."""
    for j in range(m.first - 1, max(lo, m.first - 1 - MAX_SUBJECT_WORDS) - 1, -1):
        word = toks[j].norm[1:] if toks[j].clitics[:1] in ("و", "ف") else toks[j].norm
        if word in CLAIM_VERBS:
            rng = np_at(toks, j + 1, m.first) if j + 1 < m.first else None
            found = finder.actor(toks, *rng, loose=True) if rng is not None else None
            return doer(found, finder) if not reporter(found) else None
    return None
