"""The sentence event builder: the events one sentence tells.

Given a sentence's trigger matches (:mod:`rasd.events.matcher`), it chooses one match per
extent, reads the modifier cues (:mod:`rasd.events.syntax.modifiers`), keeps a match only when its
weight or its corroboration (a participant, an armed party, a toll, a second trigger of the
same type) suffices, and builds each event with its participants, place, date, type recoding
and confidence; then the sentence's folds (:mod:`rasd.events.sentence_folds`) and its casualty
counts (:mod:`rasd.events.casualties.attach`). The document-level stage that feeds it sentences and
merges the results is :mod:`rasd.events.extractor`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from operator import attrgetter

from rasd.events.actors.arguments import ActorFinder
from rasd.events.actors.charges import charged_act, idle_charge
from rasd.events.actors.participants import (
    PARTICIPANT_WEIGHT,
    circumstantial,
    main_subject,
    participants,
    receiving_verb,
    same_actor,
    state_protest,
)
from rasd.events.actors.participle_subjects import main_act_actor  # fix51
from rasd.events.actors.party_pairs import HOSTING_LEMMAS as HOSTING_LEMMAS
from rasd.events.actors.plain_subjects import hal_word
from rasd.events.actors.receptions import host_side_place, host_site
from rasd.events.actors.settled_roles import settled_roles  # conv19
from rasd.events.actors.sources import attribution_of, later_speaker, speaking_party
from rasd.events.casualties.attach import attach_casualties
from rasd.events.casualties.counts import fill_object_counts
from rasd.events.casualties.toll_folds import fold_bare_tolls
from rasd.events.casualties.tolls import is_toll
from rasd.events.dates.context import dated_ahead, event_date
from rasd.events.folds.act_parts import fold_act_parts
from rasd.events.folds.aid_contents import fold_aid_contents
from rasd.events.folds.characterisation_folds import fold_characterisations
from rasd.events.folds.manner_folds import (
    fold_agreed_ceasefire,
    fold_aid_items,
    fold_closure_effects,
    fold_coordination,
    fold_release_purpose,
    toll_means_clause,
)
from rasd.events.folds.pair_merge import last_of_type
from rasd.events.folds.protest_demands import voiced_during
from rasd.events.folds.reaction_folds import fold_reactions
from rasd.events.folds.reason_folds import fold_reasons  # fix44
from rasd.events.folds.restated import fold_restated_refusals
from rasd.events.folds.verdicts import dispersed_crowd, fold_verdict_parts
from rasd.events.lexicon import CORROBORATION_WEIGHT
from rasd.events.location.place_sites import object_site
from rasd.events.location.places import (
    LOCAL_PRECISIONS,
    PlaceRef,
    anchored,
    best_place,
    destination_place,
    host_named_in,
    host_place,
)
from rasd.events.location.topic_places import speech_dateline, topic_spans  # fix51
from rasd.events.matcher import HARD_PUNCT, Match, Readings
from rasd.events.retellings.raid_results import raid_result  # fix51
from rasd.events.senses.calls import CALL_ROW_LEMMAS, pluperfect, protest_calls
from rasd.events.senses.dispersal_fire import fired_to_disperse  # fix57
from rasd.events.senses.game_retreats import drop_game_retreats  # consult21
from rasd.events.senses.internal_sessions import drop_internal_sessions  # consult21
from rasd.events.senses.named_meetings import drop_named_meetings  # retreat20
from rasd.events.senses.own_meetings import drop_own_meetings
from rasd.events.senses.own_sittings import drop_own_sittings  # fix55
from rasd.events.senses.retreat_terms import drop_retreat_terms  # retreat22
from rasd.events.senses.riot_clashes import riot_clash
from rasd.events.senses.topic_acts import drop_topic_acts  # retreat22
from rasd.events.sentence_folds import (
    drop_crowd_words,
    drop_mediation,
    drop_threat_content,
    drop_victim_words,
    fold_crowd_violence,
    fold_demands,
    fold_joint_documents,
    fold_raid_exits,
    fold_raid_settings,
    fold_responses,
    fold_seized_arms,
    fold_toll_clauses,
    merge_clause,
    protest_aim,
    wounded_clause,
)
from rasd.events.syntax.clauses import CLAUSE_OPENERS, clause_start, strip_conj
from rasd.events.syntax.cues import find_cues
from rasd.events.syntax.modes import content_mode, mobilize_mode, weapon_mode
from rasd.events.syntax.modifiers import Flags, flags_for
from rasd.events.syntax.phone_words import phone_mode  # fix51
from rasd.events.tellings_agree import protesters
from rasd.model import Actor, Document, Event, Place, PlaceBasis, Span, TimeRef
from rasd.text.normalize import normalize_key
from rasd.text.tokens import Token

#: Sectors of the state's own bodies and forces: a road they close is a restriction.
STATE_FORCES = frozenset({"GOV", "COP", "MIL"})
#: The verbal noun of closing (normalised إغلاق).
CLOSURE = normalize_key("إغلاق")
#: Sectors of armed actors: an ambiguous trigger next to one is corroborated.
ARMED = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "CRM"})
#: Trigger rows (lemmas) that mean "convicted" next to a court's sentence.
CONVICTION_LEMMAS = frozenset({"أدان", "إدانة"})
#: Types a casualty count corroborates (a toll in a sentence about a statement does not).
TOLL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
#: ASSAULT trigger modes that a result cue folds into the act told before them: a bare
#: toll word (ما أدى إلى مقتل) or damage (ما تسبب في حرق البساتين، أدى إلى تدمير منازل).
RESULT_MODES = frozenset({None, "destroy"})
#: Rows of an assault "launched" (شن هجوما) that politicians also launch in words: a
#: person with no armed sector launching one on a person or a government (شن رئيس البرلمان
#: هجوما على وزير المالية), with no toll, is a verbal attack, not force.
VERBAL_ATTACK_LEMMAS = frozenset({"شن هجوما"})
#: Recipient sectors of a verbal attack: the government, a legislature, the judiciary, a party.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY"})
#: Confidence added per corroborating clue (a participant, a toll, a second trigger).
CORROBORATION_BONUS = 0.05

#: A demand told as a purpose after a comma (…، للمطالبة باستقالة الرئيس), normalised: after a
#: protest it is the protest's aim, as a participle (…، مطالبين بـ) is.
PURPOSE_DEMANDS = frozenset({"للمطالبه", "وللمطالبه"})
#: The plural ending of a participle (مطالبين، منددين): the crowd of a protest voicing its aim.
#: A singular one (…، مطالبا بالإفراج عن زميله، مطالبة بالإفراج عن المعتقلين) is the voice of
#: the body that announced a strike or a boycott, whose demand the dev gold codes as a REQUEST
#: of its own (ev-1033, ev-1208, ev-1347, ev-1380; fresh-rounds pass 2, 2026-12-04 (16)).
CROWD_PARTICIPLE_ENDING = "ين"


def crowd_participle(norm: str) -> bool:
    """Whether a normalised word is a plural accusative participle (…، مطالبين بـ)."""
    return hal_word(norm) and norm.endswith(CROWD_PARTICIPLE_ENDING)


@dataclass(slots=True)
class Sentence:
    """One sentence of a piece, with its tokens shifted to document offsets."""

    span: Span
    piece: Span
    toks: list[Token]


#: Nouns that, with the article and nothing of their own, name a whole war or situation
#: rather than one act (يواصل العدوان، استمرار القتال، الانتهاكات، جزءا من المعركة): weighed
#: as ambiguous, so they need an armed party, a toll or a second trigger.
GENERIC_NOUNS = frozenset({"عدوان", "قتال", "معركة", "حصار", "خرق"})
#: The weight such a definite noun gets: under CORROBORATION_WEIGHT.
GENERIC_WEIGHT = 0.45


def _weight(m: Match, toks: list[Token]) -> float:
    """The trigger row's weight, lowered for a definite generic noun (العدوان، القتال)."""
    if m.trigger.pos == "noun" and m.trigger.lemma in GENERIC_NOUNS and m.first == m.last \
            and toks[m.first].clitics.endswith(("ال", "لل")):
        return min(m.trigger.weight, GENERIC_WEIGHT)
    return m.trigger.weight


