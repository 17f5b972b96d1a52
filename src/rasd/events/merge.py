"""Merging of retold events (casualty attachment is :mod:`rasd.events.casualties.attach`; the
sentence-level folds that run before it are :mod:`rasd.events.sentence_folds`).

An event told again (headline, caption, body) becomes one event with several evidence spans:
same type and flags, and no participant, place, date or toll that contradicts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.events.casualties.retold_tolls import toll_merge
from rasd.events.casualties.sweeps import same_sweep
from rasd.events.dates.earlier_acts import earlier_act
from rasd.events.folds.merge_content import (
    content_actor,
    content_of,
    fold_raid,
)
from rasd.events.folds.pair_merge import merge_pair
from rasd.events.folds.remands import remand_and_arrest
from rasd.events.folds.support_kinds import different_support
from rasd.events.location.headline_places import headline_same_toll, label_names_body_region
from rasd.events.matcher import WEAPON_WORDS
from rasd.events.retellings.added_acts import added_act  # fix51
from rasd.events.retellings.anaphora import earlier_tolls, embedded_anaphors
from rasd.events.retellings.assault_parts import fold_attack_part
from rasd.events.retellings.battle_tellings import blast_clause, fold_battle_telling
from rasd.events.retellings.cause_retold import fold_cause_retold  # fix55
from rasd.events.retellings.condemned_acts import fold_condemned, fold_sole_attack, no_attack
from rasd.events.retellings.crowd_retold import crowd_retold  # fix43: المحتجون told back
from rasd.events.retellings.framed_harms import framed_parts  # fix57
from rasd.events.retellings.harm_modes import distinct_harms  # fix55
from rasd.events.retellings.joined_parties import own_party_act  # fix57
from rasd.events.retellings.later_tellings import (
    another_act,
    arms_window,
    characterised,
    fold_later_telling,
    property_clause,
)
from rasd.events.retellings.meeting_retold import meeting_series, retold_meeting
from rasd.events.retellings.merge_links import (
    PROPERTY_MODES,
    bare_word,
    coordinated,
    elaborates,
    measures_listed,
    same_place,
    vote_tally,
)
from rasd.events.retellings.other_speakers import other_speakers  # accuse23
from rasd.events.retellings.retold_attacks import (
    claim_detail,
    claimed_strike,
    in_attack,
    same_fight,
    told_in,
)
from rasd.events.retellings.separate_acts import separate_act  # fix44
from rasd.events.retellings.told_once import different_sites  # fix46: two stands, two sites
from rasd.events.senses.live_entries import new_entry  # assault18: a live page's later entry
from rasd.events.syntax.clauses import DEFINITE_PREFIXES, is_definite
from rasd.events.syntax.contrast import contrasted
from rasd.events.tellings_agree import (
    actors_agree,
    dates_agree,
    place_ok,
    toll_ok,
    tolls_agree,
)
from rasd.model import Event
from rasd.text.normalize import normalize_key

#: Acts whose retelling often names another organ of the acting state (the police arrested …,
#: the prosecutor ordered their detention). Not speech acts or deployments: two officials'
#: accusations, demands or troop moves are two acts (measured on dev: merging those lost
#: more true events than it folded retellings).
ORGAN_RETOLD_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "RETREAT", "AID", "SANCTION"})


def execution_and_crime(a: Event, b: Event) -> bool:
    """Whether one of two ASSAULTs of a clause is an execution and the other is not."""
    return a.type == b.type == "ASSAULT" and a.mode != b.mode and "execute" in (a.mode, b.mode)


def merge_events(events: list[Event], text: str = "") -> list[Event]:
    """Merge retellings of one event (in text order), keeping the first telling's trigger.

    A later trigger that is a definite verbal noun (الهجوم، الاعتذار، المفاوضات، الإعدام) refers
    back to an act already told: it joins the latest earlier event of its type and flags
    unless their dates or tolls contradict; its participants are not compared, since the
    phrase next to an anaphoric noun is rarely its actor (أدانت المنظمة الإعدام). Given the
    ``text``, a later telling of more of an attack's toll joins it
    (:mod:`rasd.events.casualties.retold_tolls`)."""
    merged: list[Event] = []
    anaphors = embedded_anaphors(
        events, {i for i, e in enumerate(events) if is_definite(e.trigger.text)})
    earlier = earlier_tolls(events)
    for i, e in enumerate(events):
        target = None
        if no_attack(e) or characterised(e) or fold_condemned(merged, e) \
                or fold_attack_part(merged, e):
            continue  # استمرار الاعتداءات؛ وأدانت الوزارة استهداف الخيمة: the attack told before;
            # … مقتل تسعة وإحراق المنازل، أسقطت معظم المسيرات: a part or a retelling of it
        if i not in earlier and fold_later_telling(merged, e, merge_pair):
            continue  # وأعلن المركز مقتل شخصين; وكان انفجار … قد أودى; …، مهددة بـ: told before
        if fold_cause_retold(merged, e, merge_pair):
            continue  # fix55: ردا على «إعدام …»; وكانت السلطات قد أعدمت: the cause told in full
        if i not in earlier and fold_battle_telling(merged, e, merge_pair):
            continue  # مؤكدة أنهم قتلوا; صدت هجوما; في المقابل، … تعرضت لهجوم: one fight
        if another_act(e) or property_clause(merged, e) or blast_clause(merged, e) \
                or separate_act(merged, e) or own_party_act(e):  # fix57: انضم، اشترط
            # fix44: وفي وقت لاحق … دبابة؛ فيما جرفت آليات
            # ألقت مسيّرة أخرى قنبلة; …، فيما أحرق المستوطنون مركبتين; فيما أصيب جندي إثر
            # انفجار لغم: a second act
            merged.append(e)
            continue
        if i in earlier:  # وكانت الحصيلة الأولية قد أشارت إلى مقتل أربعة: the attack retold
            target = next((k for k in range(len(merged) - 1, -1, -1)
                           if merged[k].type == e.type
                           and merged[k].flags == e.flags), None)
            if target is not None:
                merged[target] = merge_pair(merged[target], e)
                continue
        more = toll_merge(merged, e, text)
        if more is not None:  # الأهالي عثروا على ثماني جثث أخرى: the attack's toll grows
            merged[more[0]] = more[1]
            continue
        claimed = claimed_strike(merged, e, place_ok)
        if claimed is None:  # تبنت الجماعة الهجوم، قائلة إنها استهدفت …: the claimed attack
            claimed = claim_detail(merged, e)
        if claimed is not None:  # وقال الجيش إنه استهدف …: the strike told just before
            host = merged[claimed]
            merged[claimed] = replace(merge_pair(host, e, first_dates=True),
                                      attribution=host.attribution)
            continue
        if is_definite(e.trigger.text) or _repelled(e) or _death_retold(e):
            # a strike, hunger strike or boycott is not a retelling of a street protest (a
            # sit-in and الإضراب المفتوح announced in its wake are two acts)
            told = [k for k in range(len(merged) - 1, -1, -1)
                    if _retelling(merged[k], e, dated=i not in anaphors and not _called_for(e))
                    and not _distinct_modes(merged[k], e)]
            # a retold toll goes to the telling at the place it names (في القصف على كفرنبل)
            if e.killed or e.injured:
                told = [k for k in told if same_place(merged[k].place, e.place)] or told
            # the latest telling of the same means, else of unknown means, else the latest
            target = next((k for k in told if merged[k].mode == e.mode), None)
            if target is None:
                target = next((k for k in told if None in (merged[k].mode, e.mode)),
                              told[0] if told else None)
        if target is None:
            target = next((k for k, m in enumerate(merged) if (
                _compatible(m, e) or _one_meeting(m, e) or _means_of(m, e)
                or vote_tally(m, e, text))
                and not contrasted(m, e, text, refers_back=is_definite(e.trigger.text)
                                   or bare_death(e))
                and not added_act(m, e, text)  # fix51: قررت كذلك
                and not other_speakers(m, e, text)), None)  # accuse23: another party's
        if target is None:
            # بتقديم 200 مليون after تعهدت، غارة … استهدفت، يبحث خلالها: a part or the
            # content of the act told just before in the sentence, under that act's type
            part = next((k for k in range(len(merged) - 1, -1, -1)
                         if content_of(merged[k], e)), None)
            if part is not None:
                host = merged[part]
                merged[part] = replace(
                    merge_pair(host, e, first_dates=True),
                    actor=host.actor or content_actor(host, e),
                    mode=host.mode or (e.mode if e.type == host.type else None))
                continue
            if fold_raid(merged, e, merge_pair):
                continue  # اقتحمت القوات البلدة واعتقلت تسعة … عقب عملية الاقتحام: one arrest
        if target is None and fold_sole_attack(merged, e):
            continue  # ليرتفع عدد ضحايا الغارة إلى عشرة: the one strike told before
        if target is None and text:
            # دير الزور: مقتل سبعة … then the body's town in that region: one act, at the town
            target = next((k for k, m in enumerate(merged) if label_names_body_region(m, e, text)
                           and _label_retold(m, e)), None)
            same_toll = target is None
            if same_toll:
                # مقتل اثنين … بقصف تركي غرب الموصل, then the body's strike with the same
                # toll: one act, at the body's place, by the body's means
                target = next((k for k, m in enumerate(merged)
                               if headline_same_toll(m, e, text)), None)
            if target is not None:
                # the body's clause reads its participants and place more fully
                host = merged[target]
                merged[target] = replace(merge_pair(host, e), place=e.place,
                                         country=e.country or host.country,
                                         actor=e.actor or host.actor,
                                         recipient=e.recipient or host.recipient,
                                         killed=e.killed or host.killed,
                                         mode=(e.mode or host.mode) if same_toll else
                                         host.mode or e.mode)
                continue
        if target is None:
            merged.append(e)
        else:
            # a word of the same sentence (its means, its toll) leaves the act's date as its
            # own rules set it; a retelling in another sentence may date it
            merged[target] = merge_pair(merged[target], e, first_dates=i in anaphors
                                    or e.evidence[0] in merged[target].evidence)
    return merged


#: A definite act noun after a preposition (خلال الهجوم، في الاعتداء، جراء القصف): in the
#: sentence of a bare death word it names the act the toll belongs to.
RETOLD_ACT = re.compile(r"(?:خلال|في|جراء|إثر|أثناء)\s+ال(?:هجوم|اعتداء|هجمات|غار[ةه]|قصف|"
                        r"تفجير|انفجار|كمين|اقتحام)(?!\w)")


def _death_retold(e: Event) -> bool:
    """Whether ``e`` is a toll told with a bare death word in a sentence that names its act
    with a definite noun (إن حارسين قتلا وأصيب خمسة آخرون خلال الهجوم): the attack told
    before, retold with its toll, as a definite act noun is."""
    key = normalize_key(e.trigger.text)
    key = key[1:] if key[:1] == "و" else key
    return (e.type == "ASSAULT" and e.mode is None and key in BARE_DEATH_WORDS
            and RETOLD_ACT.search(e.evidence[0].text) is not None)


#: Verbs of repelling (normalised) whose object is the attack (صدت القوات الهجوم).
REPEL_VERBS = frozenset({"صد", "صدت", "صدوا", "تصدت", "تصدي"})


def _repelled(e: Event) -> bool:
    """Whether ``e`` is an attack repelled, told with a definite object (صدت الهجوم):
    the attack told before, retold by the defender."""
    words = e.trigger.text.split()
    return (e.type == "ASSAULT" and len(words) == 2
            and normalize_key(words[0]).lstrip("و") in REPEL_VERBS and is_definite(words[1]))


#: Modes that name an act of their own, never a retelling of another mode of the type.
DISTINCT_MODES = frozenset({"strike", "general", "hunger", "boycott"})


#: Modes of one kind of act: a general strike retold as الإضراب (mode strike) is that strike.
SAME_KIND_MODES = frozenset({"strike", "general"})


def _distinct_modes(a: Event, b: Event) -> bool:
    if distinct_harms(a, b):
        return True  # fix55: الإعدام؛ تحت التعذيب: two harms, not a retelling
    if {a.mode, b.mode} <= SAME_KIND_MODES:
        return False
    return a.mode != b.mode and bool({a.mode, b.mode} & DISTINCT_MODES)


#: Verbs (normalised, without و) of calling, deciding or announcing an act: a definite act
#: noun after them (وكان الاتحاد قد أعلن الإضراب قبل أسبوع) is dated by the call, not the act.
CALL_VERBS = frozenset({"اعلن", "اعلنت", "اقر", "اقرت", "قرر", "قررت"})


def _called_for(e: Event) -> bool:
    """Whether ``e``'s trigger is the object of a verb of calling or deciding."""
    sent = e.evidence[0]
    before = sent.text[:max(0, e.trigger.start - sent.start)].split()
    return bool(before) and normalize_key(before[-1]).removeprefix("و") in CALL_VERBS


