"""A party's own forces as the subject of its act (task fix55, blind round 55).

An announcer's report of its own forces' act names them by a force noun with a possessive
pronoun right before the verb (أعلنت وزارة الدفاع التركية أن قواتها ضبطت 37 شخصا؛ أعلن
الجيش أن قواته قصفت مواقع؛ وقالت الشرطة إن عناصرها اعتقلوا): the pronoun is the announcer,
the noun its troops, police or fighters. The dev gold codes the possessed noun itself as the
actor (قواتها 20 times, قواته, وحداتها, عناصره, مقاتليه…) with the possessor's country, in
the military sector unless the possessor is a police force or an armed group. The actor
finder knows no party in a bare pronoun-suffixed noun, so without this the subject is lost
and the noun phrase after the verb (مواقع للمسلحين) or the announcer is read instead.

Used by :func:`rasd.events.actors.participants.participants` for the subject slot.
"""

from __future__ import annotations

from typing import Final

from rasd.events.matcher import Match
from rasd.events.syntax.clauses import strip_conj
from rasd.model import Actor, Span
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Force nouns (normalised plural stems) a party's own troops, police or fighters are told by.
FORCE_STEMS: Final = tuple(normalize_key(w) for w in (
    "قوات", "عناصر", "وحدات", "جنود", "مقاتلي", "مقاتلو", "طائرات", "مسيرات", "قطعات",
    "دوريات", "أجهزة", "مفارز"))
#: Possessive pronouns (normalised) that tie the noun to a party told before.
PRONOUNS: Final = ("ه", "ها", "هم", "هما", "نا")
#: Rows at least this sure report an act without a party to corroborate them
#: (participants.PARTICIPANT_WEIGHT): the forces name the doer of such an act only and never
#: make a weak row's word (ضربت، طائراته ضربت «مستودع أسلحة») an act of its own.
SURE_WEIGHT: Final = 0.7
#: Possessor sectors the forces keep; any other (a ministry, a state, a government) gives
#: its troops the military sector, as the gold codes قواتها of a defence ministry.
OWN_SECTORS: Final = frozenset({"COP", "REB", "INS", "UAF", "MIL"})


def possessed_force(tok: Token) -> bool:
    """Whether ``tok`` is a force noun with a possessive pronoun (قواتها، عناصره)."""
    word = strip_conj(tok.norm)
    return tok.kind == "word" and any(
        word.startswith(stem) and word[len(stem):] in PRONOUNS for stem in FORCE_STEMS)


def own_forces(toks: list[Token], m: Match, lo: int, possessor: Actor | None) -> Actor | None:
    """The possessed force noun right before the trigger (أن قواتها ضبطت) as an actor of
    ``possessor``'s country (no entity of its own: a retelling that names the forces
    otherwise, قوات الاحتلال, agrees by country), or None when there is none or no possessor
    is known."""
    j = m.first - 1
    if possessor is None or j < lo or m.trigger.weight < SURE_WEIGHT \
            or not possessed_force(toks[j]):
        return None
    tok = toks[j]
    sector = possessor.sector if possessor.sector in OWN_SECTORS else "MIL"
    return Actor(span=Span(tok.start, tok.end, tok.text), country=possessor.country,
                 sector=sector)