def _choose(matches: list[Match]) -> list[Match]:
    """One match per extent: of equal-extent candidates the one whose type another trigger
    of the sentence shares (استهدفت مسيرة إسرائيلية سيارة: the drone, not the march), else
    the highest weight."""
    extents: dict[tuple[int, int], list[Match]] = {}
    for m in matches:
        extents.setdefault((m.start, m.end), []).append(m)
    out: list[Match] = []
    for key, cands in extents.items():
        if len(cands) == 1:
            out.append(cands[0])
            continue
        told = {m.trigger.type for k, ms in extents.items() if k != key for m in ms}
        out.append(max(cands, key=lambda m: (m.trigger.type in told, m.trigger.weight)))
    return sorted(out, key=lambda m: m.start)


#: Nominal death reports (مقتل، استشهاد، مصرع) that, told after a reporting participle
#: (صد هجوما …، مؤكدا مقتل أربعة من جنوده), are the toll of the attack told before.
DEATH_NOUNS = frozenset({"مقتل", "مصرع", "استشهاد"})
#: Reporting participles (normalised) that open such a clause, and how far back they may
#: stand (a list: مؤكدا «تحييد» أكثر من 30 مهاجما ومقتل أربعة).
#: An acknowledging participle (مقرا بمقتل أربعة من جنوده، معترفا بمقتل) reports the toll too.
_REPORTING = frozenset({"مؤكدا", "مؤكده", "معلنا", "معلنه", "مشيرا", "مشيره", "مضيفا",
                        "مضيفه", "موضحا", "موضحه", "مقرا", "مقره", "معترفا", "معترفه"}) | \
    frozenset(normalize_key(w) for w in (
        # round 27: sources that speak of the toll in the attack's sentence (…، ومصادر طبية
        # تتحدث عن مقتل 19 شخصا)
        # (أفادت opens a report of other attacks as often: left out)
        "تتحدث", "يتحدث", "تحدثت", "تحدث"))