def _retelling(a: Event, b: Event, *, dated: bool = True) -> bool:
    """Whether ``b``, a definite act noun, retells ``a``; ``dated``: its sentence's date is
    its own (not when another act of the sentence governs it:
    :mod:`rasd.events.retellings.anaphora`)."""
    if a.type != b.type or a.flags != b.flags:
        return False
    if dated and not dates_agree(a, b):
        return False
    return tolls_agree(a, b)


def _label_retold(head: Event, body: Event) -> bool:
    """Whether a headline under a place label (:mod:`rasd.events.location.headline_places`) and a
    body telling are one act: same type and flags, no contradicting date, and the same exact
    death toll, a tie a headline's short phrase (مقتل سبعة عناصر, its victims read as the
    actor) gives more surely than its participants."""
    if head.type != body.type or head.flags != body.flags or head.killed is None \
            or body.killed is None:
        return False
    if head.date and body.date and head.date != body.date and "published" not in (
            head.date_basis, body.date_basis):
        return False
    return (head.killed.min, head.killed.max) == (body.killed.min, body.killed.max) \
        and toll_ok(head.injured, body.injured)


#: Frames a report opens with that retell the act just told (وفي التفاصيل، قالت المصادر
#: إن الغارة ...): normalised first words after في.
RETELLING_FRAMES = frozenset({"التفاصيل", "تفاصيل"})
#: Words a fronted frame (وفي الأغوار الشمالية،) may have before its comma.
FRAME_WORDS = 4


