"""Later tellings of an arrest the story told before, on the merged page (fix40, round 40).

Three things a wire story says after its arrest that are no act of their own, each folded
into that arrest (its words join the arrest's evidence):

* a bare referral of the arrested to the prosecution (``وأن الموقوفين أحيلوا إلى القضاء
  المختص لاستكمال التحقيقات``): the arrest's next step (:func:`fold_referrals`);
* arms or goods seized by "the force" in a later sentence (``وأضاف النعسان أن القوة صادرت
  أسلحة وذخائر``): the arrest's seizure (:func:`fold_later_seizure`);
* the same arrests named in a critic's accusation (``اتهم مجلس أعيان العشيرة «قسد» بتنفيذ
  «اعتقالات عشوائية»``): told again (:func:`fold_charged_acts`).
"""

from __future__ import annotations

from rasd.events.folds.act_parts import CARRIED_STEMS, OBJECT_REACH
from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.events.folds.pair_merge import fold_evidence
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Normalised passive forms of "was referred" (to the judiciary, the prosecution): the
#: people or files referred are those an arrest told before took.
_REFERRED = tuple(normalize_key(w) for w in ("أحيل", "أحيلوا", "أحيلت", "أحيلا"))
#: Normalised words that tell the charge itself (بتهمة، على خلفية): a referral told with
#: its charge is the charge's telling (ev-1666), an ACCUSE of its own.
_CHARGE_WORDS = tuple(normalize_key(w) for w in ("بتهمة", "بتهم", "على خلفية", "بجرم",
                                                 "بجريمة"))
#: A referral to a court (``المتهمين أحيلوا إلى محكمة أمن الدولة``) sends them to trial: an
#: indictment, coded ``["ACCUSE", "COERCE"]`` on its own (ev-465); the prosecution or "the
#: competent judiciary" is the arrest's next step.
_COURT = normalize_key("محكمة")
_COURT_REACH = 12
#: Characters around the referral read for a charge word: its sentence, roughly.
_CHARGE_REACH = 160


#: Normalised definite nouns by which a later sentence names the force of an arrest told
#: before (وأضاف أن القوة صادرت أسلحة): the same force, the same operation.
_FORCE_BACKREFS = tuple(normalize_key(w) for w in (
    "القوة", "القوات", "الدورية", "الدوريات", "الوحدة", "الوحدات", "المفرزة", "المفارز",
    "الأجهزة الأمنية", "عناصر الأمن", "العناصر", "الحملة", "الشرطة"))
#: Characters before the seizure's trigger searched for the back-reference (أن القوة).
_BACKREF_REACH = 20
#: Characters an arrest may be told before the seizure: its paragraph and the next.
_SEIZURE_REACH = 600
#: Normalised stems of seized arms (as :data:`rasd.events.sentence_folds._ARMS_STEMS`).
_ARMS = tuple(normalize_key(w) for w in ("أسلح", "سلاح", "ذخائر", "ذخيرة", "متفجر"))


def fold_later_seizure(events: list[Event], text: str) -> list[Event]:
    """The page's events with arms or goods seized by "the force" in a sentence after an
    arrest (``ألقت خلالها القبض على 11 مطلوبا … وأضاف النعسان أن القوة صادرت أسلحة وذخائر``)
    folded into that arrest: the README's "an arrest's seizures" (arms seized in the course
    of an arrest are part of it) when the seizure is told apart, by a speaker, of the force
    the story has named. Runs on the merged page."""

    def force_seizure(e: Event) -> bool:
        if e.type != "COERCE" or e.mode != "confiscate":
            return False
        seized = normalize_key(text[e.trigger.start:e.trigger.end + OBJECT_REACH])
        subject = normalize_key(text[max(0, e.trigger.start - _BACKREF_REACH):e.trigger.start])
        return any(w in seized for w in _ARMS + CARRIED_STEMS) \
            and any(w in subject for w in _FORCE_BACKREFS)

    def arrest_before(o: Event, e: Event) -> bool:
        return o.type == "COERCE" and o.mode == "arrest" \
            and 0 < e.trigger.start - o.trigger.start <= _SEIZURE_REACH

    return fold_into_earlier(events, force_seizure, arrest_before)


#: Characters before the charged act read for the word that governs it (بتنفيذ «).
_CHARGE_WORD_REACH = 14
#: Most characters between an accusation's trigger and the act it charges (اتهم مجلس أعيان
#: عشيرة البوسرايا «قسد» بتنفيذ «اعتقالات): the accuser, the accused and the preposition.
_CHARGED_GAP = 90


