"""Acts told as a part of another act of the same sentence (fix40, blind round 40).

Ways a wire story names a second act word inside one act, each folded into its host (the
host keeps its type; the guest's words join its evidence):

* a truce named in construct after the agreement noun (``توصلت لجنة وساطة إلى اتفاق هدنة
  بين القبيلتين``، ``اتفاق تهدئة``، ``اتفاق وقف إطلاق النار``): the ceasefire is what the
  agreement is, its content, as round 29's ``اتفاق لوقف إطلاق النار`` and round 38's
  ``اتفاق … على وقف``; the gold codes one ``["AGREE", "CONCEDE"]``/ceasefire event
  (:func:`fold_truce_name`);
* goods or vehicles seized from the people an arrest took (``أوقفت خمسة من المهربين
  وصادرت شاحنتين محملتين بالوقود``، ``اعتقلت 14 صيادا وصادرت ثلاثة قوارب``، ``بعد دهم
  منازلهم ومصادرة هواتفهم``): the search of the arrested is the arrest's, as the seized arms
  of :func:`rasd.events.sentence_folds.fold_seized_arms` (ev-1322, ev-1500 and round 40 code
  no confiscation beside the arrest) (:func:`fold_carried_goods`); what a raid on an office
  takes (``وصادروا أجهزة اتصال وحواسيب``) stays an act of its own (ev-511, ev-1205);
* ``بالتعاون مع`` / ``بالتنسيق مع`` inserted between commas before the act it qualifies
  (``نفذت وحدات من قوى الأمن الداخلي، بالتعاون مع الجيش العربي السوري، فجر اليوم، حملة
  أمنية``): how the act was done, as round 29's manner told after its act
  (:func:`rasd.events.folds.manner_folds.fold_coordination`) (:func:`fold_inserted_manner`);
  bodies of two countries working together stay a COOPERATE (ev-705, ev-1020);
* aid trucks named as the object of a permission to enter (``سمحت بدخول 140 شاحنة
  مساعدات``): what was permitted (:func:`fold_let_in_aid`);
* a threat's condition (``إذا واصلت``، ``مع أي طرف``) is the threatened act's: the THREATEN
  is reported as made, not hypothetical (:func:`threats_asserted`);
* ``بطلب من X`` after an act (``مددت توقيف الشبان … بطلب من الشرطة``): a circumstance of the
  act, not a REQUEST (:func:`fold_at_request`);

The page-level folds of an arrest told before (a referral, a later seizure, the accused
arrests) are :mod:`rasd.events.retellings.arrest_steps`'s.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.events.folds.manner_folds import fold_into_earlier
from rasd.events.folds.pair_merge import fold_evidence
from rasd.model import Document, Event
from rasd.text.normalize import normalize_key

#: Most characters between the agreement noun's end and the truce noun in construct with
#: it: one space (اتفاق هدنة); anything longer is a clause of its own.
CONSTRUCT_GAP = 1
#: Normalised stems of what the arrested carry or ride (boats, trucks, cars, phones) and of
#: contraband (fuel, drugs, goods): seized with them, part of the arrest. Not "equipment"
#: or "computers", which a raid takes from an office (ev-511, ev-847, ev-1205).
CARRIED_STEMS = tuple(normalize_key(w) for w in (
    "قارب", "قوارب", "زورق", "زوارق", "مركب صيد", "مراكب", "شاحن", "سيار", "دراج",
    "هاتف", "هواتف", "جوال", "الوقود", "وقود", "مخدر", "حبوب", "بضائع", "بضاعة", "حمول",
    "مهرب"))
#: Characters after a confiscation's trigger read for what was seized.
OBJECT_REACH = 40
#: Normalised openings of the manner phrase (with, in cooperation / coordination / jointly).
_MANNER_OPENINGS = tuple(normalize_key(w) for w in (
    "بالتعاون مع", "وبالتعاون مع", "بتعاون مع", "بالتنسيق مع", "وبالتنسيق مع", "بتنسيق مع",
    "بالاشتراك مع", "وبالاشتراك مع"))
#: Characters from the cooperation's trigger read for the manner phrase (the trigger may
#: be the verbal noun alone, بالتعاون).
_OPENING_REACH = 16
#: Characters before the manner phrase that may stand between it and the comma opening its
#: insert (a space).
_INSERT_GAP = 2


def fold_truce_name(events: list[Event]) -> list[Event]:
    """One sentence's events with a ceasefire named in construct right after an agreement
    noun folded into that agreement (:data:`CONSTRUCT_GAP`)."""
    return fold_into_earlier(
        events,
        lambda e: e.type == "RETREAT" and e.mode == "ceasefire",
        lambda o, e: o.type == "AGREE"
        and 0 <= e.trigger.start - o.trigger.end <= CONSTRUCT_GAP)


def fold_carried_goods(events: list[Event], text: str) -> list[Event]:
    """One sentence's events with a confiscation of boats, vehicles, phones or contraband
    told after an arrest folded into that arrest."""
    def carried(e: Event) -> bool:
        if e.type != "COERCE" or e.mode != "confiscate":
            return False
        seized = normalize_key(text[e.trigger.start:e.trigger.end + OBJECT_REACH])
        return any(stem in seized for stem in CARRIED_STEMS)

    return fold_into_earlier(
        events, carried,
        lambda o, e: o.type == "COERCE" and o.mode == "arrest"
        and e.evidence[0].start <= o.trigger.start < e.trigger.start)


def fold_inserted_manner(events: list[Event], doc: Document) -> list[Event]:
    """One sentence's events with a cooperation told by a manner phrase inserted after a
    comma folded into the first other act of the sentence told after it (the act it
    qualifies; the insert's own verb, نفذت، stands before it)."""
    text = doc.text
    out = list(events)
    for e in events:
        opening = normalize_key(text[e.trigger.start:e.trigger.start + _OPENING_REACH])
        if e.type != "COOPERATE" or not opening.startswith(_MANNER_OPENINGS):
            continue
        before = text[max(0, e.trigger.start - _INSERT_GAP):e.trigger.start].strip()
        if not before.endswith(("،", ",")) or _across_borders(e, doc):
            continue
        later = [o for o in out if o is not e and o.type != "COOPERATE"
                 and o.flags == e.flags and o.trigger.start > e.trigger.end
                 and "." not in text[e.trigger.end:o.trigger.start]]
        if not later:
            continue
        fold_evidence(out, min(later, key=lambda o: o.trigger.start), e)
    return out


def _across_borders(e: Event, doc: Document) -> bool:
    """Whether the cooperation joins bodies of two countries (``تمكنت المديرية العامة للأمن
    الوطني، بتنسيق مع الشرطة الوطنية الإسبانية، من تفكيك شبكة``): police or intelligence
    work across a border is an act of its own (ev-705, ev-1020 code COOPERATE beside the
    arrest), where forces of one state working together are only the act's manner. The
    partner is whatever entity is named between the trigger and the insert's closing comma;
    an unknown country on either side is no border."""
    end = _insert_end(doc.text, e.trigger.end)
    partners = {ent.country for ent in doc.entities if ent.country
                and any(e.trigger.start <= m.span.start < end for m in ent.mentions)}
    own = e.actor.country if e.actor is not None else None
    return own is not None and bool(partners - {own})


def _insert_end(text: str, start: int) -> int:
    """Where the insert opened before ``start`` closes: the next comma or sentence end."""
    ends = [i for i in (text.find(c, start) for c in "،,.") if i >= 0]
    return min(ends, default=len(text))


#: Most characters between an access trigger's end and the aid noun of its object (بدخول
#: 140 شاحنة مساعدات: a count and the trucks).
_ACCESS_OBJECT_GAP = 24
#: Normalised words after the aid noun that name its provider (قافلة مساعدات تابعة لبرنامج
#: الأغذية العالمي): a convoy told in its own right, an AID of its own (ev-950).
_PROVIDER_WORDS = frozenset(normalize_key(w) for w in (
    "تابعة", "التابعة", "تابع", "مقدمة", "المقدمة", "مقدم", "من", "أرسلتها", "أرسلها",
    "قدمتها", "قدمها", "سيرتها", "سيرها"))


def fold_let_in_aid(events: list[Event], text: str) -> list[Event]:
    """One sentence's events with aid named only as the object of a permission to enter
    (``السلطات الإسرائيلية سمحت بدخول 140 شاحنة مساعدات عبر معبر كرم أبو سالم``) folded into
    that RETREAT/access: the trucks let in are what was permitted, one event
    (``["RETREAT", "AID"]``/access in round 40, ``["RETREAT", "CONCEDE"]``/access in
    ev-1335); a convoy whose provider is named after it stays an AID (ev-950)."""
    def let_in(e: Event) -> bool:
        if e.type != "AID":
            return False
        after = text[e.trigger.end:e.trigger.end + _ACCESS_OBJECT_GAP].split()
        return not after or normalize_key(after[0]) not in _PROVIDER_WORDS

    return fold_into_earlier(
        events, let_in,
        lambda o, e: o.type == "RETREAT" and o.mode == "access"
        and 0 <= e.trigger.start - o.trigger.end <= _ACCESS_OBJECT_GAP
        and not any(c in text[o.trigger.end:e.trigger.start] for c in "،,.؛"))


#: Normalised openings of "at the request of" (بطلب من، بناء على طلب، بناء على طلب من).
_AT_REQUEST = tuple(normalize_key(w) for w in ("بطلب", "وبطلب", "بناء على طلب", "بناء علي طلب"))
#: Characters from the request's trigger read for the opening.
_AT_REQUEST_REACH = 18


def fold_at_request(events: list[Event], doc: Document) -> list[Event]:
    """One sentence's events with an act's ``بطلب من X`` (``مددت توقيف الشبان حتى الأحد المقبل
    بطلب من الشرطة``، ``العملية تمت «بطلب من أصحاب الأراضي»``) folded into the act told before
    it in the same clause (no comma between): who asked for it, a circumstance of the remand
    or the operation, no REQUEST of its own
    (ev-832, round 40); a meeting held at a state's request (``جلسة طارئة بطلب من الجزائر``)
    keeps it, as the gold codes it (REQUEST/meet, ev-298, ev-1018), and so does a request
    of one state to another (:func:`_foreign_request`)."""
    text = doc.text

    def at_request(e: Event) -> bool:
        return e.type == "REQUEST" and normalize_key(
            text[e.trigger.start:e.trigger.start + _AT_REQUEST_REACH]).startswith(_AT_REQUEST)

    out = list(events)
    for e in events:
        if not at_request(e):
            continue
        before = [o for o in out if o is not e and o.trigger.end <= e.trigger.start
                  and o.flags == e.flags
                  and not any(c in text[o.trigger.end:e.trigger.start] for c in "،,.؛")]
        if not before:
            continue
        host = max(before, key=lambda o: o.trigger.start)
        if host.type == "CONSULT" or _foreign_request(e, host, doc):
            continue
        fold_evidence(out, host, e)
    return out


def _foreign_request(e: Event, host: Event, doc: Document) -> bool:
    """Whether the request comes from another state than the act's doer (``ألقت السلطات
    السويسرية القبض على سبعة مسؤولين بطلب من القضاء الأمريكي``): one state asking another is
    a political act of its own (judged so on real news, snn-00394, snn-01559). The asker is
    whatever entity is named between the trigger and the clause's end; the doer's country
    is its actor's, else where the act happened."""
    doer = (host.actor.country if host.actor is not None else None) or host.country
    if doer is None:
        return False
    end = _insert_end(doc.text, e.trigger.end)
    askers = {ent.country for ent in doc.entities if ent.country
              and any(e.trigger.start <= m.span.start < end for m in ent.mentions)}
    return bool(askers - {doer})


#: Conditional and modal words (normalised) that make a threat told after them supposed
#: (not إن, which normalises like the complementiser أن: محذرا من أن أنقرة ستلجأ).
_SUPPOSING = frozenset(normalize_key(w) for w in (
    "لو", "ولو", "فلو", "لولا", "إذا", "وإذا", "فإذا", "قد", "وقد", "ربما", "حال", "لربما",
    "يمكن", "يحتمل"))
#: Characters before a threat read for such a word.
_SUPPOSED_REACH = 40


def threats_asserted(events: list[Event], text: str) -> list[Event]:
    """``events`` with every THREATEN reported as made, not hypothetical: a threat states the
    condition of the threatened act (``ستلجأ إلى «الخيار العسكري» إذا واصلت``، ``ستتعامل بحزم
    مع أي طرف يخرق الهدنة``، ``أي اعتداء «سيقابل برد»``), and the conditional is that act's,
    not the threat's: the speaker did threaten. Every THREATEN of the dev gold (155) is coded
    so; the conditional and the "any act" cues made six of them hypothetical. A threat
    itself supposed (a conditional or modal word before it in its clause) stays
    hypothetical."""
    return [replace(e, hypothetical=False) if e.type == "THREATEN" and e.hypothetical
            and not _supposed(text, e) else e for e in events]


def _supposed(text: str, e: Event) -> bool:
    """Whether a conditional or modal word stands before the threat in its clause (``ولو
    أنذره الأميركيون``، ``قد يهدد``): the threat itself is supposed, not made."""
    before = text[max(0, e.trigger.start - _SUPPOSED_REACH):e.trigger.start]
    clause = before.replace("،", ".").replace(",", ".").split(".")[-1]
    return any(normalize_key(w) in _SUPPOSING for w in clause.split())


def fold_act_parts(events: list[Event], doc: Document) -> list[Event]:
    """All the sentence folds of this module, for one sentence's events of ``doc`` (the
    hook in :mod:`rasd.events.sentence_events`)."""
    text = doc.text
    return threats_asserted(fold_at_request(fold_let_in_aid(fold_inserted_manner(
        fold_carried_goods(fold_truce_name(events), text), doc), text), doc), text)