_REPORTING_REACH = 8


def _reported(toks: list[Token], first: int) -> bool:
    """Whether a reporting participle stands a few tokens before ``first`` in its clause."""
    for k in range(first - 1, max(-1, first - 1 - _REPORTING_REACH), -1):
        if toks[k].norm in HARD_PUNCT:
            return False
        if strip_conj(toks[k].norm) in _REPORTING:
            return True
    return False


def sentence_events(doc: Document, sent: Sentence, matches: list[Match],
                     readings: Readings, finder: ActorFinder, refs: list[PlaceRef],
                     times: list[TimeRef]) -> list[Event]:
    """The events ``sent`` tells from its trigger ``matches``, folded and with its
    casualty counts attached."""
    toks = sent.toks
    matches = _choose([m for m in matches if not finder.inside_name(m.start, m.end)])
    if not matches:
        return []
    cues = find_cues(toks, readings)
    flags = flags_for(matches, toks, cues)
    source = attribution_of(toks, cues, finder, matches)
    casualties = [c for c in doc.casualties
                  if sent.span.start <= c.span.start and c.span.end <= sent.span.end]
    out: list[Event] = []
    clauses: list[int] = []  # the first token of each event's clause
    kept: list[Match] = []  # each event's match
    calls = protest_calls(toks, matches, [f.content for f in flags])
    callers = frozenset(calls.values())
    for k, (m, f) in enumerate(zip(matches, flags, strict=True)):
        call = calls.get(k)
        if call is not None:
            # a call on the public to protest (ودعت الهيئة منخرطيها إلى وقفة احتجاجية): the
            # caller's future protest, not the content of a REQUEST (rasd.events.senses.calls)
            f = replace(f, content=False, future=f.future or not pluperfect(toks, matches[call]))
        elif m.trigger.lemma in CALL_ROW_LEMMAS:
            f = replace(f, future=True)
        if f.content or f.generic or k in callers or idle_charge(out, m, f.negated):
            continue
        # قال X إن …، فيما قال Y إن …: the later clause's events are on Y's word
        said = later_speaker(toks, cues, finder, matches, m.first) or source
        if any(slot == "src" for slot, _ in m.trigger.roles):
            said = speaking_party(doc, toks, finder, m, said)  # a stance is its speaker's
        actor, recipient = participants(toks, m if call is None else matches[call], finder,
                                        said)
        if call is not None:
            recipient = None  # the called crowd is who protests; the caller leads it
        host = charged_act(out, m)
        if host is not None:
            # a charge given for an arrest or a sentence (اعتقلت … بتهمة): the acting party
            # alleges it of the party acted on (rasd.events.actors.charges)
            actor, recipient = host.actor or actor, host.recipient or recipient
        # a second trigger corroborates only when it tells the same kind of act (غارة ...
        # قصف), not any event word of the sentence (حذرت ... تضرب موجة حر)
        # (a crowd the police disperse gathered in protest: تجمع العشرات …، قبل أن تفرقهم الشرطة)
        others = [o for j, o in enumerate(matches) if j != k and (
                      o.trigger.type == m.trigger.type or dispersed_crowd(m, o)
                      or fired_to_disperse(toks, m, o))  # fix57: النار لتفريق
                  and o.trigger.weight >= CORROBORATION_WEIGHT and not flags[j].content]
        # a toll corroborates an act, but not a death word that is the toll itself
        # (لقي ثلاثة مصرعهم في حادث سير)
        tolls = bool(casualties) and m.trigger.type in TOLL_TYPES \
            and m.trigger.weight >= CORROBORATION_WEIGHT
        # a call corroborates what it calls for (دعا إلى مسيرة: a march, not a drone)
        party = call is not None or host is not None or any(
            a is not None and a is not said and a.span.start not in finder.unsure
            for a in (actor, recipient))
        clues = sum((bool(others), tolls, actor is not None, recipient is not None))
        # an armed party corroborates force, not a protest (غارة على تجمع للمعارضين)
        armed = m.trigger.type != "PROTEST" and any(
            a is not None and a.sector in ARMED for a in (actor, recipient))
        # an arrest verb that counts its own people (أوقفت المصالح الأمنية 34 شخصا): the
        # count is its object, which a verb's other senses (أوقف العمل) do not take
        counted = m.trigger.mode == "arrest" and any(
            c.kind == "arrested" and c.span.start == toks[m.first].start for c in casualties)
        tolls = tolls or counted
        if m.trigger.lemma in VERBAL_ATTACK_LEMMAS and not (armed or tolls) \
                and _verbal_attack(actor, recipient):
            continue
        weight = _weight(m, toks)
        if weight < CORROBORATION_WEIGHT and not (others or tolls or armed):
            continue
        if weight < PARTICIPANT_WEIGHT and not (others or tolls or armed or party):
            continue
        # the attack a reported toll belongs to: the sentence's latest one, past a protest
        # told between (الشرطة تطلق الرصاص على المحتجين الذين حاولوا اقتحام مبنى البرلمان،
        # ومصادر طبية تتحدث عن مقتل 19 شخصا)
        attack = last_of_type(out, "ASSAULT")
        reported_toll = m.trigger.lemma in DEATH_NOUNS and attack is not None \
            and _reported(toks, m.first)
        if (f.result or reported_toll) and m.trigger.type == "ASSAULT" \
                and m.trigger.mode in RESULT_MODES:
            # ما أدى إلى مقتل: the toll of the act told before it, not a second act; with no
            # act before it (انهار مبنى ما أسفر عن مقتل ستة) the toll is of no political event
            if not out:
                continue
            at = len(out) - 1 if f.result or attack is None else attack
            out[at] = out[at].with_evidence((sent.span,))
            continue
        if f.result and (raid := raid_result(out, m, sent.span)) is not None:
            out[raid] = out[raid].with_evidence((sent.span,))  # fix51: a raid's arrests
            continue
        if circumstantial(toks, m):
            # a participle clause (…، محذرا قبرص من …، متهمة أبوظبي ب…، مؤكدة وقوفها إلى
            # جانب …) says more of the main clause's subject: it acts, and the noun phrase
            # read as the participle's subject is its recipient
            main = main_act_actor(out, sent.span.start, m.start) \
                or main_subject(toks, m, finder, said)  # fix51: the main act's own subject
            if main is not None and not same_actor(main, actor):
                recipient = recipient or actor
                actor = main
            elif main is None and actor is not None and actor.span.start >= toks[m.last].end:
                # (…، متهما إسرائيل): the phrase after the participle is its object even
                # when the main clause's subject is no party rasd knows
                recipient, actor = recipient or actor, None
        skip = [a.span for a in (actor, said) if a is not None and a is not recipient]
        mode = weapon_mode(m, toks, cues) if m.trigger.type == "ASSAULT" \
            else content_mode(k, matches, [g.content for g in flags], toks, cues)
        if m.trigger.type == "MOBILIZE":
            mode = mobilize_mode(mode, actor.sector if actor is not None else None)
        mode = phone_mode(m.trigger.type, mode, doc.text[m.start:m.end])  # fix51
        out.append(settled_roles(_event(  # conv19: a delegation met, a protest's crowd
            doc, sent, m, f, actor, recipient, said, refs, times, skip,
            min(1.0, m.trigger.weight + CORROBORATION_BONUS * clues), mode), toks, m, finder))
        clause = clause_start(toks, m.first)
        if m.first > 0 and toks[m.first - 1].norm in COUNTERPART:
            clause = m.first  # أفرجت الجماعة عن 48 أسيرا مقابل إفراج الحكومة عن 52: two acts
        protest = next((c for e, c in zip(reversed(out[:-1]), reversed(clauses), strict=True)
                        if e.type == "PROTEST"), None)
        if protest_aim(m) and protest is not None and m.first > 0 \
                and (((crowd_participle(toks[m.first].norm)
                      or toks[m.first].norm in PURPOSE_DEMANDS)
                     and toks[m.first - 1].norm in ("،", ","))
                     or voiced_during(toks, m.first)):  # …، طالبت خلالها بـ (fix39)
            # اعتصم العمال …، مطالبين بـ; خرج آلاف … في مسيرات …، للمطالبة باستقالة الرئيس:
            # the protest's demand (fold_demands)
            clause = protest
        if (wounded_clause(toks, clause, out) and m.trigger.type == "ASSAULT") \
                or toll_means_clause(toks, clause, m.first, out):
            clause = clauses[-1]  # قتل ضابط …، وأصيب اثنان آخران، بهجوم: one act's toll
        clauses.append(clause)
        kept.append(m)
    out, clauses = fold_verdict_parts(*_judicial(out, clauses, kept), doc.text)
    out, clauses = fold_demands(*drop_crowd_words(*drop_victim_words(out, clauses)))
    out = drop_threat_content(fold_crowd_violence(fold_coordination(
        fold_reactions(fold_responses(drop_mediation(merge_clause(out, clauses)))))))
    out = fold_characterisations(out)  # charac19: معتبرا أن «…» after a refusal or a threat
    out = drop_own_meetings(out)  # أعلن الاتحاد، في ختام اجتماعها أمس، …: its occasion
    out = drop_named_meetings(out)  # retreat20: مفاوضات وقف إطلاق النار؛ على هامش استقبال
    out = drop_own_sittings(out)  # fix55: قرر مجلس المحافظة في جلسة طارئة عقدها
    out = drop_game_retreats(drop_internal_sessions(out))  # consult21: اجتماع لهيئة الأركان؛
    # المفرج عنهما وصلا؛ انسحابه من البطولة؛ الاستسلام في النقلة 41؛ الاستسلام للأمر الواقع
    out = drop_retreat_terms(drop_topic_acts(out))  # retreat22: شرط تسليم أسلحتهم؛ بالتنسيق
    out = fold_reasons(out)  # fix44: عن شكره لدولة قطر على «وقوفها …»؛ ومنحت أصحابها مهلة
    out = fold_release_purpose(fold_agreed_ceasefire(
        fold_closure_effects(fold_joint_documents(out, doc.text)), doc.text))
    # …، تتضمن 300 طن من المواد الغذائية (aid contents); a refusal restated (fix38)
    out = fold_restated_refusals(fold_aid_contents(fold_aid_items(out, doc.text)))
    out = fold_seized_arms(fold_raid_exits(fold_raid_settings(out, doc.text), doc.text))
    out = fold_act_parts(out, doc)  # fix40: a truce's name, seized goods, a manner insert
    out = fold_toll_clauses(out, [_clause_info(sent.toks, e) for e in out])
    out = fold_bare_tolls(out, doc.text)
    told_as_tolls = frozenset((c.span.start, c.span.end) for c in casualties
                              if is_toll(c, doc.text))
    return fill_object_counts(doc.text, attach_casualties(out, casualties, told_as_tolls,
                                                          doc.text), finder.person_names)


