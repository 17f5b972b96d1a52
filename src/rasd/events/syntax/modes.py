"""Modes the clause decides when the trigger row does not.

* The means of an attack: the weapon named in an ASSAULT trigger's clause refines the mode
  its row gives (قصف is heavy-weapons, but قصف الطيران الحربي is an air strike and قصفت طائرات
  مسيرة a drone strike; هجوم is firearms unless it was made بطائرات مسيرة). The weapon words
  are ``mode`` rows of modifiers.tsv with an ``ASSAULT:`` effect. Only the modes that name a means
  of attack are refined, and only towards a more specific means: a row's own specific mode
  (execute, assassinate, abduct, crowd-control, suicide-attack...) stands.
* What is asked or refused: a REQUEST or REJECT row without a mode takes it from the act it
  embeds (طالب بالإفراج: yield; ناشد السماح بمرور المساعدات: assist), else from a ``mode``
  row of its clause after it (دعا إلى التهدئة: yield; دعت إلى التراجع عن القرار: change).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.events.matcher import Match
from rasd.events.syntax.clauses import clause_end, clause_start
from rasd.events.syntax.cues import SentenceCues
from rasd.text.tokens import Token

#: Means of attack from the least to the most specific: a cue refines a row's mode only
#: towards a later one (an air strike named with its missiles stays aerial; a drone strike
#: told with غارة is a drone strike).
MEANS = ("firearms", "heavy-weapons", "explosives", "aerial", "drone")
_RANK = {mode: k for k, mode in enumerate(MEANS)}


#: Modes a bare verb gives that a weapon named in its clause overrides: ضرب is "beat" by
#: hand, but الطيران «ضرب تجمعات لمسلحين» is an air strike (fix42, round 42).
_BARE_HANDS = frozenset({"beat"})


def weapon_mode(m: Match, toks: list[Token], cues: SentenceCues) -> str | None:
    """The ASSAULT mode of match ``m`` refined by the weapon cues of its clause."""
    mode = m.trigger.mode
    if m.trigger.type != "ASSAULT" or (mode is not None and mode not in _RANK
                                       and mode not in _BARE_HANDS):
        return mode
    lo, hi = clause_start(toks, m.first), clause_end(toks, m.last)
    best = _RANK.get(mode, -1) if mode is not None else -1
    out = mode
    for cue in cues.of_kind("mode"):
        type_, _, means = cue.mod.effect.partition(":")
        if type_ == "ASSAULT" and lo <= cue.first and cue.last < hi \
                and _RANK.get(means, -1) > best:
            best = _RANK[means]
            out = means
    return out


#: PLOVER's REQUEST/REJECT modes by the type of the act asked for or refused: aid is
#: "assist", talks are "meet", a concession or a retreat (release, ceasefire, withdrawal,
#: disarmament) is "yield"; a change of policy (CONCEDE/policy) is "change".
CONTENT_MODES = {"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "RETREAT": "yield",
                 "CONCEDE": "yield"}
#: Access asked for (السماح بمرور القوافل، بدخول فرق الإغاثة) lets aid or aid workers in:
#: a call for assistance, not for a concession.
_CONTENT_MODE_EXCEPTIONS = {("CONCEDE", "policy"): "change", ("CONCEDE", "leadership"): "change",
                            ("RETREAT", "access"): "assist"}
_ASKING = frozenset({"REQUEST", "REJECT"})


def content_mode(k: int, matches: Sequence[Match], content: Sequence[bool],
                 toks: list[Token], cues: SentenceCues) -> str | None:
    """The mode of request or refusal ``matches[k]``: its row's, else the one the first act
    it embeds gives (``content[j]``: match j is the content of a speech act), else a mode
    cue of its type after it in its clause."""
    m = matches[k]
    if m.trigger.type not in _ASKING or m.trigger.mode is not None:
        return m.trigger.mode
    for j in range(k + 1, len(matches)):
        if content[j] and matches[j].first > m.last:
            t = matches[j].trigger
            if t.type in _ASKING:  # a refused call (رافضا دعوات الاستقالة) asks what it asks
                return content_mode(j, matches, content, toks, cues)
            embedded = _CONTENT_MODE_EXCEPTIONS.get((t.type, t.mode or "")) \
                or CONTENT_MODES.get(t.type)
            if embedded is not None:
                return embedded
            # fix40: an embedded act whose type names no mode (وقف الاعتداءات: an ASSAULT)
            # leaves the call's mode to the clause's mode cues below
            break
    hi = clause_end(toks, m.last)
    for cue in cues.of_kind("mode"):
        type_, _, mode = cue.mod.effect.partition(":")
        if type_ == m.trigger.type and m.last < cue.first and cue.last < hi:
            return mode
    return None


#: MOBILIZE modes by the actor's sector: a non-state armed group masses fighters (militia)
#: even with a row that says troops (دفعت قوات الدعم السريع بتعزيزات); a row without a mode
#: (رفع حالة التأهب) takes the army's troops or the police's police.
_MOBILIZE_BY_SECTOR = {"REB": "militia", "INS": "militia", "UAF": "militia", "MIL": "troops",
                       "COP": "police"}


def mobilize_mode(mode: str | None, sector: str | None) -> str | None:
    """The MOBILIZE mode ``mode`` refined by the actor's ``sector``: unset → the sector's
    kind of force; troops → militia for a non-state armed group; others stand."""
    by = _MOBILIZE_BY_SECTOR.get(sector or "")
    if by is None:
        return mode
    if mode is None or (mode == "troops" and by == "militia"):
        return by
    return mode
