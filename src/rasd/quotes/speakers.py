"""Who speaks: the subject phrase after a reporting verb, and the entity it refers to.

Arabic news puts the speaker after the verb (``وقال المتحدث باسم الوزارة، فلان، إن ...``),
so the speaker phrase is read forward from the verb until a word that opens the verb's
frame: a preposition (``في بيان``، ``لقناة``), a time word, a complementizer (``إن``/``أن``),
punctuation or a quotation mark. A role followed by a name between commas (``المتحدث باسم
الخارجية، فلان، إن``) gives the name as an appositive: the person is the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from rasd.model import Entity, Span, Speaker
from rasd.quotes.lexicon import QuoteLexicon
from rasd.quotes.marks import Tok
from rasd.text.normalize import normalize_key

#: Longest speaker phrase in words: a role, an institution and a full name
#: (``رئيس المجلس الأعلى للمصالحة الوطنية عبد الله عبد الله`` is 8); longer runs are an
#: object or a clause the stop words missed, not a subject.
MAX_SUBJECT_WORDS = 10
#: Longest appositive name between commas (``، أولوسيغون أوباسانجو،``): personal names
#: run to four or five words with kunya and nisba; longer is a clause.
MAX_APPOSITIVE_WORDS = 5

_COMMAS = frozenset({"،", ","})
#: Opening quotation marks and the marks that close them.
_CLOSERS = {'"': '"', "«": "»", "“": "”", "„": "“”", "‹": "›"}
#: Entity types that can speak (a person, an organisation, a state or a people).
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase (piece offsets) and, when a name stands in apposition, the name."""

    start: int
    end: int
    name: tuple[int, int] | None = None


def _ends_phrase(tok: Tok, lex: QuoteLexicon) -> bool:
    # the verb's ب, bare (``واتهمت الجماعة بـ«``) or on the act it governs (``باتخاذ``),
    # opens its complement: no subject runs through it
    return (tok.kind == "punct" or tok.norm in lex.complementizers or lex.is_stop(tok.norm)
            or tok.norm in lex.times or lex.verb(tok.norm) is not None
            or tok.norm in _B_TOKENS or lex.is_governed_noun(tok.norm)
            or tok.norm in lex.phrase_ends or tok.norm in _L_TOKENS)


#: The preposition ب as its own token (``بـ«`` is cut into ``بـ`` and the mark).
_B_TOKENS = frozenset({"ب", "وب", "فب"})
#: The preposition ل as its own token (``وقال آمر الفرع لـ«بوابة الوسط»``): the outlet told.
_L_TOKENS = frozenset({"ل", "لـ"})
#: Heads of a partitive subject that runs on through من (``آلاف من أنصار المعارضة``،
#: ``عدد من النواب``): the quantity is not the party; the phrase takes the party in.
_PARTITIVE_HEADS = frozenset({"الاف", "مئات", "عشرات", "عدد", "بعض", "احد", "احدي",
                              "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
                              "عشره", "مجموعه", "حشود"})


def _opens_speech(toks: list[Tok], k: int, stop: int, lex: QuoteLexicon) -> bool:
    """Whether token ``k`` (possibly after a comma) is ``:``, a quote mark or ``إن``/``أن``."""
    if k < stop and toks[k].text in _COMMAS:
        k += 1
    if k >= stop:
        return False
    tok = toks[k]
    return tok.text in ":\"«“„‹" or tok.norm in lex.complementizers


#: One-letter prepositions written apart before a quotation mark (``بـ«``, ``بـ «``).
_BARE_PREPOSITIONS = frozenset({"ب", "بـ", "ل", "لـ"})


def _is_prepositional(norm: str) -> bool:
    """A word that opens a prepositional phrase, never a subject: ``للصحفيين``, ``بقوله``."""
    if norm.startswith("لل") and len(norm) > 3:
        return True
    if norm in _BARE_PREPOSITIONS:  # وصفه بـ«...»: the verb's preposition, no subject
        return True
    return (norm[:1] in ("ب", "ل") and len(norm) >= 5
            and norm.endswith(("ه", "ها", "هم")) and not norm.endswith("يه"))


def _closer(toks: list[Tok], k: int, stop: int) -> int | None:
    """The closing mark of a short quoted name opening at token ``k``."""
    if k >= stop or toks[k].text not in _CLOSERS:
        return None
    ends = _CLOSERS[toks[k].text]
    for j in range(k + 2, min(stop, k + 2 + MAX_APPOSITIVE_WORDS)):
        if toks[j].text in ends:
            return j
    return None