def _verbal_attack(actor: Actor | None, recipient: Actor | None) -> bool:
    """Whether a launched attack is a person's attack on a person or a government
    (:data:`VERBAL_ATTACK_LEMMAS`): an unarmed person against a political target."""
    if actor is None or recipient is None or actor.type != "PERSON":
        return False
    return recipient.type == "PERSON" or recipient.sector in POLITICAL_SECTORS


def _clause_info(toks: list[Token], e: Event) -> tuple[int, bool]:
    """Where ``e``'s clause starts (a token index) and whether فيما/بينما opens it."""
    i = max(0, bisect_right(toks, e.trigger.start, key=attrgetter("start")) - 1)
    start = clause_start(toks, i)
    return start, start < len(toks) and toks[start].norm in CLAUSE_OPENERS


def _judicial(events: list[Event], clauses: list[int],
              matches: list[Match]) -> tuple[list[Event], list[int]]:
    """In a sentence that reports a court's sentence, أدان/إدانة is the conviction
    (قضت المحكمة بالسجن ... بعد إدانتهم بالانتماء), not a condemnation: it joins the
    SANCTION/convict event instead of making an ACCUSE one."""
    k = next((i for i, e in enumerate(events) if (e.type, e.mode) == ("SANCTION", "convict")),
             None)
    if k is None:
        return events, clauses
    out: list[Event] = []
    kept: list[int] = []
    extra: list[Span] = []
    for i, (e, c, m) in enumerate(zip(events, clauses, matches, strict=True)):
        if i != k and e.type == "ACCUSE" and m.trigger.lemma in CONVICTION_LEMMAS:
            extra.extend(s for s in e.evidence if s not in extra)
            continue
        out.append(e)
        kept.append(c)
    if extra:
        k = out.index(events[k])
        conv = out[k]
        out[k] = conv.with_evidence(tuple(extra))
    return out, kept