def fronted_frame(sentence: str) -> bool:
    """Whether a sentence opens with a fronted frame of place or topic and a comma (وفي
    الأغوار الشمالية، هدمت …؛ وفي سياق آخر، سلمت …): the report moves to another scene, so
    its acts are new ones, not retellings of an earlier sentence's act of the same kind."""
    words = sentence.split()
    if not words:
        return False
    first = words[0][1:] if words[0][:1] in ("و", "ف") and len(words[0]) > 2 else words[0]
    if first != "في" or len(words) < 2:
        return False
    if normalize_key(words[1].strip("،,")) in RETELLING_FRAMES:
        return False
    return any(w.endswith(("،", ",")) for w in words[1:1 + FRAME_WORDS])


def _compatible(a: Event, b: Event) -> bool:
    if b.evidence[0] not in a.evidence and (fronted_frame(b.evidence[0].text) or new_entry(a, b)):
        return False
    if a.type == b.type == "CONSULT" and meeting_series(a, b):
        return False  # نتائج اجتماعات اللجنة التي عقدت في سرت: other sessions
    if different_sites(a, b):
        return False  # fix46: تجمع أمام مبنى المحافظة … وتجمع أمام مبنى المحكمة: two stands
    if b.evidence[0] in a.evidence and _cell_members(a, b):
        return toll_ok(a.arrested, b.arrested)
    if same_sweep(a, b):
        return True  # ضبطت الهيئة رئيس الحي …، كما ضبطت مهندسين اثنين: one operation
    if measures_listed(a, b) or elaborates(a, b):
        # a sanction's measures listed (the freeze's owners, أصولهم, are the listed, not the
        # sanctioning party); an attack and how it was done (واعتدوا عليهم بالضرب)
        return True
    if told_in(a, b.evidence[0]) and (same_fight(a, b) or in_attack(a, b)
                                      or _instrument_listed(a, b)):
        # the phrase after a listed weapon (بصاروخين وطائرة مسيرة) is no participant
        return toll_ok(a.killed, b.killed) and toll_ok(a.injured, b.injured)
    if framed_parts(a, b):  # fix57: قتلوا …، وخطف أربعة أطفال، في هجوم: one raid
        return toll_ok(a.killed, b.killed) and toll_ok(a.injured, b.injured)
    if b.evidence[0] in a.evidence and coordinated(b) \
            and not a.type == b.type == "MOBILIZE" and not _its_toll(a, b) \
            and not _arms_listed(a, b):
        # a coordinated act of its own in the same sentence (... واعتقلت صحفيا); not a
        # force's deployment told in steps (عزز الجيش انتشاره … ونشر وحدات إضافية، رفع درجة
        # التأهب وإرسال تعزيزات): one mobilisation
        return False
    if distinct_harms(a, b):
        return False  # fix55: حكم الإعدام بحق رجل …؛ انتزعت منه اعترافات تحت التعذيب
    if a.type != b.type or a.flags != b.flags or different_support(a, b):
        return False  # different_support: a signing and a praise (fix38)
    if remand_and_arrest(a, b) or earlier_act(a, b):
        return False  # أوقفت الهيئة موظفين …، وقرر المدعي العام توقيفهما 14 يوما: two acts
    if b.evidence[0] in a.evidence and execution_and_crime(a, b):
        return False  # حكم القتل في المدعو … لإقدامه على قتل: the crime punished
    if a.mode and b.mode and a.mode != b.mode and (
            a.type != "ASSAULT" or b.evidence[0] in a.evidence):
        # a retelling may name an attack's means differently (قصف، غارة), but two means in
        # one sentence outside one clause are two acts (غارة بمسيرة ... فيما رد بقصف صاروخي)
        return False
    if a.date and b.date and a.date != b.date and "published" not in (
            a.date_basis, b.date_basis):
        return False
    if _its_toll(a, b) and b.evidence[0] in a.evidence:
        # the victims of the toll are not the attack's target phrase (قرية … 19 مدنيا)
        return toll_ok(a.killed, b.killed) and toll_ok(a.injured, b.injured)
    organs = a.type in ORGAN_RETOLD_TYPES
    return ((actors_agree(a.actor, b.actor, organs=organs) or crowd_retold(a, b))  # fix43
            and actors_agree(a.recipient, b.recipient)
            and place_ok(a.place, b.place) and toll_ok(a.killed, b.killed)
            and toll_ok(a.injured, b.injured) and toll_ok(a.arrested, b.arrested)
            and _linked(a, b))