def quoted_name(toks: list[Tok], k: int, stop: int, lex: QuoteLexicon) -> int | None:
    """The closing token when a quotation right after the verb is its subject: ``إن``/``أن``
    follows it (after a comma or an aside) before the sentence ends."""
    close = _closer(toks, k, stop)
    if close is None:
        return None
    for j in range(close + 1, min(stop, close + 1 + MAX_SUBJECT_WORDS + 4)):
        tok = toks[j]
        if tok.text in _CLOSERS or tok.text in ".؟?!":
            return None
        if tok.norm in lex.complementizers:
            return close if toks[j - 1].norm not in lex.blocks_complementizer else None
    return None


def _quantified(toks: list[Tok], words: list[int]) -> bool:
    """``بعض اللاعبين``: بعض opens a subject when a noun follows it in the phrase."""
    return toks[words[0]].norm == "بعض" and len(words) > 1


def subject_phrase(toks: list[Tok], verb: int, stop: int, lex: QuoteLexicon) -> Phrase | None:
    """The explicit subject after the verb at token ``verb`` (tokens before ``stop``)."""
    k = verb + 1
    words: list[int] = []
    closed_at = -1  # the closing mark of a quoted name the phrase ends with
    quoted = quoted_name(toks, k, stop, lex)
    if quoted is not None:  # وقالت "غرفة الطوارئ"، وهي ...، إن: a quoted name as subject
        return Phrase(toks[k + 1].start, toks[quoted - 1].end)
    while k < stop and len(words) < MAX_SUBJECT_WORDS:
        if toks[k].text == "." and words and len(toks[k - 1].text) == 1:
            k += 1  # an abbreviated title: د. فلان، م. فلان
            continue
        close = _closer(toks, k, stop)
        if close is not None and words and lex.is_naming_noun(toks[k - 1].norm):
            words.extend(range(k + 1, close))  # جماعة "جيش العدل" البلوشية
            closed_at = close
            k = close + 1
            continue
        if toks[k].norm == "من" and words and all(
                toks[w].norm in _PARTITIVE_HEADS or toks[w].text.isdigit() for w in words):
            words.append(k)  # آلاف من أنصار ...: the party is after من
            k += 1
            continue
        if _ends_phrase(toks[k], lex):
            break
        words.append(k)
        k += 1
    if not words or _is_prepositional(toks[words[0]].norm) or (
            toks[words[0]].norm in lex.not_subject and not _quantified(toks, words)):
        return None
    start, end = toks[words[0]].start, toks[words[-1]].end
    if closed_at == words[-1] + 1:
        end = toks[closed_at].end  # حزب «فرنسا الأبية»: the name with its closing mark
    if k < stop and toks[k].text in _COMMAS:
        m = k + 1
        name: list[int] = []
        while m < stop and len(name) <= MAX_APPOSITIVE_WORDS and not _ends_phrase(toks[m], lex):
            name.append(m)
            m += 1
        if (1 <= len(name) <= MAX_APPOSITIVE_WORDS and _opens_speech(toks, m, stop, lex)
                and not (len(name) == 1 and toks[name[0]].norm in lex.pronouns)):
            return Phrase(start, toks[name[-1]].end, (toks[name[0]].start, toks[name[-1]].end))
    return Phrase(start, end)