#: "In exchange for" (normalised): the act after it is the other party's (مقابل إفراج
#: الحكومة عن 52 من عناصرها), not a retelling of the act before it in the clause.
COUNTERPART = frozenset({"مقابل", "بمقابل"})
#: The CONSULT mode of a phone call, whose country is its actor's (ACTOR_COUNTRY_TYPES).
PHONE_MODE = "phone"
#: Types whose event belongs to the actor's country rather than to the place the sentence
#: names: statements, demands, sanctions, concessions and a side's own mobilisation or
#: protest (أدانت السعودية الهجوم في هلمند is a Saudi act; استدعت الجزائر السفير الفرنسي an
#: Algerian one). Every such dev gold event has country = actor_country.
ACTOR_COUNTRY_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SANCTION", "THREATEN",
                                 "CONCEDE", "SUPPORT", "MOBILIZE", "COOPERATE", "PROTEST"})


#: Time words a dated locative insert opens with (الأحد في أنقرة، أمس في أبوظبي): normalised.
INSERT_TIME_WORDS = frozenset({
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "امس", "اليوم",
})


def _dated_locative(toks: list[Token], start: int) -> bool:
    """Whether the place at ``start`` follows في right after a day or أمس/اليوم (وقعت
    البلدان، الأحد في أنقرة، إعلانا): the insert that tells where and when the act was done,
    not a party's seat (عبر بعثته في نيويورك) nor its destination (إلى مصر)."""
    i = bisect_left(toks, start, key=attrgetter("start"))
    return i >= 2 and toks[i - 1].norm == "في" and toks[i - 2].norm in INSERT_TIME_WORDS