def _arms_listed(a: Event, b: Event) -> bool:
    """Whether ``b`` is a و-fused weapon noun right after another weapon of ``a``'s attack
    in its sentence (هجوم بالصواريخ والطائرات المسيرة، بطائرات مسيرة وصواريخ): the arms of
    one attack listed, not a coordinated act of its own."""
    if not (a.type == b.type == "ASSAULT" and a.trigger.start < b.trigger.start):
        return False
    sent = b.evidence[0]
    before = sent.text[:max(0, b.trigger.start - sent.start)].split()
    words = [normalize_key(w) for w in arms_window(before)]
    return any(bare_word(w) in WEAPON_WORDS for w in words)


def _instrument_listed(a: Event, b: Event) -> bool:
    """Whether ``b`` is a و-fused weapon noun listed after the instrumental ب of ``a``'s
    attack (استهداف سفينة … بصاروخين باليستيين وطائرة مسيرة): the same strike's arms."""
    if not (_arms_listed(a, b) and a.flags == b.flags and b.trigger.text[:1] == "و"):
        return False
    if bare_word(normalize_key(b.trigger.text.split()[0])) not in WEAPON_WORDS:
        return False
    sent = b.evidence[0]
    before = arms_window(sent.text[:max(0, b.trigger.start - sent.start)].split())
    return any(w.startswith("ب") and bare_word(normalize_key(w)) in WEAPON_WORDS for w in before)