def fold_charged_acts(events: list[Event], text: str) -> list[Event]:
    """The page's events with an act named in an accusation (``اتهم مجلس أعيان العشيرة «قسد»
    بتنفيذ «اعتقالات عشوائية»``) folded into the act of the same type, mode and actor the
    story told before it (``ونفذت «قسد» حملة دهم … اعتقلت خلالها 14 شخصا``), when the charge's
    ب governs it and the flags agree: the accused arrests are those arrests, told again by
    their critic (the README's arrests a party accuses the security services of, one
    COERCE). An accused act the story has not told
    stays an event (ev-1666). Runs on the merged page."""
    out = list(events)
    for e in events:
        if e.type != "COERCE" or e.actor is None or not _charged(text, e):
            continue
        accusations = [a for a in out if a.type == "ACCUSE" and a.flags == e.flags
                       and 0 < e.trigger.start - a.trigger.end <= _CHARGED_GAP
                       and not any(c in text[a.trigger.end:e.trigger.start] for c in ".؛")]
        if not accusations:
            continue
        told = [o for o in out if o is not e and o.type == e.type and o.mode == e.mode
                and o.flags == e.flags
                and o.trigger.start < accusations[0].trigger.start
                and o.actor is not None and _same_party(o.actor.span.text, e.actor.span.text)]
        if not told:
            continue
        _fold_into_last(out, told, e)
    return out


def _charged(text: str, e: Event) -> bool:
    """Whether ``e``'s trigger is the object of the charge's ب: the trigger or the word
    before it (``بتنفيذ «اعتقالات``، ``باعتقال``) opens with that preposition."""
    words = text[max(0, e.trigger.start - _CHARGE_WORD_REACH):e.trigger.start].replace(
        "«", " ").split()
    first = normalize_key(e.trigger.text)
    return first.startswith("ب") or (bool(words) and normalize_key(words[-1]).startswith("ب"))


def _same_party(a: str, b: str) -> bool:
    """Whether two actor phrases name one party: either holds the other, guillemets aside."""
    x, y = (normalize_key(t.replace("«", "").replace("»", "")) for t in (a, b))
    return bool(x) and bool(y) and (x in y or y in x)


def fold_referrals(events: list[Event], text: str) -> list[Event]:
    """The page's events with a bare referral of the arrested (``وأن الموقوفين أحيلوا إلى
    القضاء المختص لاستكمال التحقيقات``، ``وإنهم أحيلوا إلى النيابة العامة``) folded into the
    arrest told before it: the next step of that arrest, no charge of its own (ev-776 codes
    it as the arrest's evidence, ev-1461 and round 40 code nothing); a referral an active
    verb tells (``أحالت النيابة المتهمين إلى المحكمة``), one to a court (a trial, ev-465) or
    one told with its charge stays an ACCUSE. Runs on the merged page (the arrest is told
    in an earlier sentence)."""
    out = list(events)
    for e in events:
        word = normalize_key(text[e.trigger.start:e.trigger.end].split()[0]) \
            if e.trigger.text.strip() else ""
        if e.type != "ACCUSE" or word.removeprefix("و") not in _REFERRED:
            continue
        if _COURT in normalize_key(text[e.trigger.start:e.trigger.end + _COURT_REACH]):
            continue
        near = normalize_key(text[max(0, e.trigger.start - _CHARGE_REACH):
                                  e.trigger.end + _CHARGE_REACH // 2])
        if any(w in near for w in _CHARGE_WORDS):
            continue
        # conv19: only an arrest told under the same flags (negated, future, hypothetical,
        # denied): a conditional or future referral (إذا أحيلوا إلى النيابة) is no step of a
        # past arrest, and must not vanish into it
        arrests = [o for o in out if o.type == "COERCE" and o.mode == "arrest"
                   and o.trigger.start < e.trigger.start and _same_flags(o, e)]
        if not arrests:
            continue
        _fold_into_last(out, arrests, e)
    return out


def _same_flags(a: Event, b: Event) -> bool:
    """Whether two events are told under the same flags (negated, future, hypothetical,
    denied): only then can one be a step or a retelling of the other (conv19)."""
    return a.flags == b.flags and a.denied == b.denied


def _fold_into_last(out: list[Event], hosts: list[Event], e: Event) -> None:
    """Fold ``e`` into the last-told of ``hosts`` (its evidence joins the host's) in place."""
    fold_evidence(out, max(hosts, key=lambda o: o.trigger.start), e)