def _event(doc: Document, sent: Sentence, m: Match, f: Flags, actor: Actor | None,
           recipient: Actor | None, source: Actor | None, refs: list[PlaceRef],
           times: list[TimeRef], skip: list[Span], confidence: float,
           mode: str | None) -> Event:
    place: Place | None = None
    # a place name inside the trigger is one of its words (بالقنابل المسيلة للدموع), unless
    # it stands in an insert the trigger crosses (وقعت …، أمس في أبوظبي، اتفاقية)
    if not any(c in doc.text[m.start:m.end] for c in "،,"):
        skip = [*skip, Span.of(doc.text, m.start, m.end)]
    skip = [*skip, *topic_spans(doc.text, sent.toks, sent.span, m.start, m.end)]  # fix51
    ref = best_place(refs, sent.span.start, sent.span.end, m.start, skip)
    ref = speech_dateline(refs, sent.toks, sent.span, m.trigger.type, mode, ref) or ref  # fix51
    if ref is None or ref.precision != "site":
        ref = object_site(refs, m.start, m.end) or ref  # places19: أغلقت المعبر
    if m.trigger.lemma in HOSTING_LEMMAS:
        ref = host_named_in(doc, m.start, m.end) or host_place(doc, actor) or ref
    elif m.trigger.type == "CONSULT" and mode == "visit" and (
            ref is None or ref.precision != "city"):
        ref = host_side_place(refs, destination_place(doc, recipient) or ref, m, actor,
                              recipient)  # fix41: not the visitor's own country
        ref = host_site(ref, refs, sent.span, m, actor)  # places19: the host's palace
    place_basis: PlaceBasis = "sentence"
    if ref is None:
        ref = best_place(refs, sent.piece.start, sent.piece.end, m.start, skip,
                         dateline_last=False)
        place_basis = "paragraph"
    if ref is not None:
        if ref.precision in LOCAL_PRECISIONS:
            ref = anchored(ref, refs, (sent.span, sent.piece), m.start, skip)
        place = ref.place(place_basis)
    # an act its own clause dates after publication is planned (الأحد المقبل)
    future = f.future or (not f.negated and not f.hypothetical
                          and dated_ahead(doc, sent.toks, sent.span, m, times))
    day, basis, precision = event_date(doc, sent.toks, sent.span, sent.piece, m, times,
                                       negated=f.negated,
                                       planned=future or f.hypothetical)
    # a phone call happens in no one place: the places its sentence names are its topic
    # (بحث في اتصال هاتفي تطورات غزة) or a party's title (رئيس جمهورية أوكرانيا), and it is
    # the reporting party's act (the dev gold names no place for any call)
    # ... but a place in an insert the trigger crosses, between the verb and its object, is
    # where the act happened (وقعت إثيوبيا والصومال، الأحد في أنقرة، إعلانا: Turkey)
    in_insert = ref is not None and place_basis == "sentence" \
        and m.start <= ref.span.start and ref.span.end <= m.end \
        and _dated_locative(sent.toks, ref.span.start)
    first = (actor, place, recipient) if not in_insert and (
        m.trigger.type in ACTOR_COUNTRY_TYPES
        or (m.trigger.type == "CONSULT" and mode == PHONE_MODE)) else (place, recipient, actor)
    if recipient is not None and receiving_verb(sent.toks, m, clause_start(sent.toks, m.first)):
        # a call, a cable or a handover received is told by the receiving side, whose
        # country it is (تلقى الأمير اتصالا من الرئيس الأوكراني: Saudi Arabia)
        first = (recipient, place, actor)
    country = next((x.country for x in first if x is not None and x.country), None)
    type_ = m.trigger.type
    if type_ == "ASSAULT" and mode != "crowd-control" and (
            (actor is not None and protesters(actor.span.text))
            or riot_clash(doc.text, sent.span, m.start, m.end)):  # assault18
        # protesters clashing or storming: PLOVER codes a riot, not an armed assault (tear
        # gas is used on protesters: a protester phrase next to it is its target)
        type_, mode = "PROTEST", "riot"
    elif type_ == "COERCE" and mode == "restrict" and actor is not None \
            and protesters(actor.span.text):
        # protesters closing a road, a port or an oil field block it: PROTEST/obstruct,
        # not a restriction imposed by authorities (أغلق محتجون الطرق، أغلق محتجون حقل النفط)
        type_, mode = "PROTEST", "obstruct"
    elif type_ == "PROTEST" and mode == "obstruct" and actor is not None \
            and actor.sector in STATE_FORCES and not protesters(actor.span.text) \
            and normalize_key(doc.text[m.start:m.end]).lstrip("وب").startswith(CLOSURE):
        # round 29: a road closure the state's forces announce (تعلن الدفع بوحدات من جهاز
        # الأمن العام … وإغلاق الطريق) is a restriction they impose, not a crowd's blockade
        # (a crowd's verb, وقطعوا الطريق, stays the protest's)
        type_, mode = "COERCE", "restrict"
    elif type_ == "PROTEST" and mode == "demo" and actor is not None \
            and state_protest(doc.text, m, actor):
        # a state protesting (سارعت طهران إلى الاحتجاج، احتجت وزارة الخارجية على) lodges a
        # diplomatic complaint, as the gold codes a protest note: ACCUSE/disapprove
        type_, mode = "ACCUSE", "disapprove"
    return Event(
        type=type_,  # type: ignore[arg-type]
        trigger=Span.of(doc.text, m.start, m.end), evidence=(sent.span,),
        mode=mode, actor=actor, recipient=recipient, place=place, country=country,
        date=day, date_basis=basis, date_precision=precision, attribution=source,
        negated=f.negated, denied=f.denied, future=future, hypothetical=f.hypothetical,
        confidence=round(confidence, 3))


__all__ = ["Sentence", "sentence_events"]
