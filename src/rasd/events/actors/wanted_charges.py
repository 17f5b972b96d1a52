"""The charge of wanted men an arrest takes (task conv19, session 2026-12-05 (19)).

The round-24 block row ``مطلوبين بتهم`` of triggers.tsv keeps a charge that describes whom
an extradition hands over (``سلمت السلطات السورية العراق أربعة مطلوبين بتهم إرهابية``) from
being an accusation: that charge is the men's standing, not an act the story reports
(README "Charges": people wanted on charges, ev-1132, ev-1181). The block also hides the
charge when the wanted men are the object of an arrest (``ألقت خلالها القبض على 11 مطلوبا
بتهمة الانتماء إلى خلية``): there the charge is named with an act taken against the charged,
which the same convention codes ACCUSE/allege of the arresting party against the arrested,
beside the arrest and with its date (ev-1651). :func:`wanted_charges` adds that accusation
to an arrest whose object is such a phrase; an extradition or a search (``بحثا عن مطلوبين
بتهم``) gets none, and a case named without ``بتهمة`` (``أحد المطلوبين في قضايا تهريب``,
ev-1350, ev-1197) is no formal charge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.model import Event, Span

#: An arrest told with its object wanted men and their charge: the arrest's words (القبض
#: على، اعتقلت، أوقفت، توقيف، ضبط), its subject and time in between (at most 50
#: characters, in the sentence), a count or none (11، سبعة، أحد، عددا من), the wanted noun
#: (مطلوبا، مطلوبين، المطلوبين), at most one word (للعدالة، سوريا), then the charge word.
#: Read in the arrest's evidence: its telling may not be its trigger's (a campaign, حملة
#: أمنية، ألقت خلالها القبض على 11 مطلوبا بتهمة …).
_WANTED_CHARGE = re.compile(
    r"(?:القبض\s+على|قبضت?\s+على|[وف]?(?:اعتقل|أوقف|احتجز|ضبط)\S*|اعتقال|توقيف|احتجاز)"
    r"[^.؛\n]{0,50}?\s(?:\S+\s+من\s+|\S+\s+)?(?:ال)?مطلوب(?:ا|ين|ون|)"
    r"\s+(?:\S+\s+)?(?P<charge>بتهمة|بتهم|بتهمتي)\s")
#: What ends the charge's clause (its evidence): a comma, a full stop, a semicolon.
_CLAUSE_END = re.compile(r"[،,.؛\n]")


def wanted_charges(events: list[Event], text: str) -> list[Event]:
    """``events`` with an ACCUSE/allege added after each arrest whose object is wanted men
    named with their charge (module docstring), unless the page has that charge already."""
    out: list[Event] = []
    for e in events:
        out.append(e)
        if e.type != "COERCE" or e.mode != "arrest":
            continue
        m = next((m for sp in e.evidence
                  for m in [_WANTED_CHARGE.search(text, sp.start, sp.end)] if m is not None),
                 None)
        if m is None:
            continue
        start, word_end = m.start("charge"), m.end("charge")
        if any(o.type == "ACCUSE" and o.trigger.start < word_end and start < o.trigger.end
               for o in events):
            continue  # the charge is coded already (a row the block left)
        stop = _CLAUSE_END.search(text, start)
        end = stop.start() if stop is not None else len(text)
        out.append(replace(e, type="ACCUSE", mode="allege",
                           trigger=Span(start, word_end, m.group("charge")),
                           evidence=(Span(start, end, text[start:end]),),
                           killed=None, injured=None, arrested=None))
    return out


__all__ = ["wanted_charges"]