class EntityIndex:
    """The document's entity mentions by position, to link a speaker phrase to an entity."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.entities = entities
        rows: list[tuple[int, int, int, str]] = sorted(
            (m.span.start, m.span.end, i, str(m.kind))
            for i, e in enumerate(entities) for m in e.mentions
        )
        self._rows = rows
        self._starts = [r[0] for r in rows]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int, str]]:
        """Mentions overlapping ``[start, end)``, in order."""
        # A mention starting before ``start`` may still reach into it; names are short,
        # so scanning from a little before is enough.
        i = max(0, bisect_left(self._starts, start) - 8)
        out = []
        for row in self._rows[i:]:
            if row[0] >= end:
                break
            if row[1] > start:
                out.append(row)
        return out

    def has_person(self, start: int, end: int) -> bool:
        """Whether a person's name is mentioned within ``[start, end)``."""
        return any(r[0] >= start and r[1] <= end and r[3] == "name"
                   and self.entities[r[2]].type == "PERSON" for r in self.overlapping(start, end))

    def is_name(self, start: int, end: int, skip_misc: bool = False) -> bool:
        """Whether ``[start, end)`` is exactly a name mention of an entity (not counting
        MISC mentions with ``skip_misc``)."""
        return any(r[0] == start and r[1] == end and r[3] == "name"
                   and not (skip_misc and self.entities[r[2]].type == "MISC")
                   for r in self.overlapping(start, end))

    def antecedent(self, word: str, before: int) -> int | None:
        """The latest entity mentioned before ``before`` whose name begins with ``word``'s
        noun (``المنظمة`` → ``منظمة التعاون الإسلامي``): a definite head noun standing for
        the full name, when the entity stage has not linked it."""
        key = normalize_key(word)
        if not key.startswith("ال") or len(key) < 4:
            return None
        head = key[2:]
        best: tuple[int, int] | None = None
        for start, _end, idx, _kind in self._rows:
            if start >= before:
                break
            first = normalize_key(self.entities[idx].span.text).split(" ")[0]
            if first in (head, key) and (best is None or start >= best[0]):
                best = (start, idx)
        return best[1] if best is not None else None

    def speaker_at(self, text: str, start: int, limit: int) -> Speaker | None:
        """The person, organisation or country named by a mention starting at ``start``
        (and ending before ``limit``), if any."""
        for m_start, m_end, idx, _kind in self.overlapping(start, start + 1):
            ent = self.entities[idx]
            if m_start == start and m_end <= limit and ent.type in _SPEAKER_TYPES:
                return _from_entity(ent)
        return None

    def speaker_ending(self, end: int, after: int = 0, person: bool = False) -> Speaker | None:
        """The entity named by a mention ending at ``end`` (and starting at or after
        ``after``): a person's name when ``person``, else any entity that can speak."""
        for m_start, m_end, idx, kind in self.overlapping(end - 1, end):
            ent = self.entities[idx]
            if m_end != end or m_start < after:
                continue
            if person and ent.type == "PERSON" and kind == "name":
                return _from_entity(ent)
            if not person and ent.type in _SPEAKER_TYPES:
                return _from_entity(ent)
        return None

    def speaker(self, text: str, phrase: Phrase, transitive: bool = False) -> Speaker:
        """The speaker for a phrase given in document offsets; ``transitive``: the phrase
        follows a verb with an object (``ووصفت الخارجية الجزائرية الخطوة بأنها``), so a
        mention at its head ends the subject."""
        if phrase.name is not None:
            for _start, end, idx, kind in self.overlapping(phrase.start, phrase.name[0]):
                ent = self.entities[idx]
                if ent.type == "PERSON" and kind == "name" and end <= phrase.name[0]:
                    # ``قالت كيم يو جونغ، شقيقة الزعيم ...، إن``: the person is named
                    # first; what stands between the commas describes her
                    return _from_entity(ent)
            for start, _end, idx, kind in self.overlapping(*phrase.name):
                ent = self.entities[idx]
                if ent.type == "PERSON" and kind == "name" and start >= phrase.name[0]:
                    return _from_entity(ent)
            if not normalize_key(text[phrase.name[0]:phrase.name[1]]).startswith("ال"):
                # An appositive between commas after a role is a person's name.
                return Speaker(Span.of(text, *phrase.name), type="PERSON")
            # A definite appositive is a role (``السفير فلان، المتحدث الرسمي باسم الوزارة،
            # بأن``): the phrase before it names the speaker.
            head = text[phrase.start:phrase.name[0]].rstrip(" ،,")
            phrase = Phrase(phrase.start, phrase.start + len(head))
        rows = self.overlapping(phrase.start, phrase.end)
        for _start, _end, idx, kind in rows:
            ent = self.entities[idx]
            if ent.type == "PERSON" and kind == "name":
                return _from_entity(ent)
        head_end = phrase.start + len(text[phrase.start:phrase.end].split(" ")[0])
        for start, end, idx, kind in rows:
            # Only a mention at the head of the phrase is the speaker: in ``السفيرة
            # الأمريكية لدى الأمم المتحدة`` the UN is a complement, not who speaks.
            if start >= head_end:
                break
            ent = self.entities[idx]
            if (start <= phrase.start and end >= phrase.end) or kind in ("name", "metonym"):
                # A proper name is complete; what follows it is the verb's object or frame.
                return _from_entity(ent)
            if transitive and end < phrase.end and text[end:phrase.end].split()[0].startswith(
                    "ال"):  # the object is definite; a name (رئيس الجمهورية جوزاف عون) is not
                return _from_entity(ent, Span.of(text, phrase.start, end))
            return _from_entity(ent, Span.of(text, phrase.start, phrase.end))
        words = text[phrase.start:phrase.end].split()
        if len(words) == 1:
            idx2 = self.antecedent(words[0], phrase.start)
            if idx2 is not None:
                return _from_entity(self.entities[idx2])
        return Speaker(Span.of(text, phrase.start, phrase.end))


def _from_entity(ent: Entity, span: Span | None = None) -> Speaker:
    return Speaker(span or ent.span, type=ent.type, kb_id=ent.kb_id, name_en=ent.name_en,
                   country=ent.country, sector=ent.sector)