#: Bare killing verbs (normalised, without و) that tell the toll of an attack told before
#: them in the sentence (هاجموا قرية …، وقتلوا 19 مدنيا): the attackers' act, not a new one.
KILLING_VERBS = frozenset({"قتل", "قتلت", "قتلوا", "قتلا"})


#: The bare words of a فيما clause that only tells more of an attack's dead (فيما قتل جنديان،
#: بينما مقتل): those verbs and the verbal noun.
TOLL_CLAUSE_WORDS = KILLING_VERBS | {"مقتل"}


#: Death words that name no act (normalised): an act word of their clause names it instead.
BARE_DEATH_WORDS = TOLL_CLAUSE_WORDS | {"استشهد", "استشهدت", "استشهدوا", "لقي", "لقيت", "لقوا"}


def _its_toll(a: Event, b: Event) -> bool:
    """Whether ``b``, an ASSAULT told by a و-fused killing verb after the attack ``a`` of its
    sentence, is that attack's toll (a killing pointing back with a pronoun, قتل فيها, is
    :mod:`rasd.events.casualties.toll_folds`'s)."""
    return (a.type == b.type == "ASSAULT" and b.mode is None and b.trigger.text[:1] == "و"
            and a.mode not in PROPERTY_MODES
            and normalize_key(b.trigger.text[1:]) in KILLING_VERBS)


#: Normalised stems of dismantling a cell or a network (تفكيك خلية، فككت شبكة).
DISMANTLE_STEMS = ("تفكيك", "فكك")


def _cell_members(a: Event, b: Event) -> bool:
    """Whether ``b``, an arrest told in ``a``'s sentence after a cell dismantled (تفكيك خلية
    إرهابية …، وتوقيف خمسة من أعضائها), is the same act: dismantling a cell is arresting
    its members."""
    return (a.type == b.type == "COERCE" and a.mode == b.mode == "arrest"
            and a.flags == b.flags
            and normalize_key(a.trigger.text).lstrip("و").startswith(DISMANTLE_STEMS))


#: Modes that name what an attack did to its target, not its means: the means told next to
#: it (اغتال مسلحون رئيس المجلس، بإطلاق النار عليه) is how the same act was done.
TARGET_MODES = frozenset({"assassinate"})


def _means_of(a: Event, b: Event) -> bool:
    """Whether ``b`` is the means of the targeted attack ``a`` told in its sentence with the
    instrumental ب (بإطلاق النار عليه، بعبوة ناسفة)."""
    return (a.type == b.type == "ASSAULT" and a.mode in TARGET_MODES and a.flags == b.flags
            and b.evidence[0] in a.evidence and b.trigger.text.startswith("ب"))


def _one_meeting(a: Event, b: Event) -> bool:
    """Whether two CONSULT tellings are one meeting. A meeting is two-sided and its tellings
    name the visitor and the host in either role (استقبل السيسي … بن زايد الذي يقوم بزيارة
    لمصر؛ أجرى بوريطة مباحثات مع نظيره … الذي يقوم بزيارة عمل): in one sentence two
    meeting words are one meeting unless a conjunction opens the second; across sentences
    they share a party and no other party contradicts."""
    if retold_meeting(a, b):  # وعقد الرئيسان جلسة محادثات: the pair's meeting told before
        return True
    if meeting_series(a, b):  # نتائج اجتماعات اللجنة التي عقدت في سرت: other sessions
        return False
    if a.type != "CONSULT" or b.type != "CONSULT" or a.flags != b.flags:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.date and b.date and a.date != b.date and "published" not in (
            a.date_basis, b.date_basis):
        return False
    if b.evidence[0] in a.evidence:
        return b.trigger.text[:1] not in ("و", "ف")
    pa = [x for x in (a.actor, a.recipient) if x is not None]
    pb = [x for x in (b.actor, b.recipient) if x is not None]
    shared = [(x, y) for x in pa for y in pb if actors_agree(x, y) and (
        (x.entity is not None and x.entity == y.entity)
        or x.span.text in y.span.text or y.span.text in x.span.text)]
    if not shared:
        return False
    rest_a = [x for x in pa if all(x is not s for s, _ in shared)]
    rest_b = [y for y in pb if all(y is not t for _, t in shared)]
    return all(actors_agree(x, y) for x in rest_a for y in rest_b)


def _linked(a: Event, b: Event) -> bool:
    """Something positively ties two tellings (absence of conflict alone does not: two
    sentences about one protest may tell the tear gas and the killings, two acts): the
    same trigger word, the same means, a shared participant, or the same named place."""
    if _stem(a.trigger.text) == _stem(b.trigger.text) or (a.mode and a.mode == b.mode):
        return True
    if a.type == b.type == "MOBILIZE" and b.evidence[0] in a.evidence:
        return True  # a deployment's steps in one sentence (see _compatible)
    for x in (a.actor, a.recipient):
        for y in (b.actor, b.recipient):
            if x is not None and y is not None and actors_agree(x, y) and (
                    x.entity is not None or x.span.text in y.span.text
                    or y.span.text in x.span.text):
                return True
    pa, pb = a.place, b.place
    if a.mode and b.mode and a.mode != b.mode:
        return False  # one place, two means: two acts there (clashes in a quarter, then a
        # shell on a crowd in it), unless a participant or the trigger ties them (above)
    return bool(pa and pb and pa.basis == pb.basis == "sentence"
                and pa.geonames_id is not None and pa.geonames_id == pb.geonames_id)


def _stem(word: str) -> str:
    for p in sorted(DEFINITE_PREFIXES, key=len, reverse=True):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word.lstrip("وف")


def bare_death(e: Event) -> bool:
    """Whether ``e`` is named by a bare death word (استشهد، قتل، مقتل), not by its act."""
    return normalize_key(e.trigger.text).lstrip("وف") in BARE_DEATH_WORDS


def act_dates_toll(toll: Event, act: Event) -> bool:
    """Whether ``act``, a later trigger of ``toll``'s clause naming the means (a mode), dates
    ``toll``, which only has the publication date as a fallback."""
    return (toll.mode is None and act.mode is not None and toll.date_basis == "published"
            and act.date_basis == "sentence")
